package knowledge

import "testing"

// TestWorkWordsNormalised checks every word the work tables are keyed by
// against the tokenizer: a key that questions never normalise to (an
// abbreviation, "rehab", which becomes "rehabilitation") is never read.
func TestWorkWordsNormalised(t *testing.T) {
	normal := func(w string) bool {
		toks := Tokens(w)
		return len(toks) == 1 && toks[0] == w
	}
	for k := range workWords {
		if !normal(k) {
			t.Errorf("workWords key %q is read as %q", k, Tokens(k))
		}
	}
	for k := range phrasalWork {
		for _, w := range k {
			if !normal(w) {
				t.Errorf("phrasalWork word %q is read as %q", w, Tokens(w))
			}
		}
	}
}
