package chart

import (
	"image/color"
	"strings"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/careerbot/careerbot/bot"
)

// Sizes within a row, in points.
const (
	boxHeight       = vg.Length(11) // the 25th to 75th percentile box
	spanWidth       = vg.Length(3)  // the 10th to 90th percentile line
	markWidth       = vg.Length(2.5)
	dotRadius       = vg.Length(4.5)
	labelSpace      = vg.Length(4)
	arrowSize       = vg.Length(6)
	minRowForLabels = vg.Length(34) // rows narrower than this drop the label under the bar
)

// drawBars draws a chart's bars on the dollar axis, first bar on top: each
// row is the career's name, then its bar with the lowest and highest figures
// at its ends and the median (or average) under its mark.
func drawBars(dc draw.Canvas, a axis, c *bot.Chart) {
	row := (dc.Max.Y - dc.Min.Y) / vg.Length(len(c.Bars))
	for i, b := range c.Bars {
		yc := dc.Max.Y - (vg.Length(i)+0.5)*row
		// The bar sits a little below the row's middle, under its name.
		y := yc - row*0.08
		name := style(nameSize, true, ink)
		name.YAlign = draw.YBottom
		dc.FillText(name, vg.Point{X: dc.Min.X, Y: y + boxHeight/2 + lineGap}, fit(name, b.Career, dc.Max.X-dc.Min.X))
		r := rowDrawer{dc: dc, x: a.x, y: y, labels: row >= minRowForLabels}
		if b.Kind == bot.BarAverage {
			r.average(b)
		} else {
			r.percentiles(b)
		}
	}
}

// rowDrawer draws one bar at height y.
type rowDrawer struct {
	dc     draw.Canvas
	x      func(float64) vg.Length
	y      vg.Length
	labels bool
}

func (r rowDrawer) percentiles(b bot.Bar) {
	p := b.Percentiles
	first, last := -1, -1
	for i, v := range p {
		if !v.Missing {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return
	}
	if first != last {
		r.line(p[first].Number, p[last].Number, spanColor, spanWidth)
	}
	if !p[1].Missing && !p[3].Missing {
		x0, x1 := r.x(p[1].Number), r.x(p[3].Number)
		r.dc.FillPolygon(boxColor, []vg.Point{
			{X: x0, Y: r.y - boxHeight/2}, {X: x1, Y: r.y - boxHeight/2},
			{X: x1, Y: r.y + boxHeight/2}, {X: x0, Y: r.y + boxHeight/2},
		})
	}
	if top := p[last]; top.TopCoded {
		r.openEnd(top.Number)
	}
	if m := p[2]; !m.Missing {
		xm := r.x(m.Number)
		r.dc.StrokeLine2(draw.LineStyle{Color: ink, Width: markWidth}, xm, r.y-boxHeight/2-2, xm, r.y+boxHeight/2+2)
		r.under(xm, "median "+m.Text)
	}
	r.ends(p[first], p[last], first != last)
}

func (r rowDrawer) average(b bot.Bar) {
	if !b.Low.Missing && !b.High.Missing {
		r.line(b.Low.Number, b.High.Number, pageSpan, spanWidth+1)
		r.ends(b.Low, b.High, true)
	}
	if a := b.Average; !a.Missing {
		pt := vg.Point{X: r.x(a.Number), Y: r.y}
		r.dc.DrawGlyph(draw.GlyphStyle{Color: background, Radius: dotRadius + 1.2, Shape: draw.CircleGlyph{}}, pt)
		r.dc.DrawGlyph(draw.GlyphStyle{Color: pageDot, Radius: dotRadius, Shape: draw.CircleGlyph{}}, pt)
		r.under(pt.X, "average "+a.Text)
	}
}

func (r rowDrawer) line(from, to float64, c color.Color, w vg.Length) {
	r.dc.StrokeLine2(draw.LineStyle{Color: c, Width: w}, r.x(from), r.y, r.x(to), r.y)
}

// openEnd draws a top-coded figure going on past its code: a dashed line
// to the edge of the plot, ending in an arrow.
func (r rowDrawer) openEnd(code float64) {
	x0, x1 := r.x(code), r.dc.Max.X-arrowSize
	if x1 <= x0 {
		x1 = x0 + arrowSize
	}
	r.dc.StrokeLine2(draw.LineStyle{Color: spanColor, Width: spanWidth, Dashes: []vg.Length{4, 3}}, x0, r.y, x1, r.y)
	r.dc.FillPolygon(spanColor, []vg.Point{
		{X: x1, Y: r.y - arrowSize/2}, {X: x1 + arrowSize, Y: r.y}, {X: x1, Y: r.y + arrowSize/2},
	})
}

// ends labels a bar's lowest and highest figures at its ends; a top-coded
// highest figure goes above its open end, out of the arrow's way.
func (r rowDrawer) ends(lo, hi bot.Value, both bool) {
	s := style(labelSize, false, muted)
	s.YAlign = draw.YCenter
	s.XAlign = draw.XRight
	r.dc.FillText(s, vg.Point{X: r.x(lo.Number) - labelSpace, Y: r.y}, lo.Text)
	if !both {
		return
	}
	s.XAlign = draw.XLeft
	if hi.TopCoded {
		s.YAlign = draw.YBottom
		r.dc.FillText(s, vg.Point{X: r.x(hi.Number) + labelSpace, Y: r.y + spanWidth}, hi.Text)
		return
	}
	r.dc.FillText(s, vg.Point{X: r.x(hi.Number) + labelSpace, Y: r.y}, hi.Text)
}

// under labels the figure at x under the bar, when the row has room.
func (r rowDrawer) under(x vg.Length, text string) {
	if !r.labels {
		return
	}
	s := style(labelSize, true, ink)
	s.XAlign = draw.XCenter
	s.YAlign = draw.YTop
	r.dc.FillText(s, vg.Point{X: x, Y: r.y - boxHeight/2 - lineGap}, text)
}

// drawLegend explains the marks of the kinds of bar the chart has, in a
// line starting at pt (its vertical middle).
func drawLegend(dc draw.Canvas, c *bot.Chart, pt vg.Point) {
	var pct, box, avg bool
	for _, b := range c.Bars {
		pct = pct || b.Kind == bot.BarPercentiles
		box = box || b.Kind == bot.BarPercentiles && !b.Percentiles[1].Missing && !b.Percentiles[3].Missing
		avg = avg || b.Kind == bot.BarAverage
	}
	s := style(legendSize, false, muted)
	s.YAlign = draw.YCenter
	x := pt.X
	item := func(text string, swatch func(x vg.Length) vg.Length) {
		x = swatch(x) + 3
		dc.FillText(s, vg.Point{X: x, Y: pt.Y}, text)
		x += s.Width(text) + 12
	}
	line := func(c color.Color, w vg.Length) func(vg.Length) vg.Length {
		return func(x vg.Length) vg.Length {
			dc.StrokeLine2(draw.LineStyle{Color: c, Width: w}, x, pt.Y, x+16, pt.Y)
			return x + 16
		}
	}
	if pct {
		item("10th to 90th percentile", line(spanColor, spanWidth))
	}
	if box {
		item("25th to 75th", func(x vg.Length) vg.Length {
			dc.FillPolygon(boxColor, []vg.Point{{X: x, Y: pt.Y - 4}, {X: x + 16, Y: pt.Y - 4}, {X: x + 16, Y: pt.Y + 4}, {X: x, Y: pt.Y + 4}})
			return x + 16
		})
	}
	if pct {
		item("median", func(x vg.Length) vg.Length {
			dc.StrokeLine2(draw.LineStyle{Color: ink, Width: markWidth}, x+2, pt.Y-5, x+2, pt.Y+5)
			return x + 4
		})
	}
	if avg {
		item("salary range (page)", line(pageSpan, spanWidth+1))
		item("average (page)", func(x vg.Length) vg.Length {
			dc.DrawGlyph(draw.GlyphStyle{Color: pageDot, Radius: 4, Shape: draw.CircleGlyph{}}, vg.Point{X: x + 4, Y: pt.Y})
			return x + 8
		})
	}
	if hasTopCoded(c) {
		item("open ended: \"… or more\"", func(x vg.Length) vg.Length {
			dc.StrokeLine2(draw.LineStyle{Color: spanColor, Width: spanWidth, Dashes: []vg.Length{4, 3}}, x, pt.Y, x+12, pt.Y)
			dc.FillPolygon(spanColor, []vg.Point{{X: x + 12, Y: pt.Y - 3}, {X: x + 17, Y: pt.Y}, {X: x + 12, Y: pt.Y + 3}})
			return x + 17
		})
	}
}

func hasTopCoded(c *bot.Chart) bool {
	for _, b := range c.Bars {
		for _, v := range b.Percentiles {
			if !v.Missing && v.TopCoded {
				return true
			}
		}
	}
	return false
}

// fit shortens text with an ellipsis until it is at most w wide.
func fit(s textStyle, text string, w vg.Length) string {
	if s.Width(text) <= w {
		return text
	}
	r := []rune(text)
	for len(r) > 1 {
		r = r[:len(r)-1]
		if t := strings.TrimRight(string(r), " ,;") + "…"; s.Width(t) <= w {
			return t
		}
	}
	return ""
}
