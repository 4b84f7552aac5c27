package bot

import (
	"math"
	"strings"
	"unicode/utf8"
)

// Sizes of a text chart, in characters.
const (
	textBarWidth  = 40 // the dollar axis
	textNameWidth = 26 // career names longer than this are cut
)

// TextChart draws a pay chart as text for a terminal: one line per career
// on one dollar axis, the published figure it is read from beside it, then
// the legend, the notes and the sources. It returns "" for a nil chart.
func TextChart(c *Chart) string {
	if c == nil || len(c.Bars) == 0 {
		return ""
	}
	lo, hi := axis(c)
	nameWidth := 0
	for _, b := range c.Bars {
		nameWidth = max(nameWidth, utf8.RuneCountInString(clipName(b.Career)))
	}
	var sb strings.Builder
	sb.WriteString(c.Title + "\n")
	for _, b := range c.Bars {
		sb.WriteString("  " + pad(clipName(b.Career), nameWidth) + "  " + textBar(b, lo, hi) + "  " + barLabel(b) + "\n")
	}
	left, right := axisLabel(lo), axisLabel(hi)
	gap := max(1, textBarWidth-utf8.RuneCountInString(left)-utf8.RuneCountInString(right))
	sb.WriteString("  " + strings.Repeat(" ", nameWidth) + "  " + left + strings.Repeat(" ", gap) + right + "\n")
	sb.WriteString("  " + legend(c) + "\n")
	for _, n := range c.Notes {
		sb.WriteString("  Note: " + n + "\n")
	}
	if len(c.Sources) > 0 {
		var names []string
		for _, s := range c.Sources {
			names = append(names, s.Title)
		}
		sb.WriteString("  Source: " + strings.Join(names, "; ") + "\n")
	}
	return sb.String()
}

// axis returns the figures at the ends of a chart's dollar axis: the
// lowest and the highest any bar draws.
func axis(c *Chart) (lo, hi Value) {
	first := true
	for _, b := range c.Bars {
		for _, v := range b.values() {
			if v.Missing {
				continue
			}
			if first || v.Number < lo.Number {
				lo = v
			}
			if first || v.Number > hi.Number {
				hi = v
			}
			first = false
		}
	}
	return lo, hi
}

// axisLabel is a figure as published, a top-coded one shortened to "$239,200+".
func axisLabel(v Value) string {
	if v.TopCoded {
		return strings.TrimSuffix(v.Text, topCodedSuffix) + "+"
	}
	return v.Text
}

// textBar draws one bar: ─ the whole span (10th to 90th percentile, or the
// page's range), █ the middle half, ┃ the median, ● a page's average, ▶ an
// open end.
func textBar(b Bar, low, high Value) string {
	lo, hi := low.Number, high.Number
	cells := []rune(strings.Repeat(" ", textBarWidth))
	col := func(v float64) int {
		if hi <= lo {
			return 0
		}
		return min(textBarWidth-1, max(0, int(math.Round((v-lo)/(hi-lo)*float64(textBarWidth-1)))))
	}
	fill := func(from, to Value, r rune) {
		if from.Missing || to.Missing {
			return
		}
		for i := col(from.Number); i <= col(to.Number); i++ {
			cells[i] = r
		}
	}
	mark := func(v Value, r rune) {
		if !v.Missing {
			cells[col(v.Number)] = r
		}
	}
	if b.Kind == BarAverage {
		fill(b.Low, b.High, '─')
		mark(b.Average, '●')
	} else {
		p := b.Percentiles
		// The span runs between the outermost figures published.
		first, last := -1, -1
		for i, v := range p {
			if !v.Missing {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		if first >= 0 {
			fill(p[first], p[last], '─')
		}
		fill(p[1], p[3], '█')
		mark(p[2], '┃')
		for _, v := range p {
			if !v.Missing && v.TopCoded {
				mark(v, '▶')
			}
		}
	}
	return string(cells)
}

// barLabel is the figure a bar is best read by, as published.
func barLabel(b Bar) string {
	if b.Kind == BarAverage {
		switch {
		case !b.Average.Missing:
			return "average " + b.Average.Text
		case !b.Low.Missing:
			return "range " + b.Low.Text + " to " + b.High.Text
		}
		return ""
	}
	if m := b.Percentiles[2]; !m.Missing {
		return "median " + m.Text
	}
	return ""
}

// legend explains the marks of the kinds of bar a chart has.
func legend(c *Chart) string {
	var pct, avg bool
	for _, b := range c.Bars {
		pct = pct || b.Kind == BarPercentiles
		avg = avg || b.Kind == BarAverage
	}
	var parts []string
	if pct {
		parts = append(parts, "─ 10th to 90th percentile", "█ 25th to 75th", "┃ median")
	}
	if avg {
		parts = append(parts, "─ page's salary range", "● average")
	}
	return strings.Join(parts, "  ")
}

func clipName(s string) string {
	if r := []rune(s); len(r) > textNameWidth {
		return string(r[:textNameWidth-1]) + "…"
	}
	return s
}
