package bot_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/careerbot/careerbot/bot"
	"github.com/careerbot/careerbot/bot/bottest"
	"github.com/careerbot/careerbot/knowledge"
)

// TestConversations runs the scripted conversations of
// testdata/conversations.txt through the router: every follow-up form
// refers to the last answer; a question that names its own careers starts
// afresh.
func TestConversations(t *testing.T) {
	convs, err := bottest.ReadConversations("testdata/conversations.txt")
	if err != nil {
		t.Fatal(err)
	}
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(kb).WithConversations(bot.NewMemoryConversations(time.Hour, 100))
	n := 0
	for ci, c := range convs {
		t.Run(c.Name, func(t *testing.T) {
			key := fmt.Sprintf("conv-%d", ci)
			for _, ex := range c.Exchanges {
				n++
				a := b.Answer(context.Background(), bot.Request{Text: ex.Question, Conversation: key})
				text := bot.Text(a)
				if string(a.Kind) != ex.Kind {
					t.Errorf("%q: kind %s; want %s\n%s", ex.Question, a.Kind, ex.Kind, text)
				}
				if ex.About != nil {
					if got := aboutNames(kb, a); strings.Join(got, "|") != strings.Join(ex.About, "|") {
						t.Errorf("%q: about %q; want %q\n%s", ex.Question, got, ex.About, text)
					}
				}
				for _, w := range ex.Want {
					if !strings.Contains(text, w) {
						t.Errorf("%q: answer lacks %q\n%s", ex.Question, w, text)
					}
				}
			}
		})
	}
	if n < 40 {
		t.Errorf("%d exchanges; want at least 40", n)
	}
}

// aboutNames names the careers an answer is about, in order.
func aboutNames(kb *knowledge.Base, a bot.Answer) []string {
	var out []string
	for _, k := range a.About {
		if c, ok := kb.Career(k); ok {
			out = append(out, c.Name)
		}
	}
	return out
}

// TestConversationExpires: a follow-up after the conversation expired is
// answered on its own.
func TestConversationExpires(t *testing.T) {
	store := bot.NewMemoryConversations(time.Nanosecond, 10)
	b := mustFullBot(t).WithConversations(store)
	b.Answer(context.Background(), bot.Request{Text: "electrician salary", Conversation: "k"})
	time.Sleep(time.Millisecond)
	a := b.Answer(context.Background(), bot.Request{Text: "and hourly?", Conversation: "k"})
	if a.Kind == bot.KindProfile {
		t.Errorf("follow-up after expiry still refers to the old answer:\n%s", bot.Text(a))
	}
}

// TestConversationsKeepNoText: what a conversation keeps holds career keys
// and the kind of question, never words of the message.
func TestConversationsKeepNoText(t *testing.T) {
	store := bot.NewMemoryConversations(time.Hour, 10)
	b := mustFullBot(t).WithConversations(store)
	b.Answer(context.Background(), bot.Request{Text: "my secret plan: compare registered nurse vs electrician", Conversation: "k"})
	c, ok := store.Get(context.Background(), "k")
	if !ok {
		t.Fatal("nothing remembered")
	}
	all := strings.Join(append(append(append([]string{}, c.Careers...), c.List...), c.Intent, c.Level), " ")
	for _, w := range []string{"secret", "plan", "my"} {
		if strings.Contains(all, w) {
			t.Errorf("conversation keeps %q: %+v", w, c)
		}
	}
	if len(c.Careers) != 2 {
		t.Errorf("conversation careers = %v; want the two compared", c.Careers)
	}
}

// TestMemoryConversationsBound: the store never holds more than its bound.
func TestMemoryConversationsBound(t *testing.T) {
	store := bot.NewMemoryConversations(time.Hour, 3)
	for _, k := range []string{"a", "b", "c", "d", "e"} {
		store.Put(context.Background(), k, bot.Conversation{Intent: k})
	}
	held := 0
	for _, k := range []string{"a", "b", "c", "d", "e"} {
		if _, ok := store.Get(context.Background(), k); ok {
			held++
		}
	}
	if held != 3 {
		t.Errorf("store holds %d conversations; want 3", held)
	}
	if _, ok := store.Get(context.Background(), "e"); !ok {
		t.Error("the newest conversation was evicted")
	}
}

// BenchmarkFollowUpMemory answers a follow-up ("and hourly?") whose
// context is in the in-process store.
func BenchmarkFollowUpMemory(b *testing.B) {
	bt := mustFullBot(b).WithConversations(bot.NewMemoryConversations(time.Hour, 1000))
	ctx := context.Background()
	bt.Answer(ctx, bot.Request{Text: "compare registered nurse vs electrician", Conversation: "k"})
	if a := bt.Answer(ctx, bot.Request{Text: "and hourly?", Conversation: "k"}); a.Kind != bot.KindCompare {
		b.Fatalf("follow-up = %s", a.Kind)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		bt.Answer(ctx, bot.Request{Text: "and hourly?", Conversation: "k"})
	}
}

// TestFollowUpHourlyChart: "and hourly?" after a salary answer charts
// hourly wages, as the figures it shows.
func TestFollowUpHourlyChart(t *testing.T) {
	b := mustFullBot(t).WithConversations(bot.NewMemoryConversations(time.Hour, 10))
	if a := b.Answer(context.Background(), bot.Request{Text: "electrician salary", Conversation: "k"}); a.Chart == nil || a.Chart.Unit != bot.PerYear {
		t.Fatalf("first answer's chart = %+v; want yearly", a.Chart)
	}
	a := b.Answer(context.Background(), bot.Request{Text: "and hourly?", Conversation: "k"})
	if a.Chart == nil || a.Chart.Unit != bot.PerHour {
		t.Fatalf("follow-up chart = %+v; want hourly\n%s", a.Chart, bot.Text(a))
	}
	if got := a.Chart.Bars[0].Percentiles[2].Text; got != "$29.98" {
		t.Errorf("hourly median drawn = %q; want $29.98", got)
	}
}

// TestFollowKeepsTopN: a ranking's follow-up with a filter keeps the
// number of rows asked before ("top 5 … what about without a degree?");
// a ranking asked whole shows its own.
func TestFollowKeepsTopN(t *testing.T) {
	b := mustFullBot(t).WithConversations(bot.NewMemoryConversations(time.Hour, 10))
	tests := []struct {
		q    string
		rows int
	}{
		{"top 5 highest paying jobs", 5},
		{"what about without a degree?", 5},
		{"and in texas?", 5},
		{"highest paying jobs in healthcare", 10},
	}
	for _, tt := range tests {
		a := b.Answer(context.Background(), bot.Request{Text: tt.q, Conversation: "k"})
		if a.Kind != bot.KindRanking || a.Table == nil || len(a.Table.Rows) != tt.rows {
			t.Errorf("%q: %s with %d rows; want a ranking of %d\n%s", tt.q, a.Kind, rowsOf(a), tt.rows, bot.Text(a))
		}
	}
}

// rowsOf counts the rows of an answer's table.
func rowsOf(a bot.Answer) int {
	if a.Table == nil {
		return 0
	}
	return len(a.Table.Rows)
}

// TestFollowLeavesKeptParse asks a generic name in a conversation where it
// names a career just talked about, then the same words afresh: the second
// asker gets the generic reading, not the first conversation's.
func TestFollowLeavesKeptParse(t *testing.T) {
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(kb).WithConversations(bot.NewMemoryConversations(time.Hour, 100))
	ctx := context.Background()
	const q = "how do agents do in florida"
	fresh := aboutNames(kb, b.Answer(ctx, bot.Request{Text: q, Conversation: "first"}))
	b.Answer(ctx, bot.Request{Text: "real estate agent salary in texas", Conversation: "second"})
	if got := aboutNames(kb, b.Answer(ctx, bot.Request{Text: q, Conversation: "second"})); len(got) != 1 || got[0] != "Real Estate Sales Agents" {
		t.Fatalf("after real estate agents, %q is about %q; want Real Estate Sales Agents", q, got)
	}
	if got := aboutNames(kb, b.Answer(ctx, bot.Request{Text: q, Conversation: "third"})); strings.Join(got, "|") != strings.Join(fresh, "|") {
		t.Errorf("asked afresh after another conversation, %q is about %q; want %q as before", q, got, fresh)
	}
}
