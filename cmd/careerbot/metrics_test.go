package main

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/careerbot/careerbot/adapters/guard"
	"github.com/careerbot/careerbot/bot"
)

func TestMetricsWrite(t *testing.T) {
	m := newMetrics("slack", "discord")
	m.observe("slack", bot.Answer{Kind: bot.KindCompare, Intent: "compare"}, 300*time.Microsecond)
	m.observe("slack", bot.Answer{Kind: bot.KindCompare, Intent: "compare"}, time.Millisecond) // on a bound: counted in it
	m.observe("discord", bot.Answer{Kind: bot.KindUnknown, Intent: "salary"}, 40*time.Millisecond)
	m.observe("discord", bot.Answer{Kind: bot.KindError, Intent: "error"}, 3*time.Second) // above every bound
	m.observe("", bot.Answer{Kind: bot.KindHint}, 0)
	m.reconnected("discord")
	m.reconnected("discord")
	m.rejectedRequest("slack", "bad_signature")
	m.rejectedRequest("slack", "bad_signature")
	m.rejectedRequest("discord", "too_large")
	m.answeredBusy("discord")
	m.limit = guard.NewLimiter(4)
	release, _ := m.limit.TryAcquire()
	defer release()

	var b bytes.Buffer
	if err := m.write(&b); err != nil {
		t.Fatal(err)
	}
	want := `# HELP careerbot_questions_total Questions answered, by the intent that answered them and the platform they came from.
# TYPE careerbot_questions_total counter
careerbot_questions_total{intent="compare",platform="slack"} 2
careerbot_questions_total{intent="error",platform="discord"} 1
careerbot_questions_total{intent="none",platform="none"} 1
careerbot_questions_total{intent="salary",platform="discord"} 1
# HELP careerbot_answer_seconds Time taken to answer a question.
# TYPE careerbot_answer_seconds histogram
careerbot_answer_seconds_bucket{le="0.0005"} 2
careerbot_answer_seconds_bucket{le="0.001"} 3
careerbot_answer_seconds_bucket{le="0.0025"} 3
careerbot_answer_seconds_bucket{le="0.005"} 3
careerbot_answer_seconds_bucket{le="0.01"} 3
careerbot_answer_seconds_bucket{le="0.025"} 3
careerbot_answer_seconds_bucket{le="0.05"} 4
careerbot_answer_seconds_bucket{le="0.1"} 4
careerbot_answer_seconds_bucket{le="0.25"} 4
careerbot_answer_seconds_bucket{le="0.5"} 4
careerbot_answer_seconds_bucket{le="1"} 4
careerbot_answer_seconds_bucket{le="2.5"} 4
careerbot_answer_seconds_bucket{le="+Inf"} 5
careerbot_answer_seconds_sum 3.0413
careerbot_answer_seconds_count 5
# HELP careerbot_unknown_career_total Questions about a career the knowledge base does not have.
# TYPE careerbot_unknown_career_total counter
careerbot_unknown_career_total 1
# HELP careerbot_errors_total Questions answered with an apology because the program failed.
# TYPE careerbot_errors_total counter
careerbot_errors_total 1
# HELP careerbot_reconnects_total Platform connections re-established after a drop.
# TYPE careerbot_reconnects_total counter
careerbot_reconnects_total{platform="discord"} 2
careerbot_reconnects_total{platform="slack"} 0
# HELP careerbot_rejected_requests_total Requests refused before reaching the bot: bad signature, body too large, malformed.
# TYPE careerbot_rejected_requests_total counter
careerbot_rejected_requests_total{platform="discord",reason="too_large"} 1
careerbot_rejected_requests_total{platform="slack",reason="bad_signature"} 2
# HELP careerbot_busy_replies_total Questions answered "busy, try again" because CAREERBOT_MAX_CONCURRENT_ANSWERS answers were in flight.
# TYPE careerbot_busy_replies_total counter
careerbot_busy_replies_total{platform="discord"} 1
careerbot_busy_replies_total{platform="slack"} 0
# HELP careerbot_answers_in_flight Answers being worked on now.
# TYPE careerbot_answers_in_flight gauge
careerbot_answers_in_flight 1
# HELP careerbot_answers_in_flight_max The bound on answers in flight (CAREERBOT_MAX_CONCURRENT_ANSWERS).
# TYPE careerbot_answers_in_flight_max gauge
careerbot_answers_in_flight_max 4
# HELP careerbot_build_info Always 1; the labels say which build is running.
# TYPE careerbot_build_info gauge
`
	got, buildLine, _ := strings.Cut(b.String(), "careerbot_build_info{")
	if got != want {
		t.Errorf("metrics:\n%s\nwant:\n%s", got, want)
	}
	// The build's labels depend on how the test binary was built.
	if !regexp.MustCompile(`^version="dev",revision="[^"]+",goversion="go[^"]+"} 1\n$`).MatchString(buildLine) {
		t.Errorf("build info line = careerbot_build_info{%s; want version, revision and goversion labels and the value 1", buildLine)
	}
}

func TestMetricsHTTP(t *testing.T) {
	m := newMetrics()
	rec := httptest.NewRecorder()
	m.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if ct := rec.Header().Get("Content-Type"); ct != "text/plain; version=0.0.4; charset=utf-8" {
		t.Errorf("Content-Type = %q; want the Prometheus text format", ct)
	}
	if !strings.Contains(rec.Body.String(), "careerbot_errors_total 0\n") {
		t.Errorf("body lacks careerbot_errors_total 0:\n%s", rec.Body)
	}
}

func TestLabelValue(t *testing.T) {
	tests := []struct{ in, want string }{
		{"slack", `"slack"`},
		{`a"b`, `"a\"b"`},
		{`a\b`, `"a\\b"`},
		{"a\nb", `"a\nb"`},
		{"", `""`},
	}
	for _, tt := range tests {
		if got := labelValue(tt.in); got != tt.want {
			t.Errorf("labelValue(%q) = %s; want %s", tt.in, got, tt.want)
		}
	}
}

// answerFunc turns a function into an answerer, so a test can give the
// wrapper an answer of its choosing or a panic.
type answerFunc func(bot.Request) bot.Answer

func (f answerFunc) Answer(_ context.Context, r bot.Request) bot.Answer { return f(r) }
func (f answerFunc) CareerNames(_ context.Context, partial string, _ int) []string {
	f(bot.Request{Text: partial})
	return []string{"Lead Technician"}
}

func TestInstrumented(t *testing.T) {
	tests := []struct {
		name       string
		next       answerFunc
		wantKind   bot.Kind
		wantMetric string
		wantLog    string
	}{
		{
			name: "answer counted by intent and platform",
			next: func(bot.Request) bot.Answer {
				return bot.Answer{Kind: bot.KindCompare, Intent: "compare", Summary: "x"}
			},
			wantKind:   bot.KindCompare,
			wantMetric: `careerbot_questions_total{intent="compare",platform="slack"} 1`,
		},
		{
			name:       "unknown career counted",
			next:       func(bot.Request) bot.Answer { return bot.Answer{Kind: bot.KindUnknown, Intent: "salary", Summary: "x"} },
			wantKind:   bot.KindUnknown,
			wantMetric: "careerbot_unknown_career_total 1",
		},
		{
			name:       "panic becomes a logged apology",
			next:       func(bot.Request) bot.Answer { panic("index out of range") },
			wantKind:   bot.KindError,
			wantMetric: "careerbot_errors_total 1",
			wantLog:    "answer panicked",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var logs bytes.Buffer
			m := newMetrics()
			i := &instrumented{next: tt.next, metrics: m, log: slog.New(slog.NewTextHandler(&logs, nil))}
			a := i.Answer(context.Background(), bot.Request{Text: "q", Platform: "slack"})
			if a.Kind != tt.wantKind {
				t.Errorf("Answer().Kind = %q; want %q", a.Kind, tt.wantKind)
			}
			if a.Summary == "" {
				t.Errorf("Answer().Summary is empty")
			}
			var b bytes.Buffer
			m.write(&b)
			if !strings.Contains(b.String(), tt.wantMetric+"\n") {
				t.Errorf("metrics lack %q:\n%s", tt.wantMetric, &b)
			}
			if !strings.Contains(b.String(), "careerbot_answer_seconds_count 1\n") {
				t.Errorf("latency not observed:\n%s", &b)
			}
			if !strings.Contains(logs.String(), tt.wantLog) {
				t.Errorf("log lacks %q:\n%s", tt.wantLog, &logs)
			}
		})
	}
}

func TestInstrumentedCareerNames(t *testing.T) {
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	ok := &instrumented{next: answerFunc(func(bot.Request) bot.Answer { return bot.Answer{} }), metrics: newMetrics(), log: log}
	if got := ok.CareerNames(context.Background(), "lead", 25); len(got) != 1 || got[0] != "Lead Technician" {
		t.Errorf("CareerNames() = %q; want [Lead Technician]", got)
	}
	bad := &instrumented{next: answerFunc(func(bot.Request) bot.Answer { panic("boom") }), metrics: newMetrics(), log: log}
	if got := bad.CareerNames(context.Background(), "lead", 25); got != nil {
		t.Errorf("CareerNames() after a panic = %q; want nil", got)
	}
	if !strings.Contains(logs.String(), "career names panicked") {
		t.Errorf("log lacks the panic:\n%s", &logs)
	}
}

// BenchmarkMetricsScrape serves /metrics after a thousand answers: the cost
// of one Prometheus scrape with the hand-written exporter.
func BenchmarkMetricsScrape(b *testing.B) {
	m := newMetrics("slack", "discord")
	for i := range 1000 {
		m.observe([]string{"slack", "discord"}[i%2], bot.Answer{Kind: bot.KindProfile, Intent: []string{"pay", "compare", "rank"}[i%3]}, time.Duration(i)*time.Microsecond)
	}
	req := httptest.NewRequest("GET", "/metrics", nil)
	b.ReportAllocs()
	for b.Loop() {
		m.ServeHTTP(httptest.NewRecorder(), req)
	}
}
