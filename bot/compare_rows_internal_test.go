package bot

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/knowledge"
	"github.com/careerbot/careerbot/knowledge/knowledgetest"
)

// alignedMeasures are the measures a comparison across sources must put on
// one row each when both careers have them.
var alignedMeasures = []knowledge.Measure{knowledge.MeasureYearlyPay, knowledge.MeasureHourlyPay,
	knowledge.MeasurePayRange, knowledge.MeasureGrowth, knowledge.MeasureJobs}

// officialSample picks official occupations for the cross-source pairs:
// every 25th by name, and the first of each awkward kind (a top-coded
// median, hourly wages only, no wages, no projection).
func officialSample(kb *knowledge.Base) []*knowledge.Career {
	var out, officials []*knowledge.Career
	for _, c := range kb.Careers() {
		if c.Official() {
			officials = append(officials, c)
		}
	}
	for i := 0; i < len(officials); i += 25 {
		out = append(out, officials[i])
	}
	kinds := []func(c *knowledge.Career) bool{
		func(c *knowledge.Career) bool {
			f, ok := c.Fact(knowledge.FieldMedianAnnual)
			return ok && f.TopCoded()
		},
		func(c *knowledge.Career) bool {
			_, y := c.Fact(knowledge.FieldMedianAnnual)
			_, h := c.Fact(knowledge.FieldMedianHourly)
			return h && !y
		},
		func(c *knowledge.Career) bool { _, ok := c.Fact(knowledge.FieldMedianHourly); return !ok },
		func(c *knowledge.Career) bool { _, ok := c.Fact(knowledge.FieldProjectedGrowth); return !ok },
	}
	for _, kind := range kinds {
		for _, c := range officials {
			if kind(c) {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

// askedFields are the field sets comparisons are asked for: all (none
// named), and each intent's.
func askedFields() [][]knowledge.Field {
	sets := [][]knowledge.Field{nil}
	for _, in := range intents {
		if len(in.Fields) > 0 {
			sets = append(sets, in.Fields)
		}
	}
	return sets
}

// shownField reports whether a comparison asked for fields shows f.
func shownField(asked []knowledge.Field, f knowledge.Field) bool {
	if len(asked) > 0 {
		return containsField(asked, f)
	}
	return !percentileField(f)
}

// leadOf is the figure a career shows for a measure: the first field of the
// table measuring it that the career has, among the fields shown.
func leadOf(c *knowledge.Career, m knowledge.Measure, asked []knowledge.Field) (knowledge.Fact, bool) {
	for _, fi := range knowledge.AllFields {
		if fi.Measure == m && shownField(asked, fi.Field) {
			if f, ok := c.Fact(fi.Field); ok {
				return f, true
			}
		}
	}
	return knowledge.Fact{}, false
}

// TestCompareAcrossSources compares every page career of the seeds and the
// corpus with a sample of official occupations, both ways round: no row is
// empty on both sides; yearly pay, hourly pay, pay range, growth and jobs
// sit on one row each when both careers have them, followed by their
// bases; every figure is the one stored; the pay sentence matches the rows.
func TestCompareAcrossSources(t *testing.T) {
	kb := knowledgetest.Corpus(t, nil)
	tu := &turn{kb: kb}
	var pages []*knowledge.Career
	for _, c := range kb.Careers() {
		if !c.Official() {
			pages = append(pages, c)
		}
	}
	officials := officialSample(kb)
	if len(pages) < 100 || len(officials) < 40 {
		t.Fatalf("%d page careers, %d official occupations; want the seeds and corpus", len(pages), len(officials))
	}
	pairs, aligned := 0, 0
	for _, asked := range askedFields() {
		for _, p := range pages {
			for _, o := range officials {
				for _, cs := range [][]*knowledge.Career{{p, o}, {o, p}} {
					pairs++
					a := tu.compare(cs, &question{fields: asked})
					aligned += checkAcross(t, kb, cs, asked, a)
				}
			}
		}
	}
	t.Logf("%d pairs, %d aligned rows", pairs, aligned)
}

// checkAcross checks one cross-source comparison and returns how many
// aligned measure rows it has.
func checkAcross(t *testing.T, kb *knowledge.Base, cs []*knowledge.Career, asked []knowledge.Field, a Answer) int {
	t.Helper()
	name := cs[0].Name + " vs " + cs[1].Name
	if a.Table == nil {
		t.Fatalf("%s: no table", name)
	}
	rows := map[string]int{}
	for i, r := range a.Table.Rows {
		rows[r.Label] = i
		if len(r.Cells) != len(cs) {
			t.Errorf("%s: row %q has %d cells; want %d", name, r.Label, len(r.Cells), len(cs))
			continue
		}
		empty := true
		for _, c := range r.Cells {
			empty = empty && (c == NotGiven || c == "")
		}
		if empty {
			t.Errorf("%s: row %q is empty on both sides", name, r.Label)
		}
		// A row named for one field shows that field's figures as stored.
		for _, fi := range knowledge.AllFields {
			if fi.Label != r.Label {
				continue
			}
			for i, c := range cs {
				want := NotGiven
				if f, ok := c.Fact(fi.Field); ok {
					want = f.Value
				}
				if r.Cells[i] != want {
					t.Errorf("%s: %s of %s = %q; want %q", name, r.Label, c.Name, r.Cells[i], want)
				}
			}
		}
	}
	n := 0
	for _, m := range alignedMeasures {
		var facts []knowledge.Fact
		for _, c := range cs {
			if f, ok := leadOf(c, m, asked); ok {
				facts = append(facts, f)
			}
		}
		if len(facts) < 2 {
			continue // only one side has it: it stays on its own field's row
		}
		n++
		i, ok := rows[m.Label()]
		if !ok {
			t.Errorf("%s: no %q row; want both careers' figures on it\n%s", name, m.Label(), Text(a))
			continue
		}
		r := a.Table.Rows[i]
		for k, f := range facts {
			if r.Cells[k] != shownValue(f.Value) {
				t.Errorf("%s: %s of %s = %q; want %q as stored (%s)", name, m.Label(), cs[k].Name, r.Cells[k], shownValue(f.Value), f.Field)
			}
			// The figure is on no other row.
			if _, again := rows[knowledge.Label(f.Field)]; again {
				t.Errorf("%s: %s shown twice, on %q and %q", name, f.Value, m.Label(), knowledge.Label(f.Field))
			}
		}
		if i+1 >= len(a.Table.Rows) || a.Table.Rows[i+1].Label != m.Label()+" basis" {
			t.Errorf("%s: %q is not followed by its basis", name, m.Label())
			continue
		}
		basis := a.Table.Rows[i+1].Cells
		for k, f := range facts {
			src, _ := kb.Source(f.Source)
			if want := kb.Measured(f).Basis; basis[k] != want || !strings.HasSuffix(want, src.Title) && !strings.HasSuffix(want, "from a comparison page") {
				t.Errorf("%s: %s basis of %s = %q; want %q", name, m.Label(), cs[k].Name, basis[k], want)
			}
		}
		if basis[0] == basis[1] {
			t.Errorf("%s: %s bases are the same (%q) across sources", name, m.Label(), basis[0])
		}
		if m == knowledge.MeasureYearlyPay && asked == nil {
			checkPaySentence(t, name, facts, a.Summary)
		}
	}
	return n
}

// checkPaySentence checks the pay difference names what the yearly pay row
// compares: a page average against a BLS median, or at least a floor.
func checkPaySentence(t *testing.T, name string, facts []knowledge.Fact, summary string) {
	t.Helper()
	fields := map[knowledge.Field]bool{}
	for _, f := range facts {
		fields[f.Field] = true
	}
	if fields[knowledge.FieldYearlySalary] && fields[knowledge.FieldMedianAnnual] && !strings.Contains(summary, "(page averages against BLS medians)") {
		t.Errorf("%s: pay sentence %q does not say it compares page averages with BLS medians", name, summary)
	}
	for _, f := range facts {
		if f.TopCoded() && !strings.Contains(summary, "at least") && !strings.Contains(summary, f.Value) {
			t.Errorf("%s: pay sentence %q loses the top-coded %q", name, summary, f.Value)
		}
	}
	// The difference is the one between the row's two figures.
	x, okX := facts[0].Number()
	y, okY := facts[1].Number()
	if okX && okY && x != y {
		if d := money(math.Abs(x - y)); !strings.Contains(summary, " "+d+" (") {
			t.Errorf("%s: pay sentence %q; want the difference of the row's %s and %s, %s", name, summary, facts[0].Value, facts[1].Value, d)
		}
	}
}

// TestCompareSameSource checks comparisons within one kind of source keep
// one row per field, in the table's order, as the sources label them.
func TestCompareSameSource(t *testing.T) {
	kb := knowledgetest.Corpus(t, nil)
	tu := &turn{kb: kb}
	var pairs [][]*knowledge.Career
	for _, c := range kb.Careers() {
		if !c.Official() {
			for _, p := range kb.Partners(c) {
				pairs = append(pairs, []*knowledge.Career{c, p})
			}
		}
	}
	officials := officialSample(kb)
	for i := 1; i < len(officials); i++ {
		pairs = append(pairs, []*knowledge.Career{officials[i-1], officials[i]})
	}
	if len(pairs) < 100 {
		t.Fatalf("%d same-source pairs; want the corpus' and a sample of occupations", len(pairs))
	}
	for _, asked := range askedFields() {
		for _, cs := range pairs {
			checkSameSource(t, tu, cs, asked)
		}
	}
}

// checkSameSource checks a comparison within one kind of source against
// one row per field shown, as the sources label them.
func checkSameSource(t *testing.T, tu *turn, cs []*knowledge.Career, asked []knowledge.Field) {
	t.Helper()
	a := tu.compare(cs, &question{fields: asked})
	var want []Row
	for _, fi := range knowledge.AllFields {
		if !shownField(asked, fi.Field) {
			continue
		}
		r := Row{Label: fi.Label}
		any := false
		for _, c := range cs {
			f, ok := c.Fact(fi.Field)
			switch {
			case ok:
				r.Cells, any = append(r.Cells, f.Value), true
			case fi.Measure == knowledge.MeasureWageNote && c.Official() && hasAny(c, knowledge.MeasureYearlyPay, knowledge.MeasureHourlyPay, knowledge.MeasureJobs):
				r.Cells = append(r.Cells, "its own OEWS estimates")
			case fi.Measure == knowledge.MeasureProjectionNote && c.Official() && hasAny(c, knowledge.MeasureGrowth, knowledge.MeasureProjectedJobs):
				r.Cells = append(r.Cells, "its own projections")
			default:
				r.Cells = append(r.Cells, NotGiven)
			}
		}
		if any {
			want = append(want, r)
		}
	}
	if got := a.Table.Rows; !sameRows(got, want) {
		t.Errorf("%s vs %s (asked %v): rows\n%v\nwant\n%v", cs[0].Name, cs[1].Name, asked, got, want)
	}
}

// hasAny reports whether c has a figure of one of the measures.
func hasAny(c *knowledge.Career, ms ...knowledge.Measure) bool {
	for _, fi := range knowledge.AllFields {
		if _, ok := c.Fact(fi.Field); ok && slices.Contains(ms, fi.Measure) {
			return true
		}
	}
	return false
}

func sameRows(a, b []Row) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Label != b[i].Label || strings.Join(a[i].Cells, "\x00") != strings.Join(b[i].Cells, "\x00") {
			return false
		}
	}
	return true
}
