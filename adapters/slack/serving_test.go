package slack_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/careerbot/careerbot/adapters/guard"
	"github.com/careerbot/careerbot/adapters/slack"
)

// slackAckDeadline is how long Slack waits for an acknowledgement before it
// counts the delivery as failed and retries it.
const slackAckDeadline = 3 * time.Second

// TestEventAcknowledgedBeforeSlowAPI makes chat.postMessage take longer
// than Slack waits: the delivery is still acknowledged in time, and the
// answer is posted once when the Web API comes back.
func TestEventAcknowledgedBeforeSlowAPI(t *testing.T) {
	f := newFakeSlack(t)
	f.slowDown("chat.postMessage", slackAckDeadline+500*time.Millisecond)
	a := newAdapter(t, f, slack.Config{SigningSecret: testSecret, BotToken: testBotToken}, newEchoBot())
	srv := serve(t, a)

	start := time.Now()
	code, _ := postEvent(t, srv, callback("EvSlow", mention("C1", "1700000001.000100", "", "<@UBOT> salary of lead technician")))
	if took := time.Since(start); code != http.StatusOK || took >= slackAckDeadline {
		t.Fatalf("delivery = %d after %v; want 200 within %v", code, took, slackAckDeadline)
	}
	if p := f.nextPost(t); !p.Accepted || p.Channel != "C1" {
		t.Errorf("post = %+v; want the answer in C1", p)
	}
	f.noPost(t)
	if n := f.callCount("chat.postMessage"); n != 1 {
		t.Errorf("chat.postMessage called %d times; want 1", n)
	}
}

// TestRateLimitedPostHonoursRetryAfter answers the first chat.postMessage
// with 429 and Retry-After: 1: the answer is posted once, a second later.
func TestRateLimitedPostHonoursRetryAfter(t *testing.T) {
	f := newFakeSlack(t)
	f.rateLimit("chat.postMessage", 1)
	a := newAdapter(t, f, slack.Config{SigningSecret: testSecret, BotToken: testBotToken}, newEchoBot())
	srv := serve(t, a)

	start := time.Now()
	if code, _ := postEvent(t, srv, callback("EvLimited", directMessage("D1", "1700000002.000100", "skills of a lead technician"))); code != http.StatusOK {
		t.Fatalf("delivery = %d; want 200", code)
	}
	p := f.nextPost(t)
	if !p.Accepted || p.Channel != "D1" {
		t.Errorf("post = %+v; want the answer in D1", p)
	}
	if waited := p.At.Sub(start); waited < time.Second {
		t.Errorf("posted %v after the 429; want at least the second Retry-After asked for", waited)
	}
	f.noPost(t)
	if n := f.callCount("chat.postMessage"); n != 2 {
		t.Errorf("chat.postMessage called %d times; want 2 (the 429, then the post)", n)
	}
}

// TestInvalidAuthLoggedOnce gives the adapter a token Slack refuses: every
// event is still acknowledged, nothing is retried, and the refusal is
// logged once however many events fail with it.
func TestInvalidAuthLoggedOnce(t *testing.T) {
	f := newFakeSlack(t)
	a, logs := newAdapterLogs(t, f, slack.Config{SigningSecret: testSecret, BotToken: wrongBotToken}, newEchoBot())
	srv := serve(t, a)

	const events = 5
	for i := range events {
		ev := callback("EvAuth"+string(rune('A'+i)), mention("C1", "1700000003.00010"+string(rune('0'+i)), "", "<@UBOT> hi"))
		if code, _ := postEvent(t, srv, ev); code != http.StatusOK {
			t.Errorf("delivery %d = %d; want 200", i, code)
		}
	}
	deadline := time.Now().Add(waitFor)
	for f.callCount("auth.test") < events {
		if time.Now().After(deadline) {
			t.Fatalf("auth.test called %d times; want %d (once per event)", f.callCount("auth.test"), events)
		}
		time.Sleep(time.Millisecond)
	}
	waitLog(t, logs, "invalid_auth")
	time.Sleep(50 * time.Millisecond) // let the last event's failure reach the log
	if n := strings.Count(logs.String(), "invalid_auth"); n != 1 {
		t.Errorf("invalid_auth logged %d times; want once:\n%s", n, logs)
	}
	if !strings.Contains(logs.String(), "SLACK_BOT_TOKEN") {
		t.Errorf("the log does not say what to fix:\n%s", logs)
	}
	if n := f.callCount("auth.test"); n != events {
		t.Errorf("auth.test called %d times; want %d: a refused token is not retried", n, events)
	}
	f.noPost(t)
}

// TestBusyPastTheBound fills the one answer slot with a question the bot
// holds, then asks more: each is answered "busy" at once, privately,
// while the first is still being answered.
func TestBusyPastTheBound(t *testing.T) {
	f := newFakeSlack(t)
	b := newEchoBot()
	b.release = make(chan struct{})
	var shed atomic.Int64
	a := newAdapter(t, f, slack.Config{
		SigningSecret: testSecret, BotToken: testBotToken,
		Limiter: guard.NewLimiter(1), OnShed: func() { shed.Add(1) },
	}, b)
	srv := serve(t, a)

	first := make(chan int, 1)
	go func() {
		code, _ := postForm(t, srv, "/slack/commands", url.Values{"text": {"the slow one"}, "response_url": {f.responseURL()}})
		first <- code
	}()
	<-b.asked // the slot is taken until b.release

	t.Run("slash command", func(t *testing.T) {
		done := make(chan struct{})
		var code int
		var body string
		go func() {
			defer close(done)
			code, body = postForm(t, srv, "/slack/commands", url.Values{"text": {"another"}})
		}()
		select {
		case <-done:
		case <-time.After(waitFor):
			t.Fatal("the second slash command waited for the first answer; want busy at once")
		}
		var rep commandReply
		if err := json.Unmarshal([]byte(body), &rep); err != nil || code != http.StatusOK {
			t.Fatalf("busy reply = %d %q; want 200 and JSON", code, body)
		}
		if rep.ResponseType != "ephemeral" || rep.Text != guard.BusyText {
			t.Errorf("busy reply = %+v; want the busy text, ephemeral", rep)
		}
	})
	t.Run("mention", func(t *testing.T) {
		if code, _ := postEvent(t, srv, callback("EvBusy", mention("C1", "1700000004.000100", "", "<@UBOT> hi"))); code != http.StatusOK {
			t.Fatalf("delivery = %d; want 200", code)
		}
		p := f.nextPost(t)
		if p.Via != "chat.postEphemeral" || p.Channel != "C1" || p.User != "U1" || p.Text != guard.BusyText {
			t.Errorf("busy post = %+v; want the busy text to U1 only, in C1", p)
		}
	})
	if got := len(b.all()); got != 1 {
		t.Errorf("bot asked %d questions; want only the first", got)
	}
	if shed.Load() != 2 {
		t.Errorf("OnShed called %d times; want 2", shed.Load())
	}
	close(b.release)
	if code := <-first; code != http.StatusOK {
		t.Errorf("first slash command = %d; want 200", code)
	}
}

// TestBadRequestFloodLogsBounded sends a flood of badly signed requests with
// attacker text in headers and body: all are refused, all counted, and the
// log stays one summary line holding none of that text.
func TestBadRequestFloodLogsBounded(t *testing.T) {
	var mu sync.Mutex
	reasons := map[string]int{}
	a, logs := newAdapterLogs(t, nil, slack.Config{SigningSecret: testSecret, OnReject: func(r string) {
		mu.Lock()
		reasons[r]++
		mu.Unlock()
	}}, newEchoBot())
	srv := serve(t, a)

	const flood = 2000
	attack := strings.Repeat("ATTACKER-TEXT ", 20)
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Go(func() {
			for i := w; i < flood; i += 8 {
				req := signed(t, srv, "/slack/events", "application/json", []byte(`{"x":"`+attack+`"}`), time.Now())
				req.Header.Set("X-Slack-Signature", "v0="+strings.Repeat("0", 64))
				req.Header.Set("User-Agent", attack)
				res, err := http.DefaultClient.Do(req)
				if err != nil {
					t.Error(err)
					return
				}
				res.Body.Close()
				if res.StatusCode != http.StatusUnauthorized {
					t.Errorf("bad signature = %d; want 401", res.StatusCode)
				}
			}
		})
	}
	wg.Wait()
	out := logs.String()
	lines := strings.Count(out, "\n")
	t.Logf("%d refused requests: %d log lines, %d bytes", flood, lines, len(out))
	if lines > 1 || len(out) > 300 {
		t.Errorf("a flood of %d bad requests left %d lines, %d bytes of log; want one summary line:\n%s", flood, lines, len(out), out)
	}
	if strings.Contains(out, "ATTACKER") {
		t.Errorf("the log holds request text:\n%s", out)
	}
	if reasons[guard.RejectSignature] != flood {
		t.Errorf("counted %v; want %d bad signatures", reasons, flood)
	}
}

// TestBodyLimitFromConfig raises the body limit past the default: a body
// between the two is read (and its over-long question answered by the
// bot), one past the configured limit is refused.
func TestBodyLimitFromConfig(t *testing.T) {
	b := newEchoBot()
	a := newAdapter(t, nil, slack.Config{SigningSecret: testSecret, MaxBodyBytes: 2 * slack.MaxBodyBytes}, b)
	srv := serve(t, a)
	for _, tt := range []struct {
		size int
		want int
	}{
		{slack.MaxBodyBytes + slack.MaxBodyBytes/2, http.StatusOK},
		{2*slack.MaxBodyBytes + 1, http.StatusRequestEntityTooLarge},
	} {
		body := []byte(url.Values{"text": {strings.Repeat("a", tt.size)}}.Encode())
		if code, _ := do(t, signed(t, srv, "/slack/commands", "application/x-www-form-urlencoded", body, time.Now())); code != tt.want {
			t.Errorf("%d-byte slash command = %d; want %d", len(body), code, tt.want)
		}
	}
	if got := b.all(); len(got) != 1 {
		t.Errorf("bot asked %d questions; want the one under the configured limit", len(got))
	}
}
