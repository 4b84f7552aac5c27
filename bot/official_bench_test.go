package bot_test

import (
	"context"
	"github.com/careerbot/careerbot/bot"
	"github.com/careerbot/careerbot/knowledge"
	"testing"
)

// BenchmarkColdStart builds the knowledge embedded in the binary and answers
// one question: the work of `careerbot ask` after the process starts.
func BenchmarkColdStart(b *testing.B) {
	for b.Loop() {
		kb, err := knowledge.LoadSeeds(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		if a := bot.New(kb).Answer(context.Background(), bot.Request{Text: "how much does a registered nurse make?"}); a.Kind != bot.KindProfile {
			b.Fatal(a.Kind)
		}
	}
}

// BenchmarkOfficialMisspelled resolves a misspelt three-word name among
// every official title and alternate title (about 61,000 names).
func BenchmarkOfficialMisspelled(b *testing.B) {
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	if ms := kb.Lookup("licenced practcal nurse", 1); len(ms) == 0 || ms[0].Career.Name != "Licensed Practical and Licensed Vocational Nurses" {
		b.Fatalf("Lookup = %+v", ms)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		kb.Lookup("licenced practcal nurse", 5)
	}
}

func BenchmarkCompareAcrossSources(b *testing.B) {
	benchQuestion(b, mustFullBot(b), "compare registered nurse vs lead technician", bot.KindCompare)
}
