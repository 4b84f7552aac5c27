package bot_test

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/careerbot/careerbot/bot"
	"github.com/careerbot/careerbot/knowledge"
	"github.com/careerbot/careerbot/knowledge/knowledgetest"
)

func TestMain(m *testing.M) {
	code := m.Run()
	knowledgetest.RemoveScaleDB()
	os.Exit(code)
}

// scaleQuestions are questions about careers of the scale database
// (knowledgetest.ScaleDB), each with its page's yearly salary.
func scaleQuestions(tb testing.TB, pages int) (qs, wants []string) {
	files := knowledgetest.ComparisonPages(pages, 1)
	step := max(1, len(files)/300)
	for i := 0; i < len(files); i += step {
		p, err := knowledge.ParsePage(files[i].Name, files[i].Data)
		if err != nil {
			tb.Fatal(err)
		}
		salary := func(side int) string {
			for _, f := range p.Facts(side) {
				if f.Field == knowledge.FieldYearlySalary {
					return f.Value
				}
			}
			tb.Fatalf("%s: no yearly salary for side %d", files[i].Name, side)
			return ""
		}
		a, b := strings.ToLower(p.Sides[0].Name), strings.ToLower(p.Sides[1].Name)
		switch i % 3 {
		case 0:
			qs, wants = append(qs, "how much does a "+a+" make"), append(wants, salary(0))
		case 1:
			qs, wants = append(qs, "compare "+a+" vs "+b), append(wants, salary(1))
		default:
			qs, wants = append(qs, b+" salary"), append(wants, salary(1))
		}
	}
	return qs, wants
}

// BenchmarkScaleAnswer answers questions about careers of the scale
// database (about 100,000 careers), each about other careers than the last,
// as serve would; it reports the median answer time as p50-ns.
func BenchmarkScaleAnswer(b *testing.B) {
	path, pages := knowledgetest.ScaleDB(b)
	ctx := context.Background()
	s, err := knowledge.OpenReadOnly(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	kb, err := s.Base(ctx)
	if err != nil {
		b.Fatal(err)
	}
	bt := bot.New(kb)
	qs, wants := scaleQuestions(b, pages)
	for i, q := range qs {
		if text := bot.Text(bt.Answer(ctx, bot.Request{Text: q, Conversation: "check"})); !strings.Contains(text, wants[i]) {
			b.Fatalf("%q: answer lacks %s:\n%s", q, wants[i], text)
		}
	}
	// Read them again from the database, not from the careers cached above.
	if kb, err = s.Base(ctx); err != nil {
		b.Fatal(err)
	}
	bt = bot.New(kb)
	// Each question about careers no question before asked about, in the
	// three forms above.
	names := knowledgetest.CareerNames(2*pages, 1)
	var times []time.Duration
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		a, c := strings.ToLower(names[(2*i*7919)%len(names)]), strings.ToLower(names[(2*i*7919+1)%len(names)])
		q := [...]string{"how much does a " + a + " make", "compare " + a + " vs " + c, c + " salary"}[i%3]
		start := time.Now()
		bt.Answer(ctx, bot.Request{Text: q})
		times = append(times, time.Since(start))
		i++
	}
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Nanoseconds()), "p50-ns")
}

// BenchmarkScaleAnswerMisspelt answers questions naming careers of the
// scale database with a letter dropped, which the exact names do not
// find: the lookup through the database's words and misspellings.
func BenchmarkScaleAnswerMisspelt(b *testing.B) {
	path, pages := knowledgetest.ScaleDB(b)
	ctx := context.Background()
	s, err := knowledge.OpenReadOnly(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	kb, err := s.Base(ctx)
	if err != nil {
		b.Fatal(err)
	}
	bt := bot.New(kb)
	names := knowledgetest.CareerNames(2*pages, 1)
	var times []time.Duration
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		name := strings.ToLower(names[(i*7919)%len(names)])
		// "senior software engineer" → "senior software enginer"
		typo := name[:len(name)-3] + name[len(name)-2:]
		start := time.Now()
		a := bt.Answer(ctx, bot.Request{Text: "how much does a " + typo + " make"})
		times = append(times, time.Since(start))
		if i == 0 && !strings.Contains(bot.Text(a), names[0]) {
			b.Fatalf("%q: answer does not name %s:\n%s", typo, names[0], bot.Text(a))
		}
		i++
	}
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Nanoseconds()), "p50-ns")
}
