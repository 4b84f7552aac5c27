package knowledge

import (
	"slices"
	"sort"
	"strings"
)

// Exact returns the careers one of whose names is exactly words (already
// normalised, see Tokens), best first: a career's own title before its
// other names, then the career most people hold. Several careers share
// generic names ("doctor", "engineer"); the caller says which others it
// could be.
func (b *Base) Exact(words []string) []Match {
	if len(words) == 0 || len(words) > b.MaxNameWords() {
		return nil
	}
	ids := b.index.exactNames(words)
	var fromDB []Match
	if b.db != nil {
		fromDB = b.dbExact(words)
	}
	if len(ids) == 0 && len(fromDB) == 0 {
		return b.preferCommon(words, nil)
	}
	out := make([]Match, 0, len(ids)+len(fromDB))
	for _, n := range ids {
		nm := &b.index.names[n]
		c := b.index.careerOf(nm)
		score := 1.0
		if nm.alias() {
			score = 0.98
		}
		dup := false
		for i := range out {
			if out[i].Career == c {
				dup = true
				if score > out[i].Score {
					out[i] = Match{Career: c, Name: b.index.text(nm), Score: score, pos: int(nm.pos)}
				}
			}
		}
		if !dup {
			out = append(out, Match{Career: c, Name: b.index.text(nm), Score: score, pos: int(nm.pos)})
		}
	}
	if b.db != nil {
		out = b.mergeMatches(out, fromDB, len(out)+len(fromDB), func(a, c Match) bool {
			if a.Score != c.Score {
				return a.Score > c.Score
			}
			return a.pos < c.pos
		})
	}
	// An alternate title several careers share ("maintenance worker") is
	// first the one whose own title holds its words (Maintenance and Repair
	// Workers, not Janitors).
	// The initials of the name said after it count for nothing ("community
	// health worker chw": Community Health Workers, though Health
	// Education Specialists share that alternate title).
	said := words
	if n := len(words); n > 2 && initialsOf(words[:n-1]) == words[n-1] {
		said = words[:n-1]
	}
	holds := make(map[*Career]bool, len(out))
	anyHolds := false
	for _, m := range out {
		title := Tokens(m.Career.Name)
		all := true
		for _, w := range said {
			all = all && slices.Contains(title, w)
		}
		holds[m.Career] = all
		anyHolds = anyHolds || all
	}
	// Words that are the first of the names a career's own title joins
	// ("conveyor operator": Conveyor Operators and Tenders) are that
	// career's title, before another's alternate title of the same words
	// (O*NET lists "Conveyor Operator" under Laundry and Dry-Cleaning
	// Workers).
	if len(words) >= 2 && len(out) > 0 && !slices.ContainsFunc(out, func(m Match) bool { return m.Score == 1 }) {
		for _, m := range b.TitlePrefix(words) {
			if t := Tokens(m.Career.Name); len(t) > len(words) && t[len(words)] == "and" && !slices.ContainsFunc(out, func(o Match) bool { return o.Career == m.Career }) {
				out = append(out, Match{Career: m.Career, Name: m.Career.Name, Score: 1})
				holds[m.Career] = true
			}
		}
	}
	// One that none of them holds ("production worker": Carpenters,
	// Assemblers, Casters …) is the work O*NET gathers in its catch-all
	// group of that name, when there is one: Production Workers, All Other.
	if len(out) > 1 && !anyHolds {
		for _, n := range b.index.exactNames(append(words[:len(words):len(words)], "all", "other")) {
			nm := &b.index.names[n]
			if c := b.index.careerOf(nm); !nm.alias() && c.CatchAll() && !holds[c] {
				out = append(out, Match{Career: c, Name: b.index.text(nm), Score: 0.98, pos: int(nm.pos)})
				holds[c] = true
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		if hi, hj := holds[out[i].Career], holds[out[j].Career]; hi != hj {
			return hi
		}
		if ci, cj := out[i].Career.CatchAll(), out[j].Career.CatchAll(); ci != cj {
			return cj
		}
		if si, sj := out[i].Career.Size(), out[j].Career.Size(); si != sj {
			return si > sj
		}
		return out[i].Career.Name < out[j].Career.Name
	})
	return b.preferCommon(words, out)
}

// initialsOf is the first letters of words: "chw" of community health
// worker.
func initialsOf(words []string) string {
	var b strings.Builder
	for _, w := range words {
		b.WriteByte(w[0])
	}
	return b.String()
}

// MaxNameWords is the number of words of the longest name known.
func (b *Base) MaxNameWords() int {
	if b.db != nil {
		return max(b.index.maxWords, b.db.maxWords)
	}
	return b.index.maxWords
}

// Known reports whether a normalised word is part of some career's name.
func (b *Base) Known(word string) bool {
	id, ok := b.index.wordID(word)
	return ok && b.index.postings.count(id) > 0 || b.db != nil && b.db.wordNames(word) > 0
}

// WordCareers is how many careers have a name that holds the normalised
// word, up to limit: a word of a few careers ("hvac", "payroll") tells which
// one is meant, a word of many ("industrial", "dental") does not. With a
// database, its names holding the word count too, each as a career.
func (b *Base) WordCareers(word string, limit int) int {
	n := 0
	if id, ok := b.index.wordID(word); ok {
		last := int32(-1)
		for _, nm := range b.index.postings.of(id) {
			if c := b.index.names[nm].career; c != last {
				last = c
				n++
			}
		}
	}
	if b.db != nil && n < limit {
		n += b.db.wordNames(word)
	}
	return min(n, limit)
}

// HeadNoun reports whether a normalised word is the head noun of some
// career's name ("engineer", "salesperson"), not only a modifier in them
// ("civil", "pianos"): "civil and mechanical engineers" shares one head,
// "nurse and teacher" names two careers.
func (b *Base) HeadNoun(word string) bool {
	id, ok := b.index.wordID(word)
	if !ok {
		// A database keeps no heads: its words are taken as heads, so
		// that names of its careers are never joined.
		return b.db != nil && b.db.wordNames(word) > 0
	}
	// Most words are the head of some odd name ("Annual Physical"): a
	// head noun is one that heads at least a quarter of the names holding
	// it.
	names, heads := 0, 0
	for _, n := range b.index.postings.of(id) {
		names++
		if containsID(b.index.nameHeads(&b.index.names[n]), id) {
			heads++
		}
	}
	return heads*4 >= names
}

// Correct returns the name word a misspelt word stands for ("docter" →
// "doctor", "recepionist" → "receptionist"): the nearest word of the names,
// one letter away (two for a word of seven letters or more), when one is
// nearest, one of the nearest is in far more names than the others, or is
// alone among them in being a career's title. ok is false for a word
// the names, descriptions or tasks hold, or when none or several fit.
func (b *Base) Correct(word string) (string, bool) {
	// A word of the descriptions or tasks is a word, not a misspelling,
	// and so is another form of one ("adjusted" of "adjust", "harder" of
	// "hard").
	if b.KnownText(word) || CommonTitleWord(word) { // "mayor" is no "major"
		return "", false
	}
	for _, suf := range wordSuffixes {
		if w, ok := strings.CutSuffix(word, suf); ok && len(w) >= 4 && b.KnownText(w) {
			return "", false
		}
	}
	ms := b.index.matchWord(word, false)
	if len(ms) > 0 && ms[0].w < 1 {
		// The nearest words; among them, those that are a career's title
		// by themselves ("lawer": lawyer, not layer or laser).
		// A misspelling keeps its first letter far more often than not, and
		// drops a letter more often than it adds one: "twitch" and
		// "streamer" are words of their own, not "switch" and "steamer".
		// A letter typed twice ("landscapper") is added, yet common.
		var near, named, likely []int32
		for _, m := range ms {
			if w := b.index.word(m.id); m.w == ms[0].w && w[0] == word[0] && (len(w) >= len(word) || w == undoubled(word)) && (m.w > 0.71 || soundsAlike(word, w)) {
				near = append(near, m.id)
				if slices.ContainsFunc(b.index.exactNames([]string{b.index.word(m.id)}), func(n int32) bool { return !b.index.names[n].alias() }) {
					named = append(named, m.id)
				}
				if likelySlip(word, w) {
					likely = append(likely, m.id)
				}
			}
		}
		switch {
		case len(likely) > 0:
			// Letters left out or swapped ("payrol": payroll, not patrol;
			// "pakcer": packer) are likelier than letters changed.
			near = likely
		case len(named) > 0:
			near = named
		}
		if id, ok := b.index.mostUsed(near); ok && len(near) > 0 {
			return b.index.word(id), true
		}
		return "", false
	}
	if b.db != nil {
		if ds := b.db.matchWord(word, false); (len(ds) == 1 || len(ds) > 1 && ds[1].w < ds[0].w) && ds[0].word[0] == word[0] && len(ds[0].word) >= len(word) {
			return ds[0].word, true
		}
	}
	return "", false
}

// mostUsed returns the one of words that is in three times as many names
// as any other, or the only one.
func (ix *nameIndex) mostUsed(words []int32) (int32, bool) {
	best, second := int32(-1), 0
	for _, id := range words {
		n := ix.postings.count(id)
		switch {
		case best < 0 || n > ix.postings.count(best):
			if best >= 0 {
				second = ix.postings.count(best)
			}
			best = id
		case n > second:
			second = n
		}
	}
	return best, best >= 0 && ix.postings.count(best) >= 3*second
}

// Spelled reports whether a normalised word is part of some name, or one
// or two letters away from such a word (a typo the index corrects).
func (b *Base) Spelled(word string) bool {
	if b.Known(word) {
		return true
	}
	return len(b.index.matchWord(word, false)) > 0 || b.db != nil && len(b.db.matchWord(word, false)) > 0
}

// WordWeight is how much a normalised word tells names apart (its inverse
// document frequency over every name; unknown words weigh the most).
func (b *Base) WordWeight(word string) float64 {
	if b.db != nil {
		if n := b.db.wordNames(word); n > 0 {
			return float64(b.idf(word, n))
		}
	}
	if id, ok := b.index.wordID(word); ok {
		return float64(b.index.idf[id])
	}
	return float64(b.index.maxIDF())
}

// Size is how many people hold a career: the BLS employment of an
// occupation (its own figure, not one borrowed from its group), else the
// number of jobs a comparison page gives; 0 when unknown. Ties between
// careers that fit a name equally go to the larger one.
func (c *Career) Size() float64 {
	if c.sized {
		return c.size
	}
	return c.computeSize()
}

func (c *Career) computeSize() float64 {
	if _, borrowed := c.Fact(FieldWageNote); !borrowed {
		if f, ok := c.Fact(FieldEmployment); ok {
			if v, ok := f.Number(); ok {
				return v
			}
		}
	}
	if f, ok := c.Fact(FieldJobs); ok {
		if v, ok := f.Number(); ok {
			return v
		}
	}
	return 0
}

// headWords returns the head nouns of a name: the last word of each of its
// comma-separated parts, leaving out qualifiers such as "All Other",
// "Except …" and "Including …". "Plumbers, Pipefitters, and Steamfitters"
// has three heads; "Teachers, Postsecondary" has "teacher".
func headWords(tz tokenizer, name string) []string {
	var out []string
	for i, part := range strings.Split(name, ",") {
		toks := tz.tokens(part)
		if len(toks) == 0 {
			continue
		}
		first := toks[0]
		if first == "except" || first == "including" || first == "all" || first == "and" && len(toks) == 1 {
			continue
		}
		if i > 0 && len(toks) == 1 && qualifiers[first] {
			continue
		}
		out = append(out, toks[len(toks)-1])
	}
	return out
}

// qualifiers follow a comma in O*NET titles without being another job:
// "Dentists, General", "Teachers, Postsecondary".
var qualifiers = map[string]bool{"general": true, "postsecondary": true, "hand": true, "wood": true, "metal": true, "other": true}

// CatchAll reports whether a career is a residual category of official
// statistics ("Physicians, All Other"): a generic name such as "doctor"
// means one of the named occupations first.
func (c *Career) CatchAll() bool { return strings.HasSuffix(c.Name, ", All Other") }

// TitlePrefix returns the careers whose own title begins with words (at
// least two, already normalised), the career most people hold first:
// people drop a title's last word ("customer service" for Customer Service
// Representatives, "real estate" for its agents and brokers).
func (b *Base) TitlePrefix(words []string) []Match {
	if len(words) < 2 {
		return nil
	}
	b.index.prefixOnce.Do(b.index.buildPrefixes)
	p := &b.index.prefixes
	k, ok := p.keys.find(strings.Join(words, " "))
	if !ok {
		return nil
	}
	cs := p.careers.of(k)
	out := make([]Match, 0, len(cs))
	for _, n := range cs {
		c := b.index.careers[n]
		out = append(out, Match{Career: c, Name: c.Name, Score: float64(len(words)) / float64(len(Tokens(c.Name)))})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if ci, cj := out[i].Career.CatchAll(), out[j].Career.CatchAll(); ci != cj {
			return cj
		}
		return out[i].Career.Size() > out[j].Career.Size()
	})
	return out
}

// NamePrefix returns the careers some of whose names, titles or not, are
// words (two or more) and a generic noun for the one who does it: people
// drop the last word of "Technical Support Specialist" and "Desktop Support
// Technician". A noun that makes another job of it ("Billboard Poster
// Helper") does not count. The career with the most such names comes
// first, then the larger.
func (b *Base) NamePrefix(words []string) []Match {
	if len(words) < 2 {
		return nil
	}
	ids := make([]int32, len(words))
	for i, w := range words {
		id, ok := b.index.wordID(w)
		if !ok {
			return nil
		}
		ids[i] = id
	}
	var out []Match
	count := map[*Career]int{}
	for _, n := range b.index.postings.of(ids[0]) {
		nm := &b.index.names[n]
		ws := b.index.nameWords(nm)
		if len(ws) != len(ids)+1 || !slices.Equal(ws[:len(ids)], ids) || !roleNouns[b.index.word(ws[len(ids)])] {
			continue
		}
		c := b.index.careerOf(nm)
		if count[c] == 0 {
			out = append(out, Match{Career: c, Name: b.index.text(nm), Score: 0.9, Head: true, pos: int(nm.pos)})
		}
		count[c]++
	}
	sort.SliceStable(out, func(i, j int) bool {
		if ni, nj := count[out[i].Career], count[out[j].Career]; ni != nj {
			return ni > nj
		}
		if ci, cj := out[i].Career.CatchAll(), out[j].Career.CatchAll(); ci != cj {
			return cj
		}
		return out[i].Career.Size() > out[j].Career.Size()
	})
	return out
}

// TitledWith returns the careers whose own title holds the normalised
// word ("nurse": Registered Nurses, Nurse Anesthetists …), largest first.
func (b *Base) TitledWith(word string) []*Career {
	id, ok := b.index.wordID(word)
	if !ok {
		return nil
	}
	var out []*Career
	for _, n := range b.index.postings.of(id) {
		if nm := &b.index.names[n]; !nm.alias() {
			if c := b.index.careerOf(nm); !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Size() > out[j].Size() })
	return out
}

// roleNouns are the generic nouns for the one who does some work, which
// people leave out of a name ("help desk" for a help desk technician).
var roleNouns = map[string]bool{"specialist": true, "technician": true, "representative": true, "worker": true,
	"engineer": true, "analyst": true, "clerk": true, "operator": true, "agent": true, "associate": true,
	"professional": true, "technologist": true, "staff": true, "person": true}

// titlePrefixes are the first words of every title (at least two, not all
// of them), each with the careers whose title begins so, by number.
type titlePrefixes struct {
	keys    stringSet
	careers packed[int32]
}

// buildPrefixes indexes the first words of every title (see TitlePrefix).
func (ix *nameIndex) buildPrefixes() {
	keys := newStringSet(len(ix.careers))
	type prefix struct{ key, career int32 }
	var all []prefix
	for c, career := range ix.careers {
		toks := Tokens(career.Name)
		for n := 2; n < len(toks); n++ {
			k, _ := keys.add(strings.Join(toks[:n], " "))
			all = append(all, prefix{k, int32(c)})
		}
	}
	keys.done()
	ix.prefixes = titlePrefixes{keys: keys, careers: pack(keys.len(), func(put func(int32, int32)) {
		for _, p := range all {
			put(p.key, p.career)
		}
	})}
}

// Prepare builds now what the first searches would otherwise build: the
// careers as documents of their names, the typo index and the titles'
// first words. A server calls it while it loads, so that the first asker
// of an unseen or misspelt title does not wait for them, and the memory
// it plans for counts them (about 1.6 MB with the embedded knowledge).
func (b *Base) Prepare() {
	b.index.careerIndex()
	b.index.delOnce.Do(b.index.buildDeletes)
	b.index.prefixOnce.Do(b.index.buildPrefixes)
}

// undoubled returns w with its first doubled letter single ("landscapper"
// → "landscaper"), or w when no letter is doubled.
func undoubled(w string) string {
	for i := 1; i < len(w); i++ {
		if w[i] == w[i-1] {
			return w[:i] + w[i+1:]
		}
	}
	return w
}

// soundsAlike reports whether typed, a word as long as word two letters
// away, could be word misspelt: some letter changed is a vowel for a
// vowel or a consonant for one that sounds like it ("phycisian",
// "electrition"). "blorfman" is no "blockman": both its changes are
// consonants for unlike ones. Words of other lengths are left to the
// letters left out or added.
func soundsAlike(typed, word string) bool {
	if len(typed) != len(word) {
		return true
	}
	for i := 0; i < len(typed); i++ {
		a, b := typed[i], word[i]
		if a == b {
			continue
		}
		if i+1 < len(typed) && a == word[i+1] && b == typed[i+1] {
			return true // letters swapped
		}
		if isVowel(a) || isVowel(b) || strings.IndexByte(alikeConsonants[a], b) >= 0 {
			return true
		}
	}
	return false
}

func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

// alikeConsonants are the consonants each may be heard as.
var alikeConsonants = map[byte]string{'c': "ksqz", 'k': "cq", 's': "czx", 'z': "sc", 'q': "ck", 'x': "sz",
	'f': "vp", 'v': "fw", 'p': "bf", 'b': "p", 'd': "t", 't': "d", 'g': "jk", 'j': "g", 'm': "n", 'n': "m",
	'w': "v", 'l': "r", 'r': "l"}

// likelySlip reports whether typed is word with letters left out (typed is
// a subsequence of word), two neighbouring letters swapped, or a letter
// typed twice: the slips of typing more common than a changed letter.
func likelySlip(typed, word string) bool {
	if undoubled(typed) == word && typed != word {
		return true
	}
	if len(typed) == len(word) {
		for i := 0; i+1 < len(typed); i++ {
			if typed[i] != word[i] {
				return typed[i] == word[i+1] && typed[i+1] == word[i] && typed[i+2:] == word[i+2:]
			}
		}
		return false
	}
	j := 0
	for i := 0; i < len(word) && j < len(typed); i++ {
		if word[i] == typed[j] {
			j++
		}
	}
	return j == len(typed) && len(typed) < len(word)
}

// NameWith reports whether some name of c has head as its head noun and
// holds one of the other normalised words too ("ICU Nurse" for nurse and
// icu).
func (b *Base) NameWith(c *Career, head string, words []string) bool {
	id, ok := b.index.wordID(head)
	if !ok {
		return false
	}
	for _, n := range b.index.postings.of(id) {
		nm := &b.index.names[n]
		if b.index.careerOf(nm) != c || !containsID(b.index.nameHeads(nm), id) {
			continue
		}
		for _, w := range words {
			if wid, ok := b.index.wordID(w); ok && wid != id && containsID(b.index.nameWords(nm), wid) {
				return true
			}
		}
	}
	return false
}
