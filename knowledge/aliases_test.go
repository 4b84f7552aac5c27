package knowledge

import (
	"slices"
	"strings"
	"testing"
)

func TestAliases(t *testing.T) {
	for _, names := range [][]string{nil, {"RN"}, {"Staff Nurse", "", "Charge Nurse", "Nurse, Registered"}} {
		a := NewAliases(names...)
		var text strings.Builder
		var block []uint32
		text.WriteString("Registered Nurses") // a career's name before its aliases
		p := packedAliases(names, &text, &block)
		for _, got := range []Aliases{a, p} {
			if got.Len() != len(names) || !slices.Equal(got.Strings(), names) && len(names) > 0 {
				t.Errorf("aliases of %q = %q (%d)", names, got.Strings(), got.Len())
			}
			for i, n := range got.All() {
				if n != names[i] || got.At(i) != names[i] {
					t.Errorf("aliases of %q: %d is %q, At %q", names, i, n, got.At(i))
				}
			}
			if !got.Equal(NewAliases(names...)) || got.Equal(NewAliases(append(slices.Clone(names), "x")...)) {
				t.Errorf("Equal of %q is wrong", names)
			}
		}
	}
	// A copy taken before an Add keeps its names: no array is shared.
	a := NewAliases("a", "b")
	b := a
	b.Add("c")
	a.Add("d")
	if !slices.Equal(a.Strings(), []string{"a", "b", "d"}) || !slices.Equal(b.Strings(), []string{"a", "b", "c"}) {
		t.Errorf("after Adds to copies: %q and %q", a.Strings(), b.Strings())
	}
	if got := NewAliases("x", "y").String(); got != "[x y]" {
		t.Errorf("String = %q", got)
	}
}
