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

func TestCutQualifier(t *testing.T) {
	tests := []struct {
		in, head, qual string
		sep            byte
		ok             bool
	}{
		{"salary of Life Actuary (ASA)", "salary of Life Actuary", "ASA", sepParen, true},
		{"salary of Nuclear Plant Operator (NPO)", "", "", 0, false},      // the title's own initials
		{"A/C Mechanic (Air Conditioner Mechanic) pay", "", "", 0, false}, // spelled out: read whole
		{"RN (Registered Nurse) pay", "", "", 0, false},
		{"Division Controller (Building Products)", "Division Controller", "Building Products", sepParen, true},
		{"Cook - Nursing Home", "Cook", "Nursing Home", sepDash, true},
		{"Onboarding Specialist | People Ops", "Onboarding Specialist", "People Ops", sepDash, true},
		{"Echo Tech (RDCS) - Hospital", "Echo Tech - Hospital", "RDCS", sepParen, true},
		{"Rector, Episcopal Parish", "Rector", "Episcopal Parish", sepComma, true},
		{"nurse ()", "", "", 0, false},
		{"(RN)", "", "", 0, false},
		{"nurse,", "", "", 0, false},
		{"nurse (rn", "nurse", "rn", sepParen, true}, // unclosed: the rest is the qualifier
	}
	for _, tt := range tests {
		head, qual, sep, ok := cutQualifier(tt.in)
		if head != tt.head || qual != tt.qual || sep != tt.sep || ok != tt.ok {
			t.Errorf("cutQualifier(%q) = %q, %q, %q, %v; want %q, %q, %q, %v", tt.in, head, qual, sep, ok, tt.head, tt.qual, tt.sep, tt.ok)
		}
	}
}

func TestGradesSaid(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Special Education Teacher (K-5)", "Special Education Teacher (elementary school)"},
		{"Guest Teacher (K-8)", "Guest Teacher (elementary school)"},
		{"Math Teacher - Grades 6-8", "Math Teacher - middle school"},
		{"Science Teacher (Grade 9)", "Science Teacher (high school)"},
		{"Teacher K-12", "Teacher K-12"}, // every level
		{"K-9 Officer", "K-9 Officer"},   // a police dog's handler
		{"Grade 0 teacher", "Grade 0 teacher"},
		{"top 5 jobs", "top 5 jobs"},
	}
	for _, tt := range tests {
		if got := gradesSaid(tt.in); got != tt.want {
			t.Errorf("gradesSaid(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestWithoutInnerRank(t *testing.T) {
	tests := []struct {
		unknown []string
		in, out string
		ok      bool
	}{
		{[]string{"tax senior"}, "salary of tax senior associate", "salary of tax associate", true},
		{[]string{"Tax Sr"}, "Tax Sr associate pay", "Tax associate pay", true},
		{[]string{"senior tax"}, "senior tax pay", "", false}, // a rank first is read by the name's rank
		// The unknown name as typed is not in the text: nothing to read
		// again (reading the same text again would never end).
		{[]string{"tax senior"}, "tax  senior", "", false},
		{nil, "salary of nurse", "", false},
	}
	for _, tt := range tests {
		out, ok := withoutInnerRank(&question{unknown: tt.unknown}, tt.in)
		if out != tt.out || ok != tt.ok {
			t.Errorf("withoutInnerRank(%v, %q) = %q, %v; want %q, %v", tt.unknown, tt.in, out, ok, tt.out, tt.ok)
		}
	}
}

// TestManagedSaid writes a team one manages as the title of its manager
// or supervisor, when the knowledge has one, and leaves other text be.
func TestManagedSaid(t *testing.T) {
	kb := mustTurn(t).kb
	for _, tt := range []struct{ in, want string }{
		{"I manage a team of 10 at a retail store, what should I earn?", "I am a retail store manager, what should I earn?"},
		{"I supervise a team of 12 reps at a call center", "I am a call center supervisor"},
		{"I manage our sales team. am I underpaid?", "I am a sales manager. am I underpaid?"},
		{"I manage a team of nurses on a hospital floor", "I am a nurses manager"},
		{"I manage a team", "I manage a team"},                       // of nothing said
		{"I manage a team of wizards", "I manage a team of wizards"}, // no such title
		{"how do I manage a team", "how do I manage a team"},
	} {
		if got := managedSaid(kb, tt.in); got != tt.want {
			t.Errorf("managedSaid(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}
