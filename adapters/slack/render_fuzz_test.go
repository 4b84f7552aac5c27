package slack

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/bot"
)

// fuzzKinds are the answer kinds a fuzzed answer takes, by index.
var fuzzKinds = []bot.Kind{bot.KindCompare, bot.KindProfile, bot.KindRanking, bot.KindList,
	bot.KindHelp, bot.KindUnknown, bot.KindHint, bot.KindError}

// fuzzAnswer builds an answer from fuzzed text: every piece of text the
// router may echo from users or pages, repeated cols×rows times so that
// the renderer's limits are reached.
func fuzzAnswer(kind uint8, cols, rows uint8, title, text, cell, url string) bot.Answer {
	a := bot.Answer{
		Kind:        fuzzKinds[int(kind)%len(fuzzKinds)],
		Intent:      "fuzz",
		Title:       title,
		Summary:     text,
		Suggestions: []string{text, cell},
		Sources:     []bot.Source{{Title: title, URL: url}, {Title: cell}},
	}
	nc, nr := int(cols%6), int(rows%24)
	a.Fields = make([]bot.Field, nr)
	for i := range a.Fields {
		a.Fields[i] = bot.Field{Label: title, Value: cell, Source: text}
	}
	if nc > 0 {
		t := &bot.Table{Columns: []string{title}}
		for range nc {
			t.Columns = append(t.Columns, cell)
		}
		for range nr {
			r := bot.Row{Label: text}
			for range nc {
				r.Cells = append(r.Cells, cell)
			}
			t.Rows = append(t.Rows, r)
		}
		a.Table = t
	}
	a.Lists = []bot.List{{Title: title, Items: strings.Split(strings.Repeat(cell+"\n", nr), "\n")}}
	for i := range int(rows % 9) {
		a.Choices = append(a.Choices, bot.Choice{Key: cell, Label: a.Lists[0].Items[i%len(a.Lists[0].Items)], Question: text})
	}
	return a
}

// FuzzRender renders fuzzed answers, with and without the share button
// and the "shared by" line: never a panic, always within Slack's limits,
// and always JSON Slack can take.
func FuzzRender(f *testing.F) {
	f.Add(uint8(0), uint8(2), uint8(5), "Lead Technician", "earns $90,615 a year", "$74,459", "https://example.com/a", "compare a vs b")
	f.Add(uint8(1), uint8(0), uint8(39), "<!channel>", "*bold* _it_ ~s~ `code` <@U1>", "&lt;&amp;&gt;", "javascript:alert(1)", "<https://evil|x>")
	f.Add(uint8(5), uint8(7), uint8(3), strings.Repeat("é", 200), strings.Repeat("x", 3100), strings.Repeat("\u200b", 2100), "", strings.Repeat("q", 2100))
	f.Add(uint8(3), uint8(1), uint8(1), "", "", "", "http://[::1", "")
	f.Fuzz(func(t *testing.T, kind, cols, rows uint8, title, text, cell, url, question string) {
		a := fuzzAnswer(kind, cols, rows, title, text, cell, url)
		for _, opts := range []renderOptions{{}, {ShareQuestion: question}, {SharedBy: "U1", Question: question},
			{Choices: true, Thread: url, ShareQuestion: question}} {
			m := render(a, opts)
			checkLimits(t, m)
			if _, err := json.Marshal(m.Blocks); err != nil {
				t.Fatalf("blocks do not encode: %v", err)
			}
			checkReplyBytes(t, newReply(VisibilityEphemeral, m))
		}
	})
}
