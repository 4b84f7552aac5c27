package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/knowledge"
)

// TestQuestionsMore asks issue 12's questions the way people phrase them and
// checks each answer's intent and its figures exactly as the agencies'
// files have them (bls/oews_state_M2024_detailed.csv, O*NET 30.1 Task
// Statements, O*NET 29.3 Technology Skills, Related Occupations, Interests,
// Knowledge, Education, Training, and Experience).
func TestQuestionsMore(t *testing.T) {
	b := New(mustTurn(t).kb)
	for _, tt := range questionsMore {
		t.Run(tt.q, func(t *testing.T) {
			checkMoreQuestion(t, tt.q, tt.intent, tt.want, b.Answer(context.Background(), Request{Text: tt.q}))
		})
	}
}

// TestRouteMore asks the same questions through routeMore, with the careers
// the present parser resolves once states are taken out: the answers and
// figures the router will give once it calls routeMore.
func TestRouteMore(t *testing.T) {
	b := mustTurn(t)
	for _, tt := range questionsMore {
		t.Run(tt.q, func(t *testing.T) {
			cleaned := clean(tt.q)
			q := parse(b.kb, cleaned)
			a, ok := b.routeOfficial(q)
			if !ok {
				t.Fatalf("routeOfficial(%q) with careers %v: no answer", tt.q, careerNames(careersOf(q.careers)))
			}
			checkMoreQuestion(t, tt.q, tt.intent, tt.want, a)
		})
	}
}

func careerNames(cs []*knowledge.Career) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Name)
	}
	return out
}

func checkMoreQuestion(t *testing.T, q, intent string, want []string, a Answer) {
	t.Helper()
	text := Text(a)
	if a.Intent != intent {
		t.Errorf("Answer(%q) intent = %s; want %s\n%s", q, a.Intent, intent, text)
	}
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("Answer(%q) lacks %q:\n%s", q, w, text)
		}
	}
	if len(a.Sources) == 0 || a.Title == "" || a.Summary == "" {
		t.Errorf("Answer(%q) lacks a source, title or summary:\n%s", q, text)
	}
}

// The sources as answers name them.
const (
	state = "BLS OEWS, May 2024 state estimates"
	tasks = "O*NET 30.1 Task Statements"
	tech  = "O*NET 29.3 Technology Skills"
	rel   = "O*NET 29.3 Related Occupations"
	intr  = "O*NET 29.3 Interests"
	know  = "O*NET 29.3 Knowledge"
	edu   = "O*NET 29.3 Education, Training, and Experience"
)

// questionsMore are issue 12's questions in many phrasings, with the answer
// intent and the figures each answer must show.
var questionsMore = []struct {
	q      string
	intent string
	want   []string
}{
	// Pay by state: state median, range, employment, national figure.
	{"how much do registered nurses make in texas", "state_pay", []string{"$90,010", "$43.27", "$64,660 to $122,060", "261,050", "$93,600", state}},
	{"how much does an RN make in Texas?", "state_pay", []string{"$90,010", "$93,600"}},
	{"registered nurse salary in TX", "state_pay", []string{"$90,010"}},
	{"RN pay texas", "state_pay", []string{"$90,010"}},
	{"nurse salary in tx", "state_pay", []string{"$90,010"}},
	{"registered nurse salary in washington state", "state_pay", []string{"$112,180", "$93,600"}},
	{"registered nurse salary in florida", "state_pay", []string{"$82,850", "218,100"}},
	{"RN salary in Puerto Rico", "state_pay", []string{"$37,780", "22,430"}},
	{"how much do registered nurses make in guam", "state_pay", []string{"not published", "680"}},
	{"electrician salary in CA", "state_pay", []string{"$76,540", "$36.80", "$46,630 to $136,710", "73,420", "$62,350", state}},
	{"electrician salary in california", "state_pay", []string{"$76,540"}},
	{"how much do electricians make in ca", "state_pay", []string{"$76,540"}},
	{"texas electrician wages", "state_pay", []string{"$56,920", "$27.36", "71,880", "$37,170 to $78,100"}},
	{"electrician pay in New York", "state_pay", []string{"$77,460", "40,380", "$47,140 to $132,450"}},
	{"software developer pay in washington state", "state_pay", []string{"$166,910", "$80.24", "91,470", "$133,080", "$102,630 to $239,200 or more"}},
	{"software engineer salary in WA", "state_pay", []string{"$166,910"}},
	{"software developer salary in california", "state_pay", []string{"$170,910", "292,630"}},
	{"plumber salary in illinois", "state_pay", []string{"$96,200", "$46.25", "18,730", "$62,970"}},
	{"how much do plumbers make in IL", "state_pay", []string{"$96,200"}},
	{"plumber pay in texas", "state_pay", []string{"$58,560", "42,290"}},
	{"accountant salary in ohio", "state_pay", []string{"$77,640", "51,840", "$81,680"}},
	{"lawyer salary in DC", "state_pay", []string{"$191,880", "33,430", "$167,270 to $239,200 or more"}},
	{"lawyer salary in washington dc", "state_pay", []string{"$191,880"}},
	// States ranked.
	{"best paying states for plumbers", "states_ranked", []string{"Illinois", "$96,200", "Oregon", "$93,110", state}},
	{"highest paying state for plumbers", "states_ranked", []string{"Illinois", "$96,200"}},
	{"which state pays plumbers the most", "states_ranked", []string{"Illinois", "$96,200"}},
	{"where do plumbers make the most", "states_ranked", []string{"Illinois", "$96,200"}},
	{"lowest paying state for electricians", "states_ranked", []string{"Puerto Rico", "$33,370", "Guam", "$41,590"}},
	{"worst paying states for electricians", "states_ranked", []string{"Puerto Rico", "$33,370"}},
	{"where do nurses make the most", "states_ranked", []string{"California", "$140,330", "Hawaii", "$136,320"}},
	{"best states for registered nurse pay", "states_ranked", []string{"California", "$140,330"}},
	{"lowest paying states for registered nurses", "states_ranked", []string{"Puerto Rico", "$37,780", "South Dakota", "$69,510"}},
	{"where do accountants get paid the most", "states_ranked", []string{"District of Columbia", "$103,030", "New York", "$101,780"}},
	{"best paying states for lawyers", "states_ranked", []string{"California", "$197,790"}},
	// Comparisons in a state, and of states.
	{"compare nurse pay in texas vs california", "compare_state", []string{"$90,010", "$140,330", "$50,320 (55.9%)"}},
	{"registered nurse salary texas vs california", "compare_state", []string{"$50,320 (55.9%)"}},
	{"RN pay in TX vs CA", "compare_state", []string{"$90,010", "$140,330"}},
	{"compare registered nurse and electrician pay in texas", "compare_state", []string{"$90,010", "$56,920", "$33,090 (58.1%)"}},
	{"electrician vs plumber salary in texas", "compare_state", []string{"$56,920", "$58,560", "$1,640 (2.9%)"}},
	// What the job involves.
	{"what does a plumber do", intentTasks, []string{"Assemble, install, alter, and repair pipelines", "Shut off steam, water, or other gases or liquids from pipe sections, using valve keys or wrenches.", tasks}},
	{"what tasks does a registered nurse do", intentTasks, []string{"Record patients' medical information and vital signs.", "Maintain accurate, detailed reports and records.", tasks}},
	{"what do electricians do", intentTasks, []string{"Prepare sketches or follow blueprints to determine the location of wiring or equipment"}},
	{"electrician job duties", intentTasks, []string{"Place conduit, pipes, or tubing, inside designated partitions"}},
	{"registered nurse daily tasks", intentTasks, []string{"Administer medications to patients and monitor patients for reactions or side effects."}},
	{"what does an accountant do all day", intentTasks, []string{"Prepare detailed reports on audit findings."}},
	{"plumber main tasks", intentTasks, []string{"Shut off steam, water, or other gases"}},
	// Technology.
	{"jobs that use python", "by_technology", []string{"Python", "Software Developers", "1,654,440", tech}},
	{"careers that use python", "by_technology", []string{"Software Developers"}},
	{"which jobs use excel", "by_technology", []string{"Microsoft Excel", "General and Operations Managers"}},
	{"careers where excel is in demand", "by_technology", []string{"Microsoft Excel", "Hot Technology, In Demand"}},
	{"jobs that need sql", "by_technology", []string{"Structured query language SQL", "Software Developers"}},
	{"jobs using autocad", "by_technology", []string{"Autodesk AutoCAD", "Civil Engineers"}},
	{"what jobs use tableau", "by_technology", []string{"Tableau", "Management Analysts"}},
	{"careers that use salesforce", "by_technology", []string{"Salesforce software"}},
	{"what software do accountants use", "technology", []string{"Intuit QuickBooks (Hot Technology, In Demand)", "Microsoft Excel (Hot Technology, In Demand)", tech}},
	{"what software does an accountant use", "technology", []string{"Intuit QuickBooks"}},
	{"what tools do software developers use", "technology", []string{"Amazon Web Services AWS software (Hot Technology, In Demand)"}},
	{"technology used by registered nurses", "technology", []string{"Hot Technology"}},
	// Related careers.
	{"careers similar to electricians", "related", []string{"Lighting Technicians", "Helpers--Electricians", "Plumbers, Pipefitters, and Steamfitters", rel}},
	{"jobs similar to electrician", "related", []string{"Lighting Technicians"}},
	{"what else could a paralegal do", "related", []string{"Legal Secretaries and Administrative Assistants", "Title Examiners, Abstractors, and Searchers"}},
	{"careers like registered nurse", "related", []string{"Clinical Nurse Specialists", "Nurse Practitioners"}},
	{"jobs related to dental hygienist", "related", []string{"Dental Assistants", "Surgical Assistants"}},
	{"alternatives to being a paralegal", "related", []string{"Legal Secretaries and Administrative Assistants"}},
	// Interests.
	{"careers for someone who likes helping people", "by_interest", []string{"133 occupations", "Social", "7.00", intr}},
	{"jobs for people who like helping others", "by_interest", []string{"Social"}},
	{"careers for someone who likes building things", "by_interest", []string{"388 occupations", "Realistic"}},
	{"jobs for someone who likes working with numbers", "by_interest", []string{"157 occupations", "Conventional", "Accountants and Auditors"}},
	// What one likes to do is an interest, not one's work told.
	{"i like organizing data and following procedures, what careers suit me", "by_interest", []string{"157 occupations", "Conventional"}},
	{"careers for creative people", "by_interest", []string{"Artistic"}},
	{"jobs for people who like science", "by_interest", []string{"Investigative"}},
	{"careers for someone who likes selling", "by_knowledge", []string{"Sales and Marketing knowledge", "Advertising Sales Agents"}},
	// "No degree" is any level below a bachelor's, as rankings read it;
	// "no formal education" the level of that name.
	{"careers for someone who likes helping people that need no degree", "by_interest", []string{"Self-Enrichment Teachers", "7.00", "34 occupations typically entered with no college degree"}},
	{"jobs for people who like building things that need no degree and pay the most", "by_interest", []string{"Commercial Pilots", "$122,670"}},
	{"creative jobs with no formal education", "by_interest", []string{"4 occupations typically entered with no formal educational credential", "Models"}},
	{"i want to help people but dont want to go to school for long", "by_interest", []string{"typically entered with no college degree", "Self-Enrichment Teachers"}},
	{"careers for someone who likes helping people that pay the most", "by_interest", []string{"Family Medicine Physicians", "$238,380"}},
	{"jobs for someone who likes working with numbers that need a bachelor's degree and pay the most", "by_interest", []string{"Computer and Information Systems Managers", "$171,200"}},
	{"best paying creative careers", "by_interest", []string{"Art Directors", "$111,040"}},
	// Required education in detail.
	{"do most nurse practitioners have a master's degree", "education_shares", []string{"Yes: 65.22%", "Doctoral Degree: 26.09%", edu}},
	{"do nurse practitioners need a doctorate", "education_shares", []string{"No: 30.44%", "65.22%"}},
	{"what degree do most registered nurses have", "education_shares", []string{"Bachelor's Degree: 55.92%", "Post-Secondary Certificate: 22.5%"}},
	{"do most registered nurses have a bachelor's degree", "education_shares", []string{"Yes: 55.92%"}},
	{"do most electricians have a college degree", "education_shares", []string{"No", "Post-Secondary Certificate: 61.71%"}},
	{"do most lawyers have a doctorate", "education_shares", []string{"Yes: 77.19%", "First Professional Degree: 22.81%"}},
	{"what education do plumbers have", "education_shares", []string{"Post-Secondary Certificate: 43.26%", "High School Diploma: 34.84%"}},
	// Knowledge areas.
	{"jobs that need math", "by_knowledge", []string{"Mathematics", "Mathematicians", "5.00", "Actuaries", "4.93", know}},
	{"careers that need biology knowledge", "by_knowledge", []string{"Biology", "Biological Science Teachers, Postsecondary", "4.98"}},
	{"jobs that need law knowledge", "by_knowledge", []string{"Law and Government", "Lawyers", "4.98"}},
	{"jobs that require chemistry", "by_knowledge", []string{"Chemists", "4.92"}},
	{"careers that use physics", "by_knowledge", []string{"Astronomers", "4.96", "Physicists", "4.92"}},
	{"jobs that need psychology knowledge", "by_knowledge", []string{"Psychology", "5.00"}},
}

func TestQuestionsMoreCount(t *testing.T) {
	if len(questionsMore) < 80 {
		t.Fatalf("only %d questions; want at least 80", len(questionsMore))
	}
}
