package discord

import (
	"encoding/json"
	"fmt"
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
func fuzzAnswer(kind, cols, rows uint8, title, text, cell, url string) bot.Answer {
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
	for i := range int(rows % 30) {
		a.Choices = append(a.Choices, bot.Choice{Key: cell, Label: a.Lists[0].Items[i%len(a.Lists[0].Items)], Question: text + cell})
	}
	return a
}

// FuzzRender renders fuzzed answers as embeds and as plain text: never a
// panic, every message within Discord's limits and encodable, and no
// message able to ping anyone.
func FuzzRender(f *testing.F) {
	f.Add(uint8(0), uint8(2), uint8(5), "Lead Technician", "earns $90,615 a year", "$74,459", "https://example.com/a")
	f.Add(uint8(1), uint8(0), uint8(39), "@everyone", "**bold** __u__ ~~s~~ `code` <@123>", "<@&456> ||spoiler||", "javascript:alert(1)")
	f.Add(uint8(5), uint8(7), uint8(3), strings.Repeat("é", 300), strings.Repeat("x", 4100), strings.Repeat("\u200b", 1030), "")
	f.Add(uint8(3), uint8(1), uint8(1), "", "", "", "http://[::1")
	f.Fuzz(func(t *testing.T, kind, cols, rows uint8, title, text, cell, url string) {
		a := fuzzAnswer(kind, cols, rows, title, text, cell, url)
		replies := render(a)
		if len(replies) == 0 {
			t.Fatal("render gave no message")
		}
		checkComponents(t, replies[0].Components)
		for i, r := range replies {
			if i > 0 && len(r.Components) > 0 {
				t.Errorf("message %d has components; only the first may", i)
			}
			checkReply(t, fmt.Sprintf("embed message %d", i), r)
			if _, err := json.Marshal(r); err != nil {
				t.Fatalf("message %d does not encode: %v", i, err)
			}
		}
		plain := renderText(a)
		if len(plain) == 0 {
			t.Fatal("renderText gave no message")
		}
		for i, r := range plain {
			if n := runes(r.Content); n == 0 || n > maxContent {
				t.Errorf("plain message %d has %d characters; want 1 to %d", i, n, maxContent)
			}
		}
	})
}
