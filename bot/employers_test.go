package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/knowledge"
)

// TestEmployers asks of every employer the bot knows: alone ("walmart
// salary", "jobs at google") it gets the one line saying the sources
// count jobs by occupation, not by company, with a job to ask instead,
// and that job answers a career; named with a job ("amazon warehouse
// worker salary") the job is answered, saying that nothing is specific to
// the employer.
func TestEmployers(t *testing.T) {
	kb, err := embedded()
	if err != nil {
		t.Fatal(err)
	}
	b := New(kb)
	ask := func(q string) Answer { return b.Answer(context.Background(), Request{Text: q}) }
	for e, job := range employerJobs {
		for _, q := range []string{e + " salary", "how much does " + e + " pay", "jobs at " + e, "working at " + e} {
			a := ask(q)
			if a.Kind != KindHint || !strings.Contains(a.Summary, "not by company") || len(a.Suggestions) != 1 {
				t.Errorf("%q: %s %q %q; want the employer hint", q, a.Kind, a.Title, a.Summary)
				continue
			}
			if s := ask(a.Suggestions[0]); s.Kind != KindProfile || len(s.About) == 0 {
				t.Errorf("%q: suggestion %q answers %s %q; want a career", q, a.Suggestions[0], s.Kind, s.Title)
			}
		}
		// A worker of it: the employer's job.
		if want := ask(job + " salary"); want.Kind == KindProfile {
			for _, q := range []string{e + " employee salary", "how much do " + e + " workers make"} {
				if a := ask(q); a.Kind != KindProfile || a.Title != want.Title || !strings.Contains(a.Summary, "a job many at") {
					t.Errorf("%q: %s %q %q; want %s, read as %s", q, a.Kind, a.Title, a.Summary, want.Title, job)
				}
			}
		}
		// With its job: the job's own card, saying the employer was set
		// aside, unless a name holds both ("uber driver").
		alone := ask(job + " salary")
		q := e + " " + job + " salary"
		if strings.HasPrefix(job, e+" ") {
			continue
		}
		a := ask(q)
		named := len(kb.Exact(knowledge.Tokens(e+" "+job))) > 0 || len(kb.Exact(knowledge.Tokens(e+" "+lastWord(job)))) > 0
		if a.Kind != KindProfile || a.Title != alone.Title || !named && !strings.Contains(a.Summary, "Nothing in the sources is specific to") {
			t.Errorf("%q: %s %q %q; want %q's card, not specific to %s", q, a.Kind, a.Title, a.Summary, job, e)
		}
	}
}
