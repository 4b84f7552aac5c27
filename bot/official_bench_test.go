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

// Understanding: whole questions through the router over every name.

// BenchmarkSixWordTitle claims a six-word title with commas and "and".
func BenchmarkSixWordTitle(b *testing.B) {
	benchQuestion(b, mustFullBot(b), "salary of plumbers, pipefitters, and steamfitters in detail", bot.KindProfile)
}

// BenchmarkSixWordTitleLong claims a long official title whole.
func BenchmarkSixWordTitleLong(b *testing.B) {
	benchQuestion(b, mustFullBot(b), "heating, air conditioning, and refrigeration mechanics and installers salary", bot.KindProfile)
}

// BenchmarkMisspeltTitle searches a misspelt name no list holds.
func BenchmarkMisspeltTitle(b *testing.B) {
	benchQuestion(b, mustFullBot(b), "how much does a licenced practcal nurse make", bot.KindProfile)
}

// BenchmarkUnseenTitle searches a title in no list (career-level search).
func BenchmarkUnseenTitle(b *testing.B) {
	benchQuestion(b, mustFullBot(b), "salary of an aircraft machinst supervisor", bot.KindProfile)
}

func BenchmarkCompareOfficial(b *testing.B) {
	benchQuestion(b, mustFullBot(b), "compare registered nurse vs electrician vs plumber", bot.KindCompare)
}

// BenchmarkRankingFiltered ranks with an education and a group filter.
func BenchmarkRankingFiltered(b *testing.B) {
	benchQuestion(b, mustFullBot(b), "top 5 highest paying healthcare jobs that need a master's", bot.KindRanking)
}
