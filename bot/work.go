package bot

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/careerbot/careerbot/knowledge"
)

// Work said in one's own words: "my sister draws blood at a lab", "i'm a
// utility worker at a water plant", "i fix elevators". Before the names
// are read, the one who does work said with its verb is written as its
// worker (doneBySaid); after, what someone does may name a career through
// O*NET's task statements (workOverNames), and where they do it is no
// career besides (placesAfterNames).

// workSaid returns the words of what the asker says someone does, when
// the question speaks of someone's own work ("i take care of old people",
// "my sister draws blood at a lab, what does she earn"): the words after
// the first who does it up to the end of the sentence or the question
// asked, that ask nothing (words of names too: "trucks" of "unload
// trucks"). It returns none for other questions, and for fewer than two
// words: a verb and what it is done to.
func (q *question) workSaid(kb *knowledge.Base) []string {
	_, _, words := q.workClause(kb)
	return words
}

// workClause is workSaid with where its words are: toks[lo:hi].
func (q *question) workClause(kb *knowledge.Base) (lo, hi int, words []string) {
	in := false
	relative := -1 // "are" of "people who are …": said of whom the work is for
	for i, t := range q.toks {
		if !in {
			// "me" after a verb is whom it is asked for ("give me the
			// median pay for …"), not one who works.
			in = t.kind == tokWord && ofSomeone(t.val) && !((t.val == "me" || t.val == "us") && i > 0 && q.toks[i-1].kind == tokWord && q.toks[i-1].val != "and")
			continue
		}
		if i == relative {
			continue
		}
		if len(words) > 0 && relativePronouns[t.val] && i+1 < len(q.toks) && relativeVerbs[q.toks[i+1].val] {
			relative = i + 1 // "i counsel people who are struggling with addiction"
			continue
		}
		if t.kind == tokStop && len(words) < 2 {
			// "what is my job called? i clean teeth": the clause after.
			in, words = false, nil
			continue
		}
		// The weather's words after the work's verb are what it is done
		// to: "i research the weather", "i forecast rain"; right after
		// the one who does it, the work's verb ("i forecast weather").
		// So are those of other small talk: "i make cartoons for movies",
		// "i deliver pizza".
		smallTalk := wordRole(t.val, func(r *role) bool { return r.talk == "weather" || r.talk == "offtopic" }) != nil
		if t.kind == tokStop || t.kind == tokWord && len(words) > 0 && (clauseEnds[t.val] || isQuestionWord(t.val) && !workNouns[t.val] && !saidWords[t.val] && !smallTalk && q.endsWork(kb, i)) {
			break
		}
		if len(words) == 0 && i > 0 && isSubject(q.toks[i-1].val) && likingVerbs[t.val] {
			// "i like organizing data and following procedures": what one
			// likes to do, asked as an interest, not one's work told.
			return 0, 0, nil
		}
		// The verb right after the one who does it is the work's, whatever
		// else it may ask ("i help old people").
		verb := i > 0 && isSubject(q.toks[i-1].val) && !clauseEnds[t.val] && !jobVerbs[t.val]
		// A verb of work that chat also says otherwise ("sort of",
		// "write me") is the work's where a verb of it stands: "i
		// write programs", "i grade and sort eggs"; not a generic one
		// ("i give massages", "i run a hotel": their objects say it).
		workVerb := t.kind == tokWord && !genericVerbs[t.val] && (verb && len(words) == 0 || i > 0 && (q.toks[i-1].val == "and" || q.toks[i-1].kind == tokComma) && len(words) > 0) && kb.WorkVerb(t.val)
		object := (len(words) > 0 || verb) && smallTalk
		// A career is what the work is about where the work says so: "i
		// help people find the right career".
		object = object || len(words) > 0 && (t.val == "career" || t.val == "careers")
		// A particle right after the verb is the verb's ("pick up the
		// trash": collect it).
		// "Under" only after whom it is done to: "puts you under".
		particle := len(words) == 1 && t.kind == tokWord && (particles[t.val] && i == hi || (particles[t.val] || t.val == "under") && i == hi+1 && objectPronouns[q.toks[hi].val]) &&
			kb.WorkVerb(words[0])
		if !particle && (t.kind != tokWord || ofSomeone(t.val) || functionWords[t.val] || isSeparator(t.val) || isStopWord(t.val) && !workVerb && !object ||
			isQuestionWord(t.val) && !verb && !object) {
			continue
		}
		if len(words) == 0 {
			lo = i
		}
		// As typed: "clean rooms" said of a hospital is no cleanroom.
		words, hi = append(words, knowledge.Tokens(t.raw)...), i+1
	}
	if len(words) < 2 {
		return 0, 0, nil
	}
	return lo, hi, words
}

// workOverNames reads what someone does, said in their own words, as the
// career whose work O*NET says so, over a name found among those words
// ("my dad reads meters for the gas company": a meter reader, not a
// roustabout of gas; "my cousin installs solar panels on roofs": no
// roofer): when one of the career's task statements holds at least two of
// the words and the career named is not among those whose work is most
// like it.
func (q *question) workOverNames(kb *knowledge.Base) {
	if q.signals[intentCompare] > 0 || q.rank != 0 {
		return
	}
	defer q.toldWorkKnown()
	q.toldNotAsked()
	if q.kindByWork(kb) {
		return
	}
	lo, hi, words := q.workClause(kb)
	if words == nil {
		// Too few words to read the work by, but still said of it:
		// "i recruit for my company", "i help old people".
		if i := q.subjectAt() + 1; i > 0 && i < len(q.toks) && q.toldAt(i) {
			q.workNotAsked(i)
		}
		return
	}
	if s := q.subjectAt(); s > 0 && s+1 == lo && askingWords[q.toks[s-1].val] && neededVerbs[q.toks[lo].val] {
		return // "what skills do i need for a surveyor job": asked, no work told
	}
	if q.toldAt(lo) {
		q.workNotAsked(lo)
	}
	if q.saidOwn(kb, hi) {
		q.workWordsKnown(lo, hi)
		return
	}
	if p, alone, ok := q.agentName(kb, lo, hi); ok && (alone || agreesWithWork(kb.ByWork(words, 40), p.career)) {
		// "i weld pipes", "i program cnc machines": the one who does it
		// is named so ("Pipe Welder", "CNC Programmer"), unless the rest
		// of the work says another career far better ("i design the
		// layout of kitchens … pick colors, furniture": no layout
		// designer of circuits).
		q.careers = []pick{p}
		return
	}
	// The careers whose work O*NET says so, read once when first needed.
	var hs []knowledge.Holder
	read := false
	byWork := func() []knowledge.Holder {
		if !read {
			hs, read = kb.ByWork(words, 3), true
		}
		return hs
	}
	workSays := func() bool { h := byWork(); return len(h) > 0 && h[0].Value >= 2 }
	// Two jobs in what one says one does ("i stock shelves and unload
	// trucks") are one job's work, the first named, unless a comparison is
	// asked.
	if len(q.careers) > 1 && !q.explicitCompare() && !slices.ContainsFunc(q.careers, func(p pick) bool { return p.start < lo || p.after > hi }) &&
		(slices.ContainsFunc(q.careers, func(p pick) bool { return p.exact }) || !q.verbSaid(kb, lo)) { // names guessed from the work's words are below
		for len(q.careers) > 1 {
			q.dropPick(len(q.careers) - 1)
		}
		// Unless the first is a verb of the work read as a name ("i cut,
		// style and color hair"): the work then says the career, when
		// O*NET says such work of one.
		// A name of one word among the words of the work, where O*NET
		// says the rest of the work of one career far better, is what the
		// work is done with ("i climb into a skidder and drag cut logs out
		// of the woods": a logging equipment operator's, not the catch-all
		// career whose reported titles hold "skidder").
		one := q.careers[0]
		one.exact = false
		outweighed := q.careers[0].after-q.careers[0].start == 1 && q.careers[0].start > lo && q.workOutweighs(kb, byWork(), one, lo, hi) ||
			q.objectOfWork(kb, one, lo, byWork(), words)
		if outweighed {
			q.dropPick(0)
		} else if q.careers[0].exact || !q.verbSaid(kb, lo) || q.careers[0].start != lo {
			q.workWordsKnown(lo, hi)
			return
		}
		if !workSays() {
			q.workWordsKnown(lo, hi)
			return
		}
	}
	if len(q.careers) > 1 && !q.explicitCompare() && q.toldAt(lo) && slices.ContainsFunc(q.careers, func(p pick) bool { return p.exact }) {
		// Told of one's work, no comparison asked: a name guessed from
		// other words of it is no second career ("i take 911 calls and
		// send out police and ambulances").
		for k := len(q.careers) - 1; k >= 0 && len(q.careers) > 1; k-- {
			if !q.careers[k].exact {
				q.dropPick(k)
			}
		}
	}
	if len(q.careers) > 1 && !q.explicitCompare() && q.verbSaid(kb, lo) && !slices.ContainsFunc(q.careers, func(p pick) bool { return p.exact }) {
		// Names guessed from the words of work told with its verb ("i
		// install and repair electrical wiring, outlets and breaker
		// panels"): none is said; the work says the career, or is unknown
		// with the careers like it.
		for len(q.careers) > 0 {
			q.dropPick(len(q.careers) - 1)
		}
		if !workSays() {
			q.addUnknown(lo, hi)
			return
		}
	}
	if len(q.careers) > 1 {
		return
	}
	// What someone does said with a verb of work ("i clean teeth", "i
	// guard a building at night"): a name among its words is the verb
	// read as a name ("clean": cleaning equipment operators) or what the
	// work is done to ("first graders"), not their job. A name of two
	// words or more where the verb would be is none ("i tax preparer …",
	// as doneBySaid writes "i do people's taxes").
	// But a verb and its particle are the verb, whatever title they are
	// too ("pick up the trash": no "Pick Up", a material mover's).
	verbFirst := q.verbSaid(kb, lo) && !slices.ContainsFunc(q.careers, func(p pick) bool {
		return p.exact && p.start == lo && p.after-p.start > 1 && !(p.after-p.start == 2 && particles[q.toks[lo+1].val])
	})
	if len(q.careers) == 1 {
		// A name outside the words, or most of them ("i work as a
		// registered nurse"), or one that ends in a job's noun ("I do the
		// books": a bookkeeper) is the career said.
		p := q.careers[0]
		named := q.wordsIn(p.start, p.after)
		// But one word after the work found loosely, the work told with
		// its verb, is none ("i fix laptops at work when it breaks": no
		// shipping clerk of "breaks").
		loneAfter := !p.exact && p.after-p.start == 1 && p.start >= hi && q.verbSaid(kb, lo) && len(byWork()) > 0
		if (p.start < lo || p.after > hi) && !loneAfter && !q.workOutweighs(kb, byWork(), p, lo, hi) {
			return
		}
		// A name where the work is done ("at a coffee shop") may give way
		// to the work however many words it has.
		// A name guessed from one word ("blood": office clerks of a
		// blood bank) is not said.
		// But a name many careers share ("machine operator", as "i run
		// the machines that fold and bind books" is read) says less than
		// the work: the work says which.
		generic := len(p.others) >= sharedWidely && slices.ContainsFunc(named, func(w string) bool { return machineWords[w] }) && len(words)-len(named) >= 2 && workSays()
		switch {
		case loneAfter:
			// The careers like the work, as when it is not one O*NET
			// says (below): the word read loosely was the only name.
			q.dropPick(0)
			q.dropUnknownIn(0, lo) // "my aunt …": who does it, no career unknown
			q.addUnknown(lo, hi)
			return
		case !verbFirst && !q.atPlace(p.start) && !generic && (2*len(named) >= len(words) && (p.exact || len(named) > 1) || len(named) > 0 && kb.HeadNoun(named[len(named)-1])) &&
			!q.workOutweighs(kb, byWork(), p, lo, hi):
			q.workWordsKnown(lo, hi)
			return
		}
	}
	hs = byWork()
	if len(hs) > 0 && hs[0].Value == 1 && verbFirst && opensWith(hs[0].Item.Name, words[0]) && (len(hs) == 1 || !opensWith(hs[1].Item.Name, words[0])) {
		// Work said with a verb one career's work alone opens with
		// ("i photograph weddings", "i deal blackjack"): that career,
		// though no other word of it is in O*NET's sentence.
		hs[0].Value = 2
	}
	if len(hs) == 0 || hs[0].Value < 2 {
		if p := q.careers; verbFirst && len(p) == 1 && p[0].start == lo && nameHolds(p[0].career.Name, q.toks[lo].raw) {
			// The verb is the career's own title ("i coach the varsity
			// basketball team": Coaches and Scouts).
			q.workWordsKnown(lo, hi)
			return
		}
		if verbFirst && len(q.careers) == 1 {
			// The work is not one O*NET says: unknown, with the careers
			// like it, rather than the name of its verb or object.
			q.dropPick(0)
			q.addUnknown(lo, hi)
			return
		}
		if len(q.careers) == 1 && q.atPlace(q.careers[0].start) && len(words)-len(q.wordsIn(q.careers[0].start, q.careers[0].after)) >= 2 {
			// Only where the work is done is named, and the work is said
			// besides ("i fix hvac units on rooftops"): no roofer's
			// helper, but the work unknown, with the careers like it.
			q.dropPick(0)
			q.addUnknown(lo, hi)
		}
		return
	}
	// The career named stays when its work holds as many of the words as
	// the best's; a name of where the work is done does not win a tie
	// with the work's own ("i draw blood from patients at a clinic": no
	// medical assistant of "clinic"; "i fly passenger jets for an
	// airline": no flight attendant of "airline"; "i hem pants … at a
	// dry cleaner": no laundry worker).
	// Nor does a name guessed loosely from what the work is done to ("i
	// design websites": no Web Administrators of "websites", whose work
	// says it as often as the web designers' does, but less).
	atPlace := len(q.careers) == 1 && q.atPlace(q.careers[0].start)
	objectOnly := len(q.careers) == 1 && !q.careers[0].exact && verbFirst && q.careers[0].start > lo
	if len(q.careers) == 1 && slices.ContainsFunc(hs, func(h knowledge.Holder) bool {
		return h.Career == q.careers[0].career && (h.Value > hs[0].Value || h.Value == hs[0].Value && (!atPlace && !objectOnly || h.Career == hs[0].Career))
	}) {
		q.workWordsKnown(lo, hi)
		return
	}
	// Others only as like it: "cut hair" is no butcher's "cut".
	var others []*knowledge.Career
	for _, h := range hs[1:] {
		if h.Value >= hs[0].Value {
			others = append(others, h.Career)
		}
	}
	q.careers = []pick{{career: hs[0].Career, typed: q.typed(lo, hi), matched: hs[0].Career.Name, score: hs[0].Value / float64(len(words)),
		others: others, start: lo, after: hi, byWork: hs[0].Item.Name}}
	for i := lo; i < hi; i++ {
		q.claimed[i] = true
	}
	q.unknown, q.unknownAt, q.free = nil, nil, nil
}

// kindByWork reads a kind of worker with its work said after it
// ("surgeons who fix broken bones", "the doctor who delivers babies", "i'm
// a high school teacher who works with disabled kids") as the career of
// that kind whose work O*NET says so (kindOfWork). It reports whether it
// read the work so.
func (q *question) kindByWork(kb *knowledge.Base) bool {
	if len(q.careers) == 0 {
		return false
	}
	p := &q.careers[0]
	if !p.exact || p.after-p.start > maxKindWords || p.after+2 >= len(q.toks) || q.toks[p.after].val != "who" && q.toks[p.after].val != "that" {
		return false
	}
	// The work to the end of the sentence or the question asked after it:
	// its words may ask too ("studies", "checks", "high school").
	var words []string
	end := p.after + 1
	for ; end < len(q.toks); end++ {
		t := q.toks[end]
		if t.kind == tokStop || t.kind == tokComma || t.kind == tokWord && len(words) > 0 && whWords[t.val] {
			break
		}
		if t.kind == tokWord {
			words = append(words, knowledge.Tokens(t.raw)...)
		}
	}
	// What is asked after it, said bare: "… broken bones salary".
	for end > p.after+1 && q.toks[end-1].kind == tokWord && askedOfMine[q.toks[end-1].val] != "" {
		end--
		words = words[:max(0, len(words)-len(knowledge.Tokens(q.toks[end].raw)))]
	}
	// Names read among the words of the work are what it is done to
	// ("building code"), no second career; one outside them is.
	if len(words) < 2 || slices.ContainsFunc(q.careers[1:], func(o pick) bool { return o.start < p.after || o.after > end }) {
		return false
	}
	best, ok := kindOfWork(kb, q.wordsIn(p.start, p.after), words)
	if !ok {
		return false
	}
	if best.Career != p.career {
		others := slices.DeleteFunc(slices.Clone(p.others), func(c *knowledge.Career) bool { return c == best.Career })
		p.others = append([]*knowledge.Career{p.career}, others...)
		p.career, p.matched, p.byWork = best.Career, best.Career.Name, best.Item.Name
	}
	for len(q.careers) > 1 {
		q.dropPick(len(q.careers) - 1)
	}
	for i := p.after; i < end; i++ {
		q.claimed[i] = true
	}
	q.workWordsKnown(p.after, end)
	return true
}

// kindOfWork returns, of the careers whose names hold the words of a kind
// of worker with its noun as their head ("teacher", "high school
// teacher"), the one whose description or task statements hold the most
// of the words of work: at least two, or one that no other of them holds
// as many of, or whose name says a word of the work. Those whose own
// titles say the noun come first ("Computer Hardware Engineers"), then
// those another name of says it; never one whose name says it is not what
// the work says ("the teacher who helps kids with disabilities": no "…,
// Except Special Education").
func kindOfWork(kb *knowledge.Base, kind []string, words []string) (knowledge.Holder, bool) {
	if len(kind) == 0 {
		return knowledge.Holder{}, false
	}
	noun := kind[len(kind)-1]
	var kinds []knowledge.Match
	if len(kind) == 1 {
		kinds = generic(kb, noun)
	} else {
		for _, m := range kb.Lookup(strings.Join(kind, " "), 60) {
			if m.Head && m.Missing == 0 {
				kinds = append(kinds, m)
			}
		}
	}
	if len(kind) == 1 {
		kinds = append(kinds, kindBefore(kb, noun, kinds)...)
	}
	if len(kinds) < 2 {
		return knowledge.Holder{}, false // one career of the kind: the name says which
	}
	said := slices.Clone(words)
	for _, w := range words {
		said = append(said, kindWords[w]...)
	}
	saysWork := func(ws []string) bool {
		return slices.ContainsFunc(ws, func(x string) bool {
			return slices.ContainsFunc(said, func(w string) bool { return sameWord(w, x) })
		})
	}
	excepted := func(c *knowledge.Career) bool {
		_, not := nameAndNot(c)
		return saysWork(not)
	}
	ofKind := func(c *knowledge.Career) bool {
		return !excepted(c) && slices.ContainsFunc(kinds, func(m knowledge.Match) bool { return m.Career == c })
	}
	titled := func(c *knowledge.Career) bool {
		return ofKind(c) && slices.ContainsFunc(knowledge.Tokens(c.Name), func(w string) bool { return sameWord(w, noun) })
	}
	hs := kb.ByWorkAmong(words, kindTies, titled)
	if len(hs) == 0 {
		hs = kb.ByWorkAmong(words, kindTies, ofKind)
	}
	if len(hs) == 0 {
		return knowledge.Holder{}, false
	}
	if len(hs) > 1 && hs[1].Value == hs[0].Value && hs[0].Value < 2 {
		// One word, held as often by another of the kind: the one whose
		// name says a word of the work ("special" of "disabilities").
		for _, h := range hs {
			if h.Value == hs[0].Value && saysWork(knowledge.Tokens(h.Career.Name)) {
				return h, true
			}
		}
		// Else the one whose work is about it, many of its tasks saying
		// it, where the others' say it once: a nurse anesthetist's, not
		// the critical care nurse's who assesses sedation.
		if !slices.ContainsFunc(hs[1:], func(h knowledge.Holder) bool { return h.Value == hs[0].Value && hs[0].Spread < workAbout*h.Spread }) {
			return hs[0], true
		}
		return knowledge.Holder{}, false
	}
	return hs[0], true
}

// kindBefore returns the careers, besides those of ms, whose official
// titles say the noun of a kind of worker before the noun of what they
// are, as a specialty of the kind: Nurse Anesthetists and Nurse
// Practitioners are nurses, Teacher Assistants no teachers.
func kindBefore(kb *knowledge.Base, noun string, ms []knowledge.Match) []knowledge.Match {
	var out []knowledge.Match
	for _, c := range kb.TitledWith(noun) {
		if slices.ContainsFunc(ms, func(m knowledge.Match) bool { return m.Career == c }) {
			continue
		}
		toks := knowledge.Tokens(c.Name)
		if k := slices.Index(toks, noun); k >= 0 && k+2 == len(toks) && !helperNouns[toks[k+1]] {
			out = append(out, knowledge.Match{Career: c, Name: c.Name, Head: true})
		}
	}
	return out
}

// helperNouns name those who help a kind of worker, not workers of it.
var helperNouns = setOf(`aide aides assistant assistants helper helpers`)

// workAbout is how many times as much of its texts as any other's the
// work of one career must hold the words, when one of its texts holds no
// more of them than another's, for it to be the one meant: a
// pediatrician's work says "children" twice as often as a pediatric
// surgeon's.
const workAbout = 1.5

// kindTies is how many careers of a kind kindOfWork weighs when the best
// holds one word of the work as often as the next.
const kindTies = 10

// whWords open a question: after work said, what is asked of whoever does
// it ("… and what do they earn").
var whWords = setOf(`what whats which how where why when`)

// objectOfWork reports whether p, a name of one word right after the verb
// of the work told ("i troubleshoot routers, switches and network
// outages"), is what the work is done to rather than who does it: O*NET
// says the work of another career in a sentence holding two of its words,
// and of p's career in none of its forty likest.
func (q *question) objectOfWork(kb *knowledge.Base, p pick, lo int, hs []knowledge.Holder, words []string) bool {
	if p.after-p.start != 1 || p.start != lo+1 || !q.verbSaid(kb, lo) || len(hs) == 0 || hs[0].Value < 2 || hs[0].Career == p.career {
		return false
	}
	return !slices.ContainsFunc(kb.ByWork(words, 40), func(h knowledge.Holder) bool { return h.Career == p.career })
}

// objectPronouns may stand between a verb and its particle ("rings you
// up").
var objectPronouns = setOf(`you u me them him her us it`)

// particles make a verb of two words with the verb before them ("pick
// up", "hand out"); not "in", which says where far more often ("i'm
// interested in nursing").
var particles = setOf(`up out off down away`)

// machineWords say what a generic operator runs ("machine operator",
// "equipment operator"): which machine, the work says.
var machineWords = setOf(`machine machines equipment press`)

// endsWork reports whether toks[i], a question word after the work told,
// ends it: one that asks ("i fix cars salary?"), not one the work holds
// as a noun ("i lead walking tours of the city's historic district").
func (q *question) endsWork(kb *knowledge.Base, i int) bool {
	// After a word that joins it to the work ("of the city", "from paper
	// forms") it is the work's; so is what a verb of work is done to
	// ("deposit money", "count money").
	return i == 0 || !functionWords[q.toks[i-1].val] && !prepositions[q.toks[i-1].val] &&
		!(q.toks[i-1].kind == tokWord && !isQuestionWord(q.toks[i-1].val) && kb.WorkVerb(q.toks[i-1].val))
}

// workOutweighs reports whether the careers whose work is most like what
// is told in toks[lo:hi] (hs) say it far better than p, a name found
// loosely (not a whole name) among its words: three of the words in one
// sentence of O*NET's, p's career not among them, and the words outside
// p's name saying that career on their own ("i study rock layers to find oil and gas
// deposits": no "Rock Layer", a drywall installer's title, but "oil gas
// deposits", a geoscientist's work).
func (q *question) workOutweighs(kb *knowledge.Base, hs []knowledge.Holder, p pick, lo, hi int) bool {
	if p.exact || len(hs) == 0 || hs[0].Value < 3 || slices.ContainsFunc(hs, func(h knowledge.Holder) bool { return h.Career == p.career }) {
		return false
	}
	var outside []string
	for i := lo; i < hi; i++ {
		if t := q.toks[i]; (i < p.start || i >= p.after) && t.kind == tokWord && !functionWords[t.val] {
			outside = append(outside, knowledge.Tokens(t.raw)...)
		}
	}
	told := kb.ByWork(outside, 1)
	if len(told) > 0 && told[0].Career == hs[0].Career && told[0].Value >= 2 {
		return true
	}
	// Or the best's own sentence holds the words read as the name: they
	// are what its work is done with ("i ride on the back of the garbage
	// truck": "Dismount garbage trucks …", no truck driver's name).
	said := knowledge.Tokens(hs[0].Item.Name)
	return p.start > lo && p.after-p.start > 1 && !slices.ContainsFunc(q.wordsIn(p.start, p.after), func(w string) bool {
		return !slices.ContainsFunc(said, func(x string) bool { return knowledge.SameForm(x, w) || knowledge.SameForm(w, x) })
	})
}

// verbSaid reports whether toks[lo] is a verb of work told right after
// the one who does it ("i clean teeth", "my dad reads meters"), not asked
// of ("what should i study", "how do i fix …") nor said to the bot ("tell
// me about …").
func (q *question) verbSaid(kb *knowledge.Base, lo int) bool {
	if lo == 0 || jobVerbs[q.toks[lo].val] || !kb.WorkVerb(q.toks[lo].val) {
		return false
	}
	if !isSubject(q.toks[lo-1].val) {
		return false
	}
	return lo < 2 || !askingWords[q.toks[lo-2].val]
}

// neededVerbs after "do i", "should i" ask what a career takes: "what
// skills do i need for a surveyor job", "should i get a masters".
var neededVerbs = setOf(`need needs get have learn take study know`)

// askingWords before "i" ask about doing something: "should i study".
var askingWords = setOf(`do does did should can could would will might may shall must`)

// opensWith reports whether a task statement opens with a verb said, in
// any of its forms ("Photograph subjects …" for "photograph", "Deal cards
// …" for "deals").
func opensWith(text, verb string) bool {
	toks := knowledge.Tokens(text)
	return len(toks) > 0 && (knowledge.SameForm(toks[0], verb) || knowledge.SameForm(verb, toks[0]))
}

// likingVerbs say what one likes, not what one does: "i like …".
var likingVerbs = setOf(`like likes love loves enjoy enjoys prefer prefers want wants wish hope dream`)

// jobVerbs say what someone's job is rather than what they do in it
// ("i work as a nurse", "i do payroll").
var jobVerbs = setOf(`work works working worked do does doing am was be been being became become get got study studied studying mean meant`)

// workNotAsked forgets what words from toks[lo] on, in what someone says
// they do, seemed to ask but say of the work: "i audit our company's
// books" asks no best paying company, "i do ultrasounds on pregnant
// women" no gender ratio, "i work nights" nothing of working hours. What
// follows a question word after them is asked ("i'm a nurse, what is the
// gender ratio").
func (q *question) workNotAsked(lo int) {
	if t := q.toks[lo]; t.val == "help" || t.val == "helps" || t.val == "helping" {
		// "i help old people": a verb of the work, not a call for help.
		delete(q.signals, intentHelp)
	}
	for _, sp := range q.spans {
		if sp.start < lo || q.askedBefore(lo+1, sp.start) {
			continue
		}
		for _, r := range sp.roles {
			said := r.unsourced != "" && !ofOneself[r.unsourced] || slices.ContainsFunc(r.fields, func(f knowledge.Field) bool { return saidOfWork[f] })
			if !said {
				continue
			}
			q.forgetRole(r, nil)
			if r.unsourced == q.unsourced {
				q.unsourced = ""
			}
		}
	}
}

// ofOneself are topics the sources lack that one tells of oneself and
// still asks about: "i have a bad back, what jobs don't need heavy
// lifting", "i'm 50, is it too late".
var ofOneself = map[string]bool{"physical demands": true, "age limits": true}

// forgetRole takes back what a role of words told seemed to ask: its
// signal, and its fields but those in keep (asked by other words).
func (q *question) forgetRole(r *role, keep []knowledge.Field) {
	if r.intent != "" && q.signals[r.intent] > 0 {
		q.signals[r.intent]--
		if q.signals[r.intent] == 0 {
			delete(q.signals, r.intent)
		}
	}
	q.fields = slices.DeleteFunc(q.fields, func(f knowledge.Field) bool { return slices.Contains(r.fields, f) && !slices.Contains(keep, f) })
}

// toldNotAsked forgets what the words of work told before a question
// seemed to ask, when the question after them asks something: "i study
// wildlife populations … how much do people like me earn" asks pay, not
// what to study; "i deliver mail on a route … how much does that pay" no
// route into the job. "i study nursing" still asks about studying.
func (q *question) toldNotAsked() {
	s := q.subjectAt()
	if s < 0 || !q.toldAt(s+1) {
		return
	}
	// The question begins at its first question word ("how", "what")
	// after the verb, or where the sentence told ends.
	at := len(q.toks)
	for i := s + 2; i < len(q.toks); i++ {
		t := q.toks[i]
		if t.kind == tokStop || t.kind == tokWord && clauseEnds[t.val] {
			at = i
			break
		}
	}
	asked := map[string]bool{}
	var keep []knowledge.Field
	for _, sp := range q.spans {
		if sp.start >= at {
			for _, r := range sp.roles {
				if r.intent != "" {
					asked[r.intent] = true
				}
				keep = append(keep, r.fields...)
			}
		}
	}
	if len(asked) == 0 {
		return
	}
	for _, sp := range q.spans {
		if sp.start <= s || sp.start >= at {
			continue
		}
		for _, r := range sp.roles {
			if r.intent == "" || !asked[r.intent] {
				q.forgetRole(r, keep)
			}
		}
	}
}

// toldOnly forgets everything a question seemed to ask when it only
// tells someone's work, asking nothing ("I drive a semi across state
// lines", "I bake bread and pastries starting at 4am every morning", "i
// guard inmates at the county jail and do headcounts"): no "?", no
// question word opening a clause, nothing asked of the bot. Its words are
// the work's, not a best paying state, a starting pay or a headcount: the
// answer is the career told. States said and pay told stay.
func (q *question) toldOnly(kb *knowledge.Base) {
	if !q.tellsWork(kb) && !q.namedBySubject() || q.judge.ok || q.signals[intentCompare] > 0 {
		return
	}
	if s := q.subjectAt(); s > 0 && !(q.toks[s-1].kind == tokStop || q.toks[s-1].kind == tokComma || tellOpeners[q.toks[s-1].val]) {
		return // "Pharmacy Tech I pay": a level of the title, no one told of
	}
	for i, t := range q.toks {
		opens := i == 0 || q.toks[i-1].kind == tokStop || q.toks[i-1].kind == tokComma
		switch {
		case t.kind == tokStop && t.val == "?":
			return
		case t.kind == tokWord && (askedOfBot[t.val] || opens && (clauseEnds[t.val] || isQuestionWord(t.val) && !q.claimed[i])):
			return // "…, what do i make", "i cut hair. salary?"
		case opens && t.kind == tokWord && (askingWords[t.val] || t.val == "am" || t.val == "is" || t.val == "are"):
			return // "am i talking to a human", "do i need a license"
		case t.kind == tokWord && clauseEnds[t.val] && i+1 < len(q.toks) && askingWords[q.toks[i+1].val]:
			return // "im a nurse where do i get paid most"; not "where they need to go"
		}
	}
	clear(q.signals)
	q.fields, q.rank, q.topN, q.pct, q.talk, q.unsourced = nil, 0, 0, "", "", ""
}

// namedBySubject reports whether a career is named right after the one
// told of: "i'm a nurse …", or "i semi driver …" as doneBySaid writes "i
// drive a semi".
func (q *question) namedBySubject() bool {
	s := q.subjectAt()
	if s < 0 || s > 2 || len(q.careers) != 1 {
		return false
	}
	at := s + 1
	if at < len(q.toks) && (q.toks[at].val == "a" || q.toks[at].val == "an") {
		at++
	}
	return q.careers[0].start == at
}

// tellOpeners may come before the one who tells of their work: "ok so i
// drive a forklift".
var tellOpeners = setOf(`ok okay so well hi hey hello yeah yes basically honestly and but um lol`)

// askedOfBot are words that ask the bot something wherever they are: "i
// clean teeth, tell me my title", "curious what we make".
var askedOfBot = setOf(`what whats how hows which why tell show give wonder wondering curious know`)

// toldAt reports whether the words from toks[lo] are told of one who does
// them ("i do ultrasounds …"), not asked ("how do i negotiate …", "can
// you help me find …").
func (q *question) toldAt(lo int) bool {
	for s := lo - 1; s >= 0; s-- {
		v := q.toks[s].val
		if clauseEnds[v] || q.toks[s].kind == tokStop {
			return false
		}
		if isSubject(v) {
			return s == 0 || !askingWords[q.toks[s-1].val] && !clauseEnds[q.toks[s-1].val]
		}
	}
	return false
}

// tellsWork reports whether the question opens with someone said to do
// work: "i cut hair", "my mom works in a kitchen".
func (q *question) tellsWork(kb *knowledge.Base) bool {
	s := q.subjectAt()
	if s < 0 || s > 2 || s+1 >= len(q.toks) {
		return false
	}
	v := q.toks[s+1].val
	if v == "work" || v == "works" || !jobVerbs[v] && kb.WorkVerb(v) {
		return true
	}
	// "I help the special ed teacher with students": read as the
	// helper's title right after the one who does it ("I C and E
	// Technician": initials, no one).
	return len(v) > 1 && slices.ContainsFunc(q.careers, func(p pick) bool { return p.start == s+1 && p.byWork == "" && !p.exact })
}

// subjectAt returns where the first one said to do something is ("i",
// "we", "my dad"), or -1.
func (q *question) subjectAt() int {
	for i, t := range q.toks {
		if isSubject(t.val) {
			return i
		}
	}
	return -1
}

// isSubject reports whether a word is one who does work told of: "i",
// "we", "she", "my dad".
func isSubject(w string) bool {
	return w == "i" || w == "we" || someoneWords[w]
}

// askedBefore reports whether a question word stands in toks[lo:i].
func (q *question) askedBefore(lo, i int) bool {
	if lo >= i {
		return false
	}
	for _, t := range q.toks[lo:i] {
		if t.kind == tokStop || t.kind == tokWord && (clauseEnds[t.val] || isQuestionWord(t.val) && !workNouns[t.val] && !saidWords[t.val]) {
			return true
		}
	}
	return false
}

// saidOfWork are the figures words of the work seem to ask: of whom it is
// done (women, old people), for whom (a company).
var saidOfWork = map[knowledge.Field]bool{knowledge.FieldCompany: true, knowledge.FieldIndustry: true, knowledge.FieldGenderRatio: true,
	knowledge.FieldAge: true, knowledge.FieldRaceRatio: true, knowledge.FieldLGBT: true}

// saidWords are such words: no question before the words after them.
var saidWords = setOf(`old older elderly women woman men man pregnant night nights safe`)

// workNouns are question words more often said of the work itself in
// what someone does ("i protect our company from hackers", "i drive
// people around using an app", "i counsel people with addictions").
var workNouns = setOf(`company companies using use uses help helps helping with fit fits`)

// relativePronouns and relativeVerbs open a clause of whom the work is
// done for or to: "people who are struggling", "kids that have autism".
var (
	relativePronouns = setOf(`who that`)
	relativeVerbs    = setOf(`are is have has were was`)
)

// clauseEnds begin the question after what someone does.
var clauseEnds = setOf(`what whats how hows which why when where is are does should would could can will`)

// someoneWords are words for another whose work the asker tells of.
var someoneWords = setOf(someoneSaid)

// someoneSaid are someoneWords, as the work regexps take them.
const someoneSaid = `he she they mom mum dad mother father sister brother wife husband son daughter friend aunt uncle cousin boyfriend girlfriend partner roommate grandma grandpa neighbor neighbour`

// doerAlternation is who may be said to do work, for a regexp: "i",
// "we", "who" and someoneWords.
var doerAlternation = "i|we|who|" + strings.ReplaceAll(someoneSaid, " ", "|")

// atPlace reports whether toks[i] follows a word of place ("at", "in",
// "on", "for") and maybe an article or a possessive: where someone works.
func (q *question) atPlace(i int) bool {
	k := i - 1
	if k >= 0 && (isArticle(q.toks[k].val) || q.toks[k].val == "my" || q.toks[k].val == "our") {
		k--
	}
	return k >= 0 && placeWords[q.toks[k].val]
}

// toWhose reports whether toks[i] follows a possessive after "to",
// "from" or "near": where or to whom work goes ("delivers mail to my
// house"), not a career.
func (q *question) toWhose(i int) bool {
	return i >= 2 && possessives[q.toks[i-1].val] && (q.toks[i-2].val == "to" || q.toks[i-2].val == "from" || q.toks[i-2].val == "near")
}

// possessives say whose something is.
var possessives = setOf(`my our your his her their`)

// saidOwn reads a career said to be one's own by its name ("i'm an emt
// and give emergency care to patients", "my sister is a cna and helps
// patients bathe") as that career, whatever the work told after it says:
// names guessed from the words of that work go, and a name of several
// careers ("emt": EMTs and paramedics) is the one of them whose work is
// most like it. Other names said whole stay ("i'm a nurse and want to be
// a doctor"). It reports whether one career is left.
func (q *question) saidOwn(kb *knowledge.Base, hi int) bool {
	own := -1
	for k, p := range q.careers {
		if p.exact && q.saidToBe(kb, p.start) {
			if own >= 0 {
				return false // "i'm a nurse and she is a doctor"
			}
			own = k
		}
	}
	if own < 0 || q.explicitCompare() {
		return false
	}
	for k := len(q.careers) - 1; k >= 0; k-- {
		if k != own && !q.careers[k].exact {
			q.dropPick(k)
			if k < own {
				own--
			}
		}
	}
	if len(q.careers) != 1 {
		return false
	}
	if p := q.careers[0]; len(p.others) > 0 {
		// By the work told after the name, when there is some: "im a
		// data analyst, is that right?" is the name's first career.
		var after []string
		for _, t := range q.toks[p.after:max(p.after, hi)] {
			if t.kind == tokWord && !functionWords[t.val] && !isSeparator(t.val) && !isStopWord(t.val) && !ofSomeone(t.val) {
				after = append(after, t.val)
			}
		}
		if len(after) >= 2 {
			q.careers[0] = p.closestByWork(kb.ByWork(after, 40))
		}
	}
	return true
}

// closestByWork returns p as the one of its careers, p.career or one of
// p.others, whose work holds the most of what was told, as hs (the
// careers whose work is like it) says; p.career unless another holds two
// words more ("cna … help patients bathe" stays a nursing assistant,
// though a home health aide's work holds "help" too).
func (p pick) closestByWork(hs []knowledge.Holder) pick {
	held := func(c *knowledge.Career) float64 {
		for _, h := range hs {
			if h.Career == c {
				return h.Value
			}
		}
		return -1 // not among those read: no telling
	}
	own := held(p.career)
	if own < 0 {
		return p
	}
	best, most := -1, own+1
	for k, c := range p.others {
		if n := held(c); n > most {
			best, most = k, n
		}
	}
	if best < 0 {
		return p
	}
	others := slices.Clone(p.others)
	others[best] = p.career
	p.career, p.others = p.others[best], others
	return p
}

// saidToBe reports whether the name at i is said to be what someone is:
// "i'm an emt", "i am a welder", "she is a cna", or work said as its
// doer's title before the names were read ("i ride in an ambulance": "i
// emt").
func (q *question) saidToBe(kb *knowledge.Base, i int) bool {
	k := i - 1
	if k >= 0 && isArticle(q.toks[k].val) {
		k--
	}
	if k < 0 {
		return false
	}
	switch w := q.toks[k].val; {
	case w == "i'm" || w == "im":
		return true
	case w == "am" || w == "is":
		return k > 0 && ofSomeone(q.toks[k-1].val)
	case isSubject(w) && k == i-1:
		return !kb.WorkVerb(q.toks[i].val)
	}
	return false
}

// forWhom reports whether the name at toks[i] follows "for" ("for a
// dental hygienist").
func (q *question) forWhom(i int) bool {
	if i > 0 && isArticle(q.toks[i-1].val) {
		i--
	}
	return i > 0 && q.toks[i-1].val == "for"
}

// placeWords come before where someone works.
var placeWords = setOf(`at in for on`)

// placesAfterNames reads a name after "at", "in" or "on" that follows
// another as where the first works ("utility worker at a water plant",
// "floorhand on a drilling rig", "i answer phones … at a doctors
// office"), not a second career: it may say which of
// the careers the first name fits is meant, else it is set aside. A
// comparison asked keeps both ("pharmacist at a hospital vs retail").
func (q *question) placesAfterNames(kb *knowledge.Base) {
	if q.explicitCompare() {
		return
	}
	// The words of a place after each name, names or not ("at a water
	// plant"): they may say which career the name means.
	for k := range q.careers {
		p := &q.careers[k]
		i := p.after
		if i >= len(q.toks) || !placeWords[q.toks[i].val] || q.claimed[i] {
			continue
		}
		i++
		if i < len(q.toks) && isArticle(q.toks[i].val) {
			i++
		}
		var place []string
		for ; i < len(q.toks) && q.toks[i].kind == tokWord && !isQuestionWord(q.toks[i].val) && !isSeparator(q.toks[i].val); i++ {
			place = append(place, q.toks[i].raw)
		}
		p.chooseByWords(kb, strings.Join(place, " "))
	}
	for k := len(q.careers) - 1; k >= 1; k-- {
		p, before := q.careers[k], &q.careers[k-1]
		if !q.atPlace(p.start) || before.after > p.start {
			continue
		}
		if p.exact && !before.exact && q.forWhom(p.start) && kb.HeadNoun(q.toks[p.after-1].val) {
			// A worker named whole after "for", after a name found only
			// loosely ("what software do dental offices use, for a
			// dental hygienist"): the career asked of.
			q.dropPick(k - 1)
			continue
		}
		was := before.career
		before.chooseByWords(kb, p.typed)
		if before.career == was && before.setAside == "" {
			before.setAside = p.typed
		}
		q.dropPick(k)
		for i := p.start; i < p.after; i++ {
			q.claimed[i] = true // no name, nor question words either
		}
	}
}

// workWordsKnown takes the words of toks[lo:hi] besides the career named
// in them as words of its work ("load" and "dock" of "i load and unload
// trucks at the dock"), not names unknown.
func (q *question) workWordsKnown(lo, hi int) {
	q.dropUnknownIn(lo, hi)
	q.free = nil
}

// toldWorkKnown forgets the unknown words of a sentence that tells one's
// work when a career was read from its first words: "i inspect houses
// and commercial buildings to make sure construction follows building
// codes" is a home inspector, and "building codes" no career unknown.
func (q *question) toldWorkKnown() {
	s := q.subjectAt()
	if len(q.careers) != 1 || len(q.unknown) == 0 || s < 0 || s > 2 || q.careers[0].start != s+1 {
		return
	}
	end := len(q.toks)
	for i := s + 1; i < len(q.toks); i++ {
		if q.toks[i].kind == tokStop {
			end = i
			break
		}
	}
	q.dropUnknownIn(s+1, end)
}

// ofSomeone reports whether a word speaks of someone's own work: "i",
// "my", "my sister".
func ofSomeone(w string) bool { return firstPerson[w] || someoneWords[w] }

// firstPerson are words of one who speaks of their own job.
var firstPerson = setOf(`i im i'm me my mine we our us`)

// reDoneBy is someone who does a kind of work to something, said with the
// verb: "i fix elevators", "guy who fixes the copier", "i help the
// dentist", "i sell insurance". Only after one who does it (a person word,
// or "who"), so that "how do i fix my car" asks nothing of mechanics.
var reDoneBy = regexp.MustCompile(`(?i)\b(` + doerAlternation + `)\s+(?:just\s+|also\s+|basically\s+|mostly\s+|usually\s+|mainly\s+)?(fix|fixes|fixing|repair|repairs|repairing|install|installs|installing|clean|cleans|cleaning|inspect|inspects|inspecting|sell|sells|selling|help|helps|helping|assist|assists|assisting|teach|teaches|teaching|lecture|lectures|lecturing|bag|bags|bagging|deliver|delivers|delivering|answer|answers|answering|paint|paints|painting|train|trains|training|do|does|doing|run|runs|running|own|owns|owning)\s+(?:on\s+|in\s+)?(?:the\s+|a\s+|an\s+|people'?s\s+|peoples\s+|other\s+)?([a-z0-9]+)(?:\s+([a-z0-9]+))?(?:\s+(studies))?`)

// doneBySubjects are reDoneBy's words for the one who does the work.
var doneBySubjects = setOf(strings.ReplaceAll(doerAlternation, "|", " "))

// doerNouns are the nouns of the one who does each verb's work.
var doerNouns = map[string][]string{
	"fix": {"repairer", "mechanic", "technician"}, "repair": {"repairer", "mechanic", "technician"}, // "fix pipes": no pipe installer
	"install": {"installer"}, "clean": {"cleaner"}, "inspect": {"inspector"},
	"sell": {"sales agent", "salesperson", "sales representative"}, "help": {"assistant", "aide", "helper"},
	"assist": {"assistant", "aide", "helper"}, "teach": {"teacher", "instructor"}, "bag": {"bagger"},
	"deliver": {"driver", "courier", "carrier"}, "answer": {"dispatcher", "operator"}, "paint": {"painter"},
	"train": {"trainer"}, "do": {"preparer", "clerk", "specialist"},
	"lecture": {"professor", "lecturer"}, // "i lecture on anthropology"
	// "i run a restaurant": its manager.
	"run": {"manager", "owner"}, "own": {"owner", "manager"},
}

// rePut is one who puts something somewhere as their work: "i put solar
// panels on roofs", "we put in windows", "he puts up drywall". Not "i put
// out fires", "i put in 40 hours", "i put it …".
var rePut = regexp.MustCompile(`(?i)\b(` + doerAlternation + `)\s+(?:put|puts|putting)\s+(?:in\s+|up\s+|on\s+)?(?:(?:new|the|a|an)\s+)?([a-z]+)`)

// notPut are the words after "put" that say no work of installing.
var notPut = setOf(`out away together off down back forward through aside it them this that my me myself our your his her their you u him us someone somebody patients food kids people in up on`)

// putSaid writes work said with "put" as installing it, the verb O*NET's
// tasks say it with ("Install …").
func putSaid(s string) string {
	if !strings.Contains(strings.ToLower(s), "put") {
		return s // the quick path
	}
	return rePut.ReplaceAllStringFunc(s, func(m string) string {
		sm := rePut.FindStringSubmatch(m)
		if notPut[strings.ToLower(sm[2])] {
			return m
		}
		return sm[1] + " install " + m[len(m)-len(sm[2]):]
	})
}

// doerVerb is the verb of doerNouns a form of it stands for.
func doerVerb(v string) string {
	v = strings.ToLower(v)
	for _, suf := range []string{"ing", "es", "s"} {
		if b, ok := strings.CutSuffix(v, suf); ok && doerNouns[b] != nil {
			return b
		}
	}
	return v
}

// doneBySaid writes someone who does a kind of work to something as the
// one whose job it is, when that is a career's name: "i fix elevators" is
// an elevator repairer, "i help the dentist" a dental assistant, "i sell
// insurance" an insurance sales agent.
func doneBySaid(kb *knowledge.Base, s string) string {
	// The quick path, most questions: no one said to do anything.
	if !slices.ContainsFunc(strings.Fields(strings.ToLower(s)), func(w string) bool { return doneBySubjects[w] }) || !reDoneBy.MatchString(s) {
		return s
	}
	return reDoneBy.ReplaceAllStringFunc(s, func(m string) string {
		// "how do i fix my car", "can i clean …": a question of doing it,
		// not of one's job.
		if before := strings.ToLower(s[:strings.Index(s, m)]); strings.HasSuffix(before, "how do ") || strings.HasSuffix(before, "how can ") ||
			strings.HasSuffix(before, "how should ") || strings.HasSuffix(before, "can ") || strings.HasSuffix(before, "should ") {
			return m
		}
		sm := reDoneBy.FindStringSubmatch(m)
		if phrase := strings.TrimSpace(sm[2] + " " + sm[3] + " " + sm[4]); len(kb.Exact(knowledge.Tokens(phrase))) > 0 {
			return m // the verb begins a name: "i help desk technician" (as said writes "i reset passwords")
		}
		v := doerVerb(sm[2])
		nouns := doerNouns[v]
		if (v == "help" || v == "assist") && sm[4] != "" && !kb.HeadNoun(knowledge.Normalize(sm[3])) &&
			(relativePronouns[strings.ToLower(sm[4])] || kb.WorkVerb(strings.ToLower(sm[4]))) {
			// People helped to do something ("i help families plan for
			// retirement", "i help kids who stutter"): the work, no
			// family assistant; "i help the dentist clean teeth" is the
			// dentist's assistant.
			return m
		}
		if v == "teach" && holdsAny(" "+phraseKey(s[strings.Index(s, m)+len(m):])+" ", "university", "universities", "college", "colleges", "undergrads", "undergraduates") {
			// "i teach chemistry at a university": a professor of it.
			nouns = append([]string{"professor"}, nouns...)
		}
		objects := [][]string{{sm[3]}}
		switch {
		case sm[5] != "":
			// A field of studies ("i teach african american studies at a
			// university": an American Studies Professor's), else as two
			// words.
			objects = [][]string{{sm[3], sm[4], sm[5]}, {sm[4], sm[5]}, {sm[3], sm[4]}, {sm[4]}, {sm[3]}}
		case sm[4] != "" && objectWord(sm[4]) && objectWord(firstWord(s[strings.Index(s, m)+len(m):])):
			// The object goes on past the two words read: "i help high
			// school kids" helps kids, no school aide.
			objects = [][]string{{sm[3], sm[4]}}
		case sm[4] != "" && v == "do" && objectWord(sm[4]):
			// What is done is both words, the first saying which: "i do
			// eye exams" are exams, no eye specialist's.
			objects = [][]string{{sm[3], sm[4]}, {sm[4]}}
		case sm[4] != "":
			objects = [][]string{{sm[3], sm[4]}, {sm[4]}, {sm[3]}}
		}
		for _, obj := range objects {
			for _, noun := range nouns {
				for _, form := range append([]string{obj[len(obj)-1]}, workerAdjectives(obj[len(obj)-1])...) {
					words := append(slices.Clone(obj[:len(obj)-1]), form)
					title := strings.Join(append(words, noun), " ")
					if len(kb.Exact(knowledge.Tokens(title))) > 0 {
						rest := ""
						if len(obj) == 1 && sm[4] != "" && obj[0] == sm[3] {
							rest = " " + sm[4] // the second word was not the object's
						}
						if sm[5] != "" && obj[len(obj)-1] != sm[5] {
							rest += " " + sm[5]
						}
						return sm[1] + " " + title + rest
					}
				}
			}
		}
		return m
	})
}

// objectWord reports whether w may be a word of the object of a verb, not
// a word that ends it ("on", "and", "so", "to").
func objectWord(w string) bool {
	w = strings.ToLower(w)
	return w != "" && !functionWords[w] && !prepositions[w] && !isSeparator(w) && !clauseEnds[w] && !glueAfterObject[w]
}

// glueAfterObject are words that end the object of a verb besides
// prepositions and separators: "i fix cars so people can drive".
var glueAfterObject = setOf(`so but then because while when if until every each all daily weekly mostly`)

// firstWord returns the first word of s, letters and digits only.
func firstWord(s string) string {
	s = strings.TrimLeft(s, " ")
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' })
	if end < 0 {
		end = len(s)
	}
	return s[:end]
}

// workerAdjectives are the forms a worker's noun takes before another
// ("dentist": dental).
func workerAdjectives(w string) []string {
	if strings.HasSuffix(w, "ist") {
		return []string{w[:len(w)-3] + "al"} // dentist: dental
	}
	return nil // plurals are left to knowledge.Tokens
}

// agentName reads work told by its verb and what it is done to as the
// name of the one who does it, when that is a name: "i weld pipes" a pipe
// welder, "i program cnc machines" a CNC machine programmer, "i drive
// trucks" a truck driver. Only the words right after the verb are the
// object ("i weld pipes on construction sites": pipes), all of them.
// alone: the doer alone names one career whose own name says so ("i
// translate …": a translator), which the rest of the work told does not
// outweigh ("… for a law firm" is no lawyer).
func (q *question) agentName(kb *knowledge.Base, lo, hi int) (p pick, alone, ok bool) {
	if !q.verbSaid(kb, lo) {
		return pick{}, false, false
	}
	if genericVerbs[q.toks[lo].val] {
		// A generic verb names its doer only as one word of a name: "i
		// keep bees" a beekeeper, "i keep the books" a bookkeeper.
		return q.joinedAgent(kb, lo, hi)
	}
	var object []string
	i := lo + 1
	for ; i < hi && len(object) < 3; i++ {
		t := q.toks[i]
		if t.kind != tokWord || clauseEnds[t.val] || prepositions[t.val] || isSeparator(t.val) {
			break
		}
		if functionWords[t.val] || isStopWord(t.val) {
			if len(object) > 0 {
				break
			}
			continue // "i fix the roofs"
		}
		object = append(object, t.val)
	}
	if len(object) == 0 {
		return pick{}, false, false // the verb alone ("i cook", "i load and unload") names no one
	}
	for _, agent := range agentForms(q.toks[lo].val) {
		// The whole object: "i operate a freight train" is no train
		// operator of a subway.
		if p, ok := agentPick(kb, append(slices.Clone(object), agent), lo); ok {
			// The rest may say which of the careers so named: "i serve
			// food at a restaurant" is no nonrestaurant food server.
			p.chooseByWords(kb, q.typed(i, hi))
			return p, false, true
		}
	}
	for _, agent := range agentForms(q.toks[lo].val) {
		// Or the doer alone, when that names one career whose own name
		// says so: "i interpret court hearings" is an interpreter (of
		// Interpreters and Translators), though no "court hearing
		// interpreter"; "i teach …" names no one career.
		ms := kb.Exact([]string{agent})
		if len(ms) == 1 && slices.ContainsFunc(knowledge.Tokens(ms[0].Career.Name), func(t string) bool { return knowledge.SameForm(t, agent) }) {
			p, ok := agentPick(kb, []string{agent}, lo)
			return p, ok, ok
		}
	}
	return pick{}, false, false
}

// joinedAgent is agentName's doer of a generic verb: the object's one word
// and the doer, joined into one word where names write them so, that name
// a career ("beekeeper", "bookkeeper", "timekeeper").
func (q *question) joinedAgent(kb *knowledge.Base, lo, hi int) (pick, bool, bool) {
	i := lo + 1
	for i < hi && (functionWords[q.toks[i].val] || isArticle(q.toks[i].val)) {
		i++ // "i keep the books"
	}
	if i >= hi || q.toks[i].kind != tokWord || i+1 < hi && q.toks[i+1].kind == tokWord && !isSeparator(q.toks[i+1].val) && !prepositions[q.toks[i+1].val] {
		return pick{}, false, false // one word of object only
	}
	for _, agent := range agentForms(q.toks[lo].val) {
		words := []string{q.toks[i].val, agent} // "bee keeper", as a name may spell it
		if w, ok := kb.Joined(q.toks[i].val, agent); ok {
			words = []string{w}
		}
		if p, ok := agentPick(kb, words, lo); ok {
			return p, false, true
		}
	}
	return pick{}, false, false
}

// agentPick is the pick of the career words name exactly, its doer's
// verb at lo.
func agentPick(kb *knowledge.Base, words []string, lo int) (pick, bool) {
	ms := kb.Exact(words)
	if len(ms) == 0 {
		return pick{}, false
	}
	p := pick{career: ms[0].Career, typed: strings.Join(words, " "), exact: true, matched: ms[0].Name, score: ms[0].Score, start: lo, after: lo + 1}
	for _, m := range ms[1:] {
		p.others = append(p.others, m.Career)
	}
	return p, true
}

// agreesWithWork reports whether career c's work holds about as many of
// the words told as the career whose work holds most.
func agreesWithWork(hs []knowledge.Holder, c *knowledge.Career) bool {
	if len(hs) == 0 {
		return true
	}
	for _, h := range hs {
		if h.Career == c {
			return h.Value >= hs[0].Value-1
		}
	}
	return hs[0].Value < 3
}

// genericVerbs say too little of the work to name its doer ("i help
// people": no helper; "i run a store": no runner).
var genericVerbs = setOf(`help helps run runs make makes take takes handle handles deal deals manage manages support supports assist assists
	go goes keep keeps use uses give gives put puts look looks see sees get gets set sets work works do does direct directs oversee oversees coordinate coordinates`)

// prepositions end the object of a verb: "i weld pipes on construction
// sites".
var prepositions = setOf(`on in at for with to from by into onto of about around across over under through during near inside outside`)

// agentForms are the nouns of one who does what verb says: weld → welder,
// program → programmer, drive → driver, operate → operator.
func agentForms(verb string) []string {
	v := strings.TrimSuffix(verb, "s")
	if strings.HasSuffix(verb, "ss") {
		v = verb
	}
	out := []string{v + "er", v + "or"}
	if strings.HasSuffix(v, "e") {
		out = append(out, v+"r", strings.TrimSuffix(v, "e")+"or")
	}
	if n := len(v); n >= 3 && !strings.ContainsRune("aeiouwxy", rune(v[n-1])) && strings.ContainsRune("aeiou", rune(v[n-2])) && !strings.ContainsRune("aeiou", rune(v[n-3])) {
		out = append(out, v+v[n-1:]+"er") // program → programmer, ship → shipper
	}
	if strings.HasSuffix(v, "y") && len(v) > 2 {
		out = append(out, strings.TrimSuffix(v, "y")+"ier")
	}
	return out
}
