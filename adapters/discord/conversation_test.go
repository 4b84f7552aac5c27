package discord_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/careerbot/careerbot/adapters/discord"
)

// buttons returns the choice buttons of a message payload: label →
// custom_id.
func buttons(t *testing.T, msg map[string]any) map[string]string {
	t.Helper()
	out := map[string]string{}
	rows, _ := msg["components"].([]any)
	for _, r := range rows {
		cs, _ := r.(map[string]any)["components"].([]any)
		for _, c := range cs {
			c := c.(map[string]any)
			if c["type"] == float64(2) {
				out[fmt.Sprint(c["label"])] = fmt.Sprint(c["custom_id"])
			}
		}
	}
	return out
}

// componentClick is a click on the button customID of message messageID,
// as Discord sends it (interaction type 3).
func componentClick(id, customID, messageID, channel, guild, user string) map[string]any {
	i := map[string]any{
		"id":             id,
		"application_id": testAppID,
		"type":           3,
		"token":          "itoken-" + id,
		"version":        1,
		"channel_id":     channel,
		"message":        map[string]any{"id": messageID, "channel_id": channel, "content": "", "flags": 0},
		"data":           map[string]any{"custom_id": customID, "component_type": 2},
	}
	if guild != "" {
		i["guild_id"] = guild
		i["member"] = map[string]any{"user": map[string]any{"id": user, "username": "alice", "discriminator": "0"}}
	} else {
		i["user"] = map[string]any{"id": user, "username": "alice", "discriminator": "0"}
	}
	return i
}

// TestChoiceButtonsEndpoint asks /career for a generic name over the
// interactions endpoint, clicks the button of another career it may mean,
// and gets that career's answer in place of the message (type 7); a
// follow-up then refers to the chosen career.
func TestChoiceButtonsEndpoint(t *testing.T) {
	t.Parallel()
	e := startEndpoint(t, conversationBot(t), false)
	resp := e.ask(t, interaction("700000000000000001", 2, "career", "question", "doctor salary"))
	data, _ := resp["data"].(map[string]any)
	bs := buttons(t, data)
	id, ok := bs["Pediatricians, General"]
	if !ok {
		t.Fatalf("no Pediatricians button among %v in %v", bs, data)
	}
	if len(id) > 100 {
		t.Errorf("custom_id has %d characters; Discord allows 100", len(id))
	}
	if strings.Contains(string(mustJSON(t, data["embeds"])), "• Pediatricians, General") {
		t.Errorf("choices listed in the embeds as well as offered as buttons")
	}

	// The interaction() payloads come from this channel, guild and member.
	click := componentClick("700000000000000002", id, "900000000000000009", "600000000000000006", "400000000000000004", "300000000000000003")
	got := e.ask(t, click)
	if got["type"] != float64(7) {
		t.Fatalf("click answered with type %v; want 7 (update message)", got["type"])
	}
	js := string(mustJSON(t, got["data"]))
	// Pediatricians' median yearly wage in the embedded OEWS data.
	for _, want := range []string{"Pediatricians, General", "$210,130", `"components":[]`} {
		if !strings.Contains(js, want) {
			t.Errorf("updated message lacks %q:\n%s", want, js)
		}
	}

	follow := e.ask(t, interaction("700000000000000003", 2, "career", "question", "what do they do?"))
	if js := string(mustJSON(t, follow["data"])); !strings.Contains(js, "Pediatricians, General") {
		t.Errorf("follow-up after the choice is not about Pediatricians:\n%s", js)
	}
}

// TestChoiceButtonsGateway does the same over the gateway, asking with a
// prefixed message: the click is answered through the interaction callback
// with type 7.
func TestChoiceButtonsGateway(t *testing.T) {
	t.Parallel()
	g := startGateway(t, conversationBot(t), nil)
	const channel, guild, user = "610000000000000001", "410000000000000001", "310000000000000001"
	g.conn.dispatch("MESSAGE_CREATE", messageCreate("910000000000000001", channel, guild, user, false, "!career doctor salary"))
	sent := g.fake.waitCalls(t, "the answer", 1, inChannel(channel))[0]
	msg, _ := sent.message(t)
	id, ok := buttons(t, msg)["Pediatricians, General"]
	if !ok {
		t.Fatalf("no Pediatricians button in %v", msg)
	}

	g.conn.dispatch("INTERACTION_CREATE", componentClick("710000000000000001", id, "910000000000000002", channel, guild, user))
	c := g.fake.waitCalls(t, "the click's response", 1, callbackFor("710000000000000001"))[0]
	resp := c.json(t)
	if resp["type"] != float64(7) {
		t.Fatalf("click answered with type %v; want 7 (update message)", resp["type"])
	}
	if js := string(c.Body); !strings.Contains(js, "$210,130") {
		t.Errorf("updated message lacks Pediatricians' $210,130:\n%s", js)
	}

	// A follow-up message in the same channel by the same user.
	g.conn.dispatch("MESSAGE_CREATE", messageCreate("910000000000000003", channel, guild, user, false, "!career what do they do?"))
	next := g.fake.waitCalls(t, "the follow-up answer", 2, inChannel(channel))[1]
	if js := string(next.Body); !strings.Contains(js, "Pediatricians, General") {
		t.Errorf("follow-up after the choice is not about Pediatricians:\n%s", js)
	}
	// Another user in the channel has a conversation of their own.
	g.conn.dispatch("MESSAGE_CREATE", messageCreate("910000000000000004", channel, guild, "310000000000000002", false, "!career what do they do?"))
	other := g.fake.waitCalls(t, "the other user's answer", 3, inChannel(channel))[2]
	if js := string(other.Body); strings.Contains(js, "Pediatricians, General") {
		t.Errorf("another user's follow-up used the first user's conversation:\n%s", js)
	}
}

// TestChoiceDeferredWhenSlow holds the chosen career's answer past the
// defer time: the click is acknowledged with a deferred update (type 6),
// then the answer replaces the message through the interaction's webhook.
func TestChoiceDeferredWhenSlow(t *testing.T) {
	t.Parallel()
	h := held{Answerer: conversationBot(t), asked: make(chan string, 1), release: make(chan struct{})}
	e := startEndpointWith(t, h, func(c *discord.Config, a *discord.Adapter) {
		if a != nil {
			discord.SetDeferAfter(a, 20*time.Millisecond)
		}
	})
	go func() {
		<-h.asked
		time.Sleep(100 * time.Millisecond) // well past the defer time
		close(h.release)
	}()
	const id = "720000000000000001"
	resp := e.ask(t, componentClick(id, "cb:q:pediatricians, general salary", "920000000000000001", "620000000000000001", "", "320000000000000001"))
	if resp["type"] != float64(6) {
		t.Fatalf("response = %v; want type 6 (deferred update)", resp)
	}
	edit := e.fake.waitCalls(t, "the answer replacing the message", 1, func(c call) bool {
		return c.Method == "PATCH" && c.Path == "/api/v9/webhooks/"+testAppID+"/itoken-"+id+"/messages/@original"
	})[0]
	checkMessage(t, "edited message", edit.json(t))
	if !strings.Contains(string(edit.Body), "$210,130") {
		t.Errorf("edited message lacks Pediatricians' $210,130:\n%s", edit.Body)
	}
}
