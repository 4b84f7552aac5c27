package bot

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/careerbot/careerbot/knowledge"
)

// rankBy is a figure careers can be ranked by. Each ranks by the page
// figure or the official one, whichever a career has.
type rankBy struct {
	fields []knowledge.Field
	what   string // "yearly pay"
}

var (
	rankYearly       = rankBy{fs(knowledge.FieldYearlySalary, knowledge.FieldMedianAnnual), "yearly pay"}
	rankMean         = rankBy{fs(knowledge.FieldMeanAnnual, knowledge.FieldYearlySalary), "average (mean) yearly pay"}
	rankHourly       = rankBy{fs(knowledge.FieldHourlyRate, knowledge.FieldMedianHourly), "hourly pay"}
	rankGrowth       = rankBy{fs(knowledge.FieldGrowthRate, knowledge.FieldProjectedGrowth), "growth"}
	rankChange       = rankBy{fs(knowledge.FieldEmploymentChange), "change in jobs, 2024-34"}
	rankJobs         = rankBy{fs(knowledge.FieldJobs, knowledge.FieldEmployment), "number of jobs"}
	rankOpenings     = rankBy{fs(knowledge.FieldAnnualOpenings), "openings a year"}
	rankSatisfaction = rankBy{fs(knowledge.FieldSatisfaction), "job satisfaction"}
)

// rankByOf is what a question ranks careers by: pay when it asks about pay
// at all ("jobs that … pay the most"), else the first figure it names.
func rankByOf(q *question) rankBy {
	if q.bound.set() {
		// "fastest growing jobs that pay over 80k": growth, of the careers
		// above the pay floor; "jobs with lots of openings that pay at
		// least 60k": openings.
		switch {
		case containsField(q.fields, knowledge.FieldGrowthRate):
			return rankGrowth
		case containsField(q.fields, knowledge.FieldAnnualOpenings):
			return rankOpenings
		}
		if q.bound.hourly {
			return rankHourly
		}
		return rankYearly
	}
	if q.rank == 0 && q.signals[intentPay] == 0 && len(q.fields) == 0 && q.firstJobAsked() {
		// "a good job for a 16 year old": the jobs most held, not models
		// and miners, the best paid of those that need nothing to enter.
		return rankJobs
	}
	if q.signals[intentPay] > 0 || len(q.fields) == 0 {
		switch {
		case containsField(q.fields, knowledge.FieldMedianHourly):
			return rankHourly
		case q.mean:
			return rankMean
		case q.signals[intentPay] == 0 && q.declining:
			return rankGrowth
		}
		return rankYearly
	}
	if containsField(q.fields, knowledge.FieldEmploymentChange) {
		return rankChange // "which jobs will lose the most by 2034"
	}
	f := q.fields[0]
	if (f == knowledge.FieldJobs || f == knowledge.FieldEmployment) && containsField(q.fields, knowledge.FieldGrowthRate) {
		f = knowledge.FieldGrowthRate // "whose employment grows fastest": the growth of it
	}
	switch f {
	case knowledge.FieldGrowthRate, knowledge.FieldProjectedGrowth, knowledge.FieldEmployment2034:
		// "declining jobs by 2034": the projection's change ranks them.
		return rankGrowth
	case knowledge.FieldJobs, knowledge.FieldEmployment:
		return rankJobs
	case knowledge.FieldAnnualOpenings:
		return rankOpenings
	case knowledge.FieldSatisfaction:
		return rankSatisfaction
	case knowledge.FieldHourlyRate, knowledge.FieldMedianHourly:
		return rankHourly
	case knowledge.FieldMeanAnnual:
		return rankMean
	}
	return rankYearly
}

// Rows of a ranking: ten unless the question asks ("top 5"), never past maxRanked.
const (
	defaultRanked = 10
	maxRanked     = 25
)

// belowBachelors are the typical entry educations of jobs "without a
// college degree".
// typicalEducationOrder lists BLS's typical entry education levels from
// least to most.
var typicalEducationOrder = []string{"No formal educational credential", "High school diploma or equivalent",
	"Postsecondary nondegree award", "Some college, no degree", "Associate's degree", "Bachelor's degree",
	"Master's degree", "Doctoral or professional degree"}

// educationAmong orders careers by the education they typically take to
// enter, least first when least: "which of those needs the least
// education" after a list.
func (b *turn) educationAmong(cs []*knowledge.Career, least bool) Answer {
	type entry struct {
		c     *knowledge.Career
		level int
		value string
	}
	var es []entry
	src := newSourceSet(b.kb)
	for _, c := range cs {
		f, ok := c.Fact(knowledge.FieldTypicalEducation)
		if l := slices.Index(typicalEducationOrder, f.Value); ok && l >= 0 {
			es = append(es, entry{c, l, f.Value})
			src.add(f.Source)
		}
	}
	dir, title := "most", "The last list by typical education to enter (most first)"
	if least {
		dir, title = "least", "The last list by typical education to enter (least first)"
	}
	if len(es) == 0 {
		return Answer{Kind: KindRanking, Intent: intentRank, Title: title, Summary: "The sources I have give no typical education for the careers of the last list."}
	}
	sort.SliceStable(es, func(i, j int) bool { return es[i].level < es[j].level == least && es[i].level != es[j].level })
	t := &Table{Columns: []string{"Career", "Typical education to enter"}}
	var first []string
	for i, e := range es {
		t.Rows = append(t.Rows, Row{Label: fmt.Sprintf("%d. %s", i+1, e.c.Name), Cells: []string{e.value}})
		if e.level == es[0].level {
			first = append(first, e.c.Name)
		}
	}
	summary := fmt.Sprintf("%s %s the %s education of the last list: typically %s to enter (of %d careers).",
		strings.Join(first, "; "), verb(first[0], "needs", "need"), dir, lowerFirst(es[0].value), len(es))
	if len(first) > 1 {
		summary = fmt.Sprintf("%d careers of the last list need the %s education, typically %s to enter: %s (of %d careers).",
			len(first), dir, lowerFirst(es[0].value), strings.Join(first, "; "), len(es))
	}
	a := Answer{Kind: KindRanking, Intent: intentRank, Title: title, Table: t, Summary: summary, Sources: src.list()}
	for _, e := range es {
		a.About = append(a.About, e.c.Key)
	}
	a.Listed = a.About
	return a
}

// associates is BLS's typical education of an associate's degree, which
// "without a bachelor's" counts and "without a college degree" does not.
const associates = "Associate's degree"

var belowBachelors = map[string]bool{
	"No formal educational credential":  true,
	"High school diploma or equivalent": true,
	"Some college, no degree":           true,
	"Postsecondary nondegree award":     true,
}

// groupNames name the SOC major groups a ranking can be limited to.
var groupNames = map[string]string{
	"11": "management", "13": "business and financial", "15": "computer and mathematical", "15-12": "computer", "11-3021": "computer", "17-2061": "computer", "13-2": "financial", "11-3031": "financial", "43-3": "financial", "15-2": "mathematical science",
	"17": "architecture and engineering", "19": "science", "21": "community and social service",
	"23": "legal", "25": "education and library", "27": "arts, design, media and sports",
	"29": "healthcare practitioner", "31": "healthcare support", "33": "protective service",
	"35": "food service", "37": "cleaning and grounds", "39": "personal care and service",
	"41": "sales", "43": "office and administrative", "45": "farming, fishing and forestry",
	"47": "construction and extraction", "49": "installation, maintenance and repair",
	"47-1": "construction", "47-2": "construction", "47-3": "construction", "47-4": "construction", "11-9021": "construction", "47-5": "extraction",
	"51": "production", "53": "transportation and moving",
}

// rank lists careers by a figure across the knowledge base, optionally only
// those of an education level or occupation group.
func (b *turn) rank(q *question) Answer {
	b.boundAt(q)
	rb := rankByOf(q)
	if q.entryLevel && len(q.groups) > 0 && q.under == "" && b.kept(q, rb) < minEntryLevel {
		// "entry level jobs in IT": few of the field's need no degree;
		// those a bachelor's opens (not a doctor's, after residency).
		q.under = "Master's degree"
	}
	low := q.rank < 0 || q.declining && rb.what == rankGrowth.what
	n := defaultRanked
	if q.topN > 0 {
		n = min(q.topN, maxRanked)
	}
	var all []knowledge.Ranked
	seen := map[*knowledge.Career]bool{}
	// Figures BLS publishes only for a group of O*NET occupations (Home
	// Health and Personal Care Aides) are ranked once, under the group.
	groupOf, seenGroup := map[*knowledge.Career]string{}, map[string]bool{}
	// A pay limit on a ranking by another figure is on the careers' pay.
	var payOf map[*knowledge.Career]float64
	if q.bound.set() && !slices.Contains([]string{rankYearly.what, rankHourly.what, rankMean.what}, rb.what) {
		payOf = map[*knowledge.Career]float64{}
		pay := rankYearly
		if q.bound.hourly {
			pay = rankHourly
		}
		for _, f := range pay.fields {
			for _, r := range b.kb.Ranked(f) {
				if _, ok := payOf[r.Career]; !ok {
					payOf[r.Career] = r.Value
				}
			}
		}
	}
	for _, f := range rb.fields {
		for _, r := range b.kb.Ranked(f) {
			if seen[r.Career] || !q.keeps(r.Career) {
				continue
			}
			switch {
			case !borrowed(r.Career, f):
			case q.among != nil:
				// "which of those pays best": each career listed, its
				// figure said to be the one BLS publishes for its group.
				if from := borrowedFrom(r.Career, noteOf(f)); from != "" {
					groupOf[r.Career] = r.Career.Name + " (BLS figure for " + from + ")"
				}
			default:
				code, title, ok := b.publishedGroup(r.Career, f)
				if !ok || seenGroup[code] {
					continue
				}
				seenGroup[code] = true
				groupOf[r.Career] = title + " (BLS group " + code + ")"
			}
			// A pay limit in a state is on the state's figure (rankInState).
			limited := r.Value
			if payOf != nil {
				pay, ok := payOf[r.Career]
				if !ok {
					continue // no pay to hold to the limit
				}
				limited = pay
			}
			if q.declining && r.Value >= 0 || len(q.states) != 1 && !q.bound.keeps(limited) {
				continue
			}
			seen[r.Career] = true
			all = append(all, r)
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].Value != all[j].Value {
			return all[i].Value > all[j].Value != low
		}
		// Top-coded figures tie at the code: named occupations before
		// residual ones, then the larger first.
		if ci, cj := all[i].Career.CatchAll(), all[j].Career.CatchAll(); ci != cj {
			return cj
		}
		return all[i].Career.Size() > all[j].Career.Size()
	})
	if len(q.states) == 1 {
		// The state estimates have yearly pay and employment.
		switch rb.what {
		case rankYearly.what:
			return b.rankInState(q, q.states[0].State, knowledge.StateMedian, all, n, low)
		case rankMean.what:
			return b.rankInState(q, q.states[0].State, knowledge.StateMean, all, n, low)
		case rankJobs.what:
			return b.rankInState(q, q.states[0].State, knowledge.StateEmployment, all, n, low)
		}
	}
	careers := len(all)
	if q.among != nil && !q.amongListed {
		// Of a generic name: its specialties share rows. The careers of
		// a list asked about ("which of those pays best") are each shown.
		all = sharedFigureRows(all, groupOf)
	}
	filter := q.filterText()
	dir := "highest"
	if low {
		dir = "lowest"
	}
	title := "Careers by " + rb.what + " (" + dir + " first)"
	if filter != "" {
		title = "Careers " + filter + ", by " + rb.what + " (" + dir + " first)"
	}
	if len(all) == 0 && q.bound.set() {
		// "tech jobs over 150k": none is, which the ranking without the
		// limit shows (its best come nearest).
		unbound := *q
		unbound.bound = payBound{}
		if q.bound.max > 0 && q.bound.min == 0 {
			unbound.rank = -1 // "jobs under 10k": the lowest paid come nearest
		}
		if a := b.rank(&unbound); len(a.About) > 0 {
			one := strings.Replace(" "+filter, " that pay ", " that pays ", 1) // of one career
			a.Summary = "I have no career" + one + ". Without the pay limit: " + a.Summary
			return a
		}
	}
	if len(all) == 0 {
		return Answer{Kind: KindRanking, Intent: intentRank, Title: title,
			Summary: "The sources I have give no " + rb.what + " for careers " + orAll(filter) + "."}
	}
	src := newSourceSet(b.kb)
	t := &Table{Columns: []string{"Career", capitalize(rb.what), "Source"}}
	shown := all[:min(n, len(all))]
	for i, r := range shown {
		src.add(r.Fact.Source)
		source, _ := b.kb.Source(r.Fact.Source)
		t.Rows = append(t.Rows, Row{Label: fmt.Sprintf("%d. %s", i+1, cmp.Or(groupOf[r.Career], r.Career.Name)), Cells: []string{r.Fact.Value, source.Title}})
	}
	top := all[0]
	topName := cmp.Or(groupOf[top.Career], top.Career.Name)
	subject, _, _ := strings.Cut(topName, " (BLS group") // what the verb agrees with
	of := fmt.Sprintf("of %s with a figure", countOf(careers, "career"))
	if filter != "" {
		of = fmt.Sprintf("of %s %s", countOf(careers, "career"), filter)
	}
	summary := fmt.Sprintf("%s %s the %s %s: %s (%s).", topName, has(subject), dir, rb.what, top.Fact.Value, of)
	if rb.what == rankChange.what && (top.Value > 0) != low && top.Value != 0 {
		// Jobs gained or lost, said so: "Cashiers are projected to lose
		// the most jobs".
		change := "add"
		if low {
			change = "lose"
		}
		summary = fmt.Sprintf("%s %s projected to %s the most jobs, 2024-34: %s (%s).", topName, verb(subject, "is", "are"), change, top.Fact.Value, of)
	}
	if top.Fact.TopCoded() && !low {
		tied, largerResidual := 0, false
		for _, r := range all {
			if r.Fact.Value == top.Fact.Value {
				tied++
				largerResidual = largerResidual || r.Career.CatchAll() && r.Career.Size() > top.Career.Size()
			}
		}
		most := "the most numerous of them"
		if largerResidual {
			// "Physicians, All Other" may hold more people, but a
			// residual group is no one occupation: it comes last.
			most = `the most numerous named occupation among them ("All Other" groups come last)`
		}
		floor := strings.TrimSuffix(top.Fact.Value, " or more")
		among := "careers with a figure"
		if filter != "" {
			among = "careers " + filter
		}
		summary = fmt.Sprintf("%d of the %d %s %s of at least %s, the highest figure BLS publishes; %s, %s, %s first.",
			tied, careers, among, plural2(tied, "has", "have")+" "+article(rb.what), floor, top.Career.Name, most, verb(top.Career.Name, "comes", "come"))
		if tied == 1 {
			summary = fmt.Sprintf("%s %s the %s %s: at least %s, the highest figure BLS publishes (%s).", topName, has(subject), dir, rb.what, floor, of)
		}
	}
	a := Answer{Kind: KindRanking, Intent: intentRank, Title: title, Table: t, Summary: summary}
	a.Sources = src.list()
	a.Suggestions = []string{"salary of " + strings.ToLower(top.Career.Name), whatDoes(top.Career)}
	for _, r := range shown {
		a.About = append(a.About, r.Career.Key)
	}
	return a
}

// sharedFigureRows puts the O*NET specialties ranked with the one figure
// BLS publishes for their occupation in one row ("highest paid nurses":
// Acute Care Nurses and Critical Care Nurses have Registered Nurses'
// median), under the occupation when it is ranked too, else under the
// first of them; groupOf (their labels) says so. Four rows of one figure
// would push other careers off the list.
func sharedFigureRows(all []knowledge.Ranked, groupOf map[*knowledge.Career]string) []knowledge.Ranked {
	lead := map[string]*knowledge.Career{} // SOC occupation → the row that shows its figure
	for _, r := range all {
		if _, lent := groupOf[r.Career]; !lent {
			if k := socPrefix(r.Career, 7); k != "" && lead[k] == nil {
				lead[k] = r.Career
			}
		}
	}
	also := map[*knowledge.Career][]string{}
	out := all[:0:0]
	for _, r := range all {
		if _, lent := groupOf[r.Career]; lent {
			k := socPrefix(r.Career, 7)
			if l := lead[k]; l != nil && l != r.Career {
				also[l] = append(also[l], r.Career.Name)
				continue
			}
			if k != "" {
				lead[k] = r.Career
			}
		}
		out = append(out, r)
	}
	for l, names := range also {
		if label, lent := groupOf[l]; lent {
			// "Energy Engineers and 7 other specialties (BLS figure for
			// Engineers, All Other (17-2199))".
			groupOf[l] = l.Name + " and " + countOf(len(names), "other specialty") + label[len(l.Name):]
		} else {
			groupOf[l] = l.Name + " (the BLS figure for " + namesShort(names) + " too)"
		}
	}
	return out
}

// namesShort lists the first two names and counts the rest: "Acute Care
// Nurses, Critical Care Nurses and 2 other specialties".
func namesShort(names []string) string {
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	return names[0] + ", " + names[1] + " and " + countOf(len(names)-2, "other specialty")
}

// rankInState ranks careers by their pay in one state ("highest paying
// jobs in texas"): the state's medians (means when asked), among the
// careers the national ranking kept, with the national figure beside each.
func (b *turn) rankInState(q *question, st knowledge.State, by knowledge.StateFigure, all []knowledge.Ranked, n int, low bool) Answer {
	cs := make([]*knowledge.Career, len(all))
	for i, r := range all {
		cs[i] = r.Career
	}
	var in []knowledge.StateWage
	groupOf, groupTitle := map[*knowledge.Career]string{}, map[*knowledge.Career]string{}
	seenRow := map[string]bool{}
	for _, w := range b.kb.RankedInState(cs, st, by) {
		if w.Note != "" {
			// A BLS group's row ("Home Health and Personal Care Aides"),
			// named as the group, once; a specialty's parent row is the
			// parent's, ranked under it.
			code, title, ok := b.publishedGroup(w.Career, knowledge.FieldMedianAnnual)
			if !ok || seenRow[code] {
				continue
			}
			seenRow[code] = true
			groupOf[w.Career], groupTitle[w.Career] = title+" (BLS group "+code+")", title
		}
		if by == knowledge.StateEmployment || q.bound.keeps(w.Value) {
			in = append(in, w)
		}
	}
	if low {
		slices.Reverse(in)
	}
	what, field := "median yearly pay", knowledge.FieldMedianAnnual
	figure := func(w knowledge.StateWage) string { return w.AnnualMedian }
	switch by {
	case knowledge.StateMean:
		what, field = "average (mean) yearly pay", knowledge.FieldMeanAnnual
		figure = func(w knowledge.StateWage) string { return w.AnnualMean }
	case knowledge.StateEmployment:
		what, field = "number of jobs", knowledge.FieldEmployment
		figure = func(w knowledge.StateWage) string { return w.Employment }
	}
	dir := "highest"
	if low {
		dir = "lowest"
	}
	filter := q.filterText()
	title := "Careers in " + st.Name + ", by " + what + " (" + dir + " first)"
	if filter != "" {
		title = "Careers " + filter + " in " + st.Name + ", by " + what + " (" + dir + " first)"
	}
	a := Answer{Kind: KindRanking, Intent: intentRank, Title: title}
	if q.states[0].City != "" {
		a.Summary = fmt.Sprintf("BLS publishes pay by state, not by city: %s is in %s. ", q.states[0].City, st.Name)
	}
	if len(in) == 0 {
		a.Summary += "BLS publishes no " + what + " in " + st.Name + " for careers " + orAll(filter) + "."
		return a
	}
	src := newSourceSet(b.kb)
	src.add(knowledge.SourceOEWSState)
	t := &Table{Columns: []string{"Career", capitalize(what) + " in " + st.Name, "National"}}
	shown := in[:min(n, len(in))]
	for i, w := range shown {
		national := factValue(w.Career, field)
		if national == "" {
			national = NotGiven
		} else {
			src.add(knowledge.SourceOEWS)
		}
		name := cmp.Or(groupOf[w.Career], w.Career.Name)
		t.Rows = append(t.Rows, Row{Label: fmt.Sprintf("%d. %s", i+1, name), Cells: []string{figure(w), national}})
		a.About = append(a.About, w.Career.Key)
	}
	top := in[0]
	v := figure(top)
	of := fmt.Sprintf("of %s %s with a figure there", countOf(len(in), "career"), orAll(filter))
	if tied := topTied(in); !low && by == knowledge.StateMedian && tied > 1 {
		// Above its top figure BLS publishes no median: these tie.
		a.Summary += fmt.Sprintf("%d careers tie for the highest %s in %s, BLS's top figure of %s (%s); the table lists them by mean yearly pay.",
			tied, what, st.Name, v, of)
	} else {
		name := cmp.Or(groupTitle[top.Career], top.Career.Name)
		a.Summary += fmt.Sprintf("%s %s the %s %s in %s: %s (%s).", name, has(name), dir, what, st.Name, v, of)
	}
	if missing := len(all) - len(in); missing > 0 && !low && !q.bound.set() {
		a.Summary += fmt.Sprintf(" BLS publishes no %s figure for %d more.", st.Name, missing)
	}
	a.Table = t
	a.Sources = src.list()
	a.Suggestions = []string{"salary of " + strings.ToLower(top.Career.Name) + " in " + strings.ToLower(st.Name), whatDoes(top.Career)}
	return a
}

func orAll(filter string) string {
	if filter == "" {
		return "I know"
	}
	return filter
}

// keeps reports whether a career passes the question's filters.
func (q *question) keeps(c *knowledge.Career) bool {
	if q.among != nil && !slices.Contains(q.among, c) || !q.left.keeps(c) {
		return false
	}
	if q.level != "" || q.noDegree {
		ed, ok := c.Fact(knowledge.FieldTypicalEducation)
		if !ok || q.level != "" && ed.Value != q.level {
			return false
		}
		if q.noDegree && q.under != "" {
			// "without a master's": any level below it.
			if k := slices.Index(typicalEducationOrder, ed.Value); k < 0 || k >= slices.Index(typicalEducationOrder, q.under) {
				return false
			}
		} else if q.noDegree && !belowBachelors[ed.Value] && !(q.upToAssociate && ed.Value == associates) {
			return false
		}
	}
	if len(q.groups) > 0 && !inGroups(c, q.groups) {
		return false
	}
	if q.noExperience {
		if x, ok := c.Fact(knowledge.FieldWorkExperience); !ok || x.Value != "None" {
			return false
		}
	}
	if q.growing != "" {
		f, ok := c.Fact(knowledge.FieldProjectedGrowth)
		v, isNum := f.Number()
		all, _ := plainNumber(q.growing)
		return ok && isNum && v > all
	}
	return true
}

// rankAmong reports whether the question ranks the careers generic words
// name ("highest paid engineers", "lowest paying nurses", "top paying jobs
// for artists and designers": several joined by "and" or commas), and sets
// them as the ranking's filter. A career named exactly keeps its own
// percentiles ("highest paid registered nurses"); "who earns the most,
// nurses or teachers" is a comparison: "or", "vs" or a word of comparing
// keeps it one.
func (q *question) rankAmong(kb *knowledge.Base) bool {
	// "highest paid engineers" ranks them; "top 10% of engineers" asks a
	// percentile of the one most people hold.
	byPay := q.paidMost()
	if !byPay && (q.rank == 0 || q.pct != "") || q.yesNo() { // "is nursing growing fast": of nurses
		return false
	}
	if len(q.careers) > 1 && (q.signals[intentCompare] > 0 || q.explicitCompare()) {
		return false
	}
	if q.statesRank != 0 || containsField(q.fields, knowledge.FieldState) || slices.ContainsFunc(q.toks, func(t token) bool { return t.val == "where" }) {
		return false // "best paying states for nurses and teachers" asks places
	}
	var among []*knowledge.Career
	var words []string
	for k, p := range q.careers {
		if len(p.others) == 0 || p.exact && p.score >= 1 || p.after-p.start != 1 {
			return false
		}
		if k > 0 {
			for i := q.careers[k-1].after; i < p.start; i++ {
				if t := q.toks[i]; t.kind == tokWord && t.val != "and" && !q.isStopAt(i) {
					return false
				}
			}
		}
		word := q.toks[p.start].val
		ms := generic(kb, word)
		if len(ms) < 2 {
			return false
		}
		for _, c := range amongCareers(kb, word, ms) {
			if !slices.Contains(among, c) {
				among = append(among, c)
			}
		}
		words = append(words, p.typed)
	}
	q.among, q.amongWord = among, joinAnd(words)
	if byPay {
		q.pct, q.rank = "", +1
	}
	return true
}

// firstJobAsked reports whether the question asks of a teenager's or a
// first job, the one phrase of the vocabulary that needs neither a
// credential nor experience.
func (q *question) firstJobAsked() bool {
	return slices.ContainsFunc(q.spans, func(sp vocabSpan) bool {
		return slices.ContainsFunc(sp.roles, func(r *role) bool { return r.noExperience && r.level == "No formal educational credential" })
	})
}

// yesNo reports whether the question opens as one answered yes or no
// ("is nursing growing fast", "are electricians in demand").
func (q *question) yesNo() bool {
	if len(q.toks) == 0 || q.claimed[0] {
		return false
	}
	// The raw word: "does" is read "doe" as plurals are.
	switch strings.ToLower(q.toks[0].raw) {
	case "is", "are", "will", "do", "does", "can", "could", "should", "would":
		return true
	}
	return false
}

// bareKinds returns the SOC broad groups of the careers O*NET calls by
// the word alone ("Doctor", "Doctor (Dr)"), when two or more are.
func bareKinds(word string, ms []knowledge.Match) []string {
	var kinds []string
	n := 0
	for _, m := range ms {
		head, _, _ := strings.Cut(m.Name, " (")
		if words := knowledge.Tokens(head); len(words) != 1 || !sameWord(words[0], word) {
			continue
		}
		n++
		if b := broadGroup(m.Career); b != "" && !slices.Contains(kinds, b) {
			kinds = append(kinds, b)
		}
	}
	if n < 2 {
		return nil
	}
	return kinds
}

// paidMost reports whether "highest paid" or "best paid" was read as the
// top of the pay spread, which before generic names ranks them instead.
func (q *question) paidMost() bool {
	if q.pct != knowledge.FieldAnnual90 {
		return false
	}
	text := " " + phraseKey(q.allText()) + " "
	return strings.Contains(text, " highest paid ") || strings.Contains(text, " best paid ")
}

// amongCareers are the careers a generic word names in a ranking: those
// whose titles hold it ("nurses": Registered Nurses, Nurse Practitioners,
// Nurse Anesthetists …, not Psychiatrists for a "psychiatric nurse"
// alternate title), else those whose names have it as their head noun in
// the occupation group of the career the word means by itself ("doctors":
// physicians, not a machine operator O*NET also calls a doctor).
func amongCareers(kb *knowledge.Base, word string, ms []knowledge.Match) []*knowledge.Career {
	var all []*knowledge.Career
	for _, m := range ms {
		all = append(all, m.Career)
	}
	first := ms[0].Career
	if ex := kb.Exact([]string{word}); len(ex) > 0 {
		first = ex[0].Career
	}
	group := majorGroup(first)
	titled := slices.DeleteFunc(kb.TitledWith(word), func(c *knowledge.Career) bool {
		// Only titles whose job the word is: "Agents and Business
		// Managers of Artists" are no artists.
		job, _, _ := strings.Cut(c.Name, " of ")
		return !slices.ContainsFunc(knowledge.Tokens(job), func(w string) bool { return sameWord(w, word) })
	})
	if len(titled) >= 2 {
		// Titles of the word's own group, when it holds most of them:
		// "engineers" are no airline pilots' flight engineers, while
		// technicians are of many groups.
		if group != "" {
			if same := slices.DeleteFunc(slices.Clone(titled), func(c *knowledge.Career) bool { return majorGroup(c) != group }); len(same) >= 2 && 4*len(same) >= 3*len(titled) {
				return same
			}
		}
		return titled
	}
	if group == "" {
		return all
	}
	if kinds := bareKinds(word, ms); len(kinds) > 0 {
		// The kinds of career the word alone names: a pharmacist is a
		// "Pharmacy Doctor" and a vet an "Animal Doctor", but doctors are
		// the physicians, surgeons and dentists O*NET calls "Doctor".
		all = slices.DeleteFunc(all, func(c *knowledge.Career) bool { return !slices.Contains(kinds, broadGroup(c)) })
	}
	var same []*knowledge.Career
	for _, c := range all {
		if majorGroup(c) == group {
			same = append(same, c)
		}
	}
	if len(same) >= 2 {
		return same
	}
	return all
}

// inGroups reports whether an official career is of one of the SOC groups:
// major groups ("29") or smaller ones ("15-12", the computer occupations).
func inGroups(c *knowledge.Career, groups []string) bool {
	code := socPrefix(c, len("15-1252"))
	return code != "" && slices.ContainsFunc(groups, func(g string) bool { return strings.HasPrefix(code, g) })
}

// majorGroup is the first two digits of an official career's SOC code, ""
// for a page career.
func majorGroup(c *knowledge.Career) string { return socPrefix(c, 2) }

// socPrefix is the first n characters of an official career's SOC code,
// "" for a page career.
func socPrefix(c *knowledge.Career, n int) string {
	code, ok := c.Fact(knowledge.FieldONETCode)
	if !ok || len(code.Value) < n {
		return ""
	}
	return code.Value[:n]
}

// filterText says which careers a filtered ranking covers.
func (q *question) filterText() string {
	var parts []string
	if len(q.groups) > 0 {
		var names []string
		for _, g := range q.groups {
			if n := groupNames[g]; !slices.Contains(names, n) {
				names = append(names, n) // construction's four groups: one name
			}
		}
		if len(names) == 1 {
			parts = append(parts, "in "+names[0]+" occupations")
		} else {
			// Each group whole: "the construction and extraction
			// occupations and the installation, maintenance and repair
			// occupations", not one "and" among others.
			for i, n := range names {
				names[i] = "the " + n + " occupations"
			}
			parts = append(parts, "in "+joinAnd(names))
		}
	}
	if q.bound.set() {
		parts = append(parts, q.bound.text())
	}
	if q.growing != "" {
		parts = append(parts, "projected to grow faster than all occupations ("+q.growing+" by 2034)")
	}
	if q.amongWord != "" {
		parts = append(parts, fmt.Sprintf("named %q", q.amongWord))
	}
	if q.amongListed {
		parts = append(parts, "from the last list")
	}
	if l := q.left; l != nil && len(l.groups) > 0 {
		var names []string
		for _, g := range l.groups {
			if n := groupNames[g]; !slices.Contains(names, n) {
				names = append(names, n)
			}
		}
		parts = append(parts, "outside "+strings.Join(names, " and ")+" occupations")
	}
	if l := q.left; l != nil && len(l.words) > 0 {
		parts = append(parts, "other than "+strings.Join(l.words, " or "))
	}
	switch {
	case q.level != "":
		if l := lowerFirst(q.level); strings.HasPrefix(l, "no ") || strings.HasPrefix(l, "some ") {
			parts = append(parts, "that typically need "+l) // "no formal educational credential", "some college, no degree"
		} else {
			parts = append(parts, "that typically need "+article(l))
		}
	case q.noDegree && q.under != "":
		parts = append(parts, "that typically need less than "+article(lowerFirst(q.under)))
	case q.noDegree && q.upToAssociate:
		parts = append(parts, "that typically need less than a bachelor's degree")
	case q.noDegree:
		parts = append(parts, "that typically need no college degree")
	}
	if q.noExperience {
		// After an education filter, one more of BLS's entry requirements.
		if n := len(parts); n > 0 && strings.HasPrefix(parts[n-1], "that typically need") {
			parts = append(parts, "and no work experience")
		} else {
			parts = append(parts, "that typically need no work experience")
		}
	}
	if q.declining {
		parts = append(parts, "that are projected to decline")
	}
	return strings.Join(parts, " ")
}

// reGroupNote reads the code a borrowed figure was published for:
// "wages and employment of 31-1120 (Home Health and Personal Care Aides)".
var reGroupNote = regexp.MustCompile(`of (\d\d-\d\d\d\d) \((.+)\)$`)

// publishedGroup returns the BLS code no O*NET occupation has whose figure
// for f a career shares, and its title: a broad group (31-1120) or a
// detailed code for several occupations together (25-2052). A specialty's
// figure is its parent occupation's, ranked under the parent.
func (b *turn) publishedGroup(c *knowledge.Career, f knowledge.Field) (code, title string, ok bool) {
	note := noteOf(f)
	n, ok := c.Fact(note)
	if !ok {
		return "", "", false
	}
	m := reGroupNote.FindStringSubmatch(n.Value)
	if m == nil {
		return "", "", false
	}
	code, title = m[1], m[2]
	if _, parent := b.kb.Career("onet:" + code + ".00"); parent {
		return "", "", false
	}
	// The projections write titles in lower case; the wage file's is the
	// group's name as BLS writes it.
	if w, ok := c.Fact(knowledge.FieldWageNote); ok && note != knowledge.FieldWageNote {
		if wm := reGroupNote.FindStringSubmatch(w.Value); wm != nil && wm[1] == code {
			title = wm[2]
		}
	}
	return code, title, true
}

// borrowed reports whether a career's figure for f is its parent's or its
// group's (an O*NET specialty sharing its parent's wages): rankings list
// each published figure once, under the occupation it was published for.
func borrowed(c *knowledge.Career, f knowledge.Field) bool {
	_, ok := c.Fact(noteOf(f))
	return ok
}

// noteOf is the field whose note says a career's figure for f is another
// row's: the projections' note for growth and openings, else the wages'.
func noteOf(f knowledge.Field) knowledge.Field {
	if f == knowledge.FieldProjectedGrowth || f == knowledge.FieldAnnualOpenings {
		return knowledge.FieldProjectionNote
	}
	return knowledge.FieldWageNote
}

// percentile answers "what do the top 10% of nurses make" and "entry-level
// pay for electricians" with the BLS percentile, said as such.
// percentileSentence says what percentile f of the pay of name (who, in
// the plural) is: value, published as BLS has it.
func percentileSentence(f knowledge.Field, name, who, value string) string {
	if (knowledge.Fact{Value: value}).TopCoded() {
		return fmt.Sprintf("%s: the %s is %s, the highest figure BLS publishes.", name, lowerFirst(label(f)), value)
	}
	switch f {
	case knowledge.FieldAnnual90:
		return fmt.Sprintf("The top 10%% of %s earn more than %s a year (90th percentile).", who, value)
	case knowledge.FieldAnnual75:
		return fmt.Sprintf("The top 25%% of %s earn more than %s a year (75th percentile).", who, value)
	case knowledge.FieldAnnual25:
		return fmt.Sprintf("The bottom 25%% of %s earn less than %s a year (25th percentile).", who, value)
	case knowledge.FieldHourly90:
		return fmt.Sprintf("The top 10%% of %s earn more than %s an hour (90th percentile).", who, value)
	case knowledge.FieldHourly75:
		return fmt.Sprintf("The top 25%% of %s earn more than %s an hour (75th percentile).", who, value)
	case knowledge.FieldHourly25:
		return fmt.Sprintf("The bottom 25%% of %s earn less than %s an hour (25th percentile).", who, value)
	case knowledge.FieldHourly10:
		return fmt.Sprintf("Entry-level pay: 10%% of %s earn less than %s an hour (10th percentile); new workers usually start near it.", who, value)
	}
	return fmt.Sprintf("Entry-level pay: 10%% of %s earn less than %s a year (10th percentile); new workers usually start near it.", who, value)
}

// hourlyPercentile is the percentile a question asks of c: the hourly one
// when it asks hourly pay and BLS publishes it ("top 10% hourly wage for
// electricians"), else the yearly one.
func hourlyPercentile(c *knowledge.Career, q *question) knowledge.Field {
	if !slices.ContainsFunc(q.fields, func(f knowledge.Field) bool { return knowledge.InfoOf(f).Measure == knowledge.MeasureHourlyPay }) {
		return q.pct
	}
	h := hourlyOf[q.pct]
	if _, ok := c.Fact(h); h == "" || !ok {
		return q.pct
	}
	return h
}

func (b *turn) percentile(c *knowledge.Career, f knowledge.Field) Answer {
	a := Answer{Kind: KindProfile, Intent: intentPay, Title: c.Name, About: []string{c.Key}}
	src := newSourceSet(b.kb)
	v, ok := c.Fact(f)
	if !ok {
		a.Summary = fmt.Sprintf("The sources I have publish no %s for %s.", lowerFirst(label(f)), c.Name)
		for _, g := range []knowledge.Field{knowledge.FieldSalaryRange, knowledge.FieldWageRange80, knowledge.FieldYearlySalary, knowledge.FieldMedianAnnual} {
			if _, ok := c.Fact(g); ok {
				a.Fields = append(a.Fields, src.field(c, g))
			}
		}
	} else {
		a.Fields = append(a.Fields, src.field(c, f))
		for _, g := range []knowledge.Field{knowledge.FieldMedianAnnual, knowledge.FieldWageRange80} {
			if _, ok := c.Fact(g); ok && g != f {
				a.Fields = append(a.Fields, src.field(c, g))
			}
		}
		a.Summary = percentileSentence(f, c.Name, plural(c.Name), v.Value)
	}
	a.Sources = src.list()
	a.Suggestions = b.followUps(c, intentPay)
	return a
}

// hourlyOf is the hourly percentile of each yearly one.
var hourlyOf = map[knowledge.Field]knowledge.Field{knowledge.FieldAnnual90: knowledge.FieldHourly90, knowledge.FieldAnnual75: knowledge.FieldHourly75,
	knowledge.FieldAnnual25: knowledge.FieldHourly25, knowledge.FieldAnnual10: knowledge.FieldHourly10}

// minEntryLevel is how many careers of a field entered without a degree
// an "entry level" ranking wants before it takes a bachelor's as entry.
const minEntryLevel = 5

// kept counts the careers q's filters keep among those ranked by rb.
func (b *turn) kept(q *question, rb rankBy) int {
	n := 0
	for _, f := range rb.fields {
		for _, r := range b.kb.Ranked(f) {
			if q.keeps(r.Career) {
				n++
			}
		}
		if n > 0 {
			break
		}
	}
	return n
}
