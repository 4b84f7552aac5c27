package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// execMainEnv, when set, makes the test binary run careerbot's main instead
// of the tests, so the end-to-end test can start the real program as a
// child process and send it a real SIGTERM.
const execMainEnv = "CAREERBOT_TEST_EXEC_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(execMainEnv) == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// The end-to-end question and the figure its answer must hold (from the
// seed page lead-technician-vs-senior-support-technician).
const (
	e2eQuestion = "compare lead technician vs senior support technician"
	e2eFigure   = "$90,615"
)

// child is careerbot serve running as a separate process.
type child struct {
	cmd  *exec.Cmd
	pw   *io.PipeWriter // its standard error
	addr string
	logs chan map[string]any // every JSON log line, in order

	mu     sync.Mutex
	stderr bytes.Buffer // everything it logged, for failure messages
}

// startServe starts careerbot serve on 127.0.0.1:0 with env (and nothing
// of the machine's own careerbot, Slack or Discord settings), and waits
// until it logs the address it listens on.
func startServe(t *testing.T, env ...string) *child {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "serve")
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if !strings.HasPrefix(k, "CAREERBOT_") && !strings.HasPrefix(k, "SLACK_") && !strings.HasPrefix(k, "DISCORD_") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, execMainEnv+"=1", "CAREERBOT_HTTP_ADDR=127.0.0.1:0", "CAREERBOT_LOG_FORMAT=json")
	cmd.Env = append(cmd.Env, env...)
	// Not StderrPipe: Wait may close that before its last lines are read.
	// With a writer, Wait returns only after everything is copied.
	pr, pw := io.Pipe()
	cmd.Stderr = pw
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &child{cmd: cmd, pw: pw, logs: make(chan map[string]any, 1000)}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			c.wait()
		}
		if t.Failed() {
			t.Logf("careerbot serve logged:\n%s", c.log())
		}
	})
	go func() {
		defer close(c.logs)
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			c.mu.Lock()
			c.stderr.Write(sc.Bytes())
			c.stderr.WriteByte('\n')
			c.mu.Unlock()
			var rec map[string]any
			if json.Unmarshal(sc.Bytes(), &rec) == nil {
				select {
				case c.logs <- rec:
				default: // nobody is waiting for that many lines
				}
			}
		}
	}()
	rec := c.waitLog(t, "listening")
	c.addr, _ = rec["addr"].(string)
	if !strings.HasPrefix(c.addr, "127.0.0.1:") {
		t.Fatalf("careerbot serve listens on %q; want 127.0.0.1:port", c.addr)
	}
	return c
}

// wait waits for the process to exit and its log to be read.
func (c *child) wait() error {
	err := c.cmd.Wait()
	c.pw.Close()
	return err
}

func (c *child) log() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.stderr.String()
}

// waitLog waits for the log line with message msg. The timeout only stops
// a broken run from hanging; nothing here measures speed.
func (c *child) waitLog(t *testing.T, msg string) map[string]any {
	t.Helper()
	timeout := time.After(time.Minute)
	for {
		select {
		case rec, ok := <-c.logs:
			if !ok {
				t.Fatalf("careerbot serve ended its log without %q", msg)
			}
			if rec["msg"] == msg {
				return rec
			}
		case <-timeout:
			t.Fatalf("careerbot serve did not log %q", msg)
		}
	}
}

func (c *child) url(path string) string { return "http://" + c.addr + path }

// slackCommand returns a slash command request body and its signed headers,
// signed as Slack does: v0= HMAC-SHA256 of "v0:timestamp:body".
func slackCommand(secret, text string) (body string, header http.Header) {
	body = url.Values{
		"token":        {"unused"},
		"team_id":      {"T0001"},
		"team_domain":  {"example"},
		"channel_id":   {"C0001"},
		"channel_name": {"general"},
		"user_id":      {"U0001"},
		"user_name":    {"ada"},
		"command":      {"/career"},
		"text":         {text},
		"response_url": {"http://127.0.0.1:9/response"},
		"trigger_id":   {"1.2.3"},
	}.Encode()
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "v0:%s:%s", ts, body)
	header = http.Header{}
	header.Set("Content-Type", "application/x-www-form-urlencoded")
	header.Set("X-Slack-Request-Timestamp", ts)
	header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	return body, header
}

// discordCommand returns a /career question:text interaction and its
// headers, signed as Discord does: Ed25519 over timestamp+body.
func discordCommand(key ed25519.PrivateKey, text string) (body string, header http.Header) {
	b, _ := json.Marshal(map[string]any{
		"id":             "1100000000000000001",
		"application_id": "1100000000000000002",
		"type":           2, // APPLICATION_COMMAND
		"token":          "interaction-token",
		"version":        1,
		"guild_id":       "1100000000000000003",
		"channel_id":     "1100000000000000004",
		"member":         map[string]any{"user": map[string]any{"id": "1100000000000000005", "username": "ada"}},
		"data": map[string]any{
			"id":      "1100000000000000006",
			"name":    "career",
			"type":    1,
			"options": []map[string]any{{"name": "question", "type": 3, "value": text}},
		},
	})
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	header = http.Header{}
	header.Set("Content-Type", "application/json")
	header.Set("X-Signature-Timestamp", ts)
	header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, []byte(ts+string(b)))))
	return string(b), header
}

func post(t *testing.T, url, body string, header http.Header) (int, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header = header
	return do(t, req)
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	return do(t, req)
}

func do(t *testing.T, req *http.Request) (int, string) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", req.Method, req.URL.Path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%s %s: reading the body: %v", req.Method, req.URL.Path, err)
	}
	return resp.StatusCode, string(b)
}

// parseMetrics maps each series (name with labels) to its value.
func parseMetrics(text string) map[string]string {
	out := make(map[string]string)
	for _, line := range strings.Split(text, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if i := strings.LastIndexByte(line, ' '); i > 0 {
			out[line[:i]] = line[i+1:]
		}
	}
	return out
}

// TestServeEndToEnd runs careerbot serve with only a Slack signing secret
// and a Discord public key, asks both platforms a question through their
// signed HTTP endpoints, reads the metrics, then stops it with SIGTERM
// while a slash command is still arriving.
func TestServeEndToEnd(t *testing.T) {
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	const secret = "e2e-signing-secret-5a1f"
	c := startServe(t, "SLACK_SIGNING_SECRET="+secret, "DISCORD_PUBLIC_KEY="+hex.EncodeToString(pub))

	if code, body := get(t, c.url("/healthz")); code != http.StatusOK {
		t.Errorf("GET /healthz = %d %q; want 200", code, body)
	}
	if code, body := get(t, c.url("/readyz")); code != http.StatusOK || !strings.Contains(body, "slack: ok") || !strings.Contains(body, "discord: ok") {
		t.Errorf("GET /readyz = %d %q; want 200 with slack and discord ok", code, body)
	}

	body, header := slackCommand(secret, e2eQuestion)
	if code, resp := post(t, c.url("/slack/commands"), body, header); code != http.StatusOK || !strings.Contains(resp, e2eFigure) {
		t.Errorf("Slack /career %q = %d %s; want 200 with %s", e2eQuestion, code, resp, e2eFigure)
	}
	body, header = discordCommand(priv, e2eQuestion)
	if code, resp := post(t, c.url("/discord/interactions"), body, header); code != http.StatusOK || !strings.Contains(resp, e2eFigure) {
		t.Errorf("Discord /career question:%q = %d %s; want 200 with %s", e2eQuestion, code, resp, e2eFigure)
	}

	// Forged requests get no answer and are not counted.
	body, header = slackCommand("wrong-secret", e2eQuestion)
	if code, _ := post(t, c.url("/slack/commands"), body, header); code != http.StatusUnauthorized {
		t.Errorf("Slack command signed with the wrong secret = %d; want 401", code)
	}
	_, otherKey, _ := ed25519.GenerateKey(nil)
	body, header = discordCommand(otherKey, e2eQuestion)
	if code, _ := post(t, c.url("/discord/interactions"), body, header); code != http.StatusUnauthorized {
		t.Errorf("Discord interaction signed with another key = %d; want 401", code)
	}

	_, text := get(t, c.url("/metrics"))
	got := parseMetrics(text)
	for series, want := range map[string]string{
		`careerbot_questions_total{intent="compare",platform="slack"}`:                 "1",
		`careerbot_questions_total{intent="compare",platform="discord"}`:               "1",
		`careerbot_answer_seconds_count`:                                               "2",
		`careerbot_answer_seconds_bucket{le="+Inf"}`:                                   "2",
		`careerbot_unknown_career_total`:                                               "0",
		`careerbot_errors_total`:                                                       "0",
		`careerbot_reconnects_total{platform="slack"}`:                                 "0",
		`careerbot_reconnects_total{platform="discord"}`:                               "0",
		`careerbot_rejected_requests_total{platform="slack",reason="bad_signature"}`:   "1",
		`careerbot_rejected_requests_total{platform="discord",reason="bad_signature"}`: "1",
		`careerbot_busy_replies_total{platform="slack"}`:                               "0",
		`careerbot_answers_in_flight`:                                                  "0",
	} {
		if got[series] != want {
			t.Errorf("/metrics %s = %q; want %q\n%s", series, got[series], want, text)
		}
	}

	// A slash command in flight: headers sent, body held back. With
	// "Expect: 100-continue" the server says "100 Continue" only once the
	// handler starts reading the body, so the request is provably in the
	// handler before the signal.
	body, header = slackCommand(secret, e2eQuestion)
	conn, err := net.Dial("tcp", c.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(time.Minute)) // a broken run fails instead of hanging
	fmt.Fprintf(conn, "POST /slack/commands HTTP/1.1\r\nHost: %s\r\nContent-Length: %d\r\nExpect: 100-continue\r\n", c.addr, len(body))
	header.Write(conn)
	io.WriteString(conn, "\r\n")
	r := bufio.NewReader(conn)
	resp, err := http.ReadResponse(r, nil)
	if err != nil {
		t.Fatalf("reading 100 Continue: %v", err)
	}
	if resp.StatusCode != http.StatusContinue {
		t.Fatalf("in-flight request got %s before its body was sent; want 100 Continue", resp.Status)
	}

	if err := c.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	c.waitLog(t, "shutting down")

	// New connections are refused once the listener closes.
	refused := false
	for range 200 {
		nc, err := net.Dial("tcp", c.addr)
		if err != nil {
			refused = true
			break
		}
		nc.Close()
		time.Sleep(10 * time.Millisecond)
	}
	if !refused {
		t.Errorf("careerbot serve still accepts connections after SIGTERM")
	}

	io.WriteString(conn, body)
	resp, err = http.ReadResponse(r, nil)
	if err != nil {
		t.Fatalf("the in-flight request got no response: %v", err)
	}
	answer, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(answer), e2eFigure) {
		t.Errorf("in-flight Slack command = %s %s; want 200 with %s", resp.Status, answer, e2eFigure)
	}

	if err := c.wait(); err != nil {
		t.Errorf("careerbot serve exited with %v after SIGTERM; want status 0", err)
	}
	c.waitLog(t, "stopped")
	for _, s := range []string{secret, hex.EncodeToString(priv)} {
		if strings.Contains(c.log(), s) {
			t.Errorf("careerbot serve logged a secret")
		}
	}
}

type readyFunc func() bool

func (f readyFunc) Register(*http.ServeMux)       {}
func (f readyFunc) Run(ctx context.Context) error { return nil }
func (f readyFunc) Ready() bool                   { return f() }

func TestReadiness(t *testing.T) {
	up := readyFunc(func() bool { return true })
	down := readyFunc(func() bool { return false })
	tests := []struct {
		name      string
		platforms []namedPlatform
		careers   int
		wantCode  int
		wantBody  string
	}{
		{"all connected", []namedPlatform{{"slack", up}, {"discord", up}}, 1, http.StatusOK, "knowledge: ok\nslack: ok\ndiscord: ok\n"},
		{"discord gateway down", []namedPlatform{{"slack", up}, {"discord", down}}, 1, http.StatusServiceUnavailable, "knowledge: ok\nslack: ok\ndiscord: not ready\n"},
		{"no careers known", []namedPlatform{{"slack", up}}, 0, http.StatusServiceUnavailable, "knowledge: empty\nslack: ok\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			readiness(tt.platforms, func() int { return tt.careers }).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/readyz", nil))
			if rec.Code != tt.wantCode || rec.Body.String() != tt.wantBody {
				t.Errorf("GET /readyz = %d %q; want %d %q", rec.Code, rec.Body, tt.wantCode, tt.wantBody)
			}
		})
	}
}

func TestLimitBody(t *testing.T) {
	var readErr error
	h := limitBody(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, readErr = io.ReadAll(r.Body)
	}), 10)
	tests := []struct {
		name    string
		body    string
		wantErr bool
	}{
		{"at the limit", strings.Repeat("a", 10), false},
		{"over the limit", strings.Repeat("a", 11), true},
	}
	for _, tt := range tests {
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodPost, "/", strings.NewReader(tt.body)))
		var tooBig *http.MaxBytesError
		if got := errors.As(readErr, &tooBig); got != tt.wantErr {
			t.Errorf("%s: reading the body gave %v; want a MaxBytesError: %v", tt.name, readErr, tt.wantErr)
		}
	}
}

func TestRecoverPanics(t *testing.T) {
	var logs bytes.Buffer
	h := recoverPanics(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("boom") }), slog.New(slog.NewTextHandler(&logs, nil)))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/slack/events", nil))
	if rec.Code != http.StatusInternalServerError {
		t.Errorf("status after a panic = %d; want 500", rec.Code)
	}
	if !strings.Contains(logs.String(), "http handler panicked") || !strings.Contains(logs.String(), "/slack/events") {
		t.Errorf("log lacks the panic and its path:\n%s", &logs)
	}
}

func TestProbe(t *testing.T) {
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/healthz" {
			http.NotFound(w, r)
		}
	}))
	defer up.Close()
	failing := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "no", http.StatusServiceUnavailable)
	}))
	defer failing.Close()
	closed := httptest.NewServer(http.NotFoundHandler())
	closedAddr := closed.Listener.Addr().String()
	closed.Close()
	_, upPort, _ := net.SplitHostPort(up.Listener.Addr().String())

	tests := []struct {
		name, addr string
		want       int
	}{
		{"up", up.Listener.Addr().String(), 0},
		{"up, any-address form", ":" + upPort, 0},
		{"up, unspecified address", "0.0.0.0:" + upPort, 0},
		{"unhealthy", failing.Listener.Addr().String(), 1},
		{"nothing listening", closedAddr, 1},
		{"bad address", "no-port", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			if got := probe(context.Background(), tt.addr, stdio{nil, &out, &out}); got != tt.want {
				t.Errorf("probe(%q) = %d; want %d (%s)", tt.addr, got, tt.want, &out)
			}
		})
	}
}
