package discord

import (
	"context"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/bot"
	"github.com/careerbot/careerbot/knowledge"
)

// TestRenderAcrossSources renders the real comparison of an official
// occupation with a page career: in each career's column every row is a
// line, in order, each shared measure's basis on the line after it.
func TestRenderAcrossSources(t *testing.T) {
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	a := bot.New(kb).Answer(context.Background(), bot.Request{Text: "compare registered nurse vs lead technician"})
	if a.Kind != bot.KindCompare || a.Table == nil {
		t.Fatalf("Answer = %s %q; want a comparison", a.Kind, a.Title)
	}
	columns := map[string][]string{} // career → its lines, across messages
	for _, r := range render(a) {
		for _, e := range r.Embeds {
			for _, f := range e.Fields {
				if f.Inline {
					columns[f.Name] = append(columns[f.Name], strings.Split(f.Value, "\n")...)
				}
			}
		}
	}
	bases := 0
	for k, career := range a.Table.Columns[1:] {
		lines := columns[fieldName(career)]
		if len(lines) < len(a.Table.Rows) {
			t.Fatalf("%s: %d lines; want one per row (%d)", career, len(lines), len(a.Table.Rows))
		}
		for i, r := range a.Table.Rows {
			if want := "**" + escape(r.Label) + ":** " + escape(r.Cells[k]); lines[i] != want {
				t.Errorf("%s line %d = %q; want %q", career, i, lines[i], want)
			}
			if strings.HasSuffix(r.Label, " basis") {
				bases++
				if prev := a.Table.Rows[i-1].Label; prev+" basis" != r.Label {
					t.Errorf("%s: %q follows %q; want it after its measure", career, r.Label, prev)
				}
			}
		}
	}
	if bases == 0 {
		t.Errorf("no basis rows shown; want the bases of the shared rows")
	}
}
