package chart_test

import (
	"bytes"
	"context"
	"errors"
	"image"
	_ "image/png" // image.Decode reads PNG
	"os"
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
func BenchmarkPNG(b *testing.B) {
	c := chartOf(b, questions[0])
	b.ReportAllocs()
	for b.Loop() {
		if _, err := chart.PNG(c); err != nil {
			b.Fatal(err)
		}
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
