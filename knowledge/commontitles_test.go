package knowledge_test

import (
	"context"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/knowledge"
	"github.com/careerbot/careerbot/knowledge/knowledgetest"
)

// TestCommonTitles reads the whole table of common titles against the
// embedded knowledge: each names a career there, no title is listed twice,
// none overrules a name O*NET gives one occupation alone, and each is
// answered first by the career it gives.
func TestCommonTitles(t *testing.T) {
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	owners := knowledgetest.Owners(kb)
	pages := map[string]bool{} // careers of comparison pages, by name: their own name is theirs
	for _, c := range kb.Careers() {
		if !c.Official() {
			pages[knowledge.Normalize(c.Name)] = true
		}
	}
	seen := map[string]bool{}
	n := 0
	for _, line := range strings.Split(knowledge.CommonTitlesTSV(), "\n") {
		title, code, ok := strings.Cut(strings.TrimSpace(line), "\t")
		code, why, _ := strings.Cut(code, "\t")
		if !ok || strings.HasPrefix(title, "#") {
			if strings.TrimSpace(line) != "" && !strings.HasPrefix(line, "#") {
				t.Errorf("line %q: want title<TAB>code", line)
			}
			continue
		}
		n++
		key := "onet:" + code
		c, ok := kb.Career(key)
		if !ok {
			t.Errorf("%q: no career %s", title, key)
			continue
		}
		k := knowledge.Normalize(title)
		if seen[k] {
			t.Errorf("%q listed twice", title)
		}
		seen[k] = true
		if pages[k] {
			t.Errorf("%q is a comparison page's career: its own name is its own", title)
		}
		if o := owners[k]; len(o) == 1 && !o[key] && why == "" {
			t.Errorf("%q gives %s, but O*NET gives that name to another occupation alone", title, c.Name)
		}
		if ms := kb.Exact(knowledge.Tokens(title)); len(ms) == 0 || ms[0].Career != c {
			t.Errorf("Exact(%q) does not answer %s first", title, c.Name)
		}
	}
	if n == 0 {
		t.Fatal("no common titles")
	}
}
