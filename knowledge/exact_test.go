package knowledge

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestExactTableLikeMap fills an exactTable and a map with the same keys
// and checks that they give the same names, in the same order, whether a
// key is kept or is the words of its first name.
func TestExactTableLikeMap(t *testing.T) {
	// The words of names 0…5; name 1 repeats a word, so its key is not
	// its words.
	words := [][]int32{{1}, {2, 1}, {1}, {3}, {1}, {4}}
	adds := []struct {
		key []int32
		id  int32
	}{
		{[]int32{1}, 0}, {[]int32{2, 1, 2}, 1}, {[]int32{1}, 2}, {[]int32{3}, 1}, {[]int32{1}, 4}, {[]int32{4}, 5}, {[]int32{3}, 3},
	}
	b := newExactBuilder(len(adds))
	want := map[string][]int32{}
	for _, a := range adds {
		b.add(a.key, a.id)
		want[fmt.Sprint(a.key)] = append(want[fmt.Sprint(a.key)], a.id)
	}
	nameWords := func(n int32) []int32 { return words[n] }
	tab := b.table(nameWords)
	for _, key := range [][]int32{{1}, {2, 1, 2}, {2, 1}, {3}, {4}, {5}, {1, 4}, {}} {
		if got := tab.find(key, nameWords); !slices.Equal(got, want[fmt.Sprint(key)]) {
			t.Errorf("find(%v) = %v; want %v", key, got, want[fmt.Sprint(key)])
		}
	}
	if n := len(tab.keys.vals); n != 4 {
		t.Errorf("the table keeps %d words of keys; want 4 (of [2 1 2] and [3])", n)
	}
}

// TestExactTableSharedHash gives a key a hash another key holds, as two
// keys with one 64-bit hash would: each must still find its own names.
func TestExactTableSharedHash(t *testing.T) {
	b := newExactBuilder(2)
	nurse, doctor := []int32{7}, []int32{8}
	b.add(nurse, 0)
	// doctor's hash now belongs to nurse.
	b.slots[hashWords(doctor)] = 0
	b.add(doctor, 1)
	b.add(doctor, 2)
	words := [][]int32{nurse, doctor, doctor}
	nameWords := func(n int32) []int32 { return words[n] }
	tab := b.table(nameWords)
	for _, tt := range []struct {
		key  []int32
		want []int32
	}{
		{nurse, []int32{0}},
		{doctor, []int32{1, 2}},
		{[]int32{9}, nil},
	} {
		if got := tab.find(tt.key, nameWords); !slices.Equal(got, tt.want) {
			t.Errorf("find(%v) = %v; want %v", tt.key, got, tt.want)
		}
	}
}

// TestExactIndexAllNames checks the whole embedded population: every
// name is found under its own normalised text, and nothing else is.
func TestExactIndexAllNames(t *testing.T) {
	kb, err := LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	ix := kb.index
	for n := range ix.names {
		nm := &ix.names[n]
		toks := Tokens(ix.text(nm))
		key := strings.Join(toks, " ")
		ids := ix.exactNames(toks)
		if !slices.Contains(ids, int32(n)) {
			t.Fatalf("exact %q = %v; want it to hold name %d (%q of %s)", key, ids, n, ix.text(nm), ix.careerOf(nm).Name)
		}
		for _, id := range ids {
			if other := strings.Join(Tokens(ix.text(&ix.names[id])), " "); other != key && !strings.Contains(ix.text(&ix.names[id]), "(") {
				t.Fatalf("exact %q holds name %d %q, whose text is %q", key, id, ix.text(&ix.names[id]), other)
			}
		}
	}
}

// TestNameHalves: each half of "A (B)" is a name, except one word in the
// parentheses that says which kind rather than who, and acronyms that
// are words.
func TestNameHalves(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"Physical Education Professor (PE Professor)", []string{"Physical Education Professor", "PE Professor"}},
		{"Sub (Substitute)", []string{"Sub", "Substitute"}},
		{"Expo (Expeditor)", []string{"Expo", "Expeditor"}},
		{"Doctor (Dr)", []string{"Doctor", "Dr"}},
		{"OB (Obstetrician)", []string{"OB", "Obstetrician"}},
		{"Instrument Man (I-Man)", []string{"Instrument Man", "I-Man"}},
		{"Registered Nurse (RN)", []string{"Registered Nurse", "RN"}},
		{"Aviation Warfare Systems Operator (Helicopter)", []string{"Aviation Warfare Systems Operator"}},
		{"Operational Intelligence Officer (Analyst)", []string{"Operational Intelligence Officer"}},
		{"Jinriksha Driver (Rickshaw)", []string{"Jinriksha Driver"}},
		{"Certified Appliance Technician (CAT)", []string{"Certified Appliance Technician"}},
		{"Registered Nurse", nil},
		{"(RN)", nil},
	}
	for _, tt := range tests {
		if got := nameHalves(tt.name); !slices.Equal(got, tt.want) {
			t.Errorf("nameHalves(%q) = %q; want %q", tt.name, got, tt.want)
		}
	}
}
