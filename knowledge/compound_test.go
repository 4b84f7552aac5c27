package knowledge_test

import (
	"context"
	"testing"

	"github.com/careerbot/careerbot/knowledge"
)

func TestSplitJoined(t *testing.T) {
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	splits := []struct{ word, a, b string }{
		{"backend", "back", "end"},
		{"frontend", "front", "end"},
		{"nursepractitioner", "nurse", "practitioner"},
		{"bartender", "", ""}, // a word names hold is never split
		{"kastrel", "", ""},
		{"abcdef", "", ""},
	}
	for _, tt := range splits {
		a, b, ok := kb.Split(tt.word)
		if a != tt.a || b != tt.b || ok != (tt.a != "") {
			t.Errorf("Split(%q) = %q, %q, %v; want %q, %q", tt.word, a, b, ok, tt.a, tt.b)
		}
	}
	joins := []struct{ a, b, want string }{
		{"book", "keeper", "bookkeeper"},
		{"bar", "tender", ""}, // "Bar Tender" is itself a name
		{"dish", "washer", "dishwasher"},
		{"data", "base", "database"},
		{"registered", "nurse", ""}, // no such word
		{"fire", "fighter", ""},     // names spell it so: "Fire Fighter"
		{"to", "day", ""},           // parts too short to be a compound's
	}
	for _, tt := range joins {
		got, ok := kb.Joined(tt.a, tt.b)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("Joined(%q, %q) = %q, %v; want %q", tt.a, tt.b, got, ok, tt.want)
		}
	}
}
