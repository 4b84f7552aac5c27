package slack

import (
	"encoding/json"
	"strings"
	"testing"

	slackapi "github.com/slack-go/slack"

	"github.com/careerbot/careerbot/bot"
)

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	js, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(js)
}

// TestRenderCachedAsRender renders answers through the card cache, first
// and again, with and without a share button: always what render gives,
// with the JSON kept for every block.
func TestRenderCachedAsRender(t *testing.T) {
	a := &Adapter{cards: newCardCache()}
	answers := map[string]bot.Answer{
		"compare": compareAnswer, "profile": profileAnswer, "ranking": rankingAnswer, "list": listAnswer,
		"help": helpAnswer, "unknown": unknownAnswer, "hint": hintAnswer, "doctor": doctorAnswer,
		"cut 50x100": bigComparison(50, 100, 0), "2x40": bigComparison(2, 40, 0),
	}
	options := []renderOptions{
		{}, {ShareQuestion: "compare lead technician vs senior support technician"},
		{ShareQuestion: strings.Repeat("long question ", 140)}, {Choices: true, Thread: "1700000000.000100"},
		{Choices: true, ShareQuestion: "doctor salary"}, {SharedBy: "U0123ABCD", Question: "q <!here>"},
	}
	for name, ans := range answers {
		for _, opts := range options {
			want := mustJSON(t, render(ans, opts))
			for round := range 2 {
				m := a.renderCached(ans, opts)
				if got := mustJSON(t, m); got != want {
					t.Fatalf("%s, %+v, round %d: renderCached =\n%s\nwant\n%s", name, opts, round, got, want)
				}
				if len(m.encoded) != len(m.Blocks) {
					t.Fatalf("%s: %d encodings for %d blocks", name, len(m.encoded), len(m.Blocks))
				}
				checkReplyBytes(t, newReply(VisibilityEphemeral, m))
			}
		}
	}
}

// TestRenderCachedSharesCardsNotQuestions asks the same answer with two
// questions of the same length: one card is kept, each reply's button
// carries its own question, and the first reply is not changed by the
// second.
func TestRenderCachedSharesCardsNotQuestions(t *testing.T) {
	a := &Adapter{cards: newCardCache()}
	first := a.renderCached(profileAnswer, renderOptions{ShareQuestion: "salary of lead technician"})
	firstJSON := mustJSON(t, first)
	second := a.renderCached(profileAnswer, renderOptions{ShareQuestion: "salary of head technician"})
	if n := a.cards.Len(); n != 1 {
		t.Errorf("cards kept: %d; want 1 (the answer and the share button's size are the same)", n)
	}
	if !strings.Contains(firstJSON, `"value":"salary of lead technician"`) || mustJSON(t, first) != firstJSON {
		t.Errorf("the first reply changed or lost its question: %s", mustJSON(t, first))
	}
	if !strings.Contains(mustJSON(t, second), `"value":"salary of head technician"`) {
		t.Errorf("the second reply lacks its question: %s", mustJSON(t, second))
	}
	a.renderCached(compareAnswer, renderOptions{})
	if n := a.cards.Len(); n != 2 {
		t.Errorf("cards kept: %d; want 2", n)
	}
	a.ForgetRendered()
	if n := a.cards.Len(); n != 0 {
		t.Errorf("cards kept after ForgetRendered: %d", n)
	}
}

// TestShareButtonJSON checks the share button put together from its
// template against encoding the block, for questions that need escaping.
func TestShareButtonJSON(t *testing.T) {
	if !shareTemplate().ok {
		t.Fatal("the share button template did not build")
	}
	for _, q := range []string{"salary of lead technician", `a "quoted" \ question`, "<!channel> & <@U1>", "é\u2028\u2029\x01\xff",
		strings.Repeat("x", maxButtonValue)} {
		s := shareButtonFor(bot.KindProfile, q)
		want := mustJSON(t, newShareBlock(q))
		chars, bytes, _ := cost([]slackapi.Block{newShareBlock(q)})
		if string(s.js) != want || s.cost != (blockCost{1, chars, bytes}) {
			t.Errorf("shareButtonFor(%q) = %s, %+v; want %s, {1 %d %d}", q, s.js, s.cost, want, chars, bytes)
		}
	}
	if s := shareButtonFor(bot.KindProfile, strings.Repeat("x", maxButtonValue+1)); s.question != "" {
		t.Errorf("a question too long for a button value got a share button")
	}
	if s := shareButtonFor(bot.KindHint, "asdf"); s.question != "" {
		t.Errorf("a hint got a share button")
	}
}
