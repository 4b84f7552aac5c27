package bot

import (
	"cmp"
	"context"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/careerbot/careerbot/knowledge"
)

// Conversation is what a chat remembers between two questions: the careers
// and the kind of question last asked, never the text of a message.
type Conversation struct {
	Careers []string `json:"careers,omitempty"` // keys of the careers last answered about
	Before  []string `json:"before,omitempty"`  // keys of the careers answered about before those, for "compare them"
	// Recent are the keys of the careers last answered about, turn after
	// turn, the latest last (at most maxRecent): "rank those three" after
	// plumbers, then electricians, then HVAC techs.
	Recent []string `json:"recent,omitempty"`
	List   []string `json:"list,omitempty"` // keys last offered as a list (rankings, choices), for "the second one"
	// Choices are the keys of the careers a name could also mean, when
	// the answer listed other careers too (List): "2" picks among them,
	// "which of those pays the most" ranks the list.
	Choices []string `json:"choices,omitempty"`
	Intent  string   `json:"intent,omitempty"`   // the kind of question last asked
	Fields  []string `json:"fields,omitempty"`   // the figures last asked for
	Rank    int      `json:"rank,omitempty"`     // a ranking's direction
	Top     int      `json:"top,omitempty"`      // a ranking's "top 5": how many rows were asked
	Level   string   `json:"level,omitempty"`    // a ranking's education filter
	Below   bool     `json:"below,omitempty"`    // "without a college degree"
	BelowBA bool     `json:"below_ba,omitempty"` // with Below: "without a bachelor's", an associate's counts
	Under   string   `json:"under,omitempty"`    // with Below: the level not needed ("without a master's")
	NoExp   bool     `json:"no_exp,omitempty"`   // a ranking's "with no experience"
	Groups  []string `json:"groups,omitempty"`   // a ranking's occupation groups
	PayMin  float64  `json:"pay_min,omitempty"`  // a ranking's pay limits ("over 80k"), yearly or, with PayHourly, hourly
	PayMax  float64  `json:"pay_max,omitempty"`
	// PayHourly: PayMin and PayMax are hourly wages.
	PayHourly bool `json:"pay_hourly,omitempty"`
	// PayThan is the career (key ThanKey) whose median yearly wage,
	// ThanPay, a ranking's careers pass ("jobs that pay more than a
	// teacher").
	PayThan string  `json:"pay_than,omitempty"`
	ThanKey string  `json:"than_key,omitempty"`
	ThanPay float64 `json:"than_pay,omitempty"`
	// Among: the last ranking was of the careers listed before it ("which
	// one has more openings"), which List holds.
	Among bool `json:"among,omitempty"`
	// Pct is the percentile last asked ("top 10%": annual_p90), for "in
	// PA?" after it.
	Pct    string   `json:"pct,omitempty"`
	States []string `json:"states,omitempty"` // postal codes of the states last asked about
	// StatesBefore are the states asked about the same careers the turn
	// before, for "which of those two is higher" after one state, then
	// another.
	StatesBefore []string `json:"states_before,omitempty"`
	// Places are the states the last answer ranked, first first: "that
	// state" after the best paying states is the first.
	Places []string `json:"places,omitempty"`
	// Judged is the pay last told or asked to be judged, yearly ("i make
	// 75k as a nurse"), for "is that good?" after it; JudgedHourly,
	// JudgedMonthly and JudgedWeekly say how it was said.
	Judged        float64 `json:"judged,omitempty"`
	JudgedHourly  bool    `json:"judged_hourly,omitempty"`
	JudgedMonthly bool    `json:"judged_monthly,omitempty"`
	JudgedWeekly  bool    `json:"judged_weekly,omitempty"`
	// JudgedBiweekly: told by the paycheck of two weeks.
	JudgedBiweekly bool `json:"judged_biweekly,omitempty"`
}

// Conversations keeps each conversation's last question for a while. An
// implementation never fails a question: when its store is unreachable it
// forgets, or falls back to memory, and says so in its own log.
type Conversations interface {
	Get(ctx context.Context, key string) (Conversation, bool)
	Put(ctx context.Context, key string, c Conversation)
}

// DefaultConversationTTL is how long a conversation is remembered after
// its last question.
const DefaultConversationTTL = 30 * time.Minute

// MemoryConversations keeps conversations in this process, each for ttl
// after its last question, at most max of them (the oldest go first).
type MemoryConversations struct {
	ttl time.Duration
	max int
	now func() time.Time

	mu sync.Mutex
	m  map[string]memoryEntry
}

type memoryEntry struct {
	c       Conversation
	expires time.Time
}

var _ Conversations = (*MemoryConversations)(nil)

// NewMemoryConversations returns an empty in-memory store.
func NewMemoryConversations(ttl time.Duration, max int) *MemoryConversations {
	if ttl <= 0 {
		ttl = DefaultConversationTTL
	}
	if max <= 0 {
		max = 100_000
	}
	return &MemoryConversations{ttl: ttl, max: max, now: time.Now, m: map[string]memoryEntry{}}
}

// Get returns the conversation under key unless it expired.
func (s *MemoryConversations) Get(_ context.Context, key string) (Conversation, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.m[key]
	if !ok || s.now().After(e.expires) {
		delete(s.m, key)
		return Conversation{}, false
	}
	return e.c, true
}

// Put remembers c under key for the store's ttl.
func (s *MemoryConversations) Put(_ context.Context, key string, c Conversation) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	if _, ok := s.m[key]; !ok && len(s.m) >= s.max {
		s.evict(now)
	}
	s.m[key] = memoryEntry{c: c, expires: now.Add(s.ttl)}
}

// evict drops expired conversations and, if that frees too little, the
// tenth closest to expiring: memory stays bounded whatever the traffic,
// and a full store scans itself once per tenth of its size, not per question.
func (s *MemoryConversations) evict(now time.Time) {
	type aged struct {
		key     string
		expires time.Time
	}
	var live []aged
	for k, e := range s.m {
		if now.After(e.expires) {
			delete(s.m, k)
		} else {
			live = append(live, aged{k, e.expires})
		}
	}
	if len(s.m) < s.max {
		return
	}
	sort.Slice(live, func(i, j int) bool { return live[i].expires.Before(live[j].expires) })
	for _, a := range live[:max(1, len(live)/10)] {
		delete(s.m, a.key)
	}
}

// onlyTalk reports whether a question is small talk alone ("appreciate
// it!", "thanks so much"), not a follow-up opened with it ("ok and in
// texas?", "ok the second one").
func onlyTalk(q *question) bool {
	if q.talk == "" || len(q.careers) > 0 || q.hasIntent() || len(q.states) > 0 || q.rank != 0 {
		return false
	}
	words, asks := 0, false
	for _, t := range q.toks {
		if t.kind == tokNumber || t.kind == tokWord && ordinals[t.val] != 0 {
			return false
		}
		if t.kind == tokWord {
			words++
			if raw := strings.ToLower(t.raw); raw == "helps" || raw == "helped" {
				continue // "that helps": thanks, not a call for help
			}
			if followWords[t.val] || !isTalk(t.val) && wordRole(t.val, func(r *role) bool { return r.intent != "" || r.rank != 0 || r.pct != "" }) != nil {
				asks = true
			}
		}
	}
	// "appreciate it, that helps" is thanks; "cool, what about them"
	// asks again.
	return words <= 3 || words <= 6 && !asks
}

// askedWhich reports whether a question opens with "which" or "who" (after
// "and"): one of the careers asked about, compared.
func askedWhich(q *question) bool {
	for _, t := range q.toks {
		switch t.val {
		case "and", "so", "ok", "okay":
			continue
		case "which", "who":
			return true
		}
		return false
	}
	return false
}

// sideBySide are the questions a comparison answers for each career, which
// "and phlebotomists?" asks again of both.
var sideBySide = map[string]bool{intentSkills: true, intentEducation: true, intentOutlook: true, intentDescribe: true}

// pronouns and ordinals that refer to the last answer.
var (
	pronouns = setOf(`it they them their that those this these he she him her one ones its both em they'd theyd they're theyre they've theyve`)
	ordinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
		"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "last": -1}
	openers = setOf(`and also same now then only just`)
	// numberWords after "number" are a place in the last list.
	numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
	// listPlaces after "top" or "bottom" are a place in the last list.
	listPlaces = setOf(`one pick choice spot option`)
	// askers open a follow-up only with "about": "what about plumbers?",
	// not "what personality fits a nurse".
	askers = setOf(`what how`)
	// manyWords ask about careers at large ("jobs that pay 100k", "a good
	// job for someone who likes math"): a question of its own, never one
	// about the careers of the last answer.
	manyWords = setOf(`job career occupation profession field trade gig`)
	adders    = setOf(`add include plus also too`)
	// theJob before a word of manyWords refers to the last career: "the
	// job", "this career".
	theJob = setOf(`the this that my same`)
	// followWords ask again after small talk: "cool, what about them".
	followWords = setOf(`what how which who where why about and vs or versus compare`)
)

// whichVerbs ask which of the careers compared does something: "which has
// better job growth", "which pays more".
var whichVerbs = setOf(`has have pays pay is are grows grow earns earn makes make needs need requires require takes take gets get offers offer`)

// follow reads a question in the light of the conversation's last one: a
// question that names its own careers and asks its own question starts
// afresh; "and hourly?", "what about plumbers?", "add plumbers to that",
// "compare it with nurses", "which one pays more?", "the second one" refer
// back.
func (t *turn) follow(q *question, prev Conversation) {
	if len(prev.Choices) > 0 && q.onlyNumber() {
		prev.List = prev.Choices // "2": the choice offered by number, not the second listed
	}
	if onlyTalk(q) {
		return // "appreciate it!": thanks, not the last question again
	}
	if t.judgesLast(q, prev) {
		return
	}
	if len(q.careers) == 0 {
		defer carryJudged(q, prev)
	}
	if t.completedByLast(q, prev) {
		if !q.hasIntent() {
			q.ask(prev)
		}
		return
	}
	if t.extremeOfLast(q, prev) {
		return
	}
	t.preferDiscussed(q, prev)
	t.kindOfLast(q, prev)
	t.modifierOfLast(q, prev)
	own := q.asksOwn()
	pronoun, adding, opener, many, two, both := false, false, false, false, false, false
	national, state, there, thatState, single, same := false, false, false, false, false, false
	thoseStates := false
	placeAsked := 0 // the place in the last states ranked that "the #1 state" asks
	ordinal, ordinal2 := 0, 0
	for i, tok := range q.toks {
		if q.claimed[i] || tok.kind != tokWord && tok.kind != tokNumber {
			continue
		}
		switch {
		case manyWords[tok.val] && (i > 0 && theJob[q.toks[i-1].val] || i == 0 && !strings.HasSuffix(strings.ToLower(tok.raw), "s") && q.hasIntent()):
			// "what's the job outlook", "what does the job involve"; "job
			// outlook?" opening a follow-up, one job: the last one.
			pronoun = true
			single = single || !strings.HasSuffix(strings.ToLower(tok.raw), "s")
		case manyWords[tok.val] && q.inLongSpan(i):
			// "job openings", "job growth": a figure asked, not jobs at
			// large.
		case manyWords[tok.val] && i > 0 && (q.toks[i-1].val == "whose" || q.toks[i-1].val == "which") && !strings.HasSuffix(strings.ToLower(tok.raw), "s") && len(prev.Careers) >= 2:
			pronoun = true // "whose field grows quicker" of the careers compared
		case tok.val == "which" && len(q.careers) == 0 && len(prev.Careers) >= 2 && i+1 < len(q.toks) && whichVerbs[q.toks[i+1].val] &&
			slices.ContainsFunc(q.toks[i+1:], func(t token) bool { return manyWords[t.val] }):
			// "which has better job growth": of the careers compared, though
			// "job" alone would ask of jobs at large.
			pronoun = true
		case manyWords[tok.val] && q.signals[intentRelated] == 0 && jobRef(q.toks[:i]):
			pronoun, single = true, true // "that top construction job": the one before
		case manyWords[tok.val] && q.signals[intentRelated] == 0:
			many = true // but "similar careers?" asks about the last ones
		case tok.val == "two" || tok.val == "both":
			two = true // "compare the two", "the first two"
			both = both || tok.val == "both"
		case pronouns[tok.val] && q.statesAfter(i):
			thoseStates = true // "which of those states"
		case pronouns[tok.val] && !(i > 0 && manyWords[q.toks[i-1].val]) && !q.statesAfter(i):
			// "jobs that pay well": "that" refers to the jobs; "in those
			// two states" to the states.
			pronoun = true
			// "how much school does that take": one career, as "it".
			single = single || tok.val == "it" || tok.val == "its" ||
				(tok.val == "that" || tok.val == "this") && i > 0 && thatAsked[q.toks[i-1].val] && (i+1 == len(q.toks) || !manyWords[q.toks[i+1].val])
		case tok.val == "each" && (i+1 == len(q.toks) || q.toks[i+1].kind != tokWord || !eachPeriods[q.toks[i+1].val]):
			pronoun = true // "what education does each need"; not "each year"
		case adders[tok.val]:
			adding = true
		case i == 0 && (openers[tok.val] || askers[tok.val] && len(q.toks) > 1 && q.toks[1].val == "about"):
			opener = true
		}
		switch tok.val {
		case "nationally", "national", "nationwide":
			national = true // "and nationally?"
		case "state", "states":
			state = true // "and the lowest paying state?"
		}
		if n, ok := ordinals[tok.val]; ok && ordinal == 0 {
			ordinal = n
		} else if ok && ordinal2 == 0 && n != ordinal {
			ordinal2 = n // "compare the first and second"
		}
		if (tok.val == "top" || tok.val == "bottom") && i+1 < len(q.toks) && listPlaces[q.toks[i+1].val] && ordinal == 0 {
			ordinal = map[string]int{"top": 1, "bottom": -1}[tok.val] // "what does the top one do", "the top pick"
		}
		if (tok.val == "meant" || tok.val == "mean") && i > 0 && q.toks[i-1].val == "i" {
			same = true // "no i meant plumbers": the last question of them
		}
		if tok.val == "same" && i+1 < len(q.toks) && (q.toks[i+1].val == "question" || q.toks[i+1].val == "thing" || q.toks[i+1].val == "info") {
			same = true // "and web developers, same question"
		}
		if tok.val == "state" && i > 0 && stateRefs(q.toks[:i]) {
			thatState = true // "in that state", "that best-paying state"
		}
		if tok.val == "state" && i > 0 && placeAsked == 0 {
			placeAsked = statePlace(q.toks[:i]) // "the #1 state", "the second state"
		}
		if tok.val == "there" {
			there = true // "what does the 25th percentile earn there": in the state asked
		}
		if tok.kind == tokNumber && (len(q.toks) <= 2 && !(i > 0 && rankEnds[q.toks[i-1].val]) || strings.HasPrefix(tok.raw, "#") || i > 0 && q.toks[i-1].val == "number") {
			ordinal = atoi(tok.val)
		}
		if n := numberWords[tok.val]; n > 0 && i > 0 && q.toks[i-1].val == "number" && ordinal == 0 {
			ordinal = n // "pick number one from those"
		}
	}
	if other := q.otherOne(); other && ordinal == 0 && len(q.careers) == 0 && len(q.unknown) == 0 && len(prev.Careers) == 1 && len(prev.Before) == 1 && prev.Before[0] != prev.Careers[0] {
		// "and the other one in florida?" after dental hygienists, then
		// dental assistants: the hygienists.
		q.setCareers(t.kb, prev.Before)
		if !q.hasIntent() {
			q.ask(prev)
		}
		return
	}
	if ordinal != 0 && len(prev.List) == 0 && len(prev.Before) == 1 && len(prev.Careers) == 1 {
		// "the first one" with no list: of the careers asked about in turn
		// (pharmacists, then pharmacy aides).
		prev.List = []string{prev.Before[0], prev.Careers[0]}
	}
	if single && !two && !many && ordinal == 0 && prev.Intent == intentRank && len(prev.Careers) == 0 && len(prev.List) > 0 {
		// "how does it stack up against electricians" after a ranking:
		// its first career.
		prev.Careers = prev.List[:1]
	}
	if pronoun && !two && !many && ordinal == 0 && q.rank == 0 && len(q.careers) == 0 && len(q.unknown) == 0 &&
		len(prev.Careers) == 0 && len(prev.List) > 0 && prev.Intent != intentRank {
		// "whats that pay" after the careers a job said in one's own
		// words could be: the first, the likeliest.
		prev.Careers = prev.List[:1]
	}
	if placeAsked > 0 && !thatState && len(q.states) == 0 && len(q.careers) == 0 && placeAsked <= len(prev.Places) && len(prev.Careers) > 0 {
		// "what's the pay in the #1 state" after the states ranked.
		q.states = statesOf(prev.Places[placeAsked-1 : placeAsked])
		q.setCareers(t.kb, prev.Careers)
		q.rank, q.statesRank = 0, 0
		delete(q.signals, intentWhere)
		return
	}
	if state && askedWhich(q) && len(q.states) == 0 && len(prev.States) >= 2 && len(prev.Careers) == 1 &&
		(len(q.careers) == 0 || len(q.careers) == 1 && q.careers[0].career.Key == prev.Careers[0]) {
		// "so which state is better for accountants" after two states
		// side by side: those two.
		q.setCareers(t.kb, prev.Careers)
		q.states = statesOf(prev.States)
		q.rank, q.statesRank = 0, 0
		return
	}
	if q.pct == knowledge.FieldAnnual90 && pronoun && !single && len(q.careers) == 0 && len(prev.List) >= 2 && ordinal == 0 {
		// "among those whats the top earner": the best paid of the list,
		// not the top tenth of a career's pay.
		q.pct, q.rank = "", 1
		q.addSignal(intentPay)
	}
	if there && len(q.states) == 0 && len(prev.States) == 0 && len(prev.Places) > 0 {
		thatState = true // "what's the median there" after the states ranked: the first
	}
	if thatState && len(q.states) == 0 {
		switch {
		case len(prev.States) > 0:
			q.states = statesOf(prev.States)
		case len(prev.Places) > 0:
			q.states = statesOf(prev.Places[:1])
		}
		if len(q.states) > 0 && len(q.careers) == 0 && len(prev.Careers) > 0 {
			q.setCareers(t.kb, prev.Careers)
		}
		if len(q.states) > 0 {
			q.rank = 0 // "best-paying" named the state, not a ranking
			return
		}
	}
	rankThose := len(q.toks) <= 4 && len(q.toks) > 0 && (q.toks[0].val == "rank" || q.toks[0].val == "sort" || q.toks[0].val == "order") && pronoun
	if (askedWhich(q) && q.rank > 0 && !q.lastTwo(prev, two) && len(prev.Recent) >= 3 || rankThose && len(prev.Recent) >= 2) &&
		len(q.careers) == 0 && len(q.unknown) == 0 && !state && !many && ordinal == 0 &&
		prev.Intent != intentRank && len(prev.List) < len(prev.Recent) {
		// "which pays the most" after truck drivers, then bus drivers,
		// then delivery drivers: the careers asked about in turn, not
		// only the last two.
		q.rankAmongKeys(t.kb, prev.Recent)
		q.addSignal(intentRank)
		if q.rank == 0 {
			q.rank = +1 // "rank those": best paid first
		}
		if len(q.states) == 0 && len(prev.States) == 1 && !national {
			q.states = statesOf(prev.States) // "rank those" after careers in Texas: there
		}
		return
	}
	if thoseStates && len(q.careers) == 0 && len(q.unknown) == 0 && len(q.states) == 0 &&
		len(prev.Careers) == 1 && len(prev.States) == 1 && len(prev.StatesBefore) > 0 {
		// "which of those two states pays more" after a career in one
		// state, then another: the career in both, not the two careers
		// its name could also mean.
		q.setCareers(t.kb, prev.Careers)
		q.states = statesOf(append(slices.Clone(prev.StatesBefore), prev.States...))
		q.rank = 0
		return
	}
	switch {
	case len(q.careers) == 0 && len(q.unknown) == 0 && prev.Intent == intentStatesRanked && q.rank != 0 && len(prev.Careers) >= 1 && len(prev.Careers) <= 3:
		// "and the worst?" after the best paying states for a career.
		q.setCareers(t.kb, prev.Careers)
		q.statesRank = q.rank
	case len(q.careers) == 0 && len(q.unknown) == 0 && q.rank != 0 && state && pronoun && !thoseStates && len(q.states) == 0 &&
		(len(prev.Careers) == 1 || len(prev.Careers) <= 3 && (prev.Intent == intentCompare || prev.Intent == intentCompareState)) &&
		prev.Intent != intentRank && prev.Intent != intentRelated:
		// "best states for them" after truck drivers' pay: the states of
		// the career said, not of the other careers its name could mean;
		// "which state pays them most" after two compared in Illinois:
		// the states of each, wherever.
		q.setCareers(t.kb, prev.Careers)
		q.statesRank = q.rank
	case len(q.careers) == 0 && len(q.unknown) == 0 && prev.Intent == intentRank && !prev.Among && prev.Rank != 0 && q.rank == -prev.Rank && q.topN == 0 &&
		!askedWhich(q) && ordinal == 0 && !q.holdsWord(amongWords) && len(q.groups) == 0 && q.level == "" && !q.noDegree:
		// "what about the lowest paying ones" after the highest paying
		// jobs without a degree: the other end of that ranking, not the
		// list shown turned over.
		rank := q.rank
		q.rankAsBefore(prev)
		q.rank = rank
	case len(q.careers) == 0 && len(q.unknown) == 0 && (q.rank != 0 || q.bound.set()) && (pronoun && !(single && len(prev.Careers) == 1) || askedWhich(q) && !many && len(q.groups) == 0 && prev.Intent != intentCompare) && len(prev.List) >= 2 && ordinal == 0 &&
		!(state && !pronoun && len(prev.Careers) == 1 && prev.Intent != intentRank) && !q.lastTwo(prev, two):
		// "which of those pays the most", "which pays the most" after a
		// list: ranked among it; but "which state pays the most" after a
		// career's pay, with the other careers its name could mean
		// listed, asks the career's states (below).
		q.rankAmongKeys(t.kb, recentList(prev, q.thoseMany()))
		if len(q.states) == 0 && len(prev.States) == 1 && !national {
			q.states = statesOf(prev.States) // "which has more jobs" of careers in Nevada: there
		}
		// The list's filters hold for its rows, and are kept for what
		// follows ("what about in texas": jobs without a degree there).
		if q.level == "" && !q.noDegree && len(q.groups) == 0 && prev.Intent == intentRank {
			q.level, q.noDegree, q.upToAssociate, q.under, q.groups = prev.Level, prev.Below, prev.BelowBA, prev.Under, prev.Groups
			q.noExperience = q.noExperience || prev.NoExp
		}
		q.addSignal(intentRank)
	case len(q.careers) == 0 && len(q.unknown) == 0 && pronoun && !single && !two && ordinal == 0 && q.rank == 0 && !q.bound.set() && q.signals[intentPay] > 0 &&
		(prev.Intent == intentRank && len(prev.Careers) == 0 || prev.Intent == intentRelated) && len(prev.List) >= 2 && len(q.fields) == 0:
		// "what do those pay" after a list, or careers related to one: the
		// list by pay, best paid first.
		q.rank = 1
		q.rankAmongKeys(t.kb, prev.List)
		q.addSignal(intentRank)
	case len(q.careers) == 0 && len(q.unknown) == 0 && state && q.rank != 0 && len(prev.Careers) == 1 && len(q.groups) == 0 && !many:
		// "and the lowest paying state?" after a career's pay.
		q.setCareers(t.kb, prev.Careers)
		q.statesRank = q.rank
	case len(q.careers) == 0 && len(q.unknown) == 0 && national && len(q.states) == 0 && len(prev.Careers) > 0 && !many:
		// "and nationally?" after a state's figures: the same, national.
		q.setCareers(t.kb, prev.Careers)
		if !q.hasIntent() {
			q.ask(prev)
		}
	case len(q.careers) == 0 && len(q.unknown) == 0 && prev.Intent == intentRank && q.asksMore():
		// "show me more" after a ranking: the same ranking, ten rows longer.
		q.rankAsBefore(prev)
		q.topN = min(len(prev.List)+defaultRanked, maxRanked)
	case len(q.careers) == 0 && len(q.unknown) == 0 && prev.Intent == intentRank && q.topN > 0 && ordinal == 0 && len(q.signals) == q.signals[intentRank] && len(q.fields) == 0 &&
		q.level == "" && !q.noDegree && len(q.groups) == 0 && len(q.states) == 0 && !q.bound.set() && !q.declining:
		// "top 5", "just the top 3" after a ranking: the same ranking, so
		// many rows.
		q.rankAsBefore(prev)
	case len(q.careers) == 0 && len(q.unknown) == 0 && (two || q.topN >= 2) && q.signals[intentCompare] > 0 && (prev.Intent == intentRank || len(prev.Careers) == 1) && len(prev.List) >= 2 &&
		!(ordinal == 0 && q.topN == 0 && q.lastTwo(prev, two)):
		// "compare the first two", "compare the top 3" after a ranking,
		// or after questions about one of its careers.
		n := min(cmp.Or(q.topN, 2), len(prev.List), maxCompared)
		q.setCareers(t.kb, prev.List[:n])
		q.topN, q.rank = 0, 0
		if len(q.states) == 0 && len(prev.States) == 1 && !national {
			q.states = statesOf(prev.States) // the top two of a state's ranking, there
		}
	case len(q.careers) == 0 && len(q.unknown) == 0 && q.rank != 0 && !many && !pronoun && !askedWhich(q) && ordinal == 0 && q.signals[intentCompare] == 0 && prev.Intent == intentCompare && len(prev.Careers) >= 2:
		// "and the least?" after careers compared: the least of them.
		q.rankAmongKeys(t.kb, prev.Careers)
		q.addSignal(intentRank)
	case ordinal != 0 && len(q.careers) == 0 && len(prev.List) > 0:
		// "the second one", "2": a career from the last list or choices.
		at := func(n int) int {
			if n < 0 {
				return len(prev.List) - 1
			}
			return n - 1
		}
		i := at(ordinal)
		if i < 0 || i >= len(prev.List) {
			q.pastList = prev.List // "the 3rd one" of two: said so, with the two
			return
		}
		if j := at(ordinal2); ordinal2 != 0 && j >= 0 && j < len(prev.List) && q.signals[intentCompare] > 0 {
			q.setCareers(t.kb, []string{prev.List[i], prev.List[j]}) // "compare the first and second"
		} else {
			q.setCareers(t.kb, prev.List[i:i+1])
		}
		q.unknown, q.free, q.topN, q.rank = nil, nil, 0, 0 // "the top one" is one, not a ranking
		if len(q.states) == 0 && len(prev.States) == 1 && !national && (there || prev.Intent == intentRank) {
			q.states = statesOf(prev.States) // "the second one … there" of a state's ranking
		}
		if !own && prev.Intent != intentRank {
			q.ask(prev)
		}
	case (len(q.careers) == 0 || len(q.careers) == 1 && len(prev.Careers) == 1 && q.careers[0].career.Key == prev.Careers[0]) &&
		len(q.unknown) == 0 && len(q.states) == 0 && (two || pronoun || thoseStates || askedWhich(q) && q.signals[intentCompare] > 0 && q.rank == 0) &&
		(q.signals[intentCompare] > 0 || q.rank != 0 || askedWhich(q)) &&
		len(prev.Careers) == 1 && len(prev.States) == 1 && len(prev.StatesBefore) > 0:
		// "which of those two is higher", "which pays more" after a
		// career in one state, then another: the career in both.
		q.setCareers(t.kb, prev.Careers)
		q.states = statesOf(append(slices.Clone(prev.StatesBefore), prev.States...))
		q.rank = 0
	case (len(q.careers) == 0 || len(q.careers) == 1 && len(prev.Careers) == 1 && q.careers[0].career.Key == prev.Careers[0]) &&
		len(q.unknown) == 0 && len(q.states) > 0 && len(prev.Careers) == 1 && len(prev.States) > 0 &&
		(q.signals[intentCompare] > 0 || q.holdsSeparator()):
		// "vs texas", "vs new york actuary pay" after a career in a state:
		// the career in both.
		q.setCareers(t.kb, prev.Careers)
		q.states = append(statesOf(prev.States), q.states...)
	case len(q.careers) == 0 && len(q.unknown) == 0 && len(q.states) == 0 && len(prev.Careers) >= 2 && !many && !state &&
		askedWhich(q) && (q.hasIntent() || len(q.fields) > 0 || q.rank != 0):
		// "which needs the least school" after a comparison: the same
		// careers, compared on it; "which pays more" in the state the
		// comparison was of.
		q.setCareers(t.kb, prev.Careers)
		q.rank = 0
		if len(prev.States) == 1 && !national && q.comparesPay() {
			q.states = statesOf(prev.States)
		}
		delete(q.signals, intentBySkill)
		q.addSignal(intentCompare)
	case len(q.careers) == 0 && len(q.unknown) == 0 && (q.signals[intentCompare] > 0 || askedWhich(q) && (pronoun || two) || both) && len(prev.Careers) == 1 && len(prev.Before) > 0:
		// "compare them", "which pays more?", "outlook for both" after
		// one career, then another: both, in the state the last was
		// asked of.
		q.setCareers(t.kb, append(append([]string{}, prev.Before...), prev.Careers...))
		if both && q.signals[intentCompare] == 0 {
			q.addSignal(intentCompare)
		}
		if len(q.states) == 0 && len(prev.States) == 1 && !national {
			q.states = statesOf(prev.States)
		}
	case len(q.careers) == 0 && len(q.unknown) == 0 && len(q.groups) > 0 && !pronoun && !q.hasIntent() && len(q.fields) == 0 && prev.Intent != intentRank:
		// "what about something in healthcare" after a career: the
		// field's careers, a question of its own, not the career again.
		return
	case len(q.careers) == 0 && len(q.unknown) == 0 && prev.Intent == intentRelated && len(prev.List) >= 2 && q.holdsWord(theseWords) &&
		q.rank == 0 && ordinal == 0 && len(q.states) == 0 && (q.signals[intentEducation] > 0 || q.signals[intentSkills] > 0 || q.signals[intentOutlook] > 0):
		// "what education do those need" after the careers one could
		// switch to: the closest of them side by side, not the job left.
		q.setCareers(t.kb, prev.List[:min(maxCompared, len(prev.List))])
		q.addSignal(intentCompare)
	case len(q.careers) == 0 && len(q.unknown) == 0 && len(prev.Careers) > 0 && (own || pronoun):
		// "and hourly?", "what do they need to study?", "which one pays more?"
		if (q.rank != 0 || many || q.signals[intentBySkill] > 0 && q.signals[intentSkills] == 0 || len(q.groups) > 0) && !pronoun {
			// "highest paying jobs", "something with computers maybe"
			// after a barista's change: a question of its own.
			return
		}
		q.setCareers(t.kb, prev.Careers)
		if !q.hasIntent() {
			q.ask(prev)
		}
		if len(q.states) == 0 && (q.asksPayOnly() || there || q.comparesPay() && !national) {
			// "and hourly?", "and the top 10% there?", "compare them" in
			// the state asked; "education", "the outlook" or "which state
			// pays best" are no pay in that state.
			q.states = statesOf(prev.States)
		}
	case len(q.careers) == 0 && len(q.unknown) == 0 && prev.Intent == intentRank && len(prev.List) > 0 &&
		holdsOneOf(" "+phraseKey(q.allText())+" ", "become one|be one|becoming one|being one|get into one|train as one|train to be one|study to be one"):
		// "how do I become one" after a ranking: the first of it.
		q.setCareers(t.kb, prev.List[:1])
		q.rank, q.topN = 0, 0
		if !q.hasIntent() {
			q.addSignal(intentEducation)
		}
	case len(q.careers) == 0 && len(q.unknown) == 0 && prev.Intent == intentRank && (pronoun || many) && q.asksOnly(intentDescribe) && len(prev.List) >= 2:
		// "what do they do all day" after a ranking: what the careers
		// listed do.
		q.setCareers(t.kb, prev.List)
	case len(q.careers) == 0 && len(q.unknown) == 0 && prev.Intent == intentRank && own:
		// "and hourly?" after a ranking: the same ranking by another figure.
		// A ranking asked whole ("best paying jobs in texas") is a question
		// of its own: it keeps no filter of the last one.
		if many && !opener {
			return
		}
		if prev.Among && len(q.states) > 0 && len(prev.List) <= maxCompared && !q.hasIntent() {
			// "what about in california" after which of two careers
			// has more openings: the two in that state.
			q.setCareers(t.kb, prev.List)
			q.rank, q.topN = 0, 0
			return
		}
		if q.rank == 0 {
			q.rank = prev.Rank
		}
		if q.topN == 0 {
			q.topN = prev.Top // "what about without a degree?" after the top 5: five again
		}
		// "need" in "only ones that need a bachelor's" says the filter,
		// not skills asked.
		filterOnly := q.level != "" || q.noDegree || len(q.groups) > 0
		for name, n := range q.signals {
			filterOnly = filterOnly && (n == 0 || name == intentBySkill || name == intentRank)
		}
		if len(q.fields) == 0 && (!q.hasIntent() || filterOnly) && len(q.states) == 0 {
			// "only ones without a degree" after the fastest growing:
			// still by growth (a state's figures are its pay).
			q.fields = fieldsOf(prev)
		}
		if q.level == "" && !q.noDegree {
			q.level, q.noDegree, q.upToAssociate, q.under = prev.Level, prev.Below, prev.BelowBA, prev.Under
		}
		q.noExperience = q.noExperience || prev.NoExp
		if len(q.groups) == 0 {
			q.groups = prev.Groups
		}
		if !q.bound.set() {
			// "only ones with an associate degree" after "jobs that pay
			// over 80k": still over 80k.
			q.bound = boundOf(prev)
		}
		if len(q.states) == 0 {
			q.states = statesOf(prev.States)
		}
		q.addSignal(intentRank)
	case len(q.careers) == 1 && !own && prev.Intent == intentStatesRanked && (opener || q.onlyNames()):
		// "and for teachers?" after the best paying states for nurses:
		// the teachers' states.
		q.statesRank = cmp.Or(prev.Rank, 1)
	case len(q.careers) > 0 && len(prev.Careers) > 0 && !same && (adding || (pronoun || len(q.careers) == 1 && !q.bothNamed()) && (q.signals[intentCompare] > 0 || q.separatorFirst())):
		// "compare with pipefitters", "vs electrical engineer": one career
		// to compare, the other the last one.
		// "add plumbers to that", "compare it with nurses".
		keys := append(append([]string{}, prev.Careers...), careerKeys(q.careers)...)
		inState := len(q.states) == 0 && len(prev.States) == 1 && (!q.hasIntent() || q.asksPayOnly() || len(q.signals) == 1 && q.signals[intentCompare] > 0) && !national
		q.setCareers(t.kb, keys)
		q.unknown = nil
		if !q.hasIntent() && sideBySide[prev.Intent] {
			q.ask(prev) // "and phlebotomists?" after their skills: skills side by side
		}
		if (!q.hasIntent() || q.signals[intentCompare] == 0) && !q.asksOnly(intentDescribe) {
			q.addSignal(intentCompare) // but "and an hr manager?" after what one does: what each does
		}
		if inState {
			q.states = statesOf(prev.States) // "and lpns" after CNAs in Ohio: in Ohio
		}
	case len(q.careers) > 0 && !q.hasIntent() && (opener || same || q.onlyNames() && len(prev.States) > 0 && !national) && prev.Intent != "":
		// "what about plumbers?": the same question about another career
		// (in the same state, when one was asked).
		if prev.Intent == intentCompare && len(prev.Careers) > 1 {
			// The last career gives way, or, to "i mean high school
			// teacher", the one of the same kind.
			k := len(prev.Careers) - 1
			if same && len(q.careers) == 1 {
				k = t.sameKind(prev.Careers, q.careers[0], k)
			}
			keys := slices.Concat(prev.Careers[:k], careerKeys(q.careers), prev.Careers[k+1:])
			q.setCareers(t.kb, keys)
		}
		q.ask(prev)
		if len(q.states) == 0 && !national {
			q.states = statesOf(prev.States) // but "and the national number for hvac techs"
		}
	}
}

// winnerWords and loserWords say which of the careers last compared "the
// … one" is: "what skills does the faster one need" after which of two
// grows faster.
var (
	winnerWords = setOf(`faster higher better bigger larger more greater quicker best highest fastest biggest largest`)
	loserWords  = setOf(`slower lower smaller less fewer worse lowest slowest smallest`)
)

// extremeOfLast reads "the faster one", "the better paid one" as the
// career, of those last compared, whose figure last asked (the median
// pay when none was) is highest, or lowest. It reports whether it did.
func (t *turn) extremeOfLast(q *question, prev Conversation) bool {
	if slices.ContainsFunc(q.careers, func(p pick) bool { return p.exact }) || len(prev.Careers) < 2 && len(prev.Before) < 2 || len(prev.Careers) == 0 {
		return false
	}
	dir := 0
	for i, tok := range q.toks {
		d := 0
		switch {
		case tok.kind != tokWord:
		case winnerWords[tok.val]:
			d = 1
		case loserWords[tok.val]:
			d = -1
		}
		if d != 0 && (i+1 < len(q.toks) && listPlaces[q.toks[i+1].val] || i+2 < len(q.toks) && listPlaces[q.toks[i+2].val]) {
			dir = d // "the faster one", "the better paid one"
			break
		}
	}
	if dir == 0 {
		return false
	}
	keys := prev.Careers
	if len(keys) < 2 && len(prev.Before) >= 2 && slices.Contains(prev.Before, keys[0]) {
		keys = prev.Before // "and the lower paid one" after the better paid one's
	}
	fields := prev.Fields
	if len(fields) == 0 {
		fields = []string{string(knowledge.FieldMedianAnnual)}
	}
	// The first figure asked that the careers have: a page's growth rate
	// or O*NET's projected growth.
	for _, f := range fields {
		best, most, n := "", 0.0, 0
		for _, key := range keys {
			c, ok := t.kb.Career(key)
			if !ok {
				continue
			}
			fact, ok := c.Fact(knowledge.Field(f))
			if !ok {
				continue
			}
			if v, ok := fact.Number(); ok {
				if n++; best == "" || float64(dir)*(v-most) > 0 {
					best, most = key, v
				}
			}
		}
		if n >= 2 {
			// A name guessed from the words ("lower": a molder) goes.
			q.unknown, q.unknownAt = nil, nil
			for len(q.careers) > 0 {
				q.dropPick(0)
			}
			q.setCareers(t.kb, []string{best})
			return true
		}
	}
	return false
}

// sameKind returns which of keys names a career of p's kind (its head
// noun: "teacher" of "high school teacher" in Elementary School
// Teachers), else k.
func (t *turn) sameKind(keys []string, p pick, k int) int {
	typed := knowledge.Tokens(p.typed)
	if len(typed) == 0 {
		return k
	}
	head := typed[len(typed)-1]
	for i, key := range keys {
		if c, ok := t.kb.Career(key); ok && c != p.career && slices.ContainsFunc(knowledge.Tokens(c.Name), func(w string) bool { return sameWord(w, head) }) {
			return i
		}
	}
	return k
}

// completedByLast reads words no career holds, after one career, as the
// last career's head with other modifiers: "i mean clinical and
// counseling" after psychologists is Clinical and Counseling
// Psychologists. It reports whether q now names that career.
func (t *turn) completedByLast(q *question, prev Conversation) bool {
	if len(q.careers) > 0 || len(q.unknownAt) == 0 || len(prev.Careers) != 1 {
		return false
	}
	c, ok := t.kb.Career(prev.Careers[0])
	if !ok {
		return false
	}
	name := knowledge.Tokens(c.Name)
	if len(name) == 0 {
		return false
	}
	head := name[len(name)-1]
	from := q.unknownAt[0][0]
	for _, words := range [][]string{q.wordsIn(from, len(q.toks)), q.wordsIn(from, q.unknownAt[0][1])} {
		if len(words) == 0 || len(words) > maxModifiers+1 || words[len(words)-1] == head {
			continue
		}
		if ms := t.kb.Exact(append(slices.Clip(words), head)); len(ms) > 0 {
			q.unknown, q.unknownAt, q.free = nil, nil, nil
			q.careers = []pick{{career: ms[0].Career, typed: strings.Join(words, " ") + " " + head, exact: true, matched: ms[0].Name, score: 1,
				start: from, after: len(q.toks)}}
			return true
		}
	}
	return false
}

// namedWithHead reports whether words, their last one put as the head of
// name (the career c's), are a name of c: "forklift ops" after
// Industrial Truck and Tractor Operators, whose alternate title is
// "Forklift Operator".
func (t *turn) namedWithHead(words, name []string, c *knowledge.Career) bool {
	if len(words) < 2 || len(name) == 0 {
		return false
	}
	try := append(slices.Clone(words[:len(words)-1]), name[len(name)-1])
	return slices.ContainsFunc(t.kb.Exact(try), func(m knowledge.Match) bool { return m.Career == c })
}

// preferDiscussed reads a generic name that names a career just talked
// about as that career: "how do agents do in florida" after real estate
// agents, "the techs" after chemical technicians; "those two mechanics"
// after two kinds of mechanic are both.
func (t *turn) preferDiscussed(q *question, prev Conversation) {
	if !slices.ContainsFunc(q.careers, func(p pick) bool { return !p.exact || len(p.others) > 0 }) {
		return // names of one career each: most questions
	}
	if len(q.toks) > 1 && (q.toks[0].val == "and" || q.toks[0].val == "also" || (q.toks[0].val == "what" || q.toks[0].val == "how") && q.toks[1].val == "about") {
		return // "and cooks there" after chefs: another career
	}
	var discussed []*knowledge.Career
	for _, k := range slices.Concat(prev.Careers, prev.Before) {
		if c, ok := t.kb.Career(k); ok && !slices.Contains(discussed, c) {
			discussed = append(discussed, c)
		}
	}
	if len(discussed) == 0 {
		return
	}
	copied := false
	for i := range q.careers {
		p := &q.careers[i]
		if p.exact && len(p.others) == 0 || slices.Contains(discussed, p.career) {
			continue // a name of one career, or one just talked about
		}
		words := knowledge.Tokens(p.typed)
		var hits []*knowledge.Career
		for _, c := range discussed {
			// Its name holds the words said; or the name said could also
			// mean it ("RTs" after respiratory therapists), or names it
			// with its head ("forklift ops" after forklift operators).
			name := knowledge.Tokens(c.Name)
			if len(words) > 0 && !slices.ContainsFunc(words, func(w string) bool { return !slices.Contains(name, w) }) || slices.Contains(p.others, c) ||
				t.namedWithHead(words, name, c) {
				hits = append(hits, c)
			}
		}
		switch {
		case len(hits) == 1:
			if !copied {
				// The picks are the kept parse's, shared by every asker of
				// the same words: this conversation's reading is its own.
				q.careers, copied = slices.Clone(q.careers), true
				p = &q.careers[i]
			}
			p.career, p.others, p.exact, p.matched, p.score = hits[0], nil, true, hits[0].Name, 1
		case len(hits) >= 2 && len(q.careers) == 1:
			keys := make([]string, len(hits))
			for k, c := range hits {
				keys[k] = c.Key
			}
			q.setCareers(t.kb, keys)
			return
		}
	}
}

// statesAfter reports whether the word after toks[i], or after a number
// there, is "state" or "states": "those two states", "that state".
func (q *question) statesAfter(i int) bool {
	for k := i + 1; k < len(q.toks) && k <= i+2; k++ {
		switch v := q.toks[k].val; {
		case v == "state" || v == "states":
			return true
		case v != "two" && v != "three" && v != "both" && q.toks[k].kind != tokNumber:
			return false
		}
	}
	return false
}

// inLongSpan reports whether toks[i] is in a question phrase of two words
// or more.
func (q *question) inLongSpan(i int) bool {
	sp := q.spanAt(i)
	return sp != nil && sp.end-sp.start >= 2
}

// jobRef reports whether the words before a word for a job refer to one
// named before: "that top construction job", "this career".
func jobRef(before []token) bool {
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		switch before[k].val {
		case "that", "this", "same":
			return k < len(before)-1 // "the job" alone is theJob's
		}
	}
	return false
}

// stateRefs reports whether the words before "state" refer to one named
// before: "that state", "this state", "the same state", "that
// best-paying state", "that top state".
func stateRefs(before []token) bool {
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		switch v := before[k].val; {
		case v == "that" || v == "this" || v == "same" || v == "said":
			return true
		case v == "best" || v == "top" || v == "highest" || v == "lowest" || v == "worst" || v == "paying" || v == "paid" || v == "-":
			continue
		default:
			return false
		}
	}
	return false
}

// statePlace returns the place the words before "state" give it in a
// ranking ("the #1 state", "the top state", "the 2nd state"), 0 if none.
func statePlace(before []token) int {
	if len(before) == 0 {
		return 0
	}
	t := before[len(before)-1]
	switch {
	case t.kind == tokNumber && strings.HasPrefix(t.raw, "#"):
		return atoi(t.val)
	case t.val == "top" || t.val == "best" || t.val == "highest":
		return 1
	}
	return max(ordinals[t.val], 0) // "last" (-1) is no place asked here
}

// comparesPay reports whether a follow-up asks only which of careers
// pays more ("which pays more", "compare them"), which a state asked
// before still applies to.
func (q *question) comparesPay() bool {
	return q.asksOnlyPayAnd(intentCompare) && q.signals[intentCompare] > 0
}

// asksOnlyPayAnd reports whether the question asks no figure but pay, and
// nothing but pay, help or also (an intent, or "").
func (q *question) asksOnlyPayAnd(also string) bool {
	if slices.ContainsFunc(q.fields, func(f knowledge.Field) bool { return !isPayField(f) }) {
		return false
	}
	for name, n := range q.signals {
		if n > 0 && name != intentPay && name != intentHelp && name != also {
			return false
		}
	}
	return true
}

// asksPayOnly reports whether a follow-up asks only pay, which a state
// asked before still applies to.
func (q *question) asksPayOnly() bool {
	if !q.asksOnlyPayAnd("") {
		return false
	}
	for _, t := range q.toks {
		if t.val == "state" || t.val == "states" || t.val == "where" {
			return false
		}
	}
	return len(q.fields) > 0 || q.signals[intentPay] > 0
}

// bothNamed reports whether a comparison names what it compares on both
// sides of a separator ("nurse vs"), not only one ("compare with nurses").
func (q *question) bothNamed() bool {
	return len(q.careers) >= 2 || len(q.unknown) > 0
}

// separatorFirst reports whether a separator comes before the first
// career named and no career before it: "vs electrical engineer",
// "compare with pipefitters".
func (q *question) separatorFirst() bool {
	if len(q.careers) == 0 {
		return false
	}
	for _, sp := range q.spans {
		if sp.end <= q.careers[0].start && slices.ContainsFunc(sp.roles, func(r *role) bool { return r.separator }) {
			return true
		}
	}
	return false
}

// holdsSeparator reports whether a separator other than "and" stands
// among the question's words: "vs texas", "how does that compare to
// florida", but not "and over in ohio?", which asks the same again.
func (q *question) holdsSeparator() bool {
	return slices.ContainsFunc(q.spans, func(sp vocabSpan) bool {
		return q.toks[sp.start].val != "and" && slices.ContainsFunc(sp.roles, func(r *role) bool { return r.separator })
	})
}

// onlyNames reports whether the question is career names alone ("lpn?"),
// which after a question about a state asks it again there.
func (q *question) onlyNames() bool {
	for i, t := range q.toks {
		if t.kind == tokWord && !q.claimed[i] {
			return false
		}
	}
	return len(q.careers) > 0 && len(q.states) == 0 && !q.asksOwn()
}

// moreWords are the words of "show me more", "next page", "the rest".
var moreWords = setOf(`and ok okay now so show me more see next page results please the keep going continue rest others other ones list longer give`)

// eachPeriods after "each" make it a period's ("openings each year").
var eachPeriods = setOf(`year years month months week weeks day days hour hours shift`)

// theseWords refer to careers listed: "what education do those need".
var theseWords = setOf(`those these them they`)

// amongWords refer to a list shown: "the lowest paying of those".
var amongWords = setOf(`those these them`)

// otherOne reports whether q asks of "the other one" (or "the other
// job"), of two careers asked in turn.
func (q *question) otherOne() bool {
	for i, t := range q.toks {
		if t.val == "other" && !q.claimed[i] && i > 0 && q.toks[i-1].val == "the" && (i+1 == len(q.toks) || q.toks[i+1].kind != tokWord || q.toks[i+1].val == "one" || manyWords[q.toks[i+1].val]) {
			return true
		}
	}
	return false
}

// asksMore reports whether a question only asks for more of the last
// answer: its words are all moreWords, one of them more, next, rest or
// continue.
func (q *question) asksMore() bool {
	more := false
	for i, t := range q.toks {
		switch {
		case t.kind != tokWord || q.claimed[i]:
			continue
		case !moreWords[t.val]:
			return false
		case t.val == "more" || t.val == "next" || t.val == "rest" || t.val == "continue":
			more = true
		}
	}
	return more
}

// asksOwn reports whether a question asks something by itself: an intent,
// a figure, a ranking or a filter.
func (q *question) asksOwn() bool {
	return q.hasIntent() || len(q.fields) > 0 || q.pct != "" || q.rank != 0 || q.level != "" || q.noDegree || len(q.groups) > 0 || len(q.states) > 0
}

func (q *question) hasIntent() bool {
	for name, n := range q.signals {
		if n > 0 && name != intentHelp {
			return true
		}
	}
	return false
}

// ask asks the conversation's last kind of question, unless the question
// asks about the career as a whole ("tell me more about the first one").
func (q *question) ask(prev Conversation) {
	if t := " " + phraseKey(q.allText()) + " "; holdsOneOf(t, overviewWords) {
		return
	}
	if prev.Intent != "" && prev.Intent != intentCareer {
		q.addSignal(prev.Intent)
	}
	if len(q.fields) == 0 {
		q.fields = fieldsOf(prev)
	}
	if q.pct == "" {
		q.pct = knowledge.Field(prev.Pct) // "in PA?" after "what do the top 10% of nurses make"
	}
}

// setCareers makes the question about the careers with these keys.
func (q *question) setCareers(kb *knowledge.Base, keys []string) {
	q.careers = q.careers[:0:0]
	seen := map[string]bool{}
	for _, k := range keys {
		if c, ok := kb.Career(k); ok && !seen[k] {
			seen[k] = true
			q.careers = append(q.careers, pick{career: c, typed: strings.ToLower(c.Name), exact: true, start: len(q.toks), after: len(q.toks)})
		}
	}
}

func careerKeys(ps []pick) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.career.Key
	}
	return out
}

// remember is what the conversation keeps of a question and its answer,
// after prev.
func remember(q *question, a Answer, prev Conversation) (Conversation, bool) {
	switch a.Kind {
	case KindHint, KindError, KindHelp:
		return Conversation{}, false // small talk and help leave the conversation as it was
	}
	c := Conversation{Intent: a.Intent, Rank: q.rank, Top: q.topN, Level: q.level, Below: q.noDegree, BelowBA: q.upToAssociate, Under: q.under, NoExp: q.noExperience, Groups: q.groups,
		PayMin: q.bound.min, PayMax: q.bound.max, PayHourly: q.bound.hourly, PayThan: q.bound.than, ThanKey: q.bound.thanKey, ThanPay: q.bound.thanPay, Pct: string(q.pct)}
	for _, m := range q.states {
		c.States = append(c.States, m.State.Postal)
	}
	if q.judge.ok {
		c.Judged, c.JudgedHourly, c.JudgedMonthly, c.JudgedWeekly, c.JudgedBiweekly = q.judge.yearly, q.judge.hourly, q.judge.monthly, q.judge.weekly, q.judge.biweekly
	}
	for _, f := range q.fields {
		c.Fields = append(c.Fields, string(f))
	}
	switch {
	case a.Intent == intentStatesRanked:
		c.Careers = a.About // "and the worst?": the same career's states
	case a.Kind == KindRanking && a.Intent == intentDescribe && len(a.About) <= maxCompared:
		// What a few careers do: "compare them" compares those.
		c.Careers = a.About
		c.List = a.About
	case a.Kind == KindRanking:
		c.List = a.About
		c.Intent = intentRank
		c.Among = q.amongListed
	case a.Kind == KindUnknown:
		c.Intent = q.intentName()
	case a.Kind == KindCompare:
		c.Careers = a.About
		c.List = a.About // "the second one" of a comparison
	default:
		c.Careers = a.About
		if len(a.About) == 1 {
			c.List = prev.List // "what does the third one do", then "compare the first and second"
		}
	}
	c.Places = a.Places
	if len(a.Listed) > 0 {
		c.List = a.Listed // "what does the first one pay" after related careers
	}
	c.Recent = recentCareers(prev.Recent, c.Careers)
	c.Before = prev.Before
	if len(prev.Careers) > 0 && !slices.Equal(prev.Careers, c.Careers) {
		c.Before = prev.Careers
	} else if len(c.Careers) > 0 && len(prev.States) > 0 && !slices.Equal(prev.States, c.States) {
		c.StatesBefore = prev.States
	}
	if len(a.Choices) > 0 {
		// "2" after "doctor could also mean: 1. …, 2. …".
		var keys []string
		for _, ch := range a.Choices {
			keys = append(keys, ch.Key)
		}
		if len(a.Listed) > 0 {
			c.Choices = keys
		} else {
			c.List = keys
		}
	}
	return c, true
}

// maxRecent is how many careers a conversation remembers as Recent.
const maxRecent = 5

// recentCareers adds the careers answered about now to those before them,
// each once, the latest last, keeping the last maxRecent.
func recentCareers(before, now []string) []string {
	out := slices.DeleteFunc(slices.Clone(before), func(k string) bool { return slices.Contains(now, k) })
	out = append(out, now...)
	return out[max(0, len(out)-maxRecent):]
}

// thoseMany returns how many careers "those three", "all 4", "the three"
// say, 0 when none is said.
func (q *question) thoseMany() int {
	for i := 1; i < len(q.toks); i++ {
		switch q.toks[i-1].val {
		case "those", "these", "all", "the", "them":
			if n := numberWords[q.toks[i].val]; n > 0 {
				return n
			}
			if n, err := strconv.Atoi(q.toks[i].val); err == nil && q.toks[i].kind == tokNumber && n <= maxRecent {
				return n
			}
		}
	}
	return 0
}

// recentList returns the careers "those three" means after a list of
// fewer: the last n answered about, when the conversation has them.
func recentList(prev Conversation, n int) []string {
	if n <= len(prev.List) || n > len(prev.Recent) {
		return prev.List
	}
	return prev.Recent[len(prev.Recent)-n:]
}

// lastTwo reports whether "which of those two pays more", or "which pays
// more", after one career and then another, asks of those two, not of a
// list answered before them (qa99 C04: a list of healthcare jobs, then
// medical assistants, then phlebotomists).
func (q *question) lastTwo(prev Conversation, two bool) bool {
	if prev.Intent == intentRank || len(prev.Careers) != 1 || len(prev.Before) == 0 {
		return false
	}
	// "which pays the most" asks the first of many, not the better of two.
	comparative := slices.ContainsFunc(q.toks, func(t token) bool { return comparatives[t.val] }) &&
		!slices.ContainsFunc(q.toks, func(t token) bool { return orderWords[t.val] || t.val == "top" })
	return two || comparative
}

// judgesLast reads "is that good?", "am i underpaid?", "fair?" after pay
// was told or answered: the pay told judged again among the same
// career's wages (and state's), or, with none told, the career's median
// set beside that of all occupations. It reports whether q was so read.
func (t *turn) judgesLast(q *question, prev Conversation) bool {
	if len(q.careers) > 0 || len(prev.Careers) != 1 || q.rank != 0 || len(q.unknown) > 1 {
		return false
	}
	// A figure told now ("is 48k good" after a career's pay in Michigan)
	// is judged against the career before, where it was asked.
	now := q.judge.ok
	told := prev.Judged > 0
	if !now && !told && prev.Intent != intentPay && prev.Intent != intentStatePay {
		return false // "is that good?" after what a job does asks no pay
	}
	if !now && !reJudgeAsked.MatchString(q.allText()) {
		return false
	}
	for _, w := range q.unknown {
		if !judgeWords[w] {
			return false
		}
	}
	q.unknown, q.free = nil, nil
	q.setCareers(t.kb, prev.Careers)
	if len(q.states) == 0 {
		q.states = statesOf(prev.States)
	}
	switch {
	case now:
	case told:
		q.judge = prev.judged()
	default:
		q.paidWellAsked = true
	}
	q.addSignal(intentPay)
	return true
}

// carryJudged keeps the pay told for "what about in ohio" after it: the
// same career's pay in another state, the figure judged there.
func carryJudged(q *question, prev Conversation) {
	if prev.Judged <= 0 || q.judge.ok || len(q.careers) != 1 || len(prev.Careers) != 1 || q.careers[0].career.Key != prev.Careers[0] ||
		len(q.states) == 0 || q.pct != "" || q.rank != 0 || len(q.signals) > q.signals[intentPay] || slices.ContainsFunc(q.fields, func(f knowledge.Field) bool { return !isPayField(f) }) {
		return
	}
	q.judge = prev.judged()
}

// judged is the pay last told, as it was said.
func (c Conversation) judged() payJudged {
	return payJudged{yearly: c.Judged, hourly: c.JudgedHourly, monthly: c.JudgedMonthly, weekly: c.JudgedWeekly, biweekly: c.JudgedBiweekly, ok: c.Judged > 0}
}

// judgeWords are the words reJudgeAsked judges with that a search could
// take for a career's ("fair", "right").
var judgeWords = setOf(`fair right good ok okay normal low high enough reasonable decent accurate correct average competitive bad underpaid overpaid lowball lowballed lowballing paid fairly`)

// intentName is the kind of question asked, for a follow-up after an
// unknown career.
func (q *question) intentName() string {
	best, n := "", 0
	for name, k := range q.signals {
		if k > n && name != intentHelp {
			best, n = name, k
		}
	}
	return best
}

// kindOfLast reads "what about aircraft ones" after bus mechanics as the
// aircraft kind of the last career's worker: an unknown word before "one"
// or "ones", with a head noun of the last career's name.
func (t *turn) kindOfLast(q *question, prev Conversation) {
	if len(q.careers) > 0 || len(q.unknown) != 1 || len(q.unknownAt) != 1 || len(prev.Careers) != 1 {
		return
	}
	at := q.unknownAt[0]
	if at[1] >= len(q.toks) || q.toks[at[1]].val != "one" && q.toks[at[1]].val != "ones" {
		return
	}
	last, ok := t.kb.Career(prev.Careers[0])
	if !ok {
		return
	}
	words := q.wordsIn(at[0], at[1])
	for _, w := range knowledge.Tokens(last.Name) {
		if !t.kb.HeadNoun(w) {
			continue
		}
		if ms := t.kb.Exact(append(slices.Clip(words), w)); len(ms) > 0 {
			q.unknown, q.unknownAt, q.free = nil, nil, nil
			q.careers = []pick{{career: ms[0].Career, typed: q.typed(at[0], at[1]+1), exact: true, matched: ms[0].Name, score: 1, start: at[0], after: at[1] + 1}}
			return
		}
	}
}

// modifierOfLast reads words alone after a career ("high school" after
// "salary for teachers") as the kind of the last career's worker, when
// they and its head noun are a career's whole name: Secondary School
// Teachers. The question keeps what the last one asked.
func (t *turn) modifierOfLast(q *question, prev Conversation) {
	if len(q.careers) > 0 || len(q.unknown) > 0 || len(prev.Careers) != 1 || q.hasIntent() || q.rank != 0 || len(q.states) > 0 {
		return
	}
	var words []string
	for _, tok := range q.toks {
		if tok.kind == tokWord && !isStopWord(tok.val) && !functionWords[tok.val] {
			words = append(words, tok.val)
		}
	}
	if len(words) == 0 || len(words) > maxModifiers {
		return
	}
	last, ok := t.kb.Career(prev.Careers[0])
	if !ok {
		return
	}
	for _, w := range knowledge.Tokens(last.Name) {
		if !t.kb.HeadNoun(w) {
			continue
		}
		if ms := t.kb.Exact(append(slices.Clip(words), w)); len(ms) > 0 && ms[0].Career != last {
			q.level, q.noDegree, q.groups = "", false, nil // "high school" is the teacher's kind, no education asked
			q.careers = []pick{{career: ms[0].Career, typed: strings.Join(words, " "), exact: true, matched: ms[0].Name, score: 1, start: 0, after: len(q.toks)}}
			for i := range q.claimed {
				q.claimed[i] = true
			}
			return
		}
	}
}

// rankAsBefore makes q the last answer's ranking again: its direction,
// filters, figures and states.
func (q *question) rankAsBefore(prev Conversation) {
	q.rank = cmp.Or(prev.Rank, 1)
	q.topN = cmp.Or(q.topN, prev.Top)
	q.level, q.noDegree, q.upToAssociate, q.under, q.groups = prev.Level, prev.Below, prev.BelowBA, prev.Under, prev.Groups
	q.noExperience = prev.NoExp
	q.bound = boundOf(prev)
	q.fields = fieldsOf(prev)
	q.states = statesOf(prev.States)
	q.addSignal(intentRank)
}

// boundOf returns the pay limits of the last ranking.
func boundOf(prev Conversation) payBound {
	return payBound{min: prev.PayMin, max: prev.PayMax, hourly: prev.PayHourly, than: prev.PayThan, thanKey: prev.ThanKey, thanPay: prev.ThanPay}
}

// fieldsOf returns the figures the last question asked for.
func fieldsOf(prev Conversation) []knowledge.Field {
	var out []knowledge.Field
	for _, f := range prev.Fields {
		out = append(out, knowledge.Field(f))
	}
	return out
}

// rankEnds are the words before a number that make it a ranking's
// length ("top 5"), not a place in the last list.
var rankEnds = setOf("top bottom")

// overviewWords ask about a career as a whole.
const overviewWords = "tell me about|tell me more|more about|more info|more information|overview|everything about|all about|info on|info about"

// thatAsked are the words before a "that" that stands for one career
// ("does that take", "is that", "about that"), not for jobs said before it
// ("ones that need").
var thatAsked = setOf("does doe do did is was would will can could about of for into become becoming")

// rankAmongKeys makes the question a ranking of the careers of keys, the
// last answer's.
func (q *question) rankAmongKeys(kb *knowledge.Base, keys []string) {
	q.among = nil
	for _, k := range keys {
		if c, ok := kb.Career(k); ok {
			q.among = append(q.among, c)
		}
	}
	q.amongListed = true
}

// maxCompared is the most careers of a list "compare the top N" puts side
// by side: more make a table no chat shows whole.
const maxCompared = 5

// statesOf turns remembered postal codes back into state mentions.
func statesOf(postal []string) []stateMention {
	var out []stateMention
	for _, p := range postal {
		if st, ok := knowledge.StateByName(p); ok {
			out = append(out, stateMention{State: st})
		}
	}
	return out
}

// isTalk reports whether w is a word of small talk ("thanks", "helps").
func isTalk(w string) bool { return wordRole(w, func(r *role) bool { return r.talk != "" }) != nil }

// onlyNumber reports whether the question is a number alone, as a reply
// to choices offered by number: "2", "#2", "number 2".
func (q *question) onlyNumber() bool {
	n := 0
	for _, t := range q.toks {
		switch {
		case t.kind == tokNumber:
			n++
		case t.kind == tokWord && (t.val == "number" || t.val == "no" || t.val == "option"):
		default:
			return false
		}
	}
	return n == 1
}
