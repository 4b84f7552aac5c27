package knowledge_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/knowledge"
	"github.com/careerbot/careerbot/knowledge/knowledgetest"
)

func TestMain(m *testing.M) {
	code := m.Run()
	knowledgetest.RemoveScaleDB()
	os.Exit(code)
}

// scaleBase opens the scale database (knowledgetest.ScaleDB) as a reader
// does, and returns names of careers it holds.
func scaleBase(b *testing.B) (*knowledge.Base, []string) {
	b.Helper()
	path, pages := knowledgetest.ScaleDB(b)
	ctx := context.Background()
	s, err := knowledge.OpenReadOnly(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	kb, err := s.Base(ctx)
	if err != nil {
		b.Fatal(err)
	}
	return kb, knowledgetest.CareerNames(2*pages, 1)
}

// BenchmarkScaleOpen opens the scale database's knowledge, as `careerbot
// ask --db` does before its question.
func BenchmarkScaleOpen(b *testing.B) {
	path, _ := knowledgetest.ScaleDB(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		s, err := knowledge.OpenReadOnly(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Base(ctx); err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// BenchmarkScaleExact finds database careers by their exact names, each a
// different career (so the cache of careers read helps little).
func BenchmarkScaleExact(b *testing.B) {
	kb, names := scaleBase(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		name := names[i%len(names)]
		i += 7919
		if ms := kb.Exact(knowledge.Tokens(name)); len(ms) == 0 || ms[0].Career.Name != name {
			b.Fatalf("Exact(%q) = %v", name, ms)
		}
	}
}

// BenchmarkScaleLookup ranks careers for a misspelt database name.
func BenchmarkScaleLookup(b *testing.B) {
	kb, names := scaleBase(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		name := names[i%len(names)]
		i += 7919
		typo := strings.Replace(name, "e", "", 1)
		if ms := kb.Lookup(typo, 8); len(ms) == 0 {
			b.Fatalf("Lookup(%q) found nothing", typo)
		}
	}
}
