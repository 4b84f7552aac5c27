package bot_test

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/bot"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestPayChartFigures checks the chart of salary answers and comparisons
// against the BLS and page figures exactly as published.
func TestPayChartFigures(t *testing.T) {
	b := mustFullBot(t)
	const oews = "BLS OEWS, May 2024"
	type bar struct {
		career string
		kind   bot.BarKind
		texts  []string // the five percentiles, or average, low and high; "" for missing
	}
	tests := []struct {
		q     string
		unit  bot.Unit
		bars  []bar
		notes []string // each must be a note
	}{
		{"compare registered nurse vs electrician vs plumber", bot.PerYear, []bar{
			{"Registered Nurses", bot.BarPercentiles, []string{"$66,030", "$78,610", "$93,600", "$107,960", "$135,320"}},
			{"Electricians", bot.BarPercentiles, []string{"$39,430", "$48,820", "$62,350", "$81,730", "$106,030"}},
			{"Plumbers, Pipefitters, and Steamfitters", bot.BarPercentiles, []string{"$40,670", "$48,860", "$62,970", "$81,900", "$105,150"}},
		}, nil},
		{"How much does a registered nurse make?", bot.PerYear, []bar{
			{"Registered Nurses", bot.BarPercentiles, []string{"$66,030", "$78,610", "$93,600", "$107,960", "$135,320"}},
		}, nil},
		{"lawyer salary", bot.PerYear, []bar{
			{"Lawyers", bot.BarPercentiles, []string{"$72,780", "$99,760", "$151,160", "$215,420", "$239,200 or more"}},
		}, []string{"Lawyers: 90th percentile $239,200 or more (no higher figure is published); drawn open ended."}},
		// Published only as an hourly wage: an hourly chart.
		{"actor salary", bot.PerHour, []bar{
			{"Actors", bot.BarPercentiles, []string{"$14.00", "$16.94", "$23.33", "$41.09", "$97.19"}},
		}, nil},
		{"compare lead technician vs senior support technician", bot.PerYear, []bar{
			{"Lead Technician", bot.BarAverage, []string{"$90,615", "$67,000", "$121,000"}},
			{"Senior Support Technician", bot.BarAverage, []string{"$74,459", "$48,000", "$114,000"}},
		}, nil},
		// An occupation with hourly wages only, beside one with yearly wages:
		// a yearly chart that says what it left out.
		// Hourly pay asked: the chart in hourly wages too.
		{"registered nurse hourly wage", bot.PerHour, []bar{
			{"Registered Nurses", bot.BarPercentiles, []string{"$31.75", "$37.79", "$45.00", "$51.90", "$65.06"}},
		}, nil},
		{"compare actor vs electrician", bot.PerYear, []bar{
			{"Electricians", bot.BarPercentiles, []string{"$39,430", "$48,820", "$62,350", "$81,730", "$106,030"}},
		}, []string{"Actors: no yearly pay figure given; not drawn."}},
		// An O*NET specialty drawn with the wages BLS publishes for its parent.
		{"acute care nurse salary", bot.PerYear, []bar{
			{"Acute Care Nurses", bot.BarPercentiles, []string{"$66,030", "$78,610", "$93,600", "$107,960", "$135,320"}},
		}, []string{"Acute Care Nurses: wages and employment of 29-1141 (Registered Nurses)."}},
		// Page careers and official occupations on one axis, each with what it has.
		{"compare senior support technician vs electrician", bot.PerYear, []bar{
			{"Senior Support Technician", bot.BarAverage, []string{"$74,459", "$48,000", "$114,000"}},
			{"Electricians", bot.BarPercentiles, []string{"$39,430", "$48,820", "$62,350", "$81,730", "$106,030"}},
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a := b.Answer(context.Background(), bot.Request{Text: tt.q})
			c := a.Chart
			if c == nil {
				t.Fatalf("Answer(%q).Chart = nil; want a chart\n%s", tt.q, bot.Text(a))
			}
			if c.Unit != tt.unit {
				t.Errorf("unit = %q; want %q", c.Unit, tt.unit)
			}
			if len(c.Bars) != len(tt.bars) {
				t.Fatalf("%d bars %+v; want %d", len(c.Bars), c.Bars, len(tt.bars))
			}
			for i, want := range tt.bars {
				got := c.Bars[i]
				if got.Career != want.career || got.Kind != want.kind {
					t.Errorf("bar %d = %q (%s); want %q (%s)", i, got.Career, got.Kind, want.career, want.kind)
				}
				vals := got.Percentiles[:]
				if got.Kind == bot.BarAverage {
					vals = []bot.Value{got.Average, got.Low, got.High}
				}
				for j, v := range vals {
					if v.Text != want.texts[j] || v.Missing != (want.texts[j] == "") {
						t.Errorf("%s value %d = %+v; want %q", got.Career, j, v, want.texts[j])
					}
					// The number drawn is the published figure.
					if !v.Missing && (v.Number != published(t, v.Text) || v.TopCoded != strings.HasSuffix(v.Text, " or more")) {
						t.Errorf("%s value %d: %+v does not match its text", got.Career, j, v)
					}
				}
				if got.Source == "" {
					t.Errorf("%s: no source", got.Career)
				}
			}
			for _, n := range tt.notes {
				if !contains(c.Notes, n) {
					t.Errorf("notes %q; want %q among them", c.Notes, n)
				}
			}
			if len(c.Sources) == 0 {
				t.Errorf("no sources")
			}
			if tt.bars[0].kind == bot.BarPercentiles && c.Sources[0].Title != oews {
				t.Errorf("source %q; want %q", c.Sources[0].Title, oews)
			}
		})
	}
}

// published reads a figure's text back as a number: "$239,200 or more" is 239200.
func published(t *testing.T, text string) float64 {
	t.Helper()
	s := strings.TrimSuffix(text, " or more")
	s = strings.ReplaceAll(strings.TrimPrefix(s, "$"), ",", "")
	n, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("figure %q is not a dollar amount: %v", text, err)
	}
	return n
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// TestPayChartGolden keeps the whole chart of a few answers (labels, order,
// values, notes, sources) in testdata/charts.golden.json; go test -update
// rewrites it after a deliberate change.
func TestPayChartGolden(t *testing.T) {
	b := mustFullBot(t)
	questions := []string{
		"compare registered nurse vs electrician vs plumber",
		"lawyer salary",
		"actor salary",
		"compare lead technician vs senior support technician",
		"compare senior support technician vs electrician",
	}
	type entry struct {
		Question string
		Chart    *bot.Chart
		Text     []string // TextChart, line by line
	}
	var got []entry
	for _, q := range questions {
		c := b.Answer(context.Background(), bot.Request{Text: q}).Chart
		got = append(got, entry{q, c, strings.Split(bot.TextChart(c), "\n")})
	}
	js, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	js = append(js, '\n')
	path := filepath.Join("testdata", "charts.golden.json")
	if *update {
		if err := os.WriteFile(path, js, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(js) != string(want) {
		t.Errorf("charts differ from %s (go test -update rewrites it after a deliberate change):\n%s", path, js)
	}
}

// TestNoChart: answers that are not about pay carry no chart.
func TestNoChart(t *testing.T) {
	b := mustFullBot(t)
	for _, q := range []string{
		"top skills for a lead technician",
		"what education do electricians need",
		"registered nurse job outlook",
		"compare skills of lead technician vs senior support technician",
		"help",
		"which career pays the most",
	} {
		if c := b.Answer(context.Background(), bot.Request{Text: q}).Chart; c != nil {
			t.Errorf("Answer(%q).Chart = %+v; want nil", q, c)
		}
	}
}
