package bot

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/careerbot/careerbot/knowledge"
)

// FuzzChartValues reads arbitrary text as published figures and salary
// ranges, then draws them as text: the numbers read back are finite and
// non-negative, the published text is kept as it was, and the text chart
// never panics and keeps its bars the width of the axis.
func FuzzChartValues(f *testing.F) {
	for _, s := range []string{"$66,030", "$239,200 or more", "$115.00 or more", "$14.00", "Between $48,000 And $114,000",
		"", "$", "$-5", "$NaN", "$Inf", "$1e400", "N/A", "$1,2,3", "Between $9 And $1", "$5 or more or more"} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		v := parseValue(a)
		if !v.Missing {
			if math.IsNaN(v.Number) || math.IsInf(v.Number, 0) || v.Number < 0 {
				t.Fatalf("parseValue(%q).Number = %v", a, v.Number)
			}
			if v.Text != a || v.TopCoded != strings.HasSuffix(strings.TrimSpace(a), topCodedSuffix) {
				t.Fatalf("parseValue(%q) = %+v", a, v)
			}
		}
		lo, hi, ok := rangeEnds(b)
		if ok && (lo.Missing || hi.Missing || lo.Number > hi.Number) {
			t.Fatalf("rangeEnds(%q) = %+v, %+v", b, lo, hi)
		}
		c := &Chart{Title: a, Bars: []Bar{
			{Career: a, Kind: BarPercentiles, Percentiles: [5]Value{v, parseValue(b), lo, hi, v}},
			{Career: b, Kind: BarAverage, Average: v, Low: lo, High: hi},
		}}
		for _, line := range strings.Split(TextChart(c), "\n") {
			if !utf8.ValidString(line) && utf8.ValidString(a) && utf8.ValidString(b) {
				t.Fatalf("TextChart wrote invalid UTF-8: %q", line)
			}
		}
		if bar := textBar(c.Bars[0], lo, hi); utf8.RuneCountInString(bar) != textBarWidth {
			t.Fatalf("bar %q is %d wide; want %d", bar, utf8.RuneCountInString(bar), textBarWidth)
		}
	})
}

// TestPayFieldsOfTheTable: which fields are pay, hourly pay and wage
// percentiles is read from knowledge's field table; over every field, it
// is the set a chart draws, no more.
func TestPayFieldsOfTheTable(t *testing.T) {
	pay := map[knowledge.Field]bool{
		knowledge.FieldYearlySalary: true, knowledge.FieldSalaryRange: true, knowledge.FieldMedianAnnual: true, knowledge.FieldMeanAnnual: true,
		knowledge.FieldWageRange80: true, knowledge.FieldWageRange50: true,
		knowledge.FieldAnnual10: true, knowledge.FieldAnnual25: true, knowledge.FieldAnnual75: true, knowledge.FieldAnnual90: true,
	}
	hourly := map[knowledge.Field]bool{
		knowledge.FieldHourlyRate: true, knowledge.FieldMedianHourly: true, knowledge.FieldMeanHourly: true, knowledge.FieldHourlyRange80: true,
		knowledge.FieldHourly10: true, knowledge.FieldHourly25: true, knowledge.FieldHourly75: true, knowledge.FieldHourly90: true,
	}
	pct := map[knowledge.Field]bool{
		knowledge.FieldAnnual10: true, knowledge.FieldAnnual25: true, knowledge.FieldAnnual75: true, knowledge.FieldAnnual90: true,
		knowledge.FieldHourly10: true, knowledge.FieldHourly25: true, knowledge.FieldHourly75: true, knowledge.FieldHourly90: true,
	}
	for _, fi := range knowledge.AllFields {
		f := fi.Field
		if got, want := isPayField(f), pay[f] || hourly[f]; got != want {
			t.Errorf("isPayField(%s) = %v; want %v", f, got, want)
		}
		if got, want := onlyHourly([]knowledge.Field{f}), hourly[f]; got != want {
			t.Errorf("onlyHourly(%s) = %v; want %v", f, got, want)
		}
		if got, want := percentileField(f), pct[f]; got != want {
			t.Errorf("percentileField(%s) = %v; want %v", f, got, want)
		}
	}
	if onlyHourly([]knowledge.Field{knowledge.FieldHourly90, knowledge.FieldMedianAnnual}) {
		t.Error("onlyHourly of an hourly and a yearly field = true")
	}
}
