package bot

import (
	"regexp"
	"slices"
	"strings"

	"github.com/careerbot/careerbot/knowledge"
)

// A job asked for by its work, with no one's own job told: "what do you
// call someone who trims trees", "who inspects elevators", "the job where
// you fix teeth", "what job studies earthquakes". The work told as one's
// own ("i trim trees, what is my job called") is what workClause reads,
// through the agent's name and O*NET's task statements; describedSaid
// writes the one as the other before the names are read, so that
// "someone", "call" or "where" are not read as a name or as the question.

// reDescribed is a frame that asks for the job of whoever does the work
// that follows it, and the verb after it (the last group).
var reDescribed = regexp.MustCompile(`(?i)^\s*(?:(?:hey|hi|so|ok|okay|um|yo|quick question|question)[,!.:]?\s+)?(?:` +
	// "what's the job where you fix teeth", "which career is it where
	// someone …", "the job where you …", "name of the job in which one …"
	`(?:(?:what|which|whats|what's|what’s)(?:\s+is|\s+was)?\s+)?(?:the\s+|a\s+|an\s+)?(?:(?:name|title)\s+(?:of|for)\s+(?:the\s+|a\s+|an\s+)?)?(?:job|career|occupation|profession|role|trade|line of work)(?:\s+is\s+it)?(?:\s+called)?\s+(?:where|in which|when|for which|that|which)\s+(?:you|u|one|someone|somebody|a person|people|they|i)(?:\s+(?:can|could|would|get to))?` +
	// "what do you call someone who …", "what do you call a person
	// that …", "what's it called when you …", "what do you call it when
	// someone …"
	`|(?:what|whats|what's|what’s)(?:\s+is|\s+do|\s+would|\s+does)?\s+(?:you|u|we|they|people|one)?\s*call(?:ed)?\s+(?:it\s+when\s+|when\s+)?(?:(?:a|an|the)\s+)?(?:someone|somebody|person|guy|gal|lady|woman|man|people|folks|workers?|one|you|u|` + describedKinds + `)(?:\s+(?:who|that))?` +
	// "what's the name for people who tie rebar", "the word for someone
	// that …"
	`|(?:what|whats|what's|what’s)(?:\s+is)?\s+(?:the\s+)?(?:name|title|word|term|job title)\s+(?:for|of)\s+(?:a\s+|an\s+|the\s+)?(?:people|person|persons|someone|somebody|those|workers?|folks|guys?|one|` + describedKinds + `)\s+(?:who|that)` +
	// "is there a job where i can do ultrasounds", "are there careers
	// that let you track diseases"
	`|(?:is|are)\s+there\s+(?:a|an|any|some)\s+(?:job|career|occupation|profession|role|line of work)s?\s+(?:where|in which|that lets|that allows|which lets|that let|for which)\s+(?:you|u|i|one|someone|somebody|a person|people|me)(?:\s+to)?(?:\s+(?:can|could|get to|would|to))?` +
	`|(?:what|whats|what's|what’s)(?:\s+is)?\s+it\s+called\s+when\s+(?:you|u|someone|somebody|a person|people|one)` +
	// "what's the doctor called that reads x-rays", "what is the person
	// called who …"
	`|(?:what|whats|what's|what’s)(?:\s+is|\s+are)?\s+(?:the|a|an)\s+(?:person|people|guy|lady|woman|man|worker|one|` + describedKinds + `)s?\s+called\s+(?:who|that)` +
	// "who inspects elevators", "who is the person that fixes teeth"
	`|who(?:\s+(?:is|are)\s+(?:the|a)\s+(?:person|people|one|guy|worker)s?\s+(?:who|that))?` +
	// "a person who designs clothes", "the guy who fixes air conditioners"
	// "the person in court who types …", "the lady at school who …": the
	// place kept with the work; "what is the person who fits hearing aids
	// called".
	// "the weather guy who …": what the work is of, kept with it as a place is.
	`|(?:(?:what|whats|what's|what’s)(?:\s+is|\s+are)?\s+)?(?:(?:a|an|the)\s+(?:(?P<of>[a-z]+)\s+)?)?(?:someone|somebody|person|people|guys?|gals?|lady|ladies|woman|women|man|men|folks|workers?|one|doctor|nurse|engineer|scientist|technician|tech|specialist|expert|officer|professional)` +
	`(?:\s+(?:in|at)\s+(?P<place>(?:the\s+|a\s+|an\s+)?[a-z]+(?:\s+[a-z]+)?))?\s+(?:who|that)` +
	// "who comes to fix my furnace": the work is the verb after "to".
	`)\s+(?:(?:just|basically|mostly|usually|mainly|actually|professionally)\s+)?(?:(?:comes?|goes|gets?|tries|has|have|is paid|are paid|gets paid)\s+to\s+)?([a-z]+)\b`)

// reCalledFor is whom one calls or hires for work, said by the work or by
// what needs it: "who do i call to fix my laptop", "who do you hire to
// paint your house", "who should i call if my ac stops working". Its
// groups: how the work is said, and the rest.
var reCalledFor = regexp.MustCompile(`(?i)\bwho\s+(?:do|should|can|would|could|will|to)\s+(?:i|you|u|we|one|people)?\s*(?:call|hire|get|contact|see|ask|go to|talk to|need)(?:\s+(?:in|out))?\s+(to|if|when|for|about)\s+(.+)$`)

// reBroken is what goes wrong with a thing, after it: "my ac stops
// working", "my sink leaks".
var reBroken = regexp.MustCompile(`(?i)\s+(?:stops?\s+working|stopped\s+working|breaks?(?:\s+down)?|broke(?:\s+down)?|is\s+broken|is\s+broke|isn'?t\s+working|is\s+not\s+working|won'?t\s+(?:work|start|turn\s+on)|doesn'?t\s+work|leaks?|is\s+leaking|clogs?|is\s+clogged|dies|died|goes\s+out|went\s+out|acts\s+up)\b.*$`)

// reAskersOwn is "my", "our" or "your" inside what the asker wants done.
var reAskersOwn = regexp.MustCompile(`(?i)\s(?:my|our|your)\s`)

// calledFor writes whom one calls for work as who does it: "who do i call
// to fix my laptop" is "who fix laptop", "who do i call if my sink
// leaks" "who fix sink".
func calledFor(s string) string {
	if !strings.Contains(strings.ToLower(s), "who") {
		return s
	}
	m := reCalledFor.FindStringSubmatchIndex(s)
	if m == nil {
		return s
	}
	how, rest := strings.ToLower(s[m[2]:m[3]]), s[m[4]:m[5]]
	if how == "to" {
		if r, ok := strings.CutPrefix(strings.ToLower(rest), "get rid of "); ok {
			rest = "remove " + r // "to get rid of mice"
		}
		// "to fix my washing machine", "to look at our roof": the asker's,
		// which says nothing of the work.
		rest = reAskersOwn.ReplaceAllString(rest, " ")
		return s[:m[0]] + "who " + rest
	}
	rest = reBroken.ReplaceAllString(rest, "")
	for _, own := range []string{"my ", "My ", "our ", "Our "} {
		rest = strings.TrimPrefix(rest, own) // "my ac": whose says nothing of the work
	}
	if l := strings.ToLower(rest); how != "for" && how != "about" || strings.HasPrefix(l, "a ") || strings.HasPrefix(l, "an ") || strings.HasPrefix(l, "the ") || s[m[4]:m[5]] != rest {
		return s[:m[0]] + "who fix " + rest
	}
	return s
}

// describedKinds are kinds of worker a frame may name the one who does
// the work by: "what do you call a doctor who treats skin problems".
const describedKinds = `doctor|nurse|scientist|engineer|technician|tech|specialist|expert|officer|professional|worker|artist|teacher|therapist|assistant|mechanic|operator`

// reJobDoes is "what job studies earthquakes", "job that takes care of
// trees": a job said to do the work itself, the verb the last group.
var reJobDoes = regexp.MustCompile(`(?i)^\s*(?:(?:what|which|whats|what's|what’s)(?:\s+is)?\s+(?:the\s+|a\s+|an\s+)?(?:job|career|occupation|profession|worker)(?:\s+(?:that|which|who))?|(?:the\s+|a\s+|an\s+)?(?:job|career|occupation|profession|worker)\s+(?:that|which|who))\s+([a-z]+s)\b`)

// reJobInvolves is "what job involves designing bridges": the work said
// as what the job is about, the verb's -ing form the last group.
var reJobInvolves = regexp.MustCompile(`(?i)^\s*(?:(?:what|which|whats|what's|what’s)(?:\s+is)?\s+)?(?:the\s+|a\s+|an\s+)?(?:job|career|occupation|profession)(?:\s+(?:that|which))?\s+(?:involves|is about|is all about|consists of|means|revolves around)\s+([a-z]+ing)\b`)

// notWorkVerbs follow a frame of reDescribed without saying work: "who
// earns more", "who is the best paid", "what job pays the most", "the
// job where you can work outside" (what one likes, asked as an
// interest).
var notWorkVerbs = setOf(`get gets got earn earns pay pays need needs require requires want wants like likes love loves enjoy enjoys know knows say says
	think thinks mean means seem seems sound sounds fit fits suit suits match matches offer offers involve involves include includes
	let lets allow allows use uses take takes give gives go goes come comes live lives gotta get to tend tends usually mostly
	hire hires employ employs called call matter matters suck sucks exist exists last lasts feel feels happen happens`)

// auxiliaries only help another verb, or say what someone is: "who is
// the best paid", "the job where you can work outside".
var auxiliaries = setOf(`is are was were be been am has have had do does did can could should would will might must may shall gotta`)

// describedHints are the words some frame of reDescribed or reJobDoes
// holds: a question with none of them is left as it is at once.
var describedHints = []string{"who", "that", "call", "job", "career", "occupation", "profession", "role", "trade", "line of work"}

// reHowMuchAfter is how much, not at what, after "works".
var reHowMuchAfter = regexp.MustCompile(`(?i)^\s+(?:the\s+)?(?:most|more|less|least|longest|fewest|longer|shorter|hours|overtime)\b`)

// notMadeAfter are the words after "make" that say pay, not things made:
// "who makes the most", "who makes more money".
var notMadeAfter = setOf(`more less most least the money bank a lots good decent big over under above below about around enough six seven
	sure calls call decisions decision difference`)

// madeThing reports whether the words after "make" say a thing made
// ("the lenses for glasses"), not pay ("the most", "a lot", "$50k").
func madeThing(rest string) bool {
	words := strings.FieldsFunc(strings.ToLower(rest), func(r rune) bool {
		return r == ' ' || r == ',' || r == '?' || r == '!' || r == '.' || r == ';' || r == ':'
	})
	if len(words) == 0 || strings.HasPrefix(words[0], "$") || words[0][0] >= '0' && words[0][0] <= '9' {
		return false
	}
	if words[0] == "the" && len(words) > 1 {
		return !notMadeAfter[words[1]] && !madeRank[words[1]]
	}
	return !notMadeAfter[words[0]]
}

// madeRank after "make the" says pay: "who makes the best money".
var madeRank = setOf(`best highest biggest same lowest worst top`)

// describedSaid writes a job asked for by its work as one's own work
// told: "who inspects elevators" is "i inspects elevators, what is my
// job called". The verb is kept as typed (the tokens normalise it).
func describedSaid(kb *knowledge.Base, s string) string {
	s = calledFor(worthSaid(doerOmitted(kb, s)))
	lower := strings.ToLower(s)
	if !slices.ContainsFunc(describedHints, func(h string) bool { return strings.Contains(lower, h) }) {
		return s // the quick path, most questions
	}
	if told, ok := askedOfDoer(kb, s); ok {
		return told
	}
	m := reDescribed.FindStringSubmatchIndex(s)
	jobDoes := false
	if m == nil {
		jobDoes = true
		if m = reJobDoes.FindStringSubmatchIndex(s); m == nil {
			return s
		}
	}
	verbStart, verbEnd := m[len(m)-2], m[len(m)-1]
	verb := strings.ToLower(s[verbStart:verbEnd])
	said := s[verbStart:verbEnd]
	rest := s[verbEnd:]
	subject := strings.Fields(strings.ToLower(s[:verbStart]))
	afterModal := len(subject) > 1 && modals[subject[len(subject)-1]] && describedSubjects[subject[len(subject)-2]]
	afterSubject := len(subject) > 0 && describedSubjects[subject[len(subject)-1]] || afterModal
	// "the person at the eyeglass store who fits your lenses": said of a
	// person, "fits" is work (a job that fits is one that suits).
	personWho := len(subject) > 1 && (subject[len(subject)-1] == "who" || subject[len(subject)-1] == "that") &&
		slices.ContainsFunc(subject[:len(subject)-1], func(w string) bool { return personWords[w] })
	caring := (verb == "take" || verb == "takes") && strings.HasPrefix(strings.ToLower(strings.TrimSpace(rest)), "care ") // "who takes care of sick animals"
	// "where i can do ultrasounds": "do" after a modal is the work's.
	doing := afterModal && (verb == "do" || verb == "make")
	if afterModal && likedVerbs[verb] {
		return s // "is there a job where i can work outside": what one would like, an interest
	}
	// "who uses math and statistics to figure out insurance risk": what
	// is used for work, the work after "to".
	usedTo := (verb == "use" || verb == "uses") && strings.Contains(strings.ToLower(rest), " to ")
	if (auxiliaries[verb] || functionWords[verb]) && !doing || notWorkVerbs[verb] && !afterSubject && !caring && !usedTo && !(personWho && workOfPerson[verb]) {
		// After "you" or "someone" a verb is the work's ("the job where
		// you fit people with artificial legs"), unless it only helps
		// another ("where you can work outside").
		return s
	}
	if (verb == "work" || verb == "works") && reHowMuchAfter.MatchString(rest) {
		return s // "who works the most hours": a ranking of hours, no work told
	}
	if (verb == "make" || verb == "makes") && !madeThing(rest) {
		return s
	}
	// A verb of work, as O*NET's task statements open with one, one said
	// of someone ("catches", "stuffs"), or any after "you" or "someone"
	// ("the job where you catch fish").
	if !kb.WorkVerb(knowledge.Normalize(verb)) && !strings.HasSuffix(verb, "s") && !afterSubject {
		return s
	}
	if k := reDescribed.SubexpIndex("place"); !jobDoes && m[2*k] >= 0 {
		// Where the work is done, said before it, said after it: "… who
		// types everything everyone says in court".
		end := len(rest)
		if e := strings.IndexAny(rest, "?!.,"); e >= 0 {
			end = e // "the person in court who types everything, what training …"
		}
		rest = rest[:end] + " in " + s[m[2*k]:m[2*k+1]] + rest[end:]
	}
	if k := reDescribed.SubexpIndex("of"); !jobDoes && m[2*k] >= 0 {
		if of := strings.ToLower(s[m[2*k]:m[2*k+1]]); workOf(kb, of) {
			end := len(rest)
			if e := strings.IndexAny(rest, "?!.,"); e >= 0 {
				end = e
			}
			rest = rest[:end] + " in " + of + rest[end:]
		}
	}
	if told, ok := asOwnWork(said, rest); ok {
		return withKind(kb, s[:verbStart], told)
	}
	return s
}

// doerOmitted writes work told without who does it ("cleans hotel rooms
// and makes the beds", "drives an 18 wheeler cross country") as said of
// someone: "who cleans hotel rooms …". Its first word is a verb of work
// with an -s, no name's.
func doerOmitted(kb *knowledge.Base, s string) string {
	first, rest, ok := strings.Cut(strings.TrimSpace(s), " ")
	w := strings.ToLower(strings.TrimRight(first, ",;:"))
	if !ok || len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || notWorkVerbs[w] || auxiliaries[w] || functionWords[w] || rest == "" {
		return s
	}
	base := knowledge.Normalize(w)
	if base == w || !kb.WorkVerb(base) || kb.Known(w) || len(kb.Exact([]string{base})) > 0 {
		return s // "welders …", "nurses …": names
	}
	if next, _, _ := strings.Cut(rest, " "); nounAfter[strings.ToLower(next)] || strings.HasSuffix(strings.ToLower(next), "ed") {
		return s // a noun: "programs used by graphic designers", "plans for nurses"
	}
	return "who " + strings.TrimSpace(s)
}

// nounAfter follow a plural noun more than a verb: "programs used by",
// "rates of".
var nounAfter = setOf(`by of to like that which is are`)

// workOf reports whether w, said before the one who does the work ("the
// weather guy"), says what the work is of: a word of O*NET's texts, not
// one that only describes the person ("the old guy").
func workOf(kb *knowledge.Base, w string) bool {
	t := knowledge.Tokens(w)
	return len(t) == 1 && !isStopWord(t[0]) && !functionWords[t[0]] && !personAdjectives[t[0]] && !describedSubjects[t[0]] && kb.KnownText(t[0])
}

// personAdjectives describe the one who works, not the work.
var personAdjectives = setOf(`old young new nice good bad big little small other same real local usual typical regular random main only nicest friendly mean rude older younger`)

// withKind keeps, in work told as one's own, the kind of worker the frame
// said it of ("what do you call the nurse who puts you to sleep for
// surgery"): "i am a nurse who put …", which kindByWork reads as the nurse
// whose work that is, not any career's.
func withKind(kb *knowledge.Base, before, told string) string {
	words := strings.Fields(strings.ToLower(before))
	k := len(words) - 1
	for k >= 0 && (words[k] == "who" || words[k] == "that" || modals[words[k]]) {
		k--
	}
	if k < 0 || k == len(words)-1 {
		return told
	}
	toks := knowledge.Tokens(words[k])
	if len(toks) != 1 || personWords[words[k]] || personWords[toks[0]] || !kb.HeadNoun(toks[0]) {
		return told
	}
	mine, ok := strings.CutPrefix(told, "i ")
	if !ok {
		return told
	}
	// Only a kind of which one career's work is the work told, when the
	// work names no worker of its own: "the doctor who reads x-rays" is
	// the radiologist (doingJobs), whom no name calls a doctor.
	work, _, _ := strings.Cut(mine, ",")
	kind := "i am a " + toks[0] + " who " + mine
	if _, ok := kindOfWork(kb, toks, knowledge.Tokens(work)); !ok || len(doingAt(work)) > 0 {
		return told
	}
	return kind
}

// asOwnWork writes work said with its verb, and the words after it to the
// end of the sentence, as one's own work told and its name asked: what
// workClause reads. The sentences after are asked as they were. It
// refuses the verb alone ("who cooks?": no work done to anything) and
// work said with something else asked of it ("guy who fixes the copier
// salary": the pay of whoever does it).
func asOwnWork(verb, rest string) (string, bool) {
	clause, after := rest, ""
	if k := strings.IndexAny(rest, "?!."); k >= 0 {
		clause, after = rest[:k], rest[k+1:]
	}
	asked := "what is my job called?"
	// "what is the person who fits hearing aids called": the name asked,
	// after the work.
	clause = reCalledAfter.ReplaceAllString(clause, "")
	k := reAndAsked.FindStringIndex(clause)
	if k == nil {
		// "… puts you to sleep before surgery how much do they make": a
		// question run on without a comma.
		k = reRunOnAsked.FindStringIndex(clause)
	}
	if k != nil && reAskedToo.MatchString(clause[k[0]:]) {
		// "… who installs and fixes elevators and whats the pay": the
		// work, then what is asked of whoever does it.
		asked = asMine(strings.TrimSpace(clause[k[1]:])) + "?"
		clause = clause[:k[0]]
	}
	if q, rest, ok := askedLast(clause); ok {
		// "… who designs websites salary": the work, then what is asked
		// of whoever does it, said bare.
		clause, asked = rest, q
	}
	if asksInItself(clause) {
		return "", false
	}
	// "who investigates what caused a fire", "… how diseases spread": the
	// work's object, no question of its own.
	if w := strings.ToLower(firstWord(clause)); w == "what" || w == "how" || w == "why" || w == "where" || w == "when" {
		clause = strings.TrimSpace(clause)[len(w):]
	}
	// "the person that cleans your teeth", "fixes ur laptop": whose the
	// thing is says nothing of the work.
	clause = reYour.ReplaceAllString(clause, " ")
	return "i " + ownVerb(verb) + clause + ", " + asked + after, true
}

// askedLast returns, of work whose last word asks of whoever does it
// ("… designs websites salary"), the question that word asks as one's
// own and the work without it.
func askedLast(clause string) (asked, rest string, ok bool) {
	clause = strings.TrimRight(clause, " ")
	k := strings.LastIndexByte(clause, ' ')
	if k < 0 {
		return "", "", false
	}
	asked, ok = askedOfMine[strings.ToLower(clause[k+1:])]
	return asked, clause[:k], ok
}

// askedOfMine are the words said bare after work told that ask of
// whoever does it ("… designs websites salary", "surgeons who fix broken
// bones salary"), each as one asks it of one's own job.
var askedOfMine = map[string]string{
	"salary": "how much do i make?", "salaries": "how much do i make?", "pay": "how much do i make?", "wage": "how much do i make?",
	"wages": "how much do i make?", "income": "how much do i make?", "earnings": "how much do i make?",
	"skills": "what skills do i need?", "skill": "what skills do i need?", "education": "what education do i need?", "degree": "what education do i need?",
	"requirements": "what education do i need?", "training": "what education do i need?", "outlook": "what is the outlook for my job?",
}

// ownVerb is the verb of work said of someone, as one tells it of oneself:
// told as one's own, "i study …" is a student's; studied for a living, it
// is researched. Other verbs are kept as typed (the tokens normalise them).
func ownVerb(verb string) string {
	v := strings.ToLower(verb)
	if v == "study" || v == "studies" {
		return "research"
	}
	if workOfPerson[v] && strings.HasSuffix(v, "s") {
		// "who fits hearing aids": "i fit …", as "fits" alone asks whom a
		// job suits.
		return v[:len(v)-1]
	}
	return verb
}

// reCalledAfter is the name asked after the work told: "… called".
var reCalledAfter = regexp.MustCompile(`(?i)\s+(?:called|named|known as)\s*$`)

// reAndAsked joins a question to the work said before it: "and whats",
// ", how much".
// reWorth is what something is worth, said as a clause: "how much a
// house is worth".
var reWorth = regexp.MustCompile(`(?i)\bhow\s+much\s+((?:a|an|the|your|their|people's|someone's)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:is|are)\s+worth\b`)

// worthSaid writes what something is worth as its value ("who figures
// out how much a house is worth": the value of a house), work's object
// and no pay asked.
func worthSaid(s string) string {
	if !strings.Contains(strings.ToLower(s), "worth") {
		return s // the quick path
	}
	return reWorth.ReplaceAllString(s, "the value of $1")
}

// asksInItself reports whether the words of work told are none, or ask
// something themselves ("… fixes cars how much do they make"), where "how
// much" said of a thing worked on asks nothing ("how much a house is
// worth").
func asksInItself(clause string) bool {
	return strings.TrimSpace(clause) == "" || reAskedToo.MatchString(reHowMuchOf.ReplaceAllString(clause, " "))
}

// reHowMuchOf is "how much" said of a thing the work is about, not pay
// asked: "who figures out how much a house is worth".
var reHowMuchOf = regexp.MustCompile(`(?i)\bhow\s+(?:much|many)\s+(?:a|an|the|it|its|your|their)\b`)

// reRunOnAsked opens a question of whoever does the work, run on after it
// without a comma: "how much do they", "what do they", "whats the".
var reRunOnAsked = regexp.MustCompile(`(?i)\s+(?:how\s+much\s+(?:do|does|did|would|will|can)\s+(?:they|he|she|it|people|you|u|those|these|we|i)|(?:what'?s|what’s|what\s+is|what\s+are)\s+(?:the|their|his|her)|what\s+(?:do|does|would)\s+(?:they|he|she|it|people|you|u)\s+(?:make|earn|get|need))\b`)

var reAndAsked = regexp.MustCompile(`(?i)\s*(?:,|\s+and|\s+but)\s+(?:what'?s|what’s|what\s+is|what|how)(?:\s|$)`)

// reAskOfDoer is one said by their work with something asked of them:
// "how much do the people who draw blood at the hospital make", "the guys
// who climb poles and fix power lines, what do they earn", "job where you
// feed animals and clean their cages at a kennel or zoo, pay?". Its groups:
// the question before ("how much do"), where the work is done if said
// before "who", the verb, the words of the work to the end of the
// sentence, and what follows.
var reAskOfDoer = regexp.MustCompile(`(?i)^\s*((?:how much|what|how)\s+(?:do|does|did|can|could|would|will|should)\s+)?(?:the\s+|a\s+|an\s+|those\s+|these\s+)?(?:(?:people|persons?|guys?|gals?|folks?|workers?|someone|somebody|ones?|(?:` + describedKinds + `)s?)(\s+(?:in|at|on)\s+(?:the\s+|a\s+|an\s+)?[a-z]+(?:\s+[a-z]+)?)?\s+(?:who|that)|(?:job|career|occupation|profession|line of work)\s+(?:where|in which)\s+(?:you|u|one|someone|people|they))\s+(?:(?:usually|basically|mostly|actually|just)\s+)?([a-z]+)\b([^,?.!;]*)(.*)$`)

// reAskVerbAfter ends a question about someone's pay said around their
// work: "how much do the people who draw blood … make".
var reAskVerbAfter = regexp.MustCompile(`(?i)\s+(make|makes|earn|earns|get paid|gets paid|get|gets|bring in|bring home|take home|charge)\s*$`)

// reAskedFor is a figure asked for someone, said first: "pay for someone
// who manages a hotel", "what's the salary of the people who …".
var reAskedFor = regexp.MustCompile(`(?i)^\s*((?:(?:what'?s|what’s|what\s+is|whats)\s+)?(?:the\s+)?(?:average\s+|typical\s+|median\s+|usual\s+|starting\s+)?(?:pay|salary|salaries|wage|wages|income|earnings|hourly\s+rate|pay\s+rate)(?:\s+like)?)\s+(?:for|of)\s+(.*?)\s*[?.!]*\s*$`)

// reIsAKind is someone said by their work and then by their kind:
// "the person who reads x-rays and is a doctor".
var reIsAKind = regexp.MustCompile(`(?i)\b(?:the\s+|a\s+)?(?:person|people|someone|somebody|one|guy|gal)\s+(who|that)\s+([^,?.!;]*?)\s+and\s+(?:is|are)\s+(?:a|an)\s+(` + describedKinds + `)\b`)

// rePeopleWho ends the words before the verb of work told of people.
var rePeopleWho = regexp.MustCompile(`(?i)\b(?:people|persons|folks|workers|guys|gals|ones)\s+(?:who|that)\s+(?:(?:usually|basically|mostly|actually|just)\s+)?$`)

// notDoneForWork are verbs said of people that are not what they do at
// work: "people who graduate with a cs degree", "who study economics".
var notDoneForWork = setOf(`graduate graduated study studied major majored have had went are were live lived`)

// askedOfDoer writes someone said by their work, with their pay or the
// like asked, as one's own work told and asked of, which workClause and
// the question read: "how much do the people who draw blood at the
// hospital make" is "i draw blood at the hospital, how much do i make".
func askedOfDoer(kb *knowledge.Base, s string) (string, bool) {
	// "the person who reads x-rays and is a doctor": a doctor who reads
	// x-rays.
	s = reIsAKind.ReplaceAllString(s, "a $3 $1 $2")
	if m := reAskedFor.FindStringSubmatch(s); m != nil && reAskOfDoer.MatchString(m[2]) {
		// "pay for someone who manages a hotel": the one who does the
		// work, then what is asked of them.
		s = m[2] + ", " + m[1]
	}
	m := reAskOfDoer.FindStringSubmatchIndex(s)
	if m == nil {
		return "", false
	}
	group := func(k int) string {
		if m[2*k] < 0 {
			return ""
		}
		return s[m[2*k]:m[2*k+1]]
	}
	before, place, verb, clause, after := group(1), group(2), group(3), group(4), group(5)
	v := strings.ToLower(verb)
	// Said of a person, "fits", "gives", "takes" are work (workOfPerson);
	// "do" before what is done too ("the people who do autopsies").
	doing := (v == "do" || v == "does") && madeThing(clause)
	// Said of people, any verb is the work's: "the people who predict
	// the weather", "who help you find books at the library".
	ofPeople := rePeopleWho.MatchString(s[:m[6]]) && !notDoneForWork[v] && strings.TrimSpace(clause) != ""
	if !doing && (auxiliaries[v] || functionWords[v] || notWorkVerbs[v] && !workOfPerson[v] || likedVerbs[v] && !(ofPeople && v == "help") ||
		!kb.WorkVerb(knowledge.Normalize(v)) && !strings.HasSuffix(v, "s") && !ofPeople) {
		return "", false
	}
	var ask string
	if before != "" {
		// The question's verb ends the work's words: "… make".
		k := reAskVerbAfter.FindStringSubmatchIndex(clause)
		if k == nil {
			return "", false
		}
		ask = before + "i " + clause[k[2]:k[3]] + after
		clause = clause[:k[0]]
	} else {
		ask = strings.TrimLeft(after, " ,;:-")
		if !reAskedToo.MatchString(ask) {
			return "", false // "the people who fix roofs": their name, as describedSaid reads it
		}
		ask = asMine(ask)
	}
	if asksInItself(clause) {
		return "", false
	}
	clause = reYour.ReplaceAllString(withoutLiving(clause), " ") + place // "the person in a courtroom who hears cases"
	return withKind(kb, s[:m[6]], "i "+ownVerb(verb)+clause+", "+ask), true
}

// withoutLiving leaves out of work told that it is done for a living,
// at the end or before more ("…, like …"): no words of the work
// ("living": daily living skills).
func withoutLiving(clause string) string {
	for _, living := range []string{" for a living", " as a job", " as a career", " professionally"} {
		clause = strings.Replace(clause, living, "", 1)
	}
	return clause
}

// reTheirs are the words for the ones said by their work, in what is
// asked of them after.
var reTheirs = regexp.MustCompile(`(?i)\b(?:they|them|their|theirs|he|she|him|his|her)\b`)

// theirsAsMine are those words as the asker's own.
var theirsAsMine = map[string]string{"they": "i", "them": "me", "their": "my", "theirs": "mine", "he": "i", "she": "i", "him": "me", "his": "my", "her": "my"}

// asMine writes what is asked of the ones said by their work as asked of
// oneself: "what do they earn" is "what do i earn".
func asMine(ask string) string {
	return reTheirs.ReplaceAllStringFunc(ask, func(w string) string { return theirsAsMine[strings.ToLower(w)] })
}

// reYour is the listener's "your" before what work is done to.
var reYour = regexp.MustCompile(`(?i)\s+(?:your|ur|yer)\s+`)

// reAskedToo is a word that asks something of the job besides its name.
var reAskedToo = regexp.MustCompile(`(?i)\b(?:salary|salaries|pay|paid|earn|earns|wage|wages|income|make a year|skills|education|degree|training|certification|license|licence|requirements|qualifications|outlook|growth|hourly|how much|(?:do|does|did|would|will)\s+(?:they|he|she|you|u|we|people|those|these)\s+make)\b`)

// personWords name the one who does the work in a frame: "the person who
// …", "the guy at the shop that …".
var personWords = setOf(`person someone somebody guy guys gal lady woman man people folks worker workers one`)

// workOfPerson are verbs notWorkVerbs holds that are work when said of a
// person: one who fits lenses, gives shots, takes orders.
var workOfPerson = setOf(`fit fits give gives take takes`)

// describedSubjects are the words of reDescribed's frames for the one who
// does the work, right before the verb.
var describedSubjects = setOf(`you u one someone somebody people they person i me`)

// likedVerbs after a modal say what a job would let one do, not work:
// "a job where i can work from home", "… where i can travel".
var likedVerbs = setOf(`work be travel earn help stay live use get have`)

// modals before the verb of a frame ("where i can do ultrasounds") make
// even "do" the work's.
var modals = setOf(`can could would to`)

// reWanted is work one wants to do, asked for by name: "i want to design
// clothes for a living, what job is that". The clause, from its verb, is
// the first group.
var reWanted = regexp.MustCompile(`(?i)^\s*(?:i|im|i'm)\s+(?:want|wanna|would like|'d like|d like|hope|plan)\s+(?:to\s+)?([a-z][^.?!]*?)\s*[,.!?;:]*\s*(?:so\s+)?(?:what|which|wat|wht)\s+(?:is\s+the\s+)?(?:job|career|jobs|careers|kind of job|type of job|occupation)\b[^.?!]*[.?!]*\s*$`)

// wantedSaid writes work one wants to do, with its job asked, as one's
// own work told and its name asked, as describedSaid does; what one would
// like a job to be ("i want to work outside", "… to be a nurse") and what
// one likes doing ("i like organizing data", an interest) are left as
// they are.
func wantedSaid(kb *knowledge.Base, s string) string {
	if m := reWantedDoer.FindStringSubmatchIndex(s); m != nil {
		// "i want to be the person who makes prosthetic legs": the one
		// who does the work, asked of as describedSaid reads it.
		return s[m[2]:]
	}
	if l := strings.ToLower(s); !strings.Contains(l, "job") && !strings.Contains(l, "career") && !strings.Contains(l, "occupation") {
		return wantedWork(kb, s)
	}
	m := reWanted.FindStringSubmatch(s)
	if m == nil {
		return s
	}
	clause := withoutLiving(strings.TrimSpace(m[1]))
	verb := strings.ToLower(firstWord(clause))
	if likedVerbs[verb] && verb != "help" || auxiliaries[verb] || notWorkVerbs[verb] || functionWords[verb] || !kb.WorkVerb(knowledge.Normalize(verb)) || len(strings.Fields(clause)) < 2 {
		return s
	}
	if told, ok := asOwnWork(verb, clause[len(verb):]+"?"); ok {
		return told
	}
	return s
}

// reWantedWork is work one wants to do, told with nothing asked of it:
// "i want to prepare bodies for funerals". The verb is the first group,
// the rest of the clause the second.
var reWantedWork = regexp.MustCompile(`(?i)^\s*(?:i|im|i'm)\s+(?:want|wanna|would like|'d like|d like)\s+(?:to\s+)?([a-z]+)(\s+[a-z][^.?!,]*)`)

// reWantedDoer is the one who does some work, wanted to be: "i want to
// be the person who …". The first group is from "the person" on.
var reWantedDoer = regexp.MustCompile(`(?i)^\s*(?:i|im|i'm)\s+(?:want|wanna|would like|'d like|d like|hope|plan)\s+(?:to\s+)?(?:be|become)\s+((?:the|a|an|one of the)\s+(?:person|people|one|ones|guy|girl|someone|worker|job)\s+(?:who|that)\s+.*)`)

// notWantedWork are verbs after "i want to" that say no work done: what
// one would learn, become or change.
var notWantedWork = setOf(`study learn major become be start switch change move find try pursue enter join go make do work help know see ask`)

// wantedWork writes work one wants to do as one's own work told ("i want
// to prepare bodies for funerals": "i prepare bodies for funerals"), which
// the parser reads by its work; what one would study, become or like
// stays as said.
func wantedWork(kb *knowledge.Base, s string) string {
	if !strings.Contains(strings.ToLower(s), "i") {
		return s
	}
	m := reWantedWork.FindStringSubmatchIndex(s)
	if m == nil {
		return s
	}
	verb := strings.ToLower(s[m[2]:m[3]])
	if notWantedWork[verb] || likedVerbs[verb] || auxiliaries[verb] || notWorkVerbs[verb] || functionWords[verb] || !kb.WorkVerb(knowledge.Normalize(verb)) {
		return s
	}
	return "i " + s[m[2]:]
}

// involvedSaid writes a job said to involve work ("what job involves
// designing bridges") as one's own work told, as describedSaid does.
func involvedSaid(kb *knowledge.Base, s string) string {
	m := reJobInvolves.FindStringSubmatchIndex(s)
	if m == nil {
		return s
	}
	verb, ok := gerundBase(kb, strings.ToLower(s[m[2]:m[3]]))
	if !ok {
		return s
	}
	if told, ok := asOwnWork(verb, s[m[3]:]); ok {
		return told
	}
	return s
}

// gerundBase returns the verb an -ing form is of, when it is a verb of
// work: "designing" design, "making" make, "running" run.
func gerundBase(kb *knowledge.Base, w string) (string, bool) {
	base, ok := strings.CutSuffix(w, "ing")
	if !ok || len(base) < 2 {
		return "", false
	}
	forms := []string{base, base + "e"}
	if n := len(base); n >= 3 && base[n-1] == base[n-2] {
		forms = append(forms, base[:n-1]) // "running": run
	}
	for _, f := range forms {
		if kb.WorkVerb(f) && !notWorkVerbs[f] {
			return f, true
		}
	}
	return "", false
}
