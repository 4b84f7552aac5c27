package slack_test

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/careerbot/careerbot/adapters/guard"
	"github.com/careerbot/careerbot/adapters/slack"
)

// loadQuestions are what the load benchmark asks, in turn: comparisons and
// profiles of careers on the seed pages, and a misspelt name.
var loadQuestions = []string{
	"compare lead technician vs senior support technician",
	"how much does a senior support tech make?",
	"top skills for a lead technician",
	"salary of registered nurse",
	"compare senoir suport technician and lead technican",
}

// BenchmarkSlashCommandsUnderLoad sends signed /career commands from 256
// connections at once to the real adapter and bot, as a busy workspace
// would, and reports the 99th percentile latency Slack sees and how many
// got "busy" instead of an answer. "unbounded" is the adapter without a
// useful limit, for comparison.
func BenchmarkSlashCommandsUnderLoad(b *testing.B) {
	const conns = 256
	for _, bc := range []struct {
		name  string
		limit int
	}{
		{"limit=default", guard.DefaultMaxAnswers},
		{"unbounded", 1 << 20},
	} {
		b.Run(bc.name, func(b *testing.B) {
			a, err := slack.New(slack.Config{SigningSecret: testSecret, Limiter: guard.NewLimiter(bc.limit)}, realBot(b))
			if err != nil {
				b.Fatal(err)
			}
			mux := http.NewServeMux()
			a.Register(mux)
			srv := httptest.NewServer(mux)
			defer srv.Close()
			client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns}}
			defer client.CloseIdleConnections()

			var (
				next      atomic.Int64
				shed      atomic.Int64
				mu        sync.Mutex
				latencies = make([]time.Duration, 0, b.N)
			)
			b.ResetTimer()
			var wg sync.WaitGroup
			for range conns {
				wg.Go(func() {
					var mine []time.Duration
					for {
						i := next.Add(1) - 1
						if i >= int64(b.N) {
							break
						}
						body := url.Values{"command": {"/career"}, "text": {loadQuestions[i%int64(len(loadQuestions))]}}.Encode()
						req := signedRequest(srv.URL+"/slack/commands", body)
						start := time.Now()
						res, err := client.Do(req)
						if err != nil {
							b.Error(err)
							return
						}
						reply, _ := io.ReadAll(res.Body)
						res.Body.Close()
						mine = append(mine, time.Since(start))
						if res.StatusCode != http.StatusOK {
							b.Errorf("status %d", res.StatusCode)
							return
						}
						if bytes.Contains(reply, []byte(guard.BusyText)) {
							shed.Add(1)
						}
					}
					mu.Lock()
					latencies = append(latencies, mine...)
					mu.Unlock()
				})
			}
			wg.Wait()
			b.StopTimer()
			if len(latencies) == 0 {
				return
			}
			slices.Sort(latencies)
			p := func(q float64) float64 {
				return float64(latencies[min(len(latencies)-1, int(q*float64(len(latencies))))].Microseconds()) / 1000
			}
			b.ReportMetric(p(0.50), "p50-ms")
			b.ReportMetric(p(0.99), "p99-ms")
			b.ReportMetric(float64(latencies[len(latencies)-1].Microseconds())/1000, "max-ms")
			b.ReportMetric(float64(shed.Load())/float64(len(latencies))*100, "busy-%")
		})
	}
}

// signedRequest builds a slash command request signed with testSecret,
// without a testing.T: the benchmark's workers build many.
func signedRequest(target, body string) *http.Request {
	req, _ := http.NewRequest(http.MethodPost, target, strings.NewReader(body))
	stamp := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(testSecret))
	fmt.Fprintf(mac, "v0:%s:%s", stamp, body)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Slack-Request-Timestamp", stamp)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	return req
}
