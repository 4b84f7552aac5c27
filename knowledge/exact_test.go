package knowledge

import (
	"context"
	"hash/maphash"
	"slices"
	"strings"
	"testing"
)

// TestExactTableLikeMap fills an exactTable and a map with the same keys
// and checks that they give the same names, in the same order.
func TestExactTableLikeMap(t *testing.T) {
	adds := []struct {
		key string
		id  int32
	}{
		{"nurse", 0}, {"registered nurse", 1}, {"nurse", 2}, {"rn", 1}, {"", 3}, {"nurse", 4}, {"doctor", 5},
	}
	b := newExactBuilder(len(adds))
	want := map[string][]int32{}
	for _, a := range adds {
		b.add(a.key, a.id)
		want[a.key] = append(want[a.key], a.id)
	}
	tab := b.table()
	for _, key := range []string{"nurse", "registered nurse", "rn", "", "doctor", "nurses", "registered", "nursedoctor"} {
		if got := tab.find(key); !slices.Equal(got, want[key]) {
			t.Errorf("find(%q) = %v; want %v", key, got, want[key])
		}
	}
}

// TestExactTableSharedHash gives a key a hash another key holds, as two
// keys with one 64-bit hash would: each must still find its own names.
func TestExactTableSharedHash(t *testing.T) {
	b := newExactBuilder(2)
	b.add("nurse", 7)
	// "doctor"'s hash now belongs to "nurse".
	b.slots[maphash.String(b.t.seed, "doctor")] = 0
	b.add("doctor", 8)
	b.add("doctor", 9)
	tab := b.table()
	for _, tt := range []struct {
		key  string
		want []int32
	}{
		{"nurse", []int32{7}},
		{"doctor", []int32{8, 9}},
		{"surgeon", nil},
	} {
		if got := tab.find(tt.key); !slices.Equal(got, tt.want) {
			t.Errorf("find(%q) = %v; want %v", tt.key, got, tt.want)
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
		key := strings.Join(Tokens(ix.text(nm)), " ")
		ids := ix.exact.find(key)
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
