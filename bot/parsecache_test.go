package bot

import (
	"context"
	"fmt"
	"reflect"
	"sync"
	"testing"

	"github.com/careerbot/careerbot/knowledge"
)

// TestQuestionCopyCoversEveryField lists the fields question.copy was
// written for. A new field fails here until copy is checked for it: a
// slice or map it does not copy would be shared between every asker of a
// cached question.
func TestQuestionCopyCoversEveryField(t *testing.T) {
	known := map[string]bool{
		"toks": true, "claimed": true, "careers": true, "unknown": true, "signals": true, "fields": true,
		"rank": true, "topN": true, "level": true, "noDegree": true, "noExperience": true, "groups": true, "talk": true, "pct": true,
		"declining": true, "mean": true, "free": true, "spans": true, "unknownAt": true, "states": true, "lookups": true,
		"bound": true, "years": true, "among": true, "amongWord": true, "amongListed": true, "upToAssociate": true, "under": true, "entryLevel": true, "pastList": true, "left": true, "sharedSignals": true, "convert": true, "judge": true, "paidWellAsked": true, "unsourced": true, "remark": true, "period": true, "employer": true, "seasoned": true, "statesRank": true, "growing": true,
	}
	typ := reflect.TypeFor[question]()
	for i := range typ.NumField() {
		if f := typ.Field(i); !known[f.Name] {
			t.Errorf("question.%s (%s) is new: make question.copy copy it if it is a slice or map changed after parsing, then add it here", f.Name, f.Type)
		}
	}
}

// conversationQuestions is a conversation that follows itself: follow-ups
// change the parsed question (careers, figures, signals) in every way
// Bot.follow does.
var conversationQuestions = []string{
	"salary of lead technician",
	"and hourly?",
	"compare it with senior support technician",
	"what about registered nurses?",
	"top 5 highest paying healthcare jobs",
	"and hourly?",
	"the second one",
	"doctor",
	"2",
	"salary information technology support technician",
	"what does a lead tech earn per hour",
	"how much do nurses make in texas",
	"what about california?",
	// One career card, decorated differently: a generic name's other
	// meanings are asked about in the words of each question.
	"doctor salary",
	"how much does a doctor make",
	"salary of engineers",
	"engineer pay",
	// No word to parse: a hint, twice from the cache.
	"???",
	"<!channel>",
}

func mustSeedsBase(t testing.TB) *knowledge.Base {
	t.Helper()
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return kb
}

// uncachedBot parses every question afresh: its parse cache is for no
// knowledge base.
func uncachedBot(kb *knowledge.Base, conv Conversations) *Bot {
	b := &Bot{conv: conv}
	b.kb.Store(kb)
	b.caches.Store(newBaseCaches(nil))
	return b
}

// TestParseCacheAnswersAsParsing asks a conversation three times over,
// from several conversations at once, and wants every answer the same as
// a bot that parses every question afresh. Run with -race, it also shows
// that a kept parse is never written to.
func TestParseCacheAnswersAsParsing(t *testing.T) {
	kb := mustSeedsBase(t)
	ctx := context.Background()
	want := make([]Answer, len(conversationQuestions))
	plain := uncachedBot(kb, NewMemoryConversations(0, 0))
	for i, q := range conversationQuestions {
		want[i] = plain.Answer(ctx, Request{Text: q, Conversation: "c"})
	}
	cached := New(kb).WithConversations(NewMemoryConversations(0, 0))
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			var kept []Answer
			for round := range 3 {
				for i, q := range conversationQuestions {
					got := cached.Answer(ctx, Request{Text: q, Conversation: fmt.Sprintf("c%d-%d", g, round)})
					if !reflect.DeepEqual(got, want[i]) {
						t.Errorf("round %d, %q: cached parse answers\n%+v\nwant\n%+v", round, q, got, want[i])
						return
					}
					kept = append(kept, got)
				}
			}
			// An answer given earlier is unchanged by the answers given
			// after it from the same kept parse or card.
			for i, a := range kept {
				if w := want[i%len(want)]; !reflect.DeepEqual(a, w) {
					t.Errorf("answer %d to %q changed after it was given:\n%+v\nwant\n%+v", i, conversationQuestions[i%len(want)], a, w)
					return
				}
			}
		})
	}
	wg.Wait()
	if n := cached.caches.Load().parses.Len(); n == 0 || n > len(conversationQuestions) {
		t.Errorf("parse cache holds %d questions after %d distinct ones", n, len(conversationQuestions))
	}
	if n := cached.caches.Load().figures.Len(); n == 0 {
		t.Errorf("no career card kept after %d questions, many about one career's pay", len(conversationQuestions))
	}
}

// TestParseCacheBoundedAndDroppedOnSetBase asks more distinct questions
// than the cache keeps, then swaps the knowledge: the cache never holds
// more than its bound, and the new knowledge starts with an empty one
// whose answers come from the new knowledge.
func TestParseCacheBoundedAndDroppedOnSetBase(t *testing.T) {
	full := mustSeedsBase(t)
	b := New(full)
	ctx := context.Background()
	for i := range parseCacheSize + 50 {
		b.Answer(ctx, Request{Text: fmt.Sprintf("salary of lead technician %d", i)})
	}
	pc := b.caches.Load().parses
	if pc.Len() != parseCacheSize {
		t.Errorf("after %d questions the cache holds %d; want %d", parseCacheSize+50, pc.Len(), parseCacheSize)
	}
	if _, ok := pc.Get("salary of lead technician 0"); ok {
		t.Errorf("the oldest question is still kept")
	}
	if _, ok := pc.Get(fmt.Sprintf("salary of lead technician %d", parseCacheSize+49)); !ok {
		t.Errorf("the newest question is not kept")
	}

	const q = "salary information technology support technician"
	if a := b.Answer(ctx, Request{Text: q}); a.Kind != KindProfile {
		t.Fatalf("%q from the full knowledge: kind %s; want %s", q, a.Kind, KindProfile)
	}
	pages, err := knowledge.LoadSeedPages(ctx) // no official occupations
	if err != nil {
		t.Fatal(err)
	}
	b.SetBase(pages)
	if c := b.caches.Load(); c.kb != pages || c.parses.Len() != 0 || c.figures.Len() != 0 {
		t.Fatalf("after SetBase the caches are for %p with %d questions and %d cards; want new empty ones for %p", c.kb, c.parses.Len(), c.figures.Len(), pages)
	}
	got := b.Answer(ctx, Request{Text: q})
	if want := (&turn{kb: pages}).route(parse(pages, clean(q))); !reflect.DeepEqual(got, want) {
		t.Errorf("%q after SetBase: %s %q; want the new knowledge's %s %q", q, got.Kind, got.Title, want.Kind, want.Title)
	}
}
