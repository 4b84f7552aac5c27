package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/knowledge"
)

// The Benchmark* of official_bench_test.go ask through Bot.Answer, which
// keeps parses: after the first they measure routing and answering only.
// These measure reading a question against every name, uncached.
func BenchmarkParse(b *testing.B) {
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	for _, bb := range []struct{ name, text string }{
		{"SixWordTitle", "salary of plumbers, pipefitters, and steamfitters in detail"},
		{"LongTitle", "heating, air conditioning, and refrigeration mechanics and installers salary"},
		{"MisspeltTitle", "how much does a licenced practcal nurse make"},
		{"UnseenTitle", "salary of an aircraft machinst supervisor"},
		{"Compare3", "compare registered nurse vs electrician vs plumber"},
		{"RankingFiltered", "top 5 highest paying healthcare jobs that need a master's"},
		// Work said in one's own words: read from O*NET's tasks (ByWork),
		// and said in a common phrase of work (doingJobs).
		{"PlainWork", "i photograph weddings on weekends how much does that pay"},
		{"PlainPhrase", "i clean teeth at a dentist office how much does that pay"},
		// Qualifiers in parentheses and after a comma: read again without.
		{"CommaQualified", "salary of Plant Accountant (Food Processing), Midwest Region"},
		// Every kind of cut at once: readings again stay bounded.
		{"CutFlood", "a senior b (school c) (school d) - school e senior - school f senior - school g senior, h senior, i senior, j senior"},
		// The longest question, all separators: cutting stays bounded.
		{"SeparatorFlood", "nurse " + strings.Repeat("(a, b) - ", (MaxQuestionLen-6)/9)},
	} {
		b.Run(bb.name, func(b *testing.B) {
			cleaned := clean(bb.text)
			if q := parse(kb, cleaned); len(q.careers) == 0 && q.rank == 0 {
				b.Fatalf("%q: nothing read", bb.text)
			}
			b.ReportAllocs()
			for b.Loop() {
				parse(kb, cleaned)
			}
		})
	}
}
