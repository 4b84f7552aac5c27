package bot

import (
	"cmp"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/careerbot/careerbot/knowledge"
)

// MaxQuestionLen bounds a question; longer ones get a short reply.
const MaxQuestionLen = 4000

// question is a chat message read for what it asks and about which careers.
type question struct {
	toks    []token
	claimed []bool // toks[i] is part of a career's name

	careers []pick   // careers named, in the order named
	unknown []string // words that look like a career name but match none

	signals map[string]int // intent name → question words seen; change it with addSignal
	// sharedSignals is set on a copy whose signals are still the parse's
	// (copy does not clone them: most answers never change them).
	sharedSignals bool
	fields        []knowledge.Field
	rank          int                 // +1 highest first, -1 lowest first, 0 not a ranking word
	topN          int                 // "top 5": rows asked for
	level         string              // typical entry education asked for
	noDegree      bool                // "without a college degree"
	noExperience  bool                // "with no experience": none needed to enter
	upToAssociate bool                // with noDegree: "without a bachelor's", an associate's counts
	under         string              // with noDegree: the level not needed ("without a master's"), "" for a bachelor's
	entryLevel    bool                // noDegree read from "entry level", not said
	bound         payBound            // "jobs that pay over 100k"
	years         bool                // "with 5 years of experience", which no source breaks pay down by
	seasoned      bool                // late in a career ("experienced welders", "at the top"): the top of the spread first
	statesRank    int                 // a follow-up asking the states ranked again: +1 best first, -1 worst first
	convert       payConversion       // "20 dollars an hour annually": hourly pay as yearly, or back
	judge         payJudged           // "is 60k a good salary": a figure set among all occupations' wages
	paidWellAsked bool                // "is that good?" after a career's pay: against all occupations' median
	unsourced     string              // a topic asked that no source covers ("stress")
	remark        string              // what the sources say of a word asked besides (vocabulary's remark)
	period        payPeriod           // pay asked by the month or the week (vocabulary's period)
	employer      string              // a company named ("amazon"), as typed
	growing       string              // a ranking only of careers projected to grow faster than all occupations, this percent ("3.1%"); see growingOnly
	among         []*knowledge.Career // a ranking only of these ("highest paid engineers"); see generic
	amongWord     string              // the word that named them, as typed
	amongListed   bool                // among the careers the last answer listed ("which of those pays most")
	pastList      []string            // the last answer's list, when the place asked is past its end ("the 3rd one" of two)
	left          *leftOut            // what a ranking leaves out ("jobs besides nursing"); nil for most questions
	groups        []string            // SOC major groups asked for ("healthcare")
	talk          string              // small talk, when that is all there is
	pct           knowledge.Field     // a percentile asked for ("top 10%", "entry level")
	declining     bool
	mean          bool     // "average salary": rank by mean
	free          []string // words that are neither names nor question words, as typed (skills)
	spans         []vocabSpan
	unknownAt     [][2]int       // token ranges of unknown
	states        []stateMention // states named, in order
	lookups       map[string][]knowledge.Match
}

// lookup is kb.Lookup(text, 8), remembered for the question: the parser
// tries one stretch of words in several ways.
func (q *question) lookup(kb *knowledge.Base, text string) []knowledge.Match {
	if ms, ok := q.lookups[text]; ok {
		return ms
	}
	ms := kb.Lookup(text, 8)
	if q.lookups == nil {
		q.lookups = map[string][]knowledge.Match{}
	}
	q.lookups[text] = ms
	return ms
}

// outside is the question's words that are no career's name, as typed.
func (q *question) outside() string { return q.words(false) }

// allText is every word of the question (states taken out), as typed.
func (q *question) allText() string { return q.words(true) }

func (q *question) words(names bool) string {
	var b strings.Builder
	last := -1
	for i, t := range q.toks {
		if q.claimed[i] && !names || t.pos == last {
			continue
		}
		last = t.pos
		b.WriteString(t.raw)
		b.WriteByte(' ')
	}
	return strings.TrimSpace(b.String())
}

// pick is one career a question names.
type pick struct {
	career         *knowledge.Career
	typed          string              // the words that named it, as typed
	others         []*knowledge.Career // other careers the name fits about as well (generic names)
	alternates     []*knowledge.Career // the same name in the other kind of source
	alternatesSaid alternatesSaid      // what an answer says of them, when said at parse time
	exact          bool                // a whole name or alternate title, not a search
	matched        string              // the name or alternate title found
	score          float64             // how well it matched (1 exact)
	setAside       string              // a word typed with the name that no source holds ("amazon")
	sameAs         string              // another name the question gave the same career ("devops vs sre")
	switched       bool                // read as another career its name could mean, the first being named too
	employerJob    string              // the job the employer's people hold, read for a worker of it ("amazon worker")
	apprentice     bool                // an apprentice, read as one of the trade ("carpenter apprentice")
	intern         bool                // an intern, read as one of the occupation ("accounting intern")
	byWork         string              // the description or task statement of its work that holds what the asker says someone does
	typedEmployer  string              // employerIn(typed), when employerRead: read once with the parse it is kept with
	employerRead   bool                // typedEmployer is set
	after          int                 // token index just past the name
	start          int                 // token index of its first word
}

// markup that chat platforms turn into pings or links: <!channel>, <@U123>,
// <https://…|text>, @everyone, @here, @someone.
var (
	reMarkup  = regexp.MustCompile(`<[^>]*>?`)
	reMention = regexp.MustCompile(`@\S+`)
	reURL     = regexp.MustCompile(`(?i)\b(?:[a-z][a-z0-9+.-]*://|www\.)\S*`) // a link typed plainly: its words are no question
)

// reSlashPair is two words with a slash between them.
var reSlashPair = regexp.MustCompile(`\b[A-Za-z]+/[A-Za-z]+\b`)

// groupTerms are the words that name an occupational group by themselves
// ("office", "admin", "healthcare").
var groupTerms = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range vocabulary {
		if len(v.role.groups) == 0 {
			continue
		}
		for _, p := range strings.Split(v.phrases, "|") {
			if !strings.Contains(p, " ") {
				m[p] = true
			}
		}
	}
	return m
}()

// groupsJoined writes two groups with a slash between them as two groups
// ("office/admin jobs": office and admin jobs), not a career after a
// slash ("admin": an administrative assistant).
func groupsJoined(pair string) string {
	a, b, _ := strings.Cut(pair, "/")
	if groupTerms[strings.ToLower(a)] && groupTerms[strings.ToLower(b)] {
		return a + " and " + b
	}
	return pair
}

// reCompany is the word a company's name ends in, after a capitalised
// word of the name: "Supply Co.", "Acme Inc.", "Smith LLC".
var reCompany = regexp.MustCompile(`([A-Z][\w&'.-]*)\s+(?:Co|Inc|Corp|Ltd|LLC|LLP|PLLC)\b\.?`)

// chatShortForms writes chat's short forms out.
var chatShortForms = strings.NewReplacer(" r u ", " are you ", " u ", " you ", " wat ", " what ", " dose a ", " does a ", " dose an ", " does an ", " us wide ", " nationwide ", " us-wide ", " nationwide ")

// oneJobAsked reports whether a yes-or-no question asks of one job: "is
// trucking a dying job", "is it a growing field".
func (q *question) oneJobAsked() bool {
	if len(q.toks) == 0 || q.toks[0].val != "is" && q.toks[0].val != "are" {
		return false
	}
	for i := 1; i+1 < len(q.toks); i++ {
		if !isArticle(q.toks[i].val) {
			continue
		}
		for j := i + 1; j < min(i+4, len(q.toks)); j++ {
			if t := q.toks[j]; manyWords[t.val] && !strings.HasSuffix(strings.ToLower(t.raw), "s") {
				return true
			}
		}
	}
	return false
}

// quickWords ask, of jobs (manyWords), those quick to get into.
var quickWords = setOf(`quickest easiest quick easy`)

// rePctile is "pct" after an ordinal, for percentile ("90th pct"), and
// rePct after a number, for percent ("top 10 pct").
var (
	rePctile = regexp.MustCompile(`(?i)\b(\d+(?:st|nd|rd|th))\s*pct\b`)
	rePct    = regexp.MustCompile(`(?i)\b(\d+|ten)\s*pct\b`)
)

// reMoney is dollar signs for money, with no figure after them.
var reMoney = regexp.MustCompile(`\$\$+`)

// rePerUnit is pay said per unit of time with no amount: "$/hr", "$ / yr".
var rePerUnit = regexp.MustCompile(`(?i)\$\s*/\s*(?:hrs?|hours?|yrs?|years?)\b`)

// perUnit is the pay period rePerUnit's match asks for.
func perUnit(m string) string {
	if strings.ContainsAny(m, "yY") {
		return " yearly "
	}
	return " hourly "
}

// reThem is "em" for "them" after a word it follows.
var reThem = regexp.MustCompile(`\b(of|for|do|does|pay|pays|make|makes|about|between|compare)\s+em\b`)

// reWithout is "w/o" as chat writes "without", reWith "w/ " for "with".
var (
	reWithout = regexp.MustCompile(`(?i)\bw/o\b`)
	reWith    = regexp.MustCompile(`(?i)(?:^|\s)w/\s`)
)

// clean removes markup, mentions, control characters and symbols, leaving
// the words of the question.
// reWhatSaid is what is said, told of in one's work: "i record what's said
// in court", "i type what doctors say".
var reWhatSaid = regexp.MustCompile(`(?i)\bwhat(?:'s|s| is| was| gets| people| they| doctors| others| everyone)?\s+(?:said|say|says|spoken|being said)\b`)

// reLookAfter is looking after someone or something: caring for it.
var reLookAfter = regexp.MustCompile(`(?i)\b(?:look|looks|looking|looked)\s+after\b`)

// reRetirementPlan is a retirement plan's name: "401k", "401(k)", "403b".
var reRetirementPlan = regexp.MustCompile(`(?i)\b(?:401|403|457)\s*\(?[kb]\)?(?:\s+(?:plans?|accounts?|match(?:ing)?))?`)

func clean(s string) string {
	if strings.Contains(s, "$") {
		s = rePerUnit.ReplaceAllStringFunc(s, perUnit) // "$/hr": pay by the hour, no human resources
	}
	s = reMarkup.ReplaceAllString(s, " ")
	if strings.Contains(s, "/") {
		s = reWithout.ReplaceAllString(s, "without") // "jobs w/o a degree"
		s = reWith.ReplaceAllString(s, " with ")     // "jobs w/ big paychecks"
		s = reSlashPair.ReplaceAllStringFunc(s, groupsJoined)
	}
	s = reMention.ReplaceAllString(s, " ")
	if strings.Contains(s, "pct") {
		// "the 90th pct", "top 10 pct"; a "pct" alone is a patient care
		// technician.
		s = rePctile.ReplaceAllString(s, "$1 percentile")
		s = rePct.ReplaceAllString(s, "$1 percent")
	}
	if strings.Contains(s, " u ") || strings.HasPrefix(s, "r ") || strings.Contains(s, "wat ") ||
		strings.Contains(s, "dose a") || strings.Contains(s, "us wide") || strings.Contains(s, "us-wide") {
		s = strings.TrimSpace(chatShortForms.Replace(" " + s + " ")) // "r u a bot", "the 90th pct", "wat dose a …"
	}
	if strings.Contains(s, "$$") {
		s = reMoney.ReplaceAllString(s, " money ") // "$$ for them?": their pay
	}
	if strings.Contains(s, " em") {
		s = reThem.ReplaceAllString(s, "$1 them") // "which of em": not EM, an electro-mechanical technician
	}
	if strings.Contains(s, "said") || strings.Contains(s, "say") || strings.Contains(s, "spoken") {
		s = reWhatSaid.ReplaceAllString(s, "speech") // "i record what's said in court": no question of what
	}
	if strings.Contains(s, "after") {
		s = reLookAfter.ReplaceAllString(s, "care for") // "i look after the sheep": no After School anything
	}
	if strings.Contains(s, "401") || strings.Contains(s, "403") || strings.Contains(s, "457") {
		s = reRetirementPlan.ReplaceAllString(s, "retirement") // "401(k) plan": a retirement plan, no amount of pay
	}
	if strings.Contains(s, " Co") || strings.Contains(s, " Inc") || strings.Contains(s, " LL") || strings.Contains(s, " Ltd") {
		s = reCompany.ReplaceAllString(s, "$1") // "Lawn Care Co.": a company's name, no CO (a correctional officer), no sentence ended
	}
	if strings.Contains(s, "://") || strings.Contains(s, "www.") || strings.Contains(s, "WWW.") {
		s = reURL.ReplaceAllString(s, " ")
	}
	if strings.Contains(s, " + ") {
		s = strings.ReplaceAll(s, " + ", " and ") // "pay + what education", "nurse + teacher": both asked
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsLetter(r), unicode.IsDigit(r):
			b.WriteRune(r)
		case strings.ContainsRune(" ,;/'’-—–&?.!:()%#|", r):
			if r == '’' {
				r = '\''
			}
			b.WriteRune(r)
		default:
			b.WriteRune(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// reVocative is who a greeting or thanks is said to ("cheers mate",
// "thanks man", "hi guys"): no career, though "mate" names one.
var reVocative = regexp.MustCompile(`(?i)\b(thanks|thank you|thx|ty|cheers|hi|hello|hey|yo|sup|morning|evening|bye|later|ok|okay|great|awesome|nice|cool|appreciate it|much appreciated)([\s,!.]+)(?:mate|mates|bro|bros|dude|man|buddy|pal|sir|ma'?am|fam|guys|folks|friend|lads?|m8|mister|legend|king|queen|boss|chief|champ|homie|sis)\b`)

// reRightNow is "rn" for "right now" at the end of a question about pay
// or hiring ("paralegals get paid rn"), or after a worker of another job
// ("hourly rate for a welder rn"), where it cannot be a nurse.
var reRightNow = regexp.MustCompile(`\b(paid|make|makes|making|earn|earns|earning|pay|pays|paying|hiring|growing|worth|jobs|careers|trades|occupations|gigs|fields|industries|salary|salaries|wage|wages|rate|rates|outlook|market|[a-z]{2,}(?:er|or|ist|ian|ant)s?)\s+rn\s*[?!.]*$`)

// reAreLike is careers said to be like another with a verb between:
// "what careers are like physical therapy".
var reAreLike = regexp.MustCompile(`(?i)\b(careers|jobs|occupations|professions|fields)\s+(?:that\s+|which\s+)?(?:are|r)\s+(like|similar to|related to|close to)\b`)

// likeSaid reads careers said to be like another as "careers like" it,
// as the vocabulary has it.
func likeSaid(s string) string {
	l := strings.ToLower(s)
	if strings.Contains(l, "passion") {
		// "baking is my passion", "passionate about cars": what one
		// loves.
		s = rePassion.ReplaceAllString(s, "i love $1")
		s = rePassionate.ReplaceAllString(s, "i love")
	}
	if strings.Contains(l, "into") {
		s = reInto.ReplaceAllString(s, "i love")
	}
	if !strings.Contains(l, " like") && !strings.Contains(l, " to") {
		return s // the quick path
	}
	return reAreLike.ReplaceAllString(s, "$1 $2")
}

// rePassion is a liking said "X is my passion"; rePassionate "i'm
// passionate about".
var (
	rePassion    = regexp.MustCompile(`(?i)^\s*([a-z]+(?:\s+(?:and|&)\s+[a-z]+)?)\s+(?:is|are)\s+(?:my|a)\s+(?:passion|big passion|true passion|real passion)\b`)
	rePassionate = regexp.MustCompile(`(?i)\b(?:i'?m|i am|im)\s+(?:really\s+|very\s+|so\s+)?passionate\s+about\b`)
	// "i'm really into cars": a liking.
	reInto = regexp.MustCompile(`(?i)\b(?:i'?m|i am|im)\s+(?:really\s+|very\s+|so\s+|super\s+|totally\s+|big\s+)?into\b`)
)

// reBased is where a job ad says the work is done: "school based",
// "home-based", "hospital-based", or for whom: "school district".
var reBased = regexp.MustCompile(`(?i)\b(?:school|home|hospital|clinic|office|community|field|facility|site|campus|remote|client|project|contract|commission|research|faith)[- ]based\b|\b(?:public\s+)?school\s+districts?\b`)

// withoutBase takes out where a job ad says the work is done, which says
// no more of the job and whose place words would be read as asked:
// "Speech Language Pathologist school based salary" asks the pay, not
// the schooling. It stays where it begins a name ("Home-Based Preschool
// Teacher").
func withoutBase(kb *knowledge.Base, s string) string {
	if lower := strings.ToLower(s); !strings.Contains(lower, "based") && !strings.Contains(lower, "district") {
		return s // the quick path
	}
	var b strings.Builder
	last := 0
	for _, loc := range reBased.FindAllStringIndex(s, -1) {
		if beginsName(kb, knowledge.Tokens(s[loc[0]:])) {
			continue
		}
		b.WriteString(s[last:loc[0]])
		b.WriteByte(' ')
		last = loc[1]
		if next := knowledge.Tokens(firstWord(s[loc[1]:])); len(next) == 1 && strings.Contains(strings.ToLower(s[loc[0]:loc[1]]), "district") && len(kb.Exact([]string{"school", next[0]})) > 0 {
			b.WriteString("school ") // "school district superintendent": a school superintendent
		}
	}
	b.WriteString(s[last:])
	return strings.Join(strings.Fields(b.String()), " ")
}

// beginsName reports whether words begin with a name of three to six
// words.
func beginsName(kb *knowledge.Base, words []string) bool {
	for n := 3; n <= min(len(words), 6); n++ {
		if len(kb.Exact(words[:n])) > 0 {
			return true
		}
	}
	return false
}

// withoutRightNow takes out "rn" said for "right now".
func withoutRightNow(s string) string {
	if strings.Contains(s, " rn") {
		// "i'm a CNA rn (not RN lol …)": what one is right now.
		s = reRightNowSaid.ReplaceAllString(s, "$1$2")
	}
	t := strings.TrimRight(s, "?!. ")
	if !strings.HasSuffix(t, " rn") {
		return s
	}
	if reTalkRightNow.MatchString(t) {
		// "hows the weather in chicago rn": small talk, no registered
		// nurse.
		return strings.TrimSuffix(t, " rn")
	}
	return reRightNow.ReplaceAllString(s, "$1")
}

// reRightNowSaid is "rn" for "right now" after what one says one is,
// before a pause: "i'm a CNA rn (not RN lol, nursing assistant)".
var reRightNowSaid = regexp.MustCompile(`(?i)\b((?:i'?m|i\s+am|im)\s+(?:a|an)\s+[a-z]+)\s+rn(\s*[(,.;!?]|\s+(?:and|but|so)\b)`)

// reTalkRightNow is small talk that "rn" ends: the weather, or how one
// feels.
var reTalkRightNow = regexp.MustCompile(`(?i)\b(?:weather|forecast|temperature|raining|snowing|bored|tired|busy|hungry)\b.*\srn$`)

// withoutVocative takes out who a greeting or thanks is said to.
func withoutVocative(s string) string {
	if len(s) > 40 {
		return s // small talk is short; a long question keeps its words
	}
	return reVocative.ReplaceAllString(s, "$1$2")
}

// reNation is the country named whole ("in the United States", "across
// the U.S."): every figure is national unless a state is asked, so it says
// nothing, and its "states" must not ask for states ranked. A name that
// holds it ("U.S. Marshal") keeps it.
var reNation = regexp.MustCompile(`(?i)\b(?:in|across|throughout|around)\s+(?:the\s+)?(?:united\s+states(?:\s+of\s+america)?|u\.\s?s\.(?:\s?a\.?)?|world|country)(?:\s|$|[?!.])`)

// withoutNation takes the country's name out of a cleaned question.
func withoutNation(s string) string {
	if !strings.Contains(s, "nited") && !strings.Contains(s, "NITED") && !strings.Contains(s, ".") &&
		!strings.Contains(s, "world") && !strings.Contains(s, "country") {
		return s // the quick path: most questions name no country
	}
	return strings.TrimSpace(reNation.ReplaceAllString(s, " "))
}

// reNoDegree is a degree said not to be needed, as people say it: "don't
// need a degree", "does not require a college degree", "without having a
// bachelor's", "no degree required", "a degree is not required". Each
// reads as "no degree", which the vocabulary has; "college degree" alone
// is a bachelor's.
var reNoDegree = regexp.MustCompile(`(?i)\b(?:(?:do\s*n[o']?t|does\s*n[o']?t|doesn'?t|dont|don't|won'?t|not|without|no need for)\s+(?:need(?:s|ing)?|requir(?:e|es|ing)|hav(?:e|ing)|a need for)\s+(?:a\s+|any\s+)?` + degreeWords +
	`|no\s+` + degreeWords + `\s+(?:required|needed|necessary)` +
	`|(?:a\s+)?` + degreeWords + `\s+(?:is\s+)?(?:not|isn'?t)\s+(?:required|needed|necessary))\b`)

// degreeWords are the ways of naming a college degree in reNoDegree.
const degreeWords = `(?:(?:college|university|4[- ]year|four[- ]year|bachelor'?s)\s+degree|degree|college|university|bachelor'?s)`

// reLittleSchool is much schooling said not to be needed: "don't require
// much school", "doesn't need a lot of education", "without years of
// college". It reads as "little school", which the vocabulary has.
var reLittleSchool = regexp.MustCompile(`(?i)\b(?:(?:do\s*n[o']?t|does\s*n[o']?t|doesn'?t|dont|don't|won'?t|not|without)\s+(?:(?:need(?:s|ing)?|requir(?:e|es|ing)|tak(?:e|es|ing)|involv(?:e|es|ing)|hav(?:e|ing)\s+to\s+(?:go\s+to|do))\s+)?|no\s+need\s+for\s+)(?:much|a\s+lot\s+of|lots\s+of|a\s+ton\s+of|tons\s+of|many\s+years\s+of|years\s+of|a\s+bunch\s+of|too\s+much)\s+(?:school|schooling|education|college|training)\b`)

// reTwoYear is an associate's degree said by its years ("a 2yr
// associates").
var reTwoYear = regexp.MustCompile(`(?i)\b(?:2|two)\s*-?\s*(?:yrs?|years?)\s+associates?(?:'s)?(?:\s+degree)?\b`)

// reAtMostTwoYears is schooling of two years at most: "i don't want to
// spend more than 2 years in school", "2 years of college or less", no
// bachelor's degree (an associate's counts).
var reAtMostTwoYears = regexp.MustCompile(`(?i)\b(?:(?:(?:do\s*n[o']?t|dont|don't|not)\s+(?:want\s+to\s+|wanna\s+)?(?:spend|do|go|be)\s+(?:in\s+school\s+)?(?:more\s+than|over)|no\s+more\s+than|at\s+most|max(?:imum)?(?:\s+of)?|up\s+to)\s+(?:2|two)\s*-?\s*(?:years?|yrs?)(?:\s+(?:in|of|at))?\s+(?:school|schooling|college|training|education)|(?:2|two)\s*-?\s*(?:years?|yrs?)\s+(?:in|of|at)\s+(?:school|college|schooling|training|education)\s+(?:or\s+less|max|at\s+most|tops))\b`)

// reNotNeeding is work said not to be wanted if it needs a degree: "not
// looking for anything that needs a bachelors".
var reNotNeeding = regexp.MustCompile(`(?i)\bnot\s+(?:looking\s+for\s+|interested\s+in\s+|wanting\s+)?(?:anything|something|a\s+job|jobs|one|work)\s+(?:that|which|where\s+you)\s+(?:needs?|requires?)\s+(?:a\s+|an\s+)?(bachelors|bachelor's|bachelor|masters|master's|college degree|degree|four year degree|4 year degree)\b`)

// reNoHigher is a master's or doctorate said not to be needed.
var reNoHigher = regexp.MustCompile(`(?i)\b(?:do\s*n[o']?t|does\s*n[o']?t|doesn'?t|dont|don't|won'?t|not|no need for)\s+(?:need(?:s|ing)?|requir(?:e|es|ing)|hav(?:e|ing))\s+(?:a\s+|an\s+|any\s+)?(master'?s|masters|doctorate|doctoral|phd|ph\.d\.?|professional)(?:\s+degree)?(?:\s+or\s+(?:a\s+)?(?:professional|doctoral|doctorate|phd)(?:\s+degree)?)?\b`)

// noDegreeSaid puts "no degree" for each way of saying a degree is not
// needed ("no masters", "no doctorate" for those).
func noDegreeSaid(s string) string {
	s = reTwoYear.ReplaceAllString(s, "associate's degree")
	if l := strings.ToLower(s); strings.Contains(l, "2") || strings.Contains(l, "two") {
		s = reAtMostTwoYears.ReplaceAllString(s, "without a bachelors degree")
	}
	if strings.Contains(strings.ToLower(s), "not") {
		// "not looking for anything that needs a bachelors": without one.
		s = reNotNeeding.ReplaceAllString(s, "without a $1")
	}
	s = reNoHigher.ReplaceAllStringFunc(s, func(m string) string {
		if strings.Contains(strings.ToLower(m), "master") {
			return "no masters"
		}
		return "no doctorate"
	})
	l := strings.ToLower(s)
	if strings.Contains(l, "school") || strings.Contains(l, "education") || strings.Contains(l, "college") {
		s = reLittleSchool.ReplaceAllString(s, "little school")
	}
	if !strings.Contains(l, "degree") && !strings.Contains(l, "college") && !strings.Contains(l, "bachelor") && !strings.Contains(l, "university") {
		return s // the quick path
	}
	return reNoDegree.ReplaceAllStringFunc(reYearDegree.ReplaceAllStringFunc(s, yearsInWords), func(m string) string {
		if l := strings.ToLower(m); strings.Contains(l, "bachelor") || strings.Contains(l, "4") || strings.Contains(l, "four") {
			return "no bachelors" // an associate's degree is still a degree below it
		}
		return "no degree"
	})
}

// reAI and reAutomates find "will AI replace accountants": AI there is
// automation, not a career whose names say "artificial intelligence".
var (
	reAI        = regexp.MustCompile(`(?i)\b(?:ai|a\.i\.|artificial intelligence)\b`)
	reAutomates = regexp.MustCompile(`(?i)\b(?:dying|because of|replac\w*|take over|taking over|takes over|take my job|take our jobs|take (?:\w+ )?jobs|automat\w*|steal\w*|kill\w*|obsolete)\b`)
)

// aiSaid reads AI as automation in a question about jobs being replaced.
func aiSaid(s string) string {
	if !reAutomates.MatchString(s) {
		return s
	}
	return reAI.ReplaceAllString(s, "automation")
}

// reYearDegree is a degree said by its years in digits ("a 2-year
// degree"), which the words read as a number otherwise ("top 2").
var reYearDegree = regexp.MustCompile(`(?i)\b[24]\s*-?\s*(?:years?|yrs?)\s+(?:degree|college|program|school)`)

// yearsInWords writes the years of a reYearDegree match in words: "two
// year degree" is an associate's degree, "four year degree" a bachelor's.
func yearsInWords(m string) string {
	if m[0] == '2' {
		return "two year " + m[strings.LastIndexByte(m, ' ')+1:]
	}
	return "four year " + m[strings.LastIndexByte(m, ' ')+1:]
}

// parse reads a cleaned question against the knowledge base in three
// passes over its tokens: career names are claimed first (the longest
// whole name wins, left to right), then question words are read from what
// is left, then words that are neither are searched for as names.
func parse(kb *knowledge.Base, cleaned string) *question {
	if q, ok := parseExamples(kb, cleaned); ok {
		return q
	}
	if last, ok := lastAsked(cleaned); ok {
		// A long story that ends in its question: the question, when it
		// says of what on its own (qa99 Q033: eight years of retail,
		// then "how much do pharmacy technicians actually make?").
		if q := parseSaid(kb, last); len(q.unknown) == 0 && (len(q.careers) > 0 || q.rank != 0) {
			return q
		}
	}
	return parseSaid(kb, cleaned)
}

// reExamples ends a question with careers given as examples of the one it
// names: "what do oil rig workers make, like roustabouts and derrick
// operators".
var reExamples = regexp.MustCompile(`(?i)^(.*\S)\s*,\s*(?:like|such as|e\.?g\.?|for example|for instance|specifically)\s+(.+?)\s*[?.!]*$`)

// parseExamples reads a question whose career is followed by careers that
// are examples of it as a question of the examples: what is asked of
// oil rig workers, of roustabouts and derrick operators. ok is false
// unless the examples are names only and the question names one career.
func parseExamples(kb *knowledge.Base, cleaned string) (*question, bool) {
	if !strings.Contains(cleaned, ",") {
		return nil, false // the quick path
	}
	m := reExamples.FindStringSubmatch(cleaned)
	if m == nil {
		return nil, false
	}
	eq := parseSaid(kb, m[2])
	if len(eq.careers) == 0 || len(eq.unknown) > 0 || len(eq.signals) > 0 || len(eq.states) > 0 ||
		slices.ContainsFunc(eq.careers, func(p pick) bool { return !p.exact }) {
		return nil, false
	}
	hq := parseSaid(kb, m[1])
	if len(hq.careers) != 1 || len(hq.unknown) > 0 {
		return nil, false
	}
	// Examples are of the career's kind: of its name's other careers or
	// of its SOC minor group (roustabouts of oil rig workers); "welder
	// salary, like a pipefitter" compares the two.
	head := hq.careers[0]
	if slices.ContainsFunc(eq.careers, func(p pick) bool {
		return p.career != head.career && !slices.Contains(head.others, p.career) && !(socPrefix(p.career, 4) != "" && socPrefix(p.career, 4) == socPrefix(head.career, 4))
	}) {
		return nil, false
	}
	typed, ok := hq.typedIn(m[1], hq.careers[0])
	if !ok {
		return nil, false
	}
	q := parseSaid(kb, strings.Replace(m[1], typed, m[2], 1))
	return q, len(q.careers) == len(eq.careers) && len(q.unknown) == 0
}

// storyWords is how many words make a message a story told around its
// question rather than a question.
const storyWords = 40

// reSentenceEnd ends a sentence, or what opens a question ("i really
// want to know: how much …"): its mark and the space after it.
var reSentenceEnd = regexp.MustCompile(`[.!?:;]+\s+`)

// lastAsked returns the last sentence of a message of more than
// storyWords words when it asks, ending in a question mark.
func lastAsked(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, "?") || strings.Count(s, " ") < storyWords {
		return "", false
	}
	last := s
	if ends := reSentenceEnd.FindAllStringIndex(s, -1); len(ends) > 0 {
		last = s[ends[len(ends)-1][1]:]
	}
	// Told in one run of commas: the question after the last comma that
	// opens one ("…, anyway what does a medical records specialist make?").
	if locs := reClauseAsked.FindAllStringSubmatchIndex(last, -1); len(locs) > 0 {
		last = last[locs[len(locs)-1][2]:]
	}
	return last, last != s && strings.Count(last, " ") >= 2
}

// reClauseAsked is a comma, a word that moves on ("anyway", "so"), and
// the question word that opens what is asked after them.
var reClauseAsked = regexp.MustCompile(`(?i),\s+(?:(?:anyway|anyways|so|but|ok|okay|well|basically|honestly|and)\s+)?((?:what|whats|what's|how|which|where|is|are|do|does|can|should|would)\s)`)

// parseSaid is parse of the words as said: each rewriting of what people
// say as the parser reads it, then the parse.
func parseSaid(kb *knowledge.Base, cleaned string) *question {
	cleaned = roleOfSaid(kb, withoutTakenBack(cleaned))
	return parseCut(kb, doneBySaid(kb, managedSaid(kb, operatedSaid(kb, acronymsSpelled(kb, withoutInitials(kb, said(headFirst(kb, degreesSaid(forWhomSaid(kb, withoutBase(kb, describedSaid(kb, involvedSaid(kb, wantedSaid(kb, exceptSaid(kb, traineeSaid(kb, withoutTier(kb, withoutAdTerms(cleaned))))))))))))))))), 0)
}

// reTakenBack is words taken back as they are typed: "in which state do
// software developers earn the most relative to... eh never mind just
// the most".
var reTakenBack = regexp.MustCompile(`(?i)\s*(?:\.\.\.|…|,|;|—|\s-\s)[^.…,;]*?\b(?:never\s*mind|nvm|scratch that|forget (?:that|it))\b[\s,.]*(?:just\s+)?`)

// withoutTakenBack leaves out words the asker takes back.
func withoutTakenBack(s string) string {
	l := strings.ToLower(s)
	if !strings.Contains(l, "mind") && !strings.Contains(l, "nvm") && !strings.Contains(l, "scratch") && !strings.Contains(l, "forget") {
		return s // the quick path
	}
	return reTakenBack.ReplaceAllString(s, " ")
}

// reRoleOf is a role of something, as titles write it: "Director of
// Children's Ministry".
var reRoleOf = regexp.MustCompile(`(?i)\b(director|manager|coordinator|supervisor|head|chief)\s+of\s+(?:the\s+)?`)

// roleOfSaid writes "Director of Children's Ministry" as "Children's
// Ministry Director" when that is a name and the title as written is
// none: the role after what it is of, as most names have it.
func roleOfSaid(kb *knowledge.Base, s string) string {
	if !strings.Contains(s, " of ") && !strings.Contains(s, " Of ") {
		return s // the quick path
	}
	loc := reRoleOf.FindStringSubmatchIndex(s)
	if loc == nil {
		return s
	}
	role := s[loc[2]:loc[3]]
	rest := s[loc[1]:]
	words := strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' })
	for k := min(4, len(words)); k >= 1; k-- {
		of := strings.Join(words[:k], " ")
		if strings.ContainsAny(of, ",()-–?!.") {
			continue
		}
		whole := s[loc[0]:loc[1]] + of
		if len(kb.Exact(knowledge.Tokens(whole))) > 0 {
			return s // "Director of Nursing": a name as written
		}
		// A name of one career only: "Financial Aid Director" is also
		// an office supervisor's title, and "Director of Financial Aid"
		// reads better as it is.
		if ms := kb.Exact(knowledge.Tokens(of + " " + role)); len(ms) > 0 && !slices.ContainsFunc(ms, func(m knowledge.Match) bool { return m.Career != ms[0].Career }) {
			return s[:loc[0]] + of + " " + role + rest[len(of):]
		}
	}
	return s
}

// adTerms are the words of a job ad's terms after its title: schedule,
// hours, travel ("CDL Class A Driver - Regional, Home Weekends", "Dental
// Hygienist, PT, Sat. Required").
var adTerms = setOf(`base ote + & commission commissions uncapped opening closing mid swing graveyard morning mornings afternoon afternoons evening home weekend weekends nights night days evenings overnight overnights pt ft p/t f/t prn per diem temp seasonal remote hybrid onsite on-site sat sat. sun sun. saturday saturdays sunday sundays required req travel relocation regional local otr dedicated shift shifts 1st 2nd 3rd sign-on bonus`)

// homeTerms after "home" say how often a driver is home: "Home Daily".
var homeTerms = setOf(`daily weekly nightly weekends weekend every most time`)

// reAdPart is a part of a job ad's title after a comma or a dash.
var reAdPart = regexp.MustCompile(`\s*(?:,|\s-\s|\s–\s)\s*`)

// withoutAdTerms leaves out of a job ad's title the parts after its first
// that are terms of the job, not the job: each made only of adTerms.
func withoutAdTerms(s string) string {
	if !strings.Contains(s, ",") && !strings.Contains(s, " - ") && !strings.Contains(s, " – ") {
		return s // the quick path
	}
	seps := reAdPart.FindAllStringIndex(s, -1)
	if len(seps) == 0 {
		return s
	}
	var b strings.Builder
	b.WriteString(s[:seps[0][0]])
	dropped := false
	for k, sep := range seps {
		end := len(s)
		if k+1 < len(seps) {
			end = seps[k+1][0]
		}
		part := s[sep[1]:end]
		words := strings.Fields(strings.ToLower(part))
		// The last part may go on with the question ("… Home Weekends
		// salary"): its terms end where the question begins.
		n := 0
		for n < len(words) && (adTerms[strings.Trim(words[n], ".")] || n > 0 && words[n-1] == "home" && homeTerms[words[n]] ||
			n > 0 && words[n] == "and" && n+1 < len(words) && adTerms[words[n+1]]) { // "Base + OTE", cleaned to "Base and OTE"
			n++
		}
		if n > 0 && (n == len(words) || k == len(seps)-1 && n >= 2) {
			dropped = true
			if n < len(words) {
				b.WriteString(" " + strings.Join(strings.Fields(part)[n:], " "))
			}
			continue
		}
		b.WriteString(s[sep[0]:end])
	}
	if !dropped {
		return s
	}
	return b.String()
}

// reInTraining is a job's title said of one who trains for it: "Store
// Manager in Training".
var reInTraining = regexp.MustCompile(`(?i)\b([a-z]+)\s+in\s+training\b`)

// traineeSaid writes a title "in training" as its trainee ("Store Manager
// trainee"), whose pay is asked, not the training the job takes; "jobs in
// training" (no job's name before) stays the field.
func traineeSaid(kb *knowledge.Base, s string) string {
	if !strings.Contains(strings.ToLower(s), " in training") {
		return s // the quick path
	}
	return reInTraining.ReplaceAllStringFunc(s, func(m string) string {
		word := reInTraining.FindStringSubmatch(m)[1]
		if w := knowledge.Tokens(word); len(w) != 1 || !kb.HeadNoun(w[0]) {
			return m
		}
		return word + " trainee"
	})
}

// reTier is a level within a job as ads write it: "Tier 2", "Level II".
var reTier = regexp.MustCompile(`(?i)\b(?:tier|level)\s*(?:[1-5]|i{1,3}|iv|one|two|three)\b`)

// withoutTier drops a level within a job, which no source breaks pay down
// by and whose words are no career's: "Tier 2 helpdesk" is help desk work,
// no packer (a "Tier" ties bundles).
func withoutTier(kb *knowledge.Base, s string) string {
	if !strings.Contains(s, "ier") && !strings.Contains(s, "evel") && !strings.Contains(s, "IER") && !strings.Contains(s, "EVEL") {
		return s // the quick path
	}
	return replaceOutsideNames(kb, s, reTier, " ") // a name's own words stay: "Tier 2 Support"
}

// replaceOutsideNames writes with what re matches in s where it is no
// word of a career's name (inName).
func replaceOutsideNames(kb *knowledge.Base, s string, re *regexp.Regexp, with string) string {
	var b strings.Builder
	last := 0
	for _, loc := range re.FindAllStringIndex(s, -1) {
		if inName(kb, s, loc[0], loc[1]) {
			continue
		}
		b.WriteString(s[last:loc[0]])
		b.WriteString(with)
		last = loc[1]
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// reExcept is "except" said of careers left out: "jobs except nursing".
var reExcept = regexp.MustCompile(`(?i)\bexcept(?:\s+for)?\b`)

// exceptSaid writes "except" as "besides", which the vocabulary reads as
// careers left out, where it is no word of a name ("Kindergarten
// Teachers, Except Special Education").
func exceptSaid(kb *knowledge.Base, s string) string {
	if !strings.Contains(s, "xcept") && !strings.Contains(s, "XCEPT") {
		return s // the quick path
	}
	return replaceOutsideNames(kb, s, reExcept, "besides")
}

// reDegreeNeeded is a degree's initials said as what a job needs: "is an
// MLS required to be a librarian", "do I need a BSN to be a nurse".
var reDegreeNeeded = regexp.MustCompile(`(?i)\b((?:need|needs|require|requires|have|get)\s+(?:a|an)\s+|(?:is|are)\s+(?:a|an)\s+)([a-z]{2,6})(\s+(?:(?:degree\s+)?(?:required|needed|necessary|mandatory)\s+)?(?:to be|to become|to work as|for)\b)`)

// degreeInitials are the initials of degrees, as the level of education
// each is.
var degreeInitials = func() map[string]string {
	m := map[string]string{}
	for level, ds := range map[string]string{
		"associate's degree": "adn asn aas aa as",
		"bachelor's degree":  "bsn bsw bs ba bfa bba bsc bsee bsme",
		"master's degree":    "mba mls mlis msw msn mph mpa mfa med ms ma msc mat mha mpp",
		"doctoral degree":    "phd md do jd pharmd dds dmd dvm dpt psyd edd od dnp aud",
	} {
		for d := range strings.FieldsSeq(ds) {
			m[d] = level
		}
	}
	return m
}()

// degreesSaid writes a degree's initials said as what a job needs as the
// level of education it is: "is an MLS required to be a librarian" asks
// whether librarians need a master's degree, not of medical laboratory
// scientists (MLS).
func degreesSaid(s string) string {
	if !strings.Contains(s, " to ") && !strings.Contains(s, " for ") && !strings.Contains(s, " For ") {
		return s // no reading without allocating, on every question
	}
	return reDegreeNeeded.ReplaceAllStringFunc(s, func(m string) string {
		sub := reDegreeNeeded.FindStringSubmatch(m)
		if level, ok := degreeInitials[strings.ToLower(sub[2])]; ok && (isUpper(sub[2]) || len(sub[2]) > 3) {
			return sub[1] + level + sub[3]
		}
		return m
	})
}

// reForWhom is a kind of worker said with whom or what it is for: "the
// doctor for animals", "a teacher of english".
var reForWhom = regexp.MustCompile(`(?i)\b([a-z]+)\s+(?:for|of)\s+(?:the\s+|your\s+|my\s+|our\s+)?([a-z]+)\b`)

// forWhomSaid writes a kind of worker said with whom or what it is for
// as the title that says it first, when the knowledge has that title and
// not the one said: "the doctor for animals" is an animal doctor (a
// veterinarian, not a physician), "a teacher of english" an english
// teacher.
func forWhomSaid(kb *knowledge.Base, s string) string {
	if !strings.Contains(s, " for ") && !strings.Contains(s, " of ") && !strings.Contains(s, " For ") && !strings.Contains(s, " Of ") {
		return s
	}
	if strings.Contains(s, " but ") {
		// "kinda like a nurse but for animals": the kind said for them,
		// when the knowledge has that title (a veterinary nurse); else
		// a career like the one named.
		if t := reLikeButFor.ReplaceAllString(s, "a $1 $2"); t != s {
			if r := forWhomRead(kb, t); r != t {
				return r
			}
		}
	}
	return forWhomRead(kb, s)
}

// reLikeButFor is a career said to be another's kind, for others: "like
// a nurse but for animals", "a doctor but for kids".
var reLikeButFor = regexp.MustCompile(`(?i)(?:\b(?:(?:kind of|kinda|sort of|sorta|basically|just|pretty much)\s+)?like\s+)?\b(?:a|an)\s+([a-z]+),?\s+but\s+(for|of)\b`)

// forDomain are the words a title says whom or what its work is for
// with: an animal nurse is a "Veterinary Nurse".
var forDomain = map[string]string{"animal": "veterinary", "pet": "veterinary", "dog": "veterinary", "cat": "veterinary", "horse": "equine",
	"kid": "pediatric", "child": "pediatric", "children": "pediatric", "baby": "pediatric", "tooth": "dental", "teeth": "dental"}

// forWhomRead is forWhomSaid of text with no "but".
func forWhomRead(kb *knowledge.Base, s string) string {
	var b strings.Builder
	last := 0
	for _, loc := range reForWhom.FindAllStringSubmatchIndex(s, -1) {
		worker, whom := knowledge.Tokens(s[loc[2]:loc[3]]), knowledge.Tokens(s[loc[4]:loc[5]])
		if len(worker) != 1 || len(whom) != 1 || !kb.HeadNoun(worker[0]) {
			continue
		}
		if isStopWord(whom[0]) {
			// Whom the question may say of anyone ("kids", "children"):
			// the career of the kind whose work is for them ("a doctor
			// for kids": a pediatrician).
			if c, ok := kindMeantFor(kb, worker, whom); ok && !inName(kb, s, loc[0], loc[1]) {
				b.WriteString(s[last:loc[0]])
				b.WriteString(c.Name)
				last = loc[1]
			}
			continue
		}
		one := whom[0]
		if w, ok := irregularPlurals[one]; ok {
			one = w // "the doctor for your feet": a foot doctor
		}
		// "animal doctor", as normalised; or in the word titles say it
		// with ("veterinary nurse").
		titled := false
		for _, first := range []string{one, forDomain[whom[0]]} {
			if title := first + " " + s[loc[2]:loc[3]]; first != "" && len(kb.Exact(knowledge.Tokens(title))) > 0 && !inName(kb, s, loc[0], loc[1]) {
				b.WriteString(s[last:loc[0]])
				b.WriteString(title)
				last, titled = loc[1], true
				break
			}
		}
		if titled {
			continue
		}
		if end, title, ok := kindFor(kb, s, loc); ok && !inName(kb, s, loc[0], end) {
			b.WriteString(s[last:loc[0]])
			b.WriteString(title)
			last = end
		}
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// meansAlone reports whether the noun of a kind of worker alone may name
// c: its own title holds the noun, or one of its names is the noun
// alone ("doctor" of Pediatricians). A nurse for kids is no childcare
// worker, though someone calls one a nursery nurse.
func meansAlone(kb *knowledge.Base, noun string, c *knowledge.Career) bool {
	return slices.Contains(knowledge.Tokens(c.Name), noun) ||
		slices.ContainsFunc(kb.Exact([]string{noun}), func(m knowledge.Match) bool { return m.Career == c })
}

// maxKindWords is how many words after "for" may say which kind of
// worker is meant, and how many words a kind named before its work may
// have (kindByWork).
const maxKindWords = 3

// reNextWord is the word that opens what follows.
var reNextWord = regexp.MustCompile(`^\s+([a-z]+)\b`)

// kindFor reads a kind of worker said with whom it is for as the words
// before the worker's noun, when a career's names hold the noun and them:
// "a teacher for special needs kids" is a special needs teacher, "teacher
// for special ed kids in high school" a special education teacher in high
// school, never the other teachers a name's "Except Special Education"
// says they are not. It returns where the words end and the title they
// say.
func kindFor(kb *knowledge.Base, s string, loc []int) (int, string, bool) {
	worker := s[loc[2]:loc[3]]
	words, end := []string{s[loc[4]:loc[5]]}, loc[5]
	if kindStop(words[0]) {
		return 0, "", false
	}
	for len(words) < maxKindWords {
		m := reNextWord.FindStringSubmatchIndex(s[end:])
		if m == nil {
			break
		}
		w := s[end+m[2] : end+m[3]]
		if kindStop(w) {
			break
		}
		words, end = append(words, w), end+m[1]
	}
	// The most words that one career's names hold all of, with the
	// worker's noun as their head; the words after ("kids" of "special
	// needs kids") may be said of any.
	for n := len(words); n >= 1; n-- {
		title := strings.Join(words[:n], " ") + " " + worker
		if ms := kb.Search(title, 1); len(ms) > 0 && ms[0].Head && ms[0].Missing == 0 && ms[0].Score >= confident {
			return end, title, true
		}
	}
	// No name says it: the career of the kind whose work is for them.
	if c, ok := kindMeantFor(kb, knowledge.Tokens(worker), knowledge.Tokens(strings.Join(words, " "))); ok {
		return end, c.Name, true
	}
	return 0, "", false
}

// kindMeantFor returns the career of a kind of worker (one noun) whose
// work, as O*NET tells it, is for whom is said, among the careers the
// noun alone may name (meansAlone): "a doctor for kids" is a
// pediatrician, whose patients are children.
func kindMeantFor(kb *knowledge.Base, worker, whom []string) (*knowledge.Career, bool) {
	if len(worker) != 1 {
		return nil, false
	}
	h, ok := kindOfWork(kb, worker, whom)
	if !ok || !meansAlone(kb, worker[0], h.Career) {
		return nil, false
	}
	return h.Career, true
}

// kindStop reports whether w ends the words of whom a worker is for:
// a word of the question, a stop word, or one that says where.
func kindStop(w string) bool {
	w = strings.ToLower(w)
	return isStopWord(w) || isQuestionWord(w) || functionWords[w] || placeNouns[w] || w == "in" || w == "at" || w == "and" || w == "or"
}

// irregularPlurals are nouns whose one is not the many less an ending.
var irregularPlurals = map[string]string{"feet": "foot", "teeth": "tooth", "children": "child", "men": "man", "women": "woman", "mice": "mouse", "people": "person", "geese": "goose"}

// inName reports whether s[start:end] is a name of the knowledge or lies
// in one with up to maxAround words either side ("Sales Representatives
// of Services, Except Advertising, Insurance, Financial Services, and
// Travel").
func inName(kb *knowledge.Base, s string, start, end int) bool {
	const maxAround = 12
	pre, mid, post := knowledge.Tokens(s[:start]), knowledge.Tokens(s[start:end]), knowledge.Tokens(s[end:])
	for a := 0; a <= min(len(pre), maxAround); a++ {
		for z := 0; z <= min(len(post), maxAround); z++ {
			words := append(append(slices.Clone(pre[len(pre)-a:]), mid...), post[:z]...)
			if len(kb.Exact(words)) > 0 {
				return true
			}
		}
	}
	return false
}

// reHeadFirst is a kind of worker said once before a colon and the kinds
// compared after it: "compare teachers: elementary vs high school".
var reHeadFirst = regexp.MustCompile(`(?i)^(\s*(?:compare\s+)?)([a-z]+(?:\s[a-z]+)?)\s*:\s*(.+?)\s+(vs\.?|versus|or)\s+(.+)$`)

// headFirst writes the worker said before a colon after the first kind
// compared, where the comparison reads it for both: "compare teachers:
// elementary vs high school pay" is "compare elementary teachers vs high
// school pay".
func headFirst(kb *knowledge.Base, s string) string {
	if !strings.Contains(s, ":") {
		return s
	}
	m := reHeadFirst.FindStringSubmatch(s)
	if m == nil {
		return s
	}
	words := knowledge.Tokens(m[2])
	if len(words) == 0 || !kb.HeadNoun(words[len(words)-1]) || len(kb.Exact(knowledge.Tokens(m[3]))) > 0 {
		return s // "Note: plumbers vs electricians": the first is a career as said
	}
	return m[1] + m[3] + " " + m[2] + " " + m[4] + " " + m[5]
}

// reManaged is a team one says one manages, of what, of whom or where:
// "I manage our sales team", "I manage a team of 10 at a retail store",
// "i supervise a crew of roofers", "I run the night shift at a
// warehouse". Its last group is what ends it (the question after).
var reManaged = regexp.MustCompile(`(?i)\b(?:i|we)\s+(?:manage|supervise|lead|oversee|run|head)\s+(?:a|the|our|my)\s+(?:(?:small|large|big|night|day|morning|evening)\s+)?(?:([a-z]+)\s+)?(?:team|crew|staff|shift|group|department)(?:\s+of\s+(?:\d+|a few|several|about \d+|around \d+)?\s*([a-z][a-z ]*?))?(?:\s+(?:at|in|for|on)\s+(?:a|an|the|our|my)\s+([a-z][a-z ]*?))?(\s*[,.?!;]|\s+(?:and|what|how|so|but|is|am)\b|$)`)

// rePlaceLead is the words that say where before a place: "at a".
var rePlaceLead = regexp.MustCompile(`(?i)^(?:at|in|for|on)\s+(?:a|an|the|our|my)\s+`)

// managedSaid writes a team one says one manages as the manager's or
// supervisor's title, when the knowledge has it: "I manage a team of 10 at
// a retail store" is a retail store manager, "I supervise a team of 12
// reps at a call center" a call center supervisor. Whom is tried before
// where, and the verb's own title ("supervise": supervisor) first.
func managedSaid(kb *knowledge.Base, s string) string {
	l := strings.ToLower(s)
	if !strings.Contains(l, "manage") && !strings.Contains(l, "supervise") && !strings.Contains(l, "lead") &&
		!strings.Contains(l, "oversee") && !strings.Contains(l, "run") && !strings.Contains(l, "head") {
		return s
	}
	loc := reManaged.FindStringSubmatchIndex(s)
	if loc == nil {
		return managedAtSaid(kb, s)
	}
	roles := []string{"manager", "supervisor"}
	if strings.Contains(strings.ToLower(s[loc[0]:loc[1]]), "supervise") {
		roles = []string{"supervisor", "manager"}
	}
	var whos []string // of what, whom, then where
	for g := 1; g <= 3; g++ {
		if loc[2*g] >= 0 {
			// "a team of 10 at a retail store": the place, read as whom.
			whos = append(whos, rePlaceLead.ReplaceAllString(s[loc[2*g]:loc[2*g+1]], ""))
		}
	}
	for _, who := range whos {
		who = strings.TrimSpace(who)
		for _, role := range roles {
			if name := who + " " + role; len(kb.Exact(knowledge.Tokens(name))) > 0 {
				// The team, whom and where give way to the title; the
				// question after stays.
				return s[:loc[0]] + "I am a " + name + s[loc[8]:]
			}
		}
	}
	// No name says it whole. Whom the team are names a career: its
	// field's manager or supervisor ("a team of software developers":
	// Computer and Information Systems Managers; "a crew of roofers":
	// supervisors of construction trades).
	for _, who := range whos {
		if ms := kb.Exact(knowledge.Tokens(who)); len(ms) > 0 && ms[0].Career.Official() {
			code, _ := strings.CutPrefix(ms[0].Career.Key, "onet:")
			if key, ok := teamManagers[code[:min(2, len(code))]]; ok {
				if mgr, ok := kb.Career("onet:" + key); ok && mgr != ms[0].Career {
					return s[:loc[0]] + "I am one of the " + mgr.Name + s[loc[8]:]
				}
			}
		}
	}
	// Else the manager whose career's names hold the words ("a team of
	// engineers": Architectural and Engineering Managers), read as that
	// career's own title. The career must be a manager's: Web Developers'
	// titles hold "manager" too.
	for _, who := range whos {
		for _, m := range kb.Search(strings.TrimSpace(who)+" "+roles[0], 10) {
			if m.Missing == 0 && m.Head && m.Score >= 1 && nameHolds(m.Career.Name, roles[0]) {
				return s[:loc[0]] + "I am one of the " + m.Career.Name + s[loc[8]:]
			}
		}
	}
	return s
}

// teamManagers are the occupations that manage or supervise a team of a
// major occupation group's workers, by the group's two-digit SOC code.
var teamManagers = map[string]string{
	"15": "11-3021.00", "17": "11-9041.00", "19": "11-9121.00", "21": "11-9151.00", "29": "11-9111.00", "31": "11-9111.00",
	"35": "35-1012.00", "37": "37-1011.00", "41": "11-2022.00", "43": "43-1011.00", "45": "45-1011.00", "47": "47-1011.00",
	"49": "49-1011.00", "51": "51-1011.00",
}

// reManagedAt is what one says one manages and where, the place last:
// "I manage the budget and the staff of a hospital department", "i run
// the kitchen at a restaurant".
var reManagedAt = regexp.MustCompile(`(?i)\b(?:i|we)\s+(?:manage|supervise|oversee|run|head)\s+(?:a|an|the|our|my)\s+[a-z ]*?\b(?:of|at|in|for)\s+(?:a|an|the|our|my)\s+([a-z]+)(?:\s+([a-z]+))?`)

// managedAtSaid writes what one says one manages at a place as the
// place's manager, when the knowledge has that title: "i manage the
// budget and the staff of a hospital department" is a hospital manager.
func managedAtSaid(kb *knowledge.Base, s string) string {
	loc := reManagedAt.FindStringSubmatchIndex(s)
	if loc == nil {
		return s
	}
	place := []string{s[loc[2]:loc[3]]}
	if loc[4] >= 0 {
		place = append(place, s[loc[4]:loc[5]])
	}
	verb := "manager"
	if strings.Contains(strings.ToLower(s[loc[0]:loc[1]]), "supervise") {
		verb = "supervisor"
	}
	for n := len(place); n >= 1; n-- {
		name := strings.Join(place[:n], " ") + " " + verb
		if len(kb.Exact(knowledge.Tokens(name))) > 0 {
			return s[:loc[0]] + "I am a " + name + s[loc[1]:]
		}
	}
	return s
}

// reOperated is a machine or vehicle said with what is done with it:
// "running a tower crane", "operating a forklift", "driving a bus".
var reOperated = regexp.MustCompile(`(?i)\b(running|run|runs|operating|operate|operates|driving|drive|drives)\s+(?:a|an|the)\s+([a-z]+)(?:\s+([a-z]+))?`)

// reOperatedAt is machines run where they are, said by the place: "run
// the machines at a water treatment plant".
var reOperatedAt = regexp.MustCompile(`(?i)\b(?:running|run|runs|operating|operate|operates)\s+(?:the\s+)?(?:machines|machinery|equipment)\s+(?:at|in)\s+(?:a|an|the|our)?\s*([a-z]+(?:\s+[a-z]+){1,3})`)

// runPlaces are what one runs as its head, not as a machine's operator.
var runPlaces = setOf(`kitchen store shop restaurant office department team shift floor business company warehouse crew household bar cafe salon clinic`)

// operatedSaid writes a machine said with what is done with it as the
// job of doing it, when that is a career's name: "running a tower crane
// all day" is a tower crane operator, "driving a bus" a bus driver.
func operatedSaid(kb *knowledge.Base, s string) string {
	if !strings.Contains(s, "ing ") && !strings.Contains(s, "run") && !strings.Contains(s, "rive") && !strings.Contains(s, "perate") {
		return s
	}
	s = reOperatedAt.ReplaceAllStringFunc(s, func(m string) string {
		// "i run the machines at a water treatment plant": the operator of
		// the place, when that is a name ("Water Treatment Plant
		// Operator"), the place's last words first dropped.
		place := strings.Fields(reOperatedAt.FindStringSubmatch(m)[1])
		for k := 0; k+1 < len(place); k++ {
			if len(kb.Exact(knowledge.Tokens(strings.Join(place[k:], " ")+" operator"))) > 0 {
				return strings.Join(place[k:], " ") + " operator"
			}
		}
		return m
	})
	return reOperated.ReplaceAllStringFunc(s, func(m string) string {
		sub := reOperated.FindStringSubmatch(m)
		if strings.HasPrefix(strings.ToLower(sub[1]), "run") && runPlaces[strings.ToLower(sub[2])] {
			return m // "i run the kitchen": its manager, no kitchen operator
		}
		job := "operator"
		if strings.HasPrefix(strings.ToLower(sub[1]), "driv") {
			job = "driver"
		}
		// The longest name: "tower crane operator", else "tower operator"
		// with the word after kept as it was.
		if sub[3] != "" && len(kb.Exact(knowledge.Tokens(sub[2]+" "+sub[3]+" "+job))) > 0 {
			return sub[2] + " " + sub[3] + " " + job
		}
		if len(kb.Exact(knowledge.Tokens(sub[2]+" "+job))) > 0 {
			return strings.TrimSpace(sub[2] + " " + job + " " + sub[3])
		}
		return m
	})
}

// said writes what a question says in other words as the words the
// vocabulary and the names hold: once for the whole message, before any
// part of it is read ("fixing cars", "K-5", "thanks mate", "in the U.S.").
func said(s string) string {
	return noDegreeSaid(withoutNation(aiSaid(doingSaid(putSaid(withoutVocative(withoutRightNow(gradesSaid(becomingSaid(switchSaid(withoutTitleGrade(shorthandSaid(hollandSaid(industrySaid(likeSaid(cutOutSaid(withoutSourceSaid(s)))))))))))))))))
}

// reSourceSaid is the source a question asks by: "according to bls",
// "per the bureau of labor statistics". The answers say their sources;
// the words name no career ("BLS Instructor" teaches basic life support).
var reSourceSaid = regexp.MustCompile(`(?i)\s*\b(?:according to|per|from|by|based on|using|in)\s+(?:the\s+)?(?:bls|bureau of labor statistics|u\.?s\.? bureau of labor statistics|o\*?net|oews|official data|government data|official statistics|government statistics|bls data|bls numbers|bls figures)\b`)

// withoutSourceSaid leaves out the source a question asks by.
func withoutSourceSaid(s string) string {
	l := strings.ToLower(s)
	if !strings.Contains(l, "bls") && !strings.Contains(l, "net") && !strings.Contains(l, "bureau") && !strings.Contains(l, "oews") &&
		!strings.Contains(l, "official") && !strings.Contains(l, "government") {
		return s // the quick path
	}
	return reSourceSaid.ReplaceAllString(s, "")
}

// reCutOut is "cut out for": what suits one, no cutting.
var reCutOut = regexp.MustCompile(`(?i)\bcut out (for|to be)\b`)

// cutOutSaid writes "am i cut out for nursing" as whom nursing suits:
// "am i a good fit for nursing" (it was read as cutting, of carpet
// installers).
func cutOutSaid(s string) string {
	if !strings.Contains(strings.ToLower(s), "cut out") {
		return s // the quick path
	}
	return reCutOut.ReplaceAllString(s, "a good fit $1")
}

// reInitials is a title followed by its initials in parentheses:
// "Medical Assistant (MA)", "Physician Assistant (PA)".
var reInitials = regexp.MustCompile(`([A-Za-z]+(?:[ -][A-Za-z]+){1,5})\s*\(([A-Za-z]{2,6})\)`)

// withoutInitials takes out the initials a title is followed by when
// they are a state's code too ("Medical Assistant (MA)"): they say only
// the title again, not where.
func withoutInitials(kb *knowledge.Base, s string) string {
	if !strings.Contains(s, "(") {
		return s // the quick path
	}
	return reInitials.ReplaceAllStringFunc(s, func(m string) string {
		sm := reInitials.FindStringSubmatch(m)
		words := strings.FieldsFunc(sm[1], func(r rune) bool { return r == ' ' || r == '-' })
		acr := strings.ToLower(sm[2])
		if _, state := knowledge.StateByName(acr); len(acr) != 2 || !state || len(words) < len(acr) {
			return m // only a state's code is taken out: "(APN)" is part of the name
		}
		// Unless the name with them is another career's than without:
		// "Microbiology Technologist (MT)" is a medical technologist's.
		title := knowledge.Tokens(strings.Join(words[len(words)-len(acr):], " "))
		with, without := kb.Exact(append(slices.Clone(title), acr)), kb.Exact(title)
		if len(with) > 0 && (len(without) == 0 || without[0].Career != with[0].Career) {
			return m
		}
		var initials []byte
		for _, w := range words[len(words)-len(acr):] {
			initials = append(initials, byte(unicode.ToLower(rune(w[0]))))
		}
		if string(initials) != acr {
			return m
		}
		return sm[1]
	})
}

// reIndustry is an industry named in a question: "in the oil and gas
// industry", "in the healthcare sector".
var reIndustry = regexp.MustCompile(`(?i)\b(?:in|for)\s+(?:the\s+|an?\s+)?((?:[a-z&/-]+\s+){1,4})(?:industry|industries|sector)\b`)

// industrySaid writes an industry named as "in an industry": which one no
// source breaks pay down by, and its words are no career ("oil").
func industrySaid(s string) string {
	if !strings.Contains(strings.ToLower(s), "industr") && !strings.Contains(strings.ToLower(s), "sector") {
		return s // the quick path
	}
	return reIndustry.ReplaceAllStringFunc(s, func(m string) string {
		sm := reIndustry.FindStringSubmatch(m)
		switch field := strings.ToLower(strings.TrimSpace(sm[1])); {
		case field == "public" || field == "private" || field == "government":
			return m // a sector the vocabulary reads
		case groupSaid(field):
			return "in " + field // a field the vocabulary reads ("transportation"): its occupations
		}
		return "in an industry"
	})
}

// groupSaid reports whether the vocabulary reads words as a group of
// occupations, alone or as "in …" or "… jobs" ("healthcare",
// "transportation", "in tech").
func groupSaid(words string) bool {
	for _, said := range []string{words, "in " + words, words + " jobs"} {
		ws := vocabTokens(said)
		if len(ws) > 0 && slices.ContainsFunc(phrasesByFirst[ws[0]], func(p phrase) bool {
			return len(p.role.groups) > 0 && slices.Equal(p.words, ws)
		}) {
			return true
		}
	}
	return false
}

// reHolland is a Holland (RIASEC) code of two or three letters said as
// one: "my riasec code is IAR", "holland code SEC".
var reHolland = regexp.MustCompile(`(?i)\b(?:riasec|holland)(?:\s+code)?(?:\s+is)?\s+([riasec]{2,3})\b`)

// hollandInterests name the interests by their letters.
var hollandInterests = map[byte]string{'r': "realistic", 'i': "investigative", 'a': "artistic", 's': "social", 'e': "enterprising", 'c': "conventional"}

// hollandWords are words of English spelled with a Holland code's letters.
var hollandWords = setOf(`is as are air arc car ear era ice ace sea sir sic sec sac res ire`)

// hollandSaid writes a Holland code as its first, strongest interest:
// "riasec code is IAR" asks for investigative careers.
func hollandSaid(s string) string {
	if !strings.Contains(strings.ToLower(s), "riasec") && !strings.Contains(strings.ToLower(s), "holland") {
		return s // the quick path
	}
	return reHolland.ReplaceAllStringFunc(s, func(m string) string {
		sm := reHolland.FindStringSubmatch(m)
		if hollandWords[sm[1]] {
			return m // "riasec is a test": a word in lower case, no code ("SEC" is one)
		}
		code := strings.ToLower(sm[1])
		if len(code) >= 2 && code[1] != code[0] && hollandInterests[code[1]] != "" {
			// "IAS": the two strongest, as O*NET's codes of occupations
			// are read.
			return hollandInterests[code[0]] + " and " + hollandInterests[code[1]] + " interests"
		}
		return hollandInterests[code[0]] + " interests"
	})
}

// reSpecialEd is special education as schools shorten it: "special ed"
// ("SPED" is one of the names' abbreviations).
var reSpecialEd = regexp.MustCompile(`(?i)\bspecial ed\b`)

// reTeenAge is a teenager said by age ("a 16 yr old", "16-year-olds"),
// whose number is no "top 16".
var reTeenAge = regexp.MustCompile(`(?i)\b1[3-9]\s*-?\s*(?:yr|yrs|year|years)\s*-?\s*olds?\b`)

// reAge is anyone else's age ("a 45 year old nurse", "i'm 35 years
// old"): nothing the sources break pay down by, nor an average age asked.
var reAge = regexp.MustCompile(`(?i)\b[2-9][0-9]\s*-?\s*(?:yr|yrs|year|years)\s*-?\s*olds?\b`)

// reSubjectShort is a subject studied said short: "a chem degree", "bio
// majors", "comp sci major".
var reSubjectShort = regexp.MustCompile(`(?i)\b(chem|bio|econ|psych|poli sci|polisci|comp sci|compsci|cs|stats|math|maths)\s+(degree|degrees|major|majors)\b`)

// reComputingShort is computer science in shorthand before jobs:
// "compsci jobs that pay the most", "cs careers".
var reComputingShort = regexp.MustCompile(`(?i)\b(?:comp sci|compsci|cs)\s+(jobs?|careers?|fields?|positions|roles)\b`)

// reTeach is what one teaches said as a grade or a school: "I teach 3rd
// grade", "she teaches high school" are teachers of it.
var reTeach = regexp.MustCompile(`(?i)\bteach(?:es|ing)?\s+((?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+grade|kindergarten|pre-?k|preschool|elementary(?: school)?|middle school|high school|(?:young |little |small )?(?:kids|children)(?: (?:how )?to (?:read|write|count|spell))?)\b(?:\s+([a-z]+)\b)?`)

// afterTaught are words after those taught that say nothing of what is
// taught: "i teach kids at a school", "i teach kids, what's my job".
var afterTaught = setOf(`at in for and what whats how so is who`)

// schoolSubjects are what a school teacher teaches, said after the
// school: "i teach high school math" teaches math there.
var schoolSubjects = setOf(`math maths mathematics english science history art music spanish french chemistry biology physics reading writing pe gym band choir algebra geometry calculus`)

// reMBA is the master's degree in business administration, said short.
var reMBA = regexp.MustCompile(`(?i)\bmbas?\b(?:\s+(?:degree|degrees))?`)

// subjectsShort are the subjects reSubjectShort finds, in full.
var subjectsShort = map[string]string{"chem": "chemistry", "bio": "biology", "econ": "economics", "psych": "psychology",
	"poli sci": "political science", "polisci": "political science", "comp sci": "computer science", "compsci": "computer science",
	"cs": "computer science", "stats": "statistics", "math": "mathematics", "maths": "mathematics"}

// shorthandSaid writes what a question says in shorthand as the words
// the vocabulary and the names hold: a subject studied ("a chem degree")
// and special education ("special ed") in full, a teenager's age as a
// teenager, anyone else's age not at all.
func shorthandSaid(s string) string {
	l := strings.ToLower(s)
	if strings.Contains(l, "cs ") || strings.Contains(l, "sci ") {
		s = reComputingShort.ReplaceAllString(s, "computer science $1")
	}
	if strings.Contains(l, "degree") || strings.Contains(l, "major") {
		s = reSubjectShort.ReplaceAllStringFunc(s, func(m string) string {
			sm := reSubjectShort.FindStringSubmatch(m)
			return subjectsShort[strings.ToLower(sm[1])] + " " + sm[2]
		})
	}
	if strings.Contains(l, "mba") {
		s = reMBA.ReplaceAllString(s, "business administration degree") // "what can i do with an mba"
	}
	if strings.Contains(l, "old") {
		s = reAge.ReplaceAllString(reTeenAge.ReplaceAllString(s, "teenager"), " ")
	}
	if strings.Contains(l, "teach") {
		s = reTeach.ReplaceAllStringFunc(s, func(m string) string {
			sm := reTeach.FindStringSubmatch(m)
			if w := strings.ToLower(sm[1]); strings.Contains(w, "kids") || strings.Contains(w, "children") {
				// "i teach kids to read": children at school are taught
				// in elementary school; "kids to swim" are not at school.
				next := strings.ToLower(sm[2])
				if next != "" && !schoolSubjects[next] && !afterTaught[next] {
					return m // "kids to swim", "children piano": what, not where
				}
				sm[1] = "elementary school"
				if !schoolSubjects[next] {
					return "am an elementary school teacher " + sm[2]
				}
			}
			if schoolSubjects[strings.ToLower(sm[2])] {
				return "am a " + sm[1] + " " + sm[2] + " teacher" // "a high school math teacher"
			}
			return strings.TrimSpace("am a " + sm[1] + " teacher " + sm[2])
		})
	}
	if !strings.Contains(l, "special ed") {
		return s // the quick path
	}
	return reSpecialEd.ReplaceAllString(s, "special education")
}

// reSwitch is a change of career said from one to the other: "switching
// from teaching to instructional design", "career change from accounting
// to data analyst", "moving from retail into hr". What follows the second
// ends at punctuation or the question's next words.
var reSwitch = regexp.MustCompile(`(?i)\b(?:switch(?:ing|ed)?|chang(?:e|ing|ed)|mov(?:e|ing|ed)|go(?:ing)?|get(?:ting)?|transition(?:ing|ed)?|pivot(?:ing|ed)?|jump(?:ing|ed)?|leav(?:e|ing)|shift(?:ing)?)\b[^.?!,;]*?\bfrom\s+(?:being\s+)?(?:an?\s+|my\s+)?([a-z][a-z'&/ -]*?)\s+(?:to|into)\s+(?:being\s+|becoming\s+)?(?:an?\s+)?([a-z][a-z'&/ -]*?)(\s*(?:[,?.!;]|$)|\s+(?:does|do|is|are|would|will|should|could|can|worth|pay|pays|and|but|how|what|which|for|in)\b)`)

// reFromOpen is a change to no career said, with no verb: "from
// electrician to what?".
var reFromOpen = regexp.MustCompile(`(?i)^\s*from\s+(?:being\s+)?(?:an?\s+)?([a-z][a-z'&/ -]*?)\s+(?:to|into)\s+(?:what|something|anything)\b[?!.]*`)

// openEnded say no career changed to: "from electrician to what",
// "to something else".
var openEnded = setOf(`what which where something anything else another other whatever`)

// switchSaid writes a change of career as the comparison it asks for:
// "compare teaching vs instructional design". Places are no careers
// ("moving from texas to ohio").
func switchSaid(s string) string {
	l := strings.ToLower(s)
	if !strings.Contains(l, "from ") || !strings.Contains(l, " to ") && !strings.Contains(l, " into ") {
		return s // the quick path
	}
	if reFromOpen.MatchString(s) {
		// "from electrician to what?" said with no verb of changing; what
		// follows is no second change ("want to stop …").
		return reFromOpen.ReplaceAllString(s, "switch from $1. ")
	}
	return reSwitch.ReplaceAllStringFunc(s, func(m string) string {
		sm := reSwitch.FindStringSubmatch(m)
		if len(statesIn(sm[1])) > 0 || len(statesIn(sm[2])) > 0 || strings.EqualFold(sm[1], "one") {
			return m // "from one to the other": what it takes, of careers said before
		}
		if f := strings.Fields(strings.ToLower(sm[2])); len(f) > 0 && openEnded[f[0]] {
			return "switch from " + sm[1] + sm[3] // "from electrician to what?": careers to leave it for
		}
		return "compare " + sm[1] + " vs " + sm[2] + sm[3]
	})
}

// likeSaid reads a second name, said as what a first one only partly
// found is like, as the one career asked ("ghost hunter salary?? like a
// paranormal investigator": O*NET's Paranormal Investigator, no
// comparison with hunters; "welder salary, like a pipefitter" stays one).
func (q *question) likeSaid() {
	if len(q.careers) != 2 || q.explicitCompare() {
		return
	}
	first, second := q.careers[0], q.careers[1]
	if k := first.start - 1; first.exact && (k < 0 || q.claimed[k] || q.toks[k].kind != tokWord || isStopWord(q.toks[k].val)) {
		return // the first name is whole
	}
	like := slices.ContainsFunc(q.toks[first.after:second.start], func(t token) bool { return t.kind == tokWord && t.val == "like" })
	if like && isArticle(q.toks[second.start-1].val) {
		q.dropPick(0)
	}
}

// reBecoming is one who says what they are and what they think of
// becoming: "im a teacher thinking of becoming a nurse", "i'm a bartender
// thinking about dental hygiene school", "I am a cashier considering
// becoming a pharmacy tech". What follows ends at punctuation or the
// question's next words; it may not begin with words that name no career
// ("thinking about a job that pays more").
var reBecoming = regexp.MustCompile(`(?i)\b(?:i'?m|i am)\s+(?:an?\s+)?([a-z][a-z'&/ -]*?)\s+(?:and\s+|but\s+)?(?:thinking|considering|looking|planning|hoping|wanting|want|wanna|trying|debating)\s+(?:(?:of|about|into|at|to)\s+)?(?:(?:becoming|being|going into|getting into|switching to|switching into|moving into|moving to|a move into|a move to|a switch to|a career in|doing|studying|training as|training to be|to become|to be|become|be|go into|get into|move into|move to|switch to|switch into|pivot to|pivot into|transition to|transition into)\s+)?(?:an?\s+)?((?:[a-z][a-z'&/-]*)(?:\s+[a-z][a-z'&/-]*)*?)(\s*(?:[,?.!;]|$)|\s+(?:is|does|do|would|will|should|could|can|worth|pay|pays|and|but|how|what|which|for|in|instead|now|next)\b)`)

// becomingNot are first words of what one thinks of that name no career.
var becomingNot = setOf(`a an the about of into for to jobs job career careers something anything other another more better what which switching changing quitting leaving going moving getting making doing it that this know make find learn see get earn keep stay leave quit stop change switch go work help`)

// beingNot are first words of what one says one is that name no career:
// "i'm good at science and want to help sick people".
var beingNot = setOf(`good bad great decent ok okay interested passionate curious tired bored sick done not really pretty very so kind sort always`)

// becomingSaid writes one's job and the one thought of as the comparison
// asked: "compare teacher vs nurse".
func becomingSaid(s string) string {
	l := strings.ToLower(s)
	if !strings.Contains(l, "i") || !strings.Contains(l, "ing ") && !strings.Contains(l, "want") && !strings.Contains(l, "wanna") {
		return s // the quick path
	}
	return reBecoming.ReplaceAllStringFunc(s, func(m string) string {
		sm := reBecoming.FindStringSubmatch(m)
		first := strings.ToLower(strings.Fields(sm[2])[0])
		if becomingNot[first] || beingNot[strings.ToLower(strings.Fields(sm[1])[0])] || len(statesIn(sm[1])) > 0 || len(statesIn(sm[2])) > 0 {
			return m
		}
		return "compare " + sm[1] + " vs " + sm[2] + sm[3]
	})
}

// reTitleGrade and reLicence are what a job ad's title adds after the
// name for the grade of the post or the holder's licence, which no source
// breaks pay down by: "Help Desk Tier 1", "SOC Analyst Level II",
// "Structural Engineer, PE", "Civil Engineer EIT". "Tier 2 support"
// before any name is the name.
var (
	reTitleGrade = regexp.MustCompile(`(?i)\b([a-z]+)\s+(?:\(\s*)?(?:tier|level)\s+(?:[1-5]|i{1,3}|iv|one|two|three|four)\b(?:\s*\))?`)
	// "Ship Engineer, 3rd Assistant", "Machinist, 2nd Class": a grade
	// after the title, no assistant.
	reOrdinalGrade = regexp.MustCompile(`(?i),\s*(?:1st|2nd|3rd|4th|first|second|third|fourth)\s+(?:assistant|class|grade)\b`)
	reLicence      = regexp.MustCompile(`(?i)\b(engineers?|engineering)\s*,?\s+(?:p\.\s?e\.?|pe|eit|e\.i\.t\.?)(?:\s|$|[?!.,])`)
)

// reAssistantTo is whom an assistant assists, said after the title:
// "Executive Assistant to the CEO" is an executive assistant, not a
// comparison with chief executives.
var reAssistantTo = func() *regexp.Regexp {
	served := `(?:the\s+)?(?:ceo|cfo|coo|cto|president|vice president|vp|director|dean|superintendent|mayor|governor|principal|owner|founder|partners?|executives?|chair|chairman|board|chief \w+ officer|c-suite|c suite|csuite|executive team|leadership team)\b`
	// Several served at once: "to the CEO & Board", "to the CEO and CFO".
	return regexp.MustCompile(`(?i)\b(assistant|aide|secretary|advisor|adviser|counsel|chief of staff)\s+to\s+` + served + `(?:\s*(?:,|&|and|/)\s*` + served + `)*`)
}()

// withoutTitleGrade takes out a title's grade or licence, and whom an
// assistant assists.
func withoutTitleGrade(s string) string {
	l := strings.ToLower(s)
	if strings.Contains(l, "tier") || strings.Contains(l, "level") {
		s = reTitleGrade.ReplaceAllStringFunc(s, func(m string) string {
			w := m[:strings.IndexFunc(m, unicode.IsSpace)]
			if l := strings.ToLower(w); isStopWord(l) || isQuestionWord(l) {
				return m // "salary of tier 2 support": the name begins with it
			}
			return w
		})
	}
	if strings.Contains(l, "engineer") {
		s = reLicence.ReplaceAllString(s, "$1 ")
	}
	if strings.Contains(l, ",") {
		s = reOrdinalGrade.ReplaceAllString(s, "")
	}
	if strings.Contains(l, " to ") {
		s = reAssistantTo.ReplaceAllString(s, "$1")
	}
	return s
}

// reAcronymSpelled is initials in capitals with words in parentheses
// after them: "CO (corrections officer)", "ATC (athletic trainer)".
var reAcronymSpelled = regexp.MustCompile(`\b([A-Z]{2,5})\s*\(([^()]{3,60})\)`)

// acronymsSpelled writes initials spelled out in parentheses after them
// as the words alone: "CO (corrections officer) salary" asks of
// corrections officers, not of CO (orthotists) beside them. The words'
// initials must begin the capitals ("ATC (athletic trainer)": certified).
// A name of a career as written stays whole, unless the words alone name
// another career: O*NET lists "EMT (Emergency Medical Technician)" among
// the paramedics' titles, but the words are the EMTs' own.
func acronymsSpelled(kb *knowledge.Base, s string) string {
	if !strings.Contains(s, "(") {
		return s
	}
	return reAcronymSpelled.ReplaceAllStringFunc(s, func(m string) string {
		sub := reAcronymSpelled.FindStringSubmatch(m)
		abbr, inner := strings.ToLower(sub[1]), strings.TrimSpace(sub[2])
		if whole := kb.Exact(knowledge.Tokens(m)); len(whole) > 0 {
			// Unless the words alone name another career first: "GM
			// (General Manager)", an alternate title of restaurant
			// managers, spells out a general manager.
			alone := kb.Exact(knowledge.Tokens(inner))
			if len(alone) == 0 || slices.ContainsFunc(whole, func(w knowledge.Match) bool { return w.Career == alone[0].Career }) {
				return m
			}
		}
		var firsts []byte
		for _, w := range strings.Fields(strings.ToLower(inner)) {
			if w != "and" && w != "of" && w != "&" {
				firsts = append(firsts, w[0])
			}
		}
		if len(firsts) >= 2 && strings.HasPrefix(abbr, string(firsts)) {
			return inner
		}
		return m
	})
}

// maxPipeParts bounds the parts of a headline read one by one.
const maxPipeParts = 6

// parsePipes reads a headline of parts between "|" ("Staff Engineer |
// Building scalable systems", "Therapist | LMFT | Couples & Families"):
// the part that names one career, most surely, with the question's own
// words (the first part's leading ones, else the last's trailing ones).
// It reports false when no part names one career alone.
func parsePipes(kb *knowledge.Base, cleaned string) (*question, bool) {
	var parts []string
	for p := range strings.SplitSeq(cleaned, "|") {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) < 2 || len(parts) > maxPipeParts {
		return nil, false
	}
	last := len(parts) - 1
	lead, first := questionWords(kb, parts[0], true)
	parts[0] = first
	trail := ""
	if lead == "" {
		// Asked at the end ("… | Account Executive salary"); asked at the
		// start, the last part's words are its own ("salary of Payroll
		// Administrator | ADP Workforce Now").
		trail, parts[last] = questionWords(kb, parts[last], false)
	}
	var best *question
	rank := 0
	for _, part := range parts {
		if part == "" {
			continue
		}
		q := parseCut(kb, strings.TrimSpace(lead+" "+part+" "+trail), 1)
		if len(q.careers) != 1 || len(q.unknown) > 0 {
			continue
		}
		// A name of one career exactly, over one of several, over a
		// career found by search.
		// A catch-all ("Woodworkers, All Other" of "Hazmat/Tanker") is
		// no better than a career found by search.
		r := 1
		if p := q.careers[0]; p.exact && !p.career.CatchAll() {
			r = 2
			if len(p.others) == 0 {
				r = 3
			}
		}
		if r > rank {
			best, rank = q, r
		}
	}
	return best, best != nil
}

// questionWords splits a part of a headline into the question's words at its
// start (lead set) or its end, and the rest: "salary of" and "Staff
// Engineer" of "salary of Staff Engineer".
func questionWords(kb *knowledge.Base, part string, lead bool) (ask, rest string) {
	q := parseWhole(kb, part)
	toks := q.toks
	// Positions are in the text lexed, which a pay bound or years taken
	// out make shorter: a token not where it says in part leaves it whole.
	at := func(k int) bool {
		t := toks[k]
		return t.pos+len(t.raw) <= len(part) && part[t.pos:t.pos+len(t.raw)] == t.raw
	}
	named := func(i int) bool { return q.claimed[i] || q.inUnknown(i) }
	if lead {
		k := 0
		for k < len(toks) && !named(k) {
			k++
		}
		// Words just before the name that ask nothing are the part's own
		// ("law enforcement professional"), not the question's.
		for k > 0 && k < len(toks) && toks[k-1].kind == tokWord && onlyField(q.spanAt(k-1)) {
			k--
		}
		if k == 0 || k == len(toks) || !at(k) {
			return "", part
		}
		return strings.TrimSpace(part[:toks[k].pos]), strings.TrimSpace(part[toks[k].pos:])
	}
	k := len(toks)
	for k > 0 && !named(k-1) {
		k--
	}
	if k == len(toks) || k == 0 || !at(k) {
		return "", part
	}
	return strings.TrimSpace(part[toks[k].pos:]), strings.TrimSpace(part[:toks[k].pos])
}

// typedIn returns the words of pick p as text, the text q was read from,
// has them ("Sr. Mgr", which p.typed gives as "Sr Mgr").
func (q *question) typedIn(text string, p pick) (string, bool) {
	if strings.Contains(text, p.typed) {
		return p.typed, true
	}
	first, last := q.toks[p.start], q.toks[p.after-1]
	from, to := first.pos, last.pos+len(last.raw)
	if from < 0 || to > len(text) || from >= to || !strings.HasPrefix(text[from:], first.raw) || !strings.HasSuffix(text[:to], last.raw) {
		return "", false
	}
	return text[from:to], true
}

// kindAfter reads the plain words right after a title several careers
// share as which of them it is: "Adjunct Professor English" is an English
// teacher, as "English Adjunct Professor" would be.
func (q *question) kindAfter(kb *knowledge.Base) {
	for k := range q.careers {
		p := &q.careers[k]
		if !p.exact || len(p.others) == 0 {
			continue
		}
		var words []string
		for i := p.after; i < len(q.toks) && len(words) < 3; i++ {
			t := q.toks[i]
			if t.kind != tokWord || q.claimed[i] || q.inUnknown(i) || !onlyField(q.spanAt(i)) || isQuestionWord(t.val) || isStopWord(t.val) {
				break
			}
			words = append(words, t.raw)
		}
		if len(words) > 0 {
			p.chooseByWords(kb, strings.Join(words, " "))
		}
	}
}

// oneRole reports whether a name as typed is one word, after a rank
// ("Director", "Sr. Mgr").
func oneRole(typed string) bool {
	words := knowledge.Tokens(typed)
	return len(words) == 1 || len(words) == 2 && rankWords[words[0]]
}

// withField puts a qualifier before a title typed, after its rank: "Sr.
// Mgr" in finance is a "Sr. Finance Mgr", which reads the title without
// its rank where "Finance Sr. Mgr" reads no name.
func withField(typed, field string) string {
	if rank, role, ok := strings.Cut(typed, " "); ok && rankWords[knowledge.Normalize(rank)] {
		return rank + " " + field + " " + role
	}
	return field + " " + typed
}

// onlyField reports whether sp, a phrase of a question or nil, at most
// names a field of work ("law enforcement"): it asks nothing.
func onlyField(sp *vocabSpan) bool {
	if sp == nil {
		return true
	}
	for _, r := range sp.roles {
		if len(r.groups) == 0 || r.intent != "" || len(r.fields) > 0 || r.rank != 0 || r.level != "" || r.noDegree || r.talk != "" {
			return false
		}
	}
	return true
}

// maxCuts bounds how deep a question is read again without a rank, a
// qualifier or with a qualifier moved: each reading may read again up to
// four ways, so the work stays a few dozen readings whatever the text.
const maxCuts = 3

// parseCut is parse of a text that depth cuts made.
func parseCut(kb *knowledge.Base, cleaned string, depth int) *question {
	if strings.Contains(cleaned, "|") {
		if depth == 0 {
			if pq, ok := parsePipes(kb, cleaned); ok {
				return pq
			}
		}
		cleaned = strings.Join(strings.Fields(strings.ReplaceAll(cleaned, "|", " ")), " ")
	}
	q := parseWhole(kb, cleaned)
	if depth >= maxCuts {
		return q
	}
	parse := func(kb *knowledge.Base, s string) *question { return parseCut(kb, s, depth+1) }
	if s, ok := withoutInnerRank(q, cleaned); ok {
		// "tax senior associate": a rank inside a title, read without it
		// (a tax associate) when that leaves fewer words unknown.
		if rq := parse(kb, s); len(rq.unknown) < len(q.unknown) {
			q = rq
		}
	}
	if sq, ok := inSetting(kb, q, cleaned); ok {
		q = sq
	}
	head, qual, sep, ok := cutQualifier(cleaned)
	if !ok {
		return q
	}
	// The verb that ends a question is no qualifier: "how much does a
	// Research Scientist - Molecular Biology make" qualifies the title
	// with "Molecular Biology" and asks with "make"; "what does a
	// Paralegal, Litigation do" a litigation paralegal with "do".
	if sep == sepDash || sep == sepComma {
		f := strings.Fields(qual)
		// A question after the qualifier's words ("Diesel Mechanic - Fleet
		// Shop what do they do") asks of the title, whole.
		for k := 1; k < len(f); k++ {
			if w := strings.ToLower(strings.TrimRight(f[k], "?!.,")); w == "what" || w == "whats" || w == "what's" || w == "how" || w == "which" {
				head, qual = head+" "+strings.Join(f[k:], " "), strings.Join(f[:k], " ")
				f = f[:0]
				break
			}
		}
		if len(f) > 1 && askVerbs[strings.ToLower(strings.TrimRight(f[len(f)-1], "?!."))] {
			n := len(f) - 1
			if n > 1 && getVerbs[strings.ToLower(f[n-1])] {
				n-- // "… get paid"
			}
			head, qual = head+" "+strings.Join(f[n:], " "), strings.Join(f[:n], " ")
		}
	}
	// The words of asking that end a qualifier ask of the title ("Welder -
	// Night Shift salary"), when what is read without the qualifier asks
	// nothing (see asksToo).
	// field is the qualifier without them, to read before the title.
	var askTail string
	field := qual
	if sep == sepDash || sep == sepComma {
		f := strings.Fields(qual)
		n := len(f)
		for n > 1 && askWords[strings.ToLower(strings.TrimRight(f[n-1], "?!.,"))] {
			n--
		}
		askTail, field = strings.Join(f[n:], " "), strings.Join(f[:n], " ")
	}
	paren := sep == sepParen
	if paren && negated(qual) {
		// What the job is not ("Ambulance Driver (Non-EMT)", "(No CDL)")
		// names no career: the title without it.
		return parse(kb, head)
	}
	// A job ad's title with a qualifier after a dash ("Plant Manager -
	// Food Manufacturing", "Surgical Tech - OR"): the title before it
	// names the career, unless the whole names one of its own ("Cook -
	// Nursing Home": a nursing home cook). The qualifier's words are no
	// question ("- State Agency", "- Daily"), but a state it names in full
	// is kept.
	if q.signals[intentCompare] > 0 {
		return q // "compare nurse - electrician": a separator
	}
	if !paren && holdsOneOf(" "+phraseKey(qual)+" ", otherNames) {
		return q // "software engineer, other titles it goes by": the question
	}
	if qq, ok := qualifiedName(kb, q, head, qual); ok && !paren {
		// The qualifier and the title together are a name of their own:
		// "Project Manager, Construction" is a construction project
		// manager (Construction Managers), "Dispatcher - 911" a 911
		// dispatcher.
		return qq
	}
	// "Warehouse Associate - Forklift Operator": a title that says only
	// where one works, then the role of the job, named whole. Words of
	// asking around the title ask of the role ("how much does a Warehouse
	// Associate - Forklift Operator make").
	if sep == sepDash && len(q.careers) == 1 {
		if qq, ok := roleAfterDash(kb, q, head, qual, parse); ok {
			return qq
		}
		if qq, ok := supervisorAfterDash(kb, q, head, qual); ok {
			return qq // "Commercial Roofer - Foreman": a roofer foreman
		}
	}

	if sep == sepComma && q.tellsWork(kb) {
		return q // "I cut, style and color hair, …": the work listed, no title's qualifier
	}
	if sep == sepComma {
		if head, qual, ok = commaHead(kb, q, head, qual); !ok {
			return q
		}
	} else if asksOnly(kb, qual) {
		if rest, ok := withoutQualifierRank(qual); ok {
			// "Dentist - Associate salary", "Help Desk Technician - Tier 1
			// salary": a rank of the job, then the question.
			return parse(kb, head+" "+rest)
		}
		if len(q.careers) != 1 || q.careers[0].exact || !qualNamesCareer(kb, qual) || nameHoldsStem(q.careers[0].career.Name, headWord(head)) {
			return q // "millwright - what is that job exactly": the question
		}
		// "Ship Engineer - Merchant Marine salary": the industry named
		// after the title, which the whole read found neither of exactly
		// nor of the title's kind ("Lab Technician - Chemistry": Chemical
		// Technicians); the title, asked with the qualifier's words of
		// asking.
		var asks []string
		for _, w := range strings.Fields(qual) {
			if l := strings.ToLower(strings.TrimRight(w, "?!.,")); askWords[l] || questionOpeners[l] {
				asks = append(asks, w)
			}
		}
		hq := parse(kb, head+" "+strings.Join(asks, " "))
		if len(hq.careers) == 1 && hq.careers[0].exact && len(hq.careers[0].others) == 0 && len(hq.unknown) == 0 {
			// A title of one career only: one of several ("LCSW -
			// Outpatient Therapist") is the one the qualifier says.
			return hq
		}
		if len(hq.careers) == 1 && len(hq.unknown) == 0 && !within(q.careers[0].typed, head) && !sameCareer(parse(kb, qual), q) {
			// The whole read guessed from words of the qualifier that
			// alone name no such career ("Mobile Home Set-Up Crew -
			// Manufactured Housing Dealer pay": attendants, of "crew …
			// dealer"); the title's guess is the job.
			return hq
		}
		return q
	}
	hq := parse(kb, head)
	if len(hq.careers) != 1 || len(hq.unknown) > 0 {
		return q
	}
	if paren && len(q.careers) == 1 && q.careers[0].career != hq.careers[0].career && credential(qual) && namesWhole(hq.careers[0]) {
		// A credential ("(LMSW)") says less than a title of three words
		// or more whose career's name holds every one of them
		// ("Substance Abuse Social Worker").
		asksToo(kb, hq, askTail)
		return hq
	}
	if len(q.careers) == 1 && len(q.unknown) == 0 && q.careers[0].career != hq.careers[0].career &&
		(q.careers[0].exact && nameHolds(q.careers[0].matched, qual) && nameHolds(q.careers[0].matched, hq.careers[0].typed) ||
			paren && kindOf(kb, q.careers[0].career, hq.careers[0].typed, qual) && !sameCareer(parse(kb, qual), hq)) {
		return q
	}
	// Words in parentheses that name a career exactly say over a title
	// that names none ("groundskeeping crew (landscaping worker)").
	if typed := hq.careers[0].typed; paren && !hq.careers[0].exact && strings.Contains(head, typed) && !(credential(qual) && namesWhole(hq.careers[0])) {
		if iq := parse(kb, qual); len(iq.careers) == 1 && (iq.careers[0].exact || iq.careers[0].score > hq.careers[0].score) && len(iq.unknown) == 0 {
			if rq := parse(kb, strings.Replace(head, typed, qual, 1)); len(rq.careers) == 1 && rq.careers[0].career == iq.careers[0].career {
				hq = rq
			}
		}
	}
	// The qualifier may say which kind the title is, written before it:
	// "Cook - Nursing Home" is a nursing home cook, "Spanish Teacher -
	// Middle School" a middle school Spanish teacher.
	// Any qualifier may say which kind a generic title is ("Process
	// Engineer - Chemical", "Adjunct Instructor - Computer Science"), when
	// the career so read names it ("Chemical Engineers", "Computer Science
	// Teachers"); a title of one career keeps its career.
	settingQual := slices.ContainsFunc(knowledge.Tokens(qual), func(w string) bool { return settingWords[w] })
	generic := (len(hq.careers[0].others) >= sharedWidely || !hq.careers[0].exact) &&
		!(len(q.careers) == 1 && q.careers[0].exact && nameHolds(q.careers[0].matched, qual)) // a whole name as written stays
	if typed := hq.careers[0].typed; strings.Contains(head, typed) && (settingQual || generic) {
		// Read with its own qualifiers cut: the text has fewer separators.
		mq := parse(kb, strings.Replace(head, typed, withField(typed, field), 1))
		// A setting read by the search with the title is its kind too
		// ("Cook - Hospital": a hospital cook, an institution cook).
		bySetting := settingQual && len(hq.careers[0].others) >= sharedWidely && len(mq.careers) == 1 && !mq.careers[0].exact &&
			strings.Contains(strings.ToLower(mq.careers[0].typed), strings.ToLower(strings.TrimSpace(qual)))
		// Or a name found for the two that is still of the title's kind:
		// its head word ("Associate Professor - Mechanical Engineering": a
		// mechanical engineering professor, an engineering teacher).
		ofKind := len(mq.careers) == 1 && !mq.careers[0].exact && nameHoldsStem(mq.careers[0].matched, headWord(typed)) &&
			(nameHoldsStem(mq.careers[0].career.Name, qual) || nameHoldsStem(mq.careers[0].matched, qual))
		// A scientist of a science is its worker ("Research Scientist -
		// Molecular Biology": Molecular and Cellular Biologists), when the
		// career's own name holds the science.
		ofKind = ofKind || len(mq.careers) == 1 && !mq.careers[0].exact && scientistWords[knowledge.Normalize(headWord(typed))] &&
			nameHoldsLast(mq.careers[0].career.Name, qual)
		// Or a career of the title's occupational group whose name holds
		// the qualifier ("Assistant Professor - Mechanical Engineering":
		// Engineering Teachers, Postsecondary, as the title is Health
		// Specialties Teachers' among many).
		ofKind = ofKind || len(mq.careers) == 1 && !mq.careers[0].exact && nameHoldsStem(mq.careers[0].career.Name, qual) &&
			sameGroup(mq.careers[0].career, hq.careers[0].career)
		// A name read whole must be of the title too: "Mobile Home Set-Up
		// Crew - Manufactured Housing Dealer" is no dealer.
		whole := len(mq.careers) == 1 && mq.careers[0].exact && nameHolds(mq.careers[0].matched, qual) && nameHoldsStem(mq.careers[0].matched, headWord(typed))
		if len(mq.careers) == 1 && (whole || bySetting || ofKind) && len(mq.unknown) == 0 && mq.careers[0].career != hq.careers[0].career &&
			len(mq.states) == len(hq.states) && maps.Equal(mq.signals, hq.signals) &&
			(settingQual || ofKind || nameHoldsStem(mq.careers[0].career.Name, qual)) {
			hq = mq
		}
	}
	// A role of one word (and its rank) before a comma is inverted, as directories write
	// it ("Director, Marketing"; "Lecturer, Electrical Engineering"): the
	// qualifier is its field, read before it. The text read again has
	// fewer commas than this one, or reading it might never end.
	if typed, ok := hq.typedIn(head, hq.careers[0]); ok && sep == sepComma && oneRole(typed) &&
		strings.Count(head, ",")+strings.Count(qual, ",") < strings.Count(cleaned, ",") {
		mq := parse(kb, strings.Replace(head, typed, withField(typed, field), 1))
		if len(mq.careers) == 1 && len(mq.unknown) == 0 && len(mq.states) == len(hq.states) && maps.Equal(mq.signals, hq.signals) {
			hq = mq
		}
	}
	// A title several careers share: the qualifier says which ("Utility
	// Worker - Water Distribution" is a water plant operator's, "Floorhand
	// - Drilling Rig" a rotary drill operator's).
	hq.careers[0].chooseByWords(kb, qual)
	for _, m := range statesIn(qual) {
		// In full: more than a code's two letters ("(D.C.)" after a
		// chiropractor is the degree).
		if len(strings.ReplaceAll(qual[m.Start:m.End], ".", "")) > 2 && !m.dup && !slices.ContainsFunc(hq.states, func(h stateMention) bool { return h.State == m.State }) {
			hq.states = append(hq.states, m)
		}
	}
	if !hq.judge.ok {
		// "got offered 85000 for a nurse job in texas, good offer?": the
		// figure and its judgement are on the two sides of the cut.
		hq.judge = q.judge
	}
	asksToo(kb, hq, askTail)
	return hq
}

// asksToo gives q, read from a title without its qualifier, what the words
// of asking that ended the qualifier ask ("salary"), when q asks nothing.
func asksToo(kb *knowledge.Base, q *question, asks string) {
	if len(q.signals) > 0 || len(q.fields) > 0 || asks == "" {
		return
	}
	if aq := parseWhole(kb, asks); len(aq.careers) == 0 && len(aq.unknown) == 0 {
		for intent, n := range aq.signals {
			for range n {
				q.addSignal(intent)
			}
		}
		q.fields = aq.fields
	}
}

// headNounAt reports whether the word at i, as typed, is a head noun of
// names: "Operator" is; "Pharmacy", normalised to the pharmacist, is not.
func (q *question) headNounAt(kb *knowledge.Base, i int) bool {
	t := q.toks[i]
	w := strings.ToLower(t.raw)
	return kb.HeadNoun(w) || strings.TrimSuffix(w, "s") == t.val && kb.HeadNoun(t.val)
}

// broadTitleHeads end titles that say where one works but not what one
// does there: "Warehouse Associate", "Team Member", "Crew Member".
var broadTitleHeads = setOf(`associate associates member members crew staff employee employees worker team`)

// qualifiedName reads a title's qualifier before the title, when the two
// are one name: the question read so, with its question words. A rank
// before the title may be left out of the name ("Senior Project Manager,
// Construction", "Sr. Project Manager - Construction").
func qualifiedName(kb *knowledge.Base, q *question, head, qual string) (*question, bool) {
	if len(q.careers) != 1 {
		return nil, false
	}
	nameWords := func(s string) []string {
		var out []string
		for _, w := range knowledge.Tokens(s) {
			if !isQuestionWord(w) && !isStopWord(w) && !functionWords[w] {
				out = append(out, w)
			}
		}
		return out
	}
	before, title := nameWords(qual), nameWords(head)
	if !q.careers[0].exact && !slices.Equal(title, nameWords(q.careers[0].typed)) {
		// A guess from words of the title is no name to qualify; a generic
		// name that is the whole title is ("Manager, Finance": a finance
		// manager).
		return nil, false
	}
	if len(before) == 0 || len(title) == 0 || slices.ContainsFunc(before, func(w string) bool { return slices.Contains(knowledge.Tokens(q.careers[0].typed), w) }) {
		return nil, false // a name with a comma of its own ("Cage Maker, Machine")
	}
	if len(before) == 1 && len(before[0]) <= 3 && !isDigits(before[0]) || len(title) == 1 && len(title[0]) <= 4 {
		return nil, false // "Surgical Tech - OR", "CSR - Insurance": initials say too little
	}
	ms := kb.Exact(append(slices.Clip(before), title...))
	if unranked := slices.DeleteFunc(slices.Clone(title), func(w string) bool { return rankWords[w] }); len(ms) == 0 && len(unranked) > 0 && len(unranked) < len(title) {
		// "Senior Project Manager, Construction", as directories and job
		// ads write a title and its field: a construction project
		// manager of rank.
		ms = kb.Exact(append(slices.Clip(before), unranked...))
	}
	if len(ms) == 0 && strings.Contains(qual, "/") && (!strings.ContainsAny(qual, "$0123456789") || reSlashAlternatives.MatchString(qual)) {
		// "Dispatcher - 911/Emergency Communications": one of the
		// qualifier's alternatives, with the title, is a name.
		for _, alt := range strings.Split(qual, "/") {
			if words := nameWords(alt); len(words) > 0 {
				if ms = kb.Exact(append(words, title...)); len(ms) > 0 {
					break
				}
			}
		}
	}
	if len(ms) == 0 || ms[0].Career == q.careers[0].career {
		return nil, false
	}
	qq := *q
	qq.careers = []pick{q.careers[0]}
	p := &qq.careers[0]
	p.career, p.matched, p.others, p.exact = ms[0].Career, ms[0].Name, nil, true
	// The qualifier's words are of the name now, no career unknown
	// ("Senior Director, Marketing").
	qq.unknown, qq.unknownAt = nil, nil
	for k, u := range q.unknown {
		if !within(u, qual) {
			qq.unknown = append(qq.unknown, u)
			if k < len(q.unknownAt) {
				qq.unknownAt = append(qq.unknownAt, q.unknownAt[k])
			}
		}
	}
	return &qq, true
}

// reSlashAlternatives is a qualifier of alternatives that starts with a
// number that is no pay ("911/Emergency Communications"); other figures
// in a qualifier are pay ("$22-25/hr").
var reSlashAlternatives = regexp.MustCompile(`^\s*\d+\s*/\s*[A-Za-z]`)

// commaHead returns the text to read without what follows a title's
// comma, when that qualifies the title ("Endodontist, Private Practice")
// rather than going on with the question ("nurse, electrician and
// plumber", "nurses, what do they make"): it names no career whole and
// asks nothing but with words no question has ("Mechanical Engineer,
// Hydraulic Cylinders salary"), and the whole text was not read as careers
// named whole. The text returned keeps the qualifier's question words; the
// qualifier returned is without them ("Hydraulic Cylinders").
func commaHead(kb *knowledge.Base, q *question, head, qual string) (string, string, bool) {
	// Careers named whole, unless one, the whole of what is before the
	// comma ("Assistant Professor, Mechanical Engineering": the qualifier
	// read as no career).
	if len(q.unknown) == 0 && len(q.careers) > 0 && !slices.ContainsFunc(q.careers, func(p pick) bool { return !p.exact }) &&
		!(len(q.careers) == 1 && strings.EqualFold(strings.Join(strings.Fields(head), " "), q.careers[0].typed)) {
		return "", "", false
	}
	if w := strings.Fields(strings.ToLower(qual)); len(w) > 0 && (w[0] == "same" || slices.Contains(w, "question")) {
		return "", "", false // "and web developers, same question": a follow-up
	}
	// A setting ("School-Based", "High School") asks nothing.
	qq := parseWhole(kb, strings.Join(slices.DeleteFunc(strings.FieldsFunc(qual, func(r rune) bool { return r == ' ' || r == '-' }),
		func(w string) bool { return settingWords[strings.ToLower(w)] }), " "))
	named := func(p pick) bool {
		words := knowledge.Tokens(p.typed)
		return p.exact && len(words) > 0 && kb.HeadNoun(words[len(words)-1])
	}
	if len(qq.careers) > 0 && len(qq.unknown) == 0 && !slices.ContainsFunc(qq.careers, func(p pick) bool { return !named(p) }) {
		return "", "", false // a list of careers, named as people ("plumber"; not "Dermatology")
	}
	if len(qq.signals) == 0 {
		return head, qual, true
	}
	// Question words after the qualifier: kept, without the words that
	// name no career whole.
	rest, loose := qual, len(qq.unknown) > 0
	for _, u := range qq.unknown {
		rest = strings.Replace(rest, u, " ", 1)
	}
	for _, p := range qq.careers {
		if named(p) {
			return "", "", false
		}
		loose = true
		rest = strings.Replace(rest, p.typed, " ", 1)
	}
	if !loose {
		return "", "", false // "…, and what skills do they need"
	}
	asked := strings.Fields(rest)
	qualName := slices.DeleteFunc(strings.Fields(qual), func(w string) bool {
		if i := slices.Index(asked, w); i >= 0 {
			asked = slices.Delete(asked, i, i+1)
			return true
		}
		return false
	})
	return head + " " + strings.Join(strings.Fields(rest), " "), strings.Join(qualName, " "), true
}

// reGrades are the grades a school job names ("(K-5)", "Grade 9",
// "Grades 6-8"): read as the school level they are.
var reGrades = regexp.MustCompile(`(?i)\b(?:grades?\s*(\d{1,2})(?:\s*-\s*\d{1,2})?|(?:pre-?k|k)\s*-\s*(\d{1,2}))\b`)

// gradesSaid writes grades as the school level they are: up to 5th grade
// elementary, 6th to 8th middle, 9th to 12th high school; from
// kindergarten up, the highest grade says which ("K-5", "K-8": elementary).
func gradesSaid(s string) string {
	if !strings.ContainsAny(s, "0123456789") || !strings.ContainsAny(s, "gGkK") {
		return s
	}
	return reGrades.ReplaceAllStringFunc(s, func(m string) string {
		sub := reGrades.FindStringSubmatch(m)
		n, upTo := atoi(sub[1]), false
		if sub[1] == "" {
			n, upTo = atoi(sub[2]), true
		}
		switch {
		case n < 1 || n > 12 || upTo && n == 12:
			return m // "K-12": every level
		case upTo && n == 9:
			return m // "K-9 Officer": a police dog's handler
		case n <= 5 || upTo && n <= 8:
			return "elementary school"
		case n <= 8:
			return "middle school"
		}
		return "high school"
	})
}

// questionOpeners begin a question.
var questionOpeners = setOf("what whats what's which how who where why when is are do does can could tell explain any")

// asksOnly reports whether a qualifier is a question and nothing else:
// question words, and no word that names no career whole.
func asksOnly(kb *knowledge.Base, qual string) bool {
	words := strings.Fields(strings.ToLower(qual))
	if len(words) == 0 {
		return false
	}
	// A question word first, or a word that can only ask ("- outlook",
	// "- top skills pls"); not "Substitute Teacher - Daily" or
	// "Automotive Technician - Master Certified".
	if !questionOpeners[strings.TrimRight(words[0], "?!.,")] &&
		!slices.ContainsFunc(words, func(w string) bool { w = strings.TrimRight(w, "?!.,"); return askWords[w] || orderWords[w] }) {
		return false
	}
	qq := parseWhole(kb, qual)
	return len(qq.signals) > 0 && len(qq.unknown) == 0 && len(qq.states) == 0 && !slices.ContainsFunc(qq.careers, func(p pick) bool { return !p.exact })
}

// orderWords ask for the top or bottom of a ranking ("- lowest paying
// state?").
var orderWords = setOf(`lowest highest best worst most least cheapest richest`)

// qualNamesCareer reports whether a qualifier names a career exactly.
func qualNamesCareer(kb *knowledge.Base, qual string) bool {
	return slices.ContainsFunc(parseWhole(kb, qual).careers, func(p pick) bool { return p.exact })
}

// withoutQualifierRank returns a title's qualifier without the rank it
// opens with ("Associate salary": salary; "Tier 1 salary": salary), and
// whether it had one and something after it.
func withoutQualifierRank(qual string) (string, bool) {
	words := strings.Fields(qual)
	n := 0
	for n < len(words) {
		w := strings.ToLower(strings.TrimRight(words[n], ",.:"))
		switch {
		case qualifierRanks[w] || rankWords[w]:
			n++
		case n > 0 && (isDigits(w) || romanLevels[w]) && (strings.EqualFold(words[n-1], "tier") || strings.EqualFold(words[n-1], "level")):
			n++
		default:
			return strings.Join(words[n:], " "), n > 0 && n < len(words)
		}
	}
	return "", false
}

// qualifierRanks are ranks a job ad writes after a dash: "Dentist -
// Associate", "Help Desk - Tier 1".
var qualifierRanks = setOf(`associate tier level entry staff chief head assistant sr jr`)

// romanLevels are a level's numbers as job ads write them.
var romanLevels = setOf(`i ii iii iv v`)

// askWords ask something alone after a dash ("zookeepers - outlook").
var askWords = setOf("outlook salary salaries pay wages skills education duties growth training degree requirements software tools description responsibilities tasks role explained eli5 trend trends future demand hourly median percentile openings projections knowledge")

// reSetting finds a school level or a workplace said apart from a generic
// name ("teacher salary in new mexico for high school").
var reSetting = regexp.MustCompile(`(?i)\b(?:for|in|at|of)\s+(?:an?\s+|the\s+|my\s+|our\s+)?(high school|middle school|elementary school|elementary|kindergarten|preschool|college|university|hospital|vet clinic|vet office|vet hospital|veterinary clinic|veterinary hospital|veterinary office|animal hospital|animal clinic|dental office|dental clinic|dentist office|dentist's office|dental practice|law firm|law office)s?\b`)

// workplaceKinds are the kinds of work a workplace says, written before a
// generic name: "a nurse at a vet clinic" is a veterinary nurse.
var workplaceKinds = map[string][]string{
	"vet clinic": vet, "vet office": vet, "vet hospital": vet, "veterinary clinic": vet,
	"veterinary hospital": vet, "veterinary office": vet, "animal hospital": vet, "animal clinic": vet,
	"dental office": dental, "dental clinic": dental, "dentist office": dental, "dentist's office": dental, "dental practice": dental,
	"law firm": legal, "law office": legal,
}

var vet, dental, legal = []string{"veterinary", "animal"}, []string{"dental"}, []string{"legal", "law"}

// inSetting reads a generic name with the setting said apart from it, when
// together they name one career: a teacher "for high school" is a high
// school teacher.
func inSetting(kb *knowledge.Base, q *question, cleaned string) (*question, bool) {
	if len(q.careers) != 1 || len(q.careers[0].others) == 0 || !strings.Contains(cleaned, q.careers[0].typed) {
		return nil, false
	}
	m := reSetting.FindStringSubmatchIndex(cleaned)
	typed := q.careers[0].typed
	if m == nil {
		return nil, false
	}
	if at := strings.Index(cleaned, typed); m[1] > at && m[0] < at+len(typed) {
		return nil, false // the setting is a word of the name ("middle school teacher")
	}
	setting := cleaned[m[2]:m[3]]
	kinds := []string{setting}
	if ks, ok := workplaceKinds[strings.ToLower(setting)]; ok {
		kinds = ks // "a doctor at a vet clinic" is a veterinary or animal doctor
	}
	s := cleaned[:m[0]] + cleaned[m[1]:]
	if !strings.Contains(s, typed) {
		return nil, false
	}
	for _, kind := range kinds {
		sq := parseWhole(kb, strings.Replace(s, typed, kind+" "+typed, 1))
		if len(sq.careers) == 1 && sq.careers[0].exact && len(sq.unknown) == 0 && sq.careers[0].career != q.careers[0].career &&
			len(sq.states) == len(q.states) {
			return sq, true
		}
	}
	return nil, false
}

// sameCareer reports whether two readings name one career, the same:
// "Airline Pilot (First Officer)" says the pilot's title twice.
func sameCareer(a, b *question) bool {
	return len(a.careers) == 1 && len(b.careers) == 1 && a.careers[0].career == b.careers[0].career
}

// kindOf reports whether c is a kind of the title typed that the
// qualifier names: one of c's names has the title's head noun as its own
// and holds a word of the qualifier that the title does not ("ICU Nurse"
// for "Registered Nurse (ICU)").
func kindOf(kb *knowledge.Base, c *knowledge.Career, typed, qual string) bool {
	words := knowledge.Tokens(typed)
	if len(words) == 0 {
		return false
	}
	var own []string
	for _, w := range knowledge.Tokens(qual) {
		if !slices.Contains(words, w) {
			own = append(own, w)
		}
	}
	return kb.NameWith(c, words[len(words)-1], own)
}

// settingWords are the words of a qualifier that may say which of its
// kinds a title is: the school level of a teacher, the institution of a
// cook or an aide.
var settingWords = setOf("school elementary middle high kindergarten preschool college university grade nursing hospital correctional prison jail assisted institution cafeteria healthcare health medical clinical")

// The separators a qualifier is cut at (cutQualifier).
const (
	sepParen = '(' // "Life Actuary (ASA)"
	sepDash  = '-' // "Cook - Nursing Home", "Onboarding Specialist | People Ops"
	sepComma = ',' // "Endodontist, Private Practice"
)

// The most commas (or dashes) and parentheses a title with a qualifier
// has ("Technician, Biological, Health", "Echo Tech (RDCS) (Hospital)"):
// more make a list, and each qualifier cut reads the text again.
const (
	maxTitleCommas = 3
	maxTitleParens = 2
)

// supervisorAfterDash reads a title, a dash and a supervisor's word
// ("Roofer - Foreman", "Line Cook - Supervisor") as the supervisor of the
// title's workers, when the two read together name
// a supervisor's or a manager's career.
func supervisorAfterDash(kb *knowledge.Base, q *question, head, qual string) (*question, bool) {
	f := knowledge.Tokens(qual)
	if len(f) == 0 || !supervisorWords[f[0]] || slices.ContainsFunc(f[1:], func(w string) bool { return !askWords[w] && !askVerbs[w] && !manyWords[w] }) {
		return nil, false
	}
	// Read whole, as said (the text has no dash left to cut), else with
	// the title's head noun only: a "Commercial Roofer Foreman" is a
	// roofer foreman.
	texts := []string{head + " " + qual}
	if p := q.careers[0]; p.after > p.start+1 {
		// The words around the title ask: "how much do Commercial Roofer
		// - Foreman jobs pay" is "how much do Roofer Foreman jobs pay".
		noun := q.toks[p.after-1]
		if end := noun.pos + len(noun.raw); end <= len(head) && head[noun.pos:end] == noun.raw {
			texts = append(texts, head[:q.toks[p.start].pos]+noun.raw+" "+qual+head[end:])
		}
	}
	for _, text := range texts {
		qq := parse(kb, text)
		if len(qq.careers) != 1 || len(qq.unknown) > 0 {
			continue
		}
		if name := qq.careers[0].career.Name; strings.Contains(name, "Supervisors") || strings.Contains(name, "Managers") {
			return qq, true
		}
	}
	return nil, false
}

// roleAfterDash reads a title that says only where one works, a dash and
// the role of the job named whole, as that role; the question's words
// around the title (lead, tail) ask of it.
func roleAfterDash(kb *knowledge.Base, q *question, head, qual string, parse func(*knowledge.Base, string) *question) (*question, bool) {
	lead, title := "", head
	if q.careers[0].start > 0 {
		if lead, title = questionWords(kb, head, true); lead == "" {
			return nil, false
		}
	}
	tail, title := questionWords(kb, title, false)
	f := strings.Fields(strings.ToLower(title))
	if len(f) == 0 || !broadTitleHeads[f[len(f)-1]] {
		return nil, false
	}
	qq := parse(kb, strings.TrimSpace(lead+" "+qual+" "+tail))
	// A job's name, not a department's ("Store Associate - Pharmacy"), nor
	// initials ("- PT, seasonal": part-time).
	ok := len(qq.careers) == 1 && qq.careers[0].exact && len(qq.unknown) == 0 && qq.careers[0].career != q.careers[0].career &&
		qq.headNounAt(kb, qq.careers[0].after-1) && len(qq.toks[qq.careers[0].after-1].raw) > 3
	return qq, ok
}

// getVerbs say a pay is got: "what does a Sous Chef - Hotel Banquets get
// paid".
var getVerbs = setOf(`get gets getting got`)

// cutQualifier splits off a title's qualifier: the words in parentheses
// ("Life Actuary (ASA)", "Division Controller (Building Products)"), else
// those after a spaced dash or bar ("Cook - Nursing Home"), else after the
// first comma ("Rector, Episcopal Parish"). sep says which.
func cutQualifier(s string) (head, qual string, sep byte, ok bool) {
	if i := strings.IndexByte(s, '('); i >= 0 && strings.Count(s, "(") <= maxTitleParens {
		inner, after, _ := strings.Cut(s[i+1:], ")")
		head = strings.TrimSpace(strings.TrimSpace(s[:i]) + " " + strings.TrimSpace(after))
		// A credential ("(ASA)", "(PMP)"), a setting ("(ICU)") or an
		// employer's detail ("(Building Products)"). But a title's own
		// initials ("Nuclear Plant Operator (NPO)") and the title spelled
		// out ("A/C Mechanic (Air Conditioner Mechanic)", "RN (Registered
		// Nurse)") are names of it, read with the title.
		if inner = strings.TrimSpace(inner); head != "" && inner != "" && !initialsOf(s[:i], inner) && !spelledOut(s[:i], inner) {
			return head, inner, sepParen, true
		}
	}
	for _, sep := range []string{" - ", " – ", " — ", " | "} {
		if h, q, found := strings.Cut(s, sep); found && h != "" && q != "" && strings.Count(s, sep) <= maxTitleCommas {
			return h, q, sepDash, true
		}
	}
	if h, q, found := strings.Cut(s, ","); found && strings.TrimSpace(h) != "" && strings.TrimSpace(q) != "" && strings.Count(s, ",") <= maxTitleCommas {
		return strings.TrimSpace(h), strings.TrimSpace(q), sepComma, true
	}
	return "", "", 0, false
}

// sameGroup reports whether two occupations are of one SOC minor group
// ("25-1071" and "25-1032": postsecondary teachers).
func sameGroup(a, b *knowledge.Career) bool {
	x, y := strings.TrimPrefix(a.Key, "onet:"), strings.TrimPrefix(b.Key, "onet:")
	return len(x) >= 4 && len(y) >= 4 && x[:4] == y[:4] && strings.HasPrefix(a.Key, "onet:") && strings.HasPrefix(b.Key, "onet:")
}

// credential reports whether a title's qualifier is one set of capitals,
// as a licence or certificate is written ("LMSW", "CDL-A").
func credential(qual string) bool {
	return len(strings.Fields(qual)) == 1 && isUpper(strings.ReplaceAll(qual, "-", ""))
}

// namesWhole reports whether p was read from three words or more that its
// career's name holds every one of: a title as specific as a credential
// ("Registered Nurse (ICU)" is a critical care nurse).
func namesWhole(p pick) bool {
	typed := knowledge.Tokens(p.typed)
	name := knowledge.Tokens(p.career.Name)
	return len(typed) > 2 && !slices.ContainsFunc(typed, func(w string) bool { return !slices.Contains(name, w) })
}

// negated reports whether a title's qualifier says what the job is not:
// "Non-EMT", "non union", "No CDL", "not remote".
func negated(qual string) bool {
	f := strings.Fields(strings.ToLower(qual))
	return len(f) > 0 && (strings.HasPrefix(f[0], "non-") || len(f) > 1 && (f[0] == "non" || f[0] == "no" || f[0] == "not"))
}

// headWord is the last word of a title as typed, its head noun
// ("associate professor": professor).
func headWord(typed string) string {
	f := strings.Fields(typed)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// spelledOut reports whether words in parentheses spell out or say over
// the title before them: they hold one of its words ("A/C Mechanic (Air
// Conditioner Mechanic)"), or their initials are one of its words ("RN
// (Registered Nurse)").
func spelledOut(title, inner string) bool {
	words, in := knowledge.Tokens(title), knowledge.Tokens(inner)
	if len(strings.Fields(inner)) < 2 || len(words) == 0 || len(in) == 0 {
		return false // one word is a credential or a setting
	}
	// A word of the title again ("Cataloging Library Technical Assistant
	// (Cataloging LTA)") says it over, not where or for whom.
	if slices.ContainsFunc(in, func(w string) bool { return slices.Contains(words, w) }) {
		return true
	}
	return slices.ContainsFunc(strings.Fields(title), func(w string) bool { return initialsOf(inner, w) })
}

// withoutInnerRank returns the question without the first word of rank
// ("senior", "jr") inside a name it could not read.
func withoutInnerRank(q *question, cleaned string) (string, bool) {
	for _, u := range q.unknown {
		words := strings.Fields(u)
		for k, w := range words {
			if k > 0 && rankWords[knowledge.Normalize(w)] {
				fixed := strings.Join(slices.Delete(slices.Clone(words), k, k+1), " ")
				// The name as typed may not stand in the text as it is:
				// then it is left alone, never read again unchanged.
				if s := strings.Replace(cleaned, u, fixed, 1); s != cleaned {
					return s, true
				}
				return "", false
			}
		}
	}
	return "", false
}

// initialsOf reports whether abbr is made of the first letters of words
// of text in a row ("NPO" of "Nuclear Plant Operator", "EH & S" of
// "Environmental Health and Safety Advisor"), leaving out "and" and "of".
func initialsOf(text, abbr string) bool {
	letters := strings.ToLower(strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r
		}
		return -1
	}, abbr))
	var firsts []byte
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return r == ' ' || r == '-' || r == '/' }) {
		if w != "and" && w != "of" && w != "&" && w[0] < utf8.RuneSelf {
			firsts = append(firsts, w[0])
		}
	}
	return len(letters) >= 2 && strings.Contains(string(firsts), letters)
}

// sharedWidely is how many careers besides its own a title must fit to
// be read as generic, whose qualifier may say which kind it is: "Process
// Engineer" fits five others; "Deckhand", two, keeps its career.
const sharedWidely = 3

// nameHoldsStem reports whether a name holds a word of text, or one
// beginning as it does ("Chemical" for "chemistry"): the first five
// letters of words of five or more.
// chooseByWords makes the pick, when O*NET gives its name as typed to
// other careers too and the career picked is not the one whose own title
// says the job, the one of them whose own name holds most of the words of
// text, if it holds more of them than the career picked.
func (p *pick) chooseByWords(kb *knowledge.Base, text string) {
	// The name as matched: "shift leads" is read as "Shift Supervisor".
	typed := knowledge.Tokens(p.typed)
	if p.exact && p.matched != "" {
		typed = knowledge.Tokens(p.matched)
	}
	if len(p.others) == 0 || len(typed) == 0 {
		return
	}
	// The career whose own title says the job stays: a "Front Desk
	// Receptionist - Medical Office" is a receptionist, though O*NET
	// lists the title with medical secretaries too.
	same := kb.Exact(typed)
	if p.exact && p.matched != "" {
		// And as typed: "Flexo Press Operator" is also a printing press
		// operator's "Flexographic Press Operator".
		same = append(same, kb.Exact(knowledge.Tokens(p.typed))...)
	}
	titled := func(c *knowledge.Career) bool {
		return slices.ContainsFunc(knowledge.Tokens(c.Name), func(x string) bool { return sameWord(x, typed[len(typed)-1]) })
	}
	// Words said negated ("Non-Emergency", "no CDL") say what the job
	// is not, as a name's "Except …" does.
	var words, negated []string
	negate := false
	for _, w := range knowledge.Tokens(text) {
		if w == "non" || w == "no" || w == "not" {
			negate = true
			continue
		}
		if r, ok := strings.CutPrefix(w, "non"); ok && len(r) > 4 {
			w, negate = r, true
		}
		if len(w) > 2 && !isStopWord(w) && !isQuestionWord(w) && !functionWords[w] && !placeNouns[w] {
			if negate {
				negated = append(negated, w)
			} else {
				words = append(words, w)
				words = append(words, kindWords[w]...)
			}
		}
		negate = false
	}
	held := func(c *knowledge.Career) int {
		name, not := nameAndNot(c)
		count := func(ws, in []string) int {
			k := 0
			for _, w := range ws {
				if slices.ContainsFunc(in, func(x string) bool { return sameWord(w, x) }) {
					k++
				}
			}
			return k
		}
		return count(words, name) - count(words, not) + count(negated, not) - count(negated, name)
	}
	// The career whose own title says the job stays (above), unless the
	// others' titles say it too ("Shift Supervisor": of food service
	// workers, of retail sales workers) or its title says it is not what
	// the words say ("Food Servers, Nonrestaurant" at a restaurant): the
	// words choose.
	if titled(p.career) && !slices.ContainsFunc(same, func(m knowledge.Match) bool { return m.Career != p.career && titled(m.Career) }) && held(p.career) >= 0 {
		return
	}
	best, most := -1, held(p.career)
	for k, o := range p.others {
		if !slices.ContainsFunc(same, func(m knowledge.Match) bool { return m.Career == o }) {
			continue
		}
		if n := held(o); n > most {
			best, most = k, n
		}
	}
	if best < 0 {
		return
	}
	chosen := p.others[best]
	p.others = append([]*knowledge.Career{p.career}, slices.Delete(slices.Clone(p.others), best, best+1)...)
	p.career, p.matched = chosen, chosen.Name
}

// nameAndNot returns the words of a career's name that say what it is and
// those that say what it is not: "…, Except Special Education" ("a
// Paraprofessional - Special Ed" is the other one), "Food Servers,
// Nonrestaurant" (a server at a restaurant is the other one).
func nameAndNot(c *knowledge.Career) (name, not []string) {
	name = knowledge.Tokens(c.Name)
	if k := slices.Index(name, "except"); k >= 0 {
		name, not = name[:k], name[k+1:]
	}
	for _, x := range name {
		if r, ok := strings.CutPrefix(x, "non"); ok && len(r) > 3 {
			not = append(not, r)
		}
	}
	return name, not
}

// placeNouns say where any job is done, not which kind it is: a
// "Maintenance Supervisor - Food Manufacturing Plant" supervises
// mechanics, no power plant's manager.
var placeNouns = setOf(`plant facility site center centre shop store company office location department dept unit campus`)

// kindWords are what a qualifier's word says in the words of career
// names: a "Farm Hand - Dairy" works with animals, not crops.
var kindWords = map[string][]string{
	"dairy": {"animal"}, "livestock": {"animal"}, "cattle": {"animal"}, "poultry": {"animal"}, "hog": {"animal"}, "swine": {"animal"},
	"horse": {"animal"}, "equine": {"animal"}, "ranch": {"ranch", "animal"}, "orchard": {"crop"}, "vineyard": {"crop"}, "harvest": {"crop"},
	"hospital": {"healthcare"}, "clinic": {"healthcare"}, "medical": {"healthcare"}, "hospice": {"healthcare"},
	"disability": {"special"}, "disabilities": {"special"}, "disabled": {"special"}, "autism": {"special"}, "autistic": {"special"},
	// Software is a technical product: "Inside Sales Rep - SaaS".
	"saas": {"technical"}, "software": {"technical"}, "tech": {"technical"},
	"oil": {"petroleum"}, // "Reservoir Engineer (Oil & Gas)"
}

// sameWord reports whether two normalised words are one word, or one is
// the other with an ending ("drilling", "drill"): "mechanical" is no
// "mechanic", "management" no "manager".
func sameWord(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if a == b {
		return true
	}
	end, ok := strings.CutPrefix(a, b)
	if ok && len(b) >= 4 && wordEndings[end] {
		return true
	}
	// A science and its workers: "biology", "biological", "biologist".
	end, ok = strings.CutPrefix(a, strings.TrimSuffix(b, "y"))
	if ok && len(b) >= 5 && strings.HasSuffix(b, "y") && scienceEndings[end] {
		return true
	}
	for _, pair := range [2][2]string{{a, b}, {b, a}} {
		if w, ok := scienceWorkers[pair[0]]; ok && (pair[1] == w || pair[1] == w+"s") {
			return true
		}
	}
	return false
}

// scienceEndings make of a science (its "y" left off) the adjective or its
// worker.
var scienceEndings = setOf(`ical ic ist ists`)

// scienceWorkers are the sciences whose workers' names are not the
// science's with an ending.
var scienceWorkers = map[string]string{
	"chemistry": "chemist", "physics": "physicist", "economics": "economist",
	"mathematics": "mathematician", "statistics": "statistician", "astronomy": "astronomer",
}

// wordEndings make another form of a word.
var wordEndings = setOf(`s es ing er ers ed`)

func nameHoldsStem(name, text string) bool {
	words := knowledge.Tokens(name)
	for _, w := range knowledge.Tokens(text) {
		for _, n := range words {
			if n == w || len(w) >= 5 && len(n) >= 5 && n[:5] == w[:5] {
				return true
			}
		}
	}
	return false
}

// askVerbs end questions after a career's name ("how much does a nurse
// make").
var askVerbs = setOf(`make makes earn earns do does paid`)

// scientistWords are heads of titles that say only that someone does
// science, not which.
var scientistWords = setOf(`scientist scientists researcher researchers`)

// nameHoldsLast reports whether a name holds the last word of text, or
// another form of it (sameWord: "biology", "biologists").
func nameHoldsLast(name, text string) bool {
	words := knowledge.Tokens(text)
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	return slices.ContainsFunc(knowledge.Tokens(name), func(n string) bool { return sameWord(n, last) })
}

// nameHolds reports whether a name holds a word of text, normalised.
func nameHolds(name, text string) bool {
	words := knowledge.Tokens(name)
	for _, w := range knowledge.Tokens(text) {
		if slices.Contains(words, w) {
			return true
		}
	}
	return false
}

// parseWhole is parse of the whole text, as said writes it.
// loose is the score below which a name found by search is too loose a
// match to stand against small talk.
const loose = 0.5

func parseWhole(kb *knowledge.Base, cleaned string) *question {
	// States are no career names: taken out first ("registered nurse
	// salary in texas"), kept for the answer.
	states := statesIn(cleaned)
	bound, rest := payBoundIn(withoutStateMentions(cleaned, states))
	years, seasoned, rest := experienceIn(rest)
	q := &question{toks: respell(kb, lex(rest)), signals: map[string]int{}, states: distinctStates(states), bound: bound, years: years, seasoned: seasoned,
		convert: payConversionIn(cleaned), judge: payJudgedIn(cleaned)}
	if q.judge.ok && q.bound.set() && q.bound.said(q.judge) {
		// "im a nurse making 80k is that good": the figure to judge, no
		// limit of pay.
		q.bound = payBound{}
	}
	q.takeEmployer()
	q.claimed = make([]bool, len(q.toks))
	q.claimNames(kb)
	q.spans = q.readVocabulary()
	q.searchNames(kb, q.spans)
	q.sharedTail(kb)
	q.dropFieldNames()
	q.joinOf(kb)
	q.mergeAdjacent(kb)
	q.joinNames(kb)
	q.joinMembers(kb)
	q.dropUnseparated()
	q.dropRestated()
	q.dropAcronymQualifier(kb)
	q.dropSpeakers()
	q.dropLiked()
	q.applyRoles(q.spans)
	q.groupWordsKnown()
	q.fieldsRankedForName()
	q.dropPlainWords(kb)
	q.exclusions(kb)
	q.dropDenied()
	q.dropOwnForField()
	q.preferEmployerJob(kb)
	if q.rank != 0 && len(q.careers) == 0 && q.oneJobAsked() {
		// "is trucking a dying job", "is accounting a growing field": the
		// outlook of the field's worker, not a ranking.
		q.rank, q.topN = 0, 0
		q.addSignal(intentOutlook)
	}
	if p, ok := q.fieldAsWorker(kb); ok {
		// "police salary", "what does accounting pay": the field's
		// worker, when one career is that worker. "engineering salary"
		// (engineers are many careers) and "police jobs" stay rankings.
		q.careers, q.groups = []pick{p}, nil
	}
	if q.years && len(q.fields) == 0 {
		q.signals[intentPay]++ // "a nurse with 10 years of experience": what they make
	}
	if len(q.careers) == 0 && len(q.unknown) == 0 && !containsField(q.fields, knowledge.FieldGrowthRate) && !containsField(q.fields, knowledge.FieldProjectedGrowth) && q.holdsWord(quickWords) && q.holdsWord(manyWords) {
		// "quickest healthcare jobs to get into", "easiest jobs that pay
		// well": the careers that need no degree ("the easiest way to
		// become a nurse" asks the nurse's education).
		q.noDegree = true
	}
	q.apprenticeTrade(kb)
	q.kindAfter(kb)
	if q.talk != "" && !q.hasIntent() && len(q.careers) == 1 && !q.careers[0].exact &&
		(q.careers[0].score < loose || q.talk == "bye" && q.careers[0].after-q.careers[0].start == 1) {
		// "good morning team": a greeting, no "Talent Acquisition Team"
		// found loosely; "gotta go, night": a goodbye, no night clerk.
		q.careers = nil
	}
	q.likeSaid()
	q.placesAfterNames(kb)
	q.workOverNames(kb)
	if (q.talk == "weather" || q.talk == "offtopic") && q.workSaid(kb) != nil {
		q.talk = "" // "who studies the weather", "i make cartoons for movies": work told, no small talk
	}
	if q.pct == "" && len(q.careers) == 1 && q.signals[intentPay] > 0 && q.juniorSaid() {
		// "jr. data analyst salary": a junior's pay is the entry pay,
		// though "junior" is claimed with the name.
		q.pct = knowledge.FieldAnnual10
	}
	if q.pct == "" && len(q.careers) == 1 && q.signals[intentPay] > 0 && q.unsourced == "" && q.seniorSaid() {
		// "how much do senior software developers make": no source gives
		// pay by seniority; the upper quarter is what it has.
		q.pct, q.unsourced = knowledge.FieldAnnual75, "pay by seniority"
	}
	if q.pct == knowledge.FieldAnnual10 && q.signals[intentPay] == 1 && q.holdsWord(newcomerWords) &&
		(q.signals[intentEducation] > 0 || q.signals[intentSkills] > 0 || q.signals[intentDescribe] > 0) {
		// "education needed for claims adjuster trainee": the trainee's
		// job, asked of otherwise than its entry pay.
		q.pct = ""
		delete(q.signals, intentPay)
	}
	if q.pct == knowledge.FieldAnnual10 && len(q.careers) == 0 && len(q.unknown) == 0 && q.holdsWord(entryWords) && q.holdsWord(manyWords) {
		// "entry level jobs": the jobs one enters without experience or
		// a degree, not the bottom of all pay (in a field where few need
		// neither, a bachelor's may do: see rank).
		q.pct = ""
		q.noExperience = true
		if q.level == "" && !q.noDegree {
			q.noDegree, q.entryLevel = true, true
		}
		if q.rank == 0 {
			q.rank = 1
		}
	}
	if q.noExperience && !q.entryLevel && len(q.careers) == 0 && q.level == "" && !q.noDegree {
		// "jobs that need no experience": those a newcomer can start,
		// as "entry level jobs" are, not physicians, whom BLS says need
		// no work experience after their eleven years of school (qa100
		// Q094).
		q.noDegree, q.entryLevel = true, true
	}
	if q.judge.ok && len(q.careers) == 1 && !q.hasIntent() && len(q.fields) == 0 {
		// "is 50k good for a paralegal": its pay, not the whole card.
		q.addSignal(intentPay)
	}
	q.toldOnly(kb)
	if p := q.careers; q.talk != "" && !q.hasIntent() && len(p) == 1 &&
		(!p[0].exact && q.talkOver(p[0]) || feelingTalk[q.talk] && p[0].after-p[0].start == 1 && (!p[0].exact || strings.HasSuffix(strings.ToLower(p[0].typed), "ing"))) {
		// "am i chatting with a human or a program": of the bot, no work
		// told of a Social and Human Service Assistant; "im so stressed
		// about picking a career ugh": a feeling, no order picker (read
		// from a verb).
		q.careers = nil
	}
	q.educationCompared()
	q.describeOpensPay()
	q.newcomers()
	q.schoolAfterName(kb)
	q.sortCareers()
	q.growingOnly(kb)
	q.paidWellOnly(kb)
	if q.unsourced == "" && q.futurePay() {
		q.unsourced = futurePay
	}
	if y := q.pastPayYear(); q.unsourced == "" && y != "" {
		q.unsourced = "pay in " + y + " (my wages are BLS's May 2024 estimates only)"
	}
	return q
}

// pastPayYear returns the year before the figures' that pay is asked of
// ("median salary of electricians in 2015", "what did nurses make back in
// 2010"), or "".
func (q *question) pastPayYear() string {
	if q.signals[intentPay] == 0 && !slices.ContainsFunc(q.fields, isPayField) {
		return ""
	}
	for i, t := range q.toks {
		if t.kind != tokNumber || len(t.val) != 4 || t.val < "1950" || t.val >= "2024" {
			continue
		}
		if i > 0 && yearLeads[q.toks[i-1].val] || i+1 < len(q.toks) && (q.toks[i+1].val == "salary" || q.toks[i+1].val == "pay" || q.toks[i+1].val == "wage") {
			return t.val
		}
	}
	return ""
}

// yearLeads are the words before a year that make it a time asked of:
// "in 2015", "back in 2010".
var yearLeads = setOf(`in of for during since from back year`)

// growingOnly reads a ranking by pay that names growth as a filter
// ("highest paying jobs that are growing fast", "best paying growing
// jobs") as a ranking by pay of the careers projected to grow faster than
// all occupations, not one by growth ("fastest growing jobs that pay
// well" ranks by growth).
func (q *question) growingOnly(kb *knowledge.Base) {
	if q.rank <= 0 || len(q.careers) > 0 || q.signals[intentPay] > 0 || q.bound.set() || !containsField(q.fields, knowledge.FieldGrowthRate) ||
		!q.holdsWord(payRankWords) || q.holdsWord(fastestWords) {
		return
	}
	all, ok := kb.AllProjection()
	if !ok || all.ChangePercent == "" {
		return
	}
	q.growing = all.ChangePercent
	q.fields = nil
	q.addSignal(intentPay)
}

// paidWellOnly reads the fastest growing careers asked with good pay
// ("fastest growing jobs that pay well", "fastest growing high paying
// jobs") as the fastest growing of those paid more than all occupations'
// median.
func (q *question) paidWellOnly(kb *knowledge.Base) {
	if q.rank <= 0 || len(q.careers) > 0 || q.bound.set() || !containsField(q.fields, knowledge.FieldGrowthRate) ||
		!q.holdsWord(fastestWords) || q.signals[intentPay] == 0 && !q.holdsWord(payRankWords) {
		return
	}
	all, ok := kb.AllOccupations()
	if !ok || all.AnnualMedianValue <= 0 {
		return
	}
	q.bound = payBound{min: all.AnnualMedianValue + 1, than: "all occupations", thanPay: all.AnnualMedianValue}
}

var (
	payRankWords = setOf(`paying paid pay pays salary salaries`)
	fastestWords = setOf(`fastest quickest fastest-growing`)
)

// futurePay is what the sources lack when pay is asked of a later year.
const futurePay = "pay after May 2024 (my wages are BLS's May 2024 estimates; its projections to 2034 are of jobs, not pay)"

// futurePay reports whether pay is asked of a time after the figures:
// "what will nurses earn in 2030", "nurse salary in 10 years", "in the
// future".
func (q *question) futurePay() bool {
	if q.signals[intentPay] == 0 && !slices.ContainsFunc(q.fields, isPayField) && (q.rank == 0 || len(q.fields) > 0) {
		return false
	}
	for i, t := range q.toks {
		switch {
		case t.kind == tokNumber && len(t.val) == 4 && t.val > "2024" && t.val < "2100":
			return true // "in 2030"
		case t.val == "future":
			return true
		case t.val == "year" && i >= 2 && q.toks[i-2].val == "in" && (q.toks[i-1].kind == tokNumber || numberWords[q.toks[i-1].val] > 0):
			return true // "in 10 years"
		}
	}
	return false
}

// describeOpensPay reads "what's a" right before a word of pay as how a
// question about pay opens ("whats a monthly salary for a teacher"), not
// as asking what the job is.
func (q *question) describeOpensPay() {
	if q.signals[intentDescribe] == 0 || q.signals[intentPay] == 0 {
		return
	}
	for i, sp := range q.spans {
		if i+1 >= len(q.spans) || q.spans[i+1].start != sp.end || sp.start > 1 {
			continue
		}
		opens := slices.ContainsFunc(sp.roles, func(r *role) bool { return r.intent == intentDescribe })
		pays := slices.ContainsFunc(q.spans[i+1].roles, func(r *role) bool { return r.intent == intentPay || r.period.per != "" })
		if opens && pays {
			delete(q.signals, intentDescribe)
			return
		}
	}
}

// newcomers reads the pay of new workers of a career ("how much do new
// teachers make", "new nurse salary") as entry-level pay: the 10th
// percentile, said as such. Only "new" right before the name: "new" is
// a word of names ("New Accounts Clerks", claimed with them) and of
// places ("new york").
func (q *question) newcomers() {
	if q.pct != "" || len(q.careers) != 1 || q.signals[intentPay] == 0 || len(q.fields) > 0 && !slices.ContainsFunc(q.fields, isPayField) {
		return
	}
	if i := q.careers[0].start - 1; i >= 0 && !q.claimed[i] && q.toks[i].kind == tokWord && q.toks[i].val == "new" {
		q.pct = knowledge.FieldAnnual10
	}
}

// schoolAfterName reads a kind of school said after a name that several
// careers share as the name's kind: "teachers salary high school" asks of
// high school teachers, not of a high school diploma.
func (q *question) schoolAfterName(kb *knowledge.Base) {
	// A career read from the work told read the school with it ("teacher
	// who works with disabled kids in high school").
	if len(q.careers) != 1 || len(q.careers[0].others) == 0 || q.careers[0].byWork != "" {
		return
	}
	p := &q.careers[0]
	for i := p.after; i+1 < len(q.toks); i++ {
		kind := q.toks[i].val
		if !schoolKinds[kind] || q.toks[i+1].val != "school" || q.claimed[i] ||
			i+2 < len(q.toks) && (q.toks[i+2].val == "diploma" || q.toks[i+2].val == "degree") {
			continue
		}
		ms := kb.Exact(append([]string{kind, "school"}, knowledge.Tokens(p.typed)...))
		if len(ms) == 0 {
			return
		}
		p.career, p.matched, p.others = ms[0].Career, ms[0].Name, nil
		if q.level == "High school diploma or equivalent" {
			q.level = ""
		}
		if q.signals[intentEducation] > 0 && !q.holdsWord(educationAsked) {
			// The school's words read as education asked: none is.
			delete(q.signals, intentEducation)
			q.fields = slices.DeleteFunc(q.fields, func(f knowledge.Field) bool { return !isPayField(f) })
		}
		return
	}
}

// schoolKinds say which school a teacher teaches at.
var schoolKinds = setOf(`high middle elementary secondary primary`)

// educationAsked ask about education itself, beside a kind of school.
var educationAsked = setOf(`degree diploma education study major college need needs require requires become`)

// educationCompared reads the field of education said of careers compared
// as their education: "what's the difference in education between nurses
// and doctors" compares what they need, not teachers' jobs.
func (q *question) educationCompared() {
	if len(q.careers) < 2 && !(len(q.careers) == 0 && q.signals[intentCompare] > 0) || !slices.Equal(q.groups, []string{"25"}) {
		return
	}
	for i := 0; i+1 < len(q.toks); i++ {
		if q.toks[i].val == "in" && q.toks[i+1].val == "education" && !q.claimed[i+1] {
			q.groups = nil
			q.addSignal(intentEducation)
			return
		}
	}
}

// apprenticeTrade reads an apprentice as one of the trade ("carpenter
// apprentice": a carpenter), as the SOC codes apprentices with the
// occupation they train for, not as the helpers O*NET lists some under.
func (q *question) apprenticeTrade(kb *knowledge.Base) {
	for k := range q.careers {
		p := &q.careers[k]
		// Only an apprentice O*NET lists with the helpers, or found by
		// search: one it lists with an occupation of its own ("apprentice
		// instrument technician") is that occupation's.
		// An intern likewise does the work of the occupation, unless O*NET
		// names the intern ("medical intern": a physician).
		named := q.toks[p.start:p.after]
		intern := slices.ContainsFunc(named, func(t token) bool { return t.val == "intern" })
		if intern && p.exact && len(named) > 1 || !intern && (p.exact && !strings.HasPrefix(p.career.Name, "Helpers") ||
			!slices.ContainsFunc(named, func(t token) bool { return t.val == "apprentice" })) { // not "apprenticeship representative"
			continue
		}
		var trade []string
		for _, t := range named {
			if t.kind == tokWord && !apprenticeWords[t.val] && gradeNumbers[t.val] == 0 {
				trade = append(trade, t.val)
			}
		}
		if len(trade) == 0 {
			// "welding apprentice", "software engineering intern": the
			// field words before.
			for i := p.start - 1; i >= 0 && p.start-i <= 3 && q.toks[i].kind == tokWord && !q.claimed[i] && !isStopWord(q.toks[i].val) && !isQuestionWord(q.toks[i].val); i-- {
				trade = append([]string{q.toks[i].val}, trade...)
			}
		}
		if len(trade) == 0 {
			continue
		}
		// The trade as named ("carpenter"), or its worker ("electrical",
		// "welding", "sheet metal", "tool and die").
		last := trade[len(trade)-1]
		cands := [][]string{trade}
		for _, f := range append(workerForms(last), fieldWorkers[last]) {
			if f != "" && f != last {
				cands = append(cands, append(slices.Clone(trade[:len(trade)-1]), strings.Fields(f)...))
			}
		}
		for _, w := range []string{"worker", "maker", "technician"} {
			if !intern { // a "medical intern" is no medical technician
				cands = append(cands, append(slices.Clone(trade), w))
			}
		}
		for _, c := range cands {
			if ms := kb.Exact(c); len(ms) > 0 {
				if ms[0].Career != p.career {
					p.career, p.matched, p.others = ms[0].Career, ms[0].Name, nil
				}
				p.apprentice, p.intern = !intern, intern
				break
			}
		}
	}
}

// rankOfName reports whether span sp is "associate" right before a
// career's name, a rank of the job ("Associate Attorney - Family Law"),
// not an associate's degree.
func (q *question) rankOfName(sp vocabSpan) bool {
	return sp.end-sp.start == 1 && q.toks[sp.start].val == "associate" && sp.end < len(q.toks) && q.claimed[sp.end]
}

// apprenticeWords say a worker trains for a trade.
var apprenticeWords = setOf("apprentice intern year")

// leftOut is what a ranking leaves out: careers named after "besides",
// "other than", "that aren't", and fields after "outside".
type leftOut struct {
	careers []*knowledge.Career
	words   []string // the names that left them out, as typed
	broad   []string // SOC broad groups ("29-121") two or more left-out careers are of: left out whole
	kinds   []string // SOC occupations ("29-1141") of a left-out career: its specialties left out too ("not RN": nor acute care nurses)
	groups  []string // SOC major groups ("jobs outside healthcare")
}

// whoLike are the words before "like" or "love" when someone likes: "people
// who like animals", "kids that love art".
var whoLike = setOf(`who that really also do dont don't would people someone somebody person`)

// keeps reports whether a ranking with l left out keeps c.
func (l *leftOut) keeps(c *knowledge.Career) bool {
	return l == nil || !slices.Contains(l.careers, c) && !(len(l.broad) > 0 && slices.Contains(l.broad, broadGroup(c))) &&
		!(len(l.groups) > 0 && inGroups(c, l.groups)) && !(len(l.kinds) > 0 && slices.Contains(l.kinds, socPrefix(c, 7)))
}

// exclusions takes out of the careers asked those a ranking is to leave
// out: a name right after "besides", "other than", "that aren't"
// ("healthcare jobs that aren't doctors"). A generic name leaves out every
// career it names in a ranking (all physicians). Only in a question that
// ranks careers at large: "what else besides nursing" asks related careers.
func (q *question) exclusions(kb *knowledge.Base) {
	ranked := q.rank != 0 || len(q.groups) > 0 || q.level != "" || q.noDegree || q.bound.set() || q.declining
	if !ranked && !slices.ContainsFunc(q.toks, func(t token) bool { return manyWords[t.val] || t.val == "option" || t.val == "options" }) {
		return // "what are my options" asks careers at large too
	}
	// A subject liked says which careers ("jobs for people who like
	// animals besides vet"): those, without the one left out.
	liked := false
	for i, t := range q.toks {
		// "who like", "i love"; not "careers like nursing" (similar ones).
		liked = liked || likeWords[t.val] && i > 0 && (isSubject(q.toks[i-1].val) || whoLike[q.toks[i-1].val])
	}
	if !ranked && !q.hasIntent() && !liked && len(q.careers) == 1 && slices.ContainsFunc(q.spans, func(sp vocabSpan) bool {
		return slices.ContainsFunc(sp.roles, func(r *role) bool { return r.exclude })
	}) {
		// "careers other than nursing", "jobs besides teaching": no
		// ranking to leave it out of, but the careers like it.
		q.addSignal(intentRelated)
		return
	}
	var l leftOut
	for i, sp := range q.spans {
		if !slices.ContainsFunc(sp.roles, func(r *role) bool { return r.exclude }) {
			continue
		}
		if gs := q.fieldAfter(i); len(gs) > 0 {
			// "jobs outside healthcare", "that are not in tech": the
			// field's groups left out.
			l.groups = append(l.groups, gs...)
			q.groups = slices.DeleteFunc(q.groups, func(g string) bool { return slices.Contains(gs, g) })
			continue
		}
		k := slices.IndexFunc(q.careers, func(p pick) bool { return p.start >= sp.end })
		if k < 0 || !q.onlyStopWords(sp.end, q.careers[k].start) {
			continue
		}
		p := q.careers[k]
		l.careers = append(l.careers, p.career)
		if word := q.toks[p.start].val; p.after-p.start == 1 && len(p.others) > 0 {
			// A generic name: every career it names in a ranking, not the
			// others it could mean ("doctors": no pharmacist, though O*NET
			// calls one a "Pharmacy Doctor").
			if ms := generic(kb, word); len(ms) > 0 {
				l.careers = append(l.careers, amongCareers(kb, word, ms)...)
			} else {
				l.careers = append(l.careers, p.others...)
			}
		} else {
			l.careers = append(l.careers, p.others...)
		}
		l.words = append(l.words, p.typed)
		q.careers = slices.Delete(q.careers, k, k+1)
	}
	if len(l.careers) == 0 && len(l.groups) == 0 {
		return
	}
	// The rest of a broad group two of them are of: "doctors" are
	// anesthesiologists too, though no name of theirs says doctor.
	n := map[string]int{}
	for _, c := range l.careers {
		if code, ok := c.Fact(knowledge.FieldONETCode); ok && strings.HasSuffix(code.Value, ".00") && len(code.Value) > 7 {
			l.kinds = append(l.kinds, code.Value[:7]) // the occupation BLS counts, with O*NET's specialties of it
		}
		if b := broadGroup(c); b != "" {
			if n[b]++; n[b] == 2 {
				l.broad = append(l.broad, b)
			}
		}
	}
	left := l // l stays on the stack: most rankings leave nothing out
	q.left = &left
	if len(l.groups) > 0 && q.rank == 0 && !q.declining && len(q.groups) == 0 && len(q.careers) == 0 && !q.hasIntent() {
		// "jobs without math", "jobs other than teaching": all the others,
		// best paid first, as "best jobs for someone who hates math".
		q.rank = +1
	}
}

// dropOwnForField forgets the one career a question names when it is the
// asker's own and what is asked is a field's careers with a schooling
// ("been waiting tables for 10 yrs … something in healthcare … what pays
// decent with like a 2 yr degree"): those careers ranked, not the waiter's.
func (q *question) dropOwnForField() {
	if len(q.careers) != 1 || len(q.groups) == 0 || q.level == "" && !q.noDegree || q.rank == 0 && q.signals[intentPay] == 0 {
		return
	}
	own := func(p pick) bool {
		i := q.wordBefore(p)
		return q.selfDescribed(p) || i >= 0 && (q.toks[i].val == "been" || q.toks[i].val == "was")
	}
	if p := q.careers[0]; p.exact && !own(p) && p.byWork == "" && !q.toldAt(p.start) {
		return // "nursing jobs with an associate's": the field said by its worker
	}
	q.dropPick(0)
	if q.rank == 0 {
		q.rank = +1
	}
}

// wordBefore returns where the word before a career's name is, articles
// passed over ("been a waiter": "been"), or -1.
func (q *question) wordBefore(p pick) int {
	i := p.start - 1
	for i >= 0 && isArticle(q.toks[i].raw) {
		i--
	}
	return i
}

// dropDenied forgets a career said not to be meant, beside others that
// are: "nurse salary in pennsylvania, not rn tho, like an lpn" asks of
// LPNs, neither of registered nurses nor of the nurse said first, whom
// the name reads as them.
func (q *question) dropDenied() {
	if len(q.careers) < 2 || q.explicitCompare() {
		return
	}
	var denied []*knowledge.Career
	for _, p := range q.careers {
		i := q.wordBefore(p)
		if i < 0 || q.toks[i].val != "not" {
			continue
		}
		// Right after another name too: "a data analyst not a data
		// scientist".
		if i == 0 || q.toks[i-1].kind == tokComma || q.toks[i-1].kind == tokStop || q.toks[i-1].val == "but" || q.toks[i-1].val == "and" || q.claimed[i-1] {
			denied = append(denied, p.career)
		}
	}
	if len(denied) == 0 {
		return
	}
	isDenied := func(c *knowledge.Career) bool {
		// Or a specialty of one denied: "not rn" is no acute care nurse.
		return slices.ContainsFunc(denied, func(d *knowledge.Career) bool { return d == c || sameOccupation(d, c) })
	}
	if !slices.ContainsFunc(q.careers, func(p pick) bool { return !isDenied(p.career) }) {
		for k := range q.careers {
			// A name said first that reads as the career denied reads as
			// another it could mean: "a data analyst not a data
			// scientist".
			p := &q.careers[k]
			if i := q.wordBefore(*p); i < 0 || q.toks[i].val != "not" {
				if j := slices.IndexFunc(p.others, func(c *knowledge.Career) bool { return !isDenied(c) }); j >= 0 {
					p.career, p.others = p.others[j], slices.Delete(slices.Clone(p.others), j, j+1)
				}
			}
		}
	}
	if !slices.ContainsFunc(q.careers, func(p pick) bool { return !isDenied(p.career) }) {
		return
	}
	for k := len(q.careers) - 1; k >= 0; k-- {
		if slices.Contains(denied, q.careers[k].career) {
			q.dropPick(k)
		}
	}
}

// sameOccupation reports whether two official careers are of one
// occupation BLS counts: one, or O*NET's specialties of it ("29-1141").
func sameOccupation(a, b *knowledge.Career) bool {
	x, y := socPrefix(a, 7), socPrefix(b, 7)
	return x != "" && x == y
}

// broadGroup is the SOC broad group of an official career, its code's
// first six characters ("29-121" of 29-1215), "" for a page career.
func broadGroup(c *knowledge.Career) string { return socPrefix(c, 6) }

// fieldAfter returns the groups of the field named right after span i,
// with only words that say nothing between ("not in healthcare").
func (q *question) fieldAfter(i int) []string {
	end := q.spans[i].end
	var out []string
	for _, sp := range q.spans[i+1:] {
		if !q.onlyStopWords(end, sp.start) && !(len(out) > 0 && q.onlyJoins(end, sp.start)) {
			return out
		}
		var gs []string
		for _, r := range sp.roles {
			gs = append(gs, r.groups...)
		}
		if len(gs) > 0 {
			// And the fields joined to it: "not interested in
			// healthcare or sales".
			out = append(out, gs...)
			end = sp.end
			continue
		}
		if len(out) > 0 && slices.ContainsFunc(sp.roles, func(r *role) bool { return r.separator }) {
			end = sp.end // "or", "and" between the fields
			continue
		}
		if len(out) > 0 || slices.ContainsFunc(sp.roles, func(r *role) bool { return !r.stop }) {
			return out
		}
		end = sp.end
	}
	return out
}

// onlyJoins reports whether toks[from:to] only join two things: "or",
// "and", a comma.
func (q *question) onlyJoins(from, to int) bool {
	for _, t := range q.toks[from:to] {
		if t.kind != tokComma && t.val != "or" && t.val != "and" && t.val != "nor" {
			return false
		}
	}
	return from < to
}

// onlyStopWords reports whether toks[from:to] are words that say nothing.
func (q *question) onlyStopWords(from, to int) bool {
	for _, t := range q.toks[from:to] {
		if t.kind != tokWord || !isStopWord(t.val) {
			return false
		}
	}
	return true
}

// payLimit returns the percentile a lone "most" or "least" asks when it
// comes before the one career asked, with nothing but filler between,
// in a question of pay: "the most a nurse can make", "the minimum salary
// for a teacher" (the 90th and 10th percentiles, the furthest BLS
// publishes).
func (q *question) payLimit(sp vocabSpan) (knowledge.Field, bool) {
	if sp.end-sp.start != 1 || len(q.careers) != 1 || len(q.states) > 0 || q.careers[0].start < sp.end {
		return "", false
	}
	var pct knowledge.Field
	switch q.toks[sp.start].val {
	case "most", "highest", "maximum", "max":
		pct = knowledge.FieldAnnual90
	case "least", "lowest", "minimum":
		pct = knowledge.FieldAnnual10
	default:
		return "", false
	}
	for _, t := range q.toks[sp.end:q.careers[0].start] {
		if !limitFiller[t.val] {
			return "", false
		}
	}
	for _, t := range q.toks {
		if limitPay[t.val] {
			return pct, true
		}
	}
	return "", false
}

// majority reports whether sp is "most" said right before the career
// named, without "the": "what do most nurses make" asks what nurses
// typically make, not the most they make ("the most a nurse can make").
func (q *question) majority(sp vocabSpan) bool {
	if sp.end-sp.start != 1 || q.toks[sp.start].val != "most" || sp.start > 0 && q.toks[sp.start-1].val == "the" {
		return false
	}
	return slices.ContainsFunc(q.careers, func(p pick) bool { return p.start == sp.end })
}

// limitFiller may stand between "the most" and the career: "the most
// salary for a", "the least an".
var limitFiller = setOf("a an the salary pay wage income you one for of as can could")

// limitPay are the words that make "the most a nurse can …" a question
// of pay.
var limitPay = setOf("make makes earn earns salary pay paid wage income")

// topEarners reports whether span sp is a lone "top" (or "best") right
// before a career's name that no "jobs" follows: "top nurses" are the
// ones paid most, "top nurse jobs" a ranking.
func (q *question) topEarners(sp vocabSpan) bool {
	if sp.end-sp.start != 1 || q.toks[sp.start].val != "top" || sp.end >= len(q.toks) || !q.claimed[sp.end] {
		return false
	}
	for _, p := range q.careers {
		if p.start == sp.end {
			return p.after >= len(q.toks) || !manyWords[q.toks[p.after].val]
		}
	}
	return false
}

// vocabSpan is a question phrase read from the tokens not claimed by names.
type vocabSpan struct {
	start, end int
	roles      []*role
}

// readVocabulary reads the question words among the tokens no name claimed.
func (q *question) readVocabulary() []vocabSpan {
	var out []vocabSpan
	for i := 0; i < len(q.toks); {
		if q.claimed[i] || q.toks[i].kind != tokWord {
			i++
			continue
		}
		roles, n := vocabAt(q.toks, q.claimed, i)
		if n == 0 || q.partOfExpansion(i, i+n) || q.whoseThing(i, n, roles) {
			i++
			continue
		}
		out = append(out, vocabSpan{start: i, end: i + n, roles: roles})
		i += n
	}
	return out
}

// partOfExpansion reports whether toks[i:j] are some, not all, of the
// words an abbreviation was written out as: "senior ux designer" asks no
// experience of "user experience".
func (q *question) partOfExpansion(i, j int) bool {
	same := func(a, b int) bool {
		return a >= 0 && b < len(q.toks) && q.toks[a].pos == q.toks[b].pos && knowledge.IsAbbreviation(q.toks[a].raw)
	}
	return same(i-1, i) || same(j-1, j)
}

// whoseThing reports whether toks[i], a word asking the share of women or
// men, is whose thing is named after it ("Head Coach, Women's
// Volleyball", "men's clothing sales"): a possessive before a word that
// asks nothing and counts no one.
func (q *question) whoseThing(i, n int, roles []*role) bool {
	if n != 1 || i+1 >= len(q.toks) || !slices.ContainsFunc(roles, func(r *role) bool { return slices.Contains(r.fields, knowledge.FieldGenderRatio) }) {
		return false
	}
	raw, next := strings.ToLower(q.toks[i].raw), q.toks[i+1]
	return (strings.HasSuffix(raw, "'s") || strings.HasSuffix(raw, "’s")) && next.kind == tokWord && !isQuestionWord(next.val) && !isStopWord(next.val) && !shareWords[next.val]
}

// shareWords after "women's" ask their share after all: "women's share
// of nurses".
var shareWords = setOf(`share shares percent percentage ratio proportion number numbers representation count`)

// workplace reports whether a phrase that asks only for education
// ("school", "college") is where someone works: after "at" and maybe an
// article ("at an elementary school"), with a career named.
func (q *question) workplace(sp vocabSpan) bool {
	if len(q.careers) == 0 || !slices.ContainsFunc(sp.roles, func(r *role) bool { return r.intent == intentEducation }) ||
		slices.ContainsFunc(sp.roles, func(r *role) bool { return r.intent != "" && r.intent != intentEducation }) {
		return false
	}
	// "at" before it, with at most a few words of the place between
	// ("at Springfield Middle School").
	for k := sp.start - 1; k >= 0 && sp.start-k <= maxPlaceWords+1; k-- {
		t := q.toks[k]
		if t.kind != tokWord || q.claimed[k] {
			return false
		}
		if t.val == "at" {
			return true
		}
		if isQuestionWord(t.val) {
			return false
		}
	}
	return false
}

// maxPlaceWords bounds the words of a place's name between "at" and the
// kind of place ("at Springfield Public Schools").
const maxPlaceWords = 3

// talkOver reports whether a name found by search holds words of small
// talk said.
func (q *question) talkOver(p pick) bool {
	return slices.ContainsFunc(q.spans, func(sp vocabSpan) bool {
		return sp.start < p.after && p.start < sp.end && slices.ContainsFunc(sp.roles, func(r *role) bool { return r.talk != "" })
	})
}

// titleAlternative reports whether a topic word stands as the other half
// of a title written with a slash ("Automation / Robotics Technician":
// an automation technician, no question of automation).
func (q *question) titleAlternative(sp vocabSpan) bool {
	return sp.end < len(q.toks) && q.toks[sp.end].slash && q.claimed[sp.end] && sp.end-sp.start == 1 &&
		slices.ContainsFunc(sp.roles, func(r *role) bool { return r.unsourced != "" })
}

// applyRoles reads the question words no name took.
func (q *question) applyRoles(spans []vocabSpan) {
	topOnly := false         // the rank so far is "top"'s alone
	ordered := false         // the rank is an order said outright
	var groupSets [][]string // each span's groups, for narrowedGroups
	for k, sp := range spans {
		if q.claimed[sp.start] {
			continue // part of a name found by search
		}
		if q.workplace(sp) || q.titleAlternative(sp) {
			// "i'm a lunch lady at an elementary school": where, not what
			// is asked; "Automation / Robotics Technician": the title's.
			// No later reading of the phrases asks it either.
			spans[k].roles = nil
			continue
		}
		// "least stressful", "most dangerous": the rank is the topic's,
		// which no source covers, not a ranking by pay.
		topicRank := k+1 < len(spans) && spans[k+1].start == sp.end && slices.ContainsFunc(spans[k+1].roles, func(r *role) bool { return r.unsourced != "" })
		if q.topEarners(sp) {
			// "what do top nurses make": the top tenth of their pay, not
			// a ranking of nurse careers.
			q.signals[intentPay]++
			q.pct = cmp.Or(q.pct, knowledge.FieldAnnual90)
			continue
		}
		if q.majority(sp) {
			continue // "what do most nurses make": nurses at large, their median
		}
		if pct, ok := q.payLimit(sp); ok {
			// "the most a nurse can make": how far one career's pay
			// goes, not a ranking of nurse careers.
			q.signals[intentPay]++
			q.pct = cmp.Or(q.pct, pct)
			continue
		}
		for _, r := range sp.roles {
			if topicRank && r.rank != 0 {
				continue
			}
			if r.intent != "" {
				q.signals[r.intent]++
			}
			for _, f := range r.fields {
				if !containsField(q.fields, f) {
					q.fields = append(q.fields, f)
				}
			}
			if r.order {
				q.rank, ordered = r.rank, true
			}
			if r.rank != 0 && !ordered && (q.rank == 0 || topOnly) && !(r.ranksOnlyAcross && len(q.careers) > 0) {
				// "top 5 lowest paying jobs": "top" says how many, the
				// words after it which end.
				q.rank, topOnly = r.rank, q.rank == 0 && sp.end-sp.start == 1 && q.toks[sp.start].val == "top"
			}
			if r.level != "" && q.level == "" && !q.rankOfName(sp) {
				q.level = r.level
			}
			q.noDegree = q.noDegree || r.noDegree
			q.noExperience = q.noExperience || r.noExperience
			q.upToAssociate = q.upToAssociate || r.upToAssociate
			if r.under != "" && q.under == "" {
				q.under = r.under
			}
			if !q.pronounIt(sp) {
				for _, g := range r.groups {
					if !slices.Contains(q.groups, g) { // "retail sales": one group, said twice
						q.groups = append(q.groups, g)
					}
				}
				if len(r.groups) > 0 {
					groupSets = append(groupSets, r.groups)
				}
			}
			if r.talk != "" && talkFirst[r.talk] >= talkFirst[q.talk] && (q.talk == "" || talkFirst[r.talk] > 0) {
				q.talk = r.talk // "ok bye for now": bye, not thanks
			}
			if r.employer && q.employer == "" {
				q.employer = q.typed(sp.start, sp.end)
			}
			if r.pct != "" && q.pct == "" {
				q.pct = r.pct
			}
			if r.remark != "" {
				q.remark = r.remark
			}
			if r.period.parts > 0 && q.period.parts == 0 {
				q.period = r.period
			}
			q.declining = q.declining || r.declining
			// "travel nurse", "remote developer": a word of the job's kind
			// before its name, not a topic asked; a verb ("will AI replace
			// accountants", which asks the outlook) is still the topic.
			if r.unsourced != "" && q.unsourced == "" && (r.intent != "" || !(sp.end < len(q.toks) && q.claimed[sp.end])) {
				q.unsourced = r.unsourced
			}
		}
		if words := q.toks[sp.start].val; words == "mean" || words == "average" && sp.end-sp.start > 1 {
			q.mean = true
		}
	}
	q.groups = narrowedGroups(q.groups, groupSets)
	// "how many electrician jobs open up each year": the openings are
	// what "how many" counts.
	if k := slices.Index(q.fields, knowledge.FieldAnnualOpenings); k > 0 && (q.fields[0] == knowledge.FieldJobs || q.fields[0] == knowledge.FieldEmployment) {
		q.fields = slices.Insert(slices.Delete(q.fields, k, k+1), 0, knowledge.FieldAnnualOpenings)
	}
	// "how many will there be in 2034": the projected count.
	if k := slices.Index(q.fields, knowledge.FieldEmployment2034); k > 0 && q.saysProjectionYear() && !q.holdsWord(openingWords) {
		q.fields = slices.Insert(slices.Delete(q.fields, k, k+1), 0, knowledge.FieldEmployment2034)
	}
	// "how many new jobs will there be for home health aides by 2034":
	// the jobs gained are what "how many" counts.
	if k := slices.Index(q.fields, knowledge.FieldEmploymentChange); k > 0 && slices.Contains([]knowledge.Field{knowledge.FieldJobs, knowledge.FieldEmployment, knowledge.FieldEmployment2034}, q.fields[0]) {
		q.fields = slices.Insert(slices.Delete(q.fields, k, k+1), 0, knowledge.FieldEmploymentChange)
	}
	// "whose headcount expands more": how the count grows is what is
	// asked, not the count.
	if q.holdsWord(growthVerbs) {
		for _, f := range []knowledge.Field{knowledge.FieldProjectedGrowth, knowledge.FieldGrowthRate} {
			if k := slices.Index(q.fields, f); k > 0 {
				q.fields = slices.Insert(slices.Delete(q.fields, k, k+1), 0, f)
			}
		}
	}
	// Numbers: "top 5" asks for five rows; "top 10%" for a percentile.
	for i, t := range q.toks {
		if t.kind != tokNumber || q.claimed[i] {
			continue
		}
		n := atoi(t.val)
		if i+1 < len(q.toks) && durationWords[q.toks[i+1].val] {
			// "2 years school": how long one studies, no count of rows.
			if q.level == "" && q.schoolAfter(i+2) {
				q.level = yearsOfSchool[n]
				if lvl := q.level; lvl != "" && i >= 2 && (q.toks[i-1].val == "than" && (q.toks[i-2].val == "less" || q.toks[i-2].val == "fewer") || q.toks[i-1].val == "under") {
					// "less than 2 years of school": any level below it.
					q.level, q.noDegree, q.under = "", true, lvl
				}
			}
			continue
		}
		percent := i+1 < len(q.toks) && q.toks[i+1].val == "percent"
		switch {
		case percent && q.rank > 0 && n == 10:
			q.pct = knowledge.FieldAnnual90
		case percent && q.rank > 0 && n == 25:
			q.pct = knowledge.FieldAnnual75
		case percent && q.rank < 0 && n == 10:
			q.pct = knowledge.FieldAnnual10
		case percent && q.rank < 0 && n == 25:
			q.pct = knowledge.FieldAnnual25
		case !percent && n > 0 && n <= 100 && q.topN == 0:
			q.topN = n
		}
	}
}

// entryWords say a job is one to start in: "entry level jobs".
var entryWords = setOf("entry entry-level")

// newcomerWords name someone new to a job, which alone asks its entry pay.
var newcomerWords = setOf("trainee trainees rookie rookies beginner beginners newbie newbies")

// feelingTalk are the kinds of small talk that tell how one feels about
// a job search, or about the bot: a word read loosely as a career beside
// them is none ("you're a useless piece of garbage": no logging worker
// of "piece").
var feelingTalk = map[string]bool{"unhappy": true, "start": true, "jobless": true, "rude": true}

// groupWords call a group of occupations after its name: "jobs in the
// business and financial group", "healthcare category".
var groupWords = setOf(`group groups category categories sector sectors`)

// groupWordsKnown drops a group word left unknown, or read as a career
// of its own ("category": a category manager), after the name of a group
// of occupations: it is no career ("Group Fitness Manager" is).
func (q *question) groupWordsKnown() {
	if len(q.groups) == 0 {
		return
	}
	for k := len(q.careers) - 1; k >= 0; k-- {
		if groupWords[strings.ToLower(strings.TrimSpace(q.careers[k].typed))] {
			q.dropPick(k)
		}
	}
	for k := len(q.unknownAt) - 1; k >= 0; k-- {
		if u := q.unknownAt[k]; k < len(q.unknown) && groupWords[strings.ToLower(q.unknown[k])] {
			q.dropUnknownIn(u[0], u[1])
		}
	}
}

// fieldsRankedForName reads a name made only of words for fields, after
// "jobs in" in a ranking, as those fields: "declining jobs in office
// admin" are office jobs, not one office administrator's.
func (q *question) fieldsRankedForName() {
	if q.rank == 0 && !q.declining || len(q.careers) != 1 {
		return
	}
	p := q.careers[0]
	if p.start < 2 || q.toks[p.start-1].val != "in" || !manyWords[q.toks[p.start-2].val] {
		return
	}
	var gs []string
	for _, t := range q.toks[p.start:p.after] {
		r := wordRole(t.val, func(r *role) bool { return len(r.groups) > 0 })
		if r == nil {
			return
		}
		gs = append(gs, r.groups...)
	}
	q.dropPick(0)
	for _, g := range gs {
		if !slices.Contains(q.groups, g) {
			q.groups = append(q.groups, g)
		}
	}
}

// narrowedGroups returns groups, the union of sets, less the groups of a
// set that holds another whole: "construction trades" are construction's
// (47), not all of the trades' (47 and 49); "healthcare and construction
// jobs" are both.
func narrowedGroups(groups []string, sets [][]string) []string {
	wider := func(a []string) bool {
		return slices.ContainsFunc(sets, func(b []string) bool {
			return len(b) < len(a) && !slices.ContainsFunc(b, func(g string) bool { return !slices.Contains(a, g) })
		})
	}
	var keep, drop []string
	for _, s := range sets {
		if wider(s) {
			drop = append(drop, s...)
		} else {
			keep = append(keep, s...)
		}
	}
	return slices.DeleteFunc(groups, func(g string) bool { return slices.Contains(drop, g) && !slices.Contains(keep, g) })
}

// durationWords after a number make it a length of time.
var durationWords = setOf(`year yr month week day hour`)

// yearsOfSchool are the typical entry levels years of school stand for.
var yearsOfSchool = map[int]string{2: "Associate's degree", 4: "Bachelor's degree"}

// schoolAfter reports whether toks[i] (or the word after an "of" there)
// is a word of schooling: "2 years (of) school".
func (q *question) schoolAfter(i int) bool {
	if i < len(q.toks) && q.toks[i].val == "of" {
		i++
	}
	return i < len(q.toks) && schoolWords[q.toks[i].val]
}

// schoolWords name schooling.
var schoolWords = setOf(`school schooling college degree program training study university uni`)

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
		if n > 1e6 {
			return n
		}
	}
	return n
}

// dropFieldNames gives back the words of a name that ends in a field of
// work followed by "jobs" or "careers": "IT jobs" are the computer
// occupations, not the career whose alias is "Information Technology",
// and "tech jobs" no technicians ("customer service jobs" stay a
// career's).
func (q *question) dropFieldNames() {
	for k := len(q.careers) - 1; k >= 0; k-- {
		p := q.careers[k]
		if p.after >= len(q.toks) || !manyWords[q.toks[p.after].val] {
			continue
		}
		// "IT" alone, or a field phrase with the "jobs" after the name
		// ("fastest growing tech jobs": not a growing technician).
		roles, n := vocabAt(q.toks, make([]bool, len(q.toks)), p.after-1)
		if (n == 1 && q.toks[p.start].pos == q.toks[p.after-1].pos || n == 2 && !p.exact) && slices.ContainsFunc(roles, func(r *role) bool { return len(r.groups) > 0 }) {
			q.dropPick(k)
			if !slices.ContainsFunc(q.spans, func(sp vocabSpan) bool { return sp.start == p.after-1 }) {
				q.spans = append(q.spans, vocabSpan{start: p.after - 1, end: p.after - 1 + n, roles: roles})
				slices.SortFunc(q.spans, func(a, b vocabSpan) int { return a.start - b.start })
			}
		}
	}
}

// pronounIt reports whether span sp is a lower-case "it" that is the
// pronoun, not the field: "what certifications do i need for it", but
// "jobs in it".
func (q *question) pronounIt(sp vocabSpan) bool {
	t := q.toks[sp.start]
	return sp.end-sp.start == 1 && t.val == "it" && t.raw != "IT" && !(sp.start > 0 && q.toks[sp.start-1].val == "in")
}

// sortCareers puts the careers in the order the question names them.
func (q *question) sortCareers() {
	sort.SliceStable(q.careers, func(i, j int) bool { return q.careers[i].start < q.careers[j].start })
	// The same career named twice is one career, unless one of the names
	// could also mean another: "lineman vs electrician" compares the
	// lineman's other career (power-line installers) with electricians.
	seen := map[*knowledge.Career]int{}
	out := q.careers[:0]
	// "is a mechanic the same as an automotive technician": whether they
	// are one career, which the answer says when they are.
	same := slices.ContainsFunc(q.toks, func(t token) bool { return t.val == "same" })
	for _, p := range q.careers {
		k, dup := seen[p.career]
		// An acronym names its career precisely ("CPA vs regular
		// accountant" are one occupation): never read as another.
		if dup && !same && !acronymPick(p) && !acronymPick(out[k]) {
			if o := otherThan(p, seen); o != nil {
				p.career, p.others, p.switched = o, nil, true
				dup = false
			} else if o := otherThan(out[k], seen); o != nil {
				delete(seen, out[k].career)
				out[k].career, out[k].others, out[k].switched = o, nil, true
				seen[o] = k
				dup = false
			}
		}
		if dup {
			// Two names of one career: the answer says so.
			if !strings.EqualFold(out[k].typed, p.typed) {
				out[k].sameAs = p.typed
			}
			continue
		}
		seen[p.career] = len(out)
		out = append(out, p)
	}
	// "compare dietitian and nutritionist pay": two names one occupation
	// holds, claimed whole as its name; the answer says so.
	if len(out) == 1 && out[0].exact && out[0].sameAs == "" && q.signals[intentCompare] > 0 {
		for _, sep := range []string{" and ", " or "} {
			if i := strings.Index(strings.ToLower(out[0].typed), sep); i > 0 {
				out[0].typed, out[0].sameAs = out[0].typed[:i], out[0].typed[i+len(sep):]
				break
			}
		}
	}
	q.careers = out
}

// acronymPick reports whether a pick is an acronym of a few letters
// ("CPA", "lpn"), which one of its career's names is.
func acronymPick(p pick) bool {
	t := strings.TrimSuffix(strings.TrimSuffix(p.typed, "s"), "'")
	// An abbreviation the names spell out ("cpa": certified public
	// accountant) is several words of one typed.
	return len(t) >= 2 && len(t) <= 4 && !strings.ContainsAny(t, " -/") && (isUpper(t) || strings.EqualFold(p.matched, t) || p.after-p.start > 1)
}

// otherThan returns the first career p's name could also mean that the
// question does not name already, or nil.
func otherThan(p pick, named map[*knowledge.Career]int) *knowledge.Career {
	for _, o := range p.others {
		if _, ok := named[o]; !ok {
			return o
		}
	}
	return nil
}

func containsField(fs []knowledge.Field, f knowledge.Field) bool {
	for _, x := range fs {
		if x == f {
			return true
		}
	}
	return false
}

// skillFirst reports whether a name follows "need", "use", "with"… and
// nothing asks about the career itself: "careers that need customer
// service" asks for a skill that is also a title.
func (q *question) skillFirst(p pick) bool {
	if q.signals[intentBySkill] == 0 || q.signals[intentPay] > 0 || q.signals[intentCompare] > 0 {
		return false
	}
	for _, sp := range q.spans {
		if sp.end > p.start || q.claimed[sp.start] {
			continue
		}
		for _, r := range sp.roles {
			if r.intent == intentBySkill {
				return true
			}
		}
	}
	return false
}

// comparing reports whether the question sets careers side by side: a
// separator or a comparison word among its question words. Words that name
// nothing in a question about one career ("… in california") are not a
// second career.
func (q *question) comparing() bool {
	if q.signals[intentCompare] > 0 {
		return true
	}
	for i, t := range q.toks {
		if !q.claimed[i] && (t.kind == tokComma || t.kind == tokWord && isSeparator(t.val)) {
			return true
		}
	}
	return false
}

// skillText is what follows "need", "use", "with"… ("careers that need
// customer service"): the skill asked for, as typed.
func (q *question) skillText() string {
	if i, j, ok := q.skillSpan(false); ok {
		return q.typed(i, j)
	}
	return strings.Join(q.free, " ")
}

// skillTexts are the skills a question may ask for, longest first: what
// follows "need", "use", "with"… up to a word that asks something else,
// stop words included ("critical thinking": "thinking" is a stop word),
// then what skillText gives.
func (q *question) skillTexts() []string {
	var out []string
	if i, j, ok := q.skillSpan(true); ok {
		for ; j > i; j-- {
			out = append(out, q.typed(i, j))
		}
	}
	return append(out, q.skillText())
}

// skillSpan returns where the first skill asked begins and ends: the words
// after "need", "use", "with"… up to a word that asks something else; with
// stops set, a stop word does not end it.
func (q *question) skillSpan(stops bool) (int, int, bool) {
	for _, sp := range q.spans {
		if q.claimed[sp.start] || !hasIntent(sp.roles, intentBySkill) {
			continue
		}
		i := sp.end
		for i < len(q.toks) && q.isStopAt(i) {
			i++
		}
		j := i
		for j < len(q.toks) && q.toks[j].kind == tokWord && !isSeparator(q.toks[j].val) && (!q.asksAt(j) || stops && q.isStopAt(j)) {
			j++
		}
		if j > i {
			return i, j, true
		}
	}
	return 0, 0, false
}

func hasIntent(roles []*role, intent string) bool {
	for _, r := range roles {
		if r.intent == intent {
			return true
		}
	}
	return false
}

// spanAt returns the question phrase holding toks[i], if any.
func (q *question) spanAt(i int) *vocabSpan {
	for k := range q.spans {
		if q.spans[k].start <= i && i < q.spans[k].end {
			return &q.spans[k]
		}
	}
	return nil
}

func (q *question) isStopAt(i int) bool {
	sp := q.spanAt(i)
	return sp != nil && onlyStop(sp.roles)
}

// asksAt reports whether toks[i] is a question word that asks something
// (an intent other than a skill's, a rank, a filter): the end of a skill's name.
func (q *question) asksAt(i int) bool {
	sp := q.spanAt(i)
	if sp == nil {
		return false
	}
	for _, r := range sp.roles {
		if r.intent != "" && r.intent != intentBySkill || r.rank != 0 || r.level != "" || r.noDegree || r.stop {
			return true
		}
	}
	return false
}

// addSignal counts one more question word of intent. A copy of a kept
// parse clones the parse's signals first.
func (q *question) addSignal(intent string) {
	if q.sharedSignals || q.signals == nil {
		q.signals = maps.Clone(q.signals)
		if q.signals == nil {
			q.signals = map[string]int{}
		}
		q.sharedSignals = false
	}
	q.signals[intent]++
}

// fieldWorkers are the workers of fields whose worker's name is no form
// of the field's (see workerForms).
var fieldWorkers = map[string]string{"police": "police officer", "law enforcement": "police officer", "electrical": "electrician",
	"firefighting": "firefighter", "trucking": "truck driver", "plumbing": "plumber", "welding": "welder",
	"coding": "programmer", "retail": "retail salesperson", "retail sales": "retail salesperson", "retail sale": "retail salesperson", "law": "lawyer"}

// fieldAsWorker reads a question that names one field of work and asks
// its pay or outlook, nothing across careers ("police salary", "accounting
// pay"), as one about the field's worker, when the worker is one career.
func (q *question) fieldAsWorker(kb *knowledge.Base) (pick, bool) {
	s := q.signals
	// "does trucking pay well" and "if trucking pays good" ask of the
	// trucker; "trucking jobs that pay well" ranks the field (manyWords).
	ranked := q.rank != 0 && !q.declining && !q.yesNo() && !q.paysWellOnly()
	if len(q.careers) > 0 || len(q.groups) != 1 || ranked || q.level != "" || q.noDegree || q.bound.set() ||
		s[intentPay] == 0 && s[intentOutlook] == 0 || s[intentList] > 0 || s[intentCompare] > 0 {
		return pick{}, false
	}
	// "police jobs" are many; "is policing a good job" asks of one.
	if slices.ContainsFunc(q.toks, func(t token) bool { return manyWords[t.val] }) && !q.oneJobAsked() {
		return pick{}, false
	}
	var field *vocabSpan
	for i, sp := range q.spans {
		if slices.ContainsFunc(sp.roles, func(r *role) bool { return len(r.groups) > 0 }) {
			if field != nil {
				return pick{}, false
			}
			field = &q.spans[i]
		}
	}
	if field == nil {
		return pick{}, false
	}
	words := make([]string, 0, field.end-field.start)
	for _, t := range q.toks[field.start:field.end] {
		words = append(words, t.val)
	}
	typed := strings.Join(words, " ")
	forms := []string{fieldWorkers[typed]}
	if len(words) == 1 {
		forms = append(forms, workerForms(typed)...)
	}
	for _, f := range forms {
		if f == "" || f == typed {
			continue
		}
		// One career, or one and another it could be ("police officer"),
		// said as such; a generic worker ("teacher") names too many.
		ms := kb.Exact(knowledge.Tokens(f))
		if len(ms) == 0 || len(ms) > 2 {
			continue
		}
		p := pick{career: ms[0].Career, typed: typed, exact: true, matched: ms[0].Name, score: 1, start: field.start, after: field.end}
		for _, m := range ms[1:] {
			p.others = append(p.others, m.Career)
		}
		return p, true
	}
	return pick{}, false
}

// paysWellOnly reports whether the question ranks only with words of
// paying well ("pays good", "good money"), which rank only across careers.
func (q *question) paysWellOnly() bool {
	ranks := false
	for _, sp := range q.spans {
		for _, r := range sp.roles {
			if r.rank != 0 && !r.ranksOnlyAcross {
				return false
			}
			ranks = ranks || r.rank != 0
		}
	}
	return ranks
}

// fieldWorker returns the career of the one who works in a field the
// question names as a field of work ("teaching": a teacher), when the
// worker's name is a career's.
func (q *question) fieldWorker(kb *knowledge.Base) (*knowledge.Career, bool) {
	for _, sp := range q.spans {
		if c, ok := q.spanWorker(kb, sp); ok {
			return c, true
		}
	}
	return nil, false
}

// spanWorker returns the career of the one who works in the field a
// one-word span names ("retail": Retail Salespersons, "teaching": a
// teacher), when the worker's name is a career's.
func (q *question) spanWorker(kb *knowledge.Base, sp vocabSpan) (*knowledge.Career, bool) {
	if sp.end-sp.start != 1 || !spanGroups(sp) {
		return nil, false
	}
	w := q.toks[sp.start].val
	for _, f := range append([]string{fieldWorkers[w]}, workerForms(w)...) {
		if ms := kb.Exact(knowledge.Tokens(f)); f != "" && len(ms) > 0 {
			return ms[0].Career, true
		}
	}
	return nil, false
}

// openingWords name the openings a year: asked with a projection year,
// they are still what is asked ("the most openings by 2034").
var openingWords = setOf(`opening openings`)

// growthVerbs say a count changes: the growth is asked, not the count.
var growthVerbs = setOf(`expand expands expanding grow grows growing shrink shrinks shrinking increase increases rise rises fewer`)

// saysProjectionYear reports whether the question names the projections'
// end: "2034", "in ten years", "by 2035".
func (q *question) saysProjectionYear() bool {
	for i, t := range q.toks {
		if t.kind == tokNumber && len(t.val) == 4 && t.val >= "2030" && t.val <= "2040" {
			return true
		}
		if (t.val == "ten" || t.val == "10") && i+1 < len(q.toks) && q.toks[i+1].val == "year" {
			return true
		}
	}
	return false
}

// within reports whether typed is part of text, whatever the case.
func within(typed, text string) bool {
	return strings.Contains(strings.ToLower(text), strings.ToLower(typed))
}

// juniorSaid reports whether the question names a junior of a job ("jr.
// data analyst", "junior accountant"), not a junior high school or college.
func (q *question) juniorSaid() bool { return q.rankSaid("junior", "jr", juniorPlaces) }

// rankSaid reports whether the question holds word or its short form
// where it names a rank: not before a word of notRank ("junior high").
func (q *question) rankSaid(word, short string, notRank map[string]bool) bool {
	for i, t := range q.toks {
		if t.val != word && t.val != short {
			continue
		}
		if i+1 < len(q.toks) && notRank[q.toks[i+1].val] {
			continue
		}
		return true
	}
	return false
}

// juniorPlaces follow "junior" where it names a school, not a rank.
var juniorPlaces = setOf("high college colleges school varsity")

// seniorSaid reports whether the question names a senior one of a job
// ("senior software developers", "sr. accountant"), not a career whose
// name holds the word (Senior Support Technician), a senior high school
// or senior citizens.
func (q *question) seniorSaid() bool {
	if strings.Contains(strings.ToLower(q.careers[0].matched), "senior") || strings.Contains(strings.ToLower(q.careers[0].career.Name), "senior") {
		return false
	}
	return q.rankSaid("senior", "sr", seniorNotRank)
}

// seniorNotRank follow "senior" where it names no rank: "senior high",
// "senior citizens", "senior living".
var seniorNotRank = setOf("high citizen citizens living care center centers home homes year class")
