package knowledge

import (
	"container/list"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/careerbot/careerbot/knowledge/official"
)

// A database answers through the same Base as the embedded knowledge: the
// embedded careers stay in memory (a fixed size, whatever the database
// holds), and the careers an import added or changed are found through the
// database's own index (dbindex.go) and read one at a time when a question
// needs them. Start-up and memory do not grow with the database.

// Bounds of what a database Base keeps in memory.
const (
	careerCacheSize = 4096 // careers read from the database, most recent kept
	wordCacheSize   = 8192 // words' name counts
	// maxCandidates bounds the names one looked-up word brings in: past it
	// only names holding the text's two rarest words are scored.
	maxCandidates = 4096
	// rankDepth is how many database careers each end of a ranking holds:
	// enough for the longest ranking the bot shows after its filters.
	rankDepth = 100
	// skillDepth is how many database careers WithSkill lists for a skill.
	skillDepth = 100
)

// Base opens the knowledge of the database: the embedded knowledge in
// memory, and the careers the database adds or changes read on demand.
// The store must stay open while the Base is used.
func (s *Store) Base(ctx context.Context) (*Base, error) {
	// A database holding no embedded career (every row deleted) is not a
	// database of the embedded knowledge: it answers only what it holds.
	var seeded bool
	if err := s.db.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM careers WHERE embedded = 1)").Scan(&seeded); err != nil {
		return nil, fmt.Errorf("open %s: %w", s.path, err)
	}
	kb := NewBuilder().Build()
	if seeded {
		var err error
		if kb, err = LoadSeeds(ctx); err != nil {
			return nil, err
		}
	}
	d := &dbCareers{s: s, shadowed: map[string]bool{}, lru: list.New(), byID: map[int64]*list.Element{},
		byKey: map[string]int64{}, words: map[string]int{}, pinned: map[int64]*Career{}, sources: map[string]Source{}}
	rows, err := s.db.QueryContext(ctx, "SELECT key, value FROM meta")
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", s.path, err)
	}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			rows.Close()
			return nil, fmt.Errorf("open %s: %w", s.path, err)
		}
		n, _ := strconv.Atoi(v)
		switch k {
		case "max_words":
			d.maxWords = n
		case "names":
			d.names = n
		case "new_careers":
			d.added = n
		case "state_wages":
			d.states = v == "imported"
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("open %s: %w", s.path, err)
	}
	rows, err = s.db.QueryContext(ctx, "SELECT key FROM careers WHERE shadows = 1")
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", s.path, err)
	}
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			rows.Close()
			return nil, fmt.Errorf("open %s: %w", s.path, err)
		}
		d.shadowed[k] = true
	}
	rows.Close()
	if d.states {
		kb.states = &stateTable{load: func() ([]official.StateWage, error) { return s.readStates(context.Background()) }}
	}
	kb.db = d
	return kb, nil
}

// dbCareers is what a Base reads from a database.
type dbCareers struct {
	s        *Store
	names    int             // names the database indexes
	maxWords int             // words of its longest name
	added    int             // careers the embedded knowledge lacks
	shadowed map[string]bool // embedded careers the database holds changed
	states   bool            // state estimates from the database, not the embedded ones

	mu      sync.Mutex
	lru     *list.List // of *Career, most recently used first
	byID    map[int64]*list.Element
	byKey   map[string]int64 // keys of careers read, and 0 for keys the database lacks
	words   map[string]int   // word → names holding it
	pinned  map[int64]*Career
	stmts   map[string]*sql.Stmt
	sources map[string]Source
	err     error // the last read error, for Err
}

// fail records a read error: a question is then answered as if the
// database lacked what failed, and Err says why.
func (d *dbCareers) fail(err error) {
	if err == nil || errors.Is(err, sql.ErrNoRows) {
		return
	}
	d.mu.Lock()
	d.err = err
	d.mu.Unlock()
}

// Err returns the last error reading the database, nil when none (or for
// the embedded knowledge alone).
func (b *Base) Err() error {
	if b.db == nil {
		return nil
	}
	b.db.mu.Lock()
	defer b.db.mu.Unlock()
	return b.db.err
}

// careerQuery reads one career in one statement: its row, names, sources,
// figures and lists, each tagged by what it is.
const careerQuery = `SELECT 'c', 0, key, name, '' FROM careers WHERE id = ?1
UNION ALL SELECT 'n', position, name, '', '' FROM career_names WHERE career_id = ?1
UNION ALL SELECT 's', position, source_id, '', '' FROM career_sources WHERE career_id = ?1
UNION ALL SELECT 'f', 0, field, value, source_id FROM facts WHERE career_id = ?1
UNION ALL SELECT 'l', rank, list, name || char(9) || share, source_id FROM list_items WHERE career_id = ?1
UNION ALL SELECT 'p', 0, list, items, source_id FROM career_lists WHERE career_id = ?1`

// career returns the career with the given row id, from the cache or the
// database.
func (d *dbCareers) career(id int64) (*Career, bool) {
	d.mu.Lock()
	if c, ok := d.pinned[id]; ok {
		d.mu.Unlock()
		return c, true
	}
	if e, ok := d.byID[id]; ok {
		d.lru.MoveToFront(e)
		d.mu.Unlock()
		return e.Value.(*cached).c, true
	}
	d.mu.Unlock()
	c, err := d.read(id)
	if err != nil {
		d.fail(err)
		return nil, false
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if e, ok := d.byID[id]; ok { // read meanwhile by another question
		return e.Value.(*cached).c, true
	}
	d.byID[id] = d.lru.PushFront(&cached{id: id, c: c})
	d.byKey[c.Key] = id
	for d.lru.Len() > careerCacheSize {
		old := d.lru.Remove(d.lru.Back()).(*cached)
		delete(d.byID, old.id)
		delete(d.byKey, old.c.Key)
	}
	return c, true
}

type cached struct {
	id int64
	c  *Career
}

// read reads one career from the database.
func (d *dbCareers) read(id int64) (*Career, error) {
	rows, err := d.query(careerQuery, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var c *Career
	type ranked struct {
		pos  int
		kind string
		item Item
		src  string
	}
	var names, sources, items []ranked
	for rows.Next() {
		var tag, a, b, src string
		var pos int
		if err := rows.Scan(&tag, &pos, &a, &b, &src); err != nil {
			return nil, err
		}
		switch tag {
		case "c":
			c = newCareer(b)
			c.Key = a
		case "n":
			names = append(names, ranked{pos: pos, item: Item{Name: a}})
		case "s":
			sources = append(sources, ranked{pos: pos, item: Item{Name: a}})
		case "f":
			if c != nil {
				c.setFact(Fact{Field: Field(a), Value: b, Source: src})
			}
		case "l":
			name, share, _ := strings.Cut(b, "\t")
			items = append(items, ranked{pos: pos, kind: a, item: Item{Name: name, Share: share}, src: src})
		case "p":
			if c != nil {
				l := List{Kind: ListKind(a), Source: src}
				for _, line := range strings.Split(strings.TrimSuffix(b, "\n"), "\n") {
					name, share, _ := strings.Cut(line, "\t")
					l.Items = append(l.Items, Item{Name: name, Share: share})
				}
				c.Lists[l.Kind] = l
			}
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if c == nil {
		return nil, fmt.Errorf("career %d: %w", id, sql.ErrNoRows)
	}
	byPos := func(rs []ranked) {
		sort.SliceStable(rs, func(i, j int) bool {
			if rs[i].kind != rs[j].kind {
				return rs[i].kind < rs[j].kind
			}
			return rs[i].pos < rs[j].pos
		})
	}
	byPos(names)
	byPos(sources)
	byPos(items)
	for _, r := range names {
		c.Aliases.Add(r.item.Name)
	}
	for _, r := range sources {
		c.Sources = append(c.Sources, r.item.Name)
	}
	for _, r := range items {
		l := c.Lists[ListKind(r.kind)]
		l.Kind, l.Source = ListKind(r.kind), r.src
		l.Items = append(l.Items, r.item)
		c.Lists[l.Kind] = l
	}
	c.size, c.sized = c.computeSize(), true
	c.facts.pack(nil)
	return c, nil
}

// byKey returns the database's career with key, if the database holds one
// the embedded knowledge lacks or holds differently.
func (d *dbCareers) byKeyOf(key string) (*Career, bool) {
	d.mu.Lock()
	id, ok := d.byKey[key]
	d.mu.Unlock()
	if !ok {
		err := d.row("SELECT id FROM careers WHERE key = ? AND embedded = 0", key).Scan(&id)
		if err != nil {
			d.fail(err)
			id = 0
		}
		d.mu.Lock()
		if id == 0 && len(d.byKey) < careerCacheSize {
			d.byKey[key] = 0 // remembered as missing; careers read are kept by career
		}
		d.mu.Unlock()
	}
	if id == 0 {
		return nil, false
	}
	return d.career(id)
}

// own replaces an embedded career the database holds changed by the
// database's version.
func (b *Base) own(c *Career) *Career {
	if b.db == nil || c == nil || !b.db.shadowed[c.Key] {
		return c
	}
	if dc, ok := b.db.byKeyOf(c.Key); ok {
		return dc
	}
	return c
}

// wordNames returns how many database names hold word (0: none).
func (d *dbCareers) wordNames(word string) int {
	d.mu.Lock()
	n, ok := d.words[word]
	d.mu.Unlock()
	if ok {
		return n
	}
	err := d.row("SELECT names FROM words WHERE word = ?", word).Scan(&n)
	if err != nil {
		d.fail(err)
		n = 0
	}
	d.mu.Lock()
	if len(d.words) >= wordCacheSize {
		clear(d.words)
	}
	d.words[word] = n
	d.mu.Unlock()
	return n
}

// dbWordMatch is a database word standing for a word of the text.
type dbWordMatch struct {
	word string
	w    float32 // 1 exact, less for a prefix or a misspelling
}

// matchWord returns the database words t may stand for, best first, as
// nameIndex.matchWord does for the embedded names.
func (d *dbCareers) matchWord(t string, prefix bool) []dbWordMatch {
	var out []dbWordMatch
	if d.wordNames(t) > 0 {
		out = append(out, dbWordMatch{t, 1})
	}
	if prefix {
		rows, err := d.query("SELECT word FROM words WHERE word > ? AND word < ? ORDER BY word LIMIT 64", t, t+"\U0010FFFF")
		if err != nil {
			d.fail(err)
		} else {
			for rows.Next() {
				var w string
				if rows.Scan(&w) == nil {
					out = append(out, dbWordMatch{w, 0.9})
				}
			}
			rows.Close()
		}
	}
	if len(out) > 0 || len(t) < 4 || len(t) > maxFuzzyWord {
		return out
	}
	maxDist := 1
	if len(t) >= 7 {
		maxDist = 2
	}
	// Words one deletion away from t, or sharing a deletion with it.
	dels := append([]string{t}, deletions(t)...)
	args := make([]any, len(dels))
	for i, s := range dels {
		args[i] = s
	}
	marks := strings.TrimSuffix(strings.Repeat("?,", len(dels)), ",")
	rows, err := d.query(
		"SELECT DISTINCT word FROM word_deletes WHERE del IN ("+marks+") UNION SELECT word FROM words WHERE word IN ("+marks+")",
		append(args, args...)...)
	if err != nil {
		d.fail(err)
		return out
	}
	defer rows.Close()
	for rows.Next() {
		var w string
		if rows.Scan(&w) != nil {
			continue
		}
		if dist := editDistance(t, w, maxDist); dist <= maxDist && (dist < 2 || typoLike(t, w)) {
			out = append(out, dbWordMatch{w, 1 - 0.15*float32(dist)})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].w != out[j].w {
			return out[i].w > out[j].w
		}
		return out[i].word < out[j].word
	})
	return out
}

// idf weighs a word over the embedded names and the database's together.
func (b *Base) idf(word string, dbNames int) float32 {
	n := float64(len(b.index.names) + b.db.names + 1)
	df := float64(dbNames)
	if id, ok := b.index.wordID(word); ok {
		df += float64(b.index.postings.count(id))
	}
	if df == 0 {
		return float32(1 + math.Log(n))
	}
	return float32(1 + math.Log(n/df))
}

// dbName is one database name scored against a text.
type dbName struct {
	id, pos int64
	key     string
	score   float64
	cover   float64
	hits    int
	head    bool
	order   float64
}

// Candidate names a lookup scores, shortest first: the names holding the
// text's two rarest words, else those holding its rarest word.
const (
	namesHolding     = "SELECT career_id, pos, key FROM name_words WHERE word = ? ORDER BY nwords LIMIT ?"
	namesHoldingBoth = `SELECT w.career_id, w.pos, w.key FROM name_words w WHERE w.word = ?1 AND EXISTS (SELECT 1 FROM name_words x
		WHERE x.word = ?2 AND x.nwords = w.nwords AND x.career_id = w.career_id AND x.pos = w.pos) ORDER BY w.nwords LIMIT ?3`
	namesExactly = "SELECT career_id, pos FROM name_keys WHERE key = ?"
)

// lookup ranks the database's names for text, as nameIndex.lookup ranks
// the embedded ones, and returns one match per career, at most limit.
func (b *Base) dbLookup(text string, limit int, prefix bool) []Match {
	d := b.db
	toks := Tokens(text)
	if len(toks) == 0 || d.names == 0 || limit <= 0 {
		return nil
	}
	exactKey := strings.Join(toks, " ")
	toks = dedupe(toks)
	if len(toks) > maxQueryWords {
		toks = toks[:maxQueryWords]
	}
	type qword struct {
		matches []dbWordMatch
		idf     float32
		names   int
	}
	qs := make([]qword, len(toks))
	var qWeight float32
	maxIDF := float32(1 + math.Log(float64(len(b.index.names)+d.names+1)))
	for i, t := range toks {
		q := qword{matches: d.matchWord(t, prefix && i == len(toks)-1), idf: maxIDF}
		if len(q.matches) > 0 {
			q.names = d.wordNames(q.matches[0].word)
			q.idf = b.idf(q.matches[0].word, q.names)
			for _, m := range q.matches[1:] {
				q.names += d.wordNames(m.word)
			}
		}
		qWeight += q.idf
		qs[i] = q
	}
	headMatches := qs[len(qs)-1].matches
	rarest := make([]int, 0, len(qs))
	for i, q := range qs {
		if len(q.matches) > 0 {
			rarest = append(rarest, i)
		}
	}
	sort.SliceStable(rarest, func(i, j int) bool { return qs[rarest[i]].names < qs[rarest[j]].names })
	cands := map[[2]int64]*dbName{}
	add := func(query string, args ...any) {
		rows, err := d.query(query, args...)
		if err != nil {
			d.fail(err)
			return
		}
		defer rows.Close()
		for rows.Next() {
			var n dbName
			if rows.Scan(&n.id, &n.pos, &n.key) == nil {
				cands[[2]int64{n.id, n.pos}] = &n
			}
		}
	}
	if len(rarest) >= 2 {
		a, c := qs[rarest[0]].matches[0].word, qs[rarest[1]].matches[0].word
		add(namesHoldingBoth, a, c, maxCandidates)
	}
	if len(rarest) > 0 && len(cands) < limit {
		for _, m := range qs[rarest[0]].matches {
			add(namesHolding, m.word, maxCandidates)
		}
	}
	exact := map[[2]int64]bool{}
	if !prefix {
		rows, err := d.query(namesExactly, exactKey)
		if err != nil {
			d.fail(err)
		} else {
			for rows.Next() {
				var k [2]int64
				if rows.Scan(&k[0], &k[1]) == nil {
					exact[k] = true
					if cands[k] == nil {
						cands[k] = &dbName{id: k[0], pos: k[1], key: exactKey}
					}
				}
			}
			rows.Close()
		}
	}
	scored := make([]*dbName, 0, len(cands))
	for k, n := range cands {
		words := dedupe(strings.Fields(n.key))
		if len(words) == 0 {
			continue
		}
		var weight, acc float32
		for _, w := range words {
			weight += b.idf(w, d.wordNames(w))
		}
		for _, q := range qs {
			best := float32(0)
			for _, m := range q.matches {
				if slices.Contains(words, m.word) {
					best = max(best, b.idf(m.word, d.wordNames(m.word))*m.w)
				}
			}
			if best > 0 {
				acc += best
				n.hits++
			}
		}
		n.score = math.Min(1, float64(acc/(qWeight+weight-acc)))
		n.cover = float64(acc / qWeight)
		// The head noun of a name is its last word (names with commas,
		// which official titles have and pages rarely do, are not told
		// apart here).
		head := words[len(words)-1]
		if last := strings.LastIndexByte(n.key, ' '); last >= 0 {
			head = n.key[last+1:]
		}
		for _, m := range headMatches {
			n.head = n.head || m.word == head
		}
		if n.head && n.score < 0.95 && len(toks) > 1 {
			n.score = min(n.score*1.15, 0.94)
		}
		if n.pos > 0 {
			n.score *= 0.98
			if prefix {
				n.score *= 0.92
			}
		}
		if exact[k] {
			n.score, n.cover, n.head = 1, 1, true
			if n.pos > 0 {
				n.score = 0.98
			}
		}
		n.order = rankOrder(n.score, n.cover, n.head, prefix)
		scored = append(scored, n)
	}
	// The best name of each career, best first; only those shown are read.
	sort.Slice(scored, func(i, j int) bool {
		a, c := scored[i], scored[j]
		if a.order != c.order {
			return a.order > c.order
		}
		if a.score != c.score {
			return a.score > c.score
		}
		if a.pos != c.pos {
			return a.pos < c.pos
		}
		return a.key < c.key
	})
	seen := map[int64]bool{}
	var out []Match
	var last *dbName // the last name read
	for _, n := range scored {
		if seen[n.id] {
			continue
		}
		if len(out) == limit && (n.order != last.order || n.score != last.score || n.pos != last.pos) {
			break // the rest rank below: only a tie, settled by size, could enter
		}
		seen[n.id] = true
		last = n
		c, ok := d.career(n.id)
		if !ok {
			continue
		}
		name := c.Name
		if n.pos > 0 && int(n.pos) <= c.Aliases.Len() {
			name = c.Aliases.At(int(n.pos) - 1)
		}
		out = insertMatch(out, Match{Career: c, Name: name, Score: n.score, Missing: len(toks) - n.hits, Head: n.head, pos: int(n.pos), order: n.order}, limit)
	}
	return out
}

// query runs a read through a statement prepared once per Base.
func (d *dbCareers) query(q string, args ...any) (*sql.Rows, error) {
	st, err := d.stmt(q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(context.Background(), args...)
}

// row runs a one-row read through a prepared statement.
func (d *dbCareers) row(q string, args ...any) *sql.Row {
	st, err := d.stmt(q)
	if err != nil {
		// A statement that cannot be prepared fails as its query would.
		return d.s.db.QueryRowContext(context.Background(), q, args...)
	}
	return st.QueryRowContext(context.Background(), args...)
}

func (d *dbCareers) stmt(q string) (*sql.Stmt, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if st, ok := d.stmts[q]; ok {
		return st, nil
	}
	st, err := d.s.db.PrepareContext(context.Background(), q)
	if err != nil {
		return nil, err
	}
	if d.stmts == nil {
		d.stmts = map[string]*sql.Stmt{}
	}
	d.stmts[q] = st
	return st, nil
}

// mergeMatches merges the embedded knowledge's matches with the
// database's: a career the database changed is its version, one match per
// career, best first, at most limit.
func (b *Base) mergeMatches(mem, db []Match, limit int, less func(a, c Match) bool) []Match {
	all := make([]Match, 0, len(mem)+len(db))
	for _, m := range mem {
		if b.db.shadowed[m.Career.Key] {
			m.Career = b.own(m.Career)
		}
		all = append(all, m)
	}
	all = append(all, db...)
	sort.SliceStable(all, func(i, j int) bool { return less(all[i], all[j]) })
	out := all[:0]
	seen := map[*Career]bool{}
	for _, m := range all {
		if seen[m.Career] || len(out) == limit {
			continue
		}
		seen[m.Career] = true
		out = append(out, m)
	}
	return out
}

// dbExact returns the database careers one of whose names is exactly the
// normalised words.
func (b *Base) dbExact(words []string) []Match {
	// Most stretches of a question hold some word no database name has:
	// they are told from the words' counts, kept in memory.
	for _, w := range words {
		if b.db.wordNames(w) == 0 {
			return nil
		}
	}
	rows, err := b.db.query("SELECT career_id, pos, name FROM name_keys WHERE key = ? ORDER BY career_id, pos", strings.Join(words, " "))
	if err != nil {
		b.db.fail(err)
		return nil
	}
	type hit struct {
		id, pos int64
		name    string
	}
	var hits []hit
	for rows.Next() {
		var h hit
		if rows.Scan(&h.id, &h.pos, &h.name) == nil {
			hits = append(hits, h)
		}
	}
	rows.Close()
	var out []Match
	for _, h := range hits {
		c, ok := b.db.career(h.id)
		if !ok {
			continue
		}
		score := 1.0
		if h.pos > 0 {
			score = 0.98
		}
		out = append(out, Match{Career: c, Name: h.name, Score: score, pos: int(h.pos)})
	}
	return out
}

// dbSearch ranks database careers for text as Search ranks embedded ones:
// by the share of the text's weight their names hold, the head noun, then
// size.
func (b *Base) dbSearch(text string, limit int) []Match {
	ms := b.dbLookup(text, limit, false)
	for i := range ms {
		m := &ms[i]
		cover := 1 - float64(m.Missing)/float64(max(1, len(dedupe(Tokens(text)))))
		if m.Score > cover {
			cover = m.Score
		}
		head := 0.0
		if m.Head {
			head = 1
		}
		m.Score = min(cover, 1)
		m.order = cover + cover/3 + 0.4*head + 0.01*math.Log10(1+m.Career.Size())
	}
	return ms
}

// dbRanked returns the database careers with the highest and the lowest
// values of f.
func (b *Base) dbRanked(f Field) []Ranked {
	d := b.db
	var out []Ranked
	seen := map[int64]bool{}
	for _, dir := range []string{"DESC", "ASC"} {
		ids := d.ids(`SELECT r.career_id FROM rank_values r JOIN careers c ON c.id = r.career_id
			WHERE r.field = ? AND c.embedded = 0 ORDER BY r.value `+dir+` LIMIT ?`, f, rankDepth)
		for _, id := range ids {
			if seen[id] {
				continue
			}
			seen[id] = true
			c, ok := d.career(id)
			if !ok {
				continue
			}
			d.pin(id, c)
			if fact, ok := c.Fact(f); ok {
				if v, ok := fact.Number(); ok {
					out = append(out, Ranked{Career: c, Fact: fact, Value: v})
				}
			}
		}
	}
	return out
}

// pin keeps a career read for a ranking for the Base's life (at most
// rankDepth careers at each end of each of RankedFields), so that the
// rankings it is on and a question's lookups share one *Career.
func (d *dbCareers) pin(id int64, c *Career) {
	d.mu.Lock()
	d.pinned[id] = c
	d.mu.Unlock()
}

// dbWithSkill returns the database careers that list the skill.
func (b *Base) dbWithSkill(key string) []SkillHolder {
	d := b.db
	ids := d.ids(`SELECT career_id FROM skill_keys WHERE key = ?
		ORDER BY list = 'skill_importance', share DESC, rank LIMIT ?`, key, skillDepth)
	var out []SkillHolder
	for _, id := range ids {
		c, ok := d.career(id)
		if !ok {
			continue
		}
		for _, kind := range skillKinds {
			l := c.Lists[kind]
			found := false
			for i, it := range l.Items {
				if Normalize(it.Name) == key {
					out = append(out, SkillHolder{Career: c, Skill: it, Kind: kind, Rank: i + 1, Source: l.Source})
					found = true
					break
				}
			}
			if found {
				break
			}
		}
	}
	return out
}

// dbSource reads a source the embedded knowledge lacks.
func (d *dbCareers) source(id string) (Source, bool) {
	d.mu.Lock()
	s, ok := d.sources[id]
	d.mu.Unlock()
	if ok {
		return s, s.ID != ""
	}
	err := d.row("SELECT id, kind, title, url FROM sources WHERE id = ?", id).Scan(&s.ID, &s.Kind, &s.Title, &s.URL)
	if err != nil {
		d.fail(err)
		s = Source{}
	}
	d.mu.Lock()
	if len(d.sources) >= careerCacheSize {
		clear(d.sources)
	}
	d.sources[id] = s // an empty one: the database has none
	d.mu.Unlock()
	return s, s.ID != ""
}

// pairs reads the facts the database's pages give about x and y together.
func (d *dbCareers) pairs(x, y string) []PairFact {
	rows, err := d.query(`SELECT a, b, field, value, source_id FROM pair_facts
		WHERE a = ?1 AND b = ?2 UNION ALL SELECT a, b, field, value, source_id FROM pair_facts WHERE a = ?2 AND b = ?1`, x, y)
	if err != nil {
		d.fail(err)
		return nil
	}
	defer rows.Close()
	var fwd, back []PairFact
	for rows.Next() {
		var pf PairFact
		if rows.Scan(&pf.A, &pf.B, &pf.Field, &pf.Value, &pf.Source) != nil {
			continue
		}
		if pf.A == x {
			fwd = append(fwd, pf)
		} else {
			back = append(back, pf)
		}
	}
	if fwd != nil {
		return fwd
	}
	return back
}

// partners reads the keys of the careers the database's pages compare key with.
func (d *dbCareers) partners(key string) []string {
	rows, err := d.query(
		"SELECT b FROM pair_facts WHERE a = ?1 UNION SELECT a FROM pair_facts WHERE b = ?1 ORDER BY 1", key)
	if err != nil {
		d.fail(err)
		return nil
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var k string
		if rows.Scan(&k) == nil {
			out = append(out, k)
		}
	}
	return out
}

// ids runs a query of career ids. A failure is kept in Err (see fail) and
// gives the ids read before it.
func (d *dbCareers) ids(query string, args ...any) []int64 {
	rows, err := d.s.db.QueryContext(context.Background(), query, args...)
	if err != nil {
		d.fail(err)
		return nil
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			d.fail(err)
			return ids
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		d.fail(err)
	}
	return ids
}

// firstByName reads the first n careers the embedded knowledge lacks, by name.
func (d *dbCareers) firstByName(n int) []*Career {
	ids := d.ids("SELECT id FROM careers WHERE embedded = 0 AND shadows = 0 ORDER BY name LIMIT ?", n)
	var out []*Career
	for _, id := range ids {
		if c, ok := d.career(id); ok {
			out = append(out, c)
		}
	}
	return out
}

// sourceCounts adds to count the careers each source gives the database's
// own careers.
func (d *dbCareers) sourceCounts(count map[string]int) {
	rows, err := d.s.db.QueryContext(context.Background(), `SELECT s.source_id, count(DISTINCT s.career_id) FROM career_sources s
		JOIN careers c ON c.id = s.career_id WHERE c.embedded = 0 GROUP BY s.source_id`)
	if err != nil {
		d.fail(err)
		return
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var n int
		if rows.Scan(&id, &n) == nil {
			count[id] += n
		}
	}
}
