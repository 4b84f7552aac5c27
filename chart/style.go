package chart

import (
	"fmt"
	"image/color"
	"math"
	"strconv"

	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

type textStyle = draw.TextStyle

// goFonts holds the Go fonts, regular and bold; every text of a chart names
// its font.
var goFonts = mustGoFonts()

func mustGoFonts() text.Handler {
	regular, err := opentype.Parse(goregular.TTF)
	if err != nil {
		panic(fmt.Sprintf("chart: parse Go Regular: %v", err)) // embedded in x/image: cannot fail
	}
	bold, err := opentype.Parse(gobold.TTF)
	if err != nil {
		panic(fmt.Sprintf("chart: parse Go Bold: %v", err))
	}
	return text.Plain{Fonts: font.NewCache(font.Collection{
		{Font: font.Font{Typeface: "Go"}, Face: regular},
		{Font: font.Font{Typeface: "Go", Weight: xfont.WeightBold}, Face: bold},
	})}
}

// style is a text style in the Go fonts.
func style(size vg.Length, bold bool, c color.Color) textStyle {
	f := font.Font{Typeface: "Go", Size: size}
	if bold {
		f.Weight = xfont.WeightBold
	}
	return textStyle{Color: c, Font: f, Handler: goFonts}
}

// dollarTicks marks the axis at round amounts: a step of 1, 2, 2.5 or 5
// times a power of ten, five to eight ticks across.
func dollarTicks(lo, hi float64) []float64 {
	if !(hi > lo) || math.IsInf(hi-lo, 0) {
		return nil
	}
	step := tickStep(lo, hi)
	var ticks []float64
	for v := math.Ceil(lo/step) * step; v <= hi+step*1e-9; v += step {
		ticks = append(ticks, v)
	}
	return ticks
}

func tickStep(lo, hi float64) float64 { return niceStep((hi - lo) / 6) }

func niceStep(raw float64) float64 {
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if raw <= m*p {
			return m * p
		}
	}
	return 10 * p
}

// dollars writes an amount as the sources do ("$50,000", "$7.50"), with
// cents only when the axis steps by less than a dollar.
func dollars(v, step float64) string {
	if step < 1 {
		return "$" + strconv.FormatFloat(v, 'f', 2, 64)
	}
	digits := strconv.FormatFloat(math.Round(v), 'f', 0, 64)
	out := make([]byte, 0, len(digits)+len(digits)/3)
	for i := range len(digits) {
		if i > 0 && (len(digits)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, digits[i])
	}
	return "$" + string(out)
}
