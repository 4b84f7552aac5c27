package knowledgetest

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/knowledge"
	"github.com/careerbot/careerbot/knowledge/official"
	"github.com/careerbot/careerbot/seeds"
)

// Corpus is everything built into the binary plus the 75 comparison pages
// of knowledge/testdata/corpus (both layouts; names with commas, slashes
// and "and"). With holdOut set, the official occupations lose the
// alternate titles it picks, so tests can ask for names the bot has never
// seen.
func Corpus(tb testing.TB, holdOut func(code, title string) bool) *knowledge.Base {
	tb.Helper()
	ds, err := official.ReadBundle(strings.NewReader(seeds.Official))
	if err != nil {
		tb.Fatal(err)
	}
	if holdOut != nil {
		for i := range ds.Occupations {
			o := &ds.Occupations[i]
			var kept []string
			for _, title := range o.Titles {
				if !holdOut(o.Code, title) {
					kept = append(kept, title)
				}
			}
			o.Titles = kept
		}
	}
	pages, err := knowledge.SeedPages()
	if err != nil {
		tb.Fatal(err)
	}
	_, here, _, _ := runtime.Caller(0)
	files, _ := filepath.Glob(filepath.Join(filepath.Dir(here), "..", "testdata", "corpus", "pages", "*.txt"))
	if len(files) < 70 {
		tb.Fatalf("corpus: %d pages; want the 75 in knowledge/testdata/corpus", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		if p, err := knowledge.ParsePage(filepath.Base(f), data); err == nil {
			pages = append(pages, p)
		}
	}
	bl := knowledge.NewBuilder()
	bl.AddOfficial(ds)
	bl.AddPages(pages, false)
	return bl.Build()
}

// Owners maps each normalised name of kb's careers, titles and alternate
// titles, to the keys of the careers that have it.
func Owners(kb *knowledge.Base) map[string]map[string]bool {
	owners := map[string]map[string]bool{}
	for _, c := range kb.Careers() {
		for _, n := range append([]string{c.Name}, c.Aliases.Strings()...) {
			k := knowledge.Normalize(n)
			if owners[k] == nil {
				owners[k] = map[string]bool{}
			}
			owners[k][c.Key] = true
		}
	}
	return owners
}
