package bot

import (
	"fmt"
	"strconv"

	"github.com/careerbot/careerbot/knowledge"
)

// glossary are the small talk kinds that explain a term of the answers:
// they win over the question words they hold ("median", "mean").
var glossary = map[string]bool{"jobzone": true, "hot": true, "median": true, "data": true}

// talkOverAsks is small talk answered as such though the words ask a
// figure too, when no career is named: "how much do you make" (of the
// bot), "how much do i make" (one's own), "salary of Retired", "Open to
// Work", "jobs in canada".
var talkOverAsks = setOf("who mine status seeking country rude language")

// talkFirst orders small talk said together: "ok bye" is a goodbye, "ok
// thanks" thanks, "lol ok cool" an ok, "i hate my job lol" unhappy; the
// others, the first said.
var talkFirst = map[string]int{"bye": 4, "thanks": 3, "joke": 3, "unhappy": 3, "jobless": 3, "ack": 2, "rude": 2, "laugh": 1}

// smallTalk answers greetings, thanks and the like with one short friendly
// line and one example question: never a career card, never the whole help.
func smallTalk(kind string) Answer {
	line := map[string]string{
		"hello":        "Hi! I answer questions about careers: pay, skills, education, outlook, and comparisons.",
		"thanks":       "You're welcome! Ask me about another career any time.",
		"ack":          "Glad it helps. Ask me about another career any time.",
		"joke":         "I only know career jokes: why did the electrician quit? Too many shocking figures. Ask me a real one:",
		"weather":      "I can't tell the weather, only careers: pay, skills, education and outlook.",
		"offtopic":     "That's outside what I know: I only answer career questions (pay, skills, education, outlook) from BLS and O*NET.",
		"bye":          "Bye! Come back with any career question.",
		"why":          "The sources give figures, not reasons: BLS and O*NET say what people earn, how jobs grow and what the work takes, not why. What a career involves often tells more; ask what one does.",
		"who":          "I'm careerbot: I answer career questions from BLS and O*NET statistics (BLS OEWS wages, May 2024; BLS projections 2024-34; O*NET skills, tasks and education) and career-comparison pages, each figure with its source.",
		"how":          "Doing well, thanks! Ask me about a career.",
		"instructions": "I only answer career questions from BLS and O*NET statistics and career-comparison pages; I have no other instructions to show or change.",
		"rude":         "Sorry I missed. Ask me about a career's pay, skills, education or outlook, or say \"help\".",
		"unhappy":      "Sorry to hear that. Tell me your job and I'll list careers related to it, with their pay.",
		"laugh":        "Glad you're enjoying it! Ask me about any career when you're ready.",
		"data":         "My wages are BLS OEWS May 2024 estimates, national and by state (no cities or metro areas); the outlook is BLS Employment Projections 2024-34; skills, tasks and education are O*NET's. OEWS wages are straight-time gross pay: base pay, commissions, production bonuses and tips count; overtime, shift differentials and non-production bonuses do not.",
		"jobzone":      "O*NET's job zones group occupations by the preparation they need, from 1 (little or no preparation) to 5 (extensive preparation: most need a graduate degree). Each career card gives its zone.",
		"hot":          "O*NET flags a technology Hot Technology when employers' job postings name it often, and In Demand when postings for that occupation name it often. Ask which software a career uses:",
		"mine":         "I can't know your own pay: tell me your job (and state, if you like) and I'll give what BLS says people in it earn.",
		"country":      "My figures are for the United States only: BLS wages and projections, and O*NET, which describes U.S. occupations.",
		"status":       "That's no occupation the statistics cover. I can tell you about any career: its pay, growth and what it takes to get in.",
		"seeking":      "Good luck with the search! I can help you weigh careers: their pay, growth and what it takes to get in.",
		"start":        "Good luck! I can help you weigh careers: their pay, growth and what it takes to get in.",
		"jobless":      "Sorry to hear that. I can help you weigh what to do next: careers' pay, growth and what it takes to get in.",
		"nevermind":    "No problem. Ask me about a career whenever you like.",
		"language":     "No source here ranks programming languages as such. O*NET lists the software each occupation uses, and flags what employers ask for in job postings; ask which careers use a language, or what a career uses.",
		"minwage":      "Minimum wages are set by law, federal and state, not measured by BLS OEWS, so I don't have them. What I have is what each occupation pays, nationally and by state, down to the lowest paid.",
		"median":       "The median is the middle wage: half of the workers earn more and half less. The mean (average) is the total pay divided by the number of workers, so a few high earners pull it up. BLS OEWS publishes both; I give the median first.",
	}[kind]
	if line == "" {
		line = "Ask me about a career."
	}
	example := intentByName(intentPay).Examples[0]
	switch kind {
	case "hot":
		example = "what software do accountants use"
	case "language":
		example = "what jobs use python"
	case "minwage":
		example = "lowest paying jobs in california"
	case "seeking", "status", "jobless", "start":
		example = "highest paying jobs without a degree"
	case "why":
		example = "what does an anesthesiologist do"
	}
	return Answer{Kind: KindHint, Intent: "small_talk", Summary: line,
		Suggestions: []string{example}}
}

// smallTalk is the package smallTalk of q's kind, and for where the
// figures come from ("what are your sources", "where does your data come
// from") the official sources the knowledge has, with the notices their
// licences ask for: a product that uses O*NET must say so. "who are you"
// stays one short line.
func (b *turn) smallTalk(q *question) Answer {
	a := smallTalk(q.talk)
	if q.talk == "jobzone" {
		if z, ok := q.zoneSaid(); ok {
			a.Summary = fmt.Sprintf("Job zone %d of 5 is O*NET's %q: %s. Each career card gives its zone.", z, jobZones[z-1].name, jobZones[z-1].education)
			a.Suggestions = []string{jobZones[z-1].example}
		}
		return a
	}
	if q.talk != "data" && (q.talk != "who" || !q.holdsWord(sourceWords)) {
		return a
	}
	src := newSourceSet(b.kb)
	for _, id := range knowledge.OfficialSourceIDs {
		if _, ok := b.kb.Source(id); ok {
			src.add(id)
		}
	}
	a.Sources = src.list()
	if len(a.Sources) > 0 {
		a.Lists = append(a.Lists, List{Title: "Licences", Items: append(b.kb.ONETAttributions(), knowledge.BLSNotice)})
	}
	return a
}

// sourceWords ask where the figures come from.
var sourceWords = setOf(`source sources data come licence license licences licenses credit credits cite attribution`)

// jobZones are O*NET's five job zones as its Job Zone Reference names
// them, with the education it says most of their occupations need, and a
// question about careers at that level.
var jobZones = [5]struct{ name, education, example string }{
	{"Little or No Preparation Needed", "some of its occupations may need a high school diploma or GED certificate", "highest paying jobs without a degree"},
	{"Some Preparation Needed", "its occupations usually need a high school diploma", "highest paying jobs with a high school diploma"},
	{"Medium Preparation Needed", "most of its occupations need training in vocational schools, related on-the-job experience, or an associate's degree", "highest paying jobs that need an associate's degree"},
	{"Considerable Preparation Needed", "most of its occupations need a four-year bachelor's degree, but some do not", "highest paying jobs that need a bachelor's degree"},
	{"Extensive Preparation Needed", "most of its occupations need graduate school: many a master's degree, some a doctorate (Ph.D., M.D. or J.D.)", "highest paying jobs that need a master's degree"},
}

// zoneSaid returns the job zone a question names by its number ("what is
// job zone 4").
func (q *question) zoneSaid() (int, bool) {
	for i, t := range q.toks {
		if t.val == "zone" && i+1 < len(q.toks) {
			if z, err := strconv.Atoi(q.toks[i+1].val); err == nil && z >= 1 && z <= 5 {
				return z, true
			}
		}
	}
	return 0, false
}
