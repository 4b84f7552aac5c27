package bot_test

import (
	"context"
	"slices"
	"testing"

	"github.com/careerbot/careerbot/bot"
	"github.com/careerbot/careerbot/knowledge"
)

// TestOtherNamesEveryCareer asks of every official occupation with other
// titles "other names for <name>": the titles listed are the career's own,
// as many as the answer shows.
func TestOtherNamesEveryCareer(t *testing.T) {
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(kb)
	asked, answered := 0, 0
	for _, c := range kb.Careers() {
		names := c.Aliases.Strings()
		if !c.Official() || len(names) == 0 {
			continue
		}
		asked++
		q := "other names for " + c.Name
		a := b.Answer(context.Background(), bot.Request{Text: q})
		if a.Kind != bot.KindList || len(a.About) != 1 || a.About[0] != c.Key || len(a.Lists) != 1 {
			if asked-answered <= 10 {
				t.Errorf("Answer(%q) = %s %q about %v; want the other names of %s", q, a.Kind, a.Title, a.About, c.Name)
			}
			continue
		}
		answered++
		for _, n := range a.Lists[0].Items {
			if !slices.Contains(names, n) {
				t.Errorf("Answer(%q) lists %q, no name of %s", q, n, c.Name)
			}
		}
		if want := min(len(names), 20); len(a.Lists[0].Items) != want {
			t.Errorf("Answer(%q) lists %d names; want %d", q, len(a.Lists[0].Items), want)
		}
	}
	if asked < 800 {
		t.Fatalf("only %d careers asked", asked)
	}
	if share := float64(answered) / float64(asked); share < 0.99 {
		t.Errorf("%d of %d careers answered with their other names (%.1f%%); want 99%%", answered, asked, 100*share)
	}
	t.Logf("%d of %d careers answered with their other names", answered, asked)
}
