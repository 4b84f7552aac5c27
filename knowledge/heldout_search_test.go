package knowledge_test

import (
	"os"
	"strconv"
	"testing"

	"github.com/careerbot/careerbot/knowledge/knowledgetest"
)

// TestHeldOutSearch measures Base.Search alone on titles it has never
// seen: how often the occupation is first, in the first 3, in the first 10.
// The bot's own test (bot.TestHeldOutTitles) asks the same titles whole.
func TestHeldOutSearch(t *testing.T) {
	kb, titles := knowledgetest.HeldOut(t)
	at := []int{1, 3, 10}
	hits := make([]int, len(at))
	show, _ := strconv.Atoi(os.Getenv("MISSES"))
	for _, tt := range titles {
		ms := kb.Search(tt[0], 10)
		for i, n := range at {
			for _, m := range ms[:min(n, len(ms))] {
				if m.Career.Key == tt[1] {
					hits[i]++
					break
				}
			}
		}
		if show > 0 && (len(ms) == 0 || ms[0].Career.Key != tt[1]) {
			show--
			got := "nothing"
			if len(ms) > 0 {
				got = ms[0].Career.Name
			}
			want, _ := kb.Career(tt[1])
			t.Logf("miss: %s → %s (want %s)", tt[0], got, want.Name)
		}
	}
	floors := []float64{0.57, 0.715, 0.825} // measured: 57.3%, 71.9%, 82.9%
	for i, n := range at {
		share := float64(hits[i]) / float64(len(titles))
		t.Logf("hit@%d: %d of %d (%.2f%%)", n, hits[i], len(titles), 100*share)
		if share < floors[i] {
			t.Errorf("hit@%d = %.2f%%; want at least %.0f%%", n, 100*share, 100*floors[i])
		}
	}
}
