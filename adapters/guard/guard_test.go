package guard_test

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/careerbot/careerbot/adapters/guard"
	"github.com/careerbot/careerbot/bot"
)

// Made-up credentials in the shapes the platforms use.
const (
	slackBot    = "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx"
	slackApp    = "xapp-1-A0123456789-1234567890123-abcdef0123456789"
	discordBot  = "MTAwMDAwMDAwMDAwMDAwMDAx.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789AB"
	interaction = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OTpzZWNyZXQtdG9rZW4"
	signing     = "8f742231b10e8888abcd99yyyzzz85a5"
)

func TestRedact(t *testing.T) {
	tests := []struct {
		name, in string
		gone     []string // must not survive
		kept     []string // must survive
	}{
		{"slack bot token", "auth failed for " + slackBot + " today", []string{slackBot}, []string{"auth failed for", "today"}},
		{"slack app token", "token=" + slackApp, []string{slackApp}, []string{"token="}},
		{"discord bot token", "Authorization: Bot " + discordBot, []string{discordBot}, []string{"Authorization:"}},
		{"discord token alone", "identify " + discordBot, []string{discordBot}, []string{"identify"}},
		{"bearer header", "Bearer abcdefghijklmnop", []string{"abcdefghijklmnop"}, nil},
		{"discord webhook URL in a url.Error",
			(&url.Error{Op: "Post", URL: "https://discord.com/api/v9/webhooks/100000000000000001/" + interaction, Err: errors.New("connection refused")}).Error(),
			[]string{interaction, "webhooks/100000000000000001"}, []string{"Post", "https://discord.com/", "connection refused"}},
		{"slack response_url", "post https://hooks.slack.com/commands/T0001/1234/AbCdEfGhIjKlMnOp: 404",
			[]string{"AbCdEfGhIjKlMnOp", "/commands/"}, []string{"https://hooks.slack.com/", "404"}},
		{"query string", "GET http://127.0.0.1:8080/x?token=abc", []string{"token=abc"}, []string{"http://127.0.0.1:8080/"}},
		{"bare host kept", "listening on http://127.0.0.1:8080", nil, []string{"http://127.0.0.1:8080"}},
		{"configured secret with no shape", "secret " + signing + " leaked", []string{signing}, []string{"leaked"}},
		{"plain text untouched", "compare lead technician vs senior support technician", nil, []string{"compare lead technician vs senior support technician"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := guard.Redact(tt.in, signing)
			for _, g := range tt.gone {
				if strings.Contains(got, g) {
					t.Errorf("Redact(%q) = %q; still holds %q", tt.in, got, g)
				}
			}
			for _, k := range tt.kept {
				if !strings.Contains(got, k) {
					t.Errorf("Redact(%q) = %q; lost %q", tt.in, got, k)
				}
			}
		})
	}
}

// TestHandlerRedactsEverything logs secrets every way slog allows: in
// the message, in strings, errors, structs, groups and WithAttrs.
func TestHandlerRedactsEverything(t *testing.T) {
	for _, format := range []string{"text", "json"} {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			var h slog.Handler = slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})
			if format == "json" {
				h = slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})
			}
			log := slog.New(guard.NewHandler(h, signing))
			hook := "https://discord.com/api/v9/webhooks/1/" + interaction
			log.With("token", slackBot).WithGroup("g").Info("posting to "+hook,
				"err", fmt.Errorf("send: %w", &url.Error{Op: "Post", URL: hook, Err: errors.New("EOF")}),
				"value", struct{ Auth string }{"Bot " + discordBot},
				slog.Group("inner", "secret", signing, "n", 3),
			)
			log.Debug("app", "tok", slackApp)
			out := buf.String()
			for _, secret := range []string{slackBot, slackApp, discordBot, interaction, signing} {
				if strings.Contains(out, secret) {
					t.Errorf("log holds %q:\n%s", secret, out)
				}
			}
			for _, want := range []string{"posting to https://discord.com/", "EOF", "3"} {
				if !strings.Contains(out, want) {
					t.Errorf("log lost %q:\n%s", want, out)
				}
			}
		})
	}
}

func TestNewHandlerWrapsOnce(t *testing.T) {
	var buf bytes.Buffer
	inner := guard.NewHandler(slog.NewTextHandler(&buf, nil), "first-secret")
	log := slog.New(guard.NewHandler(inner, "second-secret"))
	log.Info("first-secret second-secret")
	if out := buf.String(); strings.Contains(out, "secret") && !strings.Contains(out, "[redacted] [redacted]") {
		t.Errorf("log = %q; want both secrets redacted", out)
	}
}

func TestLimiter(t *testing.T) {
	l := guard.NewLimiter(2)
	r1, ok1 := l.TryAcquire()
	r2, ok2 := l.TryAcquire()
	_, ok3 := l.TryAcquire()
	if !ok1 || !ok2 || ok3 {
		t.Fatalf("TryAcquire x3 on 2 slots = %v %v %v; want true true false", ok1, ok2, ok3)
	}
	if l.InFlight() != 2 || l.Shed() != 1 {
		t.Errorf("InFlight, Shed = %d, %d; want 2, 1", l.InFlight(), l.Shed())
	}
	r1()
	r1() // a second release must not free another slot
	if l.InFlight() != 1 {
		t.Errorf("InFlight after releasing one slot twice = %d; want 1", l.InFlight())
	}
	r2()
	if _, ok := l.TryAcquire(); !ok {
		t.Error("TryAcquire after releases failed")
	}
	var none *guard.Limiter
	if _, ok := none.TryAcquire(); !ok {
		t.Error("a nil Limiter refused")
	}
	if guard.NewLimiter(0).Cap() != guard.DefaultMaxAnswers {
		t.Errorf("NewLimiter(0).Cap() = %d; want %d", guard.NewLimiter(0).Cap(), guard.DefaultMaxAnswers)
	}
}

type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) lines() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return strings.Split(strings.TrimSpace(s.b.String()), "\n")
}

func TestRejectionsSummarise(t *testing.T) {
	var buf syncBuf
	counted := map[string]int{}
	var mu sync.Mutex
	r := guard.NewRejections(slog.New(slog.NewTextHandler(&buf, nil)), time.Minute, func(reason string) {
		mu.Lock()
		counted[reason]++
		mu.Unlock()
	})
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	r.SetClock(func() time.Time { return now })

	for range 1000 {
		r.Reject(guard.RejectSignature)
	}
	r.Reject(guard.RejectTooLarge)
	if got := buf.lines(); len(got) != 1 || !strings.Contains(got[0], "bad_signature=1") {
		t.Fatalf("after a burst in one minute the log has %d lines (%q); want the first refusal only", len(got), got)
	}
	now = now.Add(61 * time.Second)
	r.Reject(guard.RejectSignature)
	got := buf.lines()
	if len(got) != 2 || !strings.Contains(got[1], "bad_signature=1000") || !strings.Contains(got[1], "too_large=1") || !strings.Contains(got[1], "total=1001") {
		t.Fatalf("summary = %q; want counts since the last line: 999 earlier + this one bad signatures, 1 too large", got)
	}
	r.Flush() // nothing new
	if len(buf.lines()) != 2 {
		t.Errorf("Flush with nothing counted logged a line")
	}
	if counted[guard.RejectSignature] != 1001 || counted[guard.RejectTooLarge] != 1 {
		t.Errorf("onReject counted %v; want every refusal", counted)
	}
}

func TestAnswerRecovers(t *testing.T) {
	var buf syncBuf
	log := slog.New(slog.NewTextHandler(&buf, nil))
	got := guard.Answer(log, "test", func() bot.Answer { panic("router bug") })
	if got.Kind != bot.KindError || got.Summary != guard.Apology.Summary {
		t.Errorf("Answer after a panic = %+v; want the apology", got)
	}
	out := strings.Join(buf.lines(), "\n")
	if !strings.Contains(out, "router bug") || !strings.Contains(out, "guard_test.go") {
		t.Errorf("log lacks the panic and its stack:\n%s", out)
	}
	ok := guard.Answer(log, "test", func() bot.Answer { return bot.Answer{Title: "fine"} })
	if ok.Title != "fine" {
		t.Errorf("Answer without a panic = %+v; want the answer", ok)
	}

	done := make(chan struct{})
	guard.Go(log, "worker", func() { defer close(done); panic("in a goroutine") })
	<-done
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(strings.Join(buf.lines(), "\n"), "in a goroutine") {
		if time.Now().After(deadline) {
			t.Fatal("goroutine panic not logged")
		}
		time.Sleep(time.Millisecond)
	}
}
