package chart

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	imagedraw "image/draw"
	"image/png"
	"math"
	"strings"
	"sync"

	"git.sr.ht/~sbinet/gg"
	xdraw "golang.org/x/image/draw"
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

// ErrInvalid is returned for a chart with a figure no axis can show: not a
// number, infinite, negative or beyond any pay.
var ErrInvalid = errors.New("chart: figure out of range")

// maxFigure bounds the figures a chart draws; no pay comes near it.
const maxFigure = 1e12

// maxBars bounds the rows of a picture; the rest are counted at its foot.
const maxBars = 8

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
// notes on figures left out or open ended, and the sources. A chart drawn
// before is not drawn again (see cache.go); the bytes returned are shared
// and must not be changed.
func PNG(c *bot.Chart) ([]byte, error) {
	key, ok := cacheKey(c)
	if ok {
		if data, hit := cached(key); hit {
			return data, nil
		}
	}
	data, err := render(c)
	if err == nil && ok {
		remember(key, data)
	}
	return data, err
}

func render(c *bot.Chart) ([]byte, error) {
	if c == nil || len(c.Bars) == 0 {
		return nil, ErrEmpty
	}
	drawn := false
	for _, b := range c.Bars {
		for _, v := range values(b) {
			if v.Missing {
				continue
			}
			if !(v.Number >= 0 && v.Number <= maxFigure) {
				return nil, fmt.Errorf("%w: %s %v", ErrInvalid, b.Career, v.Number)
			}
			drawn = true
		}
	}
	if !drawn {
		return nil, ErrEmpty
	}
	if len(c.Bars) > maxBars {
		cut := *c
		cut.Bars = c.Bars[:maxBars]
		cut.Notes = append([]string{fmt.Sprintf("%d more careers are not drawn.", len(c.Bars)-maxBars)}, c.Notes...)
		c = &cut
	}
	img := image.NewRGBA(image.Rect(0, 0, Width, Height))
	canvas := newCanvas(img)
	if err := layout(draw.New(canvas), c); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	// Best speed: the picture is flat colour, which compresses well
	// anyway, and encoding is most of the time a chart takes. The pool
	// keeps the compressor's state from one chart to the next.
	enc := png.Encoder{CompressionLevel: png.BestSpeed, BufferPool: encoderBuffers}
	if err := enc.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("chart: encode png: %w", err)
	}
	return buf.Bytes(), nil
}

// newCanvas returns a vector canvas drawing on img, set up as vgimg sets
// up its own (butt line caps, y upwards) but with two savings: gg draws
// on img itself instead of a copy, and text goes down with nearest-neighbour
// sampling. Glyphs land on whole pixels with no transform, where that gives
// the same pixels as gg's default bilinear sampling, in a fraction of the
// time (text was a fifth of a chart's).
func newCanvas(img *image.RGBA) *vgimg.Canvas {
	ctx := gg.NewContextForRGBA(img)
	ctx.SetLineCapButt()
	ctx.InvertY()
	ctx.SetInterpolator(xdraw.NearestNeighbor)
	c := vgimg.NewWith(vgimg.UseImageWithContext(img, ctx), vgimg.UseDPI(dpi))
	// After NewWith, which paints the image white.
	imagedraw.Draw(img, img.Bounds(), image.NewUniform(background), image.Point{}, imagedraw.Src)
	return c
}

// encoderBuffers lends PNG encoders their buffers; safe for concurrent use.
var encoderBuffers = &bufferPool{}

type bufferPool struct{ p sync.Pool }

func (bp *bufferPool) Get() *png.EncoderBuffer {
	b, _ := bp.p.Get().(*png.EncoderBuffer)
	return b
}

func (bp *bufferPool) Put(b *png.EncoderBuffer) { bp.p.Put(b) }

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

// layout lays the picture out: title and legend on top, the bars on a
// dollar axis in the middle, notes and sources at the foot.
func layout(dc draw.Canvas, c *bot.Chart) (err error) {
	// gonum's drawing code panics on some impossible input (a font it
	// cannot load, a broken path); a chart is never worth a crash.
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

	area := draw.Crop(dc, margin, -margin, bottom-dc.Min.Y, top-dc.Max.Y)
	newAxis(c, area).draw(c)
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

// axis is the dollar axis under the bars, and the area they are drawn in.
type axis struct {
	bars   draw.Canvas // where the rows go, above the axis
	lo, hi float64     // the dollars at the left and right edges
	unit   bot.Unit
}

// axisHeight is the room under the bars for the tick labels and the axis
// title.
const axisHeight = 3 + labelSize + lineGap + labelSize + 2

func newAxis(c *bot.Chart, area draw.Canvas) axis {
	lo, hi := span(c)
	pad := (hi - lo) * 0.17
	if pad == 0 {
		pad = math.Max(hi*0.2, 1)
	}
	right := pad
	if hasTopCoded(c) {
		right *= 2 // room for the open end and its "… or more"
	}
	return axis{
		bars: draw.Crop(area, 0, 0, axisHeight, 0),
		lo:   math.Max(0, lo-pad), hi: hi + right,
		unit: c.Unit,
	}
}

// tickInset keeps the labels of the end ticks inside the picture.
const tickInset = vg.Length(18)

// x is where an amount falls across the bars' area.
func (a axis) x(v float64) vg.Length {
	w := a.bars.Max.X - a.bars.Min.X - 2*tickInset
	return a.bars.Min.X + tickInset + vg.Length((v-a.lo)/(a.hi-a.lo))*w
}

// draw draws the grid, the axis with its ticks and labels, then the bars.
func (a axis) draw(c *bot.Chart) {
	dc := a.bars
	y0 := dc.Min.Y
	ticks := style(labelSize, false, muted)
	ticks.XAlign, ticks.YAlign = draw.XCenter, draw.YTop
	for _, t := range dollarTicks(a.lo, a.hi) {
		x := a.x(t)
		dc.StrokeLine2(draw.LineStyle{Color: gridColor, Width: 0.75}, x, y0, x, dc.Max.Y)
		dc.StrokeLine2(draw.LineStyle{Color: muted, Width: 0.5}, x, y0, x, y0-3)
		dc.FillText(ticks, vg.Point{X: x, Y: y0 - 3 - 1}, dollars(t, tickStep(a.lo, a.hi)))
	}
	dc.StrokeLine2(draw.LineStyle{Color: muted, Width: 0.5}, dc.Min.X, y0, dc.Max.X, y0)
	title := style(labelSize, false, muted)
	title.XAlign, title.YAlign = draw.XCenter, draw.YBottom
	text := "US dollars a year"
	if a.unit == bot.PerHour {
		text = "US dollars an hour"
	}
	dc.FillText(title, vg.Point{X: (dc.Min.X + dc.Max.X) / 2, Y: y0 - axisHeight}, text)
	drawBars(dc, a, c)
}

// values are the figures of a bar of either kind.
func values(b bot.Bar) []bot.Value {
	if b.Kind == bot.BarAverage {
		return []bot.Value{b.Low, b.Average, b.High}
	}
	return b.Percentiles[:]
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
