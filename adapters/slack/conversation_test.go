package slack_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/careerbot/careerbot/adapters/slack"
	"github.com/careerbot/careerbot/bot"
)

// conversationBot is the real bot on the seed pages and official data,
// remembering conversations in memory.
func conversationBot(t *testing.T) *bot.Bot {
	b, _ := conversationBotStore(t)
	return b
}

// conversationBotStore is conversationBot and its store, for the adapter
// to pass conversations on to threads.
func conversationBotStore(t *testing.T) (*bot.Bot, bot.Conversations) {
	t.Helper()
	store := bot.NewMemoryConversations(time.Hour, 100)
	return realBot(t).WithConversations(store), store
}

// choiceButton is a choice button as the message carries it.
type choiceButton struct {
	BlockID, ActionID, Value, Label string
}

// choiceButtons returns the choice buttons of a message's blocks.
func choiceButtons(t *testing.T, blocks string) []choiceButton {
	t.Helper()
	var bs []struct {
		Type     string `json:"type"`
		BlockID  string `json:"block_id"`
		Elements []struct {
			Type     string          `json:"type"`
			ActionID string          `json:"action_id"`
			Value    string          `json:"value"`
			Text     json.RawMessage `json:"text"` // a text object on buttons, a string in context blocks
		} `json:"elements"`
	}
	if err := json.Unmarshal([]byte(blocks), &bs); err != nil {
		t.Fatalf("blocks are not JSON: %v", err)
	}
	var out []choiceButton
	for _, b := range bs {
		for _, e := range b.Elements {
			if b.Type == "actions" && e.Type == "button" && strings.HasPrefix(e.ActionID, "careerbot_choice") {
				var text struct{ Text string }
				if err := json.Unmarshal(e.Text, &text); err != nil {
					t.Fatalf("button text: %v", err)
				}
				out = append(out, choiceButton{b.BlockID, e.ActionID, e.Value, text.Text})
			}
		}
	}
	return out
}

// pick returns the button labelled label.
func pick(t *testing.T, buttons []choiceButton, label string) choiceButton {
	t.Helper()
	for _, b := range buttons {
		if b.Label == label {
			return b
		}
	}
	t.Fatalf("no %q among the choice buttons %+v", label, buttons)
	return choiceButton{}
}

// click is the block_actions payload Slack sends for a click on b.
func click(b choiceButton, user, channel, messageTS, threadTS, responseURL string, ephemeral bool) url.Values {
	payload := map[string]any{
		"type": "block_actions", "team": map[string]any{"id": "T1"}, "user": map[string]any{"id": user},
		"channel":   map[string]any{"id": channel},
		"container": map[string]any{"type": "message", "message_ts": messageTS, "thread_ts": threadTS, "channel_id": channel, "is_ephemeral": ephemeral},
		"message":   map[string]any{"ts": messageTS, "thread_ts": threadTS},
		"actions": []map[string]any{{"type": "button", "action_id": b.ActionID, "block_id": b.BlockID,
			"value": b.Value, "text": map[string]any{"type": "plain_text", "text": b.Label}}},
	}
	if responseURL != "" {
		payload["response_url"] = responseURL
	}
	js, _ := json.Marshal(payload)
	return url.Values{"payload": {string(js)}}
}

// TestChoiceButtons asks for a generic name ("doctor"), clicks the
// button of another career it may mean, and gets that career's answer in
// place of the message; a follow-up then refers to the chosen career.
func TestChoiceButtons(t *testing.T) {
	for _, viaResponseURL := range []bool{true, false} {
		name := map[bool]string{true: "response_url", false: "chat.update"}[viaResponseURL]
		t.Run(name, func(t *testing.T) {
			f := newFakeSlack(t)
			bt, store := conversationBotStore(t)
			a := newAdapter(t, f, slack.Config{SigningSecret: testSecret, BotToken: testBotToken, Conversations: store}, bt)
			srv := serve(t, a)

			postEvent(t, srv, callback("EvDoc", mention("C1", "1700000001.000100", "", "<@UBOT> doctor salary")))
			first := f.nextPost(t)
			buttons := choiceButtons(t, first.Blocks)
			if len(buttons) == 0 || len(buttons) > 5 {
				t.Fatalf("%d choice buttons; want 1..5:\n%s", len(buttons), first.Blocks)
			}
			if text := blocksText(t, first.Blocks); strings.Contains(text, "• Pediatricians, General") {
				t.Errorf("the choices are listed as well as offered as buttons:\n%s", text)
			}
			b := pick(t, buttons, "Pediatricians, General")

			responseURL := ""
			if viaResponseURL {
				responseURL = f.responseURL()
			}
			// The answer went into a thread under the question: the click
			// comes from there.
			form := click(b, "U1", "C1", "1700000000.000100", "1700000001.000100", responseURL, false)
			if code, _ := postForm(t, srv, "/slack/interactivity", form); code != http.StatusOK {
				t.Fatalf("POST /slack/interactivity = %d; want 200", code)
			}
			got := f.nextPost(t)
			switch {
			case viaResponseURL && (got.Via != "response_url" || !got.ReplaceOriginal):
				t.Fatalf("choice answered via %s (replace_original %v); want response_url replacing the original", got.Via, got.ReplaceOriginal)
			case !viaResponseURL && (got.Via != "chat.update" || got.Channel != "C1" || got.TS != "1700000000.000100"):
				t.Fatalf("choice answered via %s in %s at %s; want chat.update of C1 1700000000.000100", got.Via, got.Channel, got.TS)
			}
			// Pediatricians' median yearly wage in the embedded OEWS data.
			text := blocksText(t, got.Blocks)
			for _, want := range []string{"Pediatricians, General", "$210,130"} {
				if !strings.Contains(text, want) {
					t.Errorf("choice answer lacks %q:\n%s", want, text)
				}
			}

			// The conversation (user U1 at the channel's top level) now
			// is about the chosen career.
			postEvent(t, srv, callback("EvFollow", mention("C1", "1700000002.000100", "", "<@UBOT> what do they do?")))
			next := f.nextPost(t)
			if text := blocksText(t, next.Blocks); !strings.Contains(text, "Pediatricians, General") {
				t.Errorf("follow-up after the choice is not about Pediatricians:\n%s", text)
			}
			// So does a follow-up in the thread the answer is in.
			postEvent(t, srv, callback("EvThread", mention("C1", "1700000003.000100", "1700000001.000100", "<@UBOT> and their skills?")))
			inThread := f.nextPost(t)
			if text := blocksText(t, inThread.Blocks); !strings.Contains(text, "Pediatricians, General") {
				t.Errorf("follow-up in the answer's thread is not about Pediatricians:\n%s", text)
			}
		})
	}
}

// TestChoiceSocketMode clicks a choice over Socket Mode.
func TestChoiceSocketMode(t *testing.T) {
	f := newFakeSlack(t)
	a := newAdapter(t, f, socketConfig(), conversationBot(t))
	runSocket(t, a)
	conn := f.nextConn(t)
	waitReady(t, a)

	conn.envelope("events_api", callback("EvDoc", directMessage("D1", "1700000001.000100", "doctor salary")))
	conn.nextAck(t)
	first := f.nextPost(t)
	b := pick(t, choiceButtons(t, first.Blocks), "Pediatricians, General")

	var payload map[string]any
	_ = json.Unmarshal([]byte(click(b, "U1", "D1", "1700000000.000100", "", f.responseURL(), false).Get("payload")), &payload)
	conn.envelope("interactive", payload)
	conn.nextAck(t)
	got := f.nextPost(t)
	if got.Via != "response_url" || !got.ReplaceOriginal {
		t.Fatalf("choice answered via %s (replace_original %v); want the response_url, replacing", got.Via, got.ReplaceOriginal)
	}
	if text := blocksText(t, got.Blocks); !strings.Contains(text, "$210,130") {
		t.Errorf("choice answer lacks Pediatricians' $210,130:\n%s", text)
	}
}

// TestFollowUpKeys checks which messages share a conversation: the same
// user in the same channel and thread do; another user, another thread or
// another channel do not.
func TestFollowUpKeys(t *testing.T) {
	f := newFakeSlack(t)
	b, store := conversationBotStore(t)
	a := newAdapter(t, f, slack.Config{SigningSecret: testSecret, BotToken: testBotToken, Conversations: store}, b)
	srv := serve(t, a)

	ask := func(id string, ev map[string]any) string {
		t.Helper()
		postEvent(t, srv, callback(id, ev))
		return blocksText(t, f.nextPost(t).Blocks)
	}
	ask("E1", mention("C1", "1700000001.000100", "", "<@UBOT> compare registered nurse vs electrician"))
	// Hourly medians of the embedded OEWS data: $45.00 and $29.98.
	if text := ask("E2", mention("C1", "1700000002.000100", "", "<@UBOT> and hourly?")); !strings.Contains(text, "Registered Nurses vs Electricians") || !strings.Contains(text, "$29.98") {
		t.Errorf("follow-up in the same channel lost the comparison:\n%s", text)
	}
	other := mention("C1", "1700000003.000100", "", "<@UBOT> and hourly?")
	other["user"] = "U2"
	if text := ask("E3", other); strings.Contains(text, "$29.98") {
		t.Errorf("another user's follow-up used U1's conversation:\n%s", text)
	}
	// The first question was answered in a thread of its own: a follow-up
	// there keeps its context.
	if text := ask("E4", mention("C1", "1700000004.000100", "1700000001.000100", "<@UBOT> and hourly?")); !strings.Contains(text, "Registered Nurses vs Electricians") || !strings.Contains(text, "$29.98") {
		t.Errorf("a follow-up in the answer's thread lost the comparison:\n%s", text)
	}
	if text := ask("E4b", mention("C1", "1700000004.000200", "1699999999.000100", "<@UBOT> and hourly?")); strings.Contains(text, "$29.98") {
		t.Errorf("a follow-up in another thread used the channel's conversation:\n%s", text)
	}
	if text := ask("E5", directMessage("D1", "1700000005.000100", "and hourly?")); strings.Contains(text, "$29.98") {
		t.Errorf("a DM used the channel's conversation:\n%s", text)
	}

	// Slash commands: the user in the channel.
	command := func(text string) string {
		t.Helper()
		_, body := postForm(t, srv, "/slack/commands", url.Values{"text": {text}, "user_id": {"U1"}, "channel_id": {"C9"}, "team_id": {"T1"}})
		var rep commandReply
		if err := json.Unmarshal([]byte(body), &rep); err != nil {
			t.Fatal(err)
		}
		return blocksText(t, rep.blocksJSON(t))
	}
	command("what does an electrician do")
	if text := command("and how much do they make?"); !strings.Contains(text, "$62,350") {
		t.Errorf("slash command follow-up lost the career:\n%s", text)
	}
}
