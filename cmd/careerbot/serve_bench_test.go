package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"log/slog"
	"net/http"
	"os"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/careerbot/careerbot/bot"
	"github.com/careerbot/careerbot/knowledge"
)

// serveQuestions are what the bench harness (../shared/bench) asks, in
// turn, with a figure each answer must hold. The figures are the seed page
// "Lead Technician vs Senior Support Technician" (salaries of lead and
// senior support technicians, the lead technician's hourly rate) and BLS
// OEWS for Computer User Support Specialists (whose alternate title is
// information technology support technician).
var serveQuestions = []struct{ text, figure string }{
	{"salary lead technician", "$90,615"},
	{"salary information technology support technician", "$45,591"},
	{"salary senior support technician", "$74,459"},
	{"what does a lead tech earn per hour", "$43.56"},
}

// benchHandler returns the handler chain serve puts behind
// CAREERBOT_HTTP_ADDR, with Slack's signing secret and Discord's public key
// set, as in the harness. It answers from the embedded knowledge, or from
// the database CAREERBOT_BENCH_DB names (the harness's 100,000-career run:
// see the README).
func benchHandler(b *testing.B, discordKey ed25519.PublicKey) http.Handler {
	b.Helper()
	cfg := config{}
	cfg.SlackSigningSecret = testSigningSecret
	cfg.DiscordPublicKey = hex.EncodeToString(discordKey)
	cfg.HTTPMaxBodyBytes = 1 << 20
	// Nothing to reach over the network: a chart edit fails at once on
	// loopback instead of looking up discord.com.
	cfg.DiscordAPIURL = "http://127.0.0.1:9"
	ctx := context.Background()
	log := slog.New(slog.DiscardHandler)
	kb, err := openLiveBase(ctx, os.Getenv("CAREERBOT_BENCH_DB"), log)
	if err != nil {
		b.Fatal(err)
	}
	st, err := newState(ctx, cfg, log)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(st.close)
	h, err := newHandlers(ctx, cfg, log, kb, st)
	if err != nil {
		b.Fatal(err)
	}
	return h.main
}

// signed is one request to replay: its path, body and signed headers.
type signed struct {
	path   string
	body   []byte
	header http.Header
	figure string
}

// replayWriter is a ResponseWriter the benchmarks reuse, so that what they
// measure is the handler and not the recorder.
type replayWriter struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (w *replayWriter) Header() http.Header { return w.header }
func (w *replayWriter) Write(p []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.body.Write(p)
}
func (w *replayWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
}
func (w *replayWriter) Flush() {}

func (w *replayWriter) reset() {
	clear(w.header)
	w.status = 0
	w.body.Reset()
}

// replay serves requests round-robin through h and fails on any answer
// that is not 200 with its figure.
func replay(b *testing.B, h http.Handler, requests []signed) {
	b.Helper()
	w := &replayWriter{header: http.Header{}}
	serveOne := func(i int) {
		s := requests[i%len(requests)]
		r, err := http.NewRequest(http.MethodPost, "http://127.0.0.1"+s.path, bytes.NewReader(s.body))
		if err != nil {
			b.Fatal(err)
		}
		r.Header = s.header
		w.reset()
		h.ServeHTTP(w, r)
		if w.status != http.StatusOK || !bytes.Contains(w.body.Bytes(), []byte(s.figure)) {
			b.Fatalf("POST %s %s: %d %.300s; want 200 with %s", s.path, s.body, w.status, w.body.Bytes(), s.figure)
		}
	}
	for i := range requests { // warm: the first answer of each question loads lazily
		serveOne(i)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu := processCPU(b)
	i := 0
	for b.Loop() {
		serveOne(i)
		i++
	}
	// The machine is shared: CPU time spent by the process (the handler,
	// the goroutines it starts, the garbage collector) moves less than
	// wall time when other programs take the cores.
	b.ReportMetric(float64(processCPU(b)-cpu)/float64(i), "cpu-ns/op")
}

// processCPU returns the user and system CPU time the process has used.
func processCPU(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkServeSlackCommand serves the harness's four /career slash
// commands, signed with the signing secret, through the handler chain of
// careerbot serve: signature check, form, bot, Block Kit, JSON.
func BenchmarkServeSlackCommand(b *testing.B) {
	h := benchHandler(b, make(ed25519.PublicKey, ed25519.PublicKeySize))
	var requests []signed
	for _, q := range serveQuestions {
		body, header := slackCommand(testSigningSecret, q.text)
		requests = append(requests, signed{"/slack/commands", []byte(body), header, q.figure})
	}
	replay(b, h, requests)
}

// BenchmarkServeDiscordInteraction serves the harness's four /career
// questions as Discord interactions, signed with Ed25519, through the
// handler chain of careerbot serve: signature check, JSON, bot, embeds,
// JSON. The pay chart that follows each answer is attached in the
// background, as in serve, against an address that refuses at once.
func BenchmarkServeDiscordInteraction(b *testing.B) {
	pub, priv, err := ed25519.GenerateKey(strings.NewReader(strings.Repeat("careerbot serve benchmark key!!!", 2)))
	if err != nil {
		b.Fatal(err)
	}
	h := benchHandler(b, pub)
	var requests []signed
	for _, q := range serveQuestions {
		body, header := discordCommand(priv, q.text)
		requests = append(requests, signed{"/discord/interactions", []byte(body), header, q.figure})
	}
	replay(b, h, requests)
}

// forgetful is a platform that keeps rendered answers.
type forgetful struct {
	readyFunc
	forgot int
}

func (f *forgetful) ForgetRendered() { f.forgot++ }

// TestReloadIntoForgetsRendered swaps the knowledge as serve does on a
// reload: the bot answers from the new knowledge and every platform that
// keeps rendered answers forgets them.
func TestReloadIntoForgetsRendered(t *testing.T) {
	ctx := context.Background()
	pages, err := knowledge.LoadSeedPages(ctx)
	if err != nil {
		t.Fatal(err)
	}
	full, err := knowledge.LoadSeeds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(pages)
	const q = "salary of actuaries" // an O*NET occupation that no seed page has
	if a := b.Answer(ctx, bot.Request{Text: q}); a.Kind != bot.KindUnknown {
		t.Fatalf("the seed pages alone answer %q: %s %q; want %s", q, a.Kind, a.Title, bot.KindUnknown)
	}
	keeps := &forgetful{readyFunc: func() bool { return true }}
	reloadInto(b, []namedPlatform{{"keeps", keeps}, {"plain", readyFunc(func() bool { return true })}})(full)
	if keeps.forgot != 1 {
		t.Errorf("ForgetRendered called %d times on reload; want 1", keeps.forgot)
	}
	got, want := b.Answer(ctx, bot.Request{Text: q}), bot.New(full).Answer(ctx, bot.Request{Text: q})
	if got.Kind != bot.KindProfile || !reflect.DeepEqual(got, want) {
		t.Errorf("after reload %q = %s %q; want the new knowledge's %s %q", q, got.Kind, got.Summary, want.Kind, want.Summary)
	}
}
