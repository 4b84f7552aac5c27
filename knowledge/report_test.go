package knowledge

import (
	"strings"
	"testing"
)

func TestTruncationString(t *testing.T) {
	tests := []struct {
		t    Truncation
		want string
	}{
		{Truncation{Section: "description_b", Element: "description"}, "page ends inside the second career's description"},
		{Truncation{Section: "description_a", Element: "description"}, "page ends inside the first career's description"},
		{Truncation{Section: "salary", Element: "row", Row: "Age"}, `page ends inside row "Age" of the salary table`},
		{Truncation{Section: "top_skills", Element: "header_row"}, "page ends inside the header row of the top skills table"},
		{Truncation{Section: "education", Element: "lead_in"}, "page ends inside the introduction to the education section"},
	}
	for _, tt := range tests {
		if got := tt.t.String(); got != tt.want {
			t.Errorf("%+v.String() = %q; want %q", tt.t, got, tt.want)
		}
	}
}

// TestConflictShowsTheDifference: two long values that differ only near
// their end are shown where they differ, not clipped to the same text.
func TestConflictShowsTheDifference(t *testing.T) {
	shared := strings.Repeat("Installs and repairs equipment in offices, ", 3)
	c := Conflict{Career: "Lead Technician", What: "description", Stored: shared + "and trains staff.", Incoming: shared + "and leads a team.", Source: "page.txt"}
	got := c.String()
	if !strings.Contains(got, "trains staff") || !strings.Contains(got, "leads a team") {
		t.Errorf("Conflict.String() = %q; want both differing ends in view", got)
	}
	short := Conflict{Career: "A", What: "salary", Stored: "$1", Incoming: "$2", Source: "p"}
	if got := short.String(); got != `A salary: kept "$1", p says "$2"` {
		t.Errorf("short conflict = %q", got)
	}
}
