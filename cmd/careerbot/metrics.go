package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"net/http"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/careerbot/careerbot/adapters/guard"
	"github.com/careerbot/careerbot/bot"
)

// latencyBuckets are the upper bounds, in seconds, of the answer latency
// histogram. Answers come from memory or a local SQLite file, so most fall
// in the millisecond buckets; the top ones catch a struggling machine.
var latencyBuckets = []float64{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5}

// metrics counts what careerbot does and writes it in the Prometheus text
// exposition format (version 0.0.4). It is safe for concurrent use.
type metrics struct {
	mu         sync.Mutex
	questions  map[questionKey]uint64
	buckets    []uint64 // counts per latencyBuckets bound, not cumulative
	count      uint64   // answers observed (the histogram's +Inf bucket)
	sum        float64  // seconds
	unknown    uint64
	errors     uint64
	reconnects map[string]uint64
	rejected   map[rejectKey]uint64
	busy       map[string]uint64 // questions answered "busy", by platform
	limit      *guard.Limiter    // answers in flight; nil: no gauge
}

type questionKey struct{ intent, platform string }

type rejectKey struct{ platform, reason string }

// newMetrics returns empty metrics; platforms get a reconnect counter at
// zero so dashboards see the series before the first reconnect.
func newMetrics(platforms ...string) *metrics {
	m := &metrics{
		questions:  make(map[questionKey]uint64),
		buckets:    make([]uint64, len(latencyBuckets)),
		reconnects: make(map[string]uint64),
		rejected:   make(map[rejectKey]uint64),
		busy:       make(map[string]uint64),
	}
	for _, p := range platforms {
		m.reconnects[p] = 0
		m.busy[p] = 0
	}
	return m
}

// rejectedRequest records a request refused before it reached the bot.
func (m *metrics) rejectedRequest(platform, reason string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.rejected[rejectKey{platform, reason}]++
}

// answeredBusy records a question answered "busy" because every answer
// slot was taken.
func (m *metrics) answeredBusy(platform string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.busy[platform]++
}

// observe records one answered question.
func (m *metrics) observe(platform string, a bot.Answer, took time.Duration) {
	intent := a.Intent
	if intent == "" {
		intent = "none"
	}
	if platform == "" {
		platform = "none"
	}
	s := took.Seconds()
	m.mu.Lock()
	defer m.mu.Unlock()
	m.questions[questionKey{intent, platform}]++
	// The first bound at or above s is the bucket (bounds are "le").
	if i, _ := slices.BinarySearch(latencyBuckets, s); i < len(latencyBuckets) {
		m.buckets[i]++
	}
	m.count++
	m.sum += s
	switch a.Kind {
	case bot.KindUnknown:
		m.unknown++
	case bot.KindError:
		m.errors++
	}
}

// reconnected records that a platform connection was re-established.
func (m *metrics) reconnected(platform string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.reconnects[platform]++
}

// ServeHTTP serves /metrics.
func (m *metrics) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	m.write(w)
}

// write writes every metric in the text exposition format, series sorted so
// the output is stable.
func (m *metrics) write(w io.Writer) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	b := bufio.NewWriter(w)

	header(b, "careerbot_questions_total", "counter", "Questions answered, by the intent that answered them and the platform they came from.")
	keys := make([]questionKey, 0, len(m.questions))
	for k := range m.questions {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b questionKey) int {
		if c := strings.Compare(a.intent, b.intent); c != 0 {
			return c
		}
		return strings.Compare(a.platform, b.platform)
	})
	for _, k := range keys {
		fmt.Fprintf(b, "careerbot_questions_total{intent=%s,platform=%s} %d\n", labelValue(k.intent), labelValue(k.platform), m.questions[k])
	}

	header(b, "careerbot_answer_seconds", "histogram", "Time taken to answer a question.")
	var cumulative uint64
	for i, le := range latencyBuckets {
		cumulative += m.buckets[i]
		fmt.Fprintf(b, "careerbot_answer_seconds_bucket{le=\"%s\"} %d\n", formatFloat(le), cumulative)
	}
	fmt.Fprintf(b, "careerbot_answer_seconds_bucket{le=\"+Inf\"} %d\n", m.count)
	fmt.Fprintf(b, "careerbot_answer_seconds_sum %s\n", formatFloat(m.sum))
	fmt.Fprintf(b, "careerbot_answer_seconds_count %d\n", m.count)

	header(b, "careerbot_unknown_career_total", "counter", "Questions about a career the knowledge base does not have.")
	fmt.Fprintf(b, "careerbot_unknown_career_total %d\n", m.unknown)

	header(b, "careerbot_errors_total", "counter", "Questions answered with an apology because the program failed.")
	fmt.Fprintf(b, "careerbot_errors_total %d\n", m.errors)

	header(b, "careerbot_reconnects_total", "counter", "Platform connections re-established after a drop.")
	platforms := make([]string, 0, len(m.reconnects))
	for p := range m.reconnects {
		platforms = append(platforms, p)
	}
	slices.Sort(platforms)
	for _, p := range platforms {
		fmt.Fprintf(b, "careerbot_reconnects_total{platform=%s} %d\n", labelValue(p), m.reconnects[p])
	}

	header(b, "careerbot_rejected_requests_total", "counter", "Requests refused before reaching the bot: bad signature, body too large, malformed.")
	rejects := slices.SortedFunc(maps.Keys(m.rejected), func(a, b rejectKey) int {
		if c := strings.Compare(a.platform, b.platform); c != 0 {
			return c
		}
		return strings.Compare(a.reason, b.reason)
	})
	for _, k := range rejects {
		fmt.Fprintf(b, "careerbot_rejected_requests_total{platform=%s,reason=%s} %d\n", labelValue(k.platform), labelValue(k.reason), m.rejected[k])
	}

	header(b, "careerbot_busy_replies_total", "counter", "Questions answered \"busy, try again\" because CAREERBOT_MAX_CONCURRENT_ANSWERS answers were in flight.")
	for _, p := range slices.Sorted(maps.Keys(m.busy)) {
		fmt.Fprintf(b, "careerbot_busy_replies_total{platform=%s} %d\n", labelValue(p), m.busy[p])
	}

	if m.limit != nil {
		header(b, "careerbot_answers_in_flight", "gauge", "Answers being worked on now.")
		fmt.Fprintf(b, "careerbot_answers_in_flight %d\n", m.limit.InFlight())
		header(b, "careerbot_answers_in_flight_max", "gauge", "The bound on answers in flight (CAREERBOT_MAX_CONCURRENT_ANSWERS).")
		fmt.Fprintf(b, "careerbot_answers_in_flight_max %d\n", m.limit.Cap())
	}

	header(b, "careerbot_build_info", "gauge", "Always 1; the labels say which build is running.")
	bi := buildInfo()
	fmt.Fprintf(b, "careerbot_build_info{version=%s,revision=%s,goversion=%s} 1\n", labelValue(bi.version), labelValue(bi.revision), labelValue(bi.goVersion))
	return b.Flush()
}

func header(w io.Writer, name, typ, help string) {
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, typ)
}

// labelValue quotes a label value as the exposition format wants: only
// backslash, double quote and newline are escaped.
func labelValue(s string) string { return `"` + labelEscaper.Replace(s) + `"` }

var labelEscaper = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

// answerer is what the adapters need from the bot; the Slack adapter uses
// only Answer.
type answerer interface {
	Answer(ctx context.Context, req bot.Request) bot.Answer
	CareerNames(ctx context.Context, partial string, limit int) []string
}

// instrumented wraps the bot for the adapters: it counts every answer and,
// through guard.Answer, turns a panic into an apology logged with its stack
// so one bad question never takes the process down.
type instrumented struct {
	next    answerer
	metrics *metrics
	log     *slog.Logger
}

var _ answerer = (*instrumented)(nil)

// Answer answers req with the wrapped bot, recording the answer's intent,
// kind and latency.
func (i *instrumented) Answer(ctx context.Context, req bot.Request) bot.Answer {
	start := time.Now()
	a := guard.Answer(i.log, req.Platform, func() bot.Answer { return i.next.Answer(ctx, req) })
	i.metrics.observe(req.Platform, a, time.Since(start))
	return a
}

// CareerNames passes autocomplete through, offering nothing if it panics.
func (i *instrumented) CareerNames(ctx context.Context, partial string, limit int) (names []string) {
	defer func() {
		if p := recover(); p != nil {
			i.log.Error("career names panicked", "panic", p, "stack", string(debug.Stack()))
			names = nil
		}
	}()
	return i.next.CareerNames(ctx, partial, limit)
}
