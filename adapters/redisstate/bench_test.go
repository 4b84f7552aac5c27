package redisstate_test

import (
	"context"
	"testing"

	"github.com/careerbot/careerbot/adapters/redisstate"
	"github.com/careerbot/careerbot/bot"
	"github.com/careerbot/careerbot/knowledge"
)

// BenchmarkFollowUpRedis is bot's BenchmarkFollowUpMemory with the
// conversation in Redis: one GET and one SET over loopback per answer.
func BenchmarkFollowUpRedis(b *testing.B) {
	r := startRedis(b)
	s, _ := newStore(b, r, redisstate.Options{})
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	bt := bot.New(kb).WithConversations(s)
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

// BenchmarkClaimRedis claims and finishes one event's keys, as the Slack
// adapter does for every event.
func BenchmarkClaimRedis(b *testing.B) {
	r := startRedis(b)
	s, _ := newStore(b, r, redisstate.Options{})
	ctx := context.Background()
	keys := []string{"msg:C1:1.0", "event:E1"}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		finish, ok, err := s.Claim(ctx, keys...)
		if !ok || err != nil {
			b.Fatalf("claim = %v, %v", ok, err)
		}
		finish(false) // released, so the next loop claims again
	}
}
