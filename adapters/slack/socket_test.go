package slack_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/careerbot/careerbot/adapters/guard"
	"github.com/careerbot/careerbot/adapters/slack"
)

// runSocket starts the adapter's Socket Mode loop and stops it when the
// test ends, checking that Run returns nil on shutdown.
func runSocket(t *testing.T, a *slack.Adapter) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run after cancel = %v; want nil", err)
			}
		case <-time.After(waitFor):
			t.Error("Run did not return after its context ended")
		}
		if a.Ready() {
			t.Error("Ready() = true after Run returned")
		}
	})
}

// waitReady waits until the adapter reports it is connected.
func waitReady(t *testing.T, a *slack.Adapter) {
	t.Helper()
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	deadline := time.After(waitFor)
	for !a.Ready() {
		select {
		case <-tick.C:
		case <-deadline:
			t.Fatal("adapter never became ready")
		}
	}
}

func socketConfig() slack.Config {
	return slack.Config{AppToken: testAppToken, BotToken: testBotToken}
}

// TestRunWithoutAppTokenWaitsForAnswers: in HTTP mode Run serves nothing
// itself, but when it stops it waits for answers still being delivered, so
// a shutdown loses none.
func TestRunWithoutAppTokenWaitsForAnswers(t *testing.T) {
	f := newFakeSlack(t)
	b := newEchoBot()
	b.release = make(chan struct{})
	a := newAdapter(t, f, slack.Config{SigningSecret: testSecret}, b)
	slack.SetAckWait(a, 20*time.Millisecond)
	if !a.Ready() {
		t.Error("HTTP-only adapter not Ready")
	}
	srv := serve(t, a)
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()

	// A slash command acknowledged before its answer is ready.
	if code, _ := postForm(t, srv, "/slack/commands", url.Values{"text": {"slow question"}, "response_url": {f.responseURL()}}); code != http.StatusOK {
		t.Fatalf("slash command = %d", code)
	}
	stop()
	select {
	case err := <-done:
		t.Fatalf("Run returned (%v) with an answer still in flight", err)
	case <-time.After(50 * time.Millisecond):
	}
	close(b.release)
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v; want nil", err)
		}
	case <-time.After(waitFor):
		t.Fatal("Run did not return after the last answer was delivered")
	}
	if p := f.nextPost(t); p.Via != "response_url" || !strings.Contains(blocksText(t, p.Blocks), "slow question") {
		t.Errorf("answer delivered at shutdown = %+v", p)
	}
}

func TestSocketModeRoundTrip(t *testing.T) {
	f := newFakeSlack(t)
	b := newEchoBot()
	a := newAdapter(t, f, socketConfig(), b)
	runSocket(t, a)
	conn := f.nextConn(t)
	waitReady(t, a)

	t.Run("mention", func(t *testing.T) {
		id := conn.envelope("events_api", callback("Ev1", mention("C1", "1700000001.000100", "", "<@UBOT> salary of lead technician")))
		if got := conn.nextAck(t); got.EnvelopeID != id {
			t.Errorf("ack for %q; want %q", got.EnvelopeID, id)
		}
		p := f.nextPost(t)
		if p.Via != "chat.postMessage" || p.Channel != "C1" || p.ThreadTS != "1700000001.000100" {
			t.Errorf("posted %+v; want chat.postMessage in C1's thread", p)
		}
		if q := <-b.asked; q != "salary of lead technician" {
			t.Errorf("bot asked %q; want the mention stripped", q)
		}
	})

	t.Run("direct message", func(t *testing.T) {
		id := conn.envelope("events_api", callback("Ev2", directMessage("D1", "1700000002.000100", "compare a vs b")))
		if got := conn.nextAck(t); got.EnvelopeID != id {
			t.Errorf("ack for %q; want %q", got.EnvelopeID, id)
		}
		if p := f.nextPost(t); p.Channel != "D1" || p.ThreadTS != "" {
			t.Errorf("posted %+v; want the DM's top level", p)
		}
		<-b.asked
	})

	t.Run("bot's own message", func(t *testing.T) {
		id := conn.envelope("events_api", callback("Ev3", map[string]any{"type": "message", "channel_type": "im",
			"user": botUserID, "bot_id": "BBOT", "text": "an answer", "ts": "1700000003.000100", "channel": "D1"}))
		if got := conn.nextAck(t); got.EnvelopeID != id {
			t.Errorf("ack for %q; want %q (every envelope is acknowledged)", got.EnvelopeID, id)
		}
		f.noPost(t)
	})

	var shareValue string
	t.Run("slash command answered in the acknowledgement", func(t *testing.T) {
		id := conn.envelope("slash_commands", map[string]any{"command": "/career", "text": "lead technician salary",
			"user_id": "U1", "channel_id": "C1", "response_url": f.responseURL(), "trigger_id": "t1"})
		got := conn.nextAck(t)
		if got.EnvelopeID != id {
			t.Fatalf("ack for %q; want %q", got.EnvelopeID, id)
		}
		var rep commandReply
		if err := json.Unmarshal(got.Payload, &rep); err != nil {
			t.Fatalf("ack payload is not a message: %v\n%s", err, got.Payload)
		}
		if rep.ResponseType != "ephemeral" || !strings.Contains(blocksText(t, rep.blocksJSON(t)), "lead technician salary") {
			t.Errorf("ack payload = %s; want the ephemeral answer", got.Payload)
		}
		shareValue = shareButtonValue(t, rep.blocksJSON(t))
		if shareValue != "lead technician salary" {
			t.Errorf("share button value = %q; want the question", shareValue)
		}
		f.noPost(t)
		<-b.asked
	})

	t.Run("share button", func(t *testing.T) {
		id := conn.envelope("interactive", map[string]any{"type": "block_actions", "user": map[string]any{"id": "U1"},
			"channel": map[string]any{"id": "C1"}, "response_url": f.responseURL(),
			"actions": []map[string]any{{"type": "button", "action_id": "careerbot_share", "block_id": "Xy1", "value": shareValue}}})
		if got := conn.nextAck(t); got.EnvelopeID != id {
			t.Errorf("ack for %q; want %q", got.EnvelopeID, id)
		}
		if p := f.nextPost(t); p.Via != "response_url" || p.ResponseType != "in_channel" {
			t.Errorf("shared %+v; want in_channel via response_url", p)
		}
		if p := f.nextPost(t); !p.DeleteOriginal {
			t.Errorf("after sharing %+v; want the ephemeral copy deleted", p)
		}
		<-b.asked
	})

	t.Run("retried envelope answered once", func(t *testing.T) {
		ev := callback("Ev4", mention("C1", "1700000004.000100", "", "<@UBOT> hi"))
		conn.envelope("events_api", ev)
		conn.nextAck(t)
		f.nextPost(t)
		conn.envelope("events_api", ev)
		conn.nextAck(t)
		f.noPost(t)
	})
}

func TestSocketModeReconnects(t *testing.T) {
	f := newFakeSlack(t)
	b := newEchoBot()
	cfg := socketConfig()
	reconnected := make(chan struct{}, 5)
	cfg.OnReconnect = func() { reconnected <- struct{}{} }
	a := newAdapter(t, f, cfg, b)
	runSocket(t, a)

	first := f.nextConn(t)
	waitReady(t, a)
	select {
	case <-reconnected:
		t.Fatal("OnReconnect called on the first connection")
	default:
	}

	first.drop()
	second := f.nextConn(t)
	select {
	case <-reconnected:
	case <-time.After(waitFor):
		t.Fatal("OnReconnect not called after the socket dropped")
	}
	if got := len(f.opens); got != 2 {
		t.Errorf("apps.connections.open called %d times; want 2", got)
	}
	waitReady(t, a)

	id := second.envelope("events_api", callback("Ev1", mention("C1", "1700000001.000100", "", "<@UBOT> after the drop")))
	if got := second.nextAck(t); got.EnvelopeID != id {
		t.Errorf("ack for %q; want %q", got.EnvelopeID, id)
	}
	if p := f.nextPost(t); p.Channel != "C1" || !strings.Contains(blocksText(t, p.Blocks), "after the drop") {
		t.Errorf("posted %+v; want the answer after reconnecting", p)
	}
}

// TestSocketModeDisconnectRequest covers Slack asking the client to move
// to a new connection, which it does every few hours.
func TestSocketModeDisconnectRequest(t *testing.T) {
	f := newFakeSlack(t)
	cfg := socketConfig()
	reconnected := make(chan struct{}, 5)
	cfg.OnReconnect = func() { reconnected <- struct{}{} }
	a := newAdapter(t, f, cfg, newEchoBot())
	runSocket(t, a)

	first := f.nextConn(t)
	first.send(map[string]any{"type": "disconnect", "reason": "refresh_requested"})
	second := f.nextConn(t)
	select {
	case <-reconnected:
	case <-time.After(waitFor):
		t.Fatal("OnReconnect not called after a disconnect request")
	}
	id := second.envelope("events_api", callback("Ev1", directMessage("D1", "1700000001.000100", "hi")))
	if got := second.nextAck(t); got.EnvelopeID != id {
		t.Errorf("ack for %q; want %q", got.EnvelopeID, id)
	}
	f.nextPost(t)
}

func TestSocketModeRejectedToken(t *testing.T) {
	f := newFakeSlack(t)
	cfg := socketConfig()
	cfg.AppToken = "xapp-revoked"
	a := newAdapter(t, f, cfg, newEchoBot())
	done := make(chan error, 1)
	go func() { done <- a.Run(context.Background()) }()
	select {
	case err := <-done:
		if err == nil || strings.Contains(err.Error(), "xapp-revoked") {
			t.Errorf("Run with a rejected token = %v; want an error without the token", err)
		}
	case <-time.After(waitFor):
		t.Fatal("Run kept going with a rejected app token")
	}
	if a.Ready() {
		t.Error("Ready() = true with a rejected token")
	}
}

func TestSocketModeSlowSlashCommand(t *testing.T) {
	f := newFakeSlack(t)
	b := newEchoBot()
	b.release = make(chan struct{})
	a := newAdapter(t, f, socketConfig(), b)
	slack.SetAckWait(a, 20*time.Millisecond)
	runSocket(t, a)
	conn := f.nextConn(t)

	id := conn.envelope("slash_commands", map[string]any{"command": "/career", "text": "slow question",
		"user_id": "U1", "channel_id": "C1", "response_url": f.responseURL()})
	got := conn.nextAck(t)
	if got.EnvelopeID != id || len(got.Payload) != 0 {
		t.Errorf("ack = %q with payload %s; want a bare ack for %q while the answer is pending", got.EnvelopeID, got.Payload, id)
	}
	close(b.release)
	p := f.nextPost(t)
	if p.Via != "response_url" || p.ResponseType != "ephemeral" || !strings.Contains(blocksText(t, p.Blocks), "slow question") {
		t.Errorf("late answer = %+v; want it posted to the response_url", p)
	}
}

// TestSocketModeBusyPastTheBound: with the one answer slot taken, a slash
// command over Socket Mode is acknowledged at once with the busy reply,
// privately.
func TestSocketModeBusyPastTheBound(t *testing.T) {
	f := newFakeSlack(t)
	b := newEchoBot()
	b.release = make(chan struct{})
	cfg := socketConfig()
	cfg.Limiter = guard.NewLimiter(1)
	a := newAdapter(t, f, cfg, b)
	slack.SetAckWait(a, 20*time.Millisecond)
	runSocket(t, a)
	conn := f.nextConn(t)

	first := conn.envelope("slash_commands", map[string]any{"command": "/career", "text": "the slow one",
		"user_id": "U1", "channel_id": "C1", "response_url": f.responseURL()})
	<-b.asked
	if got := conn.nextAck(t); got.EnvelopeID != first {
		t.Fatalf("ack for %q; want %q", got.EnvelopeID, first)
	}
	second := conn.envelope("slash_commands", map[string]any{"command": "/career", "text": "another",
		"user_id": "U1", "channel_id": "C1", "response_url": f.responseURL()})
	got := conn.nextAck(t)
	var rep commandReply
	if err := json.Unmarshal(got.Payload, &rep); err != nil || got.EnvelopeID != second {
		t.Fatalf("ack = %q %s; want the busy reply for %q", got.EnvelopeID, got.Payload, second)
	}
	if rep.ResponseType != "ephemeral" || rep.Text != guard.BusyText {
		t.Errorf("busy reply = %+v; want the busy text, ephemeral", rep)
	}
	close(b.release)
	if p := f.nextPost(t); p.Via != "response_url" || !strings.Contains(blocksText(t, p.Blocks), "the slow one") {
		t.Errorf("late answer = %+v; want the first question's answer on its response_url", p)
	}
}
