package bot_test

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/careerbot/careerbot/bot"
	"github.com/careerbot/careerbot/knowledge"
	"github.com/careerbot/careerbot/knowledge/knowledgetest"
)

// mustSeedBot answers from the two seed pages alone, so rankings and lists
// across the whole base are checked against the pages' figures.
func mustSeedBot(t testing.TB) *bot.Bot {
	t.Helper()
	kb, err := knowledge.LoadSeedPages(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return bot.New(kb)
}

// mustFullBot answers from everything built into the binary: the seed
// pages and the official statistics.
func mustFullBot(t testing.TB) *bot.Bot {
	t.Helper()
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return bot.New(kb)
}

const (
	lt  = "Lead Technician"
	sst = "Senior Support Technician"
	it  = "Information Technology/Support Technician"
)

// TestQuestions asks the router questions the way people phrase them and
// checks each answer's kind and the exact figures from the seed pages.
func TestQuestions(t *testing.T) {
	b := mustSeedBot(t)
	tests := []struct {
		q      string
		kind   bot.Kind
		intent string
		want   []string // all must appear in the text rendering
		not    []string // none may appear
	}{
		// Compare: two careers, every phrasing.
		{"compare lead technician vs senior support technician", bot.KindCompare, "compare", []string{lt, sst, "$90,615", "$74,459", "Lead Technician earns $16,156 (21.7%) more a year than Senior Support Technician.", "$43.56", "$35.80", "1-2 years"}, nil},
		{"Compare Lead Technician VS Senior Support Technician", bot.KindCompare, "compare", []string{"$16,156 (21.7%)"}, nil},
		{"lead tech or IT support tech — which pays more?", bot.KindCompare, "compare", []string{lt, it, "$90,615", "$45,591", "$45,024 (98.8%) more a year than Information Technology/Support Technician"}, nil},
		{"lead technician versus information technology/support technician", bot.KindCompare, "compare", []string{"$45,591", "$21.92", "161,748"}, nil},
		{"lead technician vs. senior support technician", bot.KindCompare, "compare", []string{"$74,459"}, nil},
		{"lead technicians vs senior support technicians", bot.KindCompare, "compare", []string{"$16,156"}, nil},
		{"sr support tech vs lead tech", bot.KindCompare, "compare", []string{"$16,156 (21.7%)", "Pacira BioSciences"}, nil},
		{"difference between a lead technician and a senior support technician", bot.KindCompare, "compare", []string{"$16,156"}, nil},
		{"is a lead technician paid more than a senior support tech?", bot.KindCompare, "compare", []string{"$16,156"}, nil},
		{"compare lead tecnician vs senior suport technician", bot.KindCompare, "compare", []string{"$16,156"}, nil},
		{"compare lead technician to IT/support technician", bot.KindCompare, "compare", []string{"$45,591", "Microsoft", "University of Pennsylvania"}, nil},
		{"lead technician, senior support technician", bot.KindCompare, "compare", []string{"$90,615", "$74,459"}, nil},
		{"LEAD TECH VS SR SUPPORT TECH!!!", bot.KindCompare, "compare", []string{"$16,156"}, nil},
		{"which earns more: a lead technician or an information technology support technician", bot.KindCompare, "compare", []string{"$45,024"}, nil},
		{"compare the salary of lead technicians and senior support technicians", bot.KindCompare, "compare", []string{"$90,615", "$74,459", "$16,156"}, []string{"Race ratio"}},
		{"compare skills of lead technician and IT support technician", bot.KindList, "compare", []string{"Java (10%)", "Customer Service (12%)", "Troubleshoot (9%)"}, nil},
		{"compare growth rate of lead tech vs senior support tech", bot.KindCompare, "compare", []string{"Growth rate", "10%"}, []string{"Gender ratio"}},
		// Three or more careers.
		{"compare IT support technician, lead technician and senior support technician", bot.KindCompare, "compare", []string{it, lt, sst, "$45,591", "$90,615", "$74,459", "Lead Technician earns the most ($90,615 a year), $16,156 (21.7%) more than Senior Support Technician ($74,459), the next; Information Technology/Support Technician earns the least ($45,591)."}, nil},
		{"lead tech vs sr support tech vs it support tech", bot.KindCompare, "compare", []string{"$45,591", "$90,615", "$74,459"}, nil},
		{"compare lead technician, senior support technician, IT/support technician", bot.KindCompare, "compare", []string{"Durham, NC", "San Francisco, CA"}, nil},
		// Pay.
		{"how much does a senior support tech make?", bot.KindProfile, "pay", []string{sst, "$74,459", "$35.80", "Between $48,000 And $114,000"}, nil},
		{"how much does a lead technician make", bot.KindProfile, "pay", []string{"$90,615", "$43.56"}, nil},
		{"lead technician salary", bot.KindProfile, "pay", []string{"$90,615"}, nil},
		{"Lead Technicians salaries?", bot.KindProfile, "pay", []string{"$90,615"}, nil},
		{"what do IT support technicians earn", bot.KindProfile, "pay", []string{"$45,591", "$21.92"}, nil},
		{"salary of an information technology/support technician", bot.KindProfile, "pay", []string{"$45,591"}, nil},
		{"pay for sr. support techs", bot.KindProfile, "pay", []string{"$74,459"}, nil},
		{"hourly rate of a lead technician", bot.KindProfile, "pay", []string{"$43.56"}, []string{"$90,615"}},
		{"how much does a lead tech make an hour", bot.KindProfile, "pay", []string{"$43.56"}, nil},
		{"salary range for lead technicians", bot.KindProfile, "pay", []string{"Between $67,000 And $121,000"}, nil},
		{"salary range for IT support techs", bot.KindProfile, "pay", []string{"Between $31,000 And $66,000"}, nil},
		{"senior support technician wages", bot.KindProfile, "pay", []string{"$74,459"}, nil},
		{"how much do lead tecnicians earn?", bot.KindProfile, "pay", []string{"$90,615"}, nil},
		{"what's the pay of a senior support technician in california", bot.KindProfile, "pay", []string{"$74,459"}, nil},
		// Where pay is best.
		{"where do lead technicians get paid the most", bot.KindProfile, "where", []string{"San Francisco, CA", "California", "Meta", "Retail"}, nil},
		{"best paying company for senior support technicians", bot.KindProfile, "where", []string{"Pacira BioSciences"}, nil},
		{"highest paying state for IT support technicians", bot.KindProfile, "where", []string{"Pennsylvania"}, nil},
		{"which city pays senior support techs best", bot.KindProfile, "where", []string{"Durham, NC"}, nil},
		{"best industry for a lead technician", bot.KindProfile, "where", []string{"Retail"}, nil},
		{"where should a senior support technician work", bot.KindProfile, "where", []string{"Durham, NC", "Technology"}, nil},
		// Skills.
		{"top skills for a lead technician", bot.KindList, "skills", []string{"Java (10%)", "Architecture (7%)", "Digital Transformation (6%)", "Customer Service (6%)", "Database (4%)", "HTML (3%)"}, nil},
		{"what skills do I need to be a senior support technician", bot.KindList, "skills", []string{"customer service", "technical support", "troubleshoot"}, nil},
		{"skills for IT support tech", bot.KindList, "skills", []string{"Customer Service (12%)", "Remote Desktop (3%)"}, nil},
		{"Lead Technician skills", bot.KindList, "skills", []string{"Java (10%)"}, nil},
		{"what should a lead tech know", bot.KindList, "skills", []string{"Java (10%)"}, nil},
		// Education.
		{"what should I study to become a lead technician", bot.KindProfile, "education", []string{"Computer Science"}, nil},
		{"what degree do IT support technicians have", bot.KindProfile, "education", []string{"Bachelor's Degree, 51%"}, nil},
		{"most common college for senior support technicians", bot.KindProfile, "education", []string{"Stanford University"}, []string{"Computer Science"}},
		{"education of a lead technician", bot.KindProfile, "education", []string{"Bachelor's Degree, 50%", "Computer Science", "Massachusetts Institute of Technology"}, nil},
		{"which university do lead techs go to", bot.KindProfile, "education", []string{"Massachusetts Institute of Technology"}, nil},
		{"major for a senior support technician", bot.KindProfile, "education", []string{"Computer Science"}, nil},
		// Outlook and profile.
		{"growth rate of lead technicians", bot.KindProfile, "outlook", []string{"10%"}, nil},
		{"how many jobs are there for senior support technicians", bot.KindProfile, "outlook", []string{"113,499"}, nil},
		{"number of jobs for IT support technicians", bot.KindProfile, "outlook", []string{"161,748"}, nil},
		{"job outlook for lead technician", bot.KindProfile, "outlook", []string{"10%", "250,590"}, nil},
		{"are lead technicians satisfied with their job", bot.KindProfile, "outlook", []string{"Job satisfaction", bot.NotGiven}, nil},
		{"average age of a lead technician", bot.KindProfile, "profile", []string{"42"}, nil},
		{"how old are senior support technicians", bot.KindProfile, "profile", []string{"42"}, nil},
		{"years of experience for an IT support technician", bot.KindProfile, "profile", []string{"2"}, nil},
		{"how long does it take to become a lead technician", bot.KindProfile, "profile", []string{lt, "1-2 years"}, []string{it + " vs"}},
		{"gender ratio of IT support technicians", bot.KindProfile, "profile", []string{"Male, 85.4% Female, 14.6%"}, nil},
		{"how many women are senior support technicians", bot.KindProfile, "profile", []string{"Male, 78.4% Female, 21.6%"}, nil},
		{"race ratio of lead technicians", bot.KindProfile, "profile", []string{"White, 53.6%", "Asian, 15.1%"}, nil},
		{"lgbt share of senior support technicians", bot.KindProfile, "profile", []string{"11%"}, nil},
		{"demographics of lead technicians", bot.KindProfile, "profile", []string{"42", "Male, 83.4% Female, 16.6%", "11%"}, nil},
		// What the job is.
		{"what does a lead technician do?", bot.KindProfile, "describe", []string{"oversee the technical needs", "Manage and support the Cisco base corporate remote access VPN solution."}, []string{"Show more"}},
		{"responsibilities of an IT support technician", bot.KindProfile, "describe", []string{"Manage DHCP entries"}, nil},
		{"describe a senior support technician", bot.KindProfile, "describe", []string{"diagnosing and resolving"}, nil},
		{"what is a senior support technician", bot.KindProfile, "describe", []string{"diagnosing and resolving"}, nil},
		// A career and nothing else: its overview.
		{"lead technician", bot.KindProfile, "career", []string{"$90,615", "Meta", "Bachelor's Degree, 50%"}, nil},
		{"Senior Support Tech?", bot.KindProfile, "career", []string{"$74,459"}, nil},
		{"tell me about IT support technicians", bot.KindProfile, "career", []string{"$45,591"}, nil},
		// Across the knowledge base.
		{"which career pays the most", bot.KindRanking, "rank", []string{"1. Lead Technician", "$90,615", "3. Information Technology/Support Technician"}, nil},
		{"highest paying job", bot.KindRanking, "rank", []string{"1. Lead Technician"}, nil},
		{"lowest paying career", bot.KindRanking, "rank", []string{"1. Information Technology/Support Technician", "$45,591"}, nil},
		{"highest growth", bot.KindRanking, "rank", []string{"Growth", "10%"}, nil},
		{"which careers have the most jobs", bot.KindRanking, "rank", []string{"1. Lead Technician", "250,590"}, nil},
		{"careers that need Java", bot.KindRanking, "by_skill", []string{"Lead Technician", "10%"}, nil},
		{"which jobs use customer service", bot.KindRanking, "by_skill", []string{"1. Information Technology/Support Technician", "12%", "2. Lead Technician", "6%"}, nil},
		{"jobs requiring troubleshoot", bot.KindRanking, "by_skill", []string{"9%"}, nil},
		{"list careers", bot.KindList, "list", []string{lt, sst, it, "I know 3 careers"}, nil},
		{"which careers do you know?", bot.KindList, "list", []string{"I know 3 careers"}, nil},
		{"help", bot.KindHelp, "help", []string{"compare <career> vs <career>", "careers that need <skill>"}, nil},
		{"what can you do", bot.KindHelp, "help", []string{"salary of <career>"}, nil},
		// Unknown careers: say so, suggest the nearest, never a number.
		{"how much does an astronaut make", bot.KindUnknown, "unknown", []string{`I don't have "astronaut"`}, []string{"$"}},
		{"compare lead technician vs astronaut", bot.KindUnknown, "unknown", []string{`"astronaut"`}, []string{"$"}},
		{"salary of a senior support engineer", bot.KindUnknown, "unknown", []string{"Senior Support Technician"}, []string{"$"}},
		{"zookeeper skills", bot.KindUnknown, "unknown", []string{"zookeeper"}, []string{"%"}},
		// Nonsense, emptiness, markup.
		{"", bot.KindHint, "hint", []string{"how much does a registered nurse make?"}, nil},
		{"???", bot.KindHint, "hint", []string{"Try"}, nil},
		{"🚀🚀🚀", bot.KindHint, "hint", []string{"Try"}, nil},
		{"\x00\x01\x02", bot.KindHint, "hint", []string{"Try"}, nil},
		{"<!channel> salary of lead technician", bot.KindProfile, "pay", []string{"$90,615"}, []string{"<!channel>"}},
		{"@everyone compare lead tech vs sr support tech", bot.KindCompare, "compare", []string{"$16,156"}, []string{"@everyone"}},
		{"<!here> <@U123ABC> astronaut <https://evil.example|click>", bot.KindUnknown, "unknown", []string{"astronaut"}, []string{"<!here>", "<@U", "evil", "<http"}},
		{"@everyone foo", bot.KindUnknown, "unknown", []string{"foo"}, []string{"@everyone"}},
		{"salary of lead technician https://evil.example/senior-support-technician", bot.KindProfile, "pay", []string{"$90,615"}, []string{"evil", "Senior Support"}},
		{"www.evil.example/lead-technician", bot.KindHint, "hint", []string{"Try"}, []string{"evil"}},
		{strings.Repeat("lead technician ", 300), bot.KindHint, "hint", []string{"too long"}, []string{"lead technician lead technician"}},
	}
	if len(tests) < 80 {
		t.Fatalf("only %d questions; the table must hold at least 80", len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.q[:min(len(tt.q), 60)], func(t *testing.T) {
			a := b.Answer(context.Background(), bot.Request{Text: tt.q, Platform: "test"})
			text := bot.Text(a)
			if a.Kind != tt.kind || a.Intent != tt.intent {
				t.Errorf("Answer(%q) is %s/%s; want %s/%s\n%s", tt.q, a.Kind, a.Intent, tt.kind, tt.intent, text)
			}
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("Answer(%q) lacks %q:\n%s", tt.q, w, text)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(text, n) {
					t.Errorf("Answer(%q) contains %q:\n%s", tt.q, n, text)
				}
			}
			checkAnswer(t, tt.q, a)
		})
	}
}

// checkAnswer holds for every answer: a title (but small talk, one line
// alone), a summary, sources for any figure, and a bounded size.
func checkAnswer(t *testing.T, q string, a bot.Answer) {
	t.Helper()
	if a.Title == "" && a.Intent != "small_talk" || a.Summary == "" {
		t.Errorf("Answer(%q) has an empty title or summary: %+v", q, a)
	}
	text := bot.Text(a)
	if strings.Contains(text, "$") && len(a.Sources) == 0 {
		t.Errorf("Answer(%q) shows figures with no source", q)
	}
	if n := utf8.RuneCountInString(text); n > 20000 {
		t.Errorf("Answer(%q) is %d characters", q, n)
	}
}

// TestHelpExamplesRoute asks every example the help text gives and checks
// it reaches the intent that lists it: help cannot promise what the router
// does not understand.
func TestHelpExamplesRoute(t *testing.T) {
	b := mustFullBot(t)
	for _, in := range bot.Intents() {
		for _, ex := range in.Examples {
			a := b.Answer(context.Background(), bot.Request{Text: ex})
			if a.Intent != in.Name {
				t.Errorf("help example %q for %s routes to %s", ex, in.Name, a.Intent)
			}
		}
	}
}

func TestCareerNames(t *testing.T) {
	b := mustSeedBot(t)
	tests := []struct {
		in    string
		first string
	}{
		{"lead", lt},
		{"sr sup", sst},
		{"senior suport", sst},
		{"inform", it},
		{"", it}, // alphabetical when empty
	}
	for _, tt := range tests {
		got := b.CareerNames(context.Background(), tt.in, 25)
		if len(got) == 0 || got[0] != tt.first {
			t.Errorf("CareerNames(%q) = %v; want %s first", tt.in, got, tt.first)
		}
		if len(got) > 25 {
			t.Errorf("CareerNames(%q) gave %d names", tt.in, len(got))
		}
	}
}

func FuzzAnswer(f *testing.F) {
	b := mustFullBot(f)
	for _, s := range []string{"compare lead technician vs senior support technician", "how much does a sr support tech make?", "<!channel>", "", "careers that need java", "it it it it", "vs vs vs", "who fixes roofs? who", "what job involves running?", "person that ",
		// Two questions joined, examples after a comma, words taken back.
		"where are nurses paid best and which state employs the most of them", "and what and which and how", "what do oil rig workers make, like ",
		", like roustabouts", "nurse... never mind", "Director of of of", "cleans and"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a := b.Answer(context.Background(), bot.Request{Text: s})
		if a.Kind == bot.KindError {
			t.Fatalf("Answer(%q) failed", s)
		}
		checkAnswer(t, s, a)
		text := bot.Text(a)
		for _, markup := range []string{"<!channel>", "<!here>", "@everyone", "@here"} {
			if strings.Contains(text, markup) {
				t.Errorf("Answer(%q) echoes %q", s, markup)
			}
		}
	})
}

// TestNamesWithNumbers: numbers are dropped from questions ("top 10
// careers") unless they complete a name.
func TestNamesWithNumbers(t *testing.T) {
	b := bot.New(knowledgetest.Synthetic(200))
	names := b.CareerNames(context.Background(), "", 30)
	q := "compare " + names[10] + " vs " + names[20]
	a := b.Answer(context.Background(), bot.Request{Text: q})
	if a.Kind != bot.KindCompare || a.Table == nil || a.Table.Columns[1] != names[10] || a.Table.Columns[2] != names[20] {
		t.Errorf("Answer(%q) = %s %+v; want %s vs %s", q, a.Kind, a.Table, names[10], names[20])
	}
	if a := b.Answer(context.Background(), bot.Request{Text: "top 10 highest paying careers"}); a.Kind != bot.KindRanking || len(a.Table.Rows) != 10 {
		t.Errorf("top 10 highest paying careers = %s", bot.Text(a))
	}
}
