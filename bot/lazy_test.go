package bot_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/bot"
	"github.com/careerbot/careerbot/knowledge"
)

// TestDatabaseAnswersAsLoadedWhole imports every corpus page into a new
// database and asks, about every career of every page, for its pay, its
// skills and a comparison with the page's other career: the answers from
// the knowledge read on demand (what ask, chat and serve use) are the
// answers from the whole database loaded into memory (what they used
// before), word for word.
func TestDatabaseAnswersAsLoadedWhole(t *testing.T) {
	ctx := context.Background()
	files, _ := filepath.Glob(filepath.Join("..", "knowledge", "testdata", "corpus", "pages", "*.txt"))
	if len(files) < 70 {
		t.Fatalf("%d corpus pages; want the 75 of knowledge/testdata/corpus", len(files))
	}
	var imports []knowledge.ImportFile
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		imports = append(imports, knowledge.ImportFile{Name: filepath.Base(f), Data: data})
	}
	path := filepath.Join(t.TempDir(), "corpus.db")
	w, err := knowledge.OpenStore(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	report, err := w.Import(ctx, imports, false)
	w.Close()
	if err != nil {
		t.Fatal(err)
	}
	r, err := knowledge.OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	whole, err := r.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	lazy, err := r.Base(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wb, lb := bot.New(whole), bot.New(lazy)
	asked := 0
	for _, p := range report.Pages {
		if p.Err != nil {
			continue
		}
		a, b := strings.ToLower(p.Careers[0]), strings.ToLower(p.Careers[1])
		for _, q := range []string{"how much does a " + a + " make", b + " salary", "top skills for " + a,
			"compare " + a + " vs " + b, "education of " + b} {
			want := bot.Text(wb.Answer(ctx, bot.Request{Text: q, Conversation: "whole " + q}))
			got := bot.Text(lb.Answer(ctx, bot.Request{Text: q, Conversation: "lazy " + q}))
			if got != want {
				t.Errorf("%q from the database read on demand:\n%s\nwant, as loaded whole:\n%s", q, got, want)
			}
			asked++
		}
	}
	if asked < 300 {
		t.Errorf("%d questions asked; want 5 for each of the corpus pages", asked)
	}
	// The list of careers cites its careers' sources: the embedded
	// knowledge names an occupation's O*NET lists (tasks, technology…)
	// among them only once they are read, so that line is left out.
	withoutSources := func(q, s string) string {
		if q != "list careers" {
			return s
		}
		var keep []string
		for _, line := range strings.Split(s, "\n") {
			if !strings.HasPrefix(line, "Source") {
				keep = append(keep, line)
			}
		}
		return strings.Join(keep, "\n")
	}
	for _, q := range []string{"list careers", "highest paying careers", "careers that need customer service", "fastest growing careers"} {
		want := withoutSources(q, bot.Text(wb.Answer(ctx, bot.Request{Text: q, Conversation: "whole"})))
		if got := withoutSources(q, bot.Text(lb.Answer(ctx, bot.Request{Text: q, Conversation: "lazy"}))); got != want {
			t.Errorf("%q from the database read on demand:\n%s\nwant, as loaded whole:\n%s", q, got, want)
		}
	}
}
