package knowledge

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/careerbot/careerbot/knowledge/official"
)

// The lists official occupations gain from the O*NET tables of issue 12.
const (
	// ListTasks: task statements, core first; Share is "Core",
	// "Supplemental" or "".
	ListTasks ListKind = "tasks"
	// ListTechnology: technology examples, hot first; Share holds the flags
	// as words, "Hot Technology, In Demand", "Hot Technology", "In Demand"
	// or "".
	ListTechnology ListKind = "technology"
	// ListRelated: related occupations in O*NET's order; Name is the
	// related occupation's O*NET-SOC code, Share its relatedness tier.
	ListRelated ListKind = "related"
	// ListInterests: the RIASEC interest scores (1-7) in RIASEC's order;
	// Name is the area ("Social"), Share the score ("5.62").
	ListInterests ListKind = "interests"
	// ListKnowledge: knowledge areas, most important first; Share is the
	// importance (1-5).
	ListKnowledge ListKind = "knowledge"
	// ListEducation: the required education of workers, by level in
	// O*NET's order; Name is the level ("Master's Degree"), Share the
	// percent of respondents ("65.22%").
	ListEducation ListKind = "education"
)

// FieldInterestCode is an occupation's RIASEC high points, e.g.
// "Social, Investigative, Conventional".
const FieldInterestCode Field = "interest_code"

// Sources of the added tables; each cites its own release.
const (
	SourceONETTasks      = "official:onet-tasks"
	SourceONETTechnology = "official:onet-technology"
	SourceONETRelated    = "official:onet-related"
	SourceONETInterests  = "official:onet-interests"
	SourceONETKnowledge  = "official:onet-knowledge"
	SourceONETEducation  = "official:onet-education"
	SourceOEWSState      = "official:oews-state"

	// Tables read with Occupation Data, when they come from another
	// release than it (without one of its own a table is SourceONET's).
	SourceONETSkills         = "official:onet-skills"
	SourceONETJobZones       = "official:onet-job-zones"
	SourceONETReportedTitles = "official:onet-reported-titles"
)

// moreSources are the added sources: the Dataset.Release key each cites and
// the file it is, as answers name it.
var moreSources = []struct{ id, release, file string }{
	{SourceONETTasks, "onet-tasks", "Task Statements"},
	{SourceONETTechnology, "onet-technology", "Technology Skills"},
	{SourceONETRelated, "onet-related", "Related Occupations"},
	{SourceONETInterests, "onet-interests", "Interests"},
	{SourceONETKnowledge, "onet-knowledge", "Knowledge"},
	{SourceONETEducation, "onet-education", "Education, Training, and Experience"},
	{SourceOEWSState, "oews-state", "state estimates"},
	{SourceONETReportedTitles, "onet-reported-titles", "Sample of Reported Titles"},
	{SourceONETSkills, "onet-skills", "Skills"},
	{SourceONETJobZones, "onet-job-zones", "Job Zones"},
}

// OfficialSourceIDs are the sources of official statistics a knowledge
// base may have: BLS's, then O*NET's (its main one, then moreSources').
var OfficialSourceIDs = func() []string {
	ids := []string{SourceOEWS, SourceOEWSState, SourceProjections, SourceONET}
	for _, s := range moreSources {
		if !slices.Contains(ids, s.id) {
			ids = append(ids, s.id)
		}
	}
	return ids
}()

// BLSNotice names whose the BLS figures are: they are in the public
// domain, and named as a courtesy.
const BLSNotice = "BLS data (OEWS May 2024 national and state estimates, Employment Projections 2024-34) is in the public domain: U.S. Bureau of Labor Statistics."

// ONETAttributionFor is the CC BY 4.0 notice for one O*NET release, e.g.
// "O*NET 29.3".
func ONETAttributionFor(release string) string {
	return "Includes information from the " + release + " Database by the U.S. Department of Labor, " +
		"Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 licence; modified."
}

// addOfficialSources registers the sources of the added tables a dataset has.
func (bl *Builder) addOfficialSources(ds *official.Dataset) {
	for _, s := range moreSources {
		release := ds.Release[s.release]
		if release == "" {
			continue
		}
		url := "https://www.onetcenter.org/database.html"
		if s.id == SourceOEWSState {
			url = "https://www.bls.gov/oes/tables.htm"
		}
		bl.sources[s.id] = Source{ID: s.id, Kind: SourceOfficial, Title: release + " " + s.file, URL: url}
	}
}

// addOfficialMore gives an official career its interests and the lists of
// the added tables it has.
func addOfficialMore(c *Career, o *official.Occupation, keep *careerBlocks) {
	if in := o.Interests; in != nil {
		items := keep.items(len(in.Scores))
		for i, score := range in.Scores {
			if score != "" {
				items = append(items, Item{Name: official.RIASEC[i], Share: keep.shared(score)})
			}
		}
		if len(items) > 0 {
			c.Lists[ListInterests] = List{Kind: ListInterests, Items: items, Source: SourceONETInterests}
			c.addSource(SourceONETInterests)
		}
		var high []string
		for _, hp := range in.HighPoints {
			if hp >= 1 && hp <= 6 {
				high = append(high, official.RIASEC[hp-1])
			}
		}
		if len(high) > 0 {
			c.setFact(Fact{Field: FieldInterestCode, Value: strings.Join(high, ", "), Source: SourceONETInterests})
		}
	}
	for kind, l := range listsOf(o) {
		c.Lists[kind] = l
		c.addSource(l.Source)
	}
}

// lazyKinds are the lists the embedded bundle carries in its second part,
// read on first use (see Base.List).
var lazyKinds = []ListKind{ListTasks, ListTechnology, ListRelated, ListKnowledge, ListEducation}

// listsOf turns an occupation's tasks, technology, related occupations,
// knowledge areas and education shares into career lists.
func listsOf(o *official.Occupation) map[ListKind]List {
	out := map[ListKind]List{}
	put := func(kind ListKind, src string, items []Item) {
		if len(items) > 0 {
			out[kind] = List{Kind: kind, Items: items, Source: src}
		}
	}
	var items []Item
	for _, t := range o.Tasks {
		items = append(items, Item{Name: t.Text, Share: t.Type})
	}
	put(ListTasks, SourceONETTasks, items)
	items = nil
	for _, t := range o.Technology {
		items = append(items, Item{Name: t.Name, Share: techFlags(t.Hot, t.InDemand)})
	}
	put(ListTechnology, SourceONETTechnology, items)
	items = nil
	for _, r := range o.Related {
		items = append(items, Item{Name: r.Code, Share: r.Tier})
	}
	put(ListRelated, SourceONETRelated, items)
	items = nil
	for _, k := range o.Knowledge {
		items = append(items, Item{Name: k.Name, Share: k.Importance})
	}
	put(ListKnowledge, SourceONETKnowledge, items)
	items = nil
	for _, e := range o.Education {
		items = append(items, Item{Name: e.Level, Share: e.Percent + "%"})
	}
	put(ListEducation, SourceONETEducation, items)
	return out
}

// listTable holds the lists of lazyKinds for the embedded knowledge, read
// from the bundle's second part when first asked for. Careers loaded from
// a database or an import have them in Career.Lists instead.
type listTable struct {
	once sync.Once
	load func() ([]official.Occupation, error)
	// loadTasks reads only the task statements, by career key.
	loadTasks func() (map[string][]string, error)
	lists     map[string]map[ListKind]List // by career key
	err       error
}

func (t *listTable) get() (map[string]map[ListKind]List, error) {
	if t == nil {
		return nil, nil
	}
	t.once.Do(func() {
		occs, err := t.load()
		t.load = nil
		if err != nil {
			t.err = err
			return
		}
		t.lists = make(map[string]map[ListKind]List, len(occs))
		for i := range occs {
			t.lists[officialKeyPrefix+occs[i].Code] = listsOf(&occs[i])
		}
	})
	return t.lists, t.err
}

// tasks returns every occupation's task statements by career key, read
// for the caller alone: the search index needs their words once, and
// reading the lists to keep them would keep every other list with them.
func (t *listTable) tasks() map[string][]string {
	if t == nil || t.loadTasks == nil {
		return nil
	}
	tasks, err := t.loadTasks()
	if err != nil {
		return nil // List says so when the lists are asked for
	}
	return tasks
}

// List returns one list of a career. Use it rather than Career.Lists for
// the lists of issue 12 (tasks, technology, related occupations, knowledge
// areas, education shares): the embedded knowledge reads those on first
// use.
func (b *Base) List(c *Career, kind ListKind) (List, bool) {
	if l, ok := c.Lists[kind]; ok {
		return l, true
	}
	if b.lists == nil || !slices.Contains(lazyKinds, kind) || !c.Official() {
		return List{}, false
	}
	lists, err := b.lists.get()
	if err != nil {
		return List{}, false
	}
	l, ok := lists[c.Key][kind]
	return l, ok
}

// SourceCounts counts the careers each source contributes to, the lists
// read on first use included.
func (b *Base) SourceCounts() map[string]int {
	count := map[string]int{}
	for _, c := range b.careers {
		if b.db != nil && b.db.shadowed[c.Key] {
			continue // counted with the database's careers
		}
		seen := map[string]bool{}
		for _, s := range c.Sources {
			seen[s] = true
		}
		for _, kind := range lazyKinds {
			if l, ok := b.List(c, kind); ok {
				seen[l.Source] = true
			}
		}
		for s := range seen {
			count[s]++
		}
	}
	if b.db != nil {
		b.db.sourceCounts(count)
	}
	return count
}

// FlagHot is the flag of a technology item (in Item.Share) O*NET marks a
// Hot Technology; "In Demand" alone is another flag, not counted as hot.
const FlagHot = "Hot Technology"

// The technology flags as ListTechnology's Share writes them.
const (
	flagHot      = FlagHot
	flagInDemand = "In Demand"
)

func techFlags(hot, inDemand bool) string {
	switch {
	case hot && inDemand:
		return flagHot + ", " + flagInDemand
	case hot:
		return flagHot
	case inDemand:
		return flagInDemand
	}
	return ""
}

// stateTable holds the OEWS state estimates, read when first needed: they
// are most of the embedded bundle and most questions never touch them.
type stateTable struct {
	once sync.Once
	load func() ([]official.StateWage, error)
	rows []official.StateWage // by code, then area
	err  error
}

func loadedStates(rows []official.StateWage) *stateTable {
	t := &stateTable{rows: rows}
	t.once.Do(func() {})
	return t
}

func (t *stateTable) get() ([]official.StateWage, error) {
	if t == nil {
		return nil, nil
	}
	t.once.Do(func() {
		t.rows, t.err = t.load()
		t.load = nil
	})
	return t.rows, t.err
}

// StateWage is one occupation's OEWS estimates in one state. Figures are
// as BLS prints them; "" means BLS published none ("not published": the
// copy of the state file cannot tell a suppressed figure from one above
// the top figure, so neither is guessed).
type StateWage struct {
	State  State
	Career *Career

	Employment, HourlyMean, HourlyMedian, AnnualMean, AnnualMedian string
	Annual10, Annual25, Annual75, Annual90                         string

	// Value is the figure a ranking ordered by (StatesRanked); 0 elsewhere.
	Value float64

	// FromCode is the OEWS code the figures are for; Note says so when they
	// are not the career's own ("wages and employment of 29-1141
	// (Registered Nurses)").
	FromCode, Note string
	Source         string // SourceOEWSState
}

// socOf is the SOC code an official career's wages are published under.
func socOf(c *Career) (string, bool) {
	f, ok := c.Fact(FieldONETCode)
	if !ok || len(f.Value) < 7 {
		return "", false
	}
	return f.Value[:7], true
}

// stateRows returns the state rows of a career and the OEWS code they are for.
func (b *Base) stateRows(c *Career) ([]official.StateWage, string) {
	soc, ok := socOf(c)
	if !ok {
		return nil, ""
	}
	rows, err := b.states.get()
	if err != nil || len(rows) == 0 {
		return nil, ""
	}
	ds := official.Dataset{StateWages: rows}
	return ds.StateWagesFor(soc, wagesCode(c))
}

// wagesCode is the OEWS code a career's national wages are of when they
// are not its own ("25-2052" in "wages and employment of 25-2052 (…)"),
// else "".
func wagesCode(c *Career) string {
	f, ok := c.Fact(FieldWageNote)
	if !ok {
		return ""
	}
	_, rest, ok := strings.Cut(f.Value, " of ")
	if code, _, ok2 := strings.Cut(rest, " ("); ok && ok2 && len(code) == 7 {
		return code
	}
	return ""
}

func (b *Base) stateWage(c *Career, w *official.StateWage, from string) StateWage {
	st, ok := stateByFIPS(w.Area)
	if !ok {
		st = State{Name: w.AreaTitle, FIPS: w.Area, Territory: w.Territory}
	}
	out := StateWage{State: st, Career: c, Employment: w.Employment,
		HourlyMean: w.HourlyMean, HourlyMedian: w.HourlyMedian, AnnualMean: w.AnnualMean, AnnualMedian: w.AnnualMedian,
		Annual10: w.Annual10, Annual25: w.Annual25, Annual75: w.Annual75, Annual90: w.Annual90,
		FromCode: from, Source: SourceOEWSState}
	if code, _ := c.Fact(FieldONETCode); from != code.Value[:7] || !strings.HasSuffix(code.Value, ".00") {
		out.Note = borrowedNote + from
		// The national note names the row's title when it is the same row:
		// "wages and employment of 29-1141 (Registered Nurses)".
		if n, ok := c.Fact(FieldWageNote); ok && strings.HasPrefix(n.Value, out.Note+" (") {
			out.Note = n.Value
		}
	}
	return out
}

// StateWages returns an official career's estimates in one state. ok is
// false when BLS has no row for it there (not published in that state) or
// the career has no state estimates at all; a row may still lack single
// figures ("").
func (b *Base) StateWages(c *Career, st State) (StateWage, bool) {
	rows, from := b.stateRows(c)
	for i := range rows {
		if rows[i].Area == st.FIPS {
			return b.stateWage(c, &rows[i], from), true
		}
	}
	return StateWage{}, false
}

// HasStates reports whether the knowledge holds any state estimates (a
// database imported before issue 12 holds none).
func (b *Base) HasStates() bool {
	rows, err := b.states.get()
	return err == nil && len(rows) > 0
}

// HasStateWages reports whether a career has state estimates anywhere.
func (b *Base) HasStateWages(c *Career) bool {
	rows, _ := b.stateRows(c)
	return len(rows) > 0
}

// StatesRanked returns a career's state estimates ordered by a figure,
// highest first: FieldMedianAnnual (the default), FieldMeanAnnual or
// FieldEmployment. States without that figure are left out.
func (b *Base) StatesRanked(c *Career, field Field) []StateWage {
	rows, from := b.stateRows(c)
	var out []meanRanked
	for i := range rows {
		w := &rows[i]
		v := w.AnnualMedianValue
		switch field {
		case FieldMeanAnnual:
			v = w.AnnualMeanValue
		case FieldEmployment:
			v = w.EmploymentValue
		}
		if v <= 0 {
			continue
		}
		sw := b.stateWage(c, w, from)
		sw.Value = v
		out = append(out, meanRanked{sw, w.AnnualMeanValue})
	}
	return byValue(out, func(w StateWage) string { return w.State.Name })
}

// meanRanked is a row of a ranking with its mean as a number.
type meanRanked struct {
	StateWage
	mean float64
}

// byValue orders a ranking highest Value first. Rows tied at the top
// figure ("$239,200 or more") are told apart by their mean, which BLS
// publishes above it, then by name.
func byValue(rs []meanRanked, name func(StateWage) string) []StateWage {
	slices.SortStableFunc(rs, func(x, y meanRanked) int {
		return cmp.Or(cmp.Compare(y.Value, x.Value), cmp.Compare(y.mean, x.mean), strings.Compare(name(x.StateWage), name(y.StateWage)))
	})
	out := make([]StateWage, len(rs))
	for i, r := range rs {
		out[i] = r.StateWage
	}
	return out
}

// TopCoded reports whether the state's median is BLS's top figure, a wage
// at or above it ("$239,200 or more").
func (w StateWage) TopCoded() bool { return strings.HasSuffix(w.AnnualMedian, topCodeSuffix) }

// StateFigure is the figure of the state estimates RankedInState orders
// careers by.
type StateFigure int

const (
	StateMedian     StateFigure = iota // yearly median wage
	StateMean                          // yearly mean wage
	StateEmployment                    // employment
)

// RankedInState returns the careers' figures by in one state, highest
// first, each with Value. Careers with no such figure published there are
// left out, and so are specialties whose state figures are their group's,
// which would repeat them.
func (b *Base) RankedInState(cs []*Career, st State, by StateFigure) []StateWage {
	var out []meanRanked
	for _, c := range cs {
		rows, from := b.stateRows(c)
		for i := range rows {
			if rows[i].Area != st.FIPS {
				continue
			}
			v := rows[i].AnnualMedianValue
			switch by {
			case StateMean:
				v = rows[i].AnnualMeanValue
			case StateEmployment:
				v = rows[i].EmploymentValue
			}
			// A row of several careers (a BLS group) is ranked once for
			// each career given: callers give one of them (see bot's
			// rankings, which name the group).
			if sw := b.stateWage(c, &rows[i], from); v > 0 {
				sw.Value = v
				out = append(out, meanRanked{sw, rows[i].AnnualMeanValue})
			}
			break
		}
	}
	return byValue(out, func(w StateWage) string { return w.Career.Name })
}

// Related returns the occupations O*NET lists as related to c, closest
// first; none for a page career.
func (b *Base) Related(c *Career) []*Career {
	var out []*Career
	l, _ := b.List(c, ListRelated)
	for _, it := range l.Items {
		if r, ok := b.byKey[officialKeyPrefix+it.Name]; ok {
			out = append(out, r)
		}
	}
	return out
}

// Holder is a career ranked by one rating or flag of an official list:
// WithTechnology, ByKnowledge and ByInterest return them.
type Holder struct {
	Career *Career
	Item   Item    // the entry as the career's list has it ("Microsoft Excel", "Hot Technology")
	Value  float64 // the score ranked by: importance, interest score; employment for technology
	Source string
	// Spread is, for ByWork, how much of all the career's texts hold the
	// words (rare words weighing most): how much its work is about them.
	Spread float64
}

// TechnologyNames returns every technology example the official careers
// name, for recognising them in questions.
func (b *Base) TechnologyNames() []string {
	return b.itemNames(ListTechnology)
}

// KnowledgeAreas returns the O*NET knowledge areas ("Mathematics").
func (b *Base) KnowledgeAreas() []string {
	return b.itemNames(ListKnowledge)
}

func (b *Base) itemNames(kind ListKind) []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.names == nil {
		b.names = map[ListKind][]string{}
	}
	if names, ok := b.names[kind]; ok {
		return names
	}
	seen := map[string]bool{}
	var names []string
	for _, c := range b.careers {
		l, _ := b.List(c, kind)
		for _, it := range l.Items {
			if !seen[it.Name] {
				seen[it.Name] = true
				names = append(names, it.Name)
			}
		}
	}
	slices.Sort(names)
	b.names[kind] = names
	return names
}

// WithTechnology returns the careers whose technology examples name name:
// the example itself ("Microsoft Excel") or, when none is called exactly
// that, every example it is a whole word of ("excel", "python"). Careers
// where it is a Hot Technology and In Demand come first, then hot, then in
// demand, then the rest, each by national employment, largest first.
func (b *Base) WithTechnology(name string) []Holder {
	key := techKey(name)
	if key == "" {
		return nil
	}
	var exact, word []Holder
	for _, c := range b.careers {
		l, ok := b.List(c, ListTechnology)
		if !ok {
			continue
		}
		var best *Item
		isExact := false
		for i := range l.Items {
			it := &l.Items[i]
			k := techKey(it.Name)
			if k == key {
				best, isExact = it, true
				break
			}
			if best == nil && containsWords(k, key) {
				best = it
			}
		}
		switch {
		case isExact:
			exact = append(exact, Holder{Career: c, Item: *best, Value: c.Size(), Source: l.Source})
		case best != nil:
			word = append(word, Holder{Career: c, Item: *best, Value: c.Size(), Source: l.Source})
		}
	}
	out := exact
	if len(out) == 0 {
		out = word
	}
	rank := func(h Holder) int {
		switch h.Item.Share {
		case techFlags(true, true):
			return 0
		case flagHot:
			return 1
		case flagInDemand:
			return 2
		}
		return 3
	}
	slices.SortStableFunc(out, func(x, y Holder) int {
		return cmp.Or(cmp.Compare(rank(x), rank(y)), cmp.Compare(y.Value, x.Value), strings.Compare(x.Career.Name, y.Career.Name))
	})
	return out
}

// techKey is a technology name's key: lower case, words split at spaces
// and punctuation, except the marks that tell products apart ("C++", "C#",
// "Node.js"). Normalize would expand and singularise words, which product
// names do not bear ("C++" and "C" would be one).
func techKey(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '+' || r == '#' || r == '.')
	}), " ")
}

// containsWords reports whether the normalised text has the normalised
// words in it, whole words only ("microsoft excel" has "excel", "excellent
// software" has not).
func containsWords(text, words string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], words)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(words)
		if (start == 0 || text[start-1] == ' ') && (end == len(text) || text[end] == ' ') {
			return true
		}
		i = start + 1
	}
}

// ByKnowledge returns the careers that rate a knowledge area, by its
// importance (1-5), highest first, then by employment. area is matched
// to O*NET's names case aside and by whole words ("biology", "law" finds
// "Law and Government"); ok is false when it names no area.
func (b *Base) ByKnowledge(area string) ([]Holder, bool) {
	name, ok := b.knowledgeArea(area)
	if !ok {
		return nil, false
	}
	return b.rating(ListKnowledge, name), true
}

// knowledgeArea finds the O*NET knowledge area text names: exactly, else
// the one area it is a whole word of ("biology" in "Biology", "law" in
// "Law and Government").
func (b *Base) knowledgeArea(text string) (string, bool) {
	key := Normalize(text)
	if key == "" {
		return "", false
	}
	var found []string
	for _, a := range b.KnowledgeAreas() {
		k := Normalize(a)
		if k == key {
			return a, true
		}
		if containsWords(k, key) {
			found = append(found, a)
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	return "", false
}

// InterestArea returns the RIASEC area a code or name stands for: "S",
// "social", "Social" → "Social".
func InterestArea(code string) (string, bool) {
	c := strings.TrimSpace(code)
	for _, a := range official.RIASEC {
		if strings.EqualFold(c, a) || strings.EqualFold(c, a[:1]) {
			return a, true
		}
	}
	return "", false
}

// ByInterest returns the careers with a score for a RIASEC area ("Social"
// or "S"), highest score first, then by employment; ok is false for a code
// that is no RIASEC area.
func (b *Base) ByInterest(code string) ([]Holder, bool) {
	area, ok := InterestArea(code)
	if !ok {
		return nil, false
	}
	return b.rating(ListInterests, area), true
}

// rating returns the careers whose list of kind rates name, by the rating
// (the item's Share), highest first, then by employment.
func (b *Base) rating(kind ListKind, name string) []Holder {
	var out []Holder
	for _, c := range b.careers {
		l, _ := b.List(c, kind)
		for _, it := range l.Items {
			if it.Name == name {
				v, _ := parseNumber(it.Share)
				out = append(out, Holder{Career: c, Item: it, Value: v, Source: l.Source})
				break
			}
		}
	}
	slices.SortStableFunc(out, func(x, y Holder) int {
		return cmp.Or(cmp.Compare(y.Value, x.Value), cmp.Compare(y.Career.Size(), x.Career.Size()))
	})
	return out
}

// EducationShare is the share of an occupation's workers whose job
// requires one level of education.
type EducationShare struct {
	Level   string  // "Master's Degree"
	Percent string  // "65.22%"
	Value   float64 // 65.22
}

// EducationShares returns a career's required-education shares in O*NET's
// order of levels; none for a career without them.
func (b *Base) EducationShares(c *Career) []EducationShare {
	var out []EducationShare
	l, _ := b.List(c, ListEducation)
	for _, it := range l.Items {
		v, _ := strconv.ParseFloat(strings.TrimSuffix(it.Share, "%"), 64)
		out = append(out, EducationShare{Level: it.Name, Percent: it.Share, Value: v})
	}
	return out
}

// onetMainFiles are the O*NET tables behind SourceONET, each with the
// source it has when it comes from a release of its own.
var onetMainFiles = []struct{ file, own string }{
	{"Occupation Data", ""}, {"Alternate Titles", ""}, {"Sample of Reported Titles", SourceONETReportedTitles},
	{"Skills", SourceONETSkills}, {"Job Zones", SourceONETJobZones},
}

// mainSource returns the source of a table read with Occupation Data:
// own when sources has it, or SourceONET.
func mainSource(sources map[string]Source, own string) string {
	if _, ok := sources[own]; ok {
		return own
	}
	return SourceONET
}

// ONETAttributions returns the CC BY 4.0 notice of each O*NET release the
// knowledge uses, with the tables taken from it, newest release first:
// "Includes information from the O*NET 29.3 Database … (Technology Skills,
// Related Occupations, …)".
func (b *Base) ONETAttributions() []string {
	files := map[string][]string{}
	var releases []string
	add := func(release, file string) {
		if _, ok := files[release]; !ok {
			releases = append(releases, release)
		}
		files[release] = append(files[release], file)
	}
	if s, ok := b.sources[SourceONET]; ok && strings.HasPrefix(s.Title, "O*NET") {
		var main []string
		for _, f := range onetMainFiles {
			if f.own == "" || mainSource(b.sources, f.own) == SourceONET {
				main = append(main, f.file)
			}
		}
		add(s.Title, strings.Join(main, ", "))
	}
	for _, m := range moreSources {
		s, ok := b.sources[m.id]
		if !ok || !strings.HasPrefix(s.Title, "O*NET") {
			continue
		}
		add(strings.TrimSuffix(s.Title, " "+m.file), m.file)
	}
	slices.SortStableFunc(releases, func(x, y string) int { return strings.Compare(y, x) })
	var out []string
	for _, r := range releases {
		out = append(out, ONETAttributionFor(r)+" ("+strings.Join(files[r], "; ")+")")
	}
	return out
}
