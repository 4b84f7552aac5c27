package knowledge

import (
	"fmt"
	"github.com/careerbot/careerbot/knowledge/official"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
)

// Base is the knowledge the bot answers from: every career, its facts and
// their sources, indexed by name. It is immutable once built and safe for
// concurrent use.
type Base struct {
	careers  []*Career // by name
	byKey    map[string]*Career
	sources  map[string]Source
	pairs    map[[2]string][]PairFact
	partners map[string][]string // career key → keys of careers paired with it
	index    *nameIndex

	states *stateTable // OEWS state estimates, read on first use
	db     *dbCareers  // careers a database adds or changes, read on demand (lazy.go); nil for the embedded knowledge alone
	lists  *listTable  // the embedded lists of issue 12, read on first use (see List)

	mu     sync.Mutex
	ranked map[Field][]Ranked
	skills map[string][]SkillHolder
	// dbSkills: WithSkill's answers with a database's careers, by skill key.
	dbSkills map[string][]SkillHolder
	names    map[ListKind][]string // TechnologyNames, KnowledgeAreas

	all *official.Wages // all occupations together (OEWS 00-0000)
	// allProj is the projection of all occupations together (00-0000).
	allProj *official.Projection
}

// AllOccupations returns the national wages and employment of all
// occupations together, as OEWS publishes them (code 00-0000), cited as
// SourceOEWS; ok is false when the official statistics held none.
func (b *Base) AllOccupations() (w official.Wages, ok bool) {
	if b.all == nil {
		return official.Wages{}, false
	}
	return *b.all, true
}

// AllProjection returns the employment projection of all occupations
// together, as BLS publishes it (code 00-0000), cited as
// SourceProjections; ok is false when the official statistics held none.
func (b *Base) AllProjection() (p official.Projection, ok bool) {
	if b.allProj == nil {
		return official.Projection{}, false
	}
	return *b.allProj, true
}

// Careers returns every career, sorted by name. The slice is shared: do not
// modify it. From a database it reads every career the database adds: use
// CareerCount and CareersByName to answer without reading them all.
func (b *Base) Careers() []*Career {
	if b.db == nil {
		return b.careers
	}
	out := make([]*Career, 0, len(b.careers)+b.db.added)
	for _, c := range b.careers {
		out = append(out, b.own(c))
	}
	out = append(out, b.db.firstByName(b.db.added)...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// CareerCount returns how many careers the knowledge holds.
func (b *Base) CareerCount() int {
	if b.db == nil {
		return len(b.careers)
	}
	return len(b.careers) + b.db.added
}

// CareersByName returns the first n careers by name.
func (b *Base) CareersByName(n int) []*Career {
	n = max(0, min(n, b.CareerCount()))
	out := make([]*Career, 0, 2*n)
	for _, c := range b.careers[:min(n, len(b.careers))] {
		out = append(out, b.own(c))
	}
	if b.db != nil {
		out = append(out, b.db.firstByName(n)...)
		sort.SliceStable(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	}
	return out[:n]
}

// Career returns the career with the given key (see Normalize).
func (b *Base) Career(key string) (*Career, bool) {
	c, ok := b.byKey[key]
	if b.db == nil || ok && !b.db.shadowed[key] {
		return c, ok
	}
	return b.db.byKeyOf(key)
}

// Source returns the source with the given ID.
func (b *Base) Source(id string) (Source, bool) {
	s, ok := b.sources[id]
	if !ok && b.db != nil {
		return b.db.source(id)
	}
	return s, ok
}

// Lookup ranks the careers text may name, best first, at most limit.
func (b *Base) Lookup(text string, limit int) []Match {
	ms := b.index.lookup(text, limit, false)
	if b.db == nil {
		return ms
	}
	return b.mergeMatches(ms, b.dbLookup(text, limit, false), limit, better)
}

// Complete ranks careers for partly typed text (autocomplete): the last
// word may be unfinished.
func (b *Base) Complete(text string, limit int) []Match {
	if strings.TrimSpace(text) == "" {
		out := make([]Match, 0, limit)
		for _, c := range b.careers {
			if len(out) == limit {
				break
			}
			out = append(out, Match{Career: c, Name: c.Name, Score: 0})
		}
		return out
	}
	ms := b.index.lookup(text, limit, true)
	if b.db == nil {
		return ms
	}
	return b.mergeMatches(ms, b.dbLookup(text, limit, true), limit, better)
}

// Pair returns the facts a page gives about two careers together.
func (b *Base) Pair(x, y *Career) []PairFact {
	if b.db != nil && (b.fromDB(x) || b.fromDB(y)) {
		return b.db.pairs(x.Key, y.Key)
	}
	if out := b.pairs[[2]string{x.Key, y.Key}]; out != nil {
		return out
	}
	return b.pairs[[2]string{y.Key, x.Key}]
}

// fromDB reports whether c is the database's career rather than an
// embedded one.
func (b *Base) fromDB(c *Career) bool {
	e, ok := b.byKey[c.Key]
	return !ok || e != c
}

// Partners returns the careers a page compares c with.
func (b *Base) Partners(c *Career) []*Career {
	keys := b.partners[c.Key]
	if b.db != nil && b.fromDB(c) {
		keys = b.db.partners(c.Key)
	}
	var out []*Career
	for _, k := range keys {
		if p, ok := b.Career(k); ok {
			out = append(out, p)
		}
	}
	return out
}

// Ranked is one career's numeric value of a field.
type Ranked struct {
	Career *Career
	Fact   Fact
	Value  float64
}

// Ranked returns the careers that have a numeric value of f, highest
// first. It is computed once per field.
func (b *Base) Ranked(f Field) []Ranked {
	b.mu.Lock()
	defer b.mu.Unlock()
	if r, ok := b.ranked[f]; ok {
		return r
	}
	var out []Ranked
	for _, c := range b.careers {
		if b.db != nil && b.db.shadowed[c.Key] {
			continue // the database's version is in dbRanked
		}
		if fact, ok := c.Fact(f); ok {
			if v, ok := fact.Number(); ok {
				out = append(out, Ranked{Career: c, Fact: fact, Value: v})
			}
		}
	}
	if b.db != nil {
		// Held under b.mu: a ranking is read from the database once. Equal
		// values stay in name order, as the embedded careers are.
		out = append(out, b.dbRanked(f)...)
		sort.SliceStable(out, func(i, j int) bool { return out[i].Career.Name < out[j].Career.Name })
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Value > out[j].Value })
	if b.ranked == nil {
		b.ranked = map[Field][]Ranked{}
	}
	b.ranked[f] = out
	return out
}

// SkillHolder is a career that lists a skill.
type SkillHolder struct {
	Career *Career
	Skill  Item     // the skill as the career's source names it, with its share or score
	Kind   ListKind // the list it is on: shares of job ads, or O*NET importance
	Rank   int      // 1-based position in the career's list
	Source string
}

// WithSkill returns the careers whose skill lists name skill, ranked by
// share (or score), then by position in the list.
func (b *Base) WithSkill(skill string) []SkillHolder {
	key := Normalize(skill)
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.skills == nil {
		b.skills = map[string][]SkillHolder{}
		for _, c := range b.careers {
			if b.db != nil && b.db.shadowed[c.Key] {
				continue // the database's version is in dbWithSkill
			}
			seen := map[string]bool{}
			for _, kind := range []ListKind{ListSkills, ListTopSkills, ListSkillImportance} {
				l := c.Lists[kind]
				for i, it := range l.Items {
					k := Normalize(it.Name)
					if seen[k] {
						continue
					}
					seen[k] = true
					b.skills[k] = append(b.skills[k], SkillHolder{Career: c, Skill: it, Kind: kind, Rank: i + 1, Source: l.Source})
				}
			}
		}
		for _, hs := range b.skills {
			sortHolders(hs)
		}
	}
	if b.db == nil {
		return b.skills[key]
	}
	if hs, ok := b.dbSkills[key]; ok {
		return hs
	}
	hs := append(append([]SkillHolder(nil), b.skills[key]...), b.dbWithSkill(key)...)
	sort.SliceStable(hs, func(i, j int) bool { return hs[i].Career.Name < hs[j].Career.Name })
	sortHolders(hs)
	if b.dbSkills == nil {
		b.dbSkills = map[string][]SkillHolder{}
	}
	if len(b.dbSkills) > 1024 {
		clear(b.dbSkills)
	}
	b.dbSkills[key] = hs
	return hs
}

// sortHolders ranks the careers listing one skill. Shares of job ads
// (pages) and importance scores (O*NET) are different scales: pages first,
// each ranked on its own scale.
func sortHolders(hs []SkillHolder) {
	sort.SliceStable(hs, func(i, j int) bool {
		if oi, oj := hs[i].Kind == ListSkillImportance, hs[j].Kind == ListSkillImportance; oi != oj {
			return oj
		}
		si, _ := parseNumber(hs[i].Skill.Share)
		sj, _ := parseNumber(hs[j].Skill.Share)
		if si != sj {
			return si > sj
		}
		return hs[i].Rank < hs[j].Rank
	})
}

// Builder gathers careers from sources, merging a career seen on several
// pages into one, and builds a Base.
type Builder struct {
	careers map[string]*Career
	sources map[string]Source
	pairs   map[[2]string][]PairFact
	dirty   map[string]bool // careers changed since the builder was loaded
	states  *stateTable     // OEWS state estimates; nil when none
	lists   *listTable      // lists read on first use (embedded knowledge only)
	// statesDirty says states changed since the builder was loaded.
	statesDirty bool
	// seeded says the builder holds the embedded knowledge itself (a new
	// database being seeded): its careers need no index (dbindex.go).
	seeded bool
	// all are the wages of all occupations together, from the official
	// statistics added last.
	all *official.Wages
	// allProj is the projection of all occupations together.
	allProj *official.Projection
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder {
	return &Builder{careers: map[string]*Career{}, sources: map[string]Source{}, pairs: map[[2]string][]PairFact{}, dirty: map[string]bool{}}
}

// Build returns a Base of everything added so far. The builder must not be
// used afterwards.
func (bl *Builder) Build() *Base {
	b := &Base{byKey: bl.careers, sources: bl.sources, pairs: bl.pairs, states: bl.states, lists: bl.lists, all: bl.all, allProj: bl.allProj}
	for _, c := range bl.careers {
		b.careers = append(b.careers, c)
	}
	sort.Slice(b.careers, func(i, j int) bool { return b.careers[i].Name < b.careers[j].Name })
	facts := newFactBlocks(b.careers)
	for _, c := range b.careers {
		c.size, c.sized = c.computeSize(), true
		c.facts.pack(facts)
		// Most careers cite one of a few lists of sources: one copy of
		// each (appending to it copies).
		c.Sources = facts.sources(c.Sources)
	}
	b.index = buildIndex(b.careers)
	if bl.lists != nil {
		b.index.lazyTasks = bl.lists.tasks
	}
	b.partners = map[string][]string{}
	for k := range bl.pairs {
		b.partners[k[0]] = append(b.partners[k[0]], k[1])
		b.partners[k[1]] = append(b.partners[k[1]], k[0])
	}
	for _, ps := range b.partners {
		sort.Strings(ps)
	}
	return b
}

// Report is what an import did.
type Report struct {
	Pages     []PageReport
	Added     []string // careers new to the knowledge base
	Updated   []string // careers that gained or changed figures
	Conflicts []Conflict
}

// PageReport is what one page gave.
type PageReport struct {
	File       string
	Careers    [2]string
	Fields     [2]int // figures found per career
	Ambiguous  []AmbiguousCell
	Truncation *Truncation
	Err        error
}

// Conflict is a figure a page gives differently from what is stored.
type Conflict struct {
	Career   string
	What     string // field or list name
	Stored   string
	Incoming string
	Source   string // the incoming page
	Replaced bool   // the incoming value was kept (--replace)
}

func (c Conflict) String() string {
	verb := "kept"
	if c.Replaced {
		verb = "replaced by"
	}
	stored, incoming := clipPair(c.Stored, c.Incoming, 60)
	if c.Replaced {
		return fmt.Sprintf("%s %s: %q %s %q from %s", c.Career, c.What, stored, verb, incoming, c.Source)
	}
	return fmt.Sprintf("%s %s: %s %q, %s says %q", c.Career, c.What, verb, stored, c.Source, incoming)
}

// clipPair shortens two values to about n characters each, keeping in
// view where they first differ: two long values clipped from their start
// would often look the same.
func clipPair(a, b string, n int) (string, string) {
	ra, rb := []rune(a), []rune(b)
	diff := 0
	for diff < len(ra) && diff < len(rb) && ra[diff] == rb[diff] {
		diff++
	}
	start := 0
	if diff > n-20 {
		start = diff - 20 // a little shared context before the difference
	}
	cut := func(r []rune) string {
		s := ""
		if start > 0 {
			s = "…"
		}
		if start > len(r) {
			return s
		}
		return s + clip(string(r[start:]), n)
	}
	return cut(ra), cut(rb)
}

var reSlug = regexp.MustCompile(`[^a-z0-9]+`)

// pageSource identifies a page by the careers it compares, so the same page
// under another file name is the same source.
func pageSource(p *Page) Source {
	title := p.Sides[0].Name + " vs " + p.Sides[1].Name
	slug := strings.Trim(reSlug.ReplaceAllString(strings.ToLower(title), "-"), "-")
	return Source{ID: "page:" + slug, Kind: SourcePage, Title: title}
}

// AddPages merges parsed pages. Identical values merge silently; a value
// that differs from the stored one is reported as a conflict and the stored
// value is kept unless replace is set. Ambiguous cells are settled by the
// same career's figures from other pages where exactly one cut agrees.
func (bl *Builder) AddPages(pages []*Page, replace bool) *Report {
	r := &Report{}
	added, updated := map[string]bool{}, map[string]bool{}
	for _, p := range pages {
		src := pageSource(p)
		bl.sources[src.ID] = src
		r.Conflicts = append(r.Conflicts, p.Conflicts()...)
		pr := PageReport{File: p.Name, Careers: [2]string{p.Sides[0].Name, p.Sides[1].Name}, Truncation: p.Truncation}
		var cs [2]*Career
		for side := range 2 {
			c, isNew := bl.career(p.Sides[side].Name)
			cs[side] = c
			if isNew {
				added[c.Key] = true
			}
			if c.addSource(src.ID) {
				bl.dirty[c.Key] = true
			}
			facts := p.Facts(side)
			pr.Fields[side] = len(facts)
			for _, f := range facts {
				f.Source = src.ID
				if bl.mergeFact(c, f, replace, r) {
					updated[c.Key] = true
				}
			}
			sd := p.Sides[side]
			lists := []List{
				{Kind: ListTopSkills, Items: names(sd.TopSkills)},
				{Kind: ListSkills, Items: sd.Skills},
				{Kind: ListResponsibilities, Items: names(sd.Responsibilities)},
			}
			for _, l := range lists {
				l.Source = src.ID
				if bl.mergeList(c, l, replace, r) {
					updated[c.Key] = true
				}
			}
		}
		if p.YearsToBecomeBoth != "" {
			bl.addPair(PairFact{A: cs[0].Key, B: cs[1].Key, Field: FieldYearsToBecome, Value: p.YearsToBecomeBoth, Source: src.ID})
		}
		r.Pages = append(r.Pages, pr)
	}
	// Second pass: other pages may now fix cuts this page left open.
	for pi, p := range pages {
		src := pageSource(p)
		for ai := range p.Ambiguous {
			a := &p.Ambiguous[ai]
			if a.Resolved == nil {
				if cells, ok := bl.settleByCareers(p, a); ok {
					p.settle(a, cells, "same career on another page")
					for side := range 2 {
						c := bl.careers[Normalize(p.Sides[side].Name)]
						if cells[side] != "-" && bl.mergeFact(c, Fact{Field: labelFields[a.Label], Value: cells[side], Source: src.ID}, replace, r) {
							updated[c.Key] = true
						}
					}
				}
			}
			r.Pages[pi].Ambiguous = append(r.Pages[pi].Ambiguous, *a)
		}
	}
	for k := range added {
		r.Added = append(r.Added, bl.careers[k].Name)
		delete(updated, k)
	}
	for k := range updated {
		r.Updated = append(r.Updated, bl.careers[k].Name)
	}
	sort.Strings(r.Added)
	sort.Strings(r.Updated)
	return r
}

// settleByCareers picks the one candidate cut that agrees with what other
// pages say about the two careers.
func (bl *Builder) settleByCareers(p *Page, a *AmbiguousCell) ([2]string, bool) {
	field := labelFields[a.Label]
	var fits [][2]string
	known := false
	for _, cand := range a.Candidates {
		ok := true
		for side := range 2 {
			c := bl.careers[Normalize(p.Sides[side].Name)]
			if f, has := c.Fact(field); has {
				known = true
				if f.Value != cand[side] {
					ok = false
				}
			}
		}
		if ok {
			fits = append(fits, cand)
		}
	}
	if known && len(fits) == 1 {
		return fits[0], true
	}
	return [2]string{}, false
}

func names(ss []string) []Item {
	out := make([]Item, 0, len(ss))
	for _, s := range ss {
		out = append(out, Item{Name: s})
	}
	return out
}

// career returns the career called name, creating it if new.
func (bl *Builder) career(name string) (*Career, bool) {
	key := Normalize(name)
	if c, ok := bl.careers[key]; ok {
		return c, false
	}
	c := newCareer(name)
	bl.careers[key] = c
	bl.dirty[key] = true
	return c, true
}

// mergeFact adds f to c and reports whether c changed.
func (bl *Builder) mergeFact(c *Career, f Fact, replace bool, r *Report) bool {
	old, ok := c.Fact(f.Field)
	if ok && old.Value == f.Value {
		return false
	}
	if ok {
		r.Conflicts = append(r.Conflicts, Conflict{Career: c.Name, What: string(f.Field), Stored: old.Value, Incoming: f.Value, Source: f.Source, Replaced: replace})
		if !replace {
			return false
		}
	}
	c.setFact(f)
	bl.dirty[c.Key] = true
	return true
}

// mergeList sets a list of c and reports whether c changed. An empty
// incoming list never replaces a stored one.
func (bl *Builder) mergeList(c *Career, l List, replace bool, r *Report) bool {
	if len(l.Items) == 0 {
		return false
	}
	old, ok := c.Lists[l.Kind]
	if ok && slices.Equal(old.Items, l.Items) {
		return false
	}
	if ok {
		r.Conflicts = append(r.Conflicts, Conflict{Career: c.Name, What: string(l.Kind), Stored: joinItems(old.Items), Incoming: joinItems(l.Items), Source: l.Source, Replaced: replace})
		if !replace {
			return false
		}
	}
	c.Lists[l.Kind] = l
	bl.dirty[c.Key] = true
	return true
}

func joinItems(items []Item) string {
	var parts []string
	for _, it := range items {
		if it.Share != "" {
			parts = append(parts, it.Name+" "+it.Share)
		} else {
			parts = append(parts, it.Name)
		}
	}
	return strings.Join(parts, "; ")
}

func (bl *Builder) addPair(pf PairFact) {
	k := [2]string{pf.A, pf.B}
	for _, old := range bl.pairs[k] {
		if old.Field == pf.Field && old.Value == pf.Value {
			return
		}
	}
	bl.pairs[k] = append(bl.pairs[k], pf)
	bl.dirty[pf.A] = true
}
