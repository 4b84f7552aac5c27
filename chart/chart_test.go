package chart_test

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/png"
	"math"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/careerbot/careerbot/bot"
	"github.com/careerbot/careerbot/chart"
	"github.com/careerbot/careerbot/knowledge"
)

var seeds struct {
	once sync.Once
	bot  *bot.Bot
	err  error
}

// seedBot is the real bot answering from the embedded knowledge.
func seedBot(tb testing.TB) *bot.Bot {
	tb.Helper()
	seeds.once.Do(func() {
		kb, err := knowledge.LoadSeeds(context.Background())
		seeds.bot, seeds.err = bot.New(kb), err
	})
	if seeds.err != nil {
		tb.Fatalf("knowledge.LoadSeeds: %v", seeds.err)
	}
	return seeds.bot
}

// questions whose answers carry charts of every kind: percentiles, top-coded,
// hourly only, page averages, pages and statistics together.
var questions = []string{
	"compare registered nurse vs electrician vs plumber",
	"lawyer salary",
	"actor salary",
	"compare lead technician vs senior support technician",
	"compare senior support technician vs electrician",
	"dentist salary",
}

func chartOf(tb testing.TB, q string) *bot.Chart {
	tb.Helper()
	c := seedBot(tb).Answer(context.Background(), bot.Request{Text: q}).Chart
	if c == nil {
		tb.Fatalf("Answer(%q) has no chart", q)
	}
	return c
}

// TestPNG draws the chart of each question and checks that the picture
// decodes with the chat size, on the opaque light background.
func TestPNG(t *testing.T) {
	for _, q := range questions {
		t.Run(q, func(t *testing.T) {
			data, err := chart.PNG(chartOf(t, q))
			if err != nil {
				t.Fatalf("PNG: %v", err)
			}
			if dir := os.Getenv("CHART_OUT"); dir != "" {
				os.WriteFile(dir+"/"+q+".png", data, 0o644)
			}
			img, format, err := image.Decode(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			if format != "png" {
				t.Errorf("format %q; want png", format)
			}
			if b := img.Bounds(); b.Dx() != chart.Width || b.Dy() != chart.Height {
				t.Errorf("size %dx%d; want %dx%d", b.Dx(), b.Dy(), chart.Width, chart.Height)
			}
			// Opaque everywhere: chat clients would show a transparent
			// picture on their own (possibly dark) background.
			if _, _, _, a := img.At(0, 0).RGBA(); a != 0xffff {
				t.Errorf("corner alpha %#x; want opaque", a)
			}
		})
	}
}

func TestPNGEmpty(t *testing.T) {
	for _, c := range []*bot.Chart{nil, {Title: "Yearly pay"}} {
		if _, err := chart.PNG(c); !errors.Is(err, chart.ErrEmpty) {
			t.Errorf("PNG(%+v) error %v; want ErrEmpty", c, err)
		}
	}
}

// BenchmarkPNG is the time to draw and encode one comparison chart, the
// biggest picture the bot sends (target: under 20 ms).
// BenchmarkPNG draws a chart (no cache): the cost of a picture never drawn.
func BenchmarkPNG(b *testing.B) {
	c := chartOf(b, questions[0])
	b.ReportAllocs()
	for b.Loop() {
		if _, err := chart.Render(c); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPNGCached asks again for a chart drawn before.
func BenchmarkPNGCached(b *testing.B) {
	c := chartOf(b, questions[0])
	first, err := chart.PNG(c)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if data, _ := chart.PNG(c); len(data) != len(first) {
			b.Fatal("cached chart differs")
		}
	}
}

// TestPNGCache: the same chart gives the same picture from the cache; a
// chart with another figure is drawn anew.
func TestPNGCache(t *testing.T) {
	c := chartOf(t, questions[0])
	a, err := chart.PNG(c)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := chart.PNG(c)
	if &a[0] != &b[0] {
		t.Error("the same chart was drawn twice")
	}
	other := *c
	other.Title += " (changed)"
	d, err := chart.PNG(&other)
	if err != nil || &d[0] == &a[0] {
		t.Errorf("a changed chart came from the cache")
	}
}

func TestAltText(t *testing.T) {
	got := chart.AltText(chartOf(t, "compare registered nurse vs electrician vs plumber"))
	want := "Yearly pay compared. " +
		"Registered Nurses: 10th percentile $66,030, 25th percentile $78,610, median $93,600, 75th percentile $107,960, 90th percentile $135,320. " +
		"Electricians: 10th percentile $39,430, 25th percentile $48,820, median $62,350, 75th percentile $81,730, 90th percentile $106,030. " +
		"Plumbers, Pipefitters, and Steamfitters: 10th percentile $40,670, 25th percentile $48,860, median $62,970, 75th percentile $81,900, 90th percentile $105,150. " +
		"Source: BLS OEWS, May 2024."
	if got != want {
		t.Errorf("AltText =\n%s\nwant\n%s", got, want)
	}
	if got := chart.AltText(chartOf(t, "compare lead technician vs senior support technician")); !strings.Contains(got, "Senior Support Technician: average $74,459, range $48,000 to $114,000.") {
		t.Errorf("AltText of page careers = %q", got)
	}
}

// TestPNGOddCharts draws charts no answer gives today: every one is either
// a picture of the chat size or a clear error, never a panic.
func TestPNGOddCharts(t *testing.T) {
	v := func(n float64) bot.Value {
		return bot.Value{Text: "$" + strconv.FormatFloat(n, 'f', -1, 64), Number: n}
	}
	missing := bot.Value{Missing: true}
	pct := func(name string, vs ...bot.Value) bot.Bar {
		b := bot.Bar{Career: name, Kind: bot.BarPercentiles}
		copy(b.Percentiles[:], vs)
		return b
	}
	var many []bot.Bar
	for i := range 20 {
		many = append(many, pct(strings.Repeat("Very long career name ", 8)+strconv.Itoa(i), v(float64(i)), v(float64(i+1)), v(float64(i+2)), v(float64(i+3)), v(float64(i+4))))
	}
	tests := []struct {
		name    string
		bars    []bot.Bar
		wantErr error
	}{
		{"all figures equal", []bot.Bar{pct("A", v(5), v(5), v(5), v(5), v(5))}, nil},
		{"zero pay", []bot.Bar{pct("A", v(0), v(0), v(0), v(0), v(0))}, nil},
		{"median only", []bot.Bar{pct("A", missing, missing, v(50000), missing, missing)}, nil},
		{"everything top-coded", []bot.Bar{pct("A", v(239200), bot.Value{Text: "$239,200 or more", Number: 239200, TopCoded: true}, bot.Value{Text: "$239,200 or more", Number: 239200, TopCoded: true}, bot.Value{Text: "$239,200 or more", Number: 239200, TopCoded: true}, bot.Value{Text: "$239,200 or more", Number: 239200, TopCoded: true})}, nil},
		{"page average without range", []bot.Bar{{Career: "A", Kind: bot.BarAverage, Average: v(70000), Low: missing, High: missing}}, nil},
		{"twenty careers", many, nil},
		{"nothing published", []bot.Bar{pct("A", missing, missing, missing, missing, missing)}, chart.ErrEmpty},
		{"not a number", []bot.Bar{pct("A", v(math.NaN()), missing, missing, missing, missing)}, chart.ErrInvalid},
		{"infinite", []bot.Bar{pct("A", v(1), missing, v(math.Inf(1)), missing, missing)}, chart.ErrInvalid},
		{"negative", []bot.Bar{pct("A", v(-1), missing, v(2), missing, missing)}, chart.ErrInvalid},
		{"beyond any pay", []bot.Bar{pct("A", v(1), missing, v(1e300), missing, missing)}, chart.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &bot.Chart{Title: strings.Repeat("Yearly pay ", 30), Unit: bot.PerYear, Bars: tt.bars,
				Notes: []string{"one", "two", "three", "four", "five"}, Sources: []bot.Source{{Title: "Test", URL: "https://example.com/"}}}
			data, err := chart.PNG(c)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("PNG error %v; want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("PNG: %v", err)
			}
			img, err := png.Decode(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			if b := img.Bounds(); b.Dx() != chart.Width || b.Dy() != chart.Height {
				t.Errorf("size %dx%d", b.Dx(), b.Dy())
			}
		})
	}
}
