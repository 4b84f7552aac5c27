package bot

import (
	"strings"
	"testing"
	"unicode"
)

// FuzzPhraseKey holds the quick ways of reading phrases to the plain ones:
// plainKey to splitting and joining, holdsWords to strings.Contains.
func FuzzPhraseKey(f *testing.F) {
	for _, s := range []string{"salary ", "how much do nurses make", "c++ developer", "a  b", " x", "x  ", "Salary", "é", "top 10%", ""} {
		f.Add(s, "make")
	}
	f.Fuzz(func(t *testing.T, s, p string) {
		want := strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '+' || r == '#')
		}), " ")
		if got := phraseKey(s); got != want {
			t.Fatalf("phraseKey(%q) = %q; want %q", s, got, want)
		}
		text := " " + want + " "
		if p == "" {
			return
		}
		if got, want := holdsWords(text, p), strings.Contains(text, " "+p+" "); got != want {
			t.Errorf("holdsWords(%q, %q) = %v; want %v", text, p, got, want)
		}
	})
}
