package discord_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/bot"
)

// longComparison is far more than one message can hold: three careers, 150
// rows with long labels, a long list and many sources.
func longComparison() bot.Answer {
	a := bot.Answer{
		Kind:    bot.KindCompare,
		Intent:  "compare",
		Title:   "Lead Technician vs Senior Support Technician vs Information Technology Support Technician",
		Summary: "Lead Technician earns $16,156 (21.7%) more a year than Senior Support Technician.",
		Table:   &bot.Table{Columns: []string{"", "Lead Technician", "Senior Support Technician", "Information Technology Support Technician"}},
	}
	for i := range 150 {
		a.Table.Rows = append(a.Table.Rows, bot.Row{
			Label: fmt.Sprintf("Figure %03d with a rather long descriptive label", i),
			Cells: []string{fmt.Sprintf("$%d,%03d a", 90+i, i), fmt.Sprintf("$%d,%03d b", 70+i, i), fmt.Sprintf("$%d,%03d c", 50+i, i)},
		})
	}
	skills := bot.List{Title: "Top skills"}
	for i := range 60 {
		skills.Items = append(skills.Items, fmt.Sprintf("skill number %02d, described at some length so the list grows", i))
	}
	a.Lists = []bot.List{skills}
	for i := range 5 {
		a.Sources = append(a.Sources, bot.Source{Title: fmt.Sprintf("Comparison page %d", i), URL: fmt.Sprintf("https://example.com/%d", i)})
	}
	return a
}

// wantAllOf checks that the messages together show every figure, row label
// and list item of the answer.
func wantAllOf(t *testing.T, a bot.Answer, messages []map[string]any) {
	t.Helper()
	all := ""
	for _, m := range messages {
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		all += string(b)
	}
	var want []string
	for _, r := range a.Table.Rows {
		want = append(want, r.Label)
		want = append(want, r.Cells...)
	}
	for _, l := range a.Lists {
		want = append(want, l.Items...)
	}
	for _, w := range want {
		if !strings.Contains(all, w) {
			t.Fatalf("%q missing from the messages sent", w)
		}
	}
}

func TestLongComparisonIsSplitWithinLimits(t *testing.T) {
	t.Parallel()
	ans := longComparison()

	t.Run("gateway message", func(t *testing.T) {
		t.Parallel()
		g := startGateway(t, fixed{answer: ans}, nil)
		g.conn.dispatch("MESSAGE_CREATE", messageCreate("750000000000000001", "650000000000000001", "", userID, false, "compare them all"))
		// Wait for the last message: the one with the footer.
		g.fake.wait(t, "the message with the sources footer", func() bool {
			for _, c := range g.fake.calls {
				if inChannel("650000000000000001")(c) && strings.Contains(string(c.Body), "Comparison page 4") {
					return true
				}
			}
			return false
		})
		calls := g.fake.callsMatching(inChannel("650000000000000001"))
		if len(calls) < 3 {
			t.Fatalf("%d messages; want the answer split over several", len(calls))
		}
		var bodies []map[string]any
		for i, c := range calls {
			m := c.json(t)
			checkMessage(t, fmt.Sprintf("message %d", i), m)
			if _, ok := m["message_reference"]; ok != (i == 0) {
				t.Errorf("message %d: message_reference present = %v; want only on the first", i, ok)
			}
			bodies = append(bodies, m)
		}
		wantAllOf(t, ans, bodies)
	})

	t.Run("interactions endpoint with follow-ups", func(t *testing.T) {
		t.Parallel()
		e := startEndpoint(t, fixed{answer: ans}, true)
		resp := e.ask(t, interaction("930000000000000001", 2, "compare", "first", "a", "second", "b", "third", "c"))
		first, _ := resp["data"].(map[string]any)
		checkMessage(t, "interaction response", first)
		// Follow-ups go out after the response; the last carries the footer.
		e.fake.wait(t, "the follow-up with the sources footer", func() bool {
			for _, c := range e.fake.calls {
				if followupsFor("930000000000000001")(c) && strings.Contains(string(c.Body), "Comparison page 4") {
					return true
				}
			}
			return false
		})
		followups := e.fake.callsMatching(followupsFor("930000000000000001"))
		if len(followups) < 2 {
			t.Fatalf("%d follow-ups; want the rest of the answer in several", len(followups))
		}
		bodies := []map[string]any{first}
		for i, c := range followups {
			m := c.json(t)
			checkMessage(t, fmt.Sprintf("follow-up %d", i), m)
			if m["flags"] != float64(64) {
				t.Errorf("follow-up %d flags = %v; want 64 (ephemeral, like the response)", i, m["flags"])
			}
			bodies = append(bodies, m)
		}
		wantAllOf(t, ans, bodies)
	})
}

func TestEmbedsRefusedFallsBackToPlainText(t *testing.T) {
	t.Parallel()
	ans := longComparison()
	g := startGateway(t, fixed{answer: ans}, nil)
	g.conn.dispatch("MESSAGE_CREATE", messageCreate("760000000000000001", "no-embeds", "", userID, false, "compare them all"))
	g.fake.wait(t, "the plain-text message with the sources", func() bool {
		for _, c := range g.fake.calls {
			if inChannel("no-embeds")(c) && strings.Contains(string(c.Body), "Sources: Comparison page 0") {
				return true
			}
		}
		return false
	})
	var sent []map[string]any
	for _, c := range g.fake.callsMatching(inChannel("no-embeds")) {
		m := c.json(t)
		if m["embeds"] != nil {
			continue // the refused attempt
		}
		checkMessage(t, fmt.Sprintf("plain message %d", len(sent)), m)
		if runes(m["content"]) == 0 {
			t.Errorf("plain message %d has no content", len(sent))
		}
		sent = append(sent, m)
	}
	if len(sent) < 2 {
		t.Fatalf("%d plain messages; want the long answer split under 2,000 characters each", len(sent))
	}
	if _, ok := sent[0]["message_reference"]; !ok {
		t.Error("first plain message does not reply to the question")
	}
	wantAllOf(t, ans, sent)
	if !strings.Contains(g.logs.String(), "sending plain text") {
		t.Errorf("logs do not mention the fallback:\n%s", g.logs)
	}
}
