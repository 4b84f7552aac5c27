package knowledge_test

import (
	"strings"
	"testing"

	"github.com/careerbot/careerbot/knowledge"
)

// TestFirstLineSupervisor holds every official occupation to the rule: a
// worker of a group with first-line supervisors gets one of that group's
// own ("First-Line Supervisors of …" or a head cook's group's), the
// supervisors and managers get none, and so do the groups the SOC gives
// none (the professions, healthcare support).
func TestFirstLineSupervisor(t *testing.T) {
	kb := mustSeeds(t)
	led := 0
	for _, c := range kb.Careers() {
		code, ok := c.Fact(knowledge.FieldONETCode)
		if !ok {
			continue
		}
		soc := code.Value[:7]
		sup, ok := kb.FirstLineSupervisor(c)
		supervised := soc[:2] >= "33" && soc[:2] <= "53" && soc[3] != '1'
		if ok != supervised {
			t.Errorf("%s %s: supervisor %v, want %v", soc, c.Name, ok, supervised)
			continue
		}
		if !ok {
			continue
		}
		led++
		supCode, _ := sup.Fact(knowledge.FieldONETCode)
		if !strings.HasPrefix(supCode.Value, soc[:3]+"1") || !strings.HasPrefix(sup.Name, "First-Line Supervisors of ") {
			t.Errorf("%s %s: led by %s %s, not a first-line supervisor of its group", soc, c.Name, supCode.Value, sup.Name)
		}
	}
	if led < 400 {
		t.Errorf("only %d occupations have first-line supervisors", led)
	}
	for _, tc := range []struct{ worker, supervisor string }{
		{"51-4121.00", "51-1011.00"}, // welders
		{"35-9021.00", "35-1012.00"}, // dishwashers
		{"53-7051.00", "53-1043.00"}, // industrial truck operators
		{"53-7062.00", "53-1042.00"}, // hand laborers
		{"41-2011.00", "41-1011.00"}, // cashiers: retail
		{"41-9041.00", "41-1012.00"}, // telemarketers: non-retail
		{"33-3012.00", "33-1011.00"}, // correctional officers
		{"33-9032.00", "33-1091.00"}, // security guards
		{"39-3011.00", "39-1013.00"}, // gambling dealers
		{"37-3011.00", "37-1012.00"}, // landscaping workers
	} {
		sup, ok := kb.FirstLineSupervisor(official(t, kb, tc.worker))
		if !ok || sup.Key != "onet:"+tc.supervisor {
			t.Errorf("supervisor of %s = %v, want %s", tc.worker, sup, tc.supervisor)
		}
	}
}
