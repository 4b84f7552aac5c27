package knowledge_test

import (
	"context"
	"slices"
	"strings"
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

func itemsOf(l knowledge.List) []string {
	var out []string
	for _, it := range l.Items {
		out = append(out, it.Name+" | "+it.Share)
	}
	return out
}

func TestOfficialLists(t *testing.T) {
	kb := mustSeeds(t)
	rn := official(t, kb, "29-1141.00")
	tasks, _ := kb.List(rn, knowledge.ListTasks)
	if len(tasks.Items) != 8 || tasks.Source != knowledge.SourceONETTasks ||
		tasks.Items[0] != (knowledge.Item{Name: "Record patients' medical information and vital signs.", Share: "Core"}) {
		t.Errorf("Registered Nurses tasks = %q from %s; want 8, core first, from %s", itemsOf(tasks), tasks.Source, knowledge.SourceONETTasks)
	}
	acc := official(t, kb, "13-2011.00")
	tech, _ := kb.List(acc, knowledge.ListTechnology)
	if got := itemsOf(tech)[:2]; !slices.Equal(got, []string{"Intuit QuickBooks | Hot Technology, In Demand", "Microsoft Excel | Hot Technology, In Demand"}) {
		t.Errorf("Accountants technology starts %q", got)
	}
	interests := itemsOf(rn.Lists[knowledge.ListInterests])
	if want := []string{"Realistic | 3.66", "Investigative | 4.82", "Artistic | 1.31", "Social | 5.62", "Enterprising | 2.28", "Conventional | 4.58"}; !slices.Equal(interests, want) {
		t.Errorf("Registered Nurses interests = %q; want %q", interests, want)
	}
	if f, _ := rn.Fact(knowledge.FieldInterestCode); f.Value != "Social, Investigative, Conventional" || f.Source != knowledge.SourceONETInterests {
		t.Errorf("Registered Nurses interest code = %+v", f)
	}
	np := official(t, kb, "29-1171.00")
	var shares []string
	for _, e := range kb.EducationShares(np) {
		shares = append(shares, e.Level+" "+e.Percent)
	}
	if want := []string{"Bachelor's Degree 4.35%", "Master's Degree 65.22%", "Doctoral Degree 26.09%", "Post-Doctoral Training 4.35%"}; !slices.Equal(shares, want) {
		t.Errorf("Nurse Practitioners education = %q; want %q", shares, want)
	}
	// Every source an official career cites is registered, with its release.
	for _, id := range rn.Sources {
		if src, ok := kb.Source(id); !ok || src.Title == "" {
			t.Errorf("source %s of Registered Nurses is not registered", id)
		}
	}
	for id, want := range map[string]string{
		knowledge.SourceONETTasks:      "O*NET 30.1 Task Statements",
		knowledge.SourceONETTechnology: "O*NET 29.3 Technology Skills",
		knowledge.SourceONETEducation:  "O*NET 29.3 Education, Training, and Experience",
		knowledge.SourceOEWSState:      "BLS OEWS, May 2024 state estimates",
	} {
		if src, _ := kb.Source(id); src.Title != want {
			t.Errorf("source %s title = %q; want %q", id, src.Title, want)
		}
	}
}

func names(cs []*knowledge.Career) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Name)
	}
	return out
}

func holderNames(hs []knowledge.Holder, n int) []string {
	var out []string
	for _, h := range hs[:min(n, len(hs))] {
		out = append(out, h.Career.Name+" "+h.Item.Share)
	}
	return out
}

func TestOfficialRankings(t *testing.T) {
	kb := mustSeeds(t)
	el := official(t, kb, "47-2111.00")
	if got := names(kb.Related(el))[:3]; !slices.Equal(got, []string{"Lighting Technicians", "Helpers--Electricians", "Plumbers, Pipefitters, and Steamfitters"}) {
		t.Errorf("Related(Electricians) starts %q", got)
	}
	if got := len(kb.Related(el)); got != 20 {
		t.Errorf("Related(Electricians) has %d; want 20", got)
	}
	bio, ok := kb.ByKnowledge("biology")
	if got := holderNames(bio, 2); !ok || !slices.Equal(got, []string{"Biological Science Teachers, Postsecondary 4.98", "Geneticists 4.84"}) {
		t.Errorf("ByKnowledge(biology) starts %q (%v)", got, ok)
	}
	if _, ok := kb.ByKnowledge("astrology"); ok {
		t.Error("ByKnowledge(astrology) found an area")
	}
	if law, ok := kb.ByKnowledge("law"); !ok || law[0].Item.Name != "Law and Government" {
		t.Errorf("ByKnowledge(law) = %v, %v; want Law and Government", ok, holderNames(law, 1))
	}
	py := kb.WithTechnology("python")
	if got := holderNames(py, 2); !slices.Equal(got, []string{"Software Developers Hot Technology, In Demand", "Management Analysts Hot Technology, In Demand"}) {
		t.Errorf("WithTechnology(python) starts %q", got)
	}
	excel := kb.WithTechnology("excel")
	if len(excel) < 500 || excel[0].Item.Name != "Microsoft Excel" || excel[0].Career.Name != "General and Operations Managers" {
		t.Errorf("WithTechnology(excel) = %d careers starting %q", len(excel), holderNames(excel, 1))
	}
	social, ok := kb.ByInterest("S")
	if !ok || len(social) != 923 || social[0].Value != 7 {
		t.Errorf("ByInterest(S) = %d careers, first %q", len(social), holderNames(social, 1))
	}
	for i := 1; i < len(social); i++ {
		if social[i].Value > social[i-1].Value {
			t.Fatalf("ByInterest(S) out of order at %d", i)
		}
	}
}

func TestStateByName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"texas", "TX"}, {"TX", "TX"}, {"tx", "TX"}, {"New York", "NY"}, {"new york", "NY"}, {"washington state", "WA"},
		{"Washington", "WA"}, {"D.C.", "DC"}, {"District of Columbia", "DC"}, {"puerto rico", "PR"}, {"GU", "GU"},
		{"Virgin Islands", "VI"}, {"ca", "CA"},
	}
	for _, tt := range tests {
		if st, ok := knowledge.StateByName(tt.in); !ok || st.Postal != tt.want {
			t.Errorf("StateByName(%q) = %+v, %v; want %s", tt.in, st, ok, tt.want)
		}
	}
	for _, in := range []string{"", "Texass", "nurse", "XX", "york"} {
		if st, ok := knowledge.StateByName(in); ok {
			t.Errorf("StateByName(%q) = %+v; want none", in, st)
		}
	}
	if n := len(knowledge.States()); n != 54 {
		t.Errorf("States() has %d; want 54", n)
	}
}

func TestOneEdit(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"comapre", "compare", true}, // two letters swapped
		{"salry", "salary", true},    // one missing
		{"sallary", "salary", true},  // one added
		{"salory", "salary", true},   // one changed
		{"salary", "salary", false},  // the same word is no edit
		{"slary", "salaries", false},
		{"cmopare", "compare", true},
		{"ocmpare", "compare", true},
		{"compaer", "compare", true},
		{"compera", "compare", false}, // two changes
	}
	for _, tt := range tests {
		if got := knowledge.OneEdit(tt.a, tt.b); got != tt.want {
			t.Errorf("OneEdit(%q, %q) = %v; want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestStateMisspelt: a state's one-word name with one letter slipped is
// the state; words of English and proper nouns near one are not.
func TestStateMisspelt(t *testing.T) {
	tests := []struct{ in, want string }{
		{"flordia", "FL"}, {"californa", "CA"}, {"texsa", "TX"}, {"georiga", "GA"}, {"pensylvania", "PA"}, {"ohioo", "OH"},
		{"marine", ""}, {"indian", ""}, {"maint", ""}, {"nurse", ""}, {"texas", ""}, {"tex", ""}, {"florida", ""}, {"new yrok", ""},
	}
	for _, tt := range tests {
		st, ok := knowledge.StateMisspelt(tt.in)
		if got := map[bool]string{true: st.Postal}[ok]; got != tt.want {
			t.Errorf("StateMisspelt(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// TestNoNameWordIsAMisspeltState reads every word of every career's names
// (titles and alternate titles) as StateMisspelt would: none may be a
// state, or "Maint Tech" would be asked in Maine.
func TestNoNameWordIsAMisspeltState(t *testing.T) {
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, c := range kb.Careers() {
		names := []string{c.Name}
		for _, a := range c.Aliases.All() {
			names = append(names, a)
		}
		for _, n := range names {
			for _, w := range strings.FieldsFunc(strings.ToLower(n), func(r rune) bool { return r < 'a' || r > 'z' }) {
				if seen[w] {
					continue
				}
				seen[w] = true
				if st, ok := knowledge.StateMisspelt(w); ok {
					t.Errorf("%q (of %s's name %q) reads as %s", w, c.Name, n, st.Name)
				}
			}
		}
	}
	t.Logf("%d words of names read", len(seen))
}

func TestStateWages(t *testing.T) {
	kb := mustSeeds(t)
	tx, _ := knowledge.StateByName("texas")
	rn := official(t, kb, "29-1141.00")
	w, ok := kb.StateWages(rn, tx)
	want := knowledge.StateWage{State: tx, Career: rn, Employment: "261,050", HourlyMean: "$44.08", HourlyMedian: "$43.27",
		AnnualMean: "$91,690", AnnualMedian: "$90,010", Annual10: "$64,660", Annual25: "$77,450", Annual75: "$102,200", Annual90: "$122,060",
		FromCode: "29-1141", Source: knowledge.SourceOEWSState}
	if !ok || w != want {
		t.Errorf("StateWages(Registered Nurses, Texas) = %+v, %v; want %+v", w, ok, want)
	}
	// A specialty shares its parent's state wages and says so.
	acute := official(t, kb, "29-1141.01")
	if w, ok := kb.StateWages(acute, tx); !ok || w.AnnualMedian != "$90,010" || w.Note != "wages and employment of 29-1141 (Registered Nurses)" {
		t.Errorf("StateWages(Acute Care Nurses, Texas) = %+v, %v", w, ok)
	}
	plumbers := official(t, kb, "47-2152.00")
	ranked := kb.StatesRanked(plumbers, knowledge.FieldMedianAnnual)
	if len(ranked) == 0 || ranked[0].State.Name != "Illinois" || ranked[0].AnnualMedian != "$96,200" || ranked[len(ranked)-1].State.Name != "Puerto Rico" {
		t.Errorf("StatesRanked(plumbers) = %d states, first %+v", len(ranked), ranked[:min(1, len(ranked))])
	}
	// Texas electricians, as the datasets README gives them.
	el := official(t, kb, "47-2111.00")
	if w, _ := kb.StateWages(el, tx); w.Employment != "71,880" || w.AnnualMedian != "$56,920" || w.HourlyMedian != "$27.36" || w.Annual10 != "$37,170" || w.Annual90 != "$78,100" {
		t.Errorf("StateWages(Electricians, Texas) = %+v", w)
	}
	// A page career has no state wages.
	for _, c := range kb.Careers() {
		if !c.Official() {
			if _, ok := kb.StateWages(c, tx); ok {
				t.Errorf("page career %s has state wages", c.Name)
			}
			break
		}
	}
}

// TestStoreOfficialMore checks that a database holds what the embedded
// bundle does: the added lists, the interest code and the state estimates.
func TestStoreOfficialMore(t *testing.T) {
	s, _ := mustOpenStore(t)
	stored, err := s.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	kb := mustSeeds(t)
	for _, code := range []string{"29-1141.00", "29-1171.00", "13-2011.00", "47-2111.00", "15-1252.00"} {
		want, got := official(t, kb, code), official(t, stored, code)
		for _, kind := range []knowledge.ListKind{knowledge.ListTasks, knowledge.ListTechnology, knowledge.ListRelated,
			knowledge.ListInterests, knowledge.ListKnowledge, knowledge.ListEducation} {
			g, _ := stored.List(got, kind)
			w, _ := kb.List(want, kind)
			if !slices.Equal(g.Items, w.Items) || g.Source != w.Source {
				t.Errorf("%s %s from the database = %q; embedded %q", code, kind, itemsOf(g), itemsOf(w))
			}
			// The database holds them as career lists, read with the career.
			if len(w.Items) > 0 && len(got.Lists[kind].Items) == 0 {
				t.Errorf("%s %s not among the career's lists from the database", code, kind)
			}
		}
		g, _ := got.Fact(knowledge.FieldInterestCode)
		w, _ := want.Fact(knowledge.FieldInterestCode)
		if g != w {
			t.Errorf("%s interest code from the database = %v; embedded %v", code, g, w)
		}
		for _, st := range knowledge.States() {
			g, gok := stored.StateWages(got, st)
			w, wok := kb.StateWages(want, st)
			g.Career, w.Career = nil, nil
			if g != w || gok != wok {
				t.Errorf("%s in %s from the database = %+v, %v; embedded %+v, %v", code, st.Name, g, gok, w, wok)
			}
		}
	}
	plumbers := official(t, stored, "47-2152.00")
	if r := stored.StatesRanked(plumbers, knowledge.FieldMedianAnnual); len(r) == 0 || r[0].State.Name != "Illinois" || r[0].AnnualMedian != "$96,200" {
		t.Errorf("StatesRanked(plumbers) from the database starts %+v", r[:min(1, len(r))])
	}
	for _, id := range []string{knowledge.SourceONETTasks, knowledge.SourceOEWSState} {
		if a, b := sourceOf(stored, id), sourceOf(kb, id); a != b {
			t.Errorf("source %s from the database = %+v; embedded %+v", id, a, b)
		}
	}
}

func sourceOf(kb *knowledge.Base, id string) knowledge.Source {
	s, _ := kb.Source(id)
	return s
}

func TestONETAttributions(t *testing.T) {
	got := mustSeeds(t).ONETAttributions()
	want := []string{
		// Skills, Job Zones and the reported titles come from 30.1, as
		// the datasets' README says, not from Occupation Data's 30.2.
		knowledge.ONETAttribution + " (Occupation Data, Alternate Titles)",
		knowledge.ONETAttributionFor("O*NET 30.1") + " (Task Statements; Sample of Reported Titles; Skills; Job Zones)",
		knowledge.ONETAttributionFor("O*NET 29.3") + " (Technology Skills; Related Occupations; Interests; Knowledge; Education, Training, and Experience)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("ONETAttributions() =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
