// Package knowledgetest builds knowledge bases for tests and benchmarks.
package knowledgetest

import (
	"fmt"
	"math/rand"

	"github.com/careerbot/careerbot/knowledge"
)

var words = []string{"senior", "junior", "lead", "chief", "assistant", "associate", "principal", "staff", "head",
	"software", "hardware", "network", "security", "data", "clinical", "dental", "legal", "retail", "field", "sales",
	"support", "service", "systems", "quality", "research", "marketing", "finance", "nursing", "pharmacy", "laboratory",
	"technician", "engineer", "manager", "analyst", "specialist", "coordinator", "director", "assistant", "officer", "clerk",
	"operator", "designer", "developer", "consultant", "administrator", "supervisor", "inspector", "therapist", "nurse", "driver"}

// Synthetic returns a knowledge base of n made-up careers (n rounded up to
// even), named from a fixed word list like a large title catalogue, each
// with a yearly salary, hourly rate and skills, built through the same
// merging path as imported pages. The same n always gives the same base.
func Synthetic(n int) *knowledge.Base {
	rng := rand.New(rand.NewSource(1))
	var pages []*knowledge.Page
	for i := 0; i < n; i += 2 {
		name := func(j int) string {
			return fmt.Sprintf("%s %s %s %d", words[rng.Intn(9)], words[9+rng.Intn(21)], words[30+rng.Intn(20)], j)
		}
		p := &knowledge.Page{Name: "synthetic", HigherPaid: -1}
		p.Sides[0].Name, p.Sides[1].Name = name(i), name(i+1)
		for s := range p.Sides {
			p.Sides[s].Skills = []knowledge.Item{{Name: words[9+rng.Intn(21)], Share: fmt.Sprintf("%d%%", 1+rng.Intn(15))}}
		}
		p.Tables = []knowledge.Table{{Section: knowledge.SectionOverview, Rows: []knowledge.Row{
			{Label: "Yearly salary", Cells: [2]string{fmt.Sprintf("$%d,%03d", 30+i%100, i%1000), fmt.Sprintf("$%d,%03d", 40+i%90, (i*7)%1000)}},
			{Label: "Hourly rate", Cells: [2]string{fmt.Sprintf("$%d.%02d", 15+i%40, i%100), fmt.Sprintf("$%d.%02d", 20+i%30, (i*3)%100)}},
		}}}
		pages = append(pages, p)
	}
	bl := knowledge.NewBuilder()
	bl.AddPages(pages, false)
	return bl.Build()
}
