package bot

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/careerbot/careerbot/knowledge"
	"github.com/careerbot/careerbot/knowledge/official"
)

// The answers of issue 12, called directly on the knowledge embedded in the
// binary, with the figures exactly as BLS and O*NET publish them.

var embedded = sync.OnceValues(func() (*knowledge.Base, error) { return knowledge.LoadSeeds(context.Background()) })

func mustTurn(t testing.TB) *turn {
	t.Helper()
	kb, err := embedded()
	if err != nil {
		t.Fatal(err)
	}
	return &turn{kb: kb}
}

func (b *turn) mustCareer(t testing.TB, code string) *knowledge.Career {
	t.Helper()
	c, ok := b.kb.Career("onet:" + code)
	if !ok {
		t.Fatalf("no official career %s", code)
	}
	return c
}

func mustState(t testing.TB, name string) knowledge.State {
	t.Helper()
	st, ok := knowledge.StateByName(name)
	if !ok {
		t.Fatalf("no state %q", name)
	}
	return st
}

// checkMore checks what every answer must have: a title, a summary, each
// wanted text, none of the unwanted, and sources naming their release.
func checkMore(t *testing.T, name string, a Answer, want, not []string) {
	t.Helper()
	text := Text(a)
	if a.Title == "" || a.Summary == "" {
		t.Errorf("%s: empty title or summary:\n%s", name, text)
	}
	if len(a.Sources) == 0 {
		t.Errorf("%s: no sources:\n%s", name, text)
	}
	for _, s := range a.Sources {
		if !strings.Contains(s.Title, "O*NET 30.") && !strings.Contains(s.Title, "O*NET 29.3") && !strings.Contains(s.Title, "May 2024") &&
			!strings.Contains(s.Title, "2024-34") && !strings.Contains(s.Title, " vs ") {
			t.Errorf("%s: source %q names no release", name, s.Title)
		}
	}
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("%s lacks %q:\n%s", name, w, text)
		}
	}
	for _, w := range not {
		if strings.Contains(text, w) {
			t.Errorf("%s has %q:\n%s", name, w, text)
		}
	}
}

const (
	stateSrc = "BLS OEWS, May 2024 state estimates"
	oewsSrc  = "BLS OEWS, May 2024"
)

func TestStatePay(t *testing.T) {
	b := mustTurn(t)
	rn, el, sd := b.mustCareer(t, "29-1141.00"), b.mustCareer(t, "47-2111.00"), b.mustCareer(t, "15-1252.00")
	tests := []struct {
		name  string
		c     *knowledge.Career
		state string
		want  []string
		not   []string
	}{
		{"nurses in texas", rn, "texas", []string{"Registered Nurses in Texas: median $90,010 a year ($43.27 an hour), against $93,600 nationally.",
			"$64,660 to $122,060", "$77,450 to $102,200", "$91,690", "261,050", stateSrc, oewsSrc}, []string{NotPublished}},
		{"electricians in texas", el, "TX", []string{"$56,920", "$27.36", "71,880", "$37,170 to $78,100", "$62,350 nationally"}, nil},
		{"electricians in california", el, "ca", []string{"Electricians in California: median $76,540 a year ($36.80 an hour)", "$46,630 to $136,710", "73,420", "$62,350"}, nil},
		{"software developers in washington", sd, "washington state", []string{"Software Developers in Washington: median $166,910 a year ($80.24 an hour), against $133,080 nationally.",
			// The 90th percentile is blank in the state file after a
			// published 75th: BLS's "#", above the top figure.
			"Middle 80% of yearly wages:       $102,630 to $239,200 or more", "$132,870 to $207,370", "91,470"}, []string{NotPublished}},
		// BLS publishes the row but not its wages: said, not guessed.
		{"nurses in guam", rn, "Guam", []string{"BLS does not publish a median wage for Registered Nurses in Guam.", "680", NotPublished}, []string{"$0"}},
		// A specialty shares its parent's row and says so.
		{"acute care nurses in california", b.mustCareer(t, "29-1141.01"), "California",
			[]string{"$140,330", "wages and employment of 29-1141 (Registered Nurses)"}, nil},
	}
	for _, tt := range tests {
		a := b.statePay(tt.c, mustState(t, tt.state), "")
		if a.Kind != KindProfile || a.Intent != intentStatePay {
			t.Errorf("%s: kind %s, intent %s", tt.name, a.Kind, a.Intent)
		}
		checkMore(t, tt.name, a, tt.want, tt.not)
	}
}

func TestStatePayNotPublished(t *testing.T) {
	b := mustTurn(t)
	// Find an official occupation with national wages but no row in a state.
	for _, c := range b.kb.Careers() {
		if !c.Official() || !b.kb.HasStateWages(c) {
			continue
		}
		for _, st := range knowledge.States() {
			if _, ok := b.kb.StateWages(c, st); ok {
				continue
			}
			a := b.statePay(c, st, "")
			checkMore(t, c.Name+" in "+st.Name, a, []string{"BLS publishes no May 2024 estimate for " + c.Name + " in " + st.Name + " (not published)."}, []string{"$0"})
			return
		}
	}
	t.Fatal("every occupation has a row in every state")
}

func TestStatesRanked(t *testing.T) {
	b := mustTurn(t)
	plumbers, el := b.mustCareer(t, "47-2152.00"), b.mustCareer(t, "47-2111.00")
	a := b.statesRanked(plumbers, false)
	checkMore(t, "best paying states for plumbers", a, []string{
		"Plumbers, Pipefitters, and Steamfitters earn the most in Illinois: median $96,200 a year (national median $62,970), of 51 states (DC counted as one) with a published median.",
		"Territories (not ranked with the states)", "Puerto Rico $27,690",
		"1. Illinois", "2. Oregon", "$93,110", stateSrc}, nil)
	if a.Table == nil || len(a.Table.Rows) != maxMore {
		t.Errorf("best paying states for plumbers: table %+v", a.Table)
	}
	// Nine states publish airline pilots' median only as BLS's top
	// figure: tied at the top, listed by mean, none of them left out.
	a = b.statesRanked(b.mustCareer(t, "53-2011.00"), false)
	checkMore(t, "best paying states for airline pilots", a, []string{
		"earn the most in 9 states tied at BLS's top figure, a median of $239,200 or more a year: Kentucky, Washington, Georgia, California, Michigan, Illinois, New York, Virginia, Ohio (national median $226,600)",
		"1. Kentucky", "9. Ohio", "10. Alaska", "$226,490", "listed by mean yearly wage"}, nil)
	low := b.statesRanked(b.mustCareer(t, "53-2011.00"), true)
	checkMore(t, "lowest paying states for airline pilots", low, []string{"earn the least in Wyoming"}, []string{"tied"})
	a = b.statesRanked(el, true)
	checkMore(t, "lowest paying states for electricians", a, []string{"Electricians earn the least in Arkansas: median $49,420 a year", "1. Arkansas",
		"Territories (not ranked with the states): Puerto Rico $33,370; Guam $41,590; Virgin Islands $63,020"}, []string{"1. Puerto Rico", "2. Guam"})
	// A page career: its page's best-paying state and city, and the state
	// figures of its official namesake.
	var page *knowledge.Career
	for _, c := range b.kb.Careers() {
		if _, ok := c.Fact(knowledge.FieldState); ok && !c.Official() {
			page = c
			break
		}
	}
	if page == nil {
		t.Fatal("no page career with a best-paying state")
	}
	state, _ := page.Fact(knowledge.FieldState)
	a = b.statesRanked(page, false)
	checkMore(t, "best paying states for "+page.Name, a, []string{"Highest paying state (" + page.Name + ", comparison pages)", state.Value}, nil)
}

func TestCompareInState(t *testing.T) {
	b := mustTurn(t)
	rn, el := b.mustCareer(t, "29-1141.00"), b.mustCareer(t, "47-2111.00")
	a := b.compareInState([]*knowledge.Career{rn, el}, mustState(t, "TX"), false)
	checkMore(t, "nurses vs electricians in texas", a, []string{
		"In Texas, Registered Nurses earn $33,090 (58.1%) more a year than Electricians (medians $90,010 and $56,920).",
		"Median yearly wage in Texas", "261,050", "71,880", "$93,600", "$62,350"}, nil)
	if a.Kind != KindCompare || a.Table == nil || len(a.Table.Columns) != 3 {
		t.Errorf("compareInState: kind %s, table %+v", a.Kind, a.Table)
	}
	a = b.compareInState([]*knowledge.Career{rn, el}, mustState(t, "TX"), true)
	checkMore(t, "nurses vs electricians in texas by the hour", a, []string{
		"In Texas, Registered Nurses earn $15.91 (58.2%) more an hour than Electricians (medians $43.27 and $27.36)."}, nil)
	neuro := b.mustCareer(t, "29-1217.00")
	a = b.compareInState([]*knowledge.Career{neuro, rn}, mustState(t, "TX"), false)
	checkMore(t, "neurologists vs nurses in texas", a, []string{
		"In Texas, Neurologists earn at least $149,190 (165.7%) more a year than Registered Nurses (medians $239,200 or more and $90,010)."}, nil)
	a = b.compareStates(rn, []knowledge.State{mustState(t, "texas"), mustState(t, "california")})
	checkMore(t, "nurse pay in texas vs california", a, []string{
		"Registered Nurses earn $50,320 (55.9%) more a year in California (median $140,330) than in Texas ($90,010).",
		"$100,120 to $208,880", "326,720", "National median yearly wage: $93,600"}, nil)
	a = b.compareStates(rn, []knowledge.State{mustState(t, "texas"), mustState(t, "guam")})
	checkMore(t, "nurse pay in texas vs guam", a, []string{"Only Texas has a published median for Registered Nurses: $90,010 a year.", NotPublished}, nil)
}

func TestTasks(t *testing.T) {
	b := mustTurn(t)
	a := b.tasks(b.mustCareer(t, "47-2152.00"))
	checkMore(t, "what does a plumber do", a, []string{
		"Assemble, install, alter, and repair pipelines or pipe systems that carry water, steam, air, or other liquids or gases.",
		"Main (core) tasks", "Shut off steam, water, or other gases or liquids from pipe sections, using valve keys or wrenches.",
		"O*NET 30.2", "O*NET 30.1 Task Statements"}, nil)
	a = b.tasks(b.mustCareer(t, "29-1141.00"))
	checkMore(t, "what tasks does a registered nurse do", a, []string{"Record patients' medical information and vital signs.", "Monitor all aspects of patient care, including diet and physical activity."}, nil)
	if n := len(a.Lists[0].Items); n != 8 {
		t.Errorf("registered nurses: %d core tasks; want 8", n)
	}
}

func TestTechnology(t *testing.T) {
	b := mustTurn(t)
	a := b.technologyOf(b.mustCareer(t, "13-2011.00"))
	checkMore(t, "what software do accountants use", a, []string{"Accountants and Auditors use Intuit QuickBooks, Microsoft Excel, Microsoft Office software",
		"Microsoft Excel (Hot Technology, In Demand)", "O*NET 29.3 Technology Skills"}, nil)
	if first := a.Lists[0].Items[0]; first != "Intuit QuickBooks (Hot Technology, In Demand)" {
		t.Errorf("accountants' first technology = %q", first)
	}
	tests := []struct {
		name string
		want []string
	}{
		{"python", []string{"Careers that use Python", "130 occupations name Python", "1. Software Developers", "1,654,440", "2. Management Analysts"}},
		{"Microsoft Excel", []string{"Careers that use Microsoft Excel", "1. General and Operations Managers", "Hot Technology, In Demand"}},
		{"sql", []string{"Careers that use Structured query language SQL", "1. Software Developers"}},
	}
	for _, tt := range tests {
		a, ok := b.byTechnology(tt.name)
		if !ok {
			t.Errorf("byTechnology(%q) found nothing", tt.name)
			continue
		}
		checkMore(t, "jobs that use "+tt.name, a, tt.want, nil)
	}
	if a, ok := b.byTechnology("quantum abacus"); ok {
		t.Errorf("byTechnology(quantum abacus) = %s", Text(a))
	}
}

func TestRelated(t *testing.T) {
	b := mustTurn(t)
	a := b.related(b.mustCareer(t, "47-2111.00"), relatedAsk{})
	checkMore(t, "careers similar to electricians", a, []string{
		"O*NET lists 20 occupations related to Electricians; the closest: Lighting Technicians; Helpers--Electricians; Plumbers, Pipefitters, and Steamfitters.",
		"Most closely related", "Lighting Technicians (median $60,560)", "Further related", "O*NET 29.3 Related Occupations"}, nil)
	a = b.related(b.mustCareer(t, "23-2011.00"), relatedAsk{})
	checkMore(t, "what else could a paralegal do", a, []string{"related to Paralegals and Legal Assistants"}, nil)
}

func TestByInterest(t *testing.T) {
	b := mustTurn(t)
	a := b.byInterest("Social", "", false)
	checkMore(t, "careers for helping people", a, []string{"133 occupations have Social as their strongest interest (O*NET)", "7.00", "O*NET 29.3 Interests"}, nil)
	a = b.byInterest("R", "No formal educational credential", true)
	checkMore(t, "building things, no degree, best paid", a, []string{
		"77 occupations typically entered with no formal educational credential have Realistic as their strongest interest (O*NET); of the 74 with a BLS median of their own, Loading and Moving Machine Operators, Underground Mining pay the most: median $68,860 a year."}, nil)
	for _, r := range a.Table.Rows {
		if r.Cells[2] != "No formal educational credential" {
			t.Errorf("no-degree ranking lists %s with %s", r.Label, r.Cells[2])
		}
	}
	// A top-coded median ("$239,200 or more") ranks above every figure
	// below it.
	a = b.byInterest("Realistic", "", true)
	checkMore(t, "building things, best paid", a, []string{"1. Prosthodontists", "$239,200 or more", "2. Airline Pilots, Copilots, and Flight Engineers", "$226,600"}, nil)
	if a := b.byInterest("Z", "", false); a.Kind != KindHint {
		t.Errorf("byInterest(Z) = %s", a.Kind)
	}
}

func TestEducationShares(t *testing.T) {
	b := mustTurn(t)
	np := b.mustCareer(t, "29-1171.00")
	a := b.educationShares(np, "do most nurse practitioners have a master's degree")
	checkMore(t, "master's for nurse practitioners", a, []string{
		"Yes: 65.22% of Nurse Practitioners say their job requires a master's degree",
		"Bachelor's Degree: 4.35%", "Doctoral Degree: 26.09%", "O*NET 29.3 Education, Training, and Experience"}, nil)
	a = b.educationShares(np, "do nurse practitioners need a phd")
	checkMore(t, "doctorate for nurse practitioners", a, []string{"No: 30.44% of Nurse Practitioners say their job requires a doctoral degree or more", "The most common is a master's degree (65.22%)."}, nil)
	a = b.educationShares(b.mustCareer(t, "29-1141.00"), "")
	checkMore(t, "education of registered nurses", a, []string{"The most common requirement for Registered Nurses is a bachelor's degree"}, nil)
	a = b.educationShares(b.mustCareer(t, "15-1252.00"), "")
	checkMore(t, "education of software developers", a, []string{"O*NET publishes no education shares for Software Developers."}, nil)
}

func TestByKnowledge(t *testing.T) {
	b := mustTurn(t)
	tests := []struct {
		area string
		want []string
	}{
		{"math", []string{"O*NET rates Mathematics knowledge most important for Mathematicians (5.00 of 5)", "2. Actuaries", "4.93"}},
		{"biology", []string{"Biological Science Teachers, Postsecondary (4.98 of 5)", "2. Geneticists"}},
		{"law", []string{"Careers that need Law and Government knowledge"}},
	}
	for _, tt := range tests {
		a, ok := b.byKnowledge(tt.area, false)
		if !ok {
			t.Errorf("byKnowledge(%q) found nothing", tt.area)
			continue
		}
		checkMore(t, "jobs that need "+tt.area, a, append(tt.want, "O*NET 29.3 Knowledge"), nil)
	}
	if _, ok := b.byKnowledge("astrology", false); ok {
		t.Error("byKnowledge(astrology) found an area")
	}
}

func TestVocabMore(t *testing.T) {
	b := mustTurn(t)
	interests := map[string]string{
		"careers for someone who likes helping people": "Social", "jobs for people who like building things": "Realistic",
		"I like working with numbers": "Conventional", "creative jobs": "Artistic", "careers in art": "Artistic",
		"jobs for leading people": "Enterprising", "i like persuading people": "Enterprising", "science careers": "Investigative", "research jobs": "Investigative",
	}
	for q, want := range interests {
		if got, ok := interestOf(q); !ok || got != want {
			t.Errorf("interestOf(%q) = %q, %v; want %q", q, got, ok, want)
		}
	}
	tech := map[string]string{"jobs that use python": "Python", "careers where excel is in demand": "Microsoft Excel",
		"jobs using autocad": "Autodesk AutoCAD", "who uses tableau": "Tableau", "jobs with c++": "C++"}
	for q, want := range tech {
		if got, ok := b.technologyIn(q); !ok || got != want {
			t.Errorf("technologyIn(%q) = %q, %v; want %q", q, got, ok, want)
		}
	}
	know := map[string]string{"jobs that need math": "Mathematics", "biology jobs": "Biology", "careers in law": "Law and Government"}
	for q, want := range know {
		if got, ok := knowledgeAreaOf(q); !ok || got != want {
			t.Errorf("knowledgeAreaOf(%q) = %q, %v; want %q", q, got, ok, want)
		}
	}
	levels := map[string]string{"a master's degree": "Master's Degree", "a bachelors": "Bachelor's Degree", "a phd": "Doctoral Degree", "high school": "High School Diploma"}
	for q, want := range levels {
		if got, ok := educationLevelOf(q); !ok || got != want {
			t.Errorf("educationLevelOf(%q) = %q, %v; want %q", q, got, ok, want)
		}
	}
	states := []struct {
		q    string
		want []string
	}{
		{"how much do registered nurses make in texas", []string{"TX"}},
		{"electrician salary in CA", []string{"CA"}},
		{"electrician salary in ca", []string{"CA"}},
		{"software developer pay in washington state", []string{"WA"}},
		{"compare nurse pay in texas vs california", []string{"TX", "CA"}},
		{"nurse pay in West Virginia", []string{"WV"}},
		{"nurse pay in new york or new jersey", []string{"NY", "NJ"}},
		{"what do nurses make in D.C.", []string{"DC"}},
		{"can i work in it or hr", nil},
		{"me or you", nil},
		{"what should i do", nil},
	}
	for _, tt := range states {
		var got []string
		for _, m := range statesIn(tt.q) {
			got = append(got, m.State.Postal)
			if !strings.EqualFold(strings.ReplaceAll(tt.q[m.Start:m.End], ".", ""), strings.ReplaceAll(m.State.Name, ".", "")) &&
				!strings.EqualFold(strings.ReplaceAll(tt.q[m.Start:m.End], ".", ""), m.State.Postal) && m.State.Postal != "WA" {
				t.Errorf("statesIn(%q): %s at %q", tt.q, m.State.Postal, tt.q[m.Start:m.End])
			}
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("statesIn(%q) = %v; want %v", tt.q, got, tt.want)
		}
	}
}

// BenchmarkColdStatePay is a start-up whose first question is about a
// state: it reads the state estimates on top of BenchmarkColdStart's work.
func BenchmarkColdStatePay(b *testing.B) {
	tx, _ := knowledge.StateByName("TX")
	for b.Loop() {
		kb, err := knowledge.LoadSeeds(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		tr := &turn{kb: kb}
		if a := tr.statePay(tr.mustCareer(b, "29-1141.00"), tx, ""); !strings.Contains(a.Summary, "$90,010") {
			b.Fatal(a.Summary)
		}
	}
}

// BenchmarkColdTasks is a start-up whose first question is what a job
// involves: it reads the O*NET lists.
func BenchmarkColdTasks(b *testing.B) {
	for b.Loop() {
		kb, err := knowledge.LoadSeeds(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		tr := &turn{kb: kb}
		if a := tr.tasks(tr.mustCareer(b, "47-2152.00")); len(a.Lists) == 0 {
			b.Fatal(a.Summary)
		}
	}
}

// TestNoStateData answers state questions from knowledge without state
// estimates (a database imported before issue 12): it says so, and gives
// no state figure.
func TestNoStateData(t *testing.T) {
	bl := knowledge.NewBuilder()
	ds := &official.Dataset{Release: map[string]string{"oews": "BLS OEWS, May 2024"}, Occupations: []official.Occupation{{
		Code: "29-1141.00", SOC: "29-1141", Title: "Registered Nurses",
		Wages: &official.Wages{FromCode: "29-1141", AnnualMedian: "$93,600", AnnualMedianValue: 93600},
	}}}
	bl.AddOfficial(ds)
	b := &turn{kb: bl.Build()}
	rn := b.mustCareer(t, "29-1141.00")
	a := b.statePay(rn, mustState(t, "Texas"), "")
	checkMore(t, "nurses in texas without state data", a, []string{"holds no state wage estimates", "$93,600"}, []string{"$90,010", NotPublished})
	a = b.statesRanked(rn, false)
	checkMore(t, "best paying states for nurses without state data", a, []string{"holds no state wage estimates", "$93,600"}, []string{NotPublished})
	if a.Table != nil {
		t.Errorf("statesRanked without state data has a table:\n%s", Text(a))
	}
}

// TestEveryTechnologyCount checks, for every career with a technology
// list, that the count of hot technologies said is the count of items
// O*NET flags Hot Technology, not those flagged only In Demand.
func TestEveryTechnologyCount(t *testing.T) {
	b := mustTurn(t)
	checked := 0
	for _, c := range b.kb.Careers() {
		l, ok := b.kb.List(c, knowledge.ListTechnology)
		if !ok || len(l.Items) == 0 {
			continue
		}
		hot, flagged := 0, 0
		for _, it := range l.Items {
			if it.Share != "" {
				flagged++
			}
			if strings.Contains(it.Share, knowledge.FlagHot) {
				hot++
			}
		}
		a := b.technologyOf(c)
		said := "flags " + hotCount(hot) + " for them"
		if hot > 0 && !strings.Contains(a.Summary, said) || hot == 0 && strings.Contains(a.Summary, "hot technolog") {
			t.Errorf("%s: %q; want %q (%d flagged in all)", c.Name, a.Summary, said, flagged)
		}
		checked++
	}
	t.Logf("%d careers' hot technologies counted", checked)
	if checked < 800 {
		t.Errorf("only %d careers have technology; want the O*NET occupations", checked)
	}
}

// TestStatesByEmployment ranks every state by how many hold a career, the
// territories apart, and checks the order against the figures themselves.
func TestStatesByEmployment(t *testing.T) {
	b := mustTurn(t)
	rn := b.mustCareer(t, "29-1141.00")
	a := b.statesByEmployment(rn, false)
	checkMore(t, "states with the most nurses", a, []string{"California employs the most Registered Nurses: 326,720 (May 2024)", "1. California", stateSrc}, []string{"Puerto Rico", "Guam"})
	for _, c := range b.kb.Careers() {
		if !c.Official() {
			continue
		}
		for _, fewest := range []bool{false, true} {
			a := b.statesByEmployment(c, fewest)
			if a.Table == nil {
				continue
			}
			prev := -1.0
			for _, r := range a.Table.Rows {
				v, err := strconv.ParseFloat(strings.ReplaceAll(r.Cells[0], ",", ""), 64)
				if err != nil {
					t.Fatalf("%s: employment %q", c.Name, r.Cells[0])
				}
				if prev >= 0 && (!fewest && v > prev || fewest && v < prev) {
					t.Errorf("%s (fewest %v): %s out of order", c.Name, fewest, r.Label)
				}
				prev = v
			}
		}
	}
}

// reNoteCode reads the code in a figure's note ("wages and employment of
// 25-2052 (…)").
var reNoteCode = regexp.MustCompile(`of (\d\d-\d{4}) \(`)

// TestRankingsCountEveryFigure checks that a ranking across all careers
// counts each figure BLS publishes once: every career with its own figure,
// and once each group of O*NET occupations that shares a figure published
// for the group alone (Home Health and Personal Care Aides).
func TestRankingsCountEveryFigure(t *testing.T) {
	b := mustTurn(t)
	for _, f := range []knowledge.Field{knowledge.FieldMedianAnnual, knowledge.FieldAnnualOpenings, knowledge.FieldProjectedGrowth, knowledge.FieldEmployment} {
		q := &question{signals: map[string]int{intentRank: 1}, rank: 1, fields: []knowledge.Field{f}}
		own, groups, seen := 0, map[string]bool{}, map[*knowledge.Career]bool{}
		for _, g := range rankByOf(q).fields { // a page's figure of the same kind too
			for _, r := range b.kb.Ranked(g) {
				if seen[r.Career] {
					continue
				}
				// The code the figure was published for, read from the
				// note here rather than by the code under test: a figure
				// of a code no occupation has counts once.
				note, borrowedFig := r.Career.Fact(noteOf(g))
				if !borrowedFig {
					own++
					seen[r.Career] = true
					continue
				}
				m := reNoteCode.FindStringSubmatch(note.Value)
				if m == nil {
					t.Fatalf("%s: note %q names no code", r.Career.Name, note.Value)
				}
				if _, parent := b.kb.Career("onet:" + m[1] + ".00"); !parent && !groups[m[1]] {
					groups[m[1]] = true
					seen[r.Career] = true
				}
			}
		}
		a := b.rank(q)
		want := fmt.Sprintf(" %d careers with a figure", own+len(groups))
		if !strings.Contains(a.Summary, want) {
			t.Errorf("ranking by %s: %q; want %q (%d groups)", f, a.Summary, want, len(groups))
		}
		if len(groups) == 0 {
			t.Errorf("ranking by %s: no group figures found; the test checks nothing", f)
		}
		// Both kinds: a broad group, and a detailed code OEWS publishes
		// for several occupations together.
		if f == knowledge.FieldMedianAnnual && (!groups["31-1120"] || !groups["25-2052"]) {
			t.Errorf("ranking by %s: groups %v; want 31-1120 and 25-2052 among them", f, groups)
		}
	}
}

func TestPlaceAmong(t *testing.T) {
	steps := []payStep{{"the 10th percentile", "$30,000"}, {"the median", "$50,000"}, {"the 90th percentile", "$239,200 or more"}}
	tests := []struct {
		yearly float64
		want   string
		ok     bool
	}{
		{20000, "below the 10th percentile ($30,000)", true},
		{30000, "between the 10th percentile ($30,000) and the median ($50,000)", true},
		{60000, "between the median ($50,000) and the 90th percentile ($239,200 or more)", true},
		{300000, "above the median ($50,000); BLS publishes the 90th percentile only as $239,200 or more, so how it stands against that is not known", true},
	}
	for _, tt := range tests {
		if got, ok := placeAmong(tt.yearly, steps); got != tt.want || ok != tt.ok {
			t.Errorf("placeAmong(%v) = %q, %v; want %q, %v", tt.yearly, got, ok, tt.want, tt.ok)
		}
	}
	if got, ok := placeAmong(300000, []payStep{{"the median", "$239,200 or more"}}); ok {
		t.Errorf("placeAmong above a top-coded lowest step = %q; want nothing said", got)
	}
	if _, ok := placeAmong(1, []payStep{{"the median", ""}}); ok {
		t.Error("placeAmong with no figure said something")
	}
}

// TestTypicalOfEveryLevel: every O*NET required level has a BLS typical
// level beside it, one BLS lists.
func TestTypicalOfEveryLevel(t *testing.T) {
	for _, level := range onetEducationOrder {
		if typ, ok := typicalOf[level]; !ok || !slices.Contains(typicalEducationOrder, typ) {
			t.Errorf("typicalOf[%q] = %q; want one of BLS's typical levels", level, typ)
		}
	}
}
