package discord_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/careerbot/careerbot/adapters/discord"
	"github.com/careerbot/careerbot/bot"
	"github.com/careerbot/careerbot/knowledge"
)

var _ discord.Answerer = (*bot.Bot)(nil)

var seeds struct {
	once sync.Once
	kb   *knowledge.Base
	bot  *bot.Bot
	err  error
}

// seedBot is the real bot answering from the embedded seed pages.
func seedBot(t testing.TB) *bot.Bot {
	t.Helper()
	seeds.once.Do(func() {
		kb, err := knowledge.LoadSeeds(context.Background())
		seeds.kb, seeds.bot, seeds.err = kb, bot.New(kb), err
	})
	if seeds.err != nil {
		t.Fatalf("knowledge.LoadSeeds: %v", seeds.err)
	}
	return seeds.bot
}

// conversationBot is the real bot on the seed knowledge, remembering
// conversations in memory: a bot of its own, the shared one has none.
func conversationBot(t testing.TB) *bot.Bot {
	t.Helper()
	seedBot(t)
	return bot.New(seeds.kb).WithConversations(bot.NewMemoryConversations(time.Hour, 100))
}

// recorder passes questions on to an Answerer and remembers them, so tests
// can check the exact question the router was asked.
type recorder struct {
	discord.Answerer
	mu   sync.Mutex
	asks []bot.Request
}

func (r *recorder) Answer(ctx context.Context, req bot.Request) bot.Answer {
	r.mu.Lock()
	r.asks = append(r.asks, req)
	r.mu.Unlock()
	return r.Answerer.Answer(ctx, req)
}

// asked reports whether the router was asked q from Discord.
func (r *recorder) asked(q string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, req := range r.asks {
		if req.Text == q && req.Platform == "discord" {
			return true
		}
	}
	return false
}

func (r *recorder) questions() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var qs []string
	for _, req := range r.asks {
		qs = append(qs, req.Text)
	}
	return qs
}

// fixed answers every question with one answer and offers names for
// autocomplete, ignoring the limit so the adapter's own cap is exercised.
type fixed struct {
	answer bot.Answer
	names  []string
}

func (f fixed) Answer(context.Context, bot.Request) bot.Answer { return f.answer }

func (f fixed) CareerNames(context.Context, string, int) []string { return f.names }

// syncBuffer collects log output written from many goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// urlWithPath matches a URL that still has a path other than the
// redaction mark: any path may carry a credential.
var urlWithPath = regexp.MustCompile(`[a-z]+://[^/\s"]+/[^\[\s"]`)

func testLogger(t testing.TB) (*slog.Logger, *syncBuffer) {
	logs := &syncBuffer{}
	t.Cleanup(func() {
		out := logs.String()
		// Interaction tokens in the tests start with "itoken-".
		for _, secret := range []string{testToken, "itoken-"} {
			if strings.Contains(out, secret) {
				t.Errorf("a token (%q) appears in the logs:\n%s", secret, out)
			}
		}
		if m := urlWithPath.FindString(out); m != "" {
			t.Errorf("the logs hold a URL with its path (%q):\n%s", m, out)
		}
	})
	return slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})), logs
}

// gateway is an adapter running its gateway session against a fake Discord.
type gateway struct {
	fake       *fakeDiscord
	adapter    *discord.Adapter
	conn       *gatewayConn // the first connection, ready
	logs       *syncBuffer
	reconnects chan struct{}
	stop       func() error // ends Run's context and waits for Run to return
}

// startGateway runs an adapter with a bot token against a new fake Discord
// and waits until it is connected. setup may adjust the config and the fake.
func startGateway(t *testing.T, ans discord.Answerer, setup func(*discord.Config, *fakeDiscord)) *gateway {
	t.Helper()
	fake := newFakeDiscord(t)
	logger, logs := testLogger(t)
	g := &gateway{fake: fake, logs: logs, reconnects: make(chan struct{}, 10)}
	cfg := discord.Config{
		BotToken:    testToken,
		AppID:       testAppID,
		APIBase:     fake.srv.URL,
		Logger:      logger,
		OnReconnect: func() { g.reconnects <- struct{}{} },
	}
	if setup != nil {
		setup(&cfg, fake)
	}
	a, err := discord.New(cfg, ans)
	if err != nil {
		t.Fatalf("discord.New: %v", err)
	}
	if a.Ready() {
		t.Errorf("Ready() = true before Run; want false")
	}
	g.adapter = a
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	var once sync.Once
	var runErr error
	g.stop = func() error {
		once.Do(func() {
			cancel()
			select {
			case runErr = <-done:
			case <-time.After(waitTimeout):
				runErr = errors.New("Run did not return after its context ended")
			}
		})
		return runErr
	}
	t.Cleanup(func() {
		if err := g.stop(); err != nil {
			t.Errorf("Run: %v", err)
		}
	})
	g.conn = fake.waitConn(t, 1)
	eventually(t, "adapter ready", a.Ready)
	return g
}

// eventually polls cond, for state the adapter changes asynchronously.
func eventually(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(waitTimeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// messageCreate is a MESSAGE_CREATE payload; guild "" is a DM.
func messageCreate(id, channel, guild, authorID string, authorIsBot bool, content string, mentions ...string) map[string]any {
	m := map[string]any{
		"id":         id,
		"channel_id": channel,
		"author":     map[string]any{"id": authorID, "username": "someone", "discriminator": "0", "bot": authorIsBot},
		"content":    content,
		"timestamp":  "2025-01-02T03:04:05.000000+00:00",
		"type":       0,
		"mentions":   []any{},
	}
	for _, u := range mentions {
		m["mentions"] = append(m["mentions"].([]any), map[string]any{"id": u, "username": "careerbot", "bot": u == botUserID})
	}
	if guild != "" {
		m["guild_id"] = guild
	}
	return m
}

// interaction is an INTERACTION_CREATE payload for a slash command (typ 2)
// or an autocomplete request (typ 4); options alternate name, value, and a
// name starting with "*" is the focused option.
func interaction(id string, typ int, command string, options ...string) map[string]any {
	var opts []any
	for i := 0; i+1 < len(options); i += 2 {
		name := options[i]
		o := map[string]any{"type": 3, "name": strings.TrimPrefix(name, "*"), "value": options[i+1]}
		if strings.HasPrefix(name, "*") {
			o["focused"] = true
		}
		opts = append(opts, o)
	}
	return map[string]any{
		"id":             id,
		"application_id": testAppID,
		"type":           typ,
		"token":          "itoken-" + id,
		"version":        1,
		"channel_id":     "600000000000000006",
		"guild_id":       "400000000000000004",
		"member":         map[string]any{"user": map[string]any{"id": "300000000000000003", "username": "alice", "discriminator": "0"}},
		"data":           map[string]any{"id": "500000000000000005", "name": command, "type": 1, "options": opts},
	}
}

func inChannel(channel string) func(call) bool {
	return func(c call) bool {
		return c.Method == "POST" && c.Path == "/api/v9/channels/"+channel+"/messages"
	}
}

func callbackFor(id string) func(call) bool {
	return func(c call) bool {
		return c.Method == "POST" && c.Path == "/api/v9/interactions/"+id+"/itoken-"+id+"/callback"
	}
}

func followupsFor(id string) func(call) bool {
	return func(c call) bool {
		return c.Method == "POST" && c.Path == "/api/v9/webhooks/"+testAppID+"/itoken-"+id
	}
}

// checkMessage checks one message payload against Discord's limits and
// that it can ping nobody.
func checkMessage(t testing.TB, where string, m map[string]any) {
	t.Helper()
	am, ok := m["allowed_mentions"].(map[string]any)
	if parse, isList := am["parse"].([]any); !ok || !isList || len(parse) != 0 || am["replied_user"] == true {
		t.Errorf("%s: allowed_mentions = %v; want {parse: [], replied_user: false}", where, m["allowed_mentions"])
	}
	if n := runes(m["content"]); n > 2000 {
		t.Errorf("%s: content has %d characters; want at most 2,000", where, n)
	}
	embeds, _ := m["embeds"].([]any)
	if len(embeds) > 10 {
		t.Errorf("%s: %d embeds; want at most 10", where, len(embeds))
	}
	if len(embeds) == 0 && runes(m["content"]) == 0 {
		t.Errorf("%s: neither content nor embeds", where)
	}
	total := 0
	for i, e := range embeds {
		e := e.(map[string]any)
		limit := func(what string, n, max int) {
			if n > max {
				t.Errorf("%s: embed %d %s has %d characters; want at most %d", where, i, what, n, max)
			}
			total += n
		}
		limit("title", runes(e["title"]), 256)
		limit("description", runes(e["description"]), 4096)
		if f, ok := e["footer"].(map[string]any); ok {
			limit("footer", runes(f["text"]), 2048)
		}
		fields, _ := e["fields"].([]any)
		if len(fields) > 25 {
			t.Errorf("%s: embed %d has %d fields; want at most 25", where, i, len(fields))
		}
		for _, f := range fields {
			f := f.(map[string]any)
			limit("field name", runes(f["name"]), 256)
			limit("field value", runes(f["value"]), 1024)
			if runes(f["name"]) == 0 || runes(f["value"]) == 0 {
				t.Errorf("%s: embed %d has an empty field name or value", where, i)
			}
		}
	}
	if total > 6000 {
		t.Errorf("%s: embeds hold %d characters; want at most 6,000", where, total)
	}
}

func runes(v any) int {
	s, _ := v.(string)
	return utf8.RuneCountInString(s)
}

// endpoint is an adapter serving only the HTTP interactions endpoint.
type endpoint struct {
	url  string
	priv ed25519.PrivateKey
	fake *fakeDiscord // receives follow-up messages
	logs *syncBuffer
}

func startEndpoint(t *testing.T, ans discord.Answerer, ephemeral bool) *endpoint {
	t.Helper()
	return startEndpointWith(t, ans, func(c *discord.Config, _ *discord.Adapter) { c.Ephemeral = ephemeral })
}

// startEndpointWith is startEndpoint with setup changing the config before
// the adapter is made, and the adapter (nil then) after.
func startEndpointWith(t *testing.T, ans discord.Answerer, setup func(*discord.Config, *discord.Adapter)) *endpoint {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	fake := newFakeDiscord(t)
	logger, logs := testLogger(t)
	cfg := discord.Config{
		PublicKey: hex.EncodeToString(pub),
		APIBase:   fake.srv.URL,
		Logger:    logger,
	}
	setup(&cfg, nil)
	a, err := discord.New(cfg, ans)
	if err != nil {
		t.Fatalf("discord.New: %v", err)
	}
	setup(&cfg, a)
	if !a.Ready() {
		t.Errorf("Ready() = false for an interactions-only adapter; want true")
	}
	// Without a bot token Run serves nothing itself: it waits for its
	// context, then for the replies the endpoint still sends.
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan error, 1)
	go func() { ran <- a.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-ran; err != nil {
			t.Errorf("Run without a bot token = %v; want nil", err)
		}
	})
	mux := http.NewServeMux()
	a.Register(mux)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return &endpoint{url: srv.URL + discord.InteractionsPath, priv: priv, fake: fake, logs: logs}
}

// sign sets Discord's signature headers on req for body, signed at ts with key.
func sign(req *http.Request, key ed25519.PrivateKey, ts time.Time, body []byte) {
	stamp := strconv.FormatInt(ts.Unix(), 10)
	req.Header.Set("X-Signature-Timestamp", stamp)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, append([]byte(stamp), body...))))
}

// post sends body to the endpoint; prepare signs (or mis-signs) it.
func (e *endpoint) post(t testing.TB, body []byte, prepare func(*http.Request)) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest("POST", e.url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if prepare != nil {
		prepare(req)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("POST %s: %v", e.url, err)
	}
	defer resp.Body.Close()
	got, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, got
}

// ask posts a validly signed interaction and decodes the 200 response.
func (e *endpoint) ask(t testing.TB, payload map[string]any) map[string]any {
	t.Helper()
	body := mustJSON(t, payload)
	status, got := e.post(t, body, func(r *http.Request) { sign(r, e.priv, time.Now(), body) })
	if status != http.StatusOK {
		t.Fatalf("POST interaction: status %d, body %q; want 200", status, got)
	}
	var resp map[string]any
	if err := json.Unmarshal(got, &resp); err != nil {
		t.Fatalf("response %q: %v", got, err)
	}
	return resp
}

func mustJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// choiceNames lists the names in an autocomplete response.
func choiceNames(t testing.TB, resp map[string]any) []string {
	t.Helper()
	if resp["type"] != float64(8) {
		t.Fatalf("response type = %v; want 8 (autocomplete result)", resp["type"])
	}
	data, _ := resp["data"].(map[string]any)
	choices, _ := data["choices"].([]any)
	var names []string
	for _, c := range choices {
		c := c.(map[string]any)
		if c["name"] != c["value"] {
			t.Errorf("choice name %v != value %v", c["name"], c["value"])
		}
		names = append(names, fmt.Sprint(c["name"]))
	}
	return names
}
