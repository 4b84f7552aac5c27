package knowledgetest

import (
	"math/rand"
	"sort"
	"testing"

	"github.com/careerbot/careerbot/knowledge"
	"github.com/careerbot/careerbot/knowledge/official"
)

// HeldOut builds Corpus without a random tenth of the alternate titles
// (a fixed seed) and returns it with the held-out titles that no remaining
// name lists and no other occupation shares, each with its occupation's key:
// names the bot has never seen, with the answer they should reach.
func HeldOut(tb testing.TB) (*knowledge.Base, [][2]string) {
	rng := rand.New(rand.NewSource(20261202))
	held := map[[2]string]bool{}
	titles := map[string]int{}
	kb := Corpus(tb, func(code, title string) bool {
		// Drawn from each occupation's commonest titles, as before the
		// bundle kept rarer ones (official.MaxCommonTitles): those are
		// found only whole, so holding one out tests nothing of the
		// search, and the draw stays the one measured before.
		if titles[code]++; titles[code] > official.MaxCommonTitles {
			return false
		}
		if rng.Intn(10) == 0 {
			held[[2]string{code, title}] = true
			return true
		}
		return false
	})
	listed := map[string]int{}
	for _, c := range kb.Careers() {
		for _, n := range append([]string{c.Name}, c.Aliases.Strings()...) {
			listed[knowledge.Normalize(n)]++
		}
	}
	heldBy := map[string]int{}
	for k := range held {
		heldBy[knowledge.Normalize(k[1])]++
	}
	var out [][2]string
	for k := range held {
		if n := knowledge.Normalize(k[1]); listed[n] == 0 && heldBy[n] == 1 {
			out = append(out, [2]string{k[1], "onet:" + k[0]})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return kb, out
}
