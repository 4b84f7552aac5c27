package bot

import (
	"testing"
)

// TestRouteMoreDefault checks routeMore in the default build: a few of
// issue 12's questions reach their answers, and questions the router
// already answers (page careers, skills, education needed) are left to it.
// The full table is questions_more_test.go.
func TestRouteMoreDefault(t *testing.T) {
	b := mustTurn(t)
	route := func(q string) (Answer, bool) {
		cleaned := clean(q)
		return b.routeOfficial(parse(b.kb, cleaned))
	}
	tests := []struct{ q, intent, want string }{
		{"how much do registered nurses make in texas", intentStatePay, "$90,010"},
		{"best paying states for plumbers", intentStatesRanked, "$96,200"},
		{"compare nurse pay in texas vs california", intentCompareState, "$50,320 (55.9%)"},
		{"what does a plumber do", intentTasks, "Shut off steam, water, or other gases"},
		{"jobs that use python", intentByTechnology, "Software Developers"},
		{"what software do accountants use", intentTechnology, "Intuit QuickBooks"},
		{"careers similar to electricians", intentRelated, "Lighting Technicians"},
		{"careers for someone who likes helping people", intentByInterest, "Social"},
		{"do most nurse practitioners have a master's degree", intentEducationMix, "Yes: 65.22%"},
		{"jobs that need math", intentByKnowledge, "Mathematicians"},
	}
	for _, tt := range tests {
		a, ok := route(tt.q)
		if !ok || a.Intent != tt.intent {
			t.Errorf("routeMore(%q) = %s, %v; want %s", tt.q, a.Intent, ok, tt.intent)
			continue
		}
		checkMore(t, tt.q, a, []string{tt.want}, nil)
	}
	for _, q := range []string{
		"RN salary", "what education do electricians need", "careers that need Java", "which jobs use customer service",
		"what does a lead technician do?", "highest paying state for IT support technicians", "what degree do IT support technicians have",
		"compare lead technician vs senior support technician", "help", "list careers",
	} {
		if a, ok := route(q); ok {
			t.Errorf("routeMore(%q) = %s; want it left to the router", q, a.Intent)
		}
	}
}

// FuzzRouteMore feeds routeMore and the word finders arbitrary text: no
// panics, and every answer has a title, a summary and sources.
func FuzzRouteMore(f *testing.F) {
	for _, q := range []string{"electrician salary in CA", "tx vs ca", "jobs that use c++", "do most lawyers have a doctorate",
		"D.C.", "in in in", "careers like", "what does do", "\u00e9\u00e8 texas"} {
		f.Add(q)
	}
	b := mustTurn(f)
	f.Fuzz(func(t *testing.T, q string) {
		if len(q) > MaxQuestionLen {
			return
		}
		cleaned := clean(q)
		for _, m := range statesIn(cleaned) {
			if m.Start < 0 || m.End > len(cleaned) || m.Start >= m.End {
				t.Fatalf("statesIn(%q): bad span %d-%d", cleaned, m.Start, m.End)
			}
		}
		a, ok := b.routeOfficial(parse(b.kb, cleaned))
		if ok && (a.Title == "" || a.Summary == "") {
			t.Fatalf("routeMore(%q) = %+v", q, a)
		}
	})
}
