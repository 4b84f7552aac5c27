package bot_test

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/bot"
	"github.com/careerbot/careerbot/knowledge"
)

// TestPaysAboveEveryCareer asks of every official occupation with a
// median yearly wage below the top code "jobs that pay more than <name>":
// a ranking whose title says that median exactly, every row paid more.
func TestPaysAboveEveryCareer(t *testing.T) {
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(kb)
	ranked := kb.Ranked(knowledge.FieldMedianAnnual)
	asked, answered := 0, 0
	for _, r := range ranked {
		if !r.Career.Official() || r.Fact.TopCoded() || r.Career.CatchAll() {
			continue
		}
		asked++
		q := "jobs that pay more than " + r.Career.Name
		a := b.Answer(context.Background(), bot.Request{Text: q})
		want := fmt.Sprintf("that pay more than the median of %s, %s a year", r.Career.Name, r.Fact.Value)
		if a.Kind != bot.KindRanking || !strings.Contains(a.Title, want) {
			if asked-answered <= 10 {
				t.Errorf("Answer(%q) = %s %q; want a ranking %q", q, a.Kind, a.Title, want)
			}
			continue
		}
		answered++
		if a.Table == nil || len(a.Table.Rows) == 0 {
			t.Errorf("Answer(%q): no rows", q)
			continue
		}
		for _, row := range a.Table.Rows {
			v := dollars(row.Cells[0])
			if v <= r.Value {
				t.Errorf("Answer(%q): %s pays %s, not more than %s", q, row.Label, row.Cells[0], r.Fact.Value)
			}
		}
	}
	if asked < 700 {
		t.Fatalf("only %d careers asked", asked)
	}
	// A name that is also a field ("Farmworkers", "Cooks, Private
	// Household") may read otherwise; nearly all must be rankings.
	if share := float64(answered) / float64(asked); share < 0.99 {
		t.Errorf("%d of %d careers answered with the careers that pay more (%.1f%%); want 99%%", answered, asked, 100*share)
	}
	t.Logf("%d of %d careers answered with the careers that pay more", answered, asked)
}

// dollars reads "$140,910" or "$239,200 or more" as a number.
func dollars(s string) float64 {
	s = strings.TrimPrefix(strings.TrimSuffix(s, " or more"), "$")
	v, _ := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	return v
}

// TestGrowingOnly asks the best paid careers that are growing: every row
// is projected to grow faster than all occupations, best paid first.
func TestGrowingOnly(t *testing.T) {
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	all, ok := kb.AllProjection()
	if !ok {
		t.Fatal("no projection of all occupations")
	}
	byName := map[string]*knowledge.Career{}
	for _, c := range kb.Careers() {
		byName[c.Name] = c
	}
	b := bot.New(kb)
	a := b.Answer(context.Background(), bot.Request{Text: "top 25 highest paying jobs that are growing fast"})
	if a.Table == nil || len(a.Table.Rows) != 25 {
		t.Fatalf("want 25 rows, got %+v", a)
	}
	last := 1e9
	for _, row := range a.Table.Rows {
		_, name, _ := strings.Cut(row.Label, ". ")
		c, ok := byName[name]
		if !ok {
			continue // a BLS group's row
		}
		f, ok := c.Fact(knowledge.FieldProjectedGrowth)
		v, isNum := f.Number()
		if !ok || !isNum || v <= all.ChangeValue {
			t.Errorf("%s grows %q, not faster than all occupations (%s)", name, f.Value, all.ChangePercent)
		}
		if pay := dollars(row.Cells[0]); pay > last {
			t.Errorf("%s (%s) after a lower pay", name, row.Cells[0])
		} else {
			last = pay
		}
	}
}
