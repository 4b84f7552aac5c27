package bot

// smallTalk answers greetings, thanks and the like with one short friendly
// line and one example question: never a career card, never the whole help.
func smallTalk(kind string) Answer {
	line := map[string]string{
		"hello":    "Hi! I answer questions about careers: pay, skills, education, outlook, and comparisons.",
		"thanks":   "You're welcome! Ask me about another career any time.",
		"joke":     "I only know career jokes: why did the electrician quit? Too many shocking figures. Ask me a real one:",
		"weather":  "I can't tell the weather, only careers: pay, skills, education and outlook.",
		"offtopic": "That's outside what I know: I only answer career questions (pay, skills, education, outlook) from BLS and O*NET.",
		"bye":      "Bye! Come back with any career question.",
		"who":      "I'm careerbot: I answer career questions from BLS and O*NET statistics (BLS OEWS wages, May 2024; BLS projections 2024-34; O*NET skills, tasks and education) and career-comparison pages, each figure with its source.",
		"how":      "Doing well, thanks! Ask me about a career.",
		"rude":     "Sorry I missed. Ask me about a career's pay, skills, education or outlook, or say \"help\".",
		"unhappy":  "Sorry to hear that. Tell me your job and I'll list careers related to it, with their pay.",
	}[kind]
	if line == "" {
		line = "Ask me about a career."
	}
	return Answer{Kind: KindHint, Intent: "small_talk", Title: "careerbot", Summary: line,
		Suggestions: []string{intentByName(intentPay).Examples[0]}}
}
