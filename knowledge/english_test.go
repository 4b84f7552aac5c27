package knowledge

import (
	"strings"
	"testing"
)

// Every word of the list is found, and words next to each are not: the
// search over byte offsets misses no line.
func TestEnglishWordEveryWord(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(englishWords, "\n"), "\n")
	if len(lines) < 50000 {
		t.Fatalf("%d words, want the whole list", len(lines))
	}
	for i, w := range lines {
		if i > 0 && lines[i-1] >= w {
			t.Fatalf("list not sorted at %q after %q", w, lines[i-1])
		}
		if !EnglishWord(w) {
			t.Fatalf("EnglishWord(%q) = false", w)
		}
		if x := w + "qq"; EnglishWord(x) {
			t.Fatalf("EnglishWord(%q) = true", x)
		}
	}
	for _, w := range []string{"", "a", "glost", "docter", "lawer", "zzzzz", "Treasure"} {
		if EnglishWord(w) {
			t.Errorf("EnglishWord(%q) = true", w)
		}
	}
}
