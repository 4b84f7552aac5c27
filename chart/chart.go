// Package chart draws the bot's pay charts as PNG pictures sized for chat,
// in pure Go (gonum.org/v1/plot, the Go fonts). The data comes from
// bot.Chart; adapters and the command line deliver the picture.
package chart

import (
	"bytes"
	"errors"
	"fmt"
	"image/color"
	"image/png"
	"math"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/careerbot/careerbot/bot"
)

// The picture's size in pixels: wide enough for a comparison of a few
// careers, small enough to sit in a chat message without scrolling.
const (
	Width  = 800
	Height = 400
)

// Filename is the name a chart goes by as an attachment.
const Filename = "pay.png"

// dpi relates the pixel size to points, the unit gonum/plot lays out in:
// 800×400 px at 96 dpi is 600×300 pt, and a 10 pt label is 13 px tall.
const dpi = 96

// maxNotes bounds the notes printed in the picture; the rest are counted.
const maxNotes = 3

// ErrEmpty is returned for a chart with no bar to draw.
var ErrEmpty = errors.New("chart: nothing to draw")

// Colours, on an opaque light background so that the picture reads the
// same in light and dark chat themes.
var (
	background = color.RGBA{0xfb, 0xfb, 0xfc, 0xff}
	ink        = color.RGBA{0x1f, 0x29, 0x37, 0xff} // titles, names, medians
	muted      = color.RGBA{0x4b, 0x55, 0x63, 0xff} // labels, notes, sources
	gridColor  = color.RGBA{0xe2, 0xe5, 0xea, 0xff}
	spanColor  = color.RGBA{0x8c, 0xb3, 0xd9, 0xff} // 10th to 90th percentile
	boxColor   = color.RGBA{0x2f, 0x6d, 0xb5, 0xff} // 25th to 75th percentile
	pageSpan   = color.RGBA{0xf5, 0xb8, 0x7a, 0xff} // a page's salary range
	pageDot    = color.RGBA{0xc2, 0x55, 0x0c, 0xff} // a page's average
)

// PNG draws c as a PNG picture of Width × Height pixels: one bar per career
// on one dollar axis, with the career names, the figures as published, the
// notes on figures left out or open ended, and the sources.
func PNG(c *bot.Chart) ([]byte, error) {
	if c == nil || len(c.Bars) == 0 {
		return nil, ErrEmpty
	}
	canvas := vgimg.NewWith(
		vgimg.UseWH(vg.Length(Width)*72/dpi, vg.Length(Height)*72/dpi),
		vgimg.UseDPI(dpi),
		vgimg.UseBackgroundColor(background),
	)
	if err := draw1(draw.New(canvas), c); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	// Best speed: the picture is flat colour, which compresses well
	// anyway, and encoding is most of the time a chart takes.
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, canvas.Image()); err != nil {
		return nil, fmt.Errorf("chart: encode png: %w", err)
	}
	return buf.Bytes(), nil
}

// Layout, in points.
const (
	margin     = vg.Length(12)
	titleSize  = vg.Length(13)
	legendSize = vg.Length(8.5)
	nameSize   = vg.Length(9.5)
	labelSize  = vg.Length(8)
	footSize   = vg.Length(7.5)
	lineGap    = vg.Length(3)
)

// draw1 lays the picture out: title and legend on top, the bars on a
// dollar axis in the middle, notes and sources at the foot.
func draw1(dc draw.Canvas, c *bot.Chart) (err error) {
	// gonum/plot panics on some impossible layouts (a canvas too small for
	// its text); a chart is never worth a crash.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("chart: draw: %v", r)
		}
	}()
	width := dc.Max.X - dc.Min.X
	top := dc.Max.Y - margin

	title := style(titleSize, true, ink)
	title.YAlign = draw.YTop
	dc.FillText(title, vg.Point{X: dc.Min.X + margin, Y: top}, fit(title, c.Title, width-2*margin))
	top -= titleSize + lineGap + 2
	drawLegend(dc, c, vg.Point{X: dc.Min.X + margin, Y: top - legendSize/2})
	top -= legendSize + 2*lineGap

	foot := footLines(c)
	fs := style(footSize, false, muted)
	fs.YAlign = draw.YBottom
	y := dc.Min.Y + margin
	for i := len(foot) - 1; i >= 0; i-- {
		dc.FillText(fs, vg.Point{X: dc.Min.X + margin, Y: y}, fit(fs, foot[i], width-2*margin))
		y += footSize + lineGap
	}
	bottom := y + lineGap

	p := newPlot(c)
	area := draw.Crop(dc, margin, -margin, bottom-dc.Min.Y, top-dc.Max.Y)
	p.Draw(area)
	return nil
}

// footLines are the notes (a few, then a count of the rest) and the sources.
func footLines(c *bot.Chart) []string {
	var lines []string
	for i, n := range c.Notes {
		if i == maxNotes && len(c.Notes) > maxNotes+1 {
			lines = append(lines, fmt.Sprintf("… and %d more notes.", len(c.Notes)-maxNotes))
			break
		}
		lines = append(lines, n)
	}
	var srcs []string
	for _, s := range c.Sources {
		t := s.Title
		if s.URL != "" {
			t += " (" + strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(s.URL, "https://"), "http://"), "/") + ")"
		}
		srcs = append(srcs, t)
	}
	if len(srcs) > 0 {
		lines = append(lines, "Source: "+strings.Join(srcs, "; "))
	}
	return lines
}

// newPlot is the dollar axis with one row per bar.
func newPlot(c *bot.Chart) *plot.Plot {
	p := plot.New()
	p.BackgroundColor = background
	p.HideY()
	lo, hi := span(c)
	pad := (hi - lo) * 0.17
	if pad == 0 {
		pad = math.Max(hi*0.2, 1)
	}
	right := pad
	if hasTopCoded(c) {
		right *= 2 // room for the open end and its "… or more"
	}
	p.X.Min, p.X.Max = math.Max(0, lo-pad), hi+right
	p.Y.Min, p.Y.Max = -0.5, float64(len(c.Bars))-0.5
	p.X.Tick.Marker = dollarTicks{unit: c.Unit}
	p.X.Tick.Label = style(labelSize, false, muted)
	p.X.Tick.Label.YAlign = draw.YTop
	p.X.Tick.LineStyle = draw.LineStyle{Color: muted, Width: 0.5}
	p.X.Tick.Length = 3
	p.X.LineStyle = draw.LineStyle{Color: muted, Width: 0.5}
	p.X.Label.Text = "US dollars a year"
	if c.Unit == bot.PerHour {
		p.X.Label.Text = "US dollars an hour"
	}
	p.X.Label.TextStyle = style(labelSize, false, muted)
	p.X.Label.Padding = 2

	grid := plotter.NewGrid()
	grid.Vertical = draw.LineStyle{Color: gridColor, Width: 0.75}
	grid.Horizontal.Color = nil
	p.Add(grid, bars{c})
	return p
}

// span is the lowest and highest figure any bar draws.
func span(c *bot.Chart) (lo, hi float64) {
	first := true
	for _, b := range c.Bars {
		l, h, ok := b.Span()
		if !ok {
			continue
		}
		if first || l < lo {
			lo = l
		}
		if first || h > hi {
			hi = h
		}
		first = false
	}
	return lo, hi
}
