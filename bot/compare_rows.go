package bot

import (
	"slices"
	"strings"

	"github.com/careerbot/careerbot/knowledge"
)

// compareRows are the rows of a comparison, over the fields asked (all but
// the percentiles when none is). Careers from one kind of source get one
// row per field, labelled as that source names it. When page careers and
// official occupations are compared, the fields that measure the same
// thing (a page's average salary, BLS's median wage) share one row named
// for the measure, followed by a row giving each figure's basis, since an
// average from a page and a BLS median are not the same statistic.
func (b *turn) compareRows(cs []*knowledge.Career, asked []knowledge.Field, src *sourceSet) []Row {
	shown := func(f knowledge.Field) bool {
		if len(asked) > 0 {
			return containsField(asked, f)
		}
		return !percentileField(f)
	}
	var lead map[sideOf]knowledge.Field // nil: one kind of source, nothing shared
	if mixedSources(cs) {
		lead = leadFields(cs, shown)
	}
	var rows []Row
	var done []knowledge.Measure
	for _, fi := range knowledge.AllFields {
		if !shown(fi.Field) {
			continue
		}
		m := fi.Measure
		official, page := lead[sideOf{m, true}], lead[sideOf{m, false}]
		if official != "" && page != "" && (fi.Field == official || fi.Field == page) {
			if !slices.Contains(done, m) {
				done = append(done, m)
				rows = append(rows, b.measureRows(cs, m, lead, src)...)
			}
			continue
		}
		if row, ok := fieldRow(cs, fi, src); ok {
			rows = append(rows, row)
		}
	}
	return rows
}

// mixedSources reports whether cs holds both page careers and official
// occupations.
func mixedSources(cs []*knowledge.Career) bool {
	for _, c := range cs {
		if c.Official() != cs[0].Official() {
			return true
		}
	}
	return false
}

// sideOf is a measure on one side of a comparison: official occupations or
// page careers.
type sideOf struct {
	measure  knowledge.Measure
	official bool
}

// leadFields picks, for each measure and each kind of source, the first
// field shown that some career of that kind has: the median before the
// mean, the middle 80% before the middle 50%. Every career of one kind
// shows the same field on a shared row, so a row never mixes two
// statistics of one source.
func leadFields(cs []*knowledge.Career, shown func(knowledge.Field) bool) map[sideOf]knowledge.Field {
	lead := map[sideOf]knowledge.Field{}
	for _, fi := range knowledge.AllFields {
		if !shown(fi.Field) {
			continue
		}
		for _, c := range cs {
			k := sideOf{fi.Measure, c.Official()}
			if _, ok := c.Fact(fi.Field); ok && lead[k] == "" {
				lead[k] = fi.Field
			}
		}
	}
	return lead
}

// measureRows are a shared measure's row, each career's figure from its
// side's lead field, and the row of their bases.
func (b *turn) measureRows(cs []*knowledge.Career, m knowledge.Measure, lead map[sideOf]knowledge.Field, src *sourceSet) []Row {
	row := Row{Label: m.Label()}
	basis := Row{Label: m.Label() + " basis"}
	for _, c := range cs {
		f, ok := c.Fact(lead[sideOf{m, c.Official()}])
		if !ok {
			row.Cells = append(row.Cells, NotGiven)
			basis.Cells = append(basis.Cells, NotGiven)
			continue
		}
		src.add(f.Source)
		row.Cells = append(row.Cells, shownValue(f.Value))
		basis.Cells = append(basis.Cells, b.kb.Measured(f).Basis)
	}
	return []Row{row, basis}
}

// fieldRow is one field's row, each career's figure as its source has it;
// ok is false when no career has the field.
func fieldRow(cs []*knowledge.Career, fi knowledge.FieldInfo, src *sourceSet) (Row, bool) {
	row := Row{Label: fi.Label}
	any := false
	for _, c := range cs {
		if v, ok := c.Fact(fi.Field); ok {
			row.Cells = append(row.Cells, shownValue(v.Value))
			src.add(v.Source)
			any = true
		} else if own := ownFigures(c, fi.Field); own != "" {
			row.Cells = append(row.Cells, own)
		} else {
			row.Cells = append(row.Cells, NotGiven)
		}
	}
	return row, any
}

// ownFigures is the cell of a note of borrowed figures (f) for an
// occupation without the note: the note names the row an occupation
// borrows its figures from, so one that has the figures and no note has
// figures of its own. It is "" for any other field, or when c has none.
func ownFigures(c *knowledge.Career, f knowledge.Field) string {
	if !c.Official() {
		return ""
	}
	has := func(fs ...knowledge.Field) bool {
		for _, f := range fs {
			if _, ok := c.Fact(f); ok {
				return true
			}
		}
		return false
	}
	switch {
	case f == knowledge.FieldWageNote && has(knowledge.FieldMedianAnnual, knowledge.FieldMedianHourly, knowledge.FieldEmployment):
		return "its own OEWS estimates"
	case f == knowledge.FieldProjectionNote && has(knowledge.FieldProjectedGrowth, knowledge.FieldEmployment2034):
		return "its own projections"
	}
	return ""
}

// yearlyPayFields is, for page careers ([0]) and official occupations
// ([1]), the field whose figure is their yearly pay in a comparison of cs:
// the first field measuring yearly pay that one of them has, as on the
// comparison's yearly pay row (a page's average, else BLS's median).
func yearlyPayFields(cs []*knowledge.Career) (lead [2]knowledge.Field) {
	return payFieldsOf(cs, knowledge.MeasureYearlyPay)
}

// payFieldsOf is yearlyPayFields for any measure of pay (hourly).
func payFieldsOf(cs []*knowledge.Career, m knowledge.Measure) (lead [2]knowledge.Field) {
	for _, fi := range knowledge.AllFields {
		if fi.Measure != m {
			continue
		}
		for _, c := range cs {
			if _, ok := c.Fact(fi.Field); ok && lead[side(c)] == "" {
				lead[side(c)] = fi.Field
			}
		}
	}
	return lead
}

// side is 1 for an official occupation, 0 for a page career.
func side(c *knowledge.Career) int {
	if c.Official() {
		return 1
	}
	return 0
}

// statsNote says which statistics a pay difference sets against each
// other when they differ, pages first: " (page averages against BLS
// medians)"; "" when all are the same statistic of the same kind of source.
func (b *turn) statsNote(facts []knowledge.Fact) string {
	same := true
	for _, f := range facts {
		same = same && f.Field == facts[0].Field
	}
	if same {
		return "" // one field: one statistic of one source
	}
	var page, official []string
	for _, f := range facts {
		m := b.kb.Measured(f)
		src, _ := b.kb.Source(f.Source)
		if src.Kind == knowledge.SourcePage {
			page = appendNew(page, "page "+m.Stat+"s")
		} else {
			who := "official"
			if words := strings.Fields(src.Title); len(words) > 0 {
				who = words[0] // "BLS"
			}
			official = appendNew(official, who+" "+m.Stat+"s")
		}
	}
	if all := append(page, official...); len(all) > 1 {
		return " (" + strings.Join(all, " against ") + ")"
	}
	return ""
}

func appendNew(ss []string, s string) []string {
	if slices.Contains(ss, s) {
		return ss
	}
	return append(ss, s)
}
