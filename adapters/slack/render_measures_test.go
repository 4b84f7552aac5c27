package slack

import (
	"context"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/bot"
	"github.com/careerbot/careerbot/knowledge"
)

// TestRenderAcrossSources renders the real comparison of an official
// occupation with a page career: every row is shown, in order, each shared
// measure with its bases right after it.
func TestRenderAcrossSources(t *testing.T) {
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	a := bot.New(kb).Answer(context.Background(), bot.Request{Text: "compare registered nurse vs lead technician"})
	if a.Kind != bot.KindCompare || a.Table == nil {
		t.Fatalf("Answer = %s %q; want a comparison", a.Kind, a.Title)
	}
	m := render(a, renderOptions{})
	checkLimits(t, m)
	shown := shownText(m)
	if strings.Contains(shown, "more not shown") {
		t.Errorf("comparison cut:\n%s", shown)
	}
	at, bases := 0, 0
	for _, r := range a.Table.Rows {
		i := strings.Index(shown[at:], "*"+escape(r.Label)+"*")
		if i < 0 {
			t.Errorf("row %q missing or out of order", r.Label)
			continue
		}
		at += i
		for _, c := range r.Cells {
			if !strings.Contains(shown[at:], escape(c)) {
				t.Errorf("row %q: %q not shown", r.Label, c)
			}
		}
		if strings.HasSuffix(r.Label, " basis") {
			bases++
		}
	}
	if bases == 0 {
		t.Errorf("no basis rows shown; want the bases of the shared rows")
	}
}
