package discord

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/careerbot/careerbot/bot"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

var seedSource = bot.Source{Title: "Lead technician vs senior support technician", URL: "https://www.zippia.com/lead-technician-vs-senior-support-technician/"}

// Fixed answers: rendering is a pure function of the answer, so the golden
// files change only when the rendering does.
var goldenAnswers = []struct {
	name   string
	answer bot.Answer
}{
	{"compare", bot.Answer{
		Kind:    bot.KindCompare,
		Intent:  "compare",
		Title:   "Lead Technician vs Senior Support Technician",
		Summary: "Lead Technician earns $16,156 (21.7%) more a year than Senior Support Technician.",
		Table: &bot.Table{
			Columns: []string{"", "Lead Technician", "Senior Support Technician"},
			Rows: []bot.Row{
				{Label: "Yearly salary", Cells: []string{"$90,615", "$74,459"}},
				{Label: "Hourly rate", Cells: []string{"$43.56", "$35.80"}},
				{Label: "Growth rate", Cells: []string{"10%", "10%"}},
				{Label: "Job satisfaction", Cells: []string{bot.NotGiven, bot.NotGiven}},
				{Label: "Most common degree", Cells: []string{"Bachelor's Degree, 50%", "Bachelor's Degree, 48%"}},
			},
		},
		Sources:     []bot.Source{seedSource},
		Suggestions: []string{"top skills for lead technician", "salary of senior support technician"},
	}},
	{"compare-three", bot.Answer{
		Kind:  bot.KindCompare,
		Title: "Lead Technician vs Senior Support Technician vs Information Technology Support Technician",
		Table: &bot.Table{
			Columns: []string{"", "Lead Technician", "Senior Support Technician", "Information Technology Support Technician"},
			Rows: []bot.Row{
				{Label: "Yearly salary", Cells: []string{"$90,615", "$74,459", "$47,817"}},
				{Label: "Average age", Cells: []string{"42", "42"}},
			},
		},
		Sources: []bot.Source{
			seedSource,
			{Title: "Lead technician vs information technology support technician"},
		},
	}},
	{"profile", bot.Answer{
		Kind:    bot.KindProfile,
		Intent:  "salary",
		Title:   "Senior Support Technician",
		Summary: "A senior support technician earns $74,459 a year on average.",
		Fields: []bot.Field{
			{Label: "Yearly salary", Value: "$74,459"},
			{Label: "Salary range", Value: "Between $48,000 And $114,000"},
			{Label: "Highest paying state", Value: "Pennsylvania", Source: "Zippia"},
		},
		Sources: []bot.Source{seedSource},
	}},
	{"profile-two-sources", bot.Answer{
		Kind:  bot.KindProfile,
		Title: "Lead Technician",
		Fields: []bot.Field{
			{Label: "Yearly salary", Value: "$90,615", Source: "Zippia"},
			{Label: "Median pay", Value: "", Source: "BLS"},
		},
		Sources: []bot.Source{seedSource, {Title: "BLS OEWS, May 2024", URL: "https://www.bls.gov/oes/"}},
	}},
	{"compare-with-shared-figures", bot.Answer{
		Kind:    bot.KindCompare,
		Title:   "Lead Technician vs Senior Support Technician",
		Summary: "Lead Technician earns $16,156 (21.7%) more a year than Senior Support Technician.",
		Fields:  []bot.Field{{Label: "Time to become both", Value: "1-2 years"}},
		Table: &bot.Table{
			Columns: []string{"", "Lead Technician", "Senior Support Technician"},
			Rows:    []bot.Row{{Label: "Yearly salary", Cells: []string{"$90,615", "$74,459"}}},
		},
		Sources: []bot.Source{seedSource},
	}},
	{"ranking", bot.Answer{
		Kind:  bot.KindRanking,
		Title: "Careers by yearly salary",
		Table: &bot.Table{
			Columns: []string{"Career", "Yearly salary"},
			Rows: []bot.Row{
				{Label: "Lead Technician", Cells: []string{"$90,615"}},
				{Label: "Senior Support Technician", Cells: []string{"$74,459"}},
				{Label: "Information Technology Support Technician", Cells: []string{""}},
			},
		},
		Sources: []bot.Source{seedSource, {Title: "Lead technician vs information technology support technician"}},
	}},
	{"list", bot.Answer{
		Kind:  bot.KindList,
		Title: "Top skills for Senior Support Technician",
		Lists: []bot.List{{Title: "Skills", Items: []string{"Customer service", "Technical support", "Troubleshoot"}}},
	}},
	{"help", bot.Answer{
		Kind:    bot.KindHelp,
		Title:   "What I can answer",
		Summary: "Ask about salaries, skills, education and comparisons.",
		Lists: []bot.List{
			{Title: "Compare", Items: []string{"compare lead technician vs senior support technician"}},
			{Title: "Salary", Items: []string{"how much does a senior support tech make?"}},
		},
	}},
	{"unknown", bot.Answer{
		Kind:        bot.KindUnknown,
		Title:       "I don't know that career",
		Summary:     `I have nothing on "astronaut".`,
		Suggestions: []string{"Lead Technician", "Senior Support Technician"},
	}},
	{"hint", bot.Answer{
		Kind:        bot.KindHint,
		Title:       "careerbot",
		Summary:     "I did not understand that.",
		Suggestions: []string{"compare lead technician vs senior support technician", "salary of lead technician"},
	}},
	{"error", bot.Answer{
		Kind:    bot.KindError,
		Summary: "Sorry, something went wrong on my side. Please try again.",
	}},
	{"markdown-and-mentions", bot.Answer{
		Kind:        bot.KindUnknown,
		Title:       "I don't know *that* career",
		Summary:     "I have nothing on \"@everyone <@123> **bold** [click](https://example.com) `code` ||spoiler||\".\n> not a quote",
		Suggestions: []string{"what is `rm -rf`?"},
	}},
	{"choices", bot.Answer{
		Kind:    bot.KindProfile,
		Intent:  "salary",
		Title:   "Family Medicine Physicians",
		Summary: "Pay of Family Medicine Physicians. \"doctor\" could also mean 2 other careers, listed below.",
		Lists:   []bot.List{{Title: "\"doctor\" could also mean", Items: []string{"Pediatricians, General", "Internists, General"}}},
		Choices: []bot.Choice{
			{Key: "29-1221.00", Label: "Pediatricians, General", Question: "pediatricians, general salary"},
			{Key: "29-1216.00", Label: "Internists, General", Question: "internists, general salary"},
		},
	}},
	{"choices-select", bot.Answer{
		Kind:    bot.KindUnknown,
		Intent:  "unknown",
		Title:   "Unknown career",
		Summary: "I don't have \"kastrel technician\". The closest careers I know:",
		Lists:   []bot.List{{Title: "Closest careers", Items: []string{"A", "B", "C", "D", "E", "F"}}},
		Choices: []bot.Choice{{Key: "a", Label: "A", Question: "salary of a"}, {Key: "b", Label: "B", Question: "salary of b"},
			{Key: "c", Label: "C", Question: "salary of c"}, {Key: "d", Label: "D", Question: "salary of d"},
			{Key: "e", Label: "E", Question: "salary of e"}, {Key: "f", Label: "F", Question: "salary of f"}},
	}},
}

func TestRenderGolden(t *testing.T) {
	for _, tt := range goldenAnswers {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false) // keep <@123> readable
			enc.SetIndent("", "  ")
			err := enc.Encode(struct {
				Messages  []reply `json:"messages"`
				PlainText []reply `json:"plain_text_fallback"`
			}{render(tt.answer), renderText(tt.answer)})
			if err != nil {
				t.Fatal(err)
			}
			got := buf.Bytes()
			path := filepath.Join("testdata", tt.name+".golden.json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("render(%s) differs from %s (run go test -update after checking):\n got: %s", tt.name, path, got)
			}
		})
	}
}

// TestRenderLimits renders answers far beyond Discord's limits in every
// dimension and checks each message still fits.
func TestRenderLimits(t *testing.T) {
	long := func(n int) string { return strings.Repeat("é", n) } // multi-byte: limits count characters
	wide := bot.Answer{Kind: bot.KindCompare, Title: long(1000), Summary: long(10000), Table: &bot.Table{Columns: []string{""}}}
	for i := range 10 {
		wide.Table.Columns = append(wide.Table.Columns, fmt.Sprintf("Career %d %s", i, long(300)))
	}
	for range 40 {
		wide.Table.Rows = append(wide.Table.Rows, bot.Row{Label: long(300), Cells: []string{long(2000), "x"}})
	}
	many := bot.Answer{Kind: bot.KindProfile, Title: "Many", Lists: []bot.List{{Title: long(500), Items: []string{long(3000), "short"}}}}
	for i := range 300 {
		many.Fields = append(many.Fields, bot.Field{Label: fmt.Sprintf("Figure %d", i), Value: long(1500), Source: "source"})
		many.Sources = append(many.Sources, bot.Source{Title: long(50)})
		many.Suggestions = append(many.Suggestions, long(200))
	}
	compare := bot.Answer{Kind: bot.KindCompare, Table: &bot.Table{Columns: []string{"", "A", "B", "C"}}}
	for i := range 400 {
		compare.Table.Rows = append(compare.Table.Rows, bot.Row{Label: fmt.Sprintf("Row %d", i), Cells: []string{long(100), long(1100), ""}})
	}

	tests := []struct {
		name   string
		answer bot.Answer
	}{
		{"ten wide columns", wide},
		{"hundreds of fields", many},
		{"long three-way comparison", compare},
		{"empty", bot.Answer{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i, r := range render(tt.answer) {
				checkReply(t, fmt.Sprintf("message %d", i), r)
			}
			for i, r := range renderText(tt.answer) {
				if n := runes(r.Content); n == 0 || n > maxContent {
					t.Errorf("text message %d has %d characters; want 1 to %d", i, n, maxContent)
				}
			}
		})
	}
}

func checkReply(t *testing.T, where string, r reply) {
	t.Helper()
	if len(r.Embeds) == 0 || len(r.Embeds) > maxEmbeds {
		t.Errorf("%s: %d embeds; want 1 to %d", where, len(r.Embeds), maxEmbeds)
	}
	total := 0
	for i, e := range r.Embeds {
		total += embedChars(e)
		check := func(what string, n, max int) {
			if n > max {
				t.Errorf("%s: embed %d %s has %d characters; want at most %d", where, i, what, n, max)
			}
		}
		check("title", runes(e.Title), maxTitle)
		check("description", runes(e.Description), maxDescription)
		if e.Footer != nil {
			check("footer", runes(e.Footer.Text), 2048)
		}
		if len(e.Fields) > maxFields {
			t.Errorf("%s: embed %d has %d fields; want at most %d", where, i, len(e.Fields), maxFields)
		}
		for _, f := range e.Fields {
			check("field name", runes(f.Name), maxFieldName)
			check("field value", runes(f.Value), maxFieldValue)
			if f.Name == "" || f.Value == "" {
				t.Errorf("%s: embed %d has an empty field name or value", where, i)
			}
		}
		if e.Title == "" && e.Description == "" && len(e.Fields) == 0 {
			t.Errorf("%s: embed %d is empty", where, i)
		}
	}
	if total > maxMessageText {
		t.Errorf("%s: embeds hold %d characters; want at most %d", where, total, maxMessageText)
	}
}

// TestComparisonColumnsLineUp checks that every run of inline fields in a
// comparison fills whole lines of three, so each career stays in its column.
func TestComparisonColumnsLineUp(t *testing.T) {
	for _, tt := range goldenAnswers {
		if tt.answer.Kind != bot.KindCompare {
			continue
		}
		t.Run(tt.name, func(t *testing.T) {
			for _, r := range render(tt.answer) {
				for _, e := range r.Embeds {
					run, runs := 0, 0
					for _, f := range append(e.Fields, &discordgo.MessageEmbedField{}) {
						if f.Inline {
							run++
							continue
						}
						if run%3 != 0 {
							t.Errorf("a run of %d inline fields; want whole lines of three", run)
						}
						if run > 0 {
							runs++
						}
						run = 0
					}
					if runs == 0 {
						t.Error("no inline columns")
					}
				}
			}
		})
	}
}

func TestSplitLines(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		limit int
		want  []string
	}{
		{"fits", []string{"ab", "cd"}, 10, []string{"ab\ncd"}},
		{"breaks between lines", []string{"abc", "def", "gh"}, 7, []string{"abc\ndef", "gh"}},
		{"cuts a line too long alone", []string{"abcdefgh", "ij"}, 3, []string{"abc", "def", "gh", "ij"}},
		{"joins what follows a cut line", []string{"abcdefgh", "i"}, 4, []string{"abcd", "efgh", "i"}},
		{"counts characters, not bytes", []string{"ééé", "éé"}, 6, []string{"ééé\néé"}},
		{"drops blank chunks", []string{"", "", "a"}, 1, []string{"a"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := splitLines(tt.lines, tt.limit)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("splitLines(%q, %d) = %q; want %q", tt.lines, tt.limit, got, tt.want)
			}
		})
	}
}

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Lead Technician", "Lead Technician"},
		{"$90,615 (21.7%)", "$90,615 (21.7%)"},
		{"*bold* _it_ ~s~ `c` ||sp|| [l](u)", "\\*bold\\* \\_it\\_ \\~s\\~ \\`c\\` \\|\\|sp\\|\\| \\[l\\](u)"},
		{"> quote\n# heading\n- item", "\\> quote\n\\# heading\n\\- item"},
		{"2-4 years", "2-4 years"},
		{`back\slash`, `back\\slash`},
	}
	for _, tt := range tests {
		if got := escape(tt.in); got != tt.want {
			t.Errorf("escape(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"short", 10, "short"},
		{"exactly10!", 10, "exactly10!"},
		{"much too long", 5, "much…"},
		{"ééééé", 3, "éé…"},
		{`ab\*cd`, 4, "ab…"}, // never leaves a dangling escape
	}
	for _, tt := range tests {
		if got := truncate(tt.in, tt.max); got != tt.want || runes(got) > tt.max {
			t.Errorf("truncate(%q, %d) = %q; want %q", tt.in, tt.max, got, tt.want)
		}
	}
}

func TestNoMentionsAllowsNothing(t *testing.T) {
	b, err := json.Marshal(&discordgo.MessageSend{AllowedMentions: noMentions()})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"allowed_mentions":{"parse":[],"replied_user":false}`) {
		t.Errorf("message JSON %s; want allowed_mentions with an empty parse list", b)
	}
}
