package bot

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/careerbot/careerbot/knowledge"
)

// Answers over the data of issue 12: pay by state, what a job involves,
// technology, related careers, interests, required education and
// knowledge areas. The router picks them; each takes what the question
// named (careers, a state, a technology…) and builds one Answer, with the
// source and release of every figure it shows.

// Intent names of these answers, for metrics.
const (
	intentStatePay     = "state_pay"
	intentStatesRanked = "states_ranked"
	intentCompareState = "compare_state"
	intentTasks        = intentDescribe // an occupation's description with its tasks
	intentTechnology   = "technology"
	intentByTechnology = "by_technology"
	intentRelated      = "related"
	intentByInterest   = "by_interest"
	intentWorkingWith  = "working_with"
	intentEducationMix = "education_shares"
	intentByKnowledge  = "by_knowledge"
	intentKnowledgeOf  = "knowledge"
	intentInterestsOf  = "interests"
	intentNames        = "names"
)

// NotPublished is shown where BLS published no figure for a state: one
// it suppressed or does not estimate (a figure above the top one reads
// "$239,200 or more").
const NotPublished = "not published"

// maxMore bounds the rows and items of these answers.
const maxMore = 10

// orNot is a figure, or NotPublished.
func orNot(v string) string {
	if v == "" {
		return NotPublished
	}
	return v
}

// spanOrNot joins two ends of a range, or says the range is not published.
func spanOrNot(lo, hi string) string {
	if lo == "" || hi == "" {
		return NotPublished
	}
	if lo == hi && strings.HasSuffix(lo, " or more") {
		return lo // both ends at BLS's top figure: the whole range is above it
	}
	return lo + " to " + hi
}

// factValue is a career's figure for f, "" when it has none.
func factValue(c *knowledge.Career, f knowledge.Field) string {
	if v, ok := c.Fact(f); ok {
		return v.Value
	}
	return ""
}

// lowerName is a career's name as it reads inside a suggestion.
func lowerName(c *knowledge.Career) string { return strings.ToLower(c.Name) }

// whatDo is the question "what does it do" about a career: O*NET titles
// are plural ("what do electricians do"), page titles singular.
func whatDo(c *knowledge.Career) string {
	if c.Official() {
		return "what do " + lowerName(c) + " do"
	}
	return "what does " + strings.ToLower(article(c.Name)) + " do"
}

// pageOnly answers a state question about a career known only from
// comparison pages: BLS state figures exist for official occupations.
func (b *turn) pageOnly(c *knowledge.Career, intent, title string) Answer {
	a := Answer{Kind: KindProfile, Intent: intent, Title: title,
		Summary: "I have state wages only for the official occupations (BLS OEWS); " + c.Name + " comes from comparison pages."}
	src := newSourceSet(b.kb)
	for _, f := range []knowledge.Field{knowledge.FieldState, knowledge.FieldCity} {
		if _, ok := c.Fact(f); ok {
			a.Fields = append(a.Fields, src.field(c, f))
		}
	}
	if len(a.Fields) > 0 {
		a.Summary += " Its page names where it pays best."
	}
	a.Sources = src.list()
	return a
}

// statePay answers "how much do registered nurses make in texas": the
// state's median, range and employment with the national median beside
// them.
// statePercentile says what a state's percentile pct of a career's pay
// is, or that BLS publishes none.
func statePercentile(c *knowledge.Career, st knowledge.State, w knowledge.StateWage, pct knowledge.Field) string {
	var v string
	switch pct {
	case knowledge.FieldAnnual90:
		v = w.Annual90
	case knowledge.FieldAnnual75:
		v = w.Annual75
	case knowledge.FieldAnnual25:
		v = w.Annual25
	case knowledge.FieldAnnual10:
		v = w.Annual10
	}
	where := " in " + st.Name
	if v == "" {
		return fmt.Sprintf("BLS publishes no %s for %s%s.", lowerFirst(label(pct)), c.Name, where)
	}
	return percentileSentence(pct, c.Name+where, plural(c.Name)+where, v)
}

func (b *turn) statePay(c *knowledge.Career, st knowledge.State, pct knowledge.Field) Answer {
	title := c.Name + " in " + st.Name
	if !c.Official() {
		return b.pageOnly(c, intentStatePay, title)
	}
	a := Answer{Kind: KindProfile, Intent: intentStatePay, Title: title}
	src := newSourceSet(b.kb)
	national := factValue(c, knowledge.FieldMedianAnnual)
	w, ok := b.kb.StateWages(c, st)
	stateSource := ""
	if s, found := b.kb.Source(knowledge.SourceOEWSState); found {
		stateSource = s.Title
	}
	if ok {
		src.add(w.Source)
		for _, f := range []Field{
			{Label: "Median yearly wage in " + st.Name, Value: orNot(w.AnnualMedian)},
			{Label: "Median hourly wage in " + st.Name, Value: orNot(w.HourlyMedian)},
			{Label: "Middle 80% of yearly wages", Value: spanOrNot(w.Annual10, w.Annual90)},
			{Label: "Middle 50% of yearly wages", Value: spanOrNot(w.Annual25, w.Annual75)},
			{Label: "Mean yearly wage in " + st.Name, Value: orNot(w.AnnualMean)},
			{Label: "Employed in " + st.Name, Value: orNot(w.Employment)},
		} {
			f.Source = stateSource
			a.Fields = append(a.Fields, f)
		}
		if w.Note != "" {
			a.Fields = append(a.Fields, Field{Label: "Figures", Value: w.Note, Source: stateSource})
		}
	}
	if national != "" {
		f := src.field(c, knowledge.FieldMedianAnnual)
		f.Label = "National median yearly wage"
		a.Fields = append(a.Fields, f)
	}
	switch {
	case !ok && !b.kb.HasStates():
		a.Summary = "The knowledge I answer from holds no state wage estimates."
		if national != "" {
			a.Summary += " Nationally the median for " + c.Name + " is " + national + " a year."
		}
	case !ok:
		src.add(knowledge.SourceOEWSState)
		a.Summary = fmt.Sprintf("BLS publishes no May 2024 estimate for %s in %s (not published).", c.Name, st.Name)
		if national != "" {
			a.Summary += " Nationally the median is " + national + " a year."
		}
	case w.AnnualMedian != "":
		a.Summary = fmt.Sprintf("%s in %s: median %s a year", c.Name, st.Name, w.AnnualMedian)
		if w.HourlyMedian != "" {
			a.Summary += fmt.Sprintf(" (%s an hour)", w.HourlyMedian)
		}
		if national != "" {
			a.Summary += ", against " + national + " nationally"
		}
		if from := borrowedFrom(c, knowledge.FieldWageNote); from != "" {
			a.Summary += ", the figures BLS publishes for " + from + ", where they are counted"
		}
		a.Summary += "."
	case w.HourlyMedian != "":
		a.Summary = fmt.Sprintf("%s in %s: median %s an hour; the yearly median is not published.", c.Name, st.Name, w.HourlyMedian)
	default:
		a.Summary = fmt.Sprintf("BLS does not publish a median wage for %s in %s.", c.Name, st.Name)
		if w.Employment != "" {
			a.Summary += " " + w.Employment + " are employed there."
		}
	}
	if ok && pct != "" {
		// "90th percentile pay for nurses in california": the state's,
		// first.
		a.Summary = statePercentile(c, st, w, pct) + " " + a.Summary
	}
	a.Sources = src.list()
	a.Suggestions = []string{"best paying states for " + lowerName(c), "salary of " + lowerName(c)}
	if st.Postal != "CA" {
		a.Suggestions = append(a.Suggestions, "compare "+lowerName(c)+" pay in "+strings.ToLower(st.Name)+" vs california")
	}
	return a
}

// namesake is the career of the other kind of source with the same name:
// the official occupation of a page career, or the page career of an
// official one; nil when there is none.
func (b *turn) namesake(c *knowledge.Career) *knowledge.Career {
	for _, m := range b.kb.Lookup(c.Name, 5) {
		if m.Career.Official() != c.Official() && m.Score >= 0.9 {
			return m.Career
		}
	}
	return nil
}

// statesRanked answers "best paying states for plumbers" (or, with low,
// the lowest paying): states by median yearly wage, and the page's
// best-paying city and state where a page career has them.
// statesRankedEach ranks the states for each of careers, side by side: a
// column of states and medians for each career.
func (b *turn) statesRankedEach(careers []*knowledge.Career, low bool) Answer {
	parts := make([]Answer, len(careers))
	var names []string
	for i, c := range careers {
		parts[i] = b.statesRanked(c, low)
		names = append(names, c.Name)
		for k := range parts[i].Fields {
			parts[i].Fields[k].Label = c.Name + ": " + parts[i].Fields[k].Label // whose territories
		}
	}
	a := parts[0].shared()
	a.Title = strings.Replace(a.Title, careers[0].Name, strings.Join(names, ", "), 1)
	a.About = nil
	for _, c := range careers {
		a.About = append(a.About, c.Key)
	}
	a.Places = nil // "the #1 state" would not say whose
	t := &Table{Columns: []string{""}}
	for i, p := range parts {
		t.Columns = append(t.Columns, careers[i].Name)
		if i > 0 {
			a.add(p)
		}
		if p.Table == nil {
			continue
		}
		for r, row := range p.Table.Rows {
			for len(t.Rows) <= r {
				t.Rows = append(t.Rows, Row{Label: fmt.Sprintf("%d.", len(t.Rows)+1), Cells: make([]string, len(careers))})
			}
			_, state, _ := strings.Cut(row.Label, ". ")
			t.Rows[r].Cells[i] = state + " (" + row.Cells[0] + ")"
		}
	}
	a.Table = nil
	if len(t.Rows) > 0 {
		for r := range t.Rows {
			for i, cell := range t.Rows[r].Cells {
				if cell == "" {
					t.Rows[r].Cells[i] = "—"
				}
			}
		}
		a.Table = t
	}
	return a
}

func (b *turn) statesRanked(c *knowledge.Career, low bool) Answer {
	dir, most := "best", "most"
	if low {
		dir, most = "lowest", "least"
	}
	official, page := c, (*knowledge.Career)(nil)
	if !c.Official() {
		official, page = b.namesake(c), c
	} else {
		page = b.namesake(c)
	}
	a := Answer{Kind: KindRanking, Intent: intentStatesRanked, Title: capitalize(dir) + " paying states: " + c.Name}
	src := newSourceSet(b.kb)
	if page != nil {
		for _, f := range []knowledge.Field{knowledge.FieldState, knowledge.FieldCity} {
			if _, ok := page.Fact(f); ok {
				fd := src.field(page, f)
				fd.Label += " (" + page.Name + ", comparison pages)"
				a.Fields = append(a.Fields, fd)
			}
		}
	}
	var rows []knowledge.StateWage
	if official != nil {
		rows = b.kb.StatesRanked(official, knowledge.FieldMedianAnnual)
	}
	if low {
		slices.Reverse(rows)
	}
	// The territories (Guam, Puerto Rico, the Virgin Islands) are no
	// states: ranked apart, after them, so "the lowest paying state" is
	// one.
	var territories []knowledge.StateWage
	rows = slices.DeleteFunc(rows, func(w knowledge.StateWage) bool {
		if w.State.Territory {
			territories = append(territories, w)
		}
		return w.State.Territory
	})
	if len(rows) == 0 {
		switch {
		case len(a.Fields) > 0:
			a.Kind = KindProfile
			a.Summary = fmt.Sprintf("%s pay best in %s, by its comparison page; I have no state figures for it.", c.Name, a.Fields[0].Value)
			if low {
				a.Summary = fmt.Sprintf("The comparison page names only where %s pay best: %s. I have no state figures for it.", c.Name, a.Fields[0].Value)
			}
		case official != nil && !b.kb.HasStates():
			a.Kind = KindProfile
			a.Summary = "The knowledge I answer from holds no state wage estimates."
			if _, ok := official.Fact(knowledge.FieldMedianAnnual); ok {
				f := src.field(official, knowledge.FieldMedianAnnual)
				f.Label = "National median yearly wage"
				a.Fields = append(a.Fields, f)
				a.Summary += " Nationally the median for " + official.Name + " is " + f.Value + " a year."
			}
		case official != nil:
			src.add(knowledge.SourceOEWSState)
			a.Summary = fmt.Sprintf("BLS publishes no state medians for %s (not published).", official.Name)
		default:
			a.Summary = "I have no state figures for " + c.Name + "."
		}
		a.Sources = src.list()
		return a
	}
	t := &Table{Columns: []string{"State", "Median yearly wage", "Median hourly wage", "Employed"}}
	for i, w := range rows[:min(maxMore, len(rows))] {
		t.Rows = append(t.Rows, Row{Label: fmt.Sprintf("%d. %s", i+1, w.State.Name), Cells: []string{w.AnnualMedian, orNot(w.HourlyMedian), orNot(w.Employment)}})
	}
	a.Table = t
	for _, w := range rows[:min(maxMore, len(rows))] {
		a.Places = append(a.Places, w.State.Postal)
	}
	src.add(knowledge.SourceOEWSState)
	top := rows[0]
	a.Summary = fmt.Sprintf("%s earn the %s in %s: median %s a year", official.Name, most, top.State.Name, top.AnnualMedian)
	if tied := topTied(rows); !low && tied > 1 {
		// BLS publishes no median above its top figure: the states at it
		// are tied, whichever the table puts first.
		a.Summary = fmt.Sprintf("%s earn the %s in %d states tied at BLS's top figure, a median of %s a year", official.Name, most, tied, top.AnnualMedian)
		if tied <= maxMore {
			var names []string
			for _, w := range rows[:tied] {
				names = append(names, w.State.Name)
			}
			a.Summary += ": " + strings.Join(names, ", ")
		}
		a.Fields = append(a.Fields, Field{Label: "Order", Value: "states tied at the top figure are listed by mean yearly wage"})
	}
	if official != c {
		a.Summary = fmt.Sprintf("By the BLS figures for %s, the official occupation nearest to %s: they earn the %s in %s, median %s a year",
			official.Name, c.Name, most, top.State.Name, top.AnnualMedian)
	}
	if national := factValue(official, knowledge.FieldMedianAnnual); national != "" {
		a.Summary += fmt.Sprintf(" (national median %s)", national)
		src.add(knowledge.SourceOEWS)
	}
	a.Summary += fmt.Sprintf(", of %d states (DC counted as one) with a published median.", len(rows))
	if top.Note != "" {
		a.Fields = append(a.Fields, Field{Label: "Figures", Value: top.Note})
	}
	if len(territories) > 0 {
		var ts []string
		for _, w := range territories {
			ts = append(ts, w.State.Name+" "+w.AnnualMedian)
		}
		a.Fields = append(a.Fields, Field{Label: "Territories (not ranked with the states)", Value: strings.Join(ts, "; ")})
	}
	a.Sources = src.list()
	other := "lowest paying states for "
	if low {
		other = "best paying states for "
	}
	a.Suggestions = []string{
		"how much do " + lowerName(official) + " make in " + strings.ToLower(top.State.Name),
		other + lowerName(official),
	}
	return a
}

// topTied is how many states lead a ranking at the top figure together.
func topTied(rows []knowledge.StateWage) int {
	n := 0
	for n < len(rows) && rows[n].TopCoded() {
		n++
	}
	return n
}

// compareInState answers "compare nurse and electrician pay in texas":
// several careers side by side in one state, who earns more said by the
// hour when hourly is asked ("how about hourly?").
func (b *turn) compareInState(cs []*knowledge.Career, st knowledge.State, hourly bool) Answer {
	var names []string
	for _, c := range cs {
		names = append(names, c.Name)
	}
	a := Answer{Kind: KindCompare, Intent: intentCompareState, Title: strings.Join(names, " vs ") + " in " + st.Name}
	src := newSourceSet(b.kb)
	t := &Table{Columns: append([]string{""}, names...)}
	rowsOf := []struct {
		label string
		get   func(w knowledge.StateWage) string
	}{
		{"Median yearly wage in " + st.Name, func(w knowledge.StateWage) string { return w.AnnualMedian }},
		{"Median hourly wage in " + st.Name, func(w knowledge.StateWage) string { return w.HourlyMedian }},
		{"Middle 80% of yearly wages", func(w knowledge.StateWage) string { return spanOrNot(w.Annual10, w.Annual90) }},
		{"Mean yearly wage in " + st.Name, func(w knowledge.StateWage) string { return w.AnnualMean }},
		{"Employed in " + st.Name, func(w knowledge.StateWage) string { return w.Employment }},
	}
	wages := make([]knowledge.StateWage, len(cs))
	has := make([]bool, len(cs))
	for i, c := range cs {
		if c.Official() {
			wages[i], has[i] = b.kb.StateWages(c, st)
		}
	}
	for _, r := range rowsOf {
		row := Row{Label: r.label}
		for i := range cs {
			switch {
			case !cs[i].Official():
				row.Cells = append(row.Cells, NotGiven)
			case !has[i]:
				row.Cells = append(row.Cells, NotPublished)
			default:
				row.Cells = append(row.Cells, orNot(r.get(wages[i])))
			}
		}
		t.Rows = append(t.Rows, row)
	}
	national := Row{Label: "National median yearly wage"}
	for _, c := range cs {
		v := factValue(c, knowledge.FieldMedianAnnual)
		if v != "" {
			src.add(knowledge.SourceOEWS)
		} else {
			v = NotGiven
		}
		national.Cells = append(national.Cells, v)
	}
	t.Rows = append(t.Rows, national)
	a.Table = t
	src.add(knowledge.SourceOEWSState)

	// Who earns more in the state, by median.
	median, per := func(w knowledge.StateWage) string { return w.AnnualMedian }, "a year"
	if hourly {
		median, per = func(w knowledge.StateWage) string { return w.HourlyMedian }, "an hour"
	}
	var ps []payPoint
	for i, c := range cs {
		if m := median(wages[i]); has[i] && m != "" {
			v, _ := knowledge.Fact{Value: m}.Number()
			ps = append(ps, payPoint{c.Name, m, v})
		}
	}
	switch len(ps) {
	case 0:
		a.Summary = "BLS publishes no median wage in " + st.Name + " for these careers."
	case 1:
		a.Summary = fmt.Sprintf("Only %s has a published median in %s: %s %s.", ps[0].label, st.Name, ps[0].text, per)
	default:
		hi, lo, pct := spread(ps)
		least := "" // a top-coded median: the difference is at least so much
		if (knowledge.Fact{Value: hi.text}).TopCoded() {
			least = "at least "
		}
		switch {
		case (knowledge.Fact{Value: lo.text}).TopCoded():
			a.Summary = fmt.Sprintf("In %s both earn at least %s %s, the highest figure BLS publishes; it shows no wages above it, so which earns more is not known.",
				st.Name, strings.TrimSuffix(lo.text, " or more"), per)
		case hi.v == lo.v:
			a.Summary = fmt.Sprintf("In %s they have the same median: %s %s.", st.Name, hi.text, per)
		case hourly:
			a.Summary = fmt.Sprintf("In %s, %s %s %s$%.2f (%.1f%%) more an hour than %s (medians %s and %s).",
				st.Name, hi.label, verb(hi.label, "earns", "earn"), least, hi.v-lo.v, pct, lo.label, hi.text, lo.text)
		default:
			a.Summary = fmt.Sprintf("In %s, %s %s %s%s (%.1f%%) more a year than %s (medians %s and %s).",
				st.Name, hi.label, verb(hi.label, "earns", "earn"), least, money(hi.v-lo.v), pct, lo.label, hi.text, lo.text)
		}
	}
	a.Sources = src.list()
	return a
}

// compareStates answers "compare nurse pay in texas vs california": one
// career in several states, side by side.
func (b *turn) compareStates(c *knowledge.Career, sts []knowledge.State) Answer {
	var names []string
	for _, st := range sts {
		names = append(names, st.Name)
	}
	title := c.Name + ": " + strings.Join(names, " vs ")
	if !c.Official() {
		return b.pageOnly(c, intentCompareState, title)
	}
	a := Answer{Kind: KindCompare, Intent: intentCompareState, Title: title}
	src := newSourceSet(b.kb)
	t := &Table{Columns: append([]string{""}, names...)}
	wages := make([]knowledge.StateWage, len(sts))
	has := make([]bool, len(sts))
	for i, st := range sts {
		wages[i], has[i] = b.kb.StateWages(c, st)
	}
	for _, r := range []struct {
		label string
		get   func(w knowledge.StateWage) string
	}{
		{"Median yearly wage", func(w knowledge.StateWage) string { return orNot(w.AnnualMedian) }},
		{"Median hourly wage", func(w knowledge.StateWage) string { return orNot(w.HourlyMedian) }},
		{"Middle 80% of yearly wages", func(w knowledge.StateWage) string { return spanOrNot(w.Annual10, w.Annual90) }},
		{"Mean yearly wage", func(w knowledge.StateWage) string { return orNot(w.AnnualMean) }},
		{"Employed", func(w knowledge.StateWage) string { return orNot(w.Employment) }},
	} {
		row := Row{Label: r.label}
		for i := range sts {
			if has[i] {
				row.Cells = append(row.Cells, r.get(wages[i]))
			} else {
				row.Cells = append(row.Cells, NotPublished)
			}
		}
		t.Rows = append(t.Rows, row)
	}
	a.Table = t
	src.add(knowledge.SourceOEWSState)
	var ps []payPoint
	for i, st := range sts {
		if has[i] && wages[i].AnnualMedian != "" {
			v, _ := knowledge.Fact{Value: wages[i].AnnualMedian}.Number()
			ps = append(ps, payPoint{st.Name, wages[i].AnnualMedian, v})
		}
	}
	switch len(ps) {
	case 0:
		a.Summary = fmt.Sprintf("BLS publishes no median for %s in these states (not published).", c.Name)
	case 1:
		a.Summary = fmt.Sprintf("Only %s has a published median for %s: %s a year.", ps[0].label, c.Name, ps[0].text)
	default:
		if hi, lo, pct := spread(ps); hi.v == lo.v {
			a.Summary = fmt.Sprintf("%s have the same median in these states: %s a year.", c.Name, hi.text)
		} else {
			a.Summary = fmt.Sprintf("%s earn %s (%.1f%%) more a year in %s (median %s) than in %s (%s).",
				c.Name, money(hi.v-lo.v), pct, hi.label, hi.text, lo.label, lo.text)
		}
	}
	if national := factValue(c, knowledge.FieldMedianAnnual); national != "" {
		f := src.field(c, knowledge.FieldMedianAnnual)
		f.Label = "National median yearly wage"
		a.Fields = append(a.Fields, f)
	}
	if w := wages[0]; has[0] && w.Note != "" {
		a.Fields = append(a.Fields, Field{Label: "Figures", Value: w.Note})
	}
	a.Sources = src.list()
	a.Suggestions = []string{"best paying states for " + lowerName(c)}
	return a
}

// tasks answers "what does a plumber do" from O*NET: the description and
// the main (core) tasks.
func (b *turn) tasks(c *knowledge.Career) Answer {
	a := Answer{Kind: KindProfile, Intent: intentTasks, Title: whatDoesTitle(c)}
	src := newSourceSet(b.kb)
	if d, ok := c.Fact(knowledge.FieldDescription); ok {
		a.Summary = firstSentence(d.Value)
		a.Fields = append(a.Fields, src.field(c, knowledge.FieldDescription))
	}
	if l, ok := b.kb.List(c, knowledge.ListTasks); ok && len(l.Items) > 0 {
		src.add(l.Source)
		var core, other []string
		for _, it := range l.Items {
			if strings.EqualFold(it.Share, "Core") {
				core = append(core, it.Name)
			} else {
				other = append(other, it.Name)
			}
		}
		if len(core) > 0 {
			a.Lists = append(a.Lists, List{Title: "Main (core) tasks", Items: core})
		}
		if len(other) > 0 {
			a.Lists = append(a.Lists, List{Title: "Other tasks", Items: other})
		}
	} else if l, ok := c.Lists[knowledge.ListResponsibilities]; ok && len(l.Items) > 0 {
		src.add(l.Source)
		a.Lists = append(a.Lists, List{Title: "Example responsibilities", Items: itemTexts(l.Items)})
	}
	switch {
	case a.Summary == "" && len(a.Lists) == 0:
		a.Summary = "The sources I have say nothing about what " + c.Name + " do."
	case a.Summary == "":
		a.Summary = fmt.Sprintf("%s: %s", a.Lists[0].Title, a.Lists[0].Items[0])
	}
	a.Sources = src.list()
	a.Suggestions = []string{"what software do " + lowerName(c) + " use", "careers similar to " + lowerName(c)}
	return a
}

// technologyOf answers "what software do accountants use": O*NET's
// technology examples, hot technologies first.
// usesTechnology answers whether a career uses one technology ("do
// accountants need to know excel"): yes when O*NET lists it for the
// career, with its hot-technology flags, else no, with what it lists.
func (b *turn) usesTechnology(c *knowledge.Career, name string) Answer {
	a := b.technologyOf(c)
	l, ok := b.kb.List(c, knowledge.ListTechnology)
	if !ok {
		return a
	}
	for _, it := range l.Items {
		if strings.EqualFold(it.Name, name) {
			a.Summary = fmt.Sprintf("Yes: O*NET lists %s among the technology %s use", it.Name, c.Name)
			if it.Share != "" {
				a.Summary += " (" + it.Share + ")"
			}
			a.Summary += "."
			return a
		}
	}
	a.Summary = fmt.Sprintf("O*NET does not list %s for %s. ", name, c.Name) + a.Summary
	return a
}

func (b *turn) technologyOf(c *knowledge.Career) Answer {
	a := Answer{Kind: KindList, Intent: intentTechnology, Title: "Technology used by " + c.Name}
	l, ok := b.kb.List(c, knowledge.ListTechnology)
	if !ok || len(l.Items) == 0 {
		a.Summary = "The sources I have list no technology for " + c.Name + "."
		if c.Official() {
			a.Summary = "O*NET lists no technology for " + c.Name + "."
		}
		return a
	}
	src := newSourceSet(b.kb)
	src.add(l.Source)
	var flagged, others []string
	hot := 0 // flagged Hot Technology; "In Demand" alone is not hot
	for _, it := range l.Items {
		if it.Share != "" {
			flagged = append(flagged, it.Name+" ("+it.Share+")")
			if strings.Contains(it.Share, knowledge.FlagHot) {
				hot++
			}
		} else {
			others = append(others, it.Name)
		}
	}
	if len(flagged) > 0 {
		title := "Hot technologies (often named in job postings)"
		if hot < len(flagged) {
			title = "Hot and in-demand technologies (often named in job postings)"
		}
		a.Lists = append(a.Lists, List{Title: title, Items: flagged[:min(15, len(flagged))]})
	}
	if len(others) > 0 {
		a.Lists = append(a.Lists, List{Title: "Other technology", Items: others[:min(maxMore, len(others))]})
	}
	first := l.Items[:min(3, len(l.Items))]
	var names []string
	for _, it := range first {
		names = append(names, it.Name)
	}
	a.Summary = fmt.Sprintf("%s use %s", c.Name, strings.Join(names, ", "))
	switch demand := len(flagged) - hot; {
	case hot > 0 && demand > 0:
		a.Summary += fmt.Sprintf("; O*NET flags %s for them, and %d more as in demand", hotCount(hot), demand)
	case hot > 0:
		a.Summary += fmt.Sprintf("; O*NET flags %s for them", hotCount(hot))
	case demand > 0:
		a.Summary += fmt.Sprintf("; O*NET flags %d as in demand for them", demand)
	}
	a.Summary += "."
	a.Sources = src.list()
	a.Suggestions = []string{"jobs that use " + strings.ToLower(l.Items[0].Name), whatDo(c)}
	return a
}

// knowledgeOf answers "what knowledge do accountants need": the knowledge
// areas O*NET rates most important for an occupation, with their ratings.
func (b *turn) knowledgeOf(c *knowledge.Career) Answer {
	a := Answer{Kind: KindList, Intent: intentKnowledgeOf, Title: "Knowledge for " + c.Name}
	l, ok := b.kb.List(c, knowledge.ListKnowledge)
	if !ok || len(l.Items) == 0 {
		a.Summary = "O*NET rates no knowledge areas for " + c.Name + "."
		return a
	}
	src := newSourceSet(b.kb)
	src.add(l.Source)
	var items, first []string
	for i, it := range l.Items[:min(maxMore, len(l.Items))] {
		rated := fmt.Sprintf("%s (%s of 5)", it.Name, it.Share)
		items = append(items, rated)
		if i < 3 {
			first = append(first, rated)
		}
	}
	a.Lists = []List{{Title: "Knowledge areas, most important first (importance 1-5)", Items: items}}
	a.Summary = fmt.Sprintf("O*NET rates these knowledge areas most important for %s: %s.", c.Name, strings.Join(first, ", "))
	a.Sources = src.list()
	a.Suggestions = []string{"careers that need " + strings.ToLower(l.Items[0].Name) + " knowledge", "top skills for " + article(strings.ToLower(c.Name))}
	return a
}

// importanceOf answers "how important is programming for a software
// developer": O*NET's importance (1-5) of the skill or knowledge area the
// question names, and its place among those rated; key is the question's
// phraseKey with a space at each end. It reports false when the question
// names none of them.
func (b *turn) importanceOf(c *knowledge.Career, key string) (Answer, bool) {
	skills, hasSkills := b.kb.List(c, knowledge.ListSkillImportance)
	areas, hasAreas := b.kb.List(c, knowledge.ListKnowledge)
	if !hasSkills && !hasAreas {
		return Answer{Kind: KindList, Intent: intentKnowledgeOf, Title: "Skills and knowledge of " + c.Name,
			Summary:     "O*NET rates no skills or knowledge areas for " + c.Name + ".",
			Suggestions: []string{whatDoes(c), "salary of " + lowerName(c)}}, true
	}
	for _, l := range []struct {
		list knowledge.List
		what string
	}{{skills, "skills"}, {areas, "knowledge areas"}} {
		for i, it := range l.list.Items {
			if !namesElement(key, it.Name) {
				continue
			}
			src := newSourceSet(b.kb)
			src.add(l.list.Source)
			a := Answer{Kind: KindList, Intent: intentKnowledgeOf, Title: it.Name + " for " + c.Name}
			a.Summary = fmt.Sprintf("O*NET rates %s %s of 5 in importance for %s, %s of the %d %s I keep as most important for it (%s is first, %s).",
				it.Name, it.Share, c.Name, nth(i+1), len(l.list.Items), l.what, l.list.Items[0].Name, l.list.Items[0].Share)
			if i == 0 {
				a.Summary = fmt.Sprintf("O*NET rates %s %s of 5 in importance for %s, the most important of its %s.", it.Name, it.Share, c.Name, l.what)
			}
			a.Sources = src.list()
			a.Suggestions = []string{"top skills for " + article(strings.ToLower(c.Name)), "what knowledge do " + lowerName(c) + " need"}
			return a, true
		}
	}
	return Answer{}, false
}

// namesElement reports whether key, a question's words with a space at
// each end, names an O*NET skill or knowledge area: its whole name, the
// word before "and" in it ("law": Law and Government), or a plain word
// for it.
func namesElement(key, name string) bool {
	n := phraseKey(name)
	if holdsWords(key, n) {
		return true
	}
	// "Law and Government", "Computers and Electronics": the first word
	// says it; not "Service" of "Service Orientation".
	if first, _, ok := strings.Cut(n, " and "); ok && !strings.Contains(first, " ") && holdsWords(key, first) {
		return true
	}
	for _, w := range elementWords[n] {
		if holdsWords(key, w) {
			return true
		}
	}
	return false
}

// elementWords are plain words for O*NET skills and knowledge areas.
var elementWords = map[string][]string{
	"mathematics": {"math", "maths"}, "programming": {"coding", "code"}, "english language": {"english", "grammar"},
	"computers and electronics": {"computer", "computers", "tech"}, "customer and personal service": {"customer service"},
	"speaking": {"communication", "public speaking"}, "social perceptiveness": {"people skills", "empathy"},
}

// nth writes a place in a list: "1st", "2nd", "3rd", "11th".
func nth(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}

// riasecGloss says in a few words what each O*NET interest area is about.
var riasecGloss = map[string]string{
	"Realistic":     "hands-on work with tools, machines, plants or animals",
	"Investigative": "ideas, research and solving problems",
	"Artistic":      "creating, designing and self-expression",
	"Social":        "helping, teaching and caring for people",
	"Enterprising":  "leading, persuading and selling",
	"Conventional":  "data, records and set procedures",
}

// interestsOf answers "what personality fits an engineer": an occupation's
// O*NET interest profile (Holland codes), strongest first.
func (b *turn) interestsOf(c *knowledge.Career) Answer {
	a := Answer{Kind: KindList, Intent: intentInterestsOf, Title: "Interests of " + c.Name}
	l, ok := b.kb.List(c, knowledge.ListInterests)
	if !ok || len(l.Items) == 0 {
		a.Summary = "O*NET gives no interest profile for " + c.Name + "."
		return a
	}
	src := newSourceSet(b.kb)
	src.add(l.Source)
	scores := slices.Clone(l.Items)
	slices.SortStableFunc(scores, func(x, y knowledge.Item) int {
		vx, _ := strconv.ParseFloat(x.Share, 64)
		vy, _ := strconv.ParseFloat(y.Share, 64)
		return cmp.Compare(vy, vx)
	})
	var items []string
	for _, it := range scores {
		items = append(items, fmt.Sprintf("%s %s of 7: %s", it.Name, it.Share, riasecGloss[it.Name]))
	}
	a.Lists = []List{{Title: "Interest scores (O*NET, 1-7), strongest first", Items: items}}
	high := factValue(c, knowledge.FieldInterestCode)
	if high == "" {
		high = scores[0].Name
	}
	a.Summary = fmt.Sprintf("%s %s people whose strongest interests are %s (O*NET interest profile).", c.Name, verb(c.Name, "suits", "suit"), high)
	a.Sources = src.list()
	first, _, _ := strings.Cut(high, ", ")
	a.Suggestions = []string{"careers for " + strings.ToLower(first) + " interests", whatDo(c)}
	return a
}

// interestFit answers whether career c suits someone of the interest
// area said ("is nursing good for someone who likes helping people"), or
// someone who dislikes it ("… who hates talking to people"): its
// interest profile, saying first whether the area is among its strongest
// (O*NET's high-point code).
func (b *turn) interestFit(c *knowledge.Career, area string, disliked bool) Answer {
	a := b.interestsOf(c)
	high := factValue(c, knowledge.FieldInterestCode)
	if high == "" || len(a.Lists) == 0 {
		return a
	}
	strongest := strings.Split(high, ", ")
	among := slices.Contains(strongest, area)
	switch {
	case disliked && among:
		a.Summary = fmt.Sprintf("Not by O*NET's profile: %s is among the strongest interests of %s, which someone who dislikes it may not enjoy. ", area, c.Name) + a.Summary
	case disliked:
		a.Summary = fmt.Sprintf("By O*NET's profile, yes: %s is not among the strongest interests of %s. ", area, c.Name) + a.Summary
	case strongest[0] == area:
		a.Summary = fmt.Sprintf("Yes: %s is the strongest interest of %s (O*NET interest profile). ", area, c.Name) + a.Summary
	case among:
		a.Summary = fmt.Sprintf("Yes: %s is among the strongest interests of %s (O*NET interest profile). ", area, c.Name) + a.Summary
	default:
		a.Summary = fmt.Sprintf("Not by O*NET's profile: %s is not among the strongest interests of %s. ", area, c.Name) + a.Summary
	}
	if more := "careers for " + strings.ToLower(area) + " interests"; !slices.Contains(a.Suggestions, more) {
		a.Suggestions = append([]string{more}, a.Suggestions...) // interestsOf suggests the strongest's
	}
	return a
}

// byTechnology answers "jobs that use python": the occupations whose
// technology examples name it, hot and in demand first, then by
// employment. ok is false when no occupation names it.
func (b *turn) byTechnology(name string) (Answer, bool) {
	hs := b.kb.WithTechnology(name)
	if len(hs) == 0 {
		return Answer{}, false
	}
	product := hs[0].Item.Name
	a := Answer{Kind: KindRanking, Intent: intentByTechnology, Title: "Careers that use " + product}
	src := newSourceSet(b.kb)
	t := &Table{Columns: []string{"Career", "O*NET flags", "Employed (May 2024)"}}
	for i, h := range hs[:min(maxMore, len(hs))] {
		src.add(h.Source)
		flags := h.Item.Share
		if flags == "" {
			flags = "—"
		}
		emp := factValue(h.Career, knowledge.FieldEmployment)
		if _, borrowed := h.Career.Fact(knowledge.FieldWageNote); borrowed || emp == "" {
			emp = NotGiven
		} else {
			src.add(knowledge.SourceOEWS)
		}
		t.Rows = append(t.Rows, Row{Label: fmt.Sprintf("%d. %s", i+1, h.Career.Name), Cells: []string{flags, emp}})
		a.About = append(a.About, h.Career.Key) // "the second one"
	}
	a.Table = t
	inDemand := 0
	for _, h := range hs {
		if strings.Contains(h.Item.Share, "In Demand") {
			inDemand++
		}
	}
	a.Summary = fmt.Sprintf("%d %s %s", len(hs), map[bool]string{true: "occupation names", false: "occupations name"}[len(hs) == 1], product)
	if inDemand > 0 {
		a.Summary += fmt.Sprintf("; employers ask for it in job postings (In Demand) for %d of them", inDemand)
	}
	a.Summary += fmt.Sprintf(". %s come first.", hs[0].Career.Name)
	a.Sources = src.list()
	a.Suggestions = []string{"what software do " + lowerName(hs[0].Career) + " use", "salary of " + lowerName(hs[0].Career)}
	return a, true
}

// relatedTierTitles are the headings of O*NET's relatedness tiers.
var relatedTierTitles = map[string]string{
	"Primary-Short": "Most closely related",
	"Primary-Long":  "Also closely related",
	"Supplemental":  "Further related",
}

// related answers "careers similar to electricians": O*NET's related
// occupations by tier, with their median wages; for a page career, its
// official namesake's, and the careers its pages compare it with.
// With richer, only those whose median yearly wage is above c's are kept:
// "jobs like social work but better paid".
// relatedAsk is what a question asks of the careers related to one: those
// that pay more (richer), of another kind than it (away, when leaving it),
// that typically need no college degree (noDegree), or less education
// than it (lessSchool).
type relatedAsk struct{ richer, away, noDegree, lessSchool bool }

func (b *turn) related(c *knowledge.Career, ask relatedAsk) Answer {
	a := Answer{Kind: KindList, Intent: intentRelated, Title: "Careers related to " + c.Name}
	src := newSourceSet(b.kb)
	from := c
	if !c.Official() {
		var partners []string
		for _, p := range b.kb.Partners(c) {
			partners = append(partners, p.Name)
		}
		if len(partners) > 0 {
			for _, s := range c.Sources {
				src.add(s)
			}
			a.Lists = append(a.Lists, List{Title: "Compared with it on comparison pages", Items: partners})
		}
		from = b.namesake(c)
	}
	var rel []*knowledge.Career
	var tiers []string
	if from != nil {
		rel = b.kb.Related(from)
		l, _ := b.kb.List(from, knowledge.ListRelated)
		for _, it := range l.Items {
			if _, ok := b.kb.Career("onet:" + it.Name); ok {
				tiers = append(tiers, it.Share)
			}
		}
	}
	others := ""
	if ask.away && from != nil {
		// Leaving a career ("i'm a teacher and want to switch careers"):
		// not more of the same kind ("Middle School Teachers").
		head := b.headNoun(from.Name)
		keep, keepTiers := keepRelated(rel, tiers, func(r *knowledge.Career) bool { return b.headNoun(r.Name) != head })
		if len(keep) > 0 && len(keep) < len(rel) {
			others = fmt.Sprintf(" (leaving out %s of the same kind, %s)", countOf(len(rel)-len(keep), "career"), strings.ToLower(head))
			rel, tiers = keep, keepTiers
		}
	}
	filter := ""
	if ask.noDegree && from != nil {
		// "what pays more that i could do without college".
		rel, tiers = keepRelated(rel, tiers, (&question{noDegree: true}).keeps)
		filter = " that typically need no college degree"
	}
	if ed, ok := factOf(from, knowledge.FieldTypicalEducation); ask.lessSchool && ok {
		// "what's similar but less school": those entered with less.
		at := slices.Index(typicalEducationOrder, ed.Value)
		rel, tiers = keepRelated(rel, tiers, func(r *knowledge.Career) bool {
			e, ok := r.Fact(knowledge.FieldTypicalEducation)
			return ok && slices.Index(typicalEducationOrder, e.Value) < at
		})
		filter = " that typically need less education than its " + lowerFirst(ed.Value)
	}
	all, floor := len(rel), Value{Missing: true}
	if ask.richer && all > 0 { // rel is empty without from
		floor = parseValue(factValue(from, knowledge.FieldMedianAnnual))
	}
	if !floor.Missing {
		rel, tiers = keepRelated(rel, tiers, func(r *knowledge.Career) bool {
			v := parseValue(factValue(r, knowledge.FieldMedianAnnual))
			return !v.Missing && v.Number > floor.Number
		})
		a.Title = "Careers related to " + from.Name + " that pay more" + filter
		if len(rel) == 0 {
			a.Summary = fmt.Sprintf("None of the %d occupations O*NET lists as related to %s%s has a higher median yearly wage than its %s.", all, from.Name, filter, floor.Text)
			src.add(knowledge.SourceOEWS)
			a.Sources = src.list()
			return a
		}
	}
	if len(rel) > 0 {
		l, _ := b.kb.List(from, knowledge.ListRelated)
		src.add(l.Source)
		var order []string
		byTier := map[string][]string{}
		for i, r := range rel {
			tier := tiers[i]
			if _, seen := byTier[tier]; !seen {
				order = append(order, tier)
			}
			item := r.Name
			if m := factValue(r, knowledge.FieldMedianAnnual); m != "" {
				if code := borrowedWages(r); code != "" {
					// Several related specialties share one published row:
					// say whose figure it is.
					item += " (median " + m + ", the figure of " + code + ")"
				} else {
					item += " (median " + m + ")"
				}
				src.add(knowledge.SourceOEWS)
			}
			byTier[tier] = append(byTier[tier], item)
		}
		for _, tier := range order {
			title := relatedTierTitles[tier]
			if title == "" {
				title = tier
			}
			a.Lists = append(a.Lists, List{Title: title, Items: byTier[tier]})
		}
		var first []string
		for _, r := range rel[:min(3, len(rel))] {
			first = append(first, r.Name)
		}
		a.Summary = fmt.Sprintf("O*NET lists %d occupations related to %s%s%s; the closest: %s.", len(rel), from.Name, others, filter, strings.Join(first, "; "))
		if floor.Missing && filter != "" {
			a.Title += filter
		}
		switch {
		case len(rel) < all:
			pays, closest := "pay", "; the closest: "
			if len(rel) == 1 {
				pays, closest = "pays", ": " // "1 pays …: Instructional Coordinators"
			}
			a.Summary = fmt.Sprintf("Of the %d occupations O*NET lists as related to %s%s, %d %s a higher median yearly wage than its %s%s%s.",
				all, from.Name, filter, len(rel), pays, factValue(from, knowledge.FieldMedianAnnual), closest, strings.Join(first, "; "))
		case !floor.Missing:
			a.Summary = fmt.Sprintf("All %d occupations O*NET lists as related to %s%s pay a higher median yearly wage than its %s; the closest: %s.",
				all, from.Name, filter, factValue(from, knowledge.FieldMedianAnnual), strings.Join(first, "; "))
		}
		for _, tier := range order { // as the lists show them
			for i, r := range rel {
				if tiers[i] == tier {
					a.Listed = append(a.Listed, r.Key)
				}
			}
		}
		a.Suggestions = []string{"compare " + lowerName(from) + " vs " + lowerName(rel[0]), whatDo(rel[0])}
	} else if len(a.Lists) > 0 {
		a.Summary = "Its comparison pages compare " + c.Name + " with " + strings.Join(a.Lists[0].Items, ", ") + "."
	} else {
		a.Summary = "The sources I have list no careers related to " + c.Name + "."
	}
	a.Sources = src.list()
	return a
}

// headNoun is the kind of worker a career's name says: its last word
// that heads names ("Teachers" of "Art, Drama, and Music Teachers,
// Postsecondary"; "Nurses" of "Licensed Practical and Licensed Vocational
// Nurses"), else its last word.
func (b *turn) headNoun(name string) string {
	name, _, _ = strings.Cut(name, ", Except")
	name, _, _ = strings.Cut(name, " of ") // "First-Line Supervisors of Retail Sales Workers": supervisors
	f := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == ',' })
	for i := len(f) - 1; i >= 0; i-- {
		if w := knowledge.Tokens(f[i]); len(w) == 1 && b.kb.HeadNoun(w[0]) {
			return f[i]
		}
	}
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// byInterest answers "careers for someone who likes helping people": the
// occupations whose strongest RIASEC interest is the one asked for, by its
// score, or with byPay by median yearly wage; education keeps those whose
// typical entry education is the one asked for, or any below a
// bachelor's for noCollegeDegree ("… that need no degree").
func (b *turn) byInterest(code, education string, byPay bool) Answer {
	return b.byInterests(code, "", education, byPay)
}

// byInterests is byInterest of the occupations whose two strongest
// interests are code's area and also's, in either order ("jobs for someone
// artistic and social": O*NET's Holland code AS or SA), when also is an
// area.
func (b *turn) byInterests(code, also, education string, byPay bool) Answer {
	area, ok := knowledge.InterestArea(code)
	if !ok {
		return hint("I could not tell which interest you mean.")
	}
	second, two := knowledge.InterestArea(also)
	two = two && second != area
	hs, _ := b.kb.ByInterest(area)
	var keep []knowledge.Holder
	for _, h := range hs {
		codes := strings.Split(factValue(h.Career, knowledge.FieldInterestCode), ", ")
		if two && (len(codes) < 2 || !(codes[0] == area && codes[1] == second || codes[0] == second && codes[1] == area)) ||
			!two && codes[0] != area {
			continue
		}
		if ed := factValue(h.Career, knowledge.FieldTypicalEducation); education == noCollegeDegree && !belowBachelors[ed] ||
			education == noDoctoralDegree && (ed == "Doctoral or professional degree" || ed == "") ||
			education != "" && education != noCollegeDegree && education != noDoctoralDegree && ed != education {
			continue
		}
		keep = append(keep, h)
	}
	all := len(keep)
	if byPay {
		keep = paidFirst(keep)
	}
	areas, strongest := area, "strongest interest"
	if two {
		areas, strongest = area+" and "+second, "two strongest interests"
	}
	a := Answer{Kind: KindRanking, Intent: intentByInterest, Title: "Careers for " + strings.ToLower(areas) + " interests"}
	what := areas
	if education != "" {
		what += ", typically entered with " + lowerFirst(education)
	}
	src := newSourceSet(b.kb)
	src.add(knowledge.SourceONETInterests)
	if len(keep) == 0 {
		a.Summary = "No occupation I know has " + what + " as its " + strongest + "."
		a.Sources = src.list()
		return a
	}
	t := &Table{Columns: []string{"Career", area + " interest (1-7)", "Median yearly wage", "Typical education"}}
	for i, h := range keep[:min(maxMore, len(keep))] {
		median := factValue(h.Career, knowledge.FieldMedianAnnual)
		if median == "" {
			median = NotGiven
		} else {
			src.add(knowledge.SourceOEWS)
		}
		ed := factValue(h.Career, knowledge.FieldTypicalEducation)
		if ed == "" {
			ed = NotGiven
		} else {
			src.add(knowledge.SourceProjections)
		}
		t.Rows = append(t.Rows, Row{Label: fmt.Sprintf("%d. %s", i+1, h.Career.Name), Cells: []string{h.Item.Share, median, ed}})
		a.About = append(a.About, h.Career.Key) // "the second one"
	}
	a.Table = t
	top := keep[0]
	entered := ""
	if education != "" {
		entered = " typically entered with " + lowerFirst(education)
		if !strings.HasPrefix(entered, " typically entered with no ") && !strings.HasPrefix(entered, " typically entered with some ") {
			entered = " typically entered with " + article(lowerFirst(education))
		}
	}
	if byPay {
		a.Title += ", best paid first"
		a.Summary = fmt.Sprintf("Of %d occupations whose %s %s %s, %s %s the most: median %s a year.",
			len(keep), strongest, verb(strongest, "is", "are"), what, top.Career.Name, verb(top.Career.Name, "pays", "pay"), factValue(top.Career, knowledge.FieldMedianAnnual))
		if all > len(keep) {
			// The others have no BLS median of their own: specialties
			// counted with another occupation, or none published.
			a.Summary = fmt.Sprintf("%d occupations%s have %s as their %s (O*NET); of the %d with a BLS median of their own, %s %s the most: median %s a year.",
				all, entered, areas, strongest, len(keep), top.Career.Name, verb(top.Career.Name, "pays", "pay"), factValue(top.Career, knowledge.FieldMedianAnnual))
		}
	} else {
		a.Summary = fmt.Sprintf("%d occupations%s have %s as their %s (O*NET); %s %s highest: %s of 7.",
			len(keep), entered, areas, strongest, top.Career.Name, verb(top.Career.Name, "scores", "score"), top.Item.Share)
		if two {
			a.Summary = strings.TrimSuffix(a.Summary, ".") + " in " + area + "."
		}
	}
	a.Sources = src.list()
	a.Suggestions = []string{whatDo(top.Career), "salary of " + lowerName(top.Career)}
	return a
}

// medianValue is a career's BLS median yearly wage as a number for
// ranking: a top-coded "$239,200 or more" ranks as $239,200, above every
// published figure below it; 0 when there is none.
func medianValue(c *knowledge.Career) float64 {
	f, ok := c.Fact(knowledge.FieldMedianAnnual)
	if !ok {
		return 0
	}
	v, _ := knowledge.Fact{Value: strings.TrimSuffix(f.Value, " or more")}.Number()
	return v
}

// namesShown is how many of a career's other titles an answer lists.
const namesShown = 20

// namesOf answers "other names for a software developer": the alternate
// titles of the career, as its source lists them.
func (b *turn) namesOf(c *knowledge.Career) Answer {
	a := Answer{Kind: KindList, Intent: intentNames, Title: "Other names for " + c.Name, About: []string{c.Key}}
	names := c.Aliases.Strings()
	if len(names) == 0 {
		a.Summary = "The sources I have list no other names for " + c.Name + "."
		return a
	}
	shown := names[:min(len(names), namesShown)]
	a.Summary = fmt.Sprintf("%s also go by %s other titles; among them: %s.", c.Name, commas(int64(len(names))), strings.Join(shown[:min(len(shown), 5)], "; "))
	if len(names) == 1 {
		a.Summary = fmt.Sprintf("%s also go by one other title: %s.", c.Name, names[0])
	}
	a.Lists = []List{{Title: "Other titles", Items: shown}}
	src := newSourceSet(b.kb)
	for _, s := range c.Sources {
		src.add(s)
	}
	if c.Official() {
		src = newSourceSet(b.kb)
		src.add(knowledge.SourceONET)
	}
	a.Sources = src.list()
	return a
}

// keepRelated returns the related careers rel, with their tiers, that
// keep holds of.
func keepRelated(rel []*knowledge.Career, tiers []string, keep func(*knowledge.Career) bool) ([]*knowledge.Career, []string) {
	var out []*knowledge.Career
	var outTiers []string
	for i, r := range rel {
		if keep(r) {
			out, outTiers = append(out, r), append(outTiers, tiers[i])
		}
	}
	return out, outTiers
}

// factOf returns career c's fact f, if c is a career and has it.
func factOf(c *knowledge.Career, f knowledge.Field) (knowledge.Fact, bool) {
	if c == nil {
		return knowledge.Fact{}, false
	}
	return c.Fact(f)
}

// typicalOf is the BLS typical entry level nearest an O*NET required
// level.
var typicalOf = map[string]string{
	"Less than a High School Diploma": "No formal educational credential", "High School Diploma": "High school diploma or equivalent",
	"Post-Secondary Certificate": "Postsecondary nondegree award", "Some College Courses": "Some college, no degree",
	"Associate's Degree (or other 2-year degree)": "Associate's degree", "Bachelor's Degree": "Bachelor's degree",
	"Post-Baccalaureate Certificate": "Bachelor's degree", "Master's Degree": "Master's degree", "Post-Master's Certificate": "Master's degree",
	"First Professional Degree": "Doctoral or professional degree", "Doctoral Degree": "Doctoral or professional degree",
	"Post-Doctoral Training": "Doctoral or professional degree",
}

// educationShares answers "do most nurse practitioners have a master's
// degree": the share of workers at each required education level, and,
// when asked names a level ("master's degree", "bachelor"), yes or no with
// its share.
func (b *turn) educationShares(c *knowledge.Career, asked string) Answer {
	a := Answer{Kind: KindProfile, Intent: intentEducationMix, Title: "Education of " + c.Name}
	shares := b.kb.EducationShares(c)
	src := newSourceSet(b.kb)
	if len(shares) == 0 {
		a.Summary = "O*NET publishes no education shares for " + c.Name + "."
		if !c.Official() {
			a.Summary = "The education shares are O*NET's, for official occupations; " + c.Name + " comes from comparison pages."
			if _, ok := c.Fact(knowledge.FieldDegree); ok {
				a.Fields = append(a.Fields, src.field(c, knowledge.FieldDegree))
				a.Summary += " Its page gives the most common degree."
			}
		}
		if ed, ok := c.Fact(knowledge.FieldTypicalEducation); ok {
			a.Fields = append(a.Fields, src.field(c, knowledge.FieldTypicalEducation))
			if level, ok := educationLevelOf(asked); ok && c.Official() {
				// "does a data analyst need a masters": BLS's typical
				// level answers, when O*NET surveyed none.
				verdict := "Usually not"
				if slices.Index(typicalEducationOrder, ed.Value) >= slices.Index(typicalEducationOrder, typicalOf[level]) {
					verdict = "Usually"
				}
				a.Summary = fmt.Sprintf("%s: BLS gives %s as the typical education to enter for %s. O*NET publishes no education shares for them.",
					verdict, article(lowerFirst(ed.Value)), c.Name)
			}
		}
		a.Sources = src.list()
		return a
	}
	if l, ok := b.kb.List(c, knowledge.ListEducation); ok {
		src.add(l.Source)
	}
	var items []string
	top := shares[0]
	for _, s := range shares {
		items = append(items, s.Level+": "+s.Percent)
		if s.Value > top.Value {
			top = s
		}
	}
	a.Lists = []List{{Title: "Education their job requires, share of workers", Items: items}}
	if _, ok := c.Fact(knowledge.FieldTypicalEducation); ok {
		a.Fields = append(a.Fields, src.field(c, knowledge.FieldTypicalEducation))
	}
	a.Summary = fmt.Sprintf("The most common requirement for %s is %s (%s of workers).", c.Name, article(strings.ToLower(top.Level)), top.Percent)
	if level, ok := educationLevelOf(asked); ok {
		share, atLeast, rank := "0%", 0.0, -1
		for i, s := range shares {
			if s.Level == level {
				share, rank = s.Percent, i
			}
		}
		levelRank := slices.Index(onetEducationOrder, level)
		for _, s := range shares {
			if slices.Index(onetEducationOrder, s.Level) >= levelRank {
				atLeast += s.Value
			}
		}
		v, _ := knowledge.Fact{Value: share}.Number()
		// "Do most nurses have a bachelor's" asks for a majority; "can I be
		// a nurse with an associate's" only that it is a way in that many take.
		answer, enough := "No", 50.0
		if strings.HasPrefix(strings.ToLower(strings.TrimSpace(asked)), "can ") {
			enough = 10
		}
		if v > enough {
			answer = "Yes"
		}
		a.Summary = fmt.Sprintf("%s: %s of %s say their job requires %s", answer, share, c.Name, article(strings.ToLower(level)))
		if rank < 0 {
			a.Summary = fmt.Sprintf("No: none of the %s O*NET surveyed named %s", c.Name, article(strings.ToLower(level)))
		}
		if atLeast > v && levelRank > 0 {
			a.Summary += fmt.Sprintf(" (%s%% at least that)", trimFloat(atLeast))
		}
		// "Do I need a master's to be a therapist": whether it takes that
		// much or more, which most physical therapists' doctorates do.
		orMore := rank >= 0 && atLeast > v && holdsAny(" "+phraseKey(asked)+" ", "need", "needs", "require", "requires", "required", "have to", "must")
		if orMore {
			answer = "No"
			if atLeast > enough {
				answer = "Yes"
			}
			a.Summary = fmt.Sprintf("%s: %s%% of %s say their job requires %s or more (%s exactly that)", answer, trimFloat(atLeast), c.Name, article(strings.ToLower(level)), share)
		}
		if without := holdsAny(" "+phraseKey(asked)+" ", "without", "with no", "don t have", "dont have", "not having"); without && levelRank > 0 {
			// "can I be a paralegal without a bachelor's": the share
			// whose job requires less.
			below := max(100-atLeast, 0)
			answer = "No"
			if below > enough {
				answer = "Yes"
			}
			a.Summary = fmt.Sprintf("%s: %s%% of %s say their job requires less than %s", answer, trimFloat(below), c.Name, article(strings.ToLower(level)))
			orMore = false
		}
		a.Summary += "."
		if holdsAny(" "+phraseKey(asked)+" ", "percent", "percentage", "how many", "what share", "proportion", "fraction") {
			// "what percent of pharmacists have a doctorate" asks the
			// share, not yes or no.
			_, rest, _ := strings.Cut(a.Summary, ": ")
			a.Summary = capitalize(rest)
		}
		if top.Level != level && (answer == "No" || orMore) {
			a.Summary += fmt.Sprintf(" The most common is %s (%s).", article(strings.ToLower(top.Level)), top.Percent)
		}
		// "do you need a masters to be a school counselor": BLS's typical
		// level to enter may say otherwise than the shares; both are said,
		// and the answer is no flat no.
		if ed, ok := c.Fact(knowledge.FieldTypicalEducation); ok && answer == "No" && orMore && typicalOf[level] != "" &&
			slices.Index(typicalEducationOrder, ed.Value) >= slices.Index(typicalEducationOrder, typicalOf[level]) && slices.Index(typicalEducationOrder, typicalOf[level]) >= 0 {
			a.Summary = "Often: " + strings.TrimPrefix(a.Summary, "No: ") + fmt.Sprintf(" BLS gives %s as the typical education to enter.", article(lowerFirst(ed.Value)))
		}
	}
	a.Sources = src.list()
	a.Suggestions = []string{studyFor(c), "salary of " + lowerName(c)}
	return a
}

// trimFloat prints a sum of published percentages with at most two
// decimals, as they are published.
func trimFloat(v float64) string {
	s := fmt.Sprintf("%.2f", math.Round(v*100)/100)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return s
}

// byKnowledge answers "jobs that need biology knowledge": occupations by
// how important O*NET rates the area, or with byPay ("highest paying jobs
// with a biology degree") those that rate it important by median yearly
// wage. ok is false when area names none.
func (b *turn) byKnowledge(area string, byPay bool) (Answer, bool) {
	name := area
	if n, ok := knowledgeAreaOf(area); ok {
		name = n
	}
	hs, ok := b.kb.ByKnowledge(name)
	if !ok || len(hs) == 0 {
		return Answer{}, false
	}
	name = hs[0].Item.Name
	rated := len(hs)
	if byPay {
		hs = importantByPay(hs)
		if len(hs) == 0 {
			return Answer{}, false
		}
	}
	a := Answer{Kind: KindRanking, Intent: intentByKnowledge, Title: "Careers that need " + name + " knowledge"}
	src := newSourceSet(b.kb)
	t := &Table{Columns: []string{"Career", "Importance (1-5)", "Median yearly wage"}}
	for i, h := range hs[:min(maxMore, len(hs))] {
		src.add(h.Source)
		median := factValue(h.Career, knowledge.FieldMedianAnnual)
		if median == "" {
			median = NotGiven
		} else {
			src.add(knowledge.SourceOEWS)
		}
		t.Rows = append(t.Rows, Row{Label: fmt.Sprintf("%d. %s", i+1, h.Career.Name), Cells: []string{h.Item.Share, median}})
		a.About = append(a.About, h.Career.Key) // "the second one"
	}
	a.Table = t
	top := hs[0]
	if byPay {
		a.Title += ", best paid first"
		a.Summary = fmt.Sprintf("Of the %d occupations where O*NET rates %s knowledge very important (%.2f or more of 5), %s %s the most: median %s a year.",
			len(hs), name, importantKnowledge, top.Career.Name, verb(top.Career.Name, "pays", "pay"), factValue(top.Career, knowledge.FieldMedianAnnual))
	} else {
		a.Summary = fmt.Sprintf("O*NET rates %s knowledge most important for %s (%s of 5), of %d occupations it rates.",
			name, top.Career.Name, top.Item.Share, rated)
	}
	a.Sources = src.list()
	a.Suggestions = []string{whatDo(top.Career), "salary of " + lowerName(top.Career)}
	return a, true
}

// importantKnowledge is the importance, on O*NET's 1-5 scale, from which
// a knowledge area counts as one an occupation is entered with: "Very
// important" is 4 on the scale O*NET asks workers to rate it on (3,
// "Important", lets physicians lead the list for chemistry and math).
const importantKnowledge = 4.0

// importantByPay keeps, of occupations rated for a knowledge area, those
// that rate it very important and have a median wage of their own, best paid
// first.
func importantByPay(hs []knowledge.Holder) []knowledge.Holder {
	var keep []knowledge.Holder
	for _, h := range hs {
		if v, err := strconv.ParseFloat(h.Item.Share, 64); err == nil && v >= importantKnowledge {
			keep = append(keep, h)
		}
	}
	return paidFirst(keep)
}

// paidFirst keeps the careers with a median yearly wage of their own, best
// paid first (in their order on ties): a specialty that repeats its
// parent's wage is left to the parent.
func paidFirst(hs []knowledge.Holder) []knowledge.Holder {
	keep := slices.DeleteFunc(slices.Clone(hs), func(h knowledge.Holder) bool {
		_, borrowed := h.Career.Fact(knowledge.FieldWageNote)
		_, paid := h.Career.Fact(knowledge.FieldMedianAnnual)
		return borrowed || !paid
	})
	slices.SortStableFunc(keep, func(x, y knowledge.Holder) int {
		return cmp.Compare(medianValue(y.Career), medianValue(x.Career))
	})
	return keep
}

// payPoint is one published pay figure to compare: whose (a career or a
// state), as published, and as a number.
type payPoint struct {
	label, text string
	v           float64
}

// spread returns the highest and lowest of ps and how much more the
// highest is, in percent of the lowest, to one decimal.
func spread(ps []payPoint) (hi, lo payPoint, pct float64) {
	hi, lo = ps[0], ps[0]
	for _, p := range ps[1:] {
		if p.v > hi.v {
			hi = p
		}
		if p.v < lo.v {
			lo = p
		}
	}
	if lo.v > 0 {
		pct = math.Round((hi.v-lo.v)/lo.v*1000) / 10
	}
	return hi, lo, pct
}

// industrialPlant are words beside "plant" in a sentence of a plant that
// is a works, not a living thing.
var industrialPlant = []string{"power", "treatment", "processing", "chemical", "manufacturing", "nuclear", "hydroelectric", "geothermal",
	"biomass", "operator", "operators", "operate", "operation", "operations", "production", "refinery", "mill", "utility", "utilities",
	"equipment", "facility", "facilities", "energy", "gas", "water", "wastewater", "steam", "boiler", "machinery", "machine", "machines", "industrial",
	"shutdown", "shutdowns", "outage", "outages", "personnel", "employees", "workers", "safety", "process", "processes"}

// workingWith answers "jobs working with animals": the careers whose O*NET
// description and tasks are most about the subject, with the sentence
// that says so; byPay, of the careers most about it, the best paid first
// ("top paying jobs for people who like animals").
func (b *turn) workingWith(subject string, byPay bool) (Answer, bool) {
	hs, total := b.kb.WorkingWith(subject, maxMore)
	if byPay {
		// The pool is the careers most about it, as many as the answer
		// shows twice over: further down, the subject is only
		// mentioned ("animals" in a cook's tasks).
		hs, total = b.kb.WorkingWith(subject, 2*maxMore)
	}
	first, second, two := strings.Cut(subject, " and ")
	if two {
		// Two subjects: the careers whose one sentence holds most of
		// both ("the ocean and boats": ship captains and sailors).
		hs = b.kb.ByWork(append(knowledge.Tokens(first), knowledge.Tokens(second)...), maxMore)
	}
	if w := knowledge.Tokens(subject); len(w) == 1 && w[0] == "plant" {
		// Plants that grow, not power or treatment plants: O*NET's
		// sentences of plants run by operators are set aside.
		all, _ := b.kb.WorkingWith(subject, 1000)
		all = slices.DeleteFunc(all, func(h knowledge.Holder) bool { return holdsAny(" "+phraseKey(h.Item.Name)+" ", industrialPlant...) })
		hs, total = all[:min(maxMore, len(all))], len(all)
	}
	var leftOut []string
	if b.left != nil {
		// "work with animals but not be a vet": the vet left out.
		hs = slices.DeleteFunc(hs, func(h knowledge.Holder) bool {
			if !b.left.keeps(h.Career) {
				leftOut = append(leftOut, h.Career.Name)
				return true
			}
			return false
		})
		total -= len(leftOut)
	}
	if len(hs) == 0 {
		return Answer{}, false
	}
	leftNote := ""
	if len(leftOut) > 0 {
		leftNote = " Left out as asked: " + strings.Join(leftOut, ", ") + "."
	}
	if byPay && !two && len(hs) > 0 {
		// By pay, only the careers whose work is much about it: a
		// medical scientist's one sentence of "human or animal disease"
		// would top the best paid careers working with animals. Value is
		// how many of the career's texts hold it.
		top := hs[0].Value
		hs = slices.DeleteFunc(hs, func(h knowledge.Holder) bool { return h.Value*workShare < top })
	}
	if byPay {
		a := b.workingWithByPay(subject, hs)
		a.Summary += leftNote
		return a, true
	}
	a := Answer{Kind: KindRanking, Intent: intentWorkingWith, Title: "Careers working with " + subject}
	src := newSourceSet(b.kb)
	t := &Table{Columns: []string{"Career", "What O*NET says of the work"}}
	for i, h := range hs {
		src.add(h.Source)
		t.Rows = append(t.Rows, Row{Label: fmt.Sprintf("%d. %s", i+1, h.Career.Name), Cells: []string{firstSentence(h.Item.Name)}})
		a.About = append(a.About, h.Career.Key) // "the second one"
	}
	a.Table = t
	a.Summary = fmt.Sprintf("O*NET describes the work of %s with %q; %s come first, the work most about it.",
		countOf(total, "occupation"), subject, strings.Join(holderNames(hs[:min(3, len(hs))]), ", "))
	if two {
		a.Summary = fmt.Sprintf("The careers whose work O*NET describes most with %q and %q: %s come first.",
			first, second, strings.Join(holderNames(hs[:min(3, len(hs))]), ", "))
	}
	a.Summary += leftNote
	a.Sources = src.list()
	a.Suggestions = []string{whatDo(hs[0].Career), "salary of " + lowerName(hs[0].Career)}
	return a, true
}

// workingWithByPay ranks the careers most about a subject by their
// median yearly wage, those BLS publishes none for left out.
// workShare: a career ranked by pay among those working with a subject
// has at least a fourth as many texts holding it as the career most
// about it.
const workShare = 4

func (b *turn) workingWithByPay(subject string, hs []knowledge.Holder) Answer {
	type paid struct {
		h knowledge.Holder
		v Value
	}
	var rows []paid
	for _, h := range hs {
		if v := parseValue(factValue(h.Career, knowledge.FieldMedianAnnual)); !v.Missing {
			rows = append(rows, paid{h, v})
		}
	}
	slices.SortStableFunc(rows, func(x, y paid) int { return cmp.Compare(y.v.Number, x.v.Number) })
	rows = rows[:min(maxMore, len(rows))]
	a := Answer{Kind: KindRanking, Intent: intentWorkingWith, Title: "Best paid careers working with " + subject}
	src := newSourceSet(b.kb)
	src.add(knowledge.SourceOEWS)
	t := &Table{Columns: []string{"Career", "Median yearly wage", "What O*NET says of the work"}}
	for i, r := range rows {
		src.add(r.h.Source)
		t.Rows = append(t.Rows, Row{Label: fmt.Sprintf("%d. %s", i+1, r.h.Career.Name), Cells: []string{r.v.Text, firstSentence(r.h.Item.Name)}})
		a.About = append(a.About, r.h.Career.Key)
	}
	a.Table = t
	if len(rows) == 0 {
		a.Summary = fmt.Sprintf("BLS publishes no wages for the %s whose work O*NET describes most with %q.", countOf(len(hs), "occupation"), subject)
	} else {
		a.Summary = fmt.Sprintf("Of the %s whose work O*NET describes most with %q, %s have the highest median yearly wage: %s.",
			countOf(len(hs), "occupation"), subject, rows[0].h.Career.Name, rows[0].v.Text)
		a.Suggestions = []string{whatDo(rows[0].h.Career), "salary of " + lowerName(rows[0].h.Career)}
	}
	a.Sources = src.list()
	return a
}

func holderNames(hs []knowledge.Holder) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = h.Career.Name
	}
	return out
}

// hotCount says how many hot technologies: "1 hot technology".
func hotCount(n int) string {
	if n == 1 {
		return "1 hot technology"
	}
	return fmt.Sprintf("%d hot technologies", n)
}

// statesByEmployment answers "which state has the most nurses": the
// states ranked by how many hold the career (BLS OEWS state estimates),
// the territories apart.
func (b *turn) statesByEmployment(c *knowledge.Career, fewest bool) Answer {
	official := c
	if !c.Official() {
		official = b.namesake(c)
	}
	if official == nil {
		return Answer{Kind: KindProfile, Intent: intentStatesRanked, Title: "States by employment: " + c.Name,
			Summary: "I have no state figures for " + c.Name + "."}
	}
	most, dir := "most", "most"
	if fewest {
		most, dir = "fewest", "fewest"
	}
	a := Answer{Kind: KindRanking, Intent: intentStatesRanked, Title: "States with the " + dir + " " + official.Name}
	rows := b.kb.StatesRanked(official, knowledge.FieldEmployment)
	if fewest {
		slices.Reverse(rows)
	}
	rows = slices.DeleteFunc(rows, func(w knowledge.StateWage) bool { return w.State.Territory })
	src := newSourceSet(b.kb)
	src.add(knowledge.SourceOEWSState)
	a.Sources = src.list()
	if len(rows) == 0 {
		a.Kind = KindProfile
		a.Summary = fmt.Sprintf("BLS publishes no state employment for %s (not published).", official.Name)
		return a
	}
	t := &Table{Columns: []string{"State", "Employed", "Median yearly wage"}}
	for i, w := range rows[:min(maxMore, len(rows))] {
		t.Rows = append(t.Rows, Row{Label: fmt.Sprintf("%d. %s", i+1, w.State.Name), Cells: []string{w.Employment, orNot(w.AnnualMedian)}})
	}
	a.Table = t
	top := rows[0]
	a.Summary = fmt.Sprintf("%s employs the %s %s: %s (May 2024), of %d states (DC counted as one) with a published figure.",
		top.State.Name, most, official.Name, top.Employment, len(rows))
	if top.Note != "" {
		a.Fields = append(a.Fields, Field{Label: "Figures", Value: top.Note})
	}
	a.About = []string{official.Key}
	a.Suggestions = []string{"best paying states for " + lowerName(official), "how much do " + lowerName(official) + " make in " + strings.ToLower(top.State.Name)}
	return a
}

// goodPay answers "is 60k a good salary": where the figure falls among the
// wages of all occupations, by BLS's percentiles.
func (b *turn) goodPay(j payJudged) (Answer, bool) {
	w, ok := b.kb.AllOccupations()
	if !j.ok || !ok || w.AnnualMedian == "" {
		return Answer{}, false
	}
	figure := j.said(false)
	where, ok := placeAmong(j.yearly, []payStep{{"the 10th percentile", w.Annual10}, {"the 25th percentile", w.Annual25}, {"the median", w.AnnualMedian},
		{"the 75th percentile", w.Annual75}, {"the 90th percentile", w.Annual90}})
	if !ok {
		return Answer{}, false
	}
	a := Answer{Kind: KindProfile, Intent: intentPay, Title: "All occupations in the U.S."}
	median := "; the median is " + w.AnnualMedian + " a year"
	if strings.Contains(where, "the median") {
		median = ""
	}
	a.Summary = fmt.Sprintf("Across all occupations in the U.S., %s is %s of yearly wages%s. Whether it is good depends on the career and the place: ask about one.",
		figure, where, median)
	if j.hourly {
		a.Summary += fmt.Sprintf(" (An hourly wage is set against yearly ones at %s hours, as BLS does.)", commas(hoursPerYear))
	}
	a.Fields = []Field{{Label: "Median yearly wage", Value: w.AnnualMedian}}
	if w.Annual25 != "" && w.Annual75 != "" {
		a.Fields = append(a.Fields, Field{Label: "Middle 50% of yearly wages", Value: w.Annual25 + " to " + w.Annual75})
	}
	if w.Annual10 != "" && w.Annual90 != "" {
		a.Fields = append(a.Fields, Field{Label: "Middle 80% of yearly wages", Value: w.Annual10 + " to " + w.Annual90})
	}
	src := newSourceSet(b.kb)
	src.add(knowledge.SourceOEWS)
	a.Sources = src.list()
	a.Suggestions = []string{"jobs that pay more than " + strings.TrimSuffix(figure, " a year"), "what is the average salary"}
	return a, true
}

// payStep is a percentile of yearly wages, as the source writes it.
type payStep struct{ label, value string }

// placeAmong says where a yearly amount stands among percentiles of
// yearly wages, lowest first: "between the 25th percentile ($48,190) and
// the median ($61,010)". Percentiles the source does not give are left
// out; none left, or one unreadable, says nothing.
func placeAmong(yearly float64, all []payStep) (string, bool) {
	var steps []payStep
	for _, st := range all {
		if st.value != "" {
			steps = append(steps, st)
		}
	}
	if len(steps) == 0 {
		return "", false
	}
	for i, st := range steps {
		v := parseValue(st.value)
		if v.Missing {
			return "", false
		}
		if v.TopCoded && yearly >= v.Number {
			// "$239,200 or more": what lies above the code is not known.
			if i == 0 {
				return "", false
			}
			return fmt.Sprintf("above %s (%s); BLS publishes %s only as %s, so how it stands against that is not known",
				steps[i-1].label, steps[i-1].value, st.label, st.value), true
		}
		if yearly < v.Number {
			if i == 0 {
				return fmt.Sprintf("below %s (%s)", st.label, st.value), true
			}
			return fmt.Sprintf("between %s (%s) and %s (%s)", steps[i-1].label, steps[i-1].value, st.label, st.value), true
		}
	}
	last := steps[len(steps)-1]
	return fmt.Sprintf("above %s (%s)", last.label, last.value), true
}

// judgedFor says where a pay asked about ("is 60k a good salary for a
// paralegal") stands among the career's own yearly wages.
func judgedFor(c *knowledge.Career, j payJudged) (string, bool) {
	value := func(f knowledge.Field) string {
		if fact, ok := c.Fact(f); ok {
			return fact.Value
		}
		return ""
	}
	whose := c.Name
	if group := borrowedFrom(c, knowledge.FieldWageNote); group != "" {
		whose = "those counted with " + c.Name + " in " + group // the wages are the group's
	}
	return judged(j, whose, []payStep{{"the 10th percentile", value(knowledge.FieldAnnual10)}, {"the 25th percentile", value(knowledge.FieldAnnual25)},
		{"the median", value(knowledge.FieldMedianAnnual)}, {"the 75th percentile", value(knowledge.FieldAnnual75)}, {"the 90th percentile", value(knowledge.FieldAnnual90)}})
}

// judgedInState is judgedFor among the career's wages in a state: "is 45k
// good for a medical assistant in Georgia" is set among Georgia's.
func judgedInState(w knowledge.StateWage, j payJudged) (string, bool) {
	return judged(j, w.Career.Name+" in "+w.State.Name, []payStep{{"the 10th percentile", w.Annual10}, {"the 25th percentile", w.Annual25},
		{"the median", w.AnnualMedian}, {"the 75th percentile", w.Annual75}, {"the 90th percentile", w.Annual90}})
}

// judged says where a pay judged falls among the steps of whose wages:
// the 10th, 25th, 50th, 75th and 90th percentiles, the median published.
func judged(j payJudged, whose string, steps []payStep) (string, bool) {
	where, ok := placeAmong(j.yearly, steps)
	if !ok || steps[2].value == "" {
		return "", false
	}
	figure := j.said(true)
	if before, after, capped := strings.Cut(where, "; "); capped {
		return fmt.Sprintf("%s is %s of what %s earn a year; %s.", figure, before, whose, after), true
	}
	return fmt.Sprintf("%s is %s of what %s earn a year.", figure, where, whose), true
}

// averageWords ask the figure of all occupations together when no career
// is named: "what is the average salary", "median income in america".
var averageWords = setOf("average avg median mean typical normal overall")

// asksAllOccupations reports whether a question asks the pay of all
// occupations together: pay asked, no career and no filter, and an
// average word, people at large or a salary judged with no figure.
func (q *question) asksAllOccupations() bool {
	if len(q.careers) > 0 || len(q.unknown) > 0 || q.signals[intentPay] == 0 || q.topN != 0 ||
		len(q.groups) > 0 || q.level != "" || q.noDegree || q.declining || q.bound.set() || q.employer != "" || q.pct != "" {
		return false
	}
	if q.holdsWord(manyWords) {
		// "average salary of all jobs" is all of them; "jobs with a good
		// salary" a ranking.
		return q.rank == 0 && q.holdsWord(averageWords)
	}
	// "what is the average salary", "how much do americans make", "what is
	// a good salary": a salary judged, no jobs ranked.
	// "what do most people make": pay asked of most people, no careers
	// ranked by how many hold them.
	if q.rank == 0 {
		return q.holdsWord(averageWords) || q.holdsWord(everyoneWords)
	}
	return q.rank > 0 && holdsOneOf(" "+phraseKey(q.allText())+" ", goodSalary+"|most people|most americans|most workers|most folks")
}

// everyoneWords say pay is asked of people at large, not of a career:
// "how much do people make", "what do most americans earn".
var everyoneWords = setOf("people person american americans everyone everybody worker workers")

// goodSalary is a salary judged good, with no figure: "what is a good
// salary", "what's a decent wage".
const goodSalary = "a good salary|a decent salary|a good income|a decent income|a good wage|a decent wage|a livable wage|a living wage|good money|a high salary|a high income"

// allOccupations answers the pay of all occupations together, nationally
// (OEWS 00-0000). The state estimates hold occupations one by one, so a
// state's figure is said not to be there.
func (b *turn) allOccupations(q *question) (Answer, bool) {
	w, ok := b.kb.AllOccupations()
	if !ok || w.AnnualMedian == "" {
		return Answer{}, false
	}
	a := Answer{Kind: KindProfile, Intent: intentPay, Title: "All occupations in the U.S."}
	a.Summary = fmt.Sprintf("Across all occupations in the U.S., the median wage is %s a year (%s an hour) and the mean %s a year (%s an hour), over %s jobs.",
		w.AnnualMedian, w.HourlyMedian, w.AnnualMean, w.HourlyMean, w.Employment)
	if len(q.states) > 0 {
		st := q.states[0].State
		a.Summary = fmt.Sprintf("The state estimates I have list occupations one by one, with no figure for all of %s together. ", st.Name) + a.Summary
		a.Suggestions = []string{"highest paying jobs in " + strings.ToLower(st.Name)}
	}
	a.Fields = []Field{
		{Label: "Median yearly wage", Value: w.AnnualMedian},
		{Label: "Median hourly wage", Value: w.HourlyMedian},
		{Label: "Mean yearly wage", Value: w.AnnualMean},
		{Label: "Mean hourly wage", Value: w.HourlyMean},
		{Label: "Middle 80% of yearly wages", Value: w.Annual10 + " to " + w.Annual90},
		{Label: "Employed (May 2024)", Value: w.Employment},
	}
	src := newSourceSet(b.kb)
	src.add(knowledge.SourceOEWS)
	a.Sources = src.list()
	a.Suggestions = append(a.Suggestions, "highest paying jobs", "jobs that pay more than "+w.AnnualMedian)
	return a, true
}

// borrowedWages returns the OEWS code whose wages a career shows when
// they are not its own ("29-2010" for Histotechnologists), else "".
func borrowedWages(c *knowledge.Career) string {
	n, ok := c.Fact(knowledge.FieldWageNote)
	if !ok {
		return ""
	}
	if m := reGroupNote.FindStringSubmatch(n.Value); m != nil {
		return m[1]
	}
	return ""
}
