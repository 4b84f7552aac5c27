package knowledge

import "testing"

// TestTypoLike: two changes read as a misspelling when they are what
// people misspell with (a vowel, a letter of the same sound, one left out
// or swapped), not when two unlike letters change.
func TestTypoLike(t *testing.T) {
	tests := []struct {
		typed, word string
		want        bool
	}{
		{"electrision", "electrician", true}, // c for s, o for a
		{"maintanence", "maintenance", true}, // two vowels
		{"elecrtican", "electrician", true},  // swapped, then one left out
		{"practioner", "practitioner", true}, // two left out
		{"pharmasist", "pharmacist", true},
		{"sorcerers", "solderers", false}, // r for l and c for d: another word
	}
	for _, tt := range tests {
		if d := editDistance(tt.typed, tt.word, 2); d > 2 {
			t.Errorf("editDistance(%q, %q) = %d; the case wants at most two changes", tt.typed, tt.word, d)
		}
		if got := typoLike(tt.typed, tt.word); got != tt.want {
			t.Errorf("typoLike(%q, %q) = %v (cost %.2f); want %v", tt.typed, tt.word, got, typoCost(tt.typed, tt.word), tt.want)
		}
	}
}
