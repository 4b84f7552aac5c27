package discord

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/careerbot/careerbot/bot"
)

// checkComponents checks choice components against Discord's limits: at
// most 5 rows of at most 5 buttons or one select, custom_ids of at most 100
// characters and unique, button labels of at most 80, select options at
// most 25 with labels and values of at most 100.
func checkComponents(t *testing.T, rows []discordgo.MessageComponent) {
	t.Helper()
	if len(rows) > 5 {
		t.Errorf("%d action rows; Discord allows 5", len(rows))
	}
	ids := map[string]bool{}
	id := func(s string) {
		if s == "" || runes(s) > 100 || ids[s] {
			t.Errorf("custom_id %q: empty, over 100 characters or repeated", s)
		}
		ids[s] = true
	}
	for _, r := range rows {
		row, ok := r.(discordgo.ActionsRow)
		if !ok {
			t.Fatalf("top-level component %T; want an action row", r)
		}
		if n := len(row.Components); n == 0 || n > 5 {
			t.Errorf("action row holds %d components; want 1..5", n)
		}
		for _, c := range row.Components {
			switch c := c.(type) {
			case discordgo.Button:
				id(c.CustomID)
				if n := runes(c.Label); n == 0 || n > 80 {
					t.Errorf("button label has %d characters; want 1..80", n)
				}
			case discordgo.SelectMenu:
				id(c.CustomID)
				if len(row.Components) != 1 {
					t.Errorf("a select shares its row with %d other components", len(row.Components)-1)
				}
				if n := len(c.Options); n == 0 || n > 25 {
					t.Errorf("select has %d options; want 1..25", n)
				}
				values := map[string]bool{}
				for _, o := range c.Options {
					if runes(o.Label) == 0 || runes(o.Label) > 100 || o.Value == "" || runes(o.Value) > 100 || values[o.Value] {
						t.Errorf("option %q valued %q: want 1..100 characters each and unique values", o.Label, o.Value)
					}
					values[o.Value] = true
				}
			default:
				t.Errorf("component %T in a row", c)
			}
		}
	}
}

func TestChoiceComponents(t *testing.T) {
	choices := func(n int, question string) []bot.Choice {
		var out []bot.Choice
		for i := range n {
			out = append(out, bot.Choice{Key: fmt.Sprint(i), Label: fmt.Sprintf("Career %d", i), Question: fmt.Sprintf(question, i)})
		}
		return out
	}
	long := strings.Repeat("very ", 30) + "long question about career %d"
	tests := []struct {
		name        string
		choices     []bot.Choice
		wantButtons int
		wantOptions int
		wantAll     bool
		wantAsk     string // what a click on the first one asks
	}{
		{"none", nil, 0, 0, false, ""},
		{"three buttons", choices(3, "salary of career %d"), 3, 0, true, "salary of career 0"},
		{"five buttons", choices(5, "salary of career %d"), 5, 0, true, "salary of career 0"},
		{"six in a select", choices(6, "salary of career %d"), 0, 6, true, "salary of career 0"},
		{"thirty, 25 in a select", choices(30, "salary of career %d"), 0, 25, false, "salary of career 0"},
		{"too long: the name instead", choices(2, long), 2, 0, true, "career 0"},
		{"same question twice", []bot.Choice{{Label: "A", Question: "q"}, {Label: "B", Question: "q"}}, 1, 0, false, "q"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, all := choiceComponents(tt.choices)
			checkComponents(t, rows)
			if all != tt.wantAll {
				t.Errorf("all offered = %v; want %v", all, tt.wantAll)
			}
			buttons, options := 0, 0
			var first discordgo.MessageComponentInteractionData
			for _, r := range rows {
				for _, c := range r.(discordgo.ActionsRow).Components {
					switch c := c.(type) {
					case discordgo.Button:
						if buttons == 0 {
							first = discordgo.MessageComponentInteractionData{CustomID: c.CustomID, ComponentType: discordgo.ButtonComponent}
						}
						buttons++
					case discordgo.SelectMenu:
						options += len(c.Options)
						first = discordgo.MessageComponentInteractionData{CustomID: c.CustomID, ComponentType: discordgo.SelectMenuComponent, Values: []string{c.Options[0].Value}}
					}
				}
			}
			if buttons != tt.wantButtons || options != tt.wantOptions {
				t.Errorf("%d buttons and %d options; want %d and %d", buttons, options, tt.wantButtons, tt.wantOptions)
			}
			if tt.wantAsk == "" {
				return
			}
			if q, ok := clickedQuestion(first); !ok || q != tt.wantAsk {
				t.Errorf("a click on the first asks %q (%v); want %q", q, ok, tt.wantAsk)
			}
		})
	}
}

func TestClickedQuestionRefuses(t *testing.T) {
	for _, d := range []discordgo.MessageComponentInteractionData{
		{CustomID: "x"},
		{CustomID: choicePrefix},
		{CustomID: choicePrefix + "   "},
		{CustomID: choiceSelectID},
		{CustomID: choiceSelectID, Values: []string{"a", "b"}},
		{CustomID: choiceSelectID, Values: []string{strings.Repeat("a", 101)}},
	} {
		if q, ok := clickedQuestion(d); ok {
			t.Errorf("clickedQuestion(%+v) = %q; want refused", d, q)
		}
	}
}
