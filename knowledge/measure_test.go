package knowledge_test

import (
	"context"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/knowledge"
	"github.com/careerbot/careerbot/knowledge/knowledgetest"
)

// TestFieldTable checks the one table of fields: every field measures
// something, has a statistic and is listed once; every measure both kinds
// of source share has fields of both.
func TestFieldTable(t *testing.T) {
	seen := map[knowledge.Field]bool{}
	kinds := map[knowledge.Measure]map[bool]bool{}
	for _, fi := range knowledge.AllFields {
		if seen[fi.Field] {
			t.Errorf("field %s listed twice", fi.Field)
		}
		seen[fi.Field] = true
		if fi.Measure == "" || fi.Stat == "" || fi.Label == "" {
			t.Errorf("field %s: measure %q, stat %q, label %q; want all three", fi.Field, fi.Measure, fi.Stat, fi.Label)
		}
		if got := knowledge.InfoOf(fi.Field); got != fi {
			t.Errorf("InfoOf(%s) = %+v; want %+v", fi.Field, got, fi)
		}
		official := false
		for _, o := range knowledge.OfficialFields {
			official = official || o.Field == fi.Field
		}
		if kinds[fi.Measure] == nil {
			kinds[fi.Measure] = map[bool]bool{}
		}
		kinds[fi.Measure][official] = true
	}
	for _, m := range []knowledge.Measure{knowledge.MeasureYearlyPay, knowledge.MeasureHourlyPay, knowledge.MeasurePayRange,
		knowledge.MeasureGrowth, knowledge.MeasureJobs, knowledge.MeasureEducation, knowledge.MeasureExperience} {
		if !kinds[m][true] || !kinds[m][false] {
			t.Errorf("measure %s: page fields %v, official fields %v; want both", m, kinds[m][false], kinds[m][true])
		}
		if l := m.Label(); l == "" || strings.Contains(l, "_") {
			t.Errorf("%s.Label() = %q; want words", m, l)
		}
	}
	// Fields outside the table are text measuring themselves.
	for _, f := range []knowledge.Field{knowledge.FieldDescription, knowledge.FieldInterestCode} {
		if got := knowledge.InfoOf(f); got.Unit != knowledge.UnitNone || got.Measure == "" {
			t.Errorf("InfoOf(%s) = %+v; want a text measure", f, got)
		}
	}
}

// TestMeasured reads figures in every shape the sources publish them.
func TestMeasured(t *testing.T) {
	at, lt, ex := knowledge.AtLeast, knowledge.LessThan, knowledge.Exact
	tests := []struct {
		field      knowledge.Field
		value      string
		unit       knowledge.Unit
		numeric    bool
		isRange    bool
		lo, hi     knowledge.Amount
		suppressed bool
	}{
		{knowledge.FieldYearlySalary, "$90,615", knowledge.UnitUSDPerYear, true, false, amt(90615, ex), amt(90615, ex), false},
		{knowledge.FieldHourlyRate, "$43.56", knowledge.UnitUSDPerHour, true, false, amt(43.56, ex), amt(43.56, ex), false},
		{knowledge.FieldSalaryRange, "Between $67,000 And $121,000", knowledge.UnitUSDPerYear, true, true, amt(67000, ex), amt(121000, ex), false},
		{knowledge.FieldGrowthRate, "-12%", knowledge.UnitPercent, true, false, amt(-12, ex), amt(-12, ex), false},
		{knowledge.FieldJobs, "250,590", knowledge.UnitCount, true, false, amt(250590, ex), amt(250590, ex), false},
		{knowledge.FieldSatisfaction, "4.14", knowledge.UnitOutOf5, true, false, amt(4.14, ex), amt(4.14, ex), false},
		{knowledge.FieldExperience, "2", knowledge.UnitYears, true, false, amt(2, ex), amt(2, ex), false},
		{knowledge.FieldYearsToBecome, "1-2 years", knowledge.UnitYears, true, true, amt(1, ex), amt(2, ex), false},
		{knowledge.FieldYearsToBecome, "6-12 months", knowledge.UnitMonths, true, true, amt(6, ex), amt(12, ex), false},
		{knowledge.FieldDegree, "Bachelor's Degree, 50%", knowledge.UnitNone, false, false, amt(0, ex), amt(0, ex), false},
		{knowledge.FieldMedianAnnual, "$93,600", knowledge.UnitUSDPerYear, true, false, amt(93600, ex), amt(93600, ex), false},
		{knowledge.FieldMedianAnnual, "$239,200 or more", knowledge.UnitUSDPerYear, true, false, amt(239200, at), amt(239200, at), false},
		{knowledge.FieldMedianHourly, "$115.00 or more", knowledge.UnitUSDPerHour, true, false, amt(115, at), amt(115, at), false},
		{knowledge.FieldWageRange80, "$79,830 to $239,200 or more", knowledge.UnitUSDPerYear, true, true, amt(79830, ex), amt(239200, at), false},
		{knowledge.FieldWageRange50, "$239,200 or more to $239,200 or more", knowledge.UnitUSDPerYear, true, true, amt(239200, at), amt(239200, at), false},
		{knowledge.FieldProjectedGrowth, "-36.1%", knowledge.UnitPercent, true, false, amt(-36.1, ex), amt(-36.1, ex), false},
		{knowledge.FieldEmployment, "3,282,010", knowledge.UnitCount, true, false, amt(3282010, ex), amt(3282010, ex), false},
		{knowledge.FieldWorkExperience, "None", knowledge.UnitYears, true, false, amt(0, ex), amt(0, ex), false},
		{knowledge.FieldWorkExperience, "Less than 5 years", knowledge.UnitYears, true, false, amt(5, lt), amt(5, lt), false},
		{knowledge.FieldWorkExperience, "5 years or more", knowledge.UnitYears, true, false, amt(5, at), amt(5, at), false},
		{knowledge.FieldJobZone, "4 of 5", knowledge.UnitOutOf5, true, false, amt(4, ex), amt(4, ex), false},
		{knowledge.FieldTypicalEducation, "Bachelor's degree", knowledge.UnitNone, false, false, amt(0, ex), amt(0, ex), false},
		// Marks for figures not published keep that meaning.
		{knowledge.FieldMedianAnnual, "*", knowledge.UnitUSDPerYear, false, false, amt(0, ex), amt(0, ex), true},
		{knowledge.FieldEmployment, "**", knowledge.UnitCount, false, false, amt(0, ex), amt(0, ex), true},
		{knowledge.FieldProjectedGrowth, "—", knowledge.UnitPercent, false, false, amt(0, ex), amt(0, ex), true},
		{knowledge.FieldMedianAnnual, "not published", knowledge.UnitUSDPerYear, false, false, amt(0, ex), amt(0, ex), true},
		// "#" alone is top-coded with no floor given: no number, not suppressed.
		{knowledge.FieldMedianAnnual, "#", knowledge.UnitUSDPerYear, false, false, amt(0, at), amt(0, at), false},
		// Text that is no figure of the field's unit has no number.
		{knowledge.FieldYearlySalary, "90615", knowledge.UnitUSDPerYear, false, false, amt(0, ex), amt(0, ex), false},
		{knowledge.FieldGrowthRate, "10", knowledge.UnitPercent, false, false, amt(0, ex), amt(0, ex), false},
		{knowledge.FieldJobs, "1e9", knowledge.UnitCount, false, false, amt(0, ex), amt(0, ex), false},
		{knowledge.FieldSalaryRange, "Between $67,000 And lots", knowledge.UnitUSDPerYear, false, false, amt(0, ex), amt(0, ex), false},
	}
	for _, tt := range tests {
		m := knowledge.Fact{Field: tt.field, Value: tt.value, Source: "s"}.Measured()
		if m.Unit != tt.unit || m.Numeric != tt.numeric || m.Range != tt.isRange || m.Suppressed != tt.suppressed {
			t.Errorf("Measured(%s %q) = unit %q numeric %v range %v suppressed %v; want %q %v %v %v",
				tt.field, tt.value, m.Unit, m.Numeric, m.Range, m.Suppressed, tt.unit, tt.numeric, tt.isRange, tt.suppressed)
			continue
		}
		if tt.numeric && (m.Low != tt.lo || m.High != tt.hi) {
			t.Errorf("Measured(%s %q) = %v to %v; want %v to %v", tt.field, tt.value, m.Low, m.High, tt.lo, tt.hi)
		}
		if m.Value != tt.value || m.Source != "s" {
			t.Errorf("Measured(%s %q) keeps %q from %q; want the text and source as given", tt.field, tt.value, m.Value, m.Source)
		}
		if want := tt.hi.Bound == knowledge.AtLeast; m.TopCoded() != want {
			t.Errorf("Measured(%s %q).TopCoded() = %v; want %v", tt.field, tt.value, m.TopCoded(), want)
		}
	}
}

func amt(v float64, b knowledge.Bound) knowledge.Amount { return knowledge.Amount{Value: v, Bound: b} }

// TestMeasuredEveryFact reads every stored fact of the embedded knowledge
// and the corpus: a field with a unit always gives a number in that unit
// (or months), a "… or more" figure is at least its floor, the number is
// the one the text shows, and the basis names the source.
func TestMeasuredEveryFact(t *testing.T) {
	kb := knowledgetest.Corpus(t, nil)
	facts, numeric, topCoded := 0, 0, 0
	perField := map[knowledge.Field]int{}
	for _, c := range kb.Careers() {
		for _, f := range c.Facts() {
			facts++
			m := kb.Measured(f)
			info := knowledge.InfoOf(f.Field)
			if m.Measure != info.Measure || m.Stat != info.Stat || m.Fact != f {
				t.Errorf("%s %s: measured as %s/%q, fact %+v; want the table's %s/%q and the fact as stored", c.Key, f.Field, m.Measure, m.Stat, m.Fact, info.Measure, info.Stat)
			}
			if m.Suppressed {
				t.Errorf("%s %s %q: suppressed; the builder stores no unpublished figure", c.Key, f.Field, f.Value)
			}
			src, _ := kb.Source(f.Source)
			switch {
			case src.Kind == knowledge.SourcePage && m.Basis != info.Stat+", from a comparison page",
				src.Kind == knowledge.SourceOfficial && m.Basis != info.Stat+", "+src.Title:
				t.Errorf("%s %s: basis %q; want %q and the source %+v", c.Key, f.Field, m.Basis, info.Stat, src)
			}
			if info.Unit == knowledge.UnitNone {
				if m.Numeric {
					t.Errorf("%s %s %q: numeric for a text field", c.Key, f.Field, f.Value)
				}
				continue
			}
			if !m.Numeric || m.Unit == knowledge.UnitNone {
				t.Errorf("%s %s %q: no number in %s", c.Key, f.Field, f.Value, info.Unit)
				continue
			}
			numeric++
			perField[f.Field]++
			if m.Unit != info.Unit && !(info.Unit == knowledge.UnitYears && m.Unit == knowledge.UnitMonths) {
				t.Errorf("%s %s %q: unit %s; want %s", c.Key, f.Field, f.Value, m.Unit, info.Unit)
			}
			if strings.HasSuffix(f.Value, " or more") {
				topCoded++
				if !m.TopCoded() {
					t.Errorf("%s %s %q: not top-coded; want at least %v", c.Key, f.Field, f.Value, m.High.Value)
				}
			} else if m.TopCoded() {
				t.Errorf("%s %s %q: top-coded", c.Key, f.Field, f.Value)
			}
			// The number is the text's: the old display parser agrees on
			// single figures, and each end of a range is in the text.
			if v, ok := f.Number(); ok && !m.Range {
				if n, _ := m.Number(); n != v {
					t.Errorf("%s %s %q: number %v; Fact.Number says %v", c.Key, f.Field, f.Value, n, v)
				}
			}
			for _, a := range []knowledge.Amount{m.Low, m.High} {
				if math.IsNaN(a.Value) || !strings.Contains(strings.ReplaceAll(f.Value, ",", ""), trim(a.Value)) && f.Value != "None" {
					t.Errorf("%s %s %q: amount %v is not in the text", c.Key, f.Field, f.Value, a)
				}
			}
		}
	}
	t.Logf("%d facts, %d numeric, %d top-coded", facts, numeric, topCoded)
	// Every numeric field of the table has figures in the knowledge, so
	// the checks above ran over each of them.
	for _, fi := range knowledge.AllFields {
		if fi.Unit != knowledge.UnitNone && perField[fi.Field] == 0 {
			t.Errorf("no stored figure of %s (%s) to check", fi.Field, fi.Unit)
		}
	}
	if topCoded == 0 {
		t.Error("no top-coded figure in the knowledge; want BLS's \"$239,200 or more\" ones")
	}
}

// trim prints v as the sources write it without separators: 90615, 43.56, -36.1.
func trim(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// FuzzMeasured reads any text as any field without panicking; a number it
// finds is finite and a range's ends are both numbers.
func FuzzMeasured(f *testing.F) {
	for _, s := range []string{"$90,615", "Between $67,000 And $121,000", "$79,830 to $239,200 or more", "-12%", "6-12 months",
		"Less than 5 years", "5 years or more", "None", "4 of 5", "*", "#", "—", "-", "1-", "-1 years", "$-", " to ", "Between  And "} {
		for i := range knowledge.AllFields {
			if i%7 == 0 {
				f.Add(string(knowledge.AllFields[i].Field), s)
			}
		}
	}
	f.Fuzz(func(t *testing.T, field, value string) {
		m := knowledge.Fact{Field: knowledge.Field(field), Value: value}.Measured()
		if m.Numeric {
			for _, a := range []knowledge.Amount{m.Low, m.High} {
				if math.IsNaN(a.Value) || math.IsInf(a.Value, 0) {
					t.Fatalf("Measured(%s %q) = %v", field, value, a)
				}
			}
			if m.Unit == knowledge.UnitNone {
				t.Fatalf("Measured(%s %q): a number with no unit", field, value)
			}
		}
		if m.Value != value {
			t.Fatalf("Measured(%s %q) changed the text to %q", field, value, m.Value)
		}
	})
}

// BenchmarkMeasured reads every stored fact of the embedded knowledge
// through the measure model, with its basis; ns/op is per fact.
func BenchmarkMeasured(b *testing.B) {
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	var facts []knowledge.Fact
	for _, c := range kb.Careers() {
		facts = append(facts, c.Facts()...)
	}
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		kb.Measured(facts[i%len(facts)])
		i++
	}
}

// TestMeasuredFromStore reads every fact of a database OpenStore made
// through the measure model: the model needs no new column, so a stored
// fact measures exactly what the embedded one does, basis included.
func TestMeasuredFromStore(t *testing.T) {
	ctx := context.Background()
	s, _ := mustOpenStore(t)
	stored, err := s.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	seeds, err := knowledge.LoadSeeds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range seeds.Careers() {
		sc, ok := stored.Career(c.Key)
		if !ok {
			t.Errorf("career %s not stored", c.Key)
			continue
		}
		for _, f := range c.Facts() {
			field := f.Field
			sf, ok := sc.Fact(field)
			if !ok {
				t.Errorf("%s %s not stored", c.Key, field)
				continue
			}
			if got, want := stored.Measured(sf), seeds.Measured(f); got != want {
				t.Errorf("%s %s from the database = %+v; want %+v", c.Key, field, got, want)
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("no facts compared")
	}
}
