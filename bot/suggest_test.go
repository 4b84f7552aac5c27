package bot_test

import (
	"context"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/bot"
	"github.com/careerbot/careerbot/knowledge"
)

// TestSuggestionsOfLongQuestions: a question in the asker's own words
// ("i take care of old people in their homes") is suggested again as a
// plain question of the career offered, never as the asker's sentence
// with a career's name spliced into it; and each suggestion answers about
// the career it offers.
func TestSuggestionsOfLongQuestions(t *testing.T) {
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(kb)
	checked := 0
	for _, q := range []string{
		"i take care of old people in their homes. pay?",
		"my mom cleans houses what does that job pay",
		"im a teacher thinking of becoming a nurse is it worth it",
		"I help the dentist, hand him tools and take xrays. what's that pay",
		"my sister draws blood at a lab what does she earn",
		"we fix toilets and pipes, is there a future in that",
		"i load and unload trucks at the dock how much should i be getting paid",
	} {
		a := b.Answer(context.Background(), bot.Request{Text: q})
		checked += len(a.Choices) + len(a.Suggestions)
		for _, ch := range a.Choices {
			s := strings.ToLower(ch.Question)
			for _, w := range strings.Fields(strings.NewReplacer(".", " . ", "?", " ? ").Replace(s)) {
				if w == "i" || w == "my" || w == "im" || w == "we" || w == "." {
					t.Errorf("%q: choice %q keeps the asker's words", q, ch.Question)
					break
				}
			}
			if got := b.Answer(context.Background(), bot.Request{Text: ch.Question}); !about(got, ch.Key) {
				t.Errorf("%q: choice %q answers about %v, not %s", q, ch.Question, got.About, ch.Key)
			}
		}
		for _, s := range a.Suggestions {
			if strings.HasPrefix(s, "i ") || strings.Contains(s, " my ") || strings.Contains(s, " . ") {
				t.Errorf("%q: suggestion %q keeps the asker's words", q, s)
			}
		}
	}
	// Questions the bot comes to answer outright offer fewer choices: the
	// test must still have some to check.
	if checked < 10 {
		t.Fatalf("only %d choices and suggestions to check", checked)
	}
}
