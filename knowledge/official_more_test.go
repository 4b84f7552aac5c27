package knowledge_test

import (
	"context"
	"sync"
	"testing"

	"github.com/careerbot/careerbot/knowledge"
)

// seeds is the knowledge embedded in the binary, built once per test run.
var seeds = sync.OnceValues(func() (*knowledge.Base, error) { return knowledge.LoadSeeds(context.Background()) })

func mustSeeds(t testing.TB) *knowledge.Base {
	t.Helper()
	kb, err := seeds()
	if err != nil {
		t.Fatal(err)
	}
	return kb
}

// official returns the official career with an O*NET-SOC code.
func official(t testing.TB, kb *knowledge.Base, code string) *knowledge.Career {
	t.Helper()
	c, ok := kb.Career("onet:" + code)
	if !ok {
		t.Fatalf("no official career %s", code)
	}
	return c
}

func TestOfficialDescriptions(t *testing.T) {
	kb := mustSeeds(t)
	tests := []struct{ code, want string }{
		{"29-1141.00", "Assess patient health problems and needs, develop and implement nursing care plans, and maintain medical records. " +
			"Administer nursing care to ill, injured, convalescent, or disabled patients. May advise patients on health maintenance " +
			"and disease prevention or provide case management. Licensing or registration required."},
		{"29-1211.00", "Administer anesthetics and analgesics for pain management prior to, during, or after surgery."},
	}
	for _, tt := range tests {
		c := official(t, kb, tt.code)
		f, ok := c.Fact(knowledge.FieldDescription)
		if !ok || f.Value != tt.want || f.Source != knowledge.SourceONET {
			t.Errorf("%s description = %q from %q (%v); want %q from %q", tt.code, f.Value, f.Source, ok, tt.want, knowledge.SourceONET)
		}
	}
	described := 0
	for _, c := range kb.Careers() {
		if _, ok := c.Fact(knowledge.FieldDescription); ok && c.Official() {
			described++
		}
	}
	if described < 1000 {
		t.Errorf("%d official careers have a description; want at least 1,000", described)
	}
}
