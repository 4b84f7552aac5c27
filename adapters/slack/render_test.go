package slack

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	slackapi "github.com/slack-go/slack"

	"github.com/careerbot/careerbot/bot"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// Fixed answers: rendering is a pure function of the answer, so these
// goldens change only when the layout does.
var (
	compareAnswer = bot.Answer{
		Kind:    bot.KindCompare,
		Intent:  "compare",
		Title:   "Lead Technician vs Senior Support Technician",
		Summary: "Lead Technician earns $16,156 (21.7%) more a year than Senior Support Technician.",
		Table: &bot.Table{
			Columns: []string{"", "Lead Technician", "Senior Support Technician"},
			Rows: []bot.Row{
				{Label: "Yearly salary", Cells: []string{"$90,615", "$74,459"}},
				{Label: "Hourly wage", Cells: []string{"$43.56", "$35.80"}},
				{Label: "Education", Cells: []string{"Bachelor's degree", "Associate degree"}},
				{Label: "Job growth", Cells: []string{"", "5%"}},
			},
		},
		Sources: []bot.Source{
			{Title: "Lead technician vs senior support technician", URL: "https://www.example.com/compare/lead-technician-vs-senior-support-technician"},
			{Title: "BLS OEWS, May 2024"},
		},
		Suggestions: []string{"skills of a lead technician", "highest paid technician careers"},
	}
	profileAnswer = bot.Answer{
		Kind:    bot.KindProfile,
		Intent:  "salary",
		Title:   "Senior Support Technician",
		Summary: "A Senior Support Technician earns $74,459 a year.",
		Fields: []bot.Field{
			{Label: "Yearly salary", Value: "$74,459"},
			{Label: "Hourly wage", Value: "$35.80"},
			{Label: "Education", Value: "Associate degree", Source: "BLS"},
			{Label: "Experience", Value: ""},
		},
		Lists:   []bot.List{{Title: "Top skills", Items: []string{"Customer service", "Troubleshooting", "Windows & Active Directory"}}},
		Sources: []bot.Source{{Title: "Lead technician vs senior support technician", URL: "https://www.example.com/compare/x"}},
	}
	rankingAnswer = bot.Answer{
		Kind:    bot.KindRanking,
		Intent:  "rank_salary",
		Title:   "Highest paid careers",
		Summary: "Careers ranked by yearly salary.",
		Table: &bot.Table{
			Columns: []string{"Career", "Yearly salary"},
			Rows: []bot.Row{
				{Label: "1. Lead Technician", Cells: []string{"$90,615"}},
				{Label: "2. Senior Support Technician", Cells: []string{"$74,459"}},
				{Label: "3. Information Technology Support Technician", Cells: []string{"$52,000"}},
			},
		},
		Sources: []bot.Source{{Title: "Lead technician vs senior support technician"}},
	}
	listAnswer = bot.Answer{
		Kind:    bot.KindList,
		Intent:  "careers",
		Title:   "Careers I know",
		Summary: "I know 3 careers.",
		Lists:   []bot.List{{Title: "Careers", Items: []string{"Information Technology Support Technician", "Lead Technician", "Senior Support Technician"}}},
	}
	helpAnswer = bot.Answer{
		Kind:    bot.KindHelp,
		Intent:  "help",
		Title:   "What I can answer",
		Summary: "Ask about salaries, skills and education of careers.",
		Lists:   []bot.List{{Title: "Questions", Items: []string{"compare A vs B: salaries side by side", "salary of A: what A earns"}}},
		Suggestions: []string{
			"compare lead technician vs senior support technician",
			"how much does a senior support tech make?",
		},
	}
	unknownAnswer = bot.Answer{
		Kind:        bot.KindUnknown,
		Intent:      "unknown",
		Title:       "I don't know <!channel> engineer",
		Summary:     "I don't know a career called “<!channel> engineer <@U123> <https://evil.example|click>”.",
		Suggestions: []string{"Lead Technician", "Senior Support Technician"},
	}
	hintAnswer = bot.Answer{
		Kind:        bot.KindHint,
		Intent:      "hint",
		Summary:     "I did not understand that. Try one of these:",
		Suggestions: []string{"compare lead technician vs senior support technician", "skills of a lead technician"},
	}
	errorAnswer = bot.Answer{
		Kind:    bot.KindError,
		Intent:  "error",
		Summary: "Sorry, something went wrong. Please try again.",
	}
)

// doctorAnswer is the shape of the router's answer to a generic name: a
// profile of the first career it may mean, a list of the others and the
// same others as choices. No figure: the layout is what is tested.
var doctorAnswer = bot.Answer{
	Kind:    bot.KindProfile,
	Intent:  "salary",
	Title:   "Family Medicine Physicians",
	Summary: "Pay of Family Medicine Physicians. \"doctor\" could also mean 2 other careers, listed below.",
	Lists:   []bot.List{{Title: "\"doctor\" could also mean", Items: []string{"Pediatricians, General", "Internists, General"}}},
	Choices: []bot.Choice{
		{Key: "29-1221.00", Label: "Pediatricians, General", Question: "pediatricians, general salary"},
		{Key: "29-1216.00", Label: "Internists, General", Question: "internists, general salary"},
	},
}

// manyChoices is an unknown career's answer with n choices, more than
// buttons can show.
func manyChoices(n int) bot.Answer {
	a := bot.Answer{Kind: bot.KindUnknown, Intent: "unknown", Title: "Unknown career",
		Summary: "I don't have \"kastrel technician\". The closest careers I know:"}
	l := bot.List{Title: "Closest careers"}
	for i := range n {
		label := fmt.Sprintf("Career Number %d", i+1)
		l.Items = append(l.Items, label)
		a.Choices = append(a.Choices, bot.Choice{Key: fmt.Sprintf("k%d", i+1), Label: label,
			Question: strings.ToLower(label) + " salary"})
	}
	a.Lists = []bot.List{l}
	return a
}

// bigComparison is a comparison of careers × rows, with realistic widths.
func bigComparison(careers, rows, cellLen int) bot.Answer {
	t := &bot.Table{Columns: []string{""}}
	for c := range careers {
		t.Columns = append(t.Columns, fmt.Sprintf("Senior Career Number %02d", c+1))
	}
	for r := range rows {
		row := bot.Row{Label: fmt.Sprintf("Figure %02d", r+1)}
		for c := range careers {
			cell := fmt.Sprintf("$%d,%03d", 40+r+c, (r*37+c*11)%1000)
			if cellLen > len(cell) {
				cell += strings.Repeat("x", cellLen-len(cell))
			}
			row.Cells = append(row.Cells, cell)
		}
		t.Rows = append(t.Rows, row)
	}
	return bot.Answer{
		Kind:        bot.KindCompare,
		Intent:      "compare",
		Title:       fmt.Sprintf("%d careers compared", careers),
		Summary:     "A large comparison.",
		Table:       t,
		Sources:     []bot.Source{{Title: "Big table", URL: "https://www.example.com/big"}},
		Suggestions: []string{"compare fewer careers"},
	}
}

func TestRenderGolden(t *testing.T) {
	tests := []struct {
		name string
		ans  bot.Answer
		opts renderOptions
	}{
		{"compare", compareAnswer, renderOptions{}},
		{"compare_ephemeral_share", compareAnswer, renderOptions{ShareQuestion: "compare lead technician vs senior support technician"}},
		{"compare_shared", compareAnswer, renderOptions{SharedBy: "U0123ABCD", Question: "compare lead technician vs <!here> senior support technician"}},
		{"compare_6x20", bigComparison(6, 20, 0), renderOptions{ShareQuestion: "compare six careers"}},
		{"profile", profileAnswer, renderOptions{}},
		{"ranking", rankingAnswer, renderOptions{}},
		{"list", listAnswer, renderOptions{}},
		{"help", helpAnswer, renderOptions{ShareQuestion: "help"}},
		{"unknown_escaped", unknownAnswer, renderOptions{}},
		{"hint_no_share", hintAnswer, renderOptions{ShareQuestion: "asdf"}},
		{"error_no_share", errorAnswer, renderOptions{ShareQuestion: "salary of x"}},
		{"choices_buttons", doctorAnswer, renderOptions{Choices: true, Thread: "1700000000.000100"}},
		{"choices_ephemeral_share", doctorAnswer, renderOptions{Choices: true, ShareQuestion: "doctor salary"}},
		{"choices_select", manyChoices(7), renderOptions{Choices: true}},
		{"choices_not_asked", doctorAnswer, renderOptions{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := render(tt.ans, tt.opts)
			checkLimits(t, m)
			got := marshalReadable(t, m, "  ")
			path := filepath.Join("testdata", "render", tt.name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("render(%s) differs from %s (run go test -update if the change is intended):\n%s", tt.name, path, got)
			}
		})
	}
}

func TestRenderLimits(t *testing.T) {
	long := strings.Repeat("word & <b> ", 700) // 7,700 characters, more when escaped
	manyItems := make([]string, 1000)
	for i := range manyItems {
		manyItems[i] = fmt.Sprintf("Skill number %d", i+1)
	}
	manySources := make([]bot.Source, 200)
	for i := range manySources {
		manySources[i] = bot.Source{Title: fmt.Sprintf("Source %d", i+1), URL: fmt.Sprintf("https://www.example.com/source/%d", i+1)}
	}
	tests := []struct {
		name         string
		ans          bot.Answer
		opts         renderOptions
		wantComplete bool // every row fits; no "not shown" note
	}{
		{"6 careers x 20 rows", bigComparison(6, 20, 0), renderOptions{ShareQuestion: "q"}, true},
		{"2 careers x 40 rows", bigComparison(2, 40, 0), renderOptions{ShareQuestion: "q"}, true},
		{"12 careers x 10 rows (rows split across sections)", bigComparison(12, 10, 0), renderOptions{}, true},
		{"2 careers x 60 rows (over 50 blocks)", bigComparison(2, 60, 0), renderOptions{}, false},
		{"50 careers x 100 rows", bigComparison(50, 100, 0), renderOptions{ShareQuestion: "q"}, false},
		{"long cells", bigComparison(3, 5, 2500), renderOptions{}, false},
		{"long title, summary, list and question", bot.Answer{Kind: bot.KindList, Title: long, Summary: long,
			Lists: []bot.List{{Title: long, Items: manyItems}}, Sources: manySources, Suggestions: manyItems},
			renderOptions{SharedBy: "U1", Question: long, ShareQuestion: long}, false},
		{"many fields", bot.Answer{Kind: bot.KindProfile, Title: "x", Fields: func() []bot.Field {
			var fs []bot.Field
			for i := range 300 {
				fs = append(fs, bot.Field{Label: fmt.Sprintf("Figure %d", i), Value: long[:100]})
			}
			return fs
		}()}, renderOptions{}, false},
		{"long ranking", bot.Answer{Kind: bot.KindRanking, Title: "Ranked", Table: bigComparison(1, 2000, 0).Table}, renderOptions{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := render(tt.ans, tt.opts)
			checkLimits(t, m)
			shown := shownText(m)
			note := strings.Contains(shown, "more not shown")
			if tt.wantComplete {
				if note {
					t.Errorf("answer cut although it fits")
				}
				for _, row := range tt.ans.Table.Rows {
					if !strings.Contains(shown, "*"+row.Label+"*") {
						t.Errorf("row %q missing", row.Label)
					}
					for _, cell := range row.Cells {
						if !strings.Contains(shown, cell) {
							t.Errorf("cell %q of row %q missing", cell, row.Label)
						}
					}
				}
			} else if !note {
				t.Errorf("answer cut without saying so")
			} else if tt.ans.Table != nil {
				// The note counts the rows left out.
				var omitted int
				if _, err := fmt.Sscanf(shown[strings.Index(shown, "…and "):], "…and %d more", &omitted); err != nil {
					t.Fatalf("cannot read the note: %v", err)
				}
				shownRows := 0
				for _, row := range tt.ans.Table.Rows {
					if strings.Contains(shown, "*"+row.Label+"*") {
						shownRows++
					}
				}
				if shownRows == 0 || shownRows+omitted != len(tt.ans.Table.Rows) {
					t.Errorf("%d rows shown and %d said omitted; want them to add up to %d", shownRows, omitted, len(tt.ans.Table.Rows))
				}
			}
			if len(tt.ans.Sources) > 0 && !strings.Contains(shown, "*Sources:*") {
				t.Errorf("sources line dropped")
			}
		})
	}
}

// checkLimits fails the test if m breaks one of Slack's Block Kit limits
// or the adapter's own budget for a message.
func checkLimits(t *testing.T, m message) {
	t.Helper()
	if len(m.Blocks) > 50 {
		t.Errorf("%d blocks; Slack allows 50", len(m.Blocks))
	}
	if m.Text == "" || utf8.RuneCountInString(m.Text) > 3000 {
		t.Errorf("fallback text has %d characters; want 1..3000", utf8.RuneCountInString(m.Text))
	}
	runes := utf8.RuneCountInString
	total := 0
	for i, blk := range m.Blocks {
		total += visibleChars(blk)
		switch b := blk.(type) {
		case *slackapi.HeaderBlock:
			if n := runes(b.Text.Text); n > 150 || b.Text.Type != slackapi.PlainTextType {
				t.Errorf("block %d: header is %s with %d characters; want plain_text ≤ 150", i, b.Text.Type, n)
			}
		case *slackapi.SectionBlock:
			if b.Text == nil && len(b.Fields) == 0 {
				t.Errorf("block %d: empty section", i)
			}
			if b.Text != nil && runes(b.Text.Text) > 3000 {
				t.Errorf("block %d: section text has %d characters; Slack allows 3000", i, runes(b.Text.Text))
			}
			if len(b.Fields) > 10 {
				t.Errorf("block %d: %d fields; Slack allows 10", i, len(b.Fields))
			}
			for _, f := range b.Fields {
				if runes(f.Text) > 2000 {
					t.Errorf("block %d: field has %d characters; Slack allows 2000", i, runes(f.Text))
				}
			}
		case *slackapi.ContextBlock:
			if n := len(b.ContextElements.Elements); n == 0 || n > 10 {
				t.Errorf("block %d: context has %d elements; want 1..10", i, n)
			}
			for _, e := range b.ContextElements.Elements {
				if tx, ok := e.(*slackapi.TextBlockObject); ok && runes(tx.Text) > 3000 {
					t.Errorf("block %d: context text has %d characters", i, runes(tx.Text))
				}
			}
		case *slackapi.ActionBlock:
			if n := len(b.Elements.ElementSet); n == 0 || n > 25 {
				t.Errorf("block %d: actions block has %d elements; want 1..25", i, n)
			}
			if len(b.BlockID) > 255 {
				t.Errorf("block %d: block_id has %d characters; Slack allows 255", i, len(b.BlockID))
			}
			ids := map[string]bool{}
			for _, e := range b.Elements.ElementSet {
				switch e := e.(type) {
				case *slackapi.ButtonBlockElement:
					if len(e.Value) > 2000 {
						t.Errorf("block %d: button value has %d bytes; Slack allows 2000", i, len(e.Value))
					}
					if n := runes(e.Text.Text); n == 0 || n > 75 {
						t.Errorf("block %d: button text has %d characters; want 1..75", i, n)
					}
					if ids[e.ActionID] {
						t.Errorf("block %d: action_id %q twice", i, e.ActionID)
					}
					ids[e.ActionID] = true
				case *slackapi.SelectBlockElement:
					if n := len(e.Options); n == 0 || n > 100 {
						t.Errorf("block %d: select has %d options; want 1..100", i, n)
					}
					for _, o := range e.Options {
						if len(o.Value) > 150 || runes(o.Text.Text) > 75 || o.Text.Text == "" {
							t.Errorf("block %d: option %q (%d characters) valued %d bytes; Slack allows 75 and 150", i, o.Text.Text, runes(o.Text.Text), len(o.Value))
						}
					}
				}
			}
			if strings.HasPrefix(b.BlockID, choiceBlockID) {
				if n := len(b.Elements.ElementSet); n > 5 {
					t.Errorf("block %d: %d choice buttons; more than 5 go in a select", i, n)
				}
			}
		default:
			t.Errorf("block %d: unexpected block type %T", i, blk)
		}
	}
	if total > 10000 {
		t.Errorf("message shows %d characters; want well under 12,000", total)
	}
	js := marshalReadable(t, m, "")
	if len(js) >= 18000 {
		t.Errorf("message is %d bytes of JSON; a Socket Mode acknowledgement must stay under 20 KB", len(js))
	}
	shown := m.Text + shownText(m)
	for _, live := range []string{"<!channel>", "<!here>", "<!everyone>", "<@U123>", "<https://evil"} {
		if strings.Contains(shown, live) {
			t.Errorf("message contains live markup %q", live)
		}
	}
}

// marshalReadable encodes v as JSON without escaping <, > and &, so that
// goldens read as Slack shows them and live markup is easy to spot.
func marshalReadable(t *testing.T, v any, indent string) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// shownText is all the text a message shows, blocks in order.
func shownText(m message) string {
	var sb strings.Builder
	for _, blk := range m.Blocks {
		for _, tx := range blockTexts(blk) {
			sb.WriteString(tx.Text + "\n")
		}
	}
	return sb.String()
}

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<!channel>", "&lt;!channel&gt;"},
		{"R&D <@U1>", "R&amp;D &lt;@U1&gt;"},
		{"&amp;", "&amp;amp;"},
		{"plain", "plain"},
	}
	for _, tt := range tests {
		if got := escape(tt.in); got != tt.want {
			t.Errorf("escape(%q) = %q; want %q", tt.in, got, tt.want)
		}
		if got := unescape(escape(tt.in)); got != tt.in {
			t.Errorf("unescape(escape(%q)) = %q; want it back", tt.in, got)
		}
	}
}

func TestClip(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly10!", 10, "exactly10!"},
		{"abcdefghijkl", 5, "abcd…"},
		{"ab&amp;cdef", 5, "ab…"}, // never half an entity
		{"a&lt;bcdefg", 7, "a&lt;b…"},
		{"héllo wörld", 6, "héllo…"},
	}
	for _, tt := range tests {
		if got := clip(tt.in, tt.n); got != tt.want {
			t.Errorf("clip(%q, %d) = %q; want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

func TestCleanQuestion(t *testing.T) {
	tests := []struct{ text, botUser, want string }{
		{"<@UBOT> compare a vs b", "UBOT", "compare a vs b"},
		{"hey <@UBOT|careerbot>, salary?", "UBOT", "hey , salary?"},
		{"<@UOTHER> earns what", "UBOT", "<@UOTHER> earns what"},
		{"R&amp;D &lt;engineer&gt;", "UBOT", "R&D <engineer>"},
		{"  spaced\n\tout  ", "", "spaced out"},
		// Kept whole: the bot owns the length limit and says when a
		// question is too long.
		{strings.Repeat("a", 5000), "", strings.Repeat("a", 5000)},
	}
	for _, tt := range tests {
		if got := cleanQuestion(tt.text, tt.botUser); got != tt.want {
			t.Errorf("cleanQuestion(%.40q, %q) = %.40q; want %.40q", tt.text, tt.botUser, got, tt.want)
		}
	}
}

// FuzzCleanQuestion checks the fast way of cleaning a question (text
// already single-spaced is kept as it is) against the plain one.
func FuzzCleanQuestion(f *testing.F) {
	for _, s := range []string{"salary lead technician", " lead", "a  b", "a\tb", "a\u00a0b", "a\u2003b", "R&amp;D", "x\u0085y", "", " "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := cleanQuestion(s, ""), strings.Join(strings.Fields(unescape(s)), " "); got != want {
			t.Errorf("cleanQuestion(%q) = %q; want %q", s, got, want)
		}
	})
}

func TestSafeLink(t *testing.T) {
	tests := []struct {
		url  string
		want bool
	}{
		{"https://www.example.com/a", true},
		{"http://example.com", true},
		{"javascript:alert(1)", false},
		{"https://example.com/a|b", false},
		{"https://example.com/>x", false},
		{"", false},
		{"/relative", false},
	}
	for _, tt := range tests {
		if got := safeLink(tt.url); got != tt.want {
			t.Errorf("safeLink(%q) = %v; want %v", tt.url, got, tt.want)
		}
	}
}
