package bot_test

import (
	"context"
	"testing"

	"github.com/careerbot/careerbot/bot"
	"github.com/careerbot/careerbot/knowledge/knowledgetest"
)

func benchQuestion(b *testing.B, bt *bot.Bot, q string, want bot.Kind) {
	b.Helper()
	ctx := context.Background()
	if a := bt.Answer(ctx, bot.Request{Text: q}); a.Kind != want {
		b.Fatalf("Answer(%q) kind %s; want %s", q, a.Kind, want)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		bt.Answer(ctx, bot.Request{Text: q})
	}
}

func BenchmarkSeedsCompare(b *testing.B) {
	benchQuestion(b, mustSeedBot(b), "compare lead technician vs senior support technician", bot.KindCompare)
}

func BenchmarkSeedsSalary(b *testing.B) {
	benchQuestion(b, mustSeedBot(b), "how much does a sr support tech make?", bot.KindProfile)
}

func BenchmarkSeedsUnknown(b *testing.B) {
	benchQuestion(b, mustSeedBot(b), "how much does an astronaut make?", bot.KindUnknown)
}

// The synthetic base names careers like "senior network engineer 42".
var synthetic10k = func() func() *bot.Bot {
	var b *bot.Bot
	return func() *bot.Bot {
		if b == nil {
			b = bot.New(knowledgetest.Synthetic(10_000))
		}
		return b
	}
}()

func BenchmarkSynthetic10kCompare(b *testing.B) {
	bt := synthetic10k()
	benchQuestion(b, bt, "compare "+nameOf(bt, 10)+" vs "+nameOf(bt, 20), bot.KindCompare)
}

func BenchmarkSynthetic10kSalary(b *testing.B) {
	bt := synthetic10k()
	benchQuestion(b, bt, "how much does a "+nameOf(bt, 30)+" make?", bot.KindProfile)
}

func BenchmarkSynthetic10kUnknown(b *testing.B) {
	benchQuestion(b, synthetic10k(), "how much does an astronaut make?", bot.KindUnknown)
}

// nameOf returns the name of the i-th career the bot lists.
func nameOf(bt *bot.Bot, i int) string {
	return bt.CareerNames(context.Background(), "", i+1)[i]
}
