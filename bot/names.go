package bot

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/careerbot/careerbot/knowledge"
)

// This file finds the careers a question names: whole names are claimed
// first, then the words left over are searched for, then the rules that
// keep one name one career and a comparison a comparison are applied.

// claimNames claims every run of tokens that is exactly a career's name or
// alternate title, longest first, left to right. A name may hold commas
// and "and" ("Heating, Air Conditioning, and Refrigeration Mechanics and
// Installers") but never starts or ends with a separator word, and is never
// made only of question words.
func (q *question) claimNames(kb *knowledge.Base) {
	toks := q.toks
	maxWords := kb.MaxNameWords()
	words := make([]string, 0, maxWords)
	ends := make([]int, 0, maxWords)
	for i := 0; i < len(toks); {
		if !q.canStart(i) {
			i++
			continue
		}
		words, ends = words[:0], ends[:0]
		for j := i; j < len(toks) && len(words) < maxWords; j++ {
			if toks[j].kind == tokStop {
				break
			}
			if toks[j].kind == tokComma {
				continue
			}
			words = append(words, toks[j].val)
			ends = append(ends, j+1)
		}
		claimed := false
		var spelled [][]string // the initials at i spelled out, read when needed
		for k := len(words); k >= 1 && !claimed; k-- {
			end := ends[k-1]
			if !q.canEnd(end-1) || onlyQuestionWords(toks[i:end]) {
				continue
			}
			var ms []knowledge.Match
			if k >= 2 {
				ms = kb.Exact(words[:k])
			}
			if k >= 2 && len(ms) == 0 && len(words[0]) <= 4 {
				// "PT assistant": initials and more, no name as said, but
				// one with the initials spelled out (Physical Therapist
				// Assistants), though "PT" is also Psychiatric Technicians.
				if spelled == nil {
					spelled = spelledInitials(kb, words[0])
				}
				for _, sp := range spelled {
					if ms := kb.Exact(append(slices.Clip(sp), words[1:k]...)); len(ms) > 0 {
						q.addPick(i, end, ms, true)
						claimed = true
						i = end
						break
					}
				}
				if claimed {
					break
				}
			}
			if k == 1 {
				// One word that begins a longer question phrase here is
				// that phrase ("switch from teaching"), not a name.
				if _, n := vocabAt(toks, q.claimed, i); n >= 2 {
					continue
				}
				// Nor a doing liked ("she likes drawing"): an interest.
				// Nor a second one ("i love computers and coding").
				liked := i > 0 && likeWords[toks[i-1].val] || i > 2 && (toks[i-1].val == "and" || toks[i-1].val == "or") && likeWords[toks[i-3].val]
				if liked && strings.HasSuffix(toks[i].raw, "ing") {
					continue
				}
				// Nor one inside a question phrase begun before it ("good
				// with his hands"): no hand laborers.
				if i > 0 && inPhraseFrom(toks, i-1, i) || i > 1 && inPhraseFrom(toks, i-2, i) {
					continue
				}
				ms = kb.Exact(words[:1])
				// Initials in parentheses after a title are the title's
				// or a credential's, no second career ("Senior Reactor
				// Operator (SRO)" is no school resource officer, "Crop
				// Consultant (CCA)" no city carrier assistant), unless the
				// name they are initials of shares a word with the title
				// ("Rapid Transit Operator (RTO)").
				if len(ms) > 0 && toks[i].paren && isUpper(toks[i].raw) && i > 0 && toks[i-1].kind == tokWord && !q.explicitCompare() {
					name := knowledge.Tokens(ms[0].Name)
					if !slices.ContainsFunc(q.wordsIn(max(0, i-4), i), func(w string) bool { return slices.Contains(name, w) }) {
						continue
					}
				}
				if len(ms) > 0 && q.initialsOfQualifier(kb, i, ms[0].Career) {
					continue
				}
				if len(ms) > 0 && titleCased(toks[i].raw) && initialsIn(ms[0].Name, words[0]) {
					// "Mobile Apps": a word written as one, not the
					// initials APP (an advanced practice provider).
					ms = nil
				}
			}
			if len(ms) > 0 {
				if k == 1 && q.doneToSomething(kb, i, ms[0].Career) {
					continue
				}
				if k == 1 && len(ms) <= 2 && ms[0].Score < 1 {
					ms = titledFirst(kb, words[0], ms)
				}
				preferAsTyped(ms, q.typed(i, end))
				q.addPick(i, end, ms, true)
				claimed = true
				i = end
			}
		}
		if !claimed {
			i++
		}
	}
}

// initialsOfQualifier reports whether toks[i], capitals that name career
// c alone, qualify the words of a title after them that name another
// ("OTR CDL-A driver" is an over-the-road truck driver, no occupational
// therapist, OTR): a search of the whole title finds another career
// whose names hold every word and its head noun.
func (q *question) initialsOfQualifier(kb *knowledge.Base, i int, c *knowledge.Career) bool {
	if !isUpper(q.toks[i].raw) || len(q.toks[i].raw) > 5 || q.explicitCompare() {
		return false
	}
	j := i + 1
	for j < len(q.toks) && q.toks[j].kind == tokWord && !q.claimed[j] && !isSeparator(q.toks[j].val) {
		if _, n := vocabAt(q.toks, q.claimed, j); n > 0 && !isArticle(q.toks[j].val) { // "CDL-A" is read "cdl a"
			break
		}
		j++
	}
	if j < i+2 || !kb.HeadNoun(q.toks[j-1].val) {
		return false
	}
	ss := kb.Search(strings.Join(q.wordsIn(i, j), " "), 1)
	return len(ss) > 0 && ss[0].Missing == 0 && ss[0].Head && ss[0].Career != c
}

// doneToSomething reports whether toks[i], one word that names c, is what
// the speaker says they do to something ("I counsel couples": a verb of
// work, not Counsel, a lawyer's title), unless c's own name holds it ("I
// coach basketball": Coaches and Scouts).
func (q *question) doneToSomething(kb *knowledge.Base, i int, c *knowledge.Career) bool {
	return i+1 < len(q.toks) && q.toks[i+1].kind == tokWord && !isStopWord(q.toks[i+1].val) && q.verbSaid(kb, i) &&
		!slices.Contains(knowledge.Tokens(c.Name), q.toks[i].val)
}

// spelledInitials returns the words initials stand for in the names they
// are alone: "pt" is a physical therapist ("PT", a name of Physical
// Therapists) and a psychiatric technician ("Psychiatric Technician
// (PT)"). Words that are no one's initials have none; the result is never
// nil, so it is read once.
func spelledInitials(kb *knowledge.Base, w string) [][]string {
	out := [][]string{}
	for _, m := range kb.Exact([]string{w}) {
		name := m.Name
		if open := strings.IndexByte(name, '('); open > 0 {
			if !strings.EqualFold(strings.Trim(name[open:], "() "), w) {
				continue
			}
			name = name[:open] // "Psychiatric Technician (PT)"
		} else if t := knowledge.Tokens(name); len(t) > 0 && t[0] == w {
			name = m.Career.Name // "PT": Physical Therapists
		}
		words := knowledge.Tokens(name)
		if len(words) < 2 || len(words) > 4 || !spellsOut(words, w) {
			continue
		}
		out = append(out, words)
	}
	return out
}

// spellsOut reports whether w is the first letters of words, all of them.
func spellsOut(words []string, w string) bool {
	if len(words) != len(w) {
		return false
	}
	for i, word := range words {
		if word[0] != w[i] {
			return false
		}
	}
	return true
}

// canStart reports whether a name may start at toks[i]: a word (not inside
// an expanded abbreviation) that is not a lower-case separator ("or" in
// "nurse or tech" separates; "OR tech" is a surgical technologist).
func (q *question) canStart(i int) bool {
	t := q.toks[i]
	if t.kind != tokWord && t.kind != tokNumber || q.claimed[i] {
		return false
	}
	if i > 0 && q.toks[i-1].pos == t.pos {
		return false
	}
	// Nor a lower-case stop word: "what do physician assistants do" is
	// not about a "DO Physician".
	return !isSeparator(t.val) && !functionWords[t.val] || isUpper(t.raw)
}

// functionWords are the grammar of a question, never the first word of a
// name unless written in capitals ("DO", "IT").
var functionWords = setOf(`a an the do doe did is are was were be been am what how which who whom whose why when where
	to of for in on at by with from my your our their i me you we can could will would should shall may might must
	it its this that these those there here some any his her him hers them they another each every
	person persons someone somebody`)

func (q *question) canEnd(i int) bool {
	t := q.toks[i]
	if t.kind != tokWord && t.kind != tokNumber {
		return false
	}
	if i+1 < len(q.toks) && q.toks[i+1].pos == t.pos {
		return false
	}
	return !isSeparator(t.val) || isUpper(t.raw)
}

// titleCased reports whether s is written as a word with a capital, not
// as initials: "Apps", not "APPs" or "APP".
func titleCased(s string) bool {
	if len(s) < 3 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	lower := 0
	for _, r := range s[1:] {
		if unicode.IsLower(r) {
			lower++
		}
	}
	return lower >= 2
}

// respelt reports whether pick k was read from a misspelling.
func (q *question) respelt(k int) bool {
	p := q.careers[k]
	return slices.ContainsFunc(q.toks[p.start:p.after], func(t token) bool { return t.respelt })
}

// initialsIn reports whether name holds w written as initials: "APP" in
// "APP (Advanced Practice Provider)".
func initialsIn(name, w string) bool {
	for _, f := range strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if isUpper(f) && strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

func isUpper(s string) bool {
	return len(s) > 1 && strings.ToUpper(s) == s && strings.ToLower(s) != s
}

func isSeparator(w string) bool { return wordRole(w, func(r *role) bool { return r.separator }) != nil }

// onlyQuestionWords reports whether a run is the question rather than a
// name: stop words, separators and numbers only ("do", "top 10"), or one
// word that asks something ("salary"). "Production Worker" is a name.
func onlyQuestionWords(toks []token) bool {
	words := 0
	for _, t := range toks {
		if t.kind != tokWord {
			continue
		}
		words++
		if !isStopWord(t.val) && !isSeparator(t.val) && (len(toks) > 1 || !isVocab(t.val)) {
			return false
		}
	}
	return true
}

func isStopWord(w string) bool { return wordRole(w, func(r *role) bool { return r.stop }) != nil }

// addPick records a career named by toks[start:end].
func (q *question) addPick(start, end int, ms []knowledge.Match, exact bool) {
	var words []string // the words typed, for an exact name
	if exact {
		words = q.wordsIn(start, end)
		ms = plainestFirst(ms, words)
	}
	p := pick{career: ms[0].Career, typed: q.typed(start, end), exact: exact, start: start, after: end, matched: ms[0].Name, score: ms[0].Score}
	official := ms[0].Career.Official()
	for _, m := range ms[1:] {
		switch {
		case exact && m.Career.CatchAll() && !ms[0].Career.CatchAll() && unsaidInTitle(m.Career, words) > 0:
			// "delivery driver" could mean couriers; that O*NET also lists
			// the title under "Logging Workers, All Other" tells no one
			// what the job is (but "Surgeons, All Other" is a surgeon's).
		case m.Career.Official() != official:
			if len(p.alternates) < 2 && (exact || m.Score >= 0.9 && m.Missing == 0) {
				p.alternates = append(p.alternates, m.Career)
			}
		case len(p.others) < maxOthers && (exact && ms[0].Score < 1 || !exact && m.Head && m.Missing == 0 && m.Score >= ms[0].Score*0.9) ||
			len(p.others) < maxLooseOthers && !exact && ms[0].Score < 0.95 && m.Missing <= ms[0].Missing && (m.Head || !ms[0].Head):
			// A search's guess says what else it could be.
			// A generic name (an alternate title of several careers, or a
			// head noun): say what else it could mean. A career's own
			// title means that career.
			p.others = append(p.others, m.Career)
		}
	}
	for i := start; i < end; i++ {
		q.claimed[i] = true
	}
	q.careers = append(q.careers, p)
}

// plainestFirst puts first, among the careers a name fits exactly and
// equally well, one whose own title says nothing the words typed do not
// and that employs ten times as many, when the first's title says a
// specialty not typed: a "brain surgeon", which O*NET lists under
// Pediatric Surgeons and Surgeons, All Other, is the surgeon nobody
// called pediatric. (Not a "communications manager": Public Relations
// Managers employ an eighth of "Managers, All Other", and the words
// are near.)
func plainestFirst(ms []knowledge.Match, typed []string) []knowledge.Match {
	if len(ms) < 2 {
		return ms
	}
	// Only when the first's title holds no word typed before the job's
	// noun: a "biomedical engineer" is the Biomedical Engineers' whatever
	// else "Engineers, All Other" lists.
	title := knowledge.Tokens(ms[0].Career.Name)
	if len(typed) < 2 || unsaidInTitle(ms[0].Career, typed) == 0 ||
		slices.ContainsFunc(typed[:len(typed)-1], func(t string) bool { return slices.ContainsFunc(title, func(w string) bool { return sameWord(t, w) }) }) {
		return ms
	}
	best := -1
	for k := 1; k < len(ms) && ms[k].Score == ms[0].Score; k++ {
		if unsaidInTitle(ms[k].Career, typed) == 0 && ms[0].Career.Size() > 0 && ms[k].Career.Size() >= 10*ms[0].Career.Size() {
			best = k
			break
		}
	}
	if best < 0 {
		return ms
	}
	out := append([]knowledge.Match{ms[best]}, ms[:best]...)
	return append(out, ms[best+1:]...)
}

// unsaidInTitle counts the words of c's own title, but for what it says
// it is not ("All Other", "Except …") and words that join, that no word
// typed is.
func unsaidInTitle(c *knowledge.Career, typed []string) int {
	n := 0
	for _, w := range knowledge.Tokens(c.Name) {
		if w == "except" {
			break
		}
		if w == "all" || w == "other" || functionWords[w] || isSeparator(w) {
			continue
		}
		if !slices.ContainsFunc(typed, func(t string) bool { return sameWord(t, w) }) {
			n++
		}
	}
	return n
}

// maxOthers bounds the other careers a generic name is said to fit;
// maxLooseOthers those offered beside a search's guess.
const (
	maxOthers      = 5
	maxLooseOthers = 3
)

// typed returns the text of toks[start:end] as typed.
func (q *question) typed(start, end int) string {
	var parts []string
	last := -1
	for _, t := range q.toks[start:end] {
		if t.pos == last {
			continue
		}
		last = t.pos
		if t.kind == tokComma {
			if len(parts) > 0 {
				parts[len(parts)-1] += ","
			}
			continue
		}
		parts = append(parts, t.raw)
	}
	return strings.Join(parts, " ")
}

// searchNames looks for careers among the words that are neither claimed
// names nor question words. Each run of such words is searched together
// with what touches it: a name claimed next to it ("sofware developer":
// "developer" is a name, "sofware" a typo of a word of a longer one), and
// the question words around it that are also name words ("physical
// education profesor", "medical assitant").
func (q *question) searchNames(kb *knowledge.Base, spans []vocabSpan) {
	inVocab := make([]*vocabSpan, len(q.toks))
	for i := range spans {
		for k := spans[i].start; k < spans[i].end; k++ {
			inVocab[k] = &spans[i]
		}
	}
	free := func(i int) bool {
		t := q.toks[i]
		return !q.claimed[i] && t.kind == tokWord && inVocab[i] == nil && !q.inUnknown(i) &&
			!(functionWords[t.val] && !isUpper(t.raw)) // "his job": no HIS, a hearing instrument specialist
	}
	nameish := func(i int) bool {
		t := q.toks[i]
		return !q.claimed[i] && t.kind == tokWord && inVocab[i] != nil && kb.Known(t.val) && !onlyStop(inVocab[i].roles) && !isSeparator(t.val) && !q.inUnknown(i) &&
			!(functionWords[t.val] && !isUpper(t.raw)) && // "what do surgeons make": no "DO" surgeon
			!slices.ContainsFunc(inVocab[i].roles, func(r *role) bool { return r.employer }) // "intel engineer" is no intelligence engineer
	}
	for i := 0; i < len(q.toks); {
		// Modifiers sharing the head of a name after them may be
		// question words too ("physical and occupational therapists").
		j := i
		for j < len(q.toks) && (free(j) || nameish(j)) {
			j++
		}
		if j > i {
			if k := q.sharedHead(kb, i, j, free); k > 0 {
				i = k
				continue
			}
			if k := q.slashHead(kb, i, j); k > 0 {
				i = k
				continue
			}
		}
		if !free(i) {
			i++
			continue
		}
		j = i + 1
		for j < len(q.toks) && free(j) {
			j++
		}
		q.searchRun(kb, i, j, nameish)
		for j < len(q.toks) && q.claimed[j] {
			j++
		}
		i = j
	}
	// A longer name is widened only over words that ask nothing ("computer
	// support specialist", not "physical therapist do").
	modifier := func(i int) bool {
		if !nameish(i) {
			return false
		}
		for _, r := range inVocab[i].roles {
			if r.intent != "" || r.talk != "" {
				return false
			}
		}
		return true
	}
	// A name found by search is widened only over the words before it
	// that name a field ("IT infrastructure manager": "infrastructure
	// manager" alone is a security manager's).
	field := func(i int) bool {
		return modifier(i) && slices.ContainsFunc(inVocab[i].roles, func(r *role) bool { return len(r.groups) > 0 })
	}
	q.widenPicks(kb, nameish, modifier, field)
}

// sharedHead reads free words toks[i:j] that end in no head noun,
// followed by "and" or "or" and a name, as sharing the name's head.
// "civil and mechanical engineers" are Civil Engineers and Mechanical
// Engineers, since "civil engineers" is a name; "pianos and organs
// salesperson" is one salesperson, found by all its words, since no name
// is "pianos salesperson". It returns where the words it read end, or 0
// when they are no such thing.
func (q *question) sharedHead(kb *knowledge.Base, i, j int, free func(int) bool) int {
	if j-i > maxModifiers || j+1 >= len(q.toks) || q.toks[j].kind != tokWord ||
		!coordinators[q.toks[j].val] || kb.HeadNoun(q.toks[j-1].val) ||
		slices.ContainsFunc(q.toks[i:j], func(t token) bool { return prepositions[t.val] }) { // "during procedures and x-ray tech"
		return 0
	}
	// The name after the coordinator: free words, then at most one
	// claimed name, which ends it.
	k := j + 1
	for k < len(q.toks) && q.toks[k].kind == tokWord {
		if q.claimed[k] {
			p := q.pickAt(k)
			if p < 0 || q.careers[p].start != k {
				break
			}
			k = q.careers[p].after
			break
		}
		if !free(k) {
			break
		}
		k++
	}
	if k == j+1 || k-(j+1) > maxModifiers+2 {
		return 0
	}
	head := q.toks[k-1]
	if head.kind != tokWord || !kb.HeadNoun(head.val) {
		return 0
	}
	// All the words begin a career's name: "bus and truck mechanic" is one
	// of Bus and Truck Mechanics and Diesel Engine Specialists, though a
	// bus mechanic and a truck mechanic are names of two careers.
	if m, ok := namePrefix(kb, q.wordsIn(i, k)); ok {
		for p := len(q.careers) - 1; p >= 0; p-- {
			if q.careers[p].start >= i && q.careers[p].after <= k {
				q.dropPick(p)
			}
		}
		q.addPick(i, k, []knowledge.Match{m}, true)
		return k
	}
	// "&" in a title joins the fields of one job ("Wedding & Event
	// Coordinator"), when a career's names hold all the words; "civil &
	// mechanical engineers" are two.
	if q.toks[j].raw == "&" && !isPlural(q.toks[k-1].raw) && !q.explicitCompare() {
		if ms := q.searchWords(kb, append(q.wordsIn(i, j), q.wordsIn(j+1, k)...), false); len(ms) > 0 && ms[0].Head {
			for p := len(q.careers) - 1; p >= 0; p-- {
				if q.careers[p].start > j && q.careers[p].after <= k {
					q.dropPick(p)
				}
			}
			q.addPick(i, k, ms, false)
			return k
		}
	}
	// The modifiers with the head, or with more of the name after them:
	// "pediatric vs family nurse practitioner" is a pediatric nurse
	// practitioner.
	named := q.wordsIn(j+1, k)
	for d := 1; d < len(named); d++ {
		if ms := kb.Exact(append(q.wordsIn(i, j), named[d:]...)); len(ms) > 0 {
			q.addPick(i, j, ms, true)
			q.careers[len(q.careers)-1].typed = q.typed(i, j) + " " + q.typed(k-(len(named)-d), k)
			return j
		}
	}
	// One career of all the words, only when "and"/"or" join them ("vs"
	// always parts two careers) and the modifiers name none by themselves
	// ("hvac and electrician" compares two).
	// A comparison asked ("which pays better hvac or plumbing") sets
	// careers side by side, not one of all the words.
	if q.toks[j].val != "and" && q.toks[j].val != "or" || len(kb.Exact(q.wordsIn(i, j))) > 0 || q.explicitCompare() {
		return 0
	}
	ms := q.searchWords(kb, append(q.wordsIn(i, j), q.wordsIn(j+1, k)...), false)
	if len(ms) == 0 || !ms[0].Head {
		return 0
	}
	for p := len(q.careers) - 1; p >= 0; p-- {
		if q.careers[p].start > j && q.careers[p].after <= k {
			q.dropPick(p)
		}
	}
	q.addPick(i, k, ms, false)
	return k
}

// sharedTail reads a comparison's last name said by its difference alone,
// the rest shared with the name before it: "civil engineer vs mechanical"
// compares a mechanical engineer, "real estate broker vs agent" a real
// estate agent (not any agent), when those are names of careers.
func (q *question) sharedTail(kb *knowledge.Base) {
	for k := 0; k < len(q.careers); k++ {
		p := q.careers[k]
		c := p.after
		if !p.exact || c+1 >= len(q.toks) || q.toks[c].kind != tokWord || !coordinators[q.toks[c].val] {
			continue
		}
		words := q.wordsIn(p.start, p.after)
		if len(words) < 2 || len(words) != p.after-p.start {
			continue
		}
		mods, head := words[:len(words)-1], words[len(words)-1]
		// A modifier alone: the head of the name before completes it.
		if !q.claimed[c+1] && kb.HeadNoun(head) {
			e := c + 1
			for e < len(q.toks) && e-(c+1) < maxModifiers && q.toks[e].kind == tokWord && !q.claimed[e] {
				e++
			}
			for ; e > c+1; e-- {
				tail := q.wordsIn(c+1, e)
				if kb.HeadNoun(tail[len(tail)-1]) {
					continue // a name of its own: "electrician vs plumber"
				}
				if ms := kb.Exact(append(tail, head)); len(ms) > 0 {
					q.addPick(c+1, e, ms, true)
					q.careers[len(q.careers)-1].typed = q.typed(c+1, e) + " " + q.toks[p.after-1].raw
					break
				}
			}
			continue
		}
		// A head alone, read as a generic name: the modifiers of the name
		// before make it a career's own name.
		o := q.pickAt(c + 1)
		if o < 0 || q.careers[o].start != c+1 || q.careers[o].after != c+2 || q.careers[o].exact && len(q.careers[o].others) == 0 {
			continue
		}
		w := q.toks[c+1]
		if w.val == head || !kb.HeadNoun(w.val) {
			continue
		}
		if ms := kb.Exact(append(slices.Clip(mods), w.val)); len(ms) > 0 {
			q.dropPick(o)
			q.addPick(c+1, c+2, ms, true)
			q.careers[len(q.careers)-1].typed = q.typed(p.start, p.after-1) + " " + w.raw
			if o < k {
				k--
			}
		}
	}
}

// namePrefix finds the career one of whose names begins with words.
func namePrefix(kb *knowledge.Base, words []string) (knowledge.Match, bool) {
	for _, m := range kb.Lookup(strings.Join(words, " "), 5) {
		if name := knowledge.Tokens(m.Career.Name); len(name) > len(words) && slices.Equal(name[:len(words)], words) {
			return m, true
		}
	}
	return knowledge.Match{}, false
}

// coordinators join modifiers that share a head: "civil and mechanical
// engineers", "frontend vs backend developer".
var coordinators = setOf(`and or vs versus`)

// maxModifiers bounds the words read as modifiers of a shared head.
const maxModifiers = 2

// pickAt returns the pick that covers toks[i], or -1.
func (q *question) pickAt(i int) int {
	for k, p := range q.careers {
		if p.start <= i && i < p.after {
			return k
		}
	}
	return -1
}

// searchRun resolves the free words toks[i:j].
func (q *question) searchRun(kb *knowledge.Base, i, j int, nameish func(int) bool) {
	// A claimed name touching the run, on either side: the run and the
	// name are one name ("acetylene cutter"), never two careers.
	touching, lo, hi := q.pickEndingAt(i), i, j
	if touching >= 0 {
		lo = q.careers[touching].start
	} else if touching = q.pickStartingAt(j); touching >= 0 {
		hi = q.careers[touching].after
	}
	if touching >= 0 && q.onlyRank(i, j) && q.careers[touching].exact {
		// "senior", "lead", "junior" before a name: a rank within the
		// career, not another career ("lead developer" is a developer).
		q.stretchPick(touching, lo, hi)
		return
	}
	if j == i+1 && q.toks[i].val == "new" && (touching < 0 || q.careers[touching].start == j && q.careers[touching].exact) {
		// "new" alone, or before a whole name, says who or what, not
		// which career: "how much do new electricians make" asks their
		// entry-level pay (newcomers), of no "New Car Electrician"; a
		// "New & Used Vehicle Sales Consultant" sells cars.
		return
	}
	if touching >= 0 {
		if q.widenedName(kb, touching, lo, hi, nameish) {
			return
		}
		if ms := q.search(kb, lo, hi, true); ms != nil {
			q.replacePick(touching, lo, hi, ms)
			return
		}
		// A head noun found loosely replaces a claimed name only when its
		// career holds every word ("barista trainee" is no management
		// trainee), or when it replaces one generic word and holds some of
		// the words next to it ("credit administration manager").
		if ms := q.search(kb, lo, hi, false); ms != nil && ms[0].Head && (ms[0].Missing == 0 || !q.careers[touching].exact || q.explains(touching, i, j, ms[0])) {
			q.replacePick(touching, lo, hi, ms)
			return
		}
		if ms := q.byTool(kb, touching, i, j); ms != nil {
			q.replacePick(touching, lo, hi, ms)
			return
		}
		// Words after a whole name that ends in its head noun are no words
		// of it ("carpenter overview", "a glazier's workday"): the name
		// stands, the words are left to the question.
		// But words no name holds between it and another job's name
		// make a title of its own ("chief happiness officer": no fire
		// chief): unknown, with the careers nearest.
		if p := q.careers[touching]; p.exact && p.after == i && kb.HeadNoun(q.toks[p.after-1].val) {
			if k := q.pickStartingAt(j); k >= 0 && q.toks[i].slash && sharesStem(q.wordsIn(p.start, p.after), q.wordsIn(i, j)) {
				// The name said again after a slash, as job ads do:
				// "Cashier / Cashiering Clerk" is one job, a cashier's.
				end := q.careers[k].after
				q.dropPick(k)
				q.stretchPick(q.pickStartingAt(p.start), p.start, end)
				return
			}
			if k := q.pickStartingAt(j); k >= 0 && q.careers[k].exact && kb.HeadNoun(q.toks[q.careers[k].after-1].val) &&
				!q.explicitCompare() && q.subjectAt() < 0 && !slices.ContainsFunc(q.toks[i:j], func(t token) bool { return t.kind != tokWord || kb.Known(t.val) }) {
				end := q.careers[k].after
				q.dropPick(max(k, touching))
				q.dropPick(min(k, touching))
				q.addUnknown(lo, end)
				return
			}
			// But a job's noun after it is the head of the whole ("senior
			// accountant manager": a manager of accountants, no accountant).
			if q.pickStartingAt(j) < 0 && kb.HeadNoun(q.toks[j-1].val) && !slices.ContainsFunc(q.toks[i:j], func(t token) bool { return t.kind != tokWord || !kb.Known(t.val) }) {
				words := slices.DeleteFunc(q.wordsIn(lo, hi), func(w string) bool { return rankWords[w] }) // "senior": a rank within either
				if ms := kb.Search(strings.Join(words, " "), 8); len(ms) > 0 && ms[0].Head && ms[0].Missing == 0 && ms[0].Career != p.career {
					q.replacePick(touching, lo, hi, ms)
				}
			}
			return
		}
		// Words next to a name that no name holds make the whole unknown
		// ("kastrel technician"), unless the name is specific enough to
		// stand alone: an "amazon warehouse worker" is a warehouse worker,
		// and the answer says which words it set aside. Known words are
		// taken as a modifier the sources do not break down ("senior",
		// "houston").
		var unheld []string
		for k := i; k < j; k++ {
			if t := q.toks[k]; t.kind == tokWord && !kb.Spelled(t.val) {
				unheld = append(unheld, t.raw)
			}
		}
		if len(unheld) == 0 {
			// A known word no name of the career holds, right before it
			// ("vibe curator"): the career, and the answer says it set the
			// word aside. A word after a name is left as it was: it may
			// say where or for whom, which placesAfterNames reads.
			if j == i+1 && q.careers[touching].start == j && q.careers[touching].exact && q.careers[touching].setAside == "" && !rankWords[q.toks[i].val] {
				if q.respelt(touching) && !titleCased(q.toks[i].raw) {
					// Read from a misspelling too ("blockchain shaman": no
					// seaman): too far from any name to answer.
					q.dropPick(touching)
					q.addUnknown(lo, hi)
					return
				}
				q.careers[touching].setAside = q.toks[i].raw
			}
			if j > i+1 && q.careers[touching].start == j && q.careers[touching].exact && q.careers[touching].setAside == "" &&
				!slices.ContainsFunc(q.toks[i:j], func(t token) bool { return t.kind != tokWord || rankWords[t.val] || len(t.raw) < 3 }) {
				// Several such words before a broad title ("quantum flux
				// technician"): a title of its own, unknown, with the
				// careers nearest; before another ("paper mill
				// electrician"), set aside.
				if p := q.careers[touching]; p.after == p.start+1 && titledBy(kb, q.toks[p.start].val) >= broadTitles {
					q.dropPick(touching)
					q.addUnknown(lo, hi)
					return
				}
				q.careers[touching].setAside = q.typed(i, j)
			}
			return
		}
		// Nor is a name read from a misspelling beside words no name
		// holds ("blockchain shaman": no seaman), unless they are a
		// proper name ("Dutch Bros Broista").
		if !q.specific(kb, touching) || len(unheld) > 1 || q.respelt(touching) && !titleCased(unheld[0]) {
			q.dropPick(touching)
			q.addUnknown(lo, hi)
			return
		}
		q.careers[touching].setAside = unheld[0]
		q.stretchPick(touching, lo, hi)
		return
	}
	// The run widened over name-ish question words around it.
	lo, hi = i, j
	for lo > 0 && nameish(lo-1) {
		lo--
	}
	for hi < len(q.toks) && nameish(hi) {
		hi++
	}
	// A name beyond those words: "golf course architect", where "course"
	// parts "golf" from the architect.
	if k := q.pickStartingAt(q.joinedUpTo(kb, j, nameish)); k >= 0 && q.nameOver(kb, k, i, q.careers[k].after) {
		return
	}
	// A word of English no name holds, near a name's word ("blockchain
	// shaman": no seaman), is no misspelling of it: the run is a title the
	// sources lack, unknown, with the careers nearest.
	if slices.ContainsFunc(q.toks[i:j], func(t token) bool { return t.respelt && !kb.Known(t.val) }) {
		q.addUnknown(i, j)
		q.free = append(q.free, q.typed(i, j))
		return
	}
	// Widest first: "customer service salary" is tried, then "customer
	// service".
	for size := hi - lo; size > j-i; size-- {
		for a := lo; a <= i && a+size <= hi; a++ {
			if a+size < j {
				continue
			}
			if ms := q.search(kb, a, a+size, true); ms != nil {
				q.addPick(a, a+size, ms, false)
				return
			}
		}
	}
	if ms := q.search(kb, i, j, false); ms != nil {
		q.addPick(i, j, ms, false)
		return
	}
	if j == i+1 && i >= 2 && q.toks[i-1].val == "to" && (q.toks[i-2].val == "when" || q.toks[i-2].val == "how" || q.toks[i-2].val == "where") &&
		slices.ContainsFunc(q.careers, func(p pick) bool { return p.exact && p.after <= i }) {
		return // what the career named before tells when or how to do ("tell planes when to land")
	}
	if q.toWhose(i) && slices.ContainsFunc(q.careers, func(p pick) bool { return p.after <= i }) {
		return // whither the career named before works ("delivers mail to my house"): nothing to set aside
	}
	if k := slices.IndexFunc(q.careers, func(p pick) bool { return p.after <= i }); k >= 0 && q.atPlace(i) {
		// Where the career named before works ("nurse at a hospital"),
		// no career besides; the answer says the sources do not break
		// its figures down so.
		p := &q.careers[k]
		was := p.career
		p.chooseByWords(kb, q.typed(i, j))
		if p.career == was && p.setAside == "" {
			p.setAside = q.typed(i, j)
		}
		return
	}
	q.addUnknown(i, j)
	q.free = append(q.free, q.typed(i, j))
}

// slashHead reads two sets of modifiers with a slash between them, before
// the name that toks[j] begins, as the first with that name, when they make
// a name whole ("Car Audio / Remote Start Installer": a car audio
// installer, of motor vehicle electronics); it returns the index past the
// name, or 0.
func (q *question) slashHead(kb *knowledge.Base, i, j int) int {
	// The slash: inside the run or right after it ("Remote" may be a
	// question's word).
	s := i + 1
	for s <= j && s < len(q.toks) && !q.toks[s].slash {
		s++
	}
	if s > j || s >= len(q.toks) || q.toks[s].kind != tokWord {
		return 0
	}
	// The name the second set of modifiers ends in, a few words on.
	k := -1
	for e := s + 1; e < len(q.toks) && e <= s+maxModifiers+1 && q.toks[e].kind == tokWord; e++ {
		if k = q.pickStartingAt(e); k >= 0 {
			break
		}
		if q.claimed[e] {
			return 0
		}
	}
	if k < 0 || q.careers[k].exact && len(q.careers[k].others) < sharedWidely {
		return 0 // no name, or one specific enough by itself
	}
	p := q.careers[k]
	head := q.wordsIn(p.start, p.after)
	for _, alt := range [][2]int{{i, s}, {s, p.start}} {
		words := q.wordsIn(alt[0], alt[1])
		if len(words) == 0 {
			continue
		}
		if ms := kb.Exact(append(slices.Clip(words), head...)); len(ms) > 0 {
			q.dropPick(k)
			q.addPick(i, p.after, ms, true)
			return p.after
		}
	}
	return 0
}

// widenedName replaces pick k, which toks[lo:hi] hold with the free words
// next to it, by the career whose names hold every word of a wider
// stretch: the question words before them that names hold too
// ("computer networking instructor", "creative writing teacher").
// It reports whether it did.
func (q *question) widenedName(kb *knowledge.Base, k, lo, hi int, nameish func(int) bool) bool {
	// Only before: words after a name that ends in its head noun are the
	// question's ("elementary classroom teacher, elementary school").
	wlo := lo
	for wlo > 0 && q.joins(kb, wlo-1, nameish) {
		wlo--
	}
	return wlo != lo && q.nameOver(kb, k, wlo, hi)
}

// nameOver replaces pick k by the career whose names hold every word of
// toks[lo:hi], a stretch that holds the pick, and reports whether there
// is one.
func (q *question) nameOver(kb *knowledge.Base, k, lo, hi int) bool {
	ms := q.search(kb, lo, hi, true)
	if ms == nil {
		if ms = q.search(kb, lo, hi, false); ms == nil || !ms[0].Head || ms[0].Missing > 0 {
			return false
		}
	}
	q.replacePick(k, lo, hi, ms)
	return true
}

// joinedUpTo returns where the words from toks[i] that may join a name
// end.
func (q *question) joinedUpTo(kb *knowledge.Base, i int, nameish func(int) bool) int {
	for i < len(q.toks) && q.joins(kb, i, nameish) {
		i++
	}
	return i
}

// joins reports whether toks[i], a question word no name claimed, may be
// a word of a name next to it: a name-ish word, or one that says nothing
// to the question but names hold ("course" of a golf course).
func (q *question) joins(kb *knowledge.Base, i int, nameish func(int) bool) bool {
	if nameish(i) {
		return true
	}
	t := q.toks[i]
	return !q.claimed[i] && t.kind == tokWord && len(t.val) > 3 && !functionWords[t.val] && !isSeparator(t.val) &&
		!q.inUnknown(i) && kb.Known(t.val) && isStopWord(t.val)
}

// stretchPick makes pick k, still the same career, cover toks[lo:hi].
func (q *question) stretchPick(k, lo, hi int) {
	p := &q.careers[k]
	p.typed = q.typed(lo, hi)
	p.start, p.after = lo, hi
	for i := lo; i < hi; i++ {
		q.claimed[i] = true
	}
}

// wordsIn returns the words of toks[i:j].
func (q *question) wordsIn(i, j int) []string {
	var out []string
	for _, t := range q.toks[i:j] {
		if t.kind == tokWord {
			out = append(out, t.val)
		}
	}
	return out
}

// onlyRank reports whether toks[i:j] are all words of rank within a
// career.
func (q *question) onlyRank(i, j int) bool {
	for _, t := range q.toks[i:j] {
		if t.kind != tokWord || !rankWords[t.val] {
			return false
		}
	}
	return true
}

var rankWords = setOf("senior junior lead principal master journeyman apprentice trainee")

// explains reports whether m, found for pick k widened over the words
// toks[i:j], replaces a one-word name and holds some of those words.
func (q *question) explains(k, i, j int, m knowledge.Match) bool {
	p := q.careers[k]
	return p.after-p.start == 1 && m.Missing < len(q.wordsIn(i, j))
}

// specific reports whether the name claimed for pick k stands for a
// career on its own: an exact name of several words ("warehouse worker"),
// or one word that at most two careers have in their own titles ("welder",
// "cashier"; not "technician").
func (q *question) specific(kb *knowledge.Base, k int) bool {
	p := q.careers[k]
	if !p.exact {
		return false
	}
	words := q.wordsIn(p.start, p.after)
	if len(words) != 1 {
		return len(words) > 1
	}
	if len(p.others) > 0 {
		return false
	}
	return titledBy(kb, words[0]) <= 2
}

// titledBy counts the careers whose own titles end a name in w, their
// head noun: many for "technician", one for "welder".
func titledBy(kb *knowledge.Base, w string) int {
	titled := 0
	for _, m := range kb.Lookup(w, 60) {
		if m.Head && slices.Contains(knowledge.Tokens(m.Career.Name), w) {
			titled++
		}
	}
	return titled
}

// broadTitles is how many careers' titles a word must head to be a title
// too broad to take words no name holds ("quantum flux technician")
// without them.
const broadTitles = 5

// byTool reads words no name holds next to a claimed job word as a tool
// of the trade ("android developer", "aws engineer"): the career of that
// job word, among those it could mean, whose O*NET technology list names
// the tool, the one most people hold first.
func (q *question) byTool(kb *knowledge.Base, k, i, j int) []knowledge.Match {
	p := q.careers[k]
	var tools []string
	for _, t := range q.toks[i:j] {
		if t.kind == tokWord && !kb.Spelled(t.val) {
			tools = append(tools, t.val)
		}
	}
	if len(tools) != 1 {
		return nil
	}
	uses := map[*knowledge.Career]bool{}
	for _, h := range kb.WithTechnology(tools[0]) {
		uses[h.Career] = true
	}
	if len(uses) == 0 {
		return nil
	}
	words := q.wordsIn(p.start, p.after)
	var out []knowledge.Match
	for _, m := range kb.Lookup(strings.Join(words, " "), 60) {
		if m.Missing == 0 && m.Head && uses[m.Career] && !slices.ContainsFunc(out, func(o knowledge.Match) bool { return o.Career == m.Career }) {
			out = append(out, m)
		}
	}
	if len(out) == 0 {
		return nil
	}
	// Careers whose own title holds the job word before those that only
	// list it among other names: an "excel analyst" is an analyst first.
	head := words[len(words)-1]
	titled := func(c *knowledge.Career) bool { return slices.Contains(knowledge.Tokens(c.Name), head) }
	sort.SliceStable(out, func(a, b int) bool {
		if ta, tb := titled(out[a].Career), titled(out[b].Career); ta != tb {
			return ta
		}
		return out[a].Career.Size() > out[b].Career.Size()
	})
	return out
}

// widenPicks tries, for a name claimed whole, the name-ish question words
// next to it: an "administrative supervisor" is not just any supervisor,
// and a "computer support specialist" is no stock clerk's "support
// specialist".
func (q *question) widenPicks(kb *knowledge.Base, nameish, modifier, field func(int) bool) {
	for k := 0; k < len(q.careers); k++ {
		p := q.careers[k]
		widen := nameish
		if p.after-p.start > 1 {
			widen = modifier
		}
		if !p.exact {
			widen = field
		}
		lo, hi := p.start, p.after
		for lo > 0 && widen(lo-1) {
			lo--
		}
		// After a job's noun, a word that asks something is the question's
		// ("how much does a mechanic make"), never the name's.
		for p.exact && hi < len(q.toks) && modifier(hi) {
			hi++
		}
		if lo == p.start && hi == p.after {
			continue
		}
		if p.exact && q.onlyRank(lo, p.start) && q.onlyRank(p.after, hi) && len(kb.Exact(q.wordsIn(lo, hi))) == 0 {
			// A rank before a whole name is one within the career, as
			// searchRun reads it: a "master electrician" is an
			// electrician, not the career whose names hold "master"
			// and "electrician" apart (Master Mechanic, Auto
			// Electrician).
			q.stretchPick(k, lo, hi)
			continue
		}
		ms := q.search(kb, lo, hi, true)
		if ms == nil {
			// Widened only to a career whose names hold every word:
			// "highest paid engineers" is no more one engineer than
			// "engineers" is.
			if ms = q.search(kb, lo, hi, false); ms != nil && (!ms[0].Head || ms[0].Missing > 0) {
				ms = nil
			}
		}
		if ms != nil {
			q.replacePick(k, lo, hi, ms)
			k--
		}
	}
}

func (q *question) pickEndingAt(i int) int {
	for k, p := range q.careers {
		if p.after == i {
			return k
		}
	}
	return -1
}

func (q *question) pickStartingAt(j int) int {
	for k, p := range q.careers {
		if p.start == j {
			return k
		}
	}
	return -1
}

// replacePick puts the career toks[start:end] name in place of pick k.
func (q *question) replacePick(k, start, end int, ms []knowledge.Match) {
	q.dropPick(k)
	q.addPick(start, end, ms, false)
}

func (q *question) dropPick(k int) {
	p := q.careers[k]
	for i := p.start; i < p.after; i++ {
		q.claimed[i] = false
	}
	q.careers = append(q.careers[:k], q.careers[k+1:]...)
}

// search finds the career toks[start:end] name: the match, then other
// careers the words fit about as well. With whole set, every word must be
// in the name found.
func (q *question) search(kb *knowledge.Base, start, end int, whole bool) []knowledge.Match {
	var words []string
	for k, t := range q.toks[start:end] {
		// A word said twice says nothing more, and the last time it is
		// said is where it stands in the name: "ER doctor (emergency room
		// doctor)" is searched as "er emergency room doctor".
		if t.kind == tokWord && !slices.ContainsFunc(q.toks[start+k+1:end], func(u token) bool { return u.kind == tokWord && u.val == t.val }) {
			words = append(words, t.val)
		}
	}
	return q.searchWords(kb, words, whole)
}

// searchWords is search for words in the order given.
func (q *question) searchWords(kb *knowledge.Base, words []string, whole bool) []knowledge.Match {
	if len(words) == 0 {
		return nil
	}
	if len(words) == 1 && !whole {
		if ms := generic(kb, words[0]); ms != nil {
			return ms
		}
	}
	text := strings.Join(words, " ")
	// Words no name holds are typos only if what they are corrected to
	// are names' head nouns ("electrican"): "clear" is not a "Cleat
	// Maker", "asdf" not a "TSDF Technician", a "twitch streamer" no
	// switch steamer.
	typo := !slices.ContainsFunc(words, kb.Known)
	// A misspelling is taken only for a name word it is surely a
	// misspelling of ("electrican"): "faster" is no "Paster".
	sure := !typo || !slices.ContainsFunc(words, func(w string) bool { return !corrects(kb, w) })
	ms := q.lookup(kb, text)
	if len(ms) > 0 && ms[0].Score >= 0.95 && sure {
		return ms
	}
	// One word that is no name's head ("cybersecurity"): the career most
	// of whose names hold it, not the one name that happens to be short.
	// A word the names of many careers hold ("industrial", "dental") names
	// none of them: the closest are offered, not answered.
	if len(words) == 1 && !whole && !typo {
		if kb.WordCareers(words[0], fewCareers+1) > fewCareers {
			return nil
		}
		if ss := kb.Search(text, 8); len(ss) > 0 && ss[0].Missing == 0 {
			return ss
		}
	}
	if ms := kb.TitlePrefix(words); ms != nil {
		return ms
	}
	// The first words of names that go on ("technical support" of a
	// Technical Support Specialist), unless a name has the head noun asked.
	if len(ms) == 0 || !ms[0].Head {
		if ps := kb.NamePrefix(words); ps != nil {
			return ps
		}
	}
	if len(ms) > 0 {
		if m := ms[0]; (m.Score >= 0.95 || m.Missing == 0 && (m.Score >= confident || m.Head)) && (!typo || m.Head && sure) {
			if len(words) > 1 {
				if ss := kb.Search(text, 8); len(ss) > 0 && ss[0].Missing == 0 && ss[0].Head {
					return ss
				}
			}
			return ms
		}
	}
	if typo && !slices.ContainsFunc(words, kb.KnownText) {
		return nil
	}
	if whole {
		return nil
	}
	// A last word, the head noun, that no name holds and that is no sure
	// misspelling of one names no career ("professional cuddler").
	if last := words[len(words)-1]; !kb.Known(last) && !corrects(kb, last) && !kb.KnownText(last) {
		return nil
	}
	// No one name holds the words: the career whose names, taken
	// together, hold them best (see knowledge.Base.Search).
	ms = kb.Search(text, 8)
	if len(ms) == 0 || !(ms[0].Missing == 0 && ms[0].Head || closeEnough(kb, words, ms[0])) {
		return nil
	}
	return ms
}

// corrects reports whether a word no name holds has one sure correction.
func corrects(kb *knowledge.Base, w string) bool {
	_, ok := kb.Correct(w)
	return ok
}

// generic resolves one word that is no career's whole name but the head
// noun of several ("manager", "therapist"): the career with that head that
// most people hold, then the others.
func generic(kb *knowledge.Base, word string) []knowledge.Match {
	if !kb.Known(word) {
		return nil // a word no name holds is no generic name ("faster" is no "Paster")
	}
	var heads []knowledge.Match
	for _, m := range kb.Lookup(word, 60) {
		if m.Head && m.Missing == 0 {
			heads = append(heads, m)
		}
	}
	if len(heads) < 2 {
		return nil
	}
	sort.SliceStable(heads, func(i, j int) bool {
		if ci, cj := heads[i].Career.CatchAll(), heads[j].Career.CatchAll(); ci != cj {
			return cj
		}
		return heads[i].Career.Size() > heads[j].Career.Size()
	})
	return titledFirst(kb, word, heads)
}

// minTitled is how many careers' own titles must hold a word for the
// largest of them to be what the word alone means, and titledRatio how
// many times as many people it must employ as the career found otherwise.
const (
	minTitled   = 5
	titledRatio = 5
)

// titledFirst puts first, for one generic word that many careers' own
// titles hold ("supervisor", "assistant", "technician"), the largest of
// those careers, when the word alone is an alternate title of few
// careers, or of none: "supervisor" is a First-Line Supervisor of Office
// and Administrative Support Workers, though the one alternate title
// "Supervisor" is a social worker's. Common titles keep their career.
func titledFirst(kb *knowledge.Base, word string, ms []knowledge.Match) []knowledge.Match {
	if kb.IsCommonTitle([]string{word}) {
		return ms
	}
	var titled []*knowledge.Career
	for _, c := range kb.TitledWith(word) {
		if !c.CatchAll() {
			titled = append(titled, c)
		}
	}
	if len(titled) < minTitled {
		// A few careers' own titles hold the word: they are what it
		// means before careers that only some other name of holds it
		// ("chauffeur": Shuttle Drivers and Chauffeurs, though more
		// truck drivers are called truck chauffeurs); one whose title
		// has it as a head noun, though no other name of it is the word
		// alone, when it employs more ("scout": Coaches and Scouts, not
		// the crop scouts of Agricultural Workers, All Other).
		for _, c := range titled {
			if !slices.ContainsFunc(ms, func(m knowledge.Match) bool { return m.Career == c }) && len(ms) > 0 && c.Size() > ms[0].Career.Size() && headOfTitle(c.Name, word) {
				ms = append(ms, knowledge.Match{Career: c, Name: c.Name, Score: ms[0].Score, Head: true})
			}
		}
		sort.SliceStable(ms, func(i, j int) bool {
			return slices.Contains(titled, ms[i].Career) && !slices.Contains(titled, ms[j].Career)
		})
		return ms
	}
	top := titled[0]
	if len(ms) > 0 && top.Size() < titledRatio*ms[0].Career.Size() {
		return ms // "architect": the architects, though more are network architects
	}
	if i := slices.IndexFunc(ms, func(m knowledge.Match) bool { return m.Career == top }); i >= 0 {
		m := ms[i]
		ms = append(ms[:i:i], ms[i+1:]...)
		return append([]knowledge.Match{m}, ms...)
	}
	return append([]knowledge.Match{{Career: top, Name: top.Name, Score: 0.98, Head: true}}, ms...)
}

// headOfTitle reports whether word is a title's head noun, its last word
// ("scout" of "Coaches and Scouts"; not "marine" of "Atmospheric, Earth,
// Marine, and Space Sciences Teachers").
func headOfTitle(title, word string) bool {
	toks := knowledge.Tokens(title)
	return len(toks) > 0 && toks[len(toks)-1] == word
}

// fewCareers is how many careers a word may be in the names of and still
// say which career one word alone means.
const fewCareers = 15

// confident is the score from which a name match is taken as meant.
const confident = 0.5

// closeEnough accepts a name that lacks some of the words asked when those
// words are known name words ("senior", "staff") and the name's head noun
// is the one asked for: a "senior tax accountant" is a tax accountant. A
// word no name holds ("kastrel technician") makes the whole unknown: never
// answer about an unrelated career.
func closeEnough(kb *knowledge.Base, words []string, m knowledge.Match) bool {
	if !m.Head || m.Missing*2 > len(words) || m.Score < 0.3 {
		return false
	}
	for _, w := range words {
		if !kb.Spelled(w) {
			return false
		}
	}
	return true
}

func onlyStop(roles []*role) bool {
	for _, r := range roles {
		if !r.stop {
			return false
		}
	}
	return true
}

// preferAsTyped puts first, among careers whose own names fit equally, the
// one written exactly as typed: "Cashier" is the page's Cashier, "cashiers"
// the BLS occupation Cashiers.
func preferAsTyped(ms []knowledge.Match, typed string) {
	for i := 1; i < len(ms) && ms[i].Score == ms[0].Score; i++ {
		// Only a career's own title counts: an alternate title written as
		// typed ("Special Education Teacher") says no more than one in
		// parentheses ("SPED Teacher (Special Education Teacher)").
		// Counting alternates too reads 0.25% more of O*NET's alternate
		// titles as listed, but sends "dispatcher", "medical technologist"
		// and "administrative assistant" to small specialties.
		if strings.EqualFold(ms[i].Career.Name, typed) && !strings.EqualFold(ms[0].Career.Name, typed) {
			ms[0], ms[i] = ms[i], ms[0]
			return
		}
	}
}

func (q *question) addUnknown(i, j int) {
	q.unknown = append(q.unknown, q.typed(i, j))
	q.unknownAt = append(q.unknownAt, [2]int{i, j})
}

// joinMembers reads names that a career's title lists together as that
// one career: "arbitrators and mediators" are Arbitrators, Mediators, and
// Conciliators, though "mediator" alone is also another career's title;
// so are two names of one career with a slash between them, and with "or"
// ("a farmer or rancher").
// The second name must be a name of the first's career; nothing may ask
// for a comparison ("arbitrators vs mediators" sets them side by side).
func (q *question) joinMembers(kb *knowledge.Base) {
	if len(q.careers) < 2 || q.explicitCompare() {
		return
	}
	for k := 0; k+1 < len(q.careers); k++ {
		a, b := q.careers[k], q.careers[k+1]
		if (b.start == a.after+1 || b.start == a.after+2 && whoseWords[q.toks[a.after+1].val]) && q.toks[a.after].val == "to" && a.exact && servesOne[q.toks[a.after-1].val] {
			// "executive assistant to the CEO", "law clerk to a judge":
			// whom the job serves, not a second career.
			q.dropPick(k + 1)
			k--
			continue
		}
		slash := q.slashed(a, b) // "audio engineer / sound tech": one job, two names
		if !a.exact || !b.exact || !slash && (b.start != a.after+1 || q.toks[a.after].kind != tokWord || q.toks[a.after].val != "and" && q.toks[a.after].val != "or") {
			continue
		}
		named := q.wordsIn(b.start, b.after)
		aOfB, bOfA := slices.Contains(b.others, a.career), slices.Contains(a.others, b.career)
		if slash && (aOfB || bOfA) {
			// "Stage Electrician / Lighting Tech": the career both names
			// are of, though the first alone means Electricians; of two
			// such, the one the surer name says ("Purchasing Agent /
			// Buyer": purchasing agents, whom "buyer" may also mean).
			if bOfA && (!aOfB || len(b.others) < len(a.others)) {
				a.career, a.matched = b.career, b.matched
			}
		} else if !slices.ContainsFunc(kb.Exact(named), func(m knowledge.Match) bool { return m.Career == a.career }) &&
			!titleMember(a.career.Name, named) && !(slash && (headOfName(kb, a.career, named) || sharesStem(q.wordsIn(a.start, a.after), named))) {
			continue
		}
		q.dropPick(k + 1)
		q.dropPick(k)
		a.after, a.typed, a.others = b.after, q.typed(a.start, b.after), nil
		for i := a.start; i < a.after; i++ {
			q.claimed[i] = true
		}
		q.careers = slices.Insert(q.careers, k, a)
	}
}

// sharesStem reports whether a word of a and a different word of b begin
// alike, a stem of four letters or more and half the shorter word:
// "roofer / roofing laborer" names one job twice, as a job ad's title
// does, where "software engineer / civil engineer" names two.
func sharesStem(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y || len(x) < 4 || len(y) < 4 {
				continue
			}
			n := 0
			for n < len(x) && n < len(y) && x[n] == y[n] {
				n++
			}
			if n >= 4 && 2*n >= min(len(x), len(y)) {
				return true
			}
		}
	}
	return false
}

// whoseWords may stand between "to" and whom a job serves: "to the CEO".
var whoseWords = setOf(`the a an my our their his her`)

// servesOne are the jobs named with whom they serve after "to": an
// assistant to the CEO.
var servesOne = setOf(`assistant clerk aide secretary advisor adviser consultant liaison counsel attorney chauffeur driver bodyguard
	nanny tutor deputy chief staff coordinator scheduler`)

// titleMember reports whether words (normalised) are one of the members
// a title lists: "cutters" of "Welders, Cutters, Solderers, and Brazers".
func titleMember(title string, words []string) bool {
	if !strings.Contains(title, ",") && !strings.Contains(title, " and ") {
		return false
	}
	for _, part := range strings.Split(title, ",") {
		for _, member := range strings.Split(part, " and ") {
			if slices.Equal(knowledge.Tokens(member), words) {
				return true
			}
		}
	}
	return false
}

// joinNames reads "absorption and adsorption engineer" as one name rather
// than two careers when nothing asks for a comparison and a search for the
// whole finds one name with its head noun: "and" and commas sit inside
// many titles. Two whole names ("nurse and electrician") stay two careers.
func (q *question) joinNames(kb *knowledge.Base) {
	if len(q.careers)+len(q.unknown) < 2 || q.explicitCompare() {
		return
	}
	lo, hi, loose := len(q.toks), 0, len(q.unknown) > 0
	for _, p := range q.careers {
		lo, hi = min(lo, p.start), max(hi, p.after)
		loose = loose || !p.exact
	}
	for _, u := range q.unknownAt {
		lo, hi = min(lo, u[0]), max(hi, u[1])
	}
	if !loose {
		return
	}
	if len(q.unknown) == 0 && !slices.ContainsFunc(q.careers, func(p pick) bool { return p.career != q.careers[0].career }) {
		// The parts name one career ("Elementary Teacher, 3rd Grade":
		// "elementary teacher, elementary school"): that one, no name
		// holding the words together ("Special Education Teachers,
		// Elementary School").
		for len(q.careers) > 1 {
			q.dropPick(len(q.careers) - 1)
		}
		return
	}
	var words []string
	for i := lo; i < hi; i++ {
		t := q.toks[i]
		switch {
		case t.kind == tokComma:
		case t.kind != tokWord:
			return
		case !q.claimed[i] && !q.inUnknown(i) && t.val != "and" && t.val != "or" && t.val != "to":
			return // only "and", "or", "to" ("door to door") and commas join the parts of one name
		default:
			words = append(words, t.val)
		}
	}
	ms := q.lookup(kb, strings.Join(words, " "))
	if len(ms) == 0 || !(ms[0].Missing == 0 && ms[0].Score >= confident || closeEnough(kb, words, ms[0])) {
		// No one name holds the words: the career whose names together
		// hold them, its head noun last ("curtains and draperies
		// salesperson").
		content := slices.DeleteFunc(slices.Clone(words), func(w string) bool { return w == "and" || w == "or" })
		if ms = kb.Search(strings.Join(content, " "), 8); len(ms) == 0 || !(ms[0].Missing == 0 && ms[0].Head || closeEnough(kb, content, ms[0])) {
			return
		}
	}
	// In work told, a whole name said is no word of another career's
	// name found loosely: "i'm an electrician and install breaker panels"
	// is an electrician, no textile worker's "breaker"; "i fix cars and
	// trucks" ("i car mechanic and trucks") no "Truck, Car, and Bus
	// Cleaner". A title's own "and" still joins ("Arts and Crafts
	// Instructor").
	if ms[0].Missing > 0 && slices.ContainsFunc(q.toks, func(t token) bool { return ofSomeone(t.val) }) && slices.ContainsFunc(q.careers, func(p pick) bool { return p.exact && p.career != ms[0].Career }) {
		return
	}
	// A job ad's title and, after a comma alone, where or whom it serves
	// ("Assistant Principal, Middle School"): the title's career, not
	// another whose names hold all the words (a teaching assistant's).
	if len(q.careers) > 1 && !slices.Contains(words, "and") && !slices.Contains(words, "or") && ms[0].Career != q.careers[0].career {
		if first := q.careers[0]; first.start == lo && kb.HeadNoun(q.toks[first.after-1].val) && first.after < hi && q.toks[first.after].kind == tokComma {
			for len(q.careers) > 1 {
				q.dropPick(len(q.careers) - 1)
			}
			q.unknown, q.unknownAt, q.free = nil, nil, nil
			return
		}
	}
	for len(q.careers) > 0 {
		q.dropPick(0)
	}
	q.unknown, q.unknownAt, q.free = nil, nil, nil
	q.addPick(lo, hi, ms, false)
}

func (q *question) inUnknown(i int) bool {
	for _, u := range q.unknownAt {
		if u[0] <= i && i < u[1] {
			return true
		}
	}
	return false
}

// explicitCompare reports whether the question asks for a comparison in
// words ("compare", "vs", "which pays more"), not only by an "and".
func (q *question) explicitCompare() bool {
	for i, t := range q.toks {
		if q.claimed[i] || t.kind != tokWord {
			continue
		}
		if t.val == "v" && (t.slash || i+1 < len(q.toks) && q.toks[i+1].slash) {
			continue // "A/V" is audio-visual
		}
		switch t.val {
		case "v", "vs", "versus", "compare", "compared", "comparison", "difference", "than", "against", "better", "which":
			return true
		case "should":
			// A choice asked: "should i do hvac or electrician".
			if slices.ContainsFunc(q.toks[i+1:], func(u token) bool { return u.kind == tokWord && u.val == "or" }) {
				return true
			}
		}
	}
	// A phrase of comparing says it as well ("do welders out-earn
	// plumbers", "stack nurses up against teachers").
	for _, sp := range q.spans {
		if hasIntent(sp.roles, intentCompare) {
			return true
		}
	}
	return false
}

// joinOf reads "director of marketing", "head of sales", "chief of
// police" as the names they say the other way round ("marketing director",
// "police chief"): a job word claimed before "of", then the name words
// after it, searched reordered. Only a name found for the whole replaces
// what was read ("salary of nurses" has no job word before "of").
func (q *question) joinOf(kb *knowledge.Base) {
	for i, t := range q.toks {
		if t.kind != tokWord || t.val != "of" && t.val != "in" || q.claimed[i] {
			continue
		}
		k := q.pickEndingAt(i)
		if t.val == "in" && (k < 0 || !teachingWords[q.toks[i-1].val]) {
			continue // "lecturer in economics" is an economics lecturer; "nurse in texas" stays a nurse
		}
		lo, role := -1, []string(nil)
		if k >= 0 {
			lo = q.careers[k].start
			// A rank is no word of the job ("senior director of finance"
			// is a finance director).
			for _, w := range q.wordsIn(q.careers[k].start, q.careers[k].after) {
				if !rankWords[w] {
					role = append(role, cmp.Or(leaderWords[w], w))
				}
			}
			if len(role) == 2 && role[0] == "vice" && role[1] == "president" {
				role = []string{"manager"} // "VP of engineering": an engineering manager
			}
		} else if r, ok := leaderWords[q.toks[max(i-1, 0)].val]; ok && i > 0 && !q.claimed[i-1] {
			lo, role = i-1, []string{r} // "head of marketing": a marketing manager
		} else {
			continue
		}
		j := i + 1
		var subject []string
		if j < len(q.toks) && q.toks[j].val == "it" {
			// "director of IT": information technology, not the pronoun.
			subject, j = []string{"information", "technology"}, j+1
		}
		for j < len(q.toks) && j-i <= 3 && q.ofWord(kb, j) {
			subject = append(subject, q.toks[j].val)
			j++
		}
		if j == i+1 {
			continue
		}
		// The longest subject that makes a name: "managers of fast food
		// joints" are fast food managers.
		var ms []knowledge.Match
		for ; len(subject) > 0 && ms == nil; subject, j = subject[:len(subject)-1], j-1 {
			words := append(slices.Clip(subject), role...)
			if ms = q.searchWords(kb, words, true); ms == nil {
				if ms = q.searchWords(kb, words, false); ms != nil && (!ms[0].Head || ms[0].Missing > 0) {
					ms = nil
				}
			}
		}
		if ms == nil {
			continue
		}
		j++ // the loop stepped past the subject found
		if k >= 0 {
			q.dropPick(k)
		}
		for m := len(q.careers) - 1; m >= 0; m-- {
			if c := q.careers[m]; c.start < j && c.after > i {
				q.dropPick(m)
			}
		}
		q.dropUnknownIn(lo, j)
		q.addPick(lo, j, ms, false)
	}
}

// ofWord reports whether toks[j] may be a name word after "of": a word of
// some name that is no question word, separator or stop word.
func (q *question) ofWord(kb *knowledge.Base, j int) bool {
	t := q.toks[j]
	return t.kind == tokWord && kb.Known(t.val) && !isStopWord(t.val) && !isSeparator(t.val) && !functionWords[t.val] && !isQuestionWord(t.val)
}

// teachingWords are the roles "in" a subject names the teacher of.
var teachingWords = setOf("lecturer professor instructor teacher tutor")

// leaderWords are the words before "of" that name whoever leads what
// follows, and the name word they stand for.
var leaderWords = map[string]string{"head": "manager", "heads": "manager", "svp": "manager", "evp": "manager", "avp": "manager"}

// dropUnknownIn forgets unknown names inside toks[i:j].
func (q *question) dropUnknownIn(i, j int) {
	for k := len(q.unknownAt) - 1; k >= 0; k-- {
		if u := q.unknownAt[k]; u[0] < j && u[1] > i {
			q.unknown = append(q.unknown[:k], q.unknown[k+1:]...)
			q.unknownAt = append(q.unknownAt[:k], q.unknownAt[k+1:]...)
		}
	}
}

// headOfName reports whether a name of career c ends in the words, its
// head: "runner" of a busser's "Food Runner" ("Busser / Runner" is one
// job, not a busser and a gambling runner).
func headOfName(kb *knowledge.Base, c *knowledge.Career, words []string) bool {
	return slices.ContainsFunc(kb.Lookup(strings.Join(words, " "), 60), func(m knowledge.Match) bool {
		return m.Career == c && m.Missing == 0 && m.Head
	})
}

// slashed reports whether two whole names stand either side of a "/"
// ("nurse/doctor"): two careers, as with "or". Letters apart ("A/C") and
// names found by search stay one name.
func (q *question) slashed(a, b pick) bool {
	return a.exact && b.exact && a.after == b.start && q.toks[b.start].slash &&
		len(q.toks[a.after-1].raw) > 2 && len(q.toks[b.start].raw) > 2
}

// mergeAdjacent reads careers named one after the other with nothing
// between but name words (not "in", "of": "plumbers in detail" is not a name) ("accounting clerks supervisor", "A/C mechanic
// (air conditioner mechanic)") as one name: only a separator makes a
// comparison. It takes the best name for the whole, else the last one
// (an English name's head comes last).
func (q *question) mergeAdjacent(kb *knowledge.Base) {
	sort.SliceStable(q.careers, func(i, j int) bool { return q.careers[i].start < q.careers[j].start })
	for k := 0; k+1 < len(q.careers); k++ {
		a, b := q.careers[k], q.careers[k+1]
		if q.slashed(a, b) {
			continue
		}
		joined := true
		for i := a.after; i < b.start; i++ {
			t := q.toks[i]
			if t.kind != tokWord || isSeparator(t.val) || isStopWord(t.val) || !kb.Known(t.val) || isQuestionWord(t.val) {
				joined = false // "do nurses use epic": "use" asks
				break
			}
		}
		if !joined {
			continue
		}
		lo, hi := a.start, b.after
		if a.exact && b.exact && a.after == b.start && q.explicitCompare() && len(kb.Exact(q.wordsIn(lo, hi))) == 0 {
			continue // "compare electrician plumber and hvac": a list of three
		}
		if a.exact && b.exact && a.career != b.career && slices.Contains(b.others, a.career) {
			// Two whole names, the second one of the first's careers too
			// ("Airline Pilot - First Officer"): the job both say, not a
			// search of all the words (Commercial Pilots).
			b.career, b.others = a.career, nil
		}
		oneJob := a.exact && b.exact && a.career == b.career // two names of one career
		var ms []knowledge.Match
		if !oneJob {
			ms = q.search(kb, lo, hi, true)
		}
		if sup, ok := q.supervisorOfWorkers(kb, a, b); ok {
			ms = []knowledge.Match{{Career: sup, Name: sup.Name, Score: 1, Head: true}}
		}
		if ms == nil && !oneJob {
			if ms = q.search(kb, lo, hi, false); ms != nil && !ms[0].Head {
				ms = nil
			}
		}
		if ms == nil && a.exact && slices.ContainsFunc(q.toks[a.after:b.start+1], func(t token) bool { return t.dashed }) {
			// A title, a dash and a qualifier naming another career
			// ("Solar Design Engineer - Utility-Scale EPC Contractor"):
			// the title is the job.
			b = a
		}
		if ms == nil && a.career != b.career {
			// "truck driver OTR": the last name is no head here when
			// the first one's career alone has names holding every
			// word ("OTR Truck Driver"), not the last's ("Registered
			// Occupational Therapist (OTR)").
			if ss := kb.Search(strings.Join(q.wordsIn(lo, hi), " "), 1); len(ss) > 0 && ss[0].Missing == 0 && ss[0].Career == a.career {
				b = a
			}
		}
		q.dropPick(k + 1)
		q.dropPick(k)
		if ms == nil {
			if oneJob {
				b.typed = q.typed(lo, hi) // one name, as typed whole
			}
			b.start, b.after = lo, hi // the pick holds all the words it claims
			for i := lo; i < hi; i++ {
				q.claimed[i] = true
			}
			q.careers = append(q.careers, b)
		} else {
			q.addPick(lo, hi, ms, false)
		}
		sort.SliceStable(q.careers, func(i, j int) bool { return q.careers[i].start < q.careers[j].start })
		k--
	}
}

// supervisorOfWorkers reads a worker's whole name followed by
// "supervisor" or "foreman" ("welder supervisor", "forklift operator
// foreman"), which no name holds whole, as the first-line supervisors of
// those workers: BLS counts them there, and the search alone would take
// any supervisor whose name shares a word.
func (q *question) supervisorOfWorkers(kb *knowledge.Base, a, b pick) (*knowledge.Career, bool) {
	if !a.exact || a.after != b.start || b.after != b.start+1 || !supervisorWords[q.toks[b.start].val] || len(kb.Exact(q.wordsIn(a.start, b.after))) > 0 {
		return nil, false
	}
	return kb.FirstLineSupervisor(a.career)
}

// supervisorWords are the titles of a first-line supervisor that follow
// the workers led.
var supervisorWords = setOf(`supervisor supervisors foreman foremen forewoman forewomen foreperson`)

// dropAcronymQualifier reads an acronym after a name and a comma or dash
// as the name's qualifier, when only the name's career has names holding
// every word: "CDL-A Truck Driver, OTR" is an over-the-road driver, no
// occupational therapist (OTR).
func (q *question) dropAcronymQualifier(kb *knowledge.Base) {
	if q.explicitCompare() {
		return
	}
	for k := len(q.careers) - 1; k > 0; k-- {
		a, b := q.careers[k-1], q.careers[k]
		if !a.exact || !b.exact || b.after-b.start != 1 || !isUpper(q.toks[b.start].raw) || len(q.toks[b.start].raw) > 4 || a.career == b.career {
			continue
		}
		between := q.toks[a.after:b.start]
		if len(between) == 0 || slices.ContainsFunc(between, func(t token) bool { return t.kind != tokComma && t.kind != tokStop }) {
			continue
		}
		words := append(q.wordsIn(a.start, a.after), q.wordsIn(b.start, b.after)...)
		if ss := kb.Search(strings.Join(words, " "), 1); len(ss) > 0 && ss[0].Missing == 0 && ss[0].Career == a.career {
			q.dropPick(k)
			continue
		}
		// The title's initials and a credential's letter (certified,
		// registered, licensed): "Athletic Trainer, ATC".
		raw := q.toks[b.start].raw
		if len(raw) >= 3 && strings.ContainsRune("CRL", rune(raw[len(raw)-1])) && initialsOf(a.typed, raw[:len(raw)-1]) {
			q.dropPick(k)
			continue
		}
		// A credential after the title ("Senior Actuarial Analyst, ASA",
		// "Arborist, ISA Certified"): no second career.
		if credentials[strings.ToUpper(raw)] || b.after < len(q.toks) && credentialWords[q.toks[b.after].val] {
			q.dropPick(k)
		}
	}
}

// credentials are initials of certifications and designations that job
// ads write after a title, and no career's: an "Actuarial Analyst, ASA".
var credentials = setOf(`CCNP CCNA CCIE MCSE RHCE OSCP CEH CPA CFE CPCU CLU CHFC PE SE ASA FSA ACAS FCAS ISA CFA CFP CMA CIA CISA CISSP CISM PMP CSM SHRM PHR SPHR ACLS BLS PALS CCRN CEN RHIT RHIA CPC CCS CDL ASE NATE EPA LEED EIT AICP NMLS CPhT CDA RDA RDH RRT CRT RDMS RVT ARRT MT MLS ASCP NCLEX ICD`)

// credentialWords after initials say they are a credential: "ISA
// Certified".
var credentialWords = setOf(`certified certification licensed license credentialed registered board`)

// dropUnseparated keeps one of two careers that nothing separates ("salary
// of plumbers in detail" names plumbers; "detail" is no second career):
// only a separator or a comparison word sets careers side by side. The
// longer name stays.
func (q *question) dropUnseparated() {
	if q.explicitCompare() {
		return
	}
	for k := 0; k+1 < len(q.careers); k++ {
		a, b := q.careers[k], q.careers[k+1]
		separated := false
		for i := a.after; i < b.start; i++ {
			t := q.toks[i]
			separated = separated || t.kind == tokComma || t.kind == tokStop || t.kind == tokWord && isSeparator(t.val)
		}
		if separated || q.slashed(a, b) || q.excludesBetween(a.after, b.start) {
			continue // "nursing but not RN": the second left out of the first
		}
		// A whole name outweighs a search's guess ("how many hours do
		// nurses work": nurses, not a career with "hours" in a title),
		// then the longer name, then the first.
		if a.exact != b.exact && b.exact || a.exact == b.exact && b.after-b.start > a.after-a.start {
			q.dropPick(k)
		} else {
			q.dropPick(k + 1)
		}
		k--
	}
}

// newQuestionIn reports whether a question of its own opens within
// toks[i:j]: "and how much", "and what", "but how" ("is it hard to
// become a pilot and how much do airline pilots make").
func (q *question) newQuestionIn(i, j int) bool {
	for k := i; k+1 < j; k++ {
		if t := q.toks[k]; (t.val == "and" || t.val == "but" || t.kind == tokComma) && questionOpeners[q.toks[k+1].val] {
			return true
		}
	}
	return false
}

// saidMoreExactlyIn reports whether toks[i:j] say that what follows names
// what went before more exactly: ", like", ", i mean", "specifically"
// ("how much do mechanics make, like car mechanics").
func (q *question) saidMoreExactlyIn(i, j int) bool {
	for k := i; k < j; k++ {
		switch q.toks[k].val {
		case "specifically", "especially", "particularly", "aka":
			return true
		case "like", "mean":
			return k > i && (q.toks[k-1].kind == tokComma || q.toks[k-1].val == "i")
		}
	}
	return false
}

// excludesBetween reports whether words that leave careers out ("but
// not", "besides") stand within toks[i:j].
func (q *question) excludesBetween(i, j int) bool {
	return slices.ContainsFunc(q.spans, func(sp vocabSpan) bool {
		return sp.start >= i && sp.end <= j && slices.ContainsFunc(sp.roles, func(r *role) bool { return r.exclude })
	})
}

// dropRestated forgets a career named again, more exactly, in a later
// sentence: "is it worth becoming a pilot? how much do airline pilots
// make" asks of airline pilots, not pilots beside them. Each word of the
// first name must be in the second; a comparison asked keeps both.
func (q *question) dropRestated() {
	if len(q.careers) < 2 || q.explicitCompare() {
		return
	}
	for k := 0; k+1 < len(q.careers); k++ {
		a, b := q.careers[k], q.careers[k+1]
		if !slices.ContainsFunc(q.toks[a.after:b.start], func(t token) bool { return t.kind == tokStop }) && !q.newQuestionIn(a.after, b.start) && !q.saidMoreExactlyIn(a.after, b.start) {
			continue
		}
		restated := true
		for _, t := range q.toks[a.start:a.after] {
			restated = restated && (t.kind != tokWord || slices.ContainsFunc(q.toks[b.start:b.after], func(u token) bool { return u.val == t.val }))
		}
		if restated && b.after-b.start > a.after-a.start {
			q.dropPick(k)
			k--
		}
	}
}

// dropLiked forgets a career found loosely in what one says one likes
// ("i love working on engines and cars", "i love the ocean and boats"):
// the subject of work liked, which the interests answer reads, no
// cleaner of vehicles.
func (q *question) dropLiked() {
	for k := len(q.careers) - 1; k >= 0; k-- {
		p := q.careers[k]
		if p.exact || p.byWork != "" {
			continue
		}
		i := p.start - 1
		for i >= 0 && q.toks[i].kind == tokWord && workSkips[q.toks[i].val] {
			i--
		}
		if i > 1 && (q.toks[i].val == "and" || q.toks[i].val == "or") && q.pickEndingAt(i) < 0 {
			// The second thing liked: "i love computers and coding".
			i -= 2
			for i >= 0 && q.toks[i].kind == tokWord && workSkips[q.toks[i].val] {
				i--
			}
		}
		if i >= 0 && q.toks[i].kind == tokWord && likeWords[q.toks[i].val] {
			q.dropPick(k)
		}
	}
}

// dropPlainWords forgets, beside a career named, the unknown names that
// are one plain word of English ("is it hard to find a job as a
// teacher"): a word of the question no name holds, not a second career
// the knowledge lacks, unless a comparison puts it where a career stands
// or a skill is asked ("jobs requiring troubleshoot").
func (q *question) dropPlainWords(kb *knowledge.Base) {
	if len(q.careers) == 0 || q.signals[intentBySkill] > 0 || q.signals[intentSkills] > 0 {
		return
	}
	explicit := q.explicitCompare()
	k := 0
	for i, name := range q.unknown {
		if i < len(q.unknownAt) {
			at := q.unknownAt[i]
			if t := q.toks[at[0]]; at[1] == at[0]+1 && t.kind == tokWord && !explicit && kb.PlainWord(t.val) {
				continue
			}
			// Or words of English with words that say nothing ("so
			// annoying"), in a clause apart from a name said whole: "my
			// boss is so annoying, how much do plumbers make".
			if !explicit && q.plainClause(kb, at) {
				continue
			}
		}
		q.unknown[k] = name
		if i < len(q.unknownAt) {
			q.unknownAt[k] = q.unknownAt[i]
		}
		k++
	}
	q.unknownAt = q.unknownAt[:min(k, len(q.unknownAt))]
	q.unknown = q.unknown[:k]
	// Likewise a name guessed loosely, in a sentence or clause after one
	// named whole, from words that hold no job's noun ("software dev
	// salary?? thinking of switching": no shipping clerk; "is the market
	// cooked"; "or is that a myth").
	if explicit {
		return
	}
	for k := len(q.careers) - 1; k >= 0; k-- {
		p := q.careers[k]
		// Someone of one's own, guessed loosely in a clause before a
		// name said whole: "my boss is so annoying, how much do plumbers
		// make".
		if i := q.wordBefore(p); !p.exact && p.byWork == "" && i >= 0 && possessives[q.toks[i].val] && slices.ContainsFunc(q.careers, func(e pick) bool {
			return e.exact && p.after <= e.start && q.apart(p.after, e.start)
		}) {
			q.dropPick(k)
			continue
		}
		if p.exact || p.byWork != "" || p.employerJob != "" || slices.ContainsFunc(q.wordsIn(p.start, p.after), kb.HeadNoun) {
			continue
		}
		if slices.ContainsFunc(q.careers, func(e pick) bool { return e.exact && e.after <= p.start && q.clauseBreak(e.after, p.start) }) {
			q.dropPick(k)
		}

	}
}

// plainClause reports whether the unknown words toks[at[0]:at[1]] are
// words of English and words that say nothing, with a career named whole
// in another clause.
func (q *question) plainClause(kb *knowledge.Base, at [2]int) bool {
	for _, t := range q.toks[at[0]:at[1]] {
		if t.kind != tokWord && t.kind != tokStop || t.kind == tokWord && !isStopWord(t.val) && !kb.PlainWord(t.val) && (kb.Known(t.val) || !knowledge.EnglishWord(t.val)) {
			return false
		}
	}
	return slices.ContainsFunc(q.careers, func(p pick) bool {
		return p.exact && (p.start >= at[1] && q.apart(at[1], p.start) || p.after <= at[0] && q.apart(p.after, at[0]))
	})
}

// apart reports whether toks[i:j] break a clause, a comma too.
func (q *question) apart(i, j int) bool {
	return q.clauseBreak(i, j) || slices.ContainsFunc(q.toks[i:j], func(t token) bool { return t.kind == tokComma })
}

// dropSpeakers forgets a career said of someone who says something, beside
// another career: "my boss says the rate for my role is 70k, im a data
// analyst" asks of the data analyst, not of bosses.
func (q *question) dropSpeakers() {
	for k := len(q.careers) - 1; k >= 0 && len(q.careers) > 1; k-- {
		p := q.careers[k]
		if p.start > 0 && (q.toks[p.start-1].val == "my" || q.toks[p.start-1].val == "our") && p.after < len(q.toks) && speechVerbs[q.toks[p.after].val] {
			q.dropPick(k)
		}
	}
	// "i'm a manager, what should i pay a junior graphic designer": the
	// one paid is asked of, not the one who pays.
	if len(q.careers) < 2 || !slices.ContainsFunc(q.careers, q.paidByAsker) {
		return
	}
	for k := len(q.careers) - 1; k >= 0 && len(q.careers) > 1; k-- {
		if !q.paidByAsker(q.careers[k]) && q.selfDescribed(q.careers[k]) {
			q.dropPick(k)
		}
	}
}

// paidByAsker reports whether the career is one the asker pays: "pay a
// graphic designer", "offer a new welder".
func (q *question) paidByAsker(p pick) bool {
	i := p.start - 1
	for i >= 0 && (isArticle(q.toks[i].raw) || q.toks[i].val == "my" || q.toks[i].val == "our" || rankWords[q.toks[i].val] || q.toks[i].val == "new") {
		i--
	}
	return i > 0 && (q.toks[i].val == "pay" || q.toks[i].val == "offer") && slices.ContainsFunc(q.toks[:i], func(t token) bool { return t.val == "i" || t.val == "we" || t.val == "to" })
}

// speechVerbs say that someone says or thinks something.
var speechVerbs = setOf(`say says said tell tells told think thinks thought claim claims claimed want wants wanted keeps insists`)

// clauseBreak reports whether the tokens toks[i:j] end a sentence or begin
// a clause of its own: "?", "but", "or is".
func (q *question) clauseBreak(i, j int) bool {
	for k := i; k < j; k++ {
		t := q.toks[k]
		switch {
		case t.kind == tokStop, t.kind == tokWord && clauseOpeners[t.val]:
			return true
		case t.kind == tokWord && t.val == "or" && k+1 < j:
			if next := q.toks[k+1].val; askingWords[next] || next == "is" || next == "are" {
				return true
			}
		}
	}
	return false
}

// clauseOpeners begin a clause of their own.
var clauseOpeners = setOf(`but because since although though cause cuz tho`)

// unknownCompared returns the index of an unknown name that stands where a
// comparison puts a career (next to "vs", "or", "and" or a comma, with at
// most a stop word between), or -1: "compare nurse vs blorf" lacks a
// career, "my secret plan: compare nurse vs electrician" does not.
func (q *question) unknownCompared() int {
	sepAt := func(i int, step int) bool {
		for ; i >= 0 && i < len(q.toks); i += step {
			t := q.toks[i]
			switch {
			case t.kind == tokComma || t.kind == tokWord && isSeparator(t.val) && !q.claimed[i]:
				return true
			case t.kind == tokWord && isStopWord(t.val) && !q.claimed[i]:
				continue
			}
			return false
		}
		return false
	}
	for k, u := range q.unknownAt {
		if sepAt(u[0]-1, -1) || sepAt(u[1], 1) {
			return k
		}
	}
	if len(q.unknownAt) < len(q.unknown) && q.comparing() {
		return 0
	}
	return -1
}
