package bot

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
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
