package knowledge

import (
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
)

// careerIndex is the name index seen per career rather than per name: a
// career is the document of all its names, as O*NET's own search treats an
// occupation with its alternate titles. A title no list holds ("aircraft
// machinist") is matched by the career whose many names share its words
// and its head noun (Machinists), not by the one name that happens to hold
// both words ("Aircraft Machinist Helper").
type careerIndex struct {
	careers []*Career
	post    packed[careerPosting] // word id → careers whose names hold it, by career
	// excepted are, by name, the words it holds only after "Except".
	excepted map[int32][]int32

	// Words of what careers do (O*NET descriptions, then tasks), weighed
	// below names: "babysitter" is in no title, but nannies "care for
	// children". Only words that tell careers apart are kept (see
	// maxTextShare).
	textVocab stringSet
	textPost  packed[textPosting] // text word → careers whose texts hold it, by career
	textIDF   []float32
	// commonText are the words left out of textVocab for being in too many
	// careers' texts: still words of English, not misspellings or names.
	commonText stringSet
	// workVerbs are the first words of careers' task statements and
	// descriptions: the verbs O*NET says work with ("clean", "guard").
	workVerbs stringSet

	stems     stringSet     // stems of name words (see stem)
	stemWords packed[int32] // stem → name words of that stem, by id

	// For ranking the best candidates as a naive Bayes classifier over
	// names (see rerank): each career's number of names and of words in
	// them, without the names found only whole.
	nameCount, wordCount []float32
	// firstName is each career's first name in the name index: a career's
	// names follow one another there (see buildIndex), names of them.
	firstName []int32
	names     []int32

	scratch sync.Pool // *searchScratch
}

// textPosting is a career whose texts hold a word: its number, with the
// top bit set when only its tasks hold the word (the weight is then
// taskWeight, else descriptionWeight). Four bytes, not eight: with every
// task's words indexed there are tens of thousands.
type textPosting uint32

const taskOnly textPosting = 1 << 31

func newTextPosting(career int32, weight float32) textPosting {
	p := textPosting(career)
	if weight < descriptionWeight {
		p |= taskOnly
	}
	return p
}

func (p textPosting) career() int32 { return int32(p &^ taskOnly) }

func (p textPosting) weight() float32 {
	if p&taskOnly != 0 {
		return taskWeight
	}
	return descriptionWeight
}

// How much a word found only in a career's description or tasks counts
// against one found in its names.
const (
	descriptionWeight = 0.45
	taskWeight        = 0.3
	// maxTextShare drops words that a larger share of careers' texts hold
	// ("and", "perform"): they tell no career apart.
	maxTextShare = 0.2
)

// searchAcc is what a search found of one career.
type searchAcc struct {
	stamp       uint32 // search that last touched it
	cover, freq float64
	hits        int
	head        float64
	gen         int     // query word that last counted
	text        float64 // weight found only in the career's description or tasks
	soft        int     // words found that way
	titled      bool    // the word asked alone, or a form of it, is in the career's official title
}

// searchScratch is per-search working memory, pooled.
type searchScratch struct {
	accs    []searchAcc
	touched []int32
	gen     uint32
}

// exceptedWords returns, by name, the words a name holds only in what it
// leaves out: "Sales Representatives of Services, Except Advertising,
// Insurance, Financial Services, and Travel" is no insurance job, and
// "insurance salesman" is not asked of it.
func exceptedWords(ix *nameIndex) map[int32][]int32 {
	out := map[int32][]int32{}
	for n := range ix.names {
		nm := &ix.names[n]
		// As O*NET writes it: no lowercased copy of each of some fifty
		// thousand names while the index is built.
		text := ix.text(nm)
		at := strings.Index(text, ", Except ")
		if at < 0 {
			continue
		}
		before := Tokens(text[:at])
		after := strings.TrimSuffix(text[at:], ", All Other")
		for _, t := range Tokens(after) {
			if id, ok := ix.wordID(t); ok && t != "except" && !slices.Contains(before, t) && !containsID(out[int32(n)], id) {
				out[int32(n)] = append(out[int32(n)], id)
			}
		}
	}
	return out
}

type careerPosting struct {
	career int32
	names  uint16 // names of the career holding the word
	heads  uint16 // names of the career whose head noun it is
}

func (ix *nameIndex) careerIndex() *careerIndex {
	ix.careersOnce.Do(func() { ix.careerIx = buildCareerIndex(ix) })
	return ix.careerIx
}

func buildCareerIndex(ix *nameIndex) *careerIndex {
	ci := &careerIndex{}
	for i := range ix.names {
		nm := &ix.names[i]
		c := int32(len(ci.careers)) - 1
		if c < 0 || ix.careerOf(nm) != ci.careers[c] {
			c++
			ci.careers = append(ci.careers, ix.careerOf(nm))
			ci.nameCount = append(ci.nameCount, 0)
			ci.wordCount = append(ci.wordCount, 0)
			ci.firstName = append(ci.firstName, int32(i))
			ci.names = append(ci.names, 0)
		}
		ci.names[c]++
		if !nm.wholeOnly() {
			ci.nameCount[c]++
			ci.wordCount[c] += float32(len(ix.nameWords(nm)))
		}
	}
	words := ix.vocab.len()
	// Each career's counts of its words, a career at a time: its names
	// are together in the index.
	names, heads := make([]uint16, words), make([]uint16, words)
	var held []int32 // the words the career's names hold, in the order first met
	ci.excepted = exceptedWords(ix)
	ci.post = pack(words, func(put func(int32, careerPosting)) {
		for c := range ci.careers {
			held = held[:0]
			first := ci.firstName[c]
			for n := first; n < first+ci.names[c]; n++ {
				nm := &ix.names[n]
				if nm.wholeOnly() {
					continue
				}
				for _, w := range ix.nameWords(nm) {
					if containsID(ci.excepted[n], w) {
						continue
					}
					if names[w] == 0 {
						held = append(held, w)
					}
					names[w] = min(names[w]+1, math.MaxUint16-1)
					if containsID(ix.nameHeads(nm), w) {
						heads[w] = min(heads[w]+1, math.MaxUint16-1)
					}
				}
			}
			for _, w := range held {
				put(w, careerPosting{career: int32(c), names: names[w], heads: heads[w]})
				names[w], heads[w] = 0, 0
			}
		}
	})
	ci.indexTexts(ix.lazyTasks)
	ci.stems = newStringSet(words)
	stemOf := make([]int32, words)
	for id := range int32(words) {
		stemOf[id], _ = ci.stems.add(stem(ix.word(id)))
	}
	ci.stems.done()
	ci.stemWords = pack(ci.stems.len(), func(put func(int32, int32)) {
		for id, s := range stemOf {
			put(s, int32(id))
		}
	})
	n := len(ci.careers)
	ci.scratch.New = func() any { return &searchScratch{accs: make([]searchAcc, n)} }
	return ci
}

// Search ranks the careers text may name when it is no known name: by how
// much of the text (rare words weigh most) the career's names hold, a
// bonus when the text's last word is the head noun of some of its names,
// and, on ties, the career more people hold. Score is the share of the
// text's weight found; Missing counts words no name of the career holds.
func (b *Base) Search(text string, limit int) []Match {
	ix := b.index
	toks := dedupe(Tokens(text))
	if len(toks) == 0 || limit <= 0 {
		return nil
	}
	if len(ix.names) == 0 {
		// A database that holds none of the embedded careers.
		if b.db != nil {
			return b.mergeMatches(nil, b.dbSearch(text, limit), limit, better)
		}
		return nil
	}
	if len(toks) > maxQueryWords {
		toks = toks[:maxQueryWords]
	}
	ci := ix.careerIndex()
	sc := ci.scratch.Get().(*searchScratch)
	defer ci.scratch.Put(sc)
	sc.gen++
	sc.touched = sc.touched[:0]
	get := func(c int32) *searchAcc {
		a := &sc.accs[c]
		if a.stamp != sc.gen {
			*a = searchAcc{stamp: sc.gen, gen: -1}
			sc.touched = append(sc.touched, c)
		}
		return a
	}
	var qWeight float64
	maxIDF := float64(ix.maxIDF())
	var words []int32 // each query word's best spelling among name words, for rerank
	for qi, t := range toks {
		ms := ci.withStems(ix.matchWord(t, false), t)
		if len(ms) > 0 {
			words = append(words, ms[0].id)
		}
		textID, inText := ci.textVocab.find(t)
		switch {
		case len(ms) > 0:
			qWeight += float64(ix.idf[ms[0].id])
		case inText:
			qWeight += float64(ci.textIDF[textID])
		default:
			qWeight += maxIDF
		}
		for _, m := range ms {
			w := float64(ix.idf[m.id]) * float64(m.w)
			for _, p := range ci.post.of(m.id) {
				a := get(p.career)
				if a.gen == qi {
					continue // a closer spelling of this word already counted
				}
				a.gen = qi
				a.cover += w
				a.freq += w * math.Min(1, float64(p.names)/3)
				a.hits++
				if qi == len(toks)-1 && p.heads > 0 && !m.stem {
					a.head = math.Max(a.head, float64(m.w)*(0.5+0.5*math.Min(1, float64(p.heads)/3)))
				}
			}
		}
		if inText {
			// Careers whose names lack the word but whose work is
			// described with it.
			w := float64(ci.textIDF[textID])
			if len(ms) > 0 {
				w = float64(ix.idf[ms[0].id])
			}
			for _, p := range ci.textPost.of(textID) {
				if a := get(p.career()); a.gen != qi {
					a.text += w * float64(p.weight())
					a.soft++
				}
			}
		}
	}
	// A word asked alone, or another form of it ("roof": Roofers), in a
	// career's official title.
	var titleWords []int32
	if len(toks) == 1 {
		titleWords = words
		if n, ok := ci.stems.find(stem(toks[0])); ok && len(toks[0]) >= 4 {
			titleWords = append(slices.Clip(titleWords), ci.stemWords.of(n)...)
		}
	}
	keep := max(limit, rerankDepth)
	top := make([]Match, 0, keep+1)
	generic := len(toks) > 1 && roleWords[toks[len(toks)-1]]
	for _, c := range sc.touched {
		a := &sc.accs[c]
		if generic && a.hits < 2 {
			// "logistics professional": a career whose names hold
			// only "professional" ("Sales Professional") is no
			// match; one holding "logistics" is.
			a.head = 0
		}
		career := ci.careers[c]
		if first := ci.firstName[c]; len(titleWords) > 0 && ix.names[first].pos == 0 && slices.ContainsFunc(ix.nameWords(&ix.names[first]), func(id int32) bool {
			return containsID(titleWords, id) && !containsID(ci.excepted[first], id)
		}) {
			a.titled = true
		}
		cover := (a.cover + a.text) / qWeight
		order := cover + 1.0*a.freq/qWeight + 0.4*a.head + 0.01*math.Log10(1+career.Size())
		if a.titled {
			order += titleOrderWeight
		}
		m := Match{Career: career, Name: career.Name, Score: min(cover, 1), Missing: len(toks) - a.hits - a.soft, Head: a.head > 0, order: order, id: c, text: a.text}
		if len(top) == keep && !better(m, top[keep-1]) {
			continue
		}
		top = insertMatch(top, m, keep)
	}
	if len(words) >= 2 {
		ci.rerank(ix, top, words)
	}
	out := top[:min(limit, len(top))]
	if b.db != nil {
		out = b.mergeMatches(out, b.dbSearch(text, limit), limit, better)
	}
	return out
}

// titleOrderWeight is what a word asked alone counts when a career's
// official title holds it, besides its other names: "ambulance" is the
// ambulance drivers' before the commercial pilots' ("Air Ambulance
// Pilot"). Of more words, rerank weighs the title (titleWordWeight).
const titleOrderWeight = 0.05

// roleWords are head nouns that say only that someone works: the words
// before them say at what.
var roleWords = map[string]bool{"professional": true, "specialist": true, "associate": true, "expert": true,
	"consultant": true, "person": true, "personnel": true, "staff": true, "employee": true, "individual": true}

// rerankDepth is how many of the best candidates rerank orders again.
const rerankDepth = 10

// The rerank's prior leans a little toward careers more people hold, as
// askers do (on held-out titles it is neither better nor worse; on names
// many careers share it picks the common job). Careers with no employment
// figure of their own (O*NET specialties) count as a small occupation,
// not as none.
const (
	sizePrior = 0.1
	sizeFloor = 10000
)

// How much rerank counts, besides the words, two of them side by side in
// the career's names ("operations manager") and the share of its names
// whose head noun is the one asked.
const (
	pairWeight = 1.0
	headWeight = 1.0
)

// Besides the names, rerank counts the words found only in a career's
// description or tasks ("immigration services officer": the work of
// customs and border officers is immigration) and those of its official
// title over its other names ("elevator builder": elevator installers).
// On titles held out of the index they put the right occupation first for
// 57.3% of them rather than 56.4%.
const (
	textRerankWeight = 0.6
	titleWordWeight  = 0.2
)

// rerank orders again the best candidates. Those whose names hold the
// head noun asked and that miss at most one word more than the best come
// first ("medical interpreter": an interpreter, not a historian whose
// tasks say "medical"), then those that miss no more than the best, then
// the rest in the order they had. Within a tier, by how likely the
// career's names are to hold the words asked (ids: each word's best
// spelling among name words), as multinomial naive Bayes over the words of
// its names, add-α smoothed, with a prior from how many names it has and
// how many people hold it, plus the words found side by side and the
// share of its names with the head asked. The score above finds careers
// whose names hold the words; this tells apart those that hold them often
// from those that hold them once: on titles held out of the index it puts
// the right occupation first for 55% of them rather than 52%.
func (ci *careerIndex) rerank(ix *nameIndex, top []Match, ids []int32) {
	if len(top) < 2 {
		return
	}
	least := top[0].Missing
	for _, m := range top {
		least = min(least, m.Missing)
	}
	tier := func(m Match) int {
		switch {
		case m.Head && m.Missing <= least+1:
			return 0
		case m.Missing <= least:
			return 1
		}
		return 2
	}
	const alpha = 0.02
	v := alpha * float64(ix.vocab.len())
	head := ids[len(ids)-1]
	score := func(m Match) float64 {
		c := m.id
		s := 0.5*math.Log(float64(ci.nameCount[c])) + sizePrior*math.Log(sizeFloor+m.Career.Size())
		for _, id := range ids {
			if p, ok := ci.posting(id, c); ok {
				s += math.Log((float64(p.names) + alpha) / (float64(ci.wordCount[c]) + v))
			} else {
				s += math.Log(alpha / (float64(ci.wordCount[c]) + v))
			}
		}
		pairs := 0
		for n := ci.firstName[c]; n < ci.firstName[c]+int32(ci.nameCount[c]); n++ {
			ws := ix.nameWords(&ix.names[n])
			for k := 0; k+1 < len(ids); k++ {
				for x := 0; x+1 < len(ws); x++ {
					if ws[x] == ids[k] && ws[x+1] == ids[k+1] {
						pairs++
					}
				}
			}
		}
		s += pairWeight * math.Log1p(float64(pairs))
		s += textRerankWeight * m.text
		if first := ci.firstName[c]; ix.names[first].pos == 0 {
			for _, id := range ids {
				if containsID(ix.nameWords(&ix.names[first]), id) && !containsID(ci.excepted[first], id) {
					s += titleWordWeight
				}
			}
		}
		if p, ok := ci.posting(head, c); ok {
			s += headWeight * float64(p.heads) / float64(ci.nameCount[c])
		}
		return s
	}
	type ranked struct {
		m     Match
		tier  int
		score float64
	}
	rs := make([]ranked, len(top))
	for i, m := range top {
		rs[i] = ranked{m: m, tier: tier(m)}
		if rs[i].tier < 2 {
			rs[i].score = score(m)
		}
	}
	sort.SliceStable(rs, func(a, b int) bool {
		if rs[a].tier != rs[b].tier {
			return rs[a].tier < rs[b].tier
		}
		return rs[a].tier < 2 && rs[a].score > rs[b].score
	})
	for i := range rs {
		top[i] = rs[i].m
	}
	// The order the matches now have is the one a merge with a database's
	// matches keeps (see mergeMatches).
	for i := 1; i < len(top); i++ {
		top[i].order = min(top[i].order, top[i-1].order-1e-9)
	}
}

// posting returns what career c's names hold of word id.
func (ci *careerIndex) posting(id, c int32) (careerPosting, bool) {
	ps := ci.post.of(id)
	k, found := sort.Find(len(ps), func(i int) int { return int(c - ps[i].career) })
	if !found {
		return careerPosting{}, false
	}
	return ps[k], true
}

// withStems adds to ms the name words that share t's stem.
// Short words are left alone: their stems are too short to mean anything
// ("plan" would find planers).
func (ci *careerIndex) withStems(ms []wordMatch, t string) []wordMatch {
	s := stem(t)
	if len(t) < 5 || len(s) < 4 {
		return ms
	}
	n, ok := ci.stems.find(s)
	if !ok {
		return ms
	}
	for _, id := range ci.stemWords.of(n) {
		if !slices.ContainsFunc(ms, func(m wordMatch) bool { return m.id == id }) {
			ms = append(ms, wordMatch{id: id, w: stemWeight, stem: true})
		}
	}
	return ms
}

// indexTexts indexes the words of each career's description and tasks;
// lazyTasks, when not nil, gives the tasks the careers' lists do not hold.
func (ci *careerIndex) indexTexts(lazyTasks func() map[string][]string) {
	var more map[string][]string
	if lazyTasks != nil {
		more = lazyTasks()
	}
	vocab := newStringSet(len(ci.careers) * 8)
	tz := tokenizer{memo: map[string][]string{}}
	type use struct {
		word   int32
		weight float32
	}
	// Each career's words, each once at its highest weight, a career
	// after another.
	var uses []use
	ci.workVerbs = newStringSet(1024)
	verb := func(text string) {
		if t := tz.tokens(text); len(t) > 0 {
			ci.workVerbs.add(t[0])
		}
	}
	var ends []int   // career c's uses end at ends[c]
	var seen []int32 // word → index in uses+1 of the career's use of it
	for _, career := range ci.careers {
		start := len(uses)
		add := func(text string, weight float32) {
			for _, t := range tz.tokens(text) {
				if len(t) < 3 {
					continue
				}
				id, _ := vocab.add(t)
				if int(id) >= len(seen) {
					seen = append(seen, make([]int32, int(id)+1-len(seen))...)
				}
				if u := seen[id] - 1; u >= int32(start) {
					uses[u].weight = max(uses[u].weight, weight)
					continue
				}
				seen[id] = int32(len(uses)) + 1
				uses = append(uses, use{id, weight})
			}
		}
		if d, ok := career.Fact(FieldDescription); ok {
			add(d.Value, descriptionWeight)
			verb(d.Value)
		}
		for _, it := range career.Lists[ListTasks].Items {
			add(it.Name, taskWeight)
			verb(it.Name)
		}
		if _, ok := career.Lists[ListTasks]; !ok {
			for _, task := range more[career.Key] {
				add(task, taskWeight)
				verb(task)
			}
		}
		ends = append(ends, len(uses))
	}
	// Words that a larger share of careers' texts hold tell none apart:
	// they are left out, and the others numbered again in the order met.
	count := make([]int, vocab.len())
	for _, u := range uses {
		count[u.word]++
	}
	n := float64(len(ci.careers) + 1)
	ci.textVocab = newStringSet(vocab.len())
	ci.commonText = newStringSet(64)
	renum := make([]int32, vocab.len())
	for id := range int32(vocab.len()) {
		renum[id] = -1
		if float64(count[id]) <= maxTextShare*n {
			renum[id], _ = ci.textVocab.add(vocab.str(id))
			ci.textIDF = append(ci.textIDF, float32(1+math.Log(n/float64(count[id]))))
		} else {
			ci.commonText.add(vocab.str(id))
		}
	}
	ci.textVocab.done()
	ci.commonText.done()
	ci.workVerbs.done()
	ci.textPost = pack(ci.textVocab.len(), func(put func(int32, textPosting)) {
		start := 0
		for c, end := range ends {
			for _, u := range uses[start:end] {
				if id := renum[u.word]; id >= 0 {
					put(id, newTextPosting(int32(c), u.weight))
				}
			}
			start = end
		}
	})
}

// WorkVerb reports whether a normalised word, or the word without an
// ending ("cleans", "cleaning"), is a verb O*NET opens a career's task
// statement or description with: someone who says "i clean teeth" says
// what they do, not that they are a cleaner.
func (b *Base) WorkVerb(word string) bool {
	ci := b.index.careerIndex()
	if _, ok := ci.workVerbs.find(word); ok {
		return true
	}
	// "fix": repair, treat; a word whose other words are not all verbs
	// is a thing ("trash": garbage, refuse), and so is a place's name
	// ending "ery" ("bakery": bake).
	if alts := workWords[word]; len(alts) > 0 && !strings.HasSuffix(word, "ery") && !slices.ContainsFunc(alts, func(w string) bool {
		_, ok := ci.workVerbs.find(w)
		return !ok && w != word
	}) {
		return true
	}
	for _, suf := range []string{"s", "es", "ing"} {
		if base, ok := strings.CutSuffix(word, suf); ok && len(base) >= 3 {
			if _, ok := ci.workVerbs.find(base); ok {
				return true
			}
			// "driving": drive.
			if _, ok := ci.workVerbs.find(base + "e"); ok && suf == "ing" {
				return true
			}
		}
	}
	return false
}

// KnownText reports whether a normalised word is in some career's name,
// description or tasks.
func (b *Base) KnownText(word string) bool {
	if b.Known(word) {
		return true
	}
	ci := b.index.careerIndex()
	if _, ok := ci.textVocab.find(word); ok {
		return true
	}
	_, ok := ci.commonText.find(word)
	return ok
}

// PlainWord reports whether a normalised word is a word of the careers'
// descriptions or tasks, or a form of one ("helped", "questions"), that no
// name holds: a word of the question, not a career or a misspelling of one.
func (b *Base) PlainWord(word string) bool {
	if b.Known(word) {
		return false
	}
	if b.KnownText(word) {
		return true
	}
	for _, suf := range wordSuffixes {
		if w, ok := strings.CutSuffix(word, suf); ok && len(w) >= 3 && b.KnownText(w) {
			return true
		}
	}
	return false
}

// wordSuffixes are the endings that make another form of a word.
var wordSuffixes = []string{"ed", "d", "ing", "es", "s", "ly", "er", "est"}

// WorkingWith returns the careers whose O*NET description or tasks hold
// a word ("animals", "children"), those whose work it is most about first:
// the description counts as two tasks, then by how many of their tasks
// hold it, then by employment, at most limit of them, and how many there
// are in all. Each Holder's Item is the description or task that holds
// the word, and Value the count. A word that a larger share of careers'
// texts hold ("work") finds none: it tells no career apart.
func (b *Base) WorkingWith(word string, limit int) ([]Holder, int) {
	toks := Tokens(word)
	if len(toks) != 1 || limit <= 0 {
		return nil, 0
	}
	ci := b.index.careerIndex()
	id, ok := ci.textVocab.find(toks[0])
	if !ok {
		return nil, 0
	}
	ps := ci.textPost.of(id)
	hs := make([]Holder, 0, len(ps))
	for _, p := range ps {
		c := ci.careers[p.career()]
		h := Holder{Career: c}
		h.Item, h.Source, h.Value = b.textHolding(c, toks[0])
		hs = append(hs, h)
	}
	sort.SliceStable(hs, func(i, j int) bool {
		if hs[i].Value != hs[j].Value {
			return hs[i].Value > hs[j].Value
		}
		if ci, cj := hs[i].Career.CatchAll(), hs[j].Career.CatchAll(); ci != cj {
			return cj
		}
		return hs[i].Career.Size() > hs[j].Career.Size()
	})
	return hs[:min(limit, len(hs))], len(hs)
}

// textHolding returns the description, else the first task, of c that
// holds the normalised word, its source, and how much of c's work holds
// it: two for the description, one for each task.
func (b *Base) textHolding(c *Career, word string) (Item, string, float64) {
	var first Item
	src := SourceONETTasks
	n := 0.0
	if d, ok := c.Fact(FieldDescription); ok && slices.Contains(Tokens(d.Value), word) {
		first, src, n = Item{Name: d.Value}, d.Source, 2
	}
	if l, ok := b.List(c, ListTasks); ok {
		for _, it := range l.Items {
			if slices.Contains(Tokens(it.Name), word) {
				if n == 0 {
					first, src = it, l.Source
				}
				n++
			}
		}
	}
	return first, src, n
}
