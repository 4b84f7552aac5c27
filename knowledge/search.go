package knowledge

import (
	"math"
	"slices"
	"sort"
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
	post    [][]careerPosting // word id → careers whose names hold it

	// Words of what careers do (O*NET descriptions, then tasks), weighed
	// below names: "babysitter" is in no title, but nannies "care for
	// children".
	textVocab map[string]int32
	textPost  [][]textPosting
	textIDF   []float32

	stems map[string][]int32 // stem → name words of that stem (see stem)

	// For ranking the best candidates as a naive Bayes classifier over
	// names (see rerank): each career's number of names and of words in
	// them.
	nameCount, wordCount []float32
	// firstName is each career's first name in the name index: a career's
	// names follow one another there (see buildIndex), nameCount of them.
	firstName []int32

	scratch sync.Pool // *searchScratch
}

type textPosting struct {
	career int32
	weight float32 // descriptionWeight or taskWeight
}

// How much a word found only in a career's description or tasks counts
// against one found in its names.
const (
	descriptionWeight = 0.45
	taskWeight        = 0.3
	// maxTextShare drops words that a larger share of careers' texts hold
	// ("and", "perform"): they tell no career apart.
	maxTextShare = 0.08
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
}

// searchScratch is per-search working memory, pooled.
type searchScratch struct {
	accs    []searchAcc
	touched []int32
	gen     uint32
}

type careerPosting struct {
	career int32
	names  uint16 // names of the career holding the word
	heads  uint16 // names of the career whose head noun it is
}

func (ix *nameIndex) careerIndex() *careerIndex {
	ix.careersOnce.Do(func() {
		ci := &careerIndex{post: make([][]careerPosting, len(ix.words))}
		byCareer := map[*Career]int32{}
		type key struct{ c, w int32 }
		counts := map[key]*careerPosting{}
		for i := range ix.names {
			nm := &ix.names[i]
			c, ok := byCareer[nm.career]
			if !ok {
				c = int32(len(ci.careers))
				byCareer[nm.career] = c
				ci.careers = append(ci.careers, nm.career)
				ci.nameCount = append(ci.nameCount, 0)
				ci.wordCount = append(ci.wordCount, 0)
				ci.firstName = append(ci.firstName, int32(i))
			}
			ci.nameCount[c]++
			words := ix.nameWords(nm)
			ci.wordCount[c] += float32(len(words))
			for _, w := range words {
				p := counts[key{c, w}]
				if p == nil {
					p = &careerPosting{career: c}
					counts[key{c, w}] = p
				}
				p.names = min(p.names+1, math.MaxUint16-1)
				if containsID(ix.nameHeads(nm), w) {
					p.heads = min(p.heads+1, math.MaxUint16-1)
				}
			}
		}
		for k, p := range counts {
			ci.post[k.w] = append(ci.post[k.w], *p)
		}
		ci.indexTexts()
		ci.stems = map[string][]int32{}
		for id, w := range ix.words {
			s := stem(w)
			ci.stems[s] = append(ci.stems[s], int32(id))
		}
		n := len(ci.careers)
		ci.scratch.New = func() any { return &searchScratch{accs: make([]searchAcc, n)} }
		for _, ps := range ci.post {
			sort.Slice(ps, func(i, j int) bool { return ps[i].career < ps[j].career })
		}
		ix.careers = ci
	})
	return ix.careers
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
		textID, inText := ci.textVocab[t]
		inText = inText && ci.textPost[textID] != nil
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
			for _, p := range ci.post[m.id] {
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
			for _, p := range ci.textPost[textID] {
				if a := get(p.career); a.gen != qi {
					a.text += w * float64(p.weight)
					a.soft++
				}
			}
		}
	}
	keep := max(limit, rerankDepth)
	top := make([]Match, 0, keep+1)
	for _, c := range sc.touched {
		a := &sc.accs[c]
		career := ci.careers[c]
		cover := (a.cover + a.text) / qWeight
		order := cover + 1.0*a.freq/qWeight + 0.4*a.head + 0.01*math.Log10(1+career.Size())
		m := Match{Career: career, Name: career.Name, Score: min(cover, 1), Missing: len(toks) - a.hits - a.soft, Head: a.head > 0, order: order, id: c}
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
	v := alpha * float64(len(ix.words))
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
	ps := ci.post[id]
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
	for _, id := range ci.stems[s] {
		if !slices.ContainsFunc(ms, func(m wordMatch) bool { return m.id == id }) {
			ms = append(ms, wordMatch{id: id, w: stemWeight, stem: true})
		}
	}
	return ms
}

// indexTexts indexes the words of each career's description and tasks.
func (ci *careerIndex) indexTexts() {
	ci.textVocab = map[string]int32{}
	tz := tokenizer{memo: map[string][]string{}}
	type key struct{ c, w int32 }
	weights := map[key]float32{}
	for c, career := range ci.careers {
		add := func(text string, weight float32) {
			for _, t := range tz.tokens(text) {
				if len(t) < 3 {
					continue
				}
				id, ok := ci.textVocab[t]
				if !ok {
					id = int32(len(ci.textPost))
					ci.textVocab[t] = id
					ci.textPost = append(ci.textPost, nil)
				}
				k := key{int32(c), id}
				weights[k] = max(weights[k], weight)
			}
		}
		if d, ok := career.Facts[FieldDescription]; ok {
			add(d.Value, descriptionWeight)
		}
		for _, it := range career.Lists[ListTasks].Items {
			add(it.Name, taskWeight)
		}
	}
	for k, w := range weights {
		ci.textPost[k.w] = append(ci.textPost[k.w], textPosting{career: k.c, weight: w})
	}
	n := float64(len(ci.careers) + 1)
	ci.textIDF = make([]float32, len(ci.textPost))
	for id, ps := range ci.textPost {
		if float64(len(ps)) > maxTextShare*n {
			ci.textPost[id] = nil
			continue
		}
		ci.textIDF[id] = float32(1 + math.Log(n/float64(len(ps))))
	}
}

// KnownText reports whether a normalised word is in some career's name,
// description or tasks.
func (b *Base) KnownText(word string) bool {
	if b.Known(word) {
		return true
	}
	ci := b.index.careerIndex()
	id, ok := ci.textVocab[word]
	return ok && ci.textPost[id] != nil
}
