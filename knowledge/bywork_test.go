package knowledge_test

import (
	"context"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/knowledge"
)

// TestByWork finds careers by what someone says they do, in plain words,
// through O*NET's descriptions and task statements.
func TestByWork(t *testing.T) {
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		said  string
		first string // the career first
		holds string // words of the text shown for it
	}{
		{"draws blood at a lab", "Phlebotomists", "Draw blood"},
		{"reads meters for the gas company", "Meter Readers, Utilities", "Read meter"},
		{"stock shelves at night", "Stockers and Order Fillers", "Stock shelves"},
		{"fix toilets and pipes", "Plumbers, Pipefitters, and Steamfitters", "repair"},
		{"prepare tax returns", "Tax Preparers", "tax returns"},
		// A word of the work in the career's title: power lines, not
		// telephone lines; "repair" counts in no title.
		{"climb poles and repair power lines after storms", "Electrical Power-Line Installers and Repairers", "Climb poles"},
		// Plain words for those O*NET's tasks say it with (qa85).
		{"research the stars", "Astronomers", "celestial"},
		{"research earthquakes", "Geoscientists, Except Hydrologists and Geographers", "earthquake"},
		// The verb said and its object side by side in a task, before a
		// task that opens with the verb and holds a substitute later.
		{"deliver babies", "Obstetricians and Gynecologists", "deliver babies"},
		// What the verb is done to in a title, though other careers'
		// tasks hold more of the words; a place's word O*NET says
		// otherwise.
		{"operate cranes on construction sites", "Crane and Tower Operators", "operate cranes"},
		{"count money at a casino", "Gambling Change Persons and Booth Cashiers", "Count money"},
		{"designs the inside of houses", "Interior Designers", "interior"},
		// Plain words for O*NET's (qa92).
		{"puts people to sleep before surgery", "Anesthesiologists", "anesthetics"},
		{"builds the wooden frames of houses", "Carpenters", "wood"},
		{"picks furniture and colors for the inside of houses", "Interior Designers", "furnish"},
		{"flies the planes for delta", "Airline Pilots, Copilots, and Flight Engineers", "Pilot"},
		{"pick up the trash", "Refuse and Recyclable Material Collectors", "collect"},
		{"research the economy", "Economists", "economic"},
		// An article between the verb and its object: "Drive a
		// tractor-trailer".
		{"drives an 18 wheeler cross country", "Heavy and Tractor-Trailer Truck Drivers", "Drive a tractor-trailer"},
		{"work and perform", "", ""}, // words too many careers' texts hold tell none apart
		{"zzzz qqqq", "", ""},
	}
	for _, tt := range tests {
		hs := kb.ByWork(knowledge.Tokens(tt.said), 3)
		if tt.first == "" {
			if len(hs) > 0 {
				t.Errorf("ByWork(%q) = %s first; want none", tt.said, hs[0].Career.Name)
			}
			continue
		}
		if len(hs) == 0 {
			t.Errorf("ByWork(%q): none; want %s", tt.said, tt.first)
			continue
		}
		if hs[0].Career.Name != tt.first || !strings.Contains(hs[0].Item.Name, tt.holds) || hs[0].Value < 1 || hs[0].Source == "" {
			t.Errorf("ByWork(%q) = %s (%q, %v words, source %q); want %s holding %q", tt.said, hs[0].Career.Name, hs[0].Item.Name, hs[0].Value, hs[0].Source, tt.first, tt.holds)
		}
	}
}

// TestByWorkEveryTask asks ByWork with the words of every occupation's
// last task statement: most must find the occupation first. The embedded
// knowledge reads its tasks only when asked; the index holds their words
// from the start (before it did, 450 of 923 came first).
func TestByWorkEveryTask(t *testing.T) {
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	n, first := 0, 0
	var misses []string
	for _, c := range kb.Careers() {
		l, ok := kb.List(c, knowledge.ListTasks)
		if !ok || len(l.Items) == 0 {
			continue
		}
		n++
		task := l.Items[len(l.Items)-1].Name
		if hs := kb.ByWork(knowledge.Tokens(task), 1); len(hs) == 1 && hs[0].Career == c {
			first++
		} else if len(misses) < 5 {
			misses = append(misses, c.Name+": "+task)
		}
	}
	t.Logf("%d of %d occupations first by their last task; e.g. missed %q", first, n, misses)
	if n < 900 || first < n*9/10 {
		t.Errorf("%d of %d occupations first by their last task; want 90%%", first, n)
	}
}

// TestSameForm reads a text's word as a form said, with the endings texts
// write and no other word.
func TestSameForm(t *testing.T) {
	tests := []struct {
		text, form string
		want       bool
	}{
		{"pour", "pour", true},
		{"poured", "pour", true},
		{"framing", "frame", true},
		{"repairs", "repair", true},
		{"repairer", "repair", true},
		{"bakers", "bake", true}, // the ones who do it, in a title
		{"pouring", "pour", true},
		{"pour", "poured", false}, // the text's word is shorter
		{"port", "pour", false},
		{"frames", "framework", false},
		{"teethe", "teeth", false},
		{"atmospheric", "atmosphere", true},     // its adjective: "studies the atmosphere"
		{"clinical", "clinic", false},           // "clinical duties" are no clinic's
		{"investigations", "investigate", true}, // the noun of the doing: "conduct investigations"
		{"installation", "install", true},
		{"inspection", "inspect", true},
		{"portion", "port", false}, // too short a verb to tell
		{"action", "act", false},
	}
	for _, tt := range tests {
		if got := knowledge.SameForm(tt.text, tt.form); got != tt.want {
			t.Errorf("SameForm(%q, %q) = %v; want %v", tt.text, tt.form, got, tt.want)
		}
	}
}

// TestWorkVerb knows the verbs O*NET's tasks open with, in their forms,
// and the plain words for them; nouns no task opens with are no verbs.
func TestWorkVerb(t *testing.T) {
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]bool{"clean": true, "cleans": true, "cleaning": true, "guard": true, "driving": true,
		"fix": true, "teeth": false, "nurse": false, "zzzz": false, "bakery": false,
		"trash": false, "tax": false, "fly": true} {
		if got := kb.WorkVerb(w); got != want {
			t.Errorf("WorkVerb(%q) = %v; want %v", w, got, want)
		}
	}
}

// TestByWorkMilitary keeps the armed forces' occupations for work told of
// them: "a team at a distribution center" is no command center's.
func TestByWorkMilitary(t *testing.T) {
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		said     string
		military bool // a military occupation among the first five
	}{
		{"manage a team of 12 at a distribution center", false},
		{"manage the operation of a call center", false},
		{"lead an infantry platoon in the army", true},
	} {
		found := false
		for _, h := range kb.ByWork(knowledge.Tokens(tt.said), 5) {
			found = found || strings.HasPrefix(h.Career.Key, "onet:55-")
		}
		if found != tt.military {
			t.Errorf("ByWork(%q): a military occupation among the first five is %v; want %v", tt.said, found, tt.military)
		}
	}
}
