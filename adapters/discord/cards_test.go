package discord

import (
	"encoding/json"
	"testing"
)

// TestRenderCachedAsRender renders every golden answer through the card
// cache, first and again: always what render gives. Then ForgetRendered
// empties the cache.
func TestRenderCachedAsRender(t *testing.T) {
	a := &Adapter{cards: newCardCache()}
	for _, g := range goldenAnswers {
		want, err := json.Marshal(render(g.answer))
		if err != nil {
			t.Fatal(err)
		}
		for round := range 2 {
			got, err := json.Marshal(a.renderCached(g.answer))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(want) {
				t.Fatalf("%s, round %d: renderCached =\n%s\nwant\n%s", g.name, round, got, want)
			}
		}
	}
	if n := a.cards.Len(); n != len(goldenAnswers) {
		t.Errorf("cards kept: %d; want one per answer, %d", n, len(goldenAnswers))
	}
	a.ForgetRendered()
	if n := a.cards.Len(); n != 0 {
		t.Errorf("cards kept after ForgetRendered: %d", n)
	}
}
