package knowledge

import (
	"context"
	"slices"
	"testing"
)

// TestCareerNamesTogether: rerank reads a career's names as one run of the
// name index, from its first name on.
func TestCareerNamesTogether(t *testing.T) {
	b, err := LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	ix := b.index
	ci := ix.careerIndex()
	total := 0
	for c, career := range ci.careers {
		first, n := ci.firstName[c], int32(ci.nameCount[c])
		total += int(n)
		for i := first; i < first+n; i++ {
			if ix.careerOf(&ix.names[i]) != career {
				t.Fatalf("name %d in %s's run belongs to %s", i, career.Name, ix.careerOf(&ix.names[i]).Name)
			}
		}
	}
	if total != len(ix.names) {
		t.Errorf("runs hold %d names; the index %d", total, len(ix.names))
	}
}

// TestDeleteIndex: every deletion of every fuzzy-sized name word finds the
// word, and a string that is no word's deletion finds none that are.
func TestDeleteIndex(t *testing.T) {
	b, err := LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	words := &b.index.vocab
	d := buildDeleteIndex(words)
	checked := 0
	for id := range int32(words.len()) {
		w := words.str(id)
		if len(w) < 4 || len(w) > maxFuzzyWord {
			continue
		}
		for _, del := range deletions(w) {
			checked++
			if !slices.Contains(d.find(del), id) {
				t.Fatalf("find(%q) = %v lacks %q", del, d.find(del), w)
			}
		}
	}
	for _, id := range d.find("qqqqzzzz") {
		if editDistance("qqqqzzzz", words.str(id), 1) <= 1 {
			t.Errorf("find(qqqqzzzz) gives %q", words.str(id))
		}
	}
	t.Logf("%d deletions of %d words found", checked, words.len())
}
