package slack_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/careerbot/careerbot/adapters/slack"
	"github.com/careerbot/careerbot/bot"
)

func TestNew(t *testing.T) {
	tests := []struct {
		name    string
		cfg     slack.Config
		wantErr string // substring; empty for no error
	}{
		{"http only", slack.Config{SigningSecret: testSecret}, ""},
		{"http with bot token", slack.Config{SigningSecret: testSecret, BotToken: testBotToken}, ""},
		{"socket mode", slack.Config{AppToken: testAppToken, BotToken: testBotToken}, ""},
		{"in_channel", slack.Config{SigningSecret: testSecret, DefaultVisibility: "in_channel"}, ""},
		{"nothing set", slack.Config{}, "SLACK_SIGNING_SECRET"},
		{"app token without bot token", slack.Config{AppToken: testAppToken}, "SLACK_BOT_TOKEN"},
		{"bot token in app token", slack.Config{AppToken: testBotToken, BotToken: testBotToken}, "SLACK_APP_TOKEN"},
		{"app token in bot token", slack.Config{SigningSecret: testSecret, BotToken: testAppToken}, "SLACK_BOT_TOKEN"},
		{"bad visibility", slack.Config{SigningSecret: testSecret, DefaultVisibility: "public"}, "CAREERBOT_SLACK_DEFAULT_VISIBILITY"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := slack.New(tt.cfg, newEchoBot())
			if tt.wantErr == "" {
				if err != nil || a == nil {
					t.Fatalf("New(%+v) = %v, %v; want an adapter", tt.cfg, a, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("New() error = %v; want one naming %s", err, tt.wantErr)
			}
			for _, secret := range []string{testSecret, testBotToken, testAppToken} {
				if strings.Contains(err.Error(), secret) {
					t.Errorf("error %q contains a secret", err)
				}
			}
		})
	}
	if _, err := slack.New(slack.Config{SigningSecret: testSecret}, nil); err == nil {
		t.Error("New with a nil Answerer succeeded; want an error")
	}
}

func TestRegisterWithoutSigningSecret(t *testing.T) {
	a := newAdapter(t, nil, slack.Config{AppToken: testAppToken, BotToken: testBotToken}, newEchoBot())
	srv := serve(t, a)
	code, _ := postForm(t, srv, "/slack/commands", url.Values{"text": {"hi"}})
	if code != http.StatusNotFound {
		t.Errorf("POST /slack/commands without a signing secret = %d; want 404", code)
	}
	if a.Ready() {
		t.Error("Ready() = true before Socket Mode connected; want false")
	}
}

func TestSignatures(t *testing.T) {
	b := newEchoBot()
	a := newAdapter(t, nil, slack.Config{SigningSecret: testSecret}, b)
	srv := serve(t, a)
	body := []byte(url.Values{"command": {"/career"}, "text": {"hello"}}.Encode())
	tests := []struct {
		name   string
		req    func(path string) *http.Request
		status int
	}{
		{"valid", func(path string) *http.Request {
			return signed(t, srv, path, "application/x-www-form-urlencoded", body, time.Now())
		}, http.StatusOK},
		{"wrong signature", func(path string) *http.Request {
			req := signed(t, srv, path, "application/x-www-form-urlencoded", body, time.Now())
			req.Header.Set("X-Slack-Signature", "v0="+strings.Repeat("ab", 32))
			return req
		}, http.StatusUnauthorized},
		{"body changed after signing", func(path string) *http.Request {
			req := signed(t, srv, path, "application/x-www-form-urlencoded", body, time.Now())
			tampered := append(bytes.Clone(body), "&x=1"...)
			req.Body = io.NopCloser(bytes.NewReader(tampered))
			req.ContentLength = int64(len(tampered))
			return req
		}, http.StatusUnauthorized},
		{"signed with another secret", func(path string) *http.Request {
			req := signed(t, srv, path, "application/x-www-form-urlencoded", body, time.Now())
			req.Header.Set("X-Slack-Signature", "v0=0000000000000000000000000000000000000000000000000000000000000000")
			return req
		}, http.StatusUnauthorized},
		{"not hex", func(path string) *http.Request {
			req := signed(t, srv, path, "application/x-www-form-urlencoded", body, time.Now())
			req.Header.Set("X-Slack-Signature", "v0=zz")
			return req
		}, http.StatusUnauthorized},
		{"missing signature", func(path string) *http.Request {
			req := signed(t, srv, path, "application/x-www-form-urlencoded", body, time.Now())
			req.Header.Del("X-Slack-Signature")
			return req
		}, http.StatusUnauthorized},
		{"missing timestamp", func(path string) *http.Request {
			req := signed(t, srv, path, "application/x-www-form-urlencoded", body, time.Now())
			req.Header.Del("X-Slack-Request-Timestamp")
			return req
		}, http.StatusUnauthorized},
		{"stale: signed 6 minutes ago", func(path string) *http.Request {
			return signed(t, srv, path, "application/x-www-form-urlencoded", body, time.Now().Add(-6*time.Minute))
		}, http.StatusUnauthorized},
		{"from the future", func(path string) *http.Request {
			return signed(t, srv, path, "application/x-www-form-urlencoded", body, time.Now().Add(6*time.Minute))
		}, http.StatusUnauthorized},
		{"body over the limit", func(path string) *http.Request {
			big := bytes.Repeat([]byte("a"), slack.MaxBodyBytes+1)
			return signed(t, srv, path, "application/x-www-form-urlencoded", big, time.Now())
		}, http.StatusRequestEntityTooLarge},
	}
	for _, path := range []string{"/slack/commands", "/slack/events", "/slack/interactivity"} {
		for _, tt := range tests {
			if tt.status == http.StatusOK && path != "/slack/commands" {
				continue // a valid form is not a valid event or click; see the other tests
			}
			t.Run(path+"/"+tt.name, func(t *testing.T) {
				before := len(b.all())
				code, _ := do(t, tt.req(path))
				if code != tt.status {
					t.Errorf("POST %s (%s) = %d; want %d", path, tt.name, code, tt.status)
				}
				asked := len(b.all()) - before
				if tt.status != http.StatusOK && asked != 0 {
					t.Errorf("rejected request reached the bot (%d questions)", asked)
				}
			})
		}
	}
}

func TestGetNotAllowed(t *testing.T) {
	a := newAdapter(t, nil, slack.Config{SigningSecret: testSecret}, newEchoBot())
	srv := serve(t, a)
	res, err := http.Get(srv.URL + "/slack/events")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET /slack/events = %d; want 405", res.StatusCode)
	}
}

func TestURLVerification(t *testing.T) {
	a := newAdapter(t, nil, slack.Config{SigningSecret: testSecret}, newEchoBot())
	srv := serve(t, a)
	code, body := postEvent(t, srv, map[string]any{"token": "x", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", "type": "url_verification"})
	if code != http.StatusOK || body != "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" {
		t.Errorf("url_verification = %d %q; want 200 and the challenge", code, body)
	}
}

// commandReply is the body of a slash command response.
type commandReply struct {
	ResponseType string            `json:"response_type"`
	Text         string            `json:"text"`
	Blocks       []json.RawMessage `json:"blocks"`
}

func (r commandReply) blocksJSON(t *testing.T) string {
	t.Helper()
	js, err := json.Marshal(r.Blocks)
	if err != nil {
		t.Fatal(err)
	}
	return string(js)
}

// shareButtonValue returns the value of the "Share in channel" button in
// blocks, or "" when there is none.
func shareButtonValue(t *testing.T, blocks string) string {
	t.Helper()
	var bs []struct {
		Type     string `json:"type"`
		Elements []struct {
			Type     string          `json:"type"`
			ActionID string          `json:"action_id"`
			Value    string          `json:"value"`
			Text     json.RawMessage `json:"text"`
		} `json:"elements"`
	}
	if err := json.Unmarshal([]byte(blocks), &bs); err != nil {
		t.Fatal(err)
	}
	for _, b := range bs {
		for _, e := range b.Elements {
			var label struct{ Text string }
			if b.Type == "actions" && e.Type == "button" && json.Unmarshal(e.Text, &label) == nil && label.Text == "Share in channel" {
				return e.Value
			}
		}
	}
	return ""
}

func TestSlashCommand(t *testing.T) {
	tests := []struct {
		name       string
		visibility string
		text       string // as Slack sends it
		wantAsked  string
		wantType   string
		wantShare  bool
	}{
		{"ephemeral by default", "", "compare lead technician vs senior support technician",
			"compare lead technician vs senior support technician", "ephemeral", true},
		{"in_channel when configured", "in_channel", "salary of lead technician",
			"salary of lead technician", "in_channel", false},
		{"slack escaping undone, spaces collapsed", "", "  R&amp;D   engineer &lt;3 ",
			"R&D engineer <3", "ephemeral", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newEchoBot()
			a := newAdapter(t, nil, slack.Config{SigningSecret: testSecret, DefaultVisibility: tt.visibility}, b)
			srv := serve(t, a)
			code, body := postForm(t, srv, "/slack/commands", url.Values{
				"command": {"/career"}, "text": {tt.text}, "user_id": {"U1"}, "channel_id": {"C1"},
				"response_url": {"http://127.0.0.1:1/unused"},
			})
			if code != http.StatusOK {
				t.Fatalf("POST /slack/commands = %d %s; want 200", code, body)
			}
			if got := b.all(); len(got) != 1 || got[0] != tt.wantAsked {
				t.Errorf("bot asked %q; want [%q]", got, tt.wantAsked)
			}
			var rep commandReply
			if err := json.Unmarshal([]byte(body), &rep); err != nil {
				t.Fatalf("reply is not JSON: %v\n%s", err, body)
			}
			if rep.ResponseType != tt.wantType {
				t.Errorf("response_type = %q; want %q", rep.ResponseType, tt.wantType)
			}
			if rep.Text == "" || len(rep.Blocks) == 0 {
				t.Errorf("reply lacks text or blocks: %s", body)
			}
			value := shareButtonValue(t, rep.blocksJSON(t))
			if tt.wantShare && value != tt.wantAsked {
				t.Errorf("share button value = %q; want the question %q", value, tt.wantAsked)
			}
			if !tt.wantShare && value != "" {
				t.Errorf("in_channel reply has a share button (value %q)", value)
			}
		})
	}
}

// TestEchoedTextEscaped sends questions that try to notify everyone or
// link somewhere; the answer quotes them, and they must show as typed.
func TestEchoedTextEscaped(t *testing.T) {
	for _, q := range []string{"<!channel> hi", "<!here>", "<@U999> salary", "<https://evil.example|click me>", "&lt;!everyone&gt;"} {
		t.Run(q, func(t *testing.T) {
			a := newAdapter(t, nil, slack.Config{SigningSecret: testSecret}, newEchoBot())
			srv := serve(t, a)
			_, body := postForm(t, srv, "/slack/commands", url.Values{"text": {q}})
			var rep commandReply
			if err := json.Unmarshal([]byte(body), &rep); err != nil {
				t.Fatal(err)
			}
			shown := rep.Text + blocksText(t, rep.blocksJSON(t))
			for _, bad := range []string{"<!channel>", "<!here>", "<!everyone>", "<@U999>", "<https://evil"} {
				if strings.Contains(shown, bad) {
					t.Errorf("reply to %q shows live markup %q:\n%s", q, bad, shown)
				}
			}
			if !strings.Contains(shown, "&lt;") {
				t.Errorf("reply to %q does not quote the question escaped:\n%s", q, shown)
			}
		})
	}
}

func TestSlashCommandSlowAnswer(t *testing.T) {
	f := newFakeSlack(t)
	b := newEchoBot()
	b.release = make(chan struct{})
	a := newAdapter(t, f, slack.Config{SigningSecret: testSecret}, b)
	slack.SetAckWait(a, 20*time.Millisecond)
	srv := serve(t, a)

	code, body := postForm(t, srv, "/slack/commands", url.Values{"text": {"slow question"}, "response_url": {f.responseURL()}})
	if code != http.StatusOK || body != "" {
		t.Fatalf("slow slash command = %d %q; want an empty 200 acknowledgement", code, body)
	}
	close(b.release)
	p := f.nextPost(t)
	if p.Via != "response_url" || p.ResponseType != "ephemeral" || !strings.Contains(blocksText(t, p.Blocks), "slow question") {
		t.Errorf("late answer = %+v; want it posted ephemeral to the response_url", p)
	}
	f.noPost(t)
}

func TestShareButton(t *testing.T) {
	tests := []struct {
		name        string
		responseURL bool
		wantVia     []string
	}{
		{"via response_url", true, []string{"response_url", "response_url"}},
		{"via chat.postMessage without response_url", false, []string{"chat.postMessage"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeSlack(t)
			b := newEchoBot()
			a := newAdapter(t, f, slack.Config{SigningSecret: testSecret, BotToken: testBotToken}, b)
			srv := serve(t, a)

			// The question comes back from the button on the ephemeral answer.
			_, body := postForm(t, srv, "/slack/commands", url.Values{"text": {"lead technician salary"}, "user_id": {"U1"}})
			var rep commandReply
			if err := json.Unmarshal([]byte(body), &rep); err != nil {
				t.Fatal(err)
			}
			value := shareButtonValue(t, rep.blocksJSON(t))
			if value == "" {
				t.Fatal("ephemeral answer has no share button")
			}
			payload := map[string]any{
				"type": "block_actions", "user": map[string]any{"id": "U1"},
				"channel":   map[string]any{"id": "C1"},
				"container": map[string]any{"type": "message", "is_ephemeral": true},
				"actions": []map[string]any{{"type": "button", "action_id": "careerbot_share", "block_id": "b1",
					"value": value, "text": map[string]any{"type": "plain_text", "text": "Share in channel"}}},
			}
			if tt.responseURL {
				payload["response_url"] = f.responseURL()
			}
			js, _ := json.Marshal(payload)
			code, _ := postForm(t, srv, "/slack/interactivity", url.Values{"payload": {string(js)}})
			if code != http.StatusOK {
				t.Fatalf("POST /slack/interactivity = %d; want 200", code)
			}
			shared := f.nextPost(t)
			if shared.Via != tt.wantVia[0] {
				t.Fatalf("shared via %s; want %s", shared.Via, tt.wantVia[0])
			}
			if tt.responseURL && (shared.ResponseType != "in_channel" || shared.DeleteOriginal) {
				t.Errorf("shared post = %+v; want response_type in_channel", shared)
			}
			if !tt.responseURL && shared.Channel != "C1" {
				t.Errorf("shared to channel %q; want C1", shared.Channel)
			}
			text := blocksText(t, shared.Blocks)
			for _, want := range []string{"lead technician salary", "<@U1> shared"} {
				if !strings.Contains(text, want) {
					t.Errorf("shared answer lacks %q:\n%s", want, text)
				}
			}
			if v := shareButtonValue(t, shared.Blocks); v != "" {
				t.Errorf("shared answer still has a share button")
			}
			if len(tt.wantVia) > 1 {
				del := f.nextPost(t)
				if !del.DeleteOriginal {
					t.Errorf("second response_url post = %+v; want delete_original", del)
				}
			}
			f.noPost(t)
			if got := b.all(); len(got) != 2 || got[1] != "lead technician salary" {
				t.Errorf("bot asked %q; want the question again for the share", got)
			}
		})
	}
}

func TestInteractivityIgnoresOtherActions(t *testing.T) {
	f := newFakeSlack(t)
	b := newEchoBot()
	a := newAdapter(t, f, slack.Config{SigningSecret: testSecret, BotToken: testBotToken}, b)
	srv := serve(t, a)
	js, _ := json.Marshal(map[string]any{"type": "block_actions", "response_url": f.responseURL(),
		"actions": []map[string]any{{"type": "button", "action_id": "something_else", "block_id": "b1", "value": "x"}}})
	code, _ := postForm(t, srv, "/slack/interactivity", url.Values{"payload": {string(js)}})
	if code != http.StatusOK {
		t.Errorf("POST /slack/interactivity = %d; want 200", code)
	}
	f.noPost(t)
	if got := b.all(); len(got) != 0 {
		t.Errorf("bot asked %q; want nothing", got)
	}
	code, _ = postForm(t, srv, "/slack/interactivity", url.Values{"payload": {"{not json"}})
	if code != http.StatusBadRequest {
		t.Errorf("malformed payload = %d; want 400", code)
	}
}

func TestMentionAndDirectMessage(t *testing.T) {
	tests := []struct {
		name         string
		inner        map[string]any
		wantChannel  string
		wantThreadTS string
		wantAsked    string
	}{
		{"mention in a channel: answered in a new thread",
			mention("C1", "1700000001.000100", "", "<@UBOT> compare lead technician vs senior support technician"),
			"C1", "1700000001.000100", "compare lead technician vs senior support technician"},
		{"mention inside a thread: answered in that thread",
			mention("C1", "1700000002.000200", "1700000000.000001", "hey <@UBOT|careerbot>   salary of  lead technician?"),
			"C1", "1700000000.000001", "hey salary of lead technician?"},
		{"mention keeps other users' mentions for the bot to see",
			mention("C1", "1700000003.000300", "", "<@UBOT> what does <@U2> earn"),
			"C1", "1700000003.000300", "what does <@U2> earn"},
		{"direct message: answered in the DM",
			directMessage("D1", "1700000004.000400", "how much does a senior support tech make?"),
			"D1", "", "how much does a senior support tech make?"},
		{"direct message in a thread: answered in the thread",
			map[string]any{"type": "message", "channel_type": "im", "user": "U1", "text": "and skills?", "ts": "1700000005.000500",
				"thread_ts": "1700000004.000400", "channel": "D1"},
			"D1", "1700000004.000400", "and skills?"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeSlack(t)
			b := newEchoBot()
			a := newAdapter(t, f, slack.Config{SigningSecret: testSecret, BotToken: testBotToken}, b)
			srv := serve(t, a)
			code, _ := postEvent(t, srv, callback("Ev"+string(rune('A'+i)), tt.inner))
			if code != http.StatusOK {
				t.Fatalf("POST /slack/events = %d; want 200", code)
			}
			p := f.nextPost(t)
			if p.Via != "chat.postMessage" || p.Channel != tt.wantChannel || p.ThreadTS != tt.wantThreadTS {
				t.Errorf("posted via %s to %q thread %q; want chat.postMessage to %q thread %q",
					p.Via, p.Channel, p.ThreadTS, tt.wantChannel, tt.wantThreadTS)
			}
			if p.Text == "" || !strings.Contains(blocksText(t, p.Blocks), "Not found") {
				t.Errorf("post lacks the answer: text %q blocks %s", p.Text, p.Blocks)
			}
			if got := b.all(); len(got) != 1 || got[0] != tt.wantAsked {
				t.Errorf("bot asked %q; want [%q]", got, tt.wantAsked)
			}
			f.noPost(t)
		})
	}
}

func TestEventsIgnored(t *testing.T) {
	tests := []struct {
		name  string
		inner map[string]any
	}{
		{"bot's own message in its DM", map[string]any{"type": "message", "channel_type": "im", "user": botUserID, "text": "an answer", "ts": "1.1", "channel": "D1"}},
		{"bot's own message posted as a bot", map[string]any{"type": "message", "channel_type": "im", "user": botUserID, "bot_id": "BBOT", "text": "an answer", "ts": "1.2", "channel": "D1"}},
		{"another bot in a DM", map[string]any{"type": "message", "channel_type": "im", "user": "U7", "bot_id": "B7", "text": "compare a vs b", "ts": "1.3", "channel": "D1"}},
		{"bot_message subtype", map[string]any{"type": "message", "subtype": "bot_message", "channel_type": "im", "bot_id": "B7", "text": "hi", "ts": "1.4", "channel": "D1"}},
		{"another bot mentions us", map[string]any{"type": "app_mention", "user": "U7", "bot_id": "B7", "text": "<@UBOT> hi", "ts": "1.5", "channel": "C1"}},
		{"message edited", map[string]any{"type": "message", "subtype": "message_changed", "channel_type": "im", "channel": "D1", "ts": "1.6",
			"message": map[string]any{"type": "message", "user": "U1", "text": "compare a vs b", "ts": "1.0"}}},
		{"someone joined", map[string]any{"type": "message", "subtype": "channel_join", "channel_type": "channel", "user": "U1", "text": "<@U1> has joined", "ts": "1.7", "channel": "C1"}},
		{"message deleted", map[string]any{"type": "message", "subtype": "message_deleted", "channel_type": "im", "channel": "D1", "ts": "1.8", "deleted_ts": "1.0"}},
		{"mention edited", map[string]any{"type": "app_mention", "user": "U1", "text": "<@UBOT> hi", "ts": "1.9", "channel": "C1", "edited": map[string]any{"user": "U1", "ts": "2.0"}}},
		{"channel message without a mention", map[string]any{"type": "message", "channel_type": "channel", "user": "U1", "text": "compare a vs b", "ts": "2.1", "channel": "C1"}},
		{"an event the bot does not use", map[string]any{"type": "reaction_added", "user": "U1", "reaction": "tada", "event_ts": "2.2"}},
		{"an event slack-go does not know", map[string]any{"type": "brand_new_event", "user": "U1"}},
	}
	f := newFakeSlack(t)
	b := newEchoBot()
	a := newAdapter(t, f, slack.Config{SigningSecret: testSecret, BotToken: testBotToken}, b)
	srv := serve(t, a)
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _ := postEvent(t, srv, callback("EvIgnored"+string(rune('A'+i)), tt.inner))
			if code != http.StatusOK {
				t.Errorf("POST /slack/events = %d; want 200 so Slack does not retry", code)
			}
		})
	}
	f.noPost(t)
	if got := b.all(); len(got) != 0 {
		t.Errorf("bot asked %q; want nothing", got)
	}
}

// fakeClock is a clock the test moves by hand.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

func TestRetriesAnsweredOnce(t *testing.T) {
	f := newFakeSlack(t)
	b := newEchoBot()
	a := newAdapter(t, f, slack.Config{SigningSecret: testSecret, BotToken: testBotToken}, b)
	clock := &fakeClock{now: time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)}
	slack.SetClock(a, clock.Now)
	srv := serve(t, a)

	ev := callback("Ev1", mention("C1", "1700000001.000100", "", "<@UBOT> salary of lead technician"))
	if code, _ := postEvent(t, srv, ev); code != http.StatusOK {
		t.Fatalf("first delivery = %d; want 200", code)
	}
	if p := f.nextPost(t); !p.Accepted {
		t.Fatalf("first answer not accepted: %+v", p)
	}

	deliveries := []struct {
		name    string
		advance time.Duration
		event   map[string]any
		header  []string
	}{
		{"retry 1", 0, ev, []string{"X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"}},
		{"retry 2 a minute later", time.Minute, ev, []string{"X-Slack-Retry-Num", "2", "X-Slack-Retry-Reason", "http_timeout"}},
		{"same message as another event", 0, callback("Ev2", directMessage("C1", "1700000001.000100", "<@UBOT> salary of lead technician")), nil},
		{"retry 3 eleven minutes on", 10 * time.Minute, ev, []string{"X-Slack-Retry-Num", "3", "X-Slack-Retry-Reason", "http_error"}},
	}
	for _, d := range deliveries {
		clock.Advance(d.advance)
		if code, _ := postEvent(t, srv, d.event, d.header...); code != http.StatusOK {
			t.Errorf("%s = %d; want 200", d.name, code)
		}
	}
	f.noPost(t)
	if got := b.all(); len(got) != 1 {
		t.Errorf("bot asked %d times (%q); want once", len(got), got)
	}
}

// TestFailedPostIsRetried refuses the first post with a transient error:
// Slack still gets 200 at once, the adapter tries again and posts the
// answer, and a later Slack retry of the event posts nothing more.
func TestFailedPostIsRetried(t *testing.T) {
	f := newFakeSlack(t)
	b := newEchoBot()
	a := newAdapter(t, f, slack.Config{SigningSecret: testSecret, BotToken: testBotToken}, b)
	srv := serve(t, a)
	f.fail("chat.postMessage", 1)

	ev := callback("Ev1", mention("C1", "1700000001.000100", "", "<@UBOT> salary of lead technician"))
	if code, _ := postEvent(t, srv, ev); code != http.StatusOK {
		t.Errorf("delivery = %d; want 200", code)
	}
	if p := f.nextPost(t); p.Accepted {
		t.Fatalf("fake accepted the first post; the test needs it refused")
	}
	p := f.nextPost(t)
	if !p.Accepted || p.Channel != "C1" || p.ThreadTS != "1700000001.000100" {
		t.Errorf("second try posted %+v; want the answer in C1's thread", p)
	}
	if code, _ := postEvent(t, srv, ev, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_error"); code != http.StatusOK {
		t.Errorf("Slack's retry = %d; want 200", code)
	}
	f.noPost(t)
	if got := b.all(); len(got) != 1 {
		t.Errorf("bot asked %d times; want once", len(got))
	}
}

// TestConcurrentDeliveries sends the same event twice at once, as Slack
// does when an acknowledgement is slow: one answer.
func TestConcurrentDeliveries(t *testing.T) {
	f := newFakeSlack(t)
	b := newEchoBot()
	b.release = make(chan struct{})
	a := newAdapter(t, f, slack.Config{SigningSecret: testSecret, BotToken: testBotToken}, b)
	srv := serve(t, a)
	ev := callback("Ev1", mention("C1", "1700000001.000100", "", "<@UBOT> hi"))

	codes := make(chan int, 2)
	send := func(req *http.Request) {
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			codes <- 0
			return
		}
		res.Body.Close()
		codes <- res.StatusCode
	}
	go send(eventRequest(t, srv, ev))
	<-b.asked // the first delivery is answering
	go send(eventRequest(t, srv, ev, "X-Slack-Retry-Num", "1"))
	close(b.release)
	for range 2 {
		select {
		case c := <-codes:
			if c != http.StatusOK {
				t.Errorf("delivery = %d; want 200", c)
			}
		case <-time.After(waitFor):
			t.Fatal("delivery not acknowledged")
		}
	}
	f.nextPost(t)
	f.noPost(t)
}

func TestEventsWithoutBotToken(t *testing.T) {
	b := newEchoBot()
	a := newAdapter(t, nil, slack.Config{SigningSecret: testSecret}, b)
	srv := serve(t, a)
	code, _ := postEvent(t, srv, callback("Ev1", mention("C1", "1.0", "", "<@UBOT> hi")))
	if code != http.StatusOK {
		t.Errorf("mention without a bot token = %d; want 200 (nothing to retry)", code)
	}
	if got := b.all(); len(got) != 0 {
		t.Errorf("bot asked %q; want nothing: the answer could not be posted", got)
	}
}

// panicBot fails as a bug in the router would.
type panicBot struct{}

func (panicBot) Answer(context.Context, bot.Request) bot.Answer { panic("router bug") }

func TestAnswererPanicGivesApology(t *testing.T) {
	a, logs := newAdapterLogs(t, nil, slack.Config{SigningSecret: testSecret}, panicBot{})
	srv := serve(t, a)
	code, body := postForm(t, srv, "/slack/commands", url.Values{"text": {"anything"}})
	if code != http.StatusOK || !strings.Contains(body, "Sorry, something went wrong") {
		t.Errorf("slash command with a panicking bot = %d %s; want 200 and the apology", code, body)
	}
	if strings.Contains(body, "router bug") {
		t.Errorf("reply shows the panic: %s", body)
	}
	waitLog(t, logs, "answer panicked")
}

// TestFailedShareKeepsResponseURLOutOfLogs shares to a response_url that
// refuses the connection: the failure is logged, the URL (a credential
// for posting into the conversation) is not.
func TestFailedShareKeepsResponseURLOutOfLogs(t *testing.T) {
	a, logs := newAdapterLogs(t, nil, slack.Config{SigningSecret: testSecret}, newEchoBot())
	srv := serve(t, a)
	js, _ := json.Marshal(map[string]any{"type": "block_actions", "user": map[string]any{"id": "U1"},
		"response_url": "http://127.0.0.1:1" + hookPath,
		"actions":      []map[string]any{{"type": "button", "action_id": "careerbot_share", "block_id": "b1", "value": "q"}}})
	if code, _ := postForm(t, srv, "/slack/interactivity", url.Values{"payload": {string(js)}}); code != http.StatusOK {
		t.Fatalf("POST /slack/interactivity = %d; want 200", code)
	}
	waitLog(t, logs, "share answer")
	// newAdapterLogs checks the logs for hookPath when the test ends.
}
