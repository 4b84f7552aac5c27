package knowledge

import (
	"context"
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
			if ix.names[i].career != career {
				t.Fatalf("name %d in %s's run belongs to %s", i, career.Name, ix.names[i].career.Name)
			}
		}
	}
	if total != len(ix.names) {
		t.Errorf("runs hold %d names; the index %d", total, len(ix.names))
	}
}
