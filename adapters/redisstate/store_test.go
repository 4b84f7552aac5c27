package redisstate_test

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/careerbot/careerbot/adapters/redisstate"
	"github.com/careerbot/careerbot/adapters/slack"
	"github.com/careerbot/careerbot/bot"
)

var (
	_ bot.Conversations = (*redisstate.Store)(nil)
	_ slack.Dedupe      = (*redisstate.Store)(nil)
)

// syncBuffer collects log output written from several goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf strings.Builder
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// newStore returns a store on r, logging into logs.
func newStore(t testing.TB, r *redisServer, opts redisstate.Options) (*redisstate.Store, *syncBuffer) {
	t.Helper()
	logs := &syncBuffer{}
	opts.Logger = slog.New(slog.NewTextHandler(logs, nil))
	s, err := redisstate.New(r.url(), opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, logs
}

// client is a plain Redis client, to look at what the store wrote.
func client(t testing.TB, r *redisServer) *redis.Client {
	t.Helper()
	opts, err := redis.ParseURL(r.url())
	if err != nil {
		t.Fatal(err)
	}
	c := redis.NewClient(opts)
	t.Cleanup(func() { c.Close() })
	return c
}

func TestNewRefusesBadURL(t *testing.T) {
	for _, u := range []string{"", "http://example.com", "redis://user:hunter2@host:notaport"} {
		_, err := redisstate.New(u, redisstate.Options{})
		if err == nil {
			t.Errorf("New(%q) = nil error; want one", u)
			continue
		}
		if strings.Contains(err.Error(), "hunter2") {
			t.Errorf("New(%q) error shows the password: %v", u, err)
		}
	}
}

// TestConversationsShared puts a conversation through one store and gets
// it through another on the same Redis, as two replicas would; the key has
// the conversation TTL.
func TestConversationsShared(t *testing.T) {
	r := startRedis(t)
	ctx := context.Background()
	a, _ := newStore(t, r, redisstate.Options{ConversationTTL: 10 * time.Minute})
	b, _ := newStore(t, r, redisstate.Options{ConversationTTL: 10 * time.Minute})
	want := bot.Conversation{Careers: []string{"29-1141.00", "47-2111.00"}, Intent: "compare", Fields: []string{"hourly"}}
	a.Put(ctx, "slack:T1:C1::U1", want)
	got, ok := b.Get(ctx, "slack:T1:C1::U1")
	if !ok || strings.Join(got.Careers, ",") != strings.Join(want.Careers, ",") || got.Intent != want.Intent || got.Fields[0] != "hourly" {
		t.Fatalf("Get on the other replica = %+v, %v; want %+v", got, ok, want)
	}
	if _, ok := b.Get(ctx, "slack:T1:C1::U2"); ok {
		t.Error("another key found a conversation")
	}
	ttl, err := client(t, r).PTTL(ctx, "careerbot:conversation:slack:T1:C1::U1").Result()
	if err != nil || ttl <= 9*time.Minute || ttl > 10*time.Minute {
		t.Errorf("conversation TTL = %v (%v); want just under 10m", ttl, err)
	}
}

// TestClaimAcrossReplicas: a delivery claimed on one replica is not
// answered on another; while it is under way the other waits; a failed
// one is released so a retry answers.
func TestClaimAcrossReplicas(t *testing.T) {
	r := startRedis(t)
	ctx := context.Background()
	a, _ := newStore(t, r, redisstate.Options{DedupeTTL: time.Minute})
	b, _ := newStore(t, r, redisstate.Options{DedupeTTL: time.Minute})

	finish, ok, err := a.Claim(ctx, "msg:C1:1.0", "event:E1")
	if !ok || err != nil {
		t.Fatalf("first claim = %v, %v; want to answer", ok, err)
	}
	waited := make(chan bool, 1)
	go func() {
		_, ok, _ := b.Claim(ctx, "event:E1") // the retry, on the other replica
		waited <- ok
	}()
	select {
	case <-waited:
		t.Fatal("the retry did not wait for the delivery under way")
	case <-time.After(100 * time.Millisecond):
	}
	finish(true)
	select {
	case ok := <-waited:
		if ok {
			t.Error("the retry answers too after the first delivery answered")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the retry still waits after the first delivery answered")
	}
	// The same message seen as another event (message and app_mention).
	if _, ok, _ := b.Claim(ctx, "msg:C1:1.0", "event:E2"); ok {
		t.Error("the same message under another event id answers again")
	}
	ttl, err := client(t, r).PTTL(ctx, "careerbot:dedupe:event:E1").Result()
	if err != nil || ttl <= 50*time.Second || ttl > time.Minute {
		t.Errorf("answered key TTL = %v (%v); want just under 1m", ttl, err)
	}

	finish, ok, _ = a.Claim(ctx, "event:E3")
	if !ok {
		t.Fatal("a new event is not claimed")
	}
	finish(false) // nothing was posted
	finish2, ok, _ := b.Claim(ctx, "event:E3")
	if !ok {
		t.Fatal("a retry after a failed delivery does not answer")
	}
	finish2(true)

	// A claim waiting for ever would hold a Slack retry: ctx bounds it.
	_, ok, _ = a.Claim(ctx, "event:E4")
	short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	if _, ok2, err := b.Claim(short, "event:E4"); ok2 || !errors.Is(err, context.DeadlineExceeded) || !ok {
		t.Errorf("claim while another is pending, ctx ending = %v, %v; want the context's error", ok2, err)
	}
}

// TestOutage stops Redis: every call still works, from memory, with one
// warning however many calls fail; when Redis is back the store uses it
// again and says so.
func TestOutage(t *testing.T) {
	r := startRedis(t)
	ctx := context.Background()
	s, logs := newStore(t, r, redisstate.Options{RetryAfter: 50 * time.Millisecond, Timeout: 100 * time.Millisecond})
	s.Put(ctx, "k1", bot.Conversation{Intent: "salary", Careers: []string{"a"}})

	r.stop()
	start := time.Now()
	if c, ok := s.Get(ctx, "k1"); !ok || c.Intent != "salary" {
		t.Errorf("Get during the outage = %+v, %v; want this replica's copy", c, ok)
	}
	for i := range 20 {
		s.Put(ctx, "k2", bot.Conversation{Intent: "skills", Rank: i})
		if c, ok := s.Get(ctx, "k2"); !ok || c.Rank != i {
			t.Fatalf("Get after Put during the outage = %+v, %v", c, ok)
		}
		finish, ok, err := s.Claim(ctx, "event:X")
		if i == 0 && (!ok || err != nil) {
			t.Fatalf("claim during the outage = %v, %v; want to answer", ok, err)
		}
		if i == 0 {
			finish(true)
		} else if ok {
			t.Fatal("a retry during the outage answers again on the same replica")
		}
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("60 calls during the outage took %v", d)
	}
	if n := strings.Count(logs.String(), "redis unreachable"); n != 1 {
		t.Errorf("%d warnings during one outage; want 1:\n%s", n, logs)
	}

	r.start() // same port, empty
	time.Sleep(60 * time.Millisecond)
	s.Put(ctx, "k3", bot.Conversation{Intent: "compare"})
	if !strings.Contains(logs.String(), "redis reachable again") {
		t.Errorf("no word of Redis coming back:\n%s", logs)
	}
	other, _ := newStore(t, r, redisstate.Options{})
	if c, ok := other.Get(ctx, "k3"); !ok || c.Intent != "compare" {
		t.Errorf("after the outage, another replica gets %+v, %v; want the conversation put through Redis", c, ok)
	}
}
