package discord_test

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/careerbot/careerbot/adapters/discord"
	"github.com/careerbot/careerbot/adapters/guard"
)

// TestInteractionBusyPastTheBound fills the one answer slot with a question
// the bot holds: the next slash command is answered "busy" at once,
// ephemerally, while the first is still being answered.
func TestInteractionBusyPastTheBound(t *testing.T) {
	t.Parallel()
	h := held{Answerer: seedBot(t), asked: make(chan string, 2), release: make(chan struct{})}
	var shed atomic.Int64
	e := startEndpointWith(t, h, func(c *discord.Config, _ *discord.Adapter) {
		c.Limiter = guard.NewLimiter(1)
		c.OnShed = func() { shed.Add(1) }
	})
	first := make(chan map[string]any, 1)
	go func() {
		first <- e.ask(t, interaction("940000000000000001", 2, "salary", "career", "Senior Support Technician"))
	}()
	<-h.asked

	busy := make(chan map[string]any, 1)
	go func() { busy <- e.ask(t, interaction("940000000000000002", 2, "salary", "career", "Lead Technician")) }()
	var resp map[string]any
	select {
	case resp = <-busy:
	case <-first:
		t.Fatal("the first answer came before the busy reply; want busy at once")
	case <-time.After(waitTimeout):
		t.Fatal("no busy reply")
	}
	data, _ := resp["data"].(map[string]any)
	if resp["type"] != float64(4) || data["content"] != guard.BusyText || data["flags"] != float64(64) {
		t.Errorf("busy response = %v; want type 4, the busy text, flags 64 (ephemeral)", resp)
	}
	if shed.Load() != 1 {
		t.Errorf("OnShed called %d times; want 1", shed.Load())
	}
	close(h.release)
	<-first
	select {
	case q := <-h.asked:
		t.Errorf("the router was asked %q past the bound", q)
	default:
	}
}

// TestInteractionDeferredWhenSlow holds the answer past the defer time: the
// endpoint replies with a deferred response (type 5), then the answer
// replaces it through the interaction's webhook.
func TestInteractionDeferredWhenSlow(t *testing.T) {
	t.Parallel()
	h := held{Answerer: seedBot(t), asked: make(chan string, 1), release: make(chan struct{})}
	e := startEndpointWith(t, h, func(c *discord.Config, a *discord.Adapter) {
		c.Ephemeral = true
		if a != nil {
			discord.SetDeferAfter(a, 20*time.Millisecond)
		}
	})
	go func() {
		<-h.asked
		time.Sleep(100 * time.Millisecond) // well past the defer time
		close(h.release)
	}()
	resp := e.ask(t, interaction("950000000000000001", 2, "salary", "career", "Senior Support Technician"))
	data, _ := resp["data"].(map[string]any)
	if resp["type"] != float64(5) || data["flags"] != float64(64) {
		t.Fatalf("response = %v; want type 5 (deferred), ephemeral", resp)
	}
	edit := e.fake.waitCalls(t, "the answer replacing the deferred response", 1, func(c call) bool {
		return c.Method == "PATCH" && c.Path == "/api/v9/webhooks/"+testAppID+"/itoken-950000000000000001/messages/@original"
	})[0]
	m := edit.json(t)
	checkMessage(t, "edited response", m)
	if !strings.Contains(string(edit.Body), "$74,459") {
		t.Errorf("edited response lacks the salary $74,459 from the seed page:\n%s", edit.Body)
	}
}

// capture records what autocomplete asked the bot.
type capture struct {
	discord.Answerer
	mu      sync.Mutex
	partial []string
}

func (c *capture) CareerNames(ctx context.Context, partial string, limit int) []string {
	c.mu.Lock()
	c.partial = append(c.partial, partial)
	c.mu.Unlock()
	return c.Answerer.CareerNames(ctx, partial, limit)
}

// TestAutocompleteInputCapped types 900 KB into a career option: the bot is
// asked about at most 100 characters, and the endpoint still offers a
// choice within Discord's limits.
func TestAutocompleteInputCapped(t *testing.T) {
	t.Parallel()
	c := &capture{Answerer: seedBot(t)}
	e := startEndpoint(t, c, false)
	typed := "lead technician " + strings.Repeat("é", 450_000)
	names := choiceNames(t, e.ask(t, interaction("960000000000000001", 4, "salary", "*career", typed)))
	if len(names) == 0 || utf8.RuneCountInString(names[0]) > 100 {
		t.Errorf("choices = %.80q; want 1 to 25, each at most 100 characters", names)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.partial) != 1 || utf8.RuneCountInString(c.partial[0]) > 100 {
		t.Errorf("bot asked about %d inputs, the first of %d characters; want one of at most 100", len(c.partial), utf8.RuneCountInString(c.partial[0]))
	}
}

// TestFailedFollowUpKeepsTokenOutOfLogs sends a long answer's follow-ups to
// a Discord that refuses connections: the failure is logged, and the
// webhook URL holding the interaction token is not (testLogger checks).
func TestFailedFollowUpKeepsTokenOutOfLogs(t *testing.T) {
	t.Parallel()
	e := startEndpointWith(t, fixed{answer: longComparison()}, func(c *discord.Config, _ *discord.Adapter) {
		c.APIBase = "http://127.0.0.1:1" // nothing listens there
	})
	e.ask(t, interaction("970000000000000001", 2, "compare", "first", "a", "second", "b"))
	eventually(t, "the failed follow-up logged", func() bool { return strings.Contains(e.logs.String(), "follow-up") })
}

// TestBadSignatureFloodLogsBounded sends many badly signed interactions
// with attacker text: all refused, all counted, one summary line.
func TestBadSignatureFloodLogsBounded(t *testing.T) {
	t.Parallel()
	var refused atomic.Int64
	e := startEndpointWith(t, seedBot(t), func(c *discord.Config, _ *discord.Adapter) {
		c.OnReject = func(string) { refused.Add(1) }
	})
	const flood = 1000
	body := []byte(`{"type":1,"token":"` + strings.Repeat("ATTACKER", 50) + `"}`)
	for range flood {
		status, _ := e.post(t, body, func(r *http.Request) {
			r.Header.Set("X-Signature-Timestamp", "ATTACKER")
			r.Header.Set("X-Signature-Ed25519", strings.Repeat("ab", 64))
		})
		if status != http.StatusUnauthorized {
			t.Fatalf("bad signature = %d; want 401", status)
		}
	}
	out := e.logs.String()
	t.Logf("%d refused requests: %d log lines, %d bytes", flood, strings.Count(out, "\n"), len(out))
	if strings.Count(out, "\n") > 1 || strings.Contains(out, "ATTACKER") {
		t.Errorf("log after %d bad requests:\n%s\nwant one summary line without request text", flood, out)
	}
	if refused.Load() != flood {
		t.Errorf("OnReject called %d times; want %d", refused.Load(), flood)
	}
}
