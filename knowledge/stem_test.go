package knowledge

import "testing"

func TestStem(t *testing.T) {
	same := [][]string{
		{"installer", "installation", "installing", "install"},
		{"actuary", "actuarial"},
		{"physicist", "physic"}, // "physics" is singular "physic"
		{"dermatologist", "dermatology"},
		{"teacher", "teaching"},
		{"photographer", "photography", "photographic"},
		{"arbitrator", "arbitration"},
		{"manager", "management", "manage"},
	}
	for _, group := range same {
		for _, w := range group[1:] {
			if stem(w) != stem(group[0]) {
				t.Errorf("stem(%q) = %q, stem(%q) = %q; want the same", w, stem(w), group[0], stem(group[0]))
			}
		}
	}
	different := [][2]string{{"cook", "cookie"}, {"account", "accurate"}, {"mason", "machine"}}
	for _, d := range different {
		if stem(d[0]) == stem(d[1]) {
			t.Errorf("stem(%q) = stem(%q) = %q; want them apart", d[0], d[1], stem(d[0]))
		}
	}
}
