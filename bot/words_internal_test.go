package bot

import (
	"context"
	"slices"
	"strings"
	"testing"
)

func TestSingularName(t *testing.T) {
	for name, want := range map[string]string{
		"commercial pilots":      "commercial pilot",
		"acute care nurses":      "acute care nurse",
		"actuaries":              "actuary",
		"firemen":                "fireman",
		"cashiers":               "cashier",
		"coaches":                "coach",
		"office clerks, general": "",
		"airline pilots, copilots, and flight engineers": "",
		"lead technician": "",
		"first-line supervisors of correctional officers": "first-line supervisor of correctional officers",
		"lead technician of labs":                         "",
	} {
		got, ok := singularName(name)
		if got != want || ok != (want != "") {
			t.Errorf("singularName(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
}

// TestEverySingularName asks for every career whose name has a singular
// the suggestions may use ("how much does a commercial pilot make") by that
// singular: it must answer about the career.
func TestEverySingularName(t *testing.T) {
	kb := seedsBase(t)
	b := New(kb)
	asked, missed := 0, []string{}
	for _, c := range kb.Careers() {
		one, ok := singularName(strings.ToLower(c.Name))
		if !ok {
			continue
		}
		asked++
		a := b.Answer(context.Background(), Request{Text: "how much does a " + one + " make"})
		if !slices.Contains(a.About, c.Key) {
			missed = append(missed, one+" → "+a.Title)
		}
	}
	t.Logf("%d singular names asked, %d missed", asked, len(missed))
	if asked < 300 || len(missed)*100 > asked {
		t.Errorf("%d of %d singular names missed (want under 1%%): %v", len(missed), asked, missed[:min(20, len(missed))])
	}
}

func TestNarrowedGroups(t *testing.T) {
	tests := []struct {
		groups []string
		sets   [][]string
		want   []string
	}{
		{[]string{"47", "49"}, [][]string{{"47"}, {"47", "49"}}, []string{"47"}},                   // construction trades
		{[]string{"47", "49"}, [][]string{{"47", "49"}}, []string{"47", "49"}},                     // trades
		{[]string{"29", "31", "47"}, [][]string{{"29", "31"}, {"47"}}, []string{"29", "31", "47"}}, // healthcare and construction
		{[]string{"15", "47", "49"}, [][]string{{"47"}, {"47", "49"}}, []string{"15", "47"}},       // a group set before stays
	}
	for _, tt := range tests {
		if got := narrowedGroups(slices.Clone(tt.groups), tt.sets); !slices.Equal(got, tt.want) {
			t.Errorf("narrowedGroups(%v, %v) = %v; want %v", tt.groups, tt.sets, got, tt.want)
		}
	}
}

// TestNth writes places in a list with their English endings.
func TestNth(t *testing.T) {
	for n, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 22: "22nd", 101: "101st", 111: "111th"} {
		if got := nth(n); got != want {
			t.Errorf("nth(%d) = %q; want %q", n, got, want)
		}
	}
}
