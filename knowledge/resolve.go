package knowledge

import (
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/careerbot/careerbot/knowledge/official"
)

// Match is one career a piece of text may name, with how well it matches:
// 1 is the exact name (after normalisation), lower is looser.
type Match struct {
	Career  *Career
	Name    string // the name or alias that matched
	Score   float64
	Missing int  // words of the text that the name does not contain
	Head    bool // the text's last word is a head noun of the name ("machinist supervisor" is a supervisor)

	pos   int     // position of Name among the career's names (0: its title), for ties
	order float64 // what ranks matches: see rankOrder
	id    int32   // the career's number in the search index (Search only)
	text  float64 // weight of words found only in the career's description or tasks (Search only)
}

// rankOrder ranks a match. Completing a name ranks by score alone; a
// search ranks by how much of the question a name holds (cover: the rare
// words count most), with a bonus for the head noun asked, then by score:
// "ambulance attendant" is one of the "Ambulance Drivers and Attendants"
// before it is any "Attendant".
func rankOrder(score, cover float64, head, prefix bool) float64 {
	if prefix {
		return score
	}
	o := cover + score*0.1
	if head {
		o += headBonus
	}
	return o
}

// headBonus weighs a name's head noun against the share of the words asked
// that it holds (weighted by how rare each word is).
const headBonus = 0.4

// nameIndex finds careers by name without scanning every name: words are
// indexed to the names holding them, and misspelt words are corrected
// against the vocabulary through a table of one-letter deletions. Past the
// careers themselves it holds no pointer the collector must follow: names
// are numbers, words a stringSet, lists of numbers packed arrays.
type nameIndex struct {
	careers  []*Career // by number, as buildIndex was given them
	names    []indexedName
	runs     []int32       // every name's words then its heads, name after name
	exact    exactTable    // normalised name → names
	vocab    stringSet     // word id ↔ word
	byWord   []int32       // word ids in word order, for prefix search
	postings packed[int32] // word id → names holding it
	idf      []float32
	deletes  deleteIndex // word with one letter deleted → word ids; built on first need
	maxWords int         // words in the longest name

	careersOnce sync.Once
	// lazyTasks returns, by career key, the task statements that the
	// careers' lists do not hold (the embedded knowledge reads its lists
	// on first use), for the career index to hold their words; nil when
	// the lists hold them all.
	lazyTasks  func() map[string][]string
	careerIx   *careerIndex // built on the first search (see careerIndex)
	delOnce    sync.Once
	prefixOnce sync.Once
	prefixes   titlePrefixes // first words of titles → careers; built on first need (see TitlePrefix)
	scratch    sync.Pool
}

// indexedName is one name of a career, in 16 bytes and no pointer: the
// embedded knowledge has some fifty thousand. Its text is the career's,
// and its words and heads are a stretch of the index's runs (see
// nameIndex.nameWords).
type indexedName struct {
	career         int32   // the career's number in the index
	at             uint32  // where its words start in the index's runs; its heads follow them
	weight         float32 // sum of idf of its words
	pos            uint16  // position among the career's names: 0 for its title, then its aliases in order
	nWords, nHeads uint8   // its heads are some of its words, so no more of them
}

// careerOf returns the career a name belongs to.
func (ix *nameIndex) careerOf(nm *indexedName) *Career { return ix.careers[nm.career] }

// text is the name as the career gives it.
func (ix *nameIndex) text(nm *indexedName) string {
	c := ix.careers[nm.career]
	if nm.pos == 0 {
		return c.Name
	}
	return c.Aliases.At(int(nm.pos) - 1)
}

// alias reports whether the name is another than the career's title.
func (nm *indexedName) alias() bool { return nm.pos > 0 }

// wholeOnly reports whether the name is found only when asked whole: an
// official occupation's titles past its commonest (official.MaxCommonTitles)
// are rare titles only it lists ("Apparel Embroidery Digitizer"), whose
// words ("wedding", "hauling") would otherwise lead a search of what
// someone does to a catch-all occupation.
func (nm *indexedName) wholeOnly() bool { return int(nm.pos) > official.MaxCommonTitles }

// word returns the word of an id.
func (ix *nameIndex) word(id int32) string { return ix.vocab.str(id) }

// wordID returns the id of a word names hold.
func (ix *nameIndex) wordID(w string) (int32, bool) { return ix.vocab.find(w) }

// exactNames returns the names whose normalised words are words.
func (ix *nameIndex) exactNames(words []string) []int32 {
	var buf [16]int32
	key := buf[:0]
	for _, w := range words {
		id, ok := ix.wordID(w)
		if !ok {
			return nil // no name holds the word
		}
		key = append(key, id)
	}
	return ix.exact.find(key, ix.wordsOf)
}

func (ix *nameIndex) wordsOf(n int32) []int32 { return ix.nameWords(&ix.names[n]) }

// nameWords returns the words of a name, in its order, each once. The
// slice is shared: do not modify it.
func (ix *nameIndex) nameWords(nm *indexedName) []int32 {
	end := nm.at + uint32(nm.nWords)
	return ix.runs[nm.at:end:end]
}

// nameHeads returns the head nouns of a name (see headWords).
func (ix *nameIndex) nameHeads(nm *indexedName) []int32 {
	start := nm.at + uint32(nm.nWords)
	end := start + uint32(nm.nHeads)
	return ix.runs[start:end:end]
}

// scratch is per-query working memory, pooled so a query allocates little.
type scratch struct {
	acc     []float32
	hits    []uint8 // query words found in each name
	stamp   []int32
	touched []int32
	gen     int32
}

// longPosting is the posting length past which a word only adds weight to
// names already found through rarer words (when there are any).
const longPosting = 2048

// Bounds that keep a query cheap whatever it holds: longer words are only
// matched exactly, and words past maxQueryWords are ignored.
const (
	maxFuzzyWord  = 24
	maxQueryWords = 12
)

func buildIndex(careers []*Career) *nameIndex {
	total := 0
	for _, c := range careers {
		total += 1 + c.Aliases.Len()
	}
	// Sized once: growing the names slice was a quarter of start-up.
	ix := &nameIndex{careers: careers, vocab: newStringSet(total / 4), names: make([]indexedName, 0, total)}
	bl := &indexBuilder{
		tok:   tokenizer{memo: make(map[string][]string, total/3)},
		exact: newExactBuilder(total),
		// O*NET's names have three or four words and one head noun.
		runs: make([]int32, 0, 5*total),
	}
	for i, c := range careers {
		ix.add(bl, int32(i), c.Name, 0)
		for j, a := range c.Aliases.All() {
			ix.add(bl, int32(i), a, j+1)
		}
	}
	// What only building needed goes before the index's final arrays are
	// made: start-up peaks here (serve collects often while it loads).
	bl.tok = tokenizer{}
	ix.vocab.done()
	ix.exact = bl.exact.table(func(n int32) []int32 {
		nm := &ix.names[n]
		return bl.runs[nm.at : nm.at+uint32(nm.nWords)]
	})
	ix.runs = slices.Clone(bl.runs)
	bl.runs = nil
	words := ix.vocab.len()
	ix.postings = pack(words, func(put func(int32, int32)) {
		for n := range ix.names {
			if ix.names[n].wholeOnly() {
				continue
			}
			for _, w := range ix.nameWords(&ix.names[n]) {
				put(w, int32(n))
			}
		}
	})
	n := float64(len(ix.names) + 1)
	ix.idf = make([]float32, words)
	for id := range ix.idf {
		ix.idf[id] = float32(1 + math.Log(n/float64(max(1, ix.postings.count(int32(id))))))
	}
	for i := range ix.names {
		var w float32
		for _, id := range ix.nameWords(&ix.names[i]) {
			w += ix.idf[id]
		}
		ix.names[i].weight = w
	}
	ix.byWord = make([]int32, words)
	for i := range ix.byWord {
		ix.byWord[i] = int32(i)
	}
	sort.Slice(ix.byWord, func(i, j int) bool { return ix.word(ix.byWord[i]) < ix.word(ix.byWord[j]) })
	size := len(ix.names)
	ix.scratch.New = func() any {
		return &scratch{acc: make([]float32, size), hits: make([]uint8, size), stamp: make([]int32, size)}
	}
	return ix
}

// buildDeletes indexes every vocabulary word by its one-letter deletions,
// for correcting misspelt words. It runs on the first misspelt word rather
// than at start-up, which it would slow by a third.
func (ix *nameIndex) buildDeletes() { ix.deletes = buildDeleteIndex(&ix.vocab) }

// indexBuilder is what buildIndex needs only while it adds names.
type indexBuilder struct {
	tok   tokenizer
	exact *exactBuilder
	// Every name's words and heads, one name after another: runs while
	// the index is built.
	runs []int32
	key  []int32 // the words of the name being added
}

func (ix *nameIndex) add(bl *indexBuilder, c int32, name string, pos int) {
	if wordAcronyms[name] {
		return // a short title that is a word: "CAT" is no name for "cats"
	}
	tz := bl.tok
	all := tz.tokens(name)
	toks := dedupe(all)
	if len(toks) == 0 || len(toks) > math.MaxUint8 || pos > math.MaxUint16 {
		return // a name of no words, or too many to count in an indexedName (none is asked)
	}
	ix.maxWords = max(ix.maxWords, len(all))
	id := int32(len(ix.names))
	// The exact key keeps repeated words: "Coating, Painting, and Spraying
	// Machine Setters, Operators, and Tenders" has two "and". (The words
	// of a name the career already has are in the vocabulary already.)
	key := bl.key[:0]
	for _, t := range all {
		w, _ := ix.vocab.add(t)
		key = append(key, w)
	}
	bl.key = key
	if bl.exact.any(key, func(other int32) bool { return ix.names[other].career == c }) {
		return // the same name twice for one career
	}
	bl.exact.add(key, id)
	// "Physical Education Professor (PE Professor)": each half is a name
	// of its own to ask by.
	if halves := nameHalves(name); len(halves) > 0 {
		for _, part := range halves {
			// A half's words are words of the name, so in the vocabulary.
			var k []int32
			for _, t := range tz.tokens(part) {
				w, ok := ix.vocab.find(t)
				if !ok {
					k = nil
					break
				}
				k = append(k, w)
			}
			if len(k) > 0 && !slices.Equal(k, key) && !bl.exact.any(k, func(other int32) bool { return other == id }) {
				bl.exact.add(k, id)
			}
		}
	}
	at := len(bl.runs)
	for _, w := range key {
		if !containsID(bl.runs[at:], w) {
			bl.runs = append(bl.runs, w)
		}
	}
	headsAt := len(bl.runs)
	headTexts := all[len(all)-1:] // a name without commas has one head: its last word
	if strings.IndexByte(name, ',') >= 0 {
		headTexts = headWords(tz, name)
	}
	for _, h := range headTexts {
		if id, ok := ix.vocab.find(h); ok && !containsID(bl.runs[headsAt:], id) {
			bl.runs = append(bl.runs, id)
		}
	}
	ix.names = append(ix.names, indexedName{career: c, at: uint32(at), pos: uint16(pos), nWords: uint8(headsAt - at), nHeads: uint8(len(bl.runs) - headsAt)})
}

// nameHalves returns the halves of a name "A (B)" that are names of their
// own to ask by, none when it has no such parentheses. One word in them
// that is no short form of the name before it, nor its acronym spelled
// out, says which kind and not who: "Aviation Warfare Systems Operator
// (Helicopter)" is no name for "helicopters", where "Sub (Substitute)",
// "Expo (Expeditor)" and "OB (Obstetrician)" are names both ways. An
// acronym that is also a word ("(CAT)") is no name for the word.
func nameHalves(name string) []string {
	open := strings.IndexByte(name, '(')
	if open <= 0 || !strings.HasSuffix(strings.TrimSpace(name), ")") {
		return nil
	}
	outer := strings.TrimSpace(name[:open])
	inner := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(name[open+1:]), ")"))
	var out []string
	if !wordAcronyms[outer] {
		out = append(out, outer)
	}
	qualifier := !strings.ContainsRune(inner, ' ') && strings.ToUpper(inner) != inner && !shortFormOf(inner, outer)
	if !wordAcronyms[inner] && !qualifier {
		out = append(out, inner)
	}
	return out
}

// shortFormOf reports whether one of a and b is the other cut short, its
// letters in the other's in order from the same first letter, case and
// all but letters aside: "sub" and "substitute", "Dr" and "Doctor",
// "I-Man" and "Instrument Man".
func shortFormOf(a, b string) bool {
	letters := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) {
				return unicode.ToLower(r)
			}
			return -1
		}, s)
	}
	a, b = letters(a), letters(b)
	if len(a) > len(b) {
		a, b = b, a
	}
	if a == "" || a[0] != b[0] {
		return false
	}
	j := 0
	for i := 0; i < len(b) && j < len(a); i++ {
		if b[i] == a[j] {
			j++
		}
	}
	return j == len(a)
}

// wordAcronyms are acronyms that O*NET gives as short titles, or in
// parentheses after a name, and that are also words of English its task
// statements use ("Certified Appliance Technician (CAT)"): asked alone,
// the word is meant ("i take care of cats and dogs"), so they are no name
// of their own.
var wordAcronyms = map[string]bool{"AIR": true, "CAT": true, "DO": true, "SEAL": true, "TAP": true}

// maxIDF is the weight of a word no name holds.
func (ix *nameIndex) maxIDF() float32 { return float32(1 + math.Log(float64(len(ix.names)+1))) }

// wordMatch is a vocabulary word standing for a query word, weighted by how
// close the spelling is (1 exact).
type wordMatch struct {
	id   int32
	w    float32
	stem bool // another form of the word (see stem): never a head noun asked
}

// lookup ranks careers for text, best first, at most limit. With prefix set
// the last word may be incomplete (autocomplete).
func (ix *nameIndex) lookup(text string, limit int, prefix bool) []Match {
	toks := Tokens(text)
	if len(toks) == 0 || len(ix.names) == 0 || limit <= 0 {
		return nil
	}
	exactWords := toks
	toks = dedupe(toks)
	if len(toks) > maxQueryWords {
		toks = toks[:maxQueryWords]
	}
	s := ix.scratch.Get().(*scratch)
	defer ix.scratch.Put(s)
	s.touched = s.touched[:0]

	type qword struct {
		matches []wordMatch
		idf     float32
		long    bool
	}
	qs := make([]qword, 0, len(toks))
	var qWeight float32
	maxIDF := ix.maxIDF()
	var headIDs []wordMatch // what the last word (the head noun of an English name) may stand for
	for i, t := range toks {
		ms := ix.matchWord(t, prefix && i == len(toks)-1)
		if i == len(toks)-1 {
			headIDs = ms
		}
		q := qword{matches: ms, idf: maxIDF}
		if len(ms) > 0 {
			q.idf = ix.idf[ms[0].id]
			q.long = ix.postings.count(ms[0].id) > longPosting
		}
		qWeight += q.idf
		qs = append(qs, q)
	}
	// Rare words first, so common ones can skip names nothing rarer found.
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].idf > qs[j].idf })
	for _, q := range qs {
		if len(q.matches) == 0 {
			continue
		}
		s.gen++
		onlyKnown := q.long && len(s.touched) > 0
		for _, m := range q.matches {
			add := ix.idf[m.id] * m.w
			for _, n := range ix.postings.of(m.id) {
				if s.stamp[n] == s.gen {
					continue // a better spelling of this query word already counted
				}
				if s.acc[n] == 0 {
					if onlyKnown {
						continue
					}
					s.touched = append(s.touched, n)
				}
				s.stamp[n] = s.gen
				s.acc[n] += add
				s.hits[n]++
			}
		}
	}

	// Keep the best few names (a career may appear under several names),
	// then one match per career.
	keep := limit * 4
	top := make([]Match, 0, keep+1)
	for _, n := range s.touched {
		nm := &ix.names[n]
		acc, hits := s.acc[n], s.hits[n]
		s.acc[n], s.hits[n], s.stamp[n] = 0, 0, 0
		score := float64(acc / (qWeight + nm.weight - acc))
		if score > 1 {
			score = 1
		}
		head := false
		for _, h := range ix.nameHeads(nm) {
			for _, m := range headIDs {
				head = head || m.id == h
			}
		}
		if head && hits < 2 && len(toks) > 1 && roleWords[toks[len(toks)-1]] {
			head = false // see roleWords: "Sales Professional" is no "logistics professional"
		}
		if head && score < 0.95 && len(toks) > 1 {
			// A name whose head noun is the question's is what it is
			// about: a "machinist supervisor" is a supervisor.
			score = min(score*1.15, 0.94)
		}
		if nm.alias() {
			score *= 0.98 // prefer the career's own title on ties
			if prefix {
				score *= 0.92 // and when completing, prefer titles shown as typed
			}
		}
		missing := len(toks) - int(hits)
		order := rankOrder(score, float64(acc/qWeight), head, prefix)
		c := ix.careerOf(nm)
		if len(top) == keep && !better(Match{Career: c, Score: score, order: order}, top[keep-1]) {
			continue
		}
		top = insertMatch(top, Match{Career: c, Name: ix.text(nm), Score: score, Missing: missing, Head: head, pos: int(nm.pos), order: order}, keep)
	}
	if !prefix {
		for _, n := range ix.exactNames(exactWords) {
			nm := &ix.names[n]
			score := 1.0
			if nm.alias() {
				score = 0.98 // a career's own title first, then its other names
			}
			top = insertMatch(top, Match{Career: ix.careerOf(nm), Name: ix.text(nm), Score: score, Head: true, pos: int(nm.pos), order: rankOrder(score, 1, true, false)}, keep)
		}
	}
	out := make([]Match, 0, limit)
	for _, m := range top {
		dup := false
		for _, o := range out {
			if o.Career == m.Career {
				dup = true
				break
			}
		}
		if !dup && len(out) < limit {
			out = append(out, m)
		}
	}
	return out
}

// better orders matches: higher score, then the name a career lists first
// (O*NET lists its most common titles first), then the career more people
// hold, then shorter name, then by name.
func better(a, b Match) bool {
	if a.order != b.order {
		return a.order > b.order
	}
	if a.Score != b.Score {
		return a.Score > b.Score
	}
	if a.pos != b.pos {
		return a.pos < b.pos
	}
	if sa, sb := a.Career.Size(), b.Career.Size(); sa != sb {
		return sa > sb
	}
	if len(a.Career.Name) != len(b.Career.Name) {
		return len(a.Career.Name) < len(b.Career.Name)
	}
	return a.Career.Name < b.Career.Name
}

// insertMatch puts m into the sorted slice top, keeping at most keep.
func insertMatch(top []Match, m Match, keep int) []Match {
	i := sort.Search(len(top), func(i int) bool { return better(m, top[i]) })
	top = append(top, Match{})
	copy(top[i+1:], top[i:])
	top[i] = m
	if len(top) > keep {
		top = top[:keep]
	}
	return top
}

// matchWord returns the vocabulary words that t may stand for, best first.
// soundAlike are spellings of one sound, the first as people may write
// it, the second as names do.
var soundAlike = [][2]string{{"f", "ph"}, {"ph", "f"}, {"k", "c"}, {"c", "k"}, {"sh", "ti"}, {"z", "s"}}

func (ix *nameIndex) matchWord(t string, prefix bool) []wordMatch {
	var out []wordMatch
	if id, ok := ix.wordID(t); ok {
		out = append(out, wordMatch{id: id, w: 1})
	}
	if prefix {
		i := sort.Search(len(ix.byWord), func(i int) bool { return ix.word(ix.byWord[i]) >= t })
		for n := 0; i < len(ix.byWord) && n < 64 && strings.HasPrefix(ix.word(ix.byWord[i]), t); i++ {
			if id := ix.byWord[i]; ix.word(id) != t {
				out = append(out, wordMatch{id: id, w: 0.9})
				n++
			}
		}
	}
	if len(out) > 0 || len(t) < 4 || len(t) > maxFuzzyWord {
		return out
	}
	ix.delOnce.Do(ix.buildDeletes)
	maxDist := 1
	if len(t) >= 7 {
		maxDist = 2
	}
	seen := map[int32]bool{}
	try := func(ids []int32) {
		for _, id := range ids {
			if seen[id] {
				continue
			}
			seen[id] = true
			if d := editDistance(t, ix.word(id), maxDist); d <= maxDist && (d < 2 || typoLike(t, ix.word(id))) {
				out = append(out, wordMatch{id: id, w: 1 - 0.15*float32(d)})
			}
		}
	}
	var buf [16]int32
	try(ix.deletes.find(t, &ix.vocab, buf[:0]))
	for _, d := range deletions(t) {
		if id, ok := ix.wordID(d); ok {
			try([]int32{id})
		}
		try(ix.deletes.find(d, &ix.vocab, buf[:0]))
	}
	if len(out) == 0 && len(t) >= minTwoLetterTypo {
		// Two letters of a long word left out ("practioner") or changed
		// ("maintanence", "phycisian"), which one deletion on each side
		// cannot reach: the words of the same first two letters, as long
		// or up to two letters longer.
		lo := sort.Search(len(ix.byWord), func(i int) bool { return ix.word(ix.byWord[i]) >= t[:2] })
		for i := lo; i < len(ix.byWord) && strings.HasPrefix(ix.word(ix.byWord[i]), t[:2]); i++ {
			if w := ix.word(ix.byWord[i]); len(w) >= len(t) && len(w) <= len(t)+2 {
				try([]int32{ix.byWord[i]})
			}
		}
	}
	if len(out) == 0 {
		// Spelled as it sounds ("flebotomist", "fysician"): the word
		// with the letters English writes that sound with, a letter
		// more or less (two changes the above would count).
		for _, r := range soundAlike {
			if !strings.Contains(t, r[0]) {
				continue
			}
			s := strings.Replace(t, r[0], r[1], 1)
			ids := ix.deletes.find(s, &ix.vocab, buf[:0])
			if id, ok := ix.wordID(s); ok {
				ids = append(ids, id)
			}
			for _, id := range ids {
				// As near as the respelling is: "phlebotomist" is
				// "flebotomist" said, not two letters wrong.
				if d := editDistance(s, ix.word(id), 1); d <= 1 && !seen[id] {
					seen[id] = true
					out = append(out, wordMatch{id: id, w: 0.85 - 0.15*float32(d)})
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].w != out[j].w {
			return out[i].w > out[j].w
		}
		return ix.postings.count(out[i].id) > ix.postings.count(out[j].id)
	})
	return out
}

// minTwoLetterTypo is the shortest word read as a longer one with two
// letters left out: shorter ones are too often another word.
const minTwoLetterTypo = 8

// deletions lists w with each one byte removed.
func deletions(w string) []string {
	out := make([]string, 0, len(w))
	for i := range len(w) {
		d := w[:i] + w[i+1:]
		if i > 0 && w[i] == w[i-1] {
			continue // same result as deleting the previous letter
		}
		out = append(out, d)
	}
	return out
}

// editDistance is the optimal-string-alignment distance between a and b,
// or max+1 once it is known to exceed max.
func editDistance(a, b string, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// maxTypoCost is the most two changes may cost in typoCost for a word to
// be read as a misspelling: a letter left out or doubled and a vowel
// changed are, two unlike letters changed ("sorcerers", "solderers") are
// another word.
const maxTypoCost = 1.75

// typoLike reports whether a, two changes from b, reads as b misspelt.
func typoLike(a, b string) bool { return typoCost(a, b) <= maxTypoCost }

// typoCost is editDistance weighed by how people misspell: a letter
// changed for one that sounds alike (a vowel for a vowel, "c" for "s")
// costs 0.5, one left out, added or swapped with the next 0.75, and any
// other change 1.
func typoCost(a, b string) float64 {
	prev2 := make([]float64, len(b)+1)
	prev := make([]float64, len(b)+1)
	cur := make([]float64, len(b)+1)
	for j := range prev {
		prev[j] = 0.75 * float64(j)
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = 0.75 * float64(i)
		for j := 1; j <= len(b); j++ {
			sub := 0.0
			if a[i-1] != b[j-1] {
				sub = 1
				if lettersAlike(a[i-1], b[j-1]) {
					sub = 0.5
				}
			}
			v := min(prev[j]+0.75, cur[j-1]+0.75, prev[j-1]+sub)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+0.75)
			}
			cur[j] = v
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// lettersAlike reports whether letters x and y are often written for each
// other: two vowels, or two letters of one sound.
func lettersAlike(x, y byte) bool {
	const vowels = "aeiouy"
	if strings.IndexByte(vowels, x) >= 0 && strings.IndexByte(vowels, y) >= 0 {
		return true
	}
	for _, g := range [...]string{"cksqxz", "fvpw", "mn", "bp", "dt", "gj"} {
		if strings.IndexByte(g, x) >= 0 && strings.IndexByte(g, y) >= 0 {
			return true
		}
	}
	return false
}

func dedupe(ss []string) []string {
	out := ss[:0:0]
	for _, s := range ss {
		dup := false
		for _, o := range out {
			if o == s {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, s)
		}
	}
	return out
}

func containsID(ids []int32, id int32) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}
