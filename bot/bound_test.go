package bot

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/knowledge"
)

// TestEveryCareerPastAnAmount asks of every official career whose five
// yearly percentiles BLS publishes whether its workers make more than an
// amount between its median and its 75th percentile: the answer must say
// that between 25% and 50% do, naming both figures as BLS has them.
func TestEveryCareerPastAnAmount(t *testing.T) {
	kb, err := embedded()
	if err != nil {
		t.Fatal(err)
	}
	b := New(kb)
	asked, right := 0, 0
	for _, c := range kb.Careers() {
		if !c.Official() {
			continue
		}
		med, ok1 := c.Fact(knowledge.FieldMedianAnnual)
		p75, ok2 := c.Fact(knowledge.FieldAnnual75)
		if !ok1 || !ok2 || strings.Contains(p75.Value, "or more") {
			continue
		}
		lo, _ := med.Number()
		hi, _ := p75.Number()
		amount := math.Round((lo+hi)/2/10) * 10
		if amount <= lo || amount >= hi {
			continue
		}
		asked++
		q := fmt.Sprintf("do %s make more than $%s a year", strings.ToLower(c.Name), commas(int64(amount)))
		a := b.Answer(context.Background(), Request{Text: q})
		want := []string{"between 25% and 50% of " + c.Name, med.Value + " (50th percentile)", p75.Value + " (75th percentile)"}
		ok := len(a.About) > 0 && a.About[0] == c.Key
		for _, w := range want {
			ok = ok && strings.Contains(a.Summary, w)
		}
		if ok {
			right++
		} else if asked-right <= 10 {
			t.Logf("miss: %q → %s", q, a.Summary)
		}
	}
	t.Logf("%d of %d careers answered with their share past the amount", right, asked)
	if asked < 700 || float64(right) < 0.99*float64(asked) {
		t.Errorf("%d of %d right; want at least 99%% of at least 700", right, asked)
	}
}
