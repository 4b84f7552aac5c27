package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// redisServer is a real redis-server on a free loopback port, without
// persistence.
type redisServer struct {
	t    *testing.T
	port int
	cmd  *exec.Cmd
}

// startRedis starts redis-server, or skips the test when it is not
// installed (make redis-server installs Debian's package; CI has it).
func startRedis(t *testing.T) *redisServer {
	t.Helper()
	if _, err := exec.LookPath("redis-server"); err != nil {
		t.Skip("redis-server is not on PATH: run make redis-server (Debian package redis-server) for the replicas test")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	r := &redisServer{t: t, port: l.Addr().(*net.TCPAddr).Port}
	l.Close()
	r.cmd = exec.Command("redis-server", "--port", strconv.Itoa(r.port), "--bind", "127.0.0.1",
		"--save", "", "--appendonly", "no", "--loglevel", "warning")
	if err := r.cmd.Start(); err != nil {
		t.Fatalf("start redis-server: %v", err)
	}
	t.Cleanup(r.stop)
	deadline := time.Now().Add(10 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", r.addr(), 100*time.Millisecond)
		if err == nil {
			c.Close()
			return r
		}
		if time.Now().After(deadline) {
			t.Fatalf("redis-server does not listen on %s: %v", r.addr(), err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func (r *redisServer) addr() string { return fmt.Sprintf("127.0.0.1:%d", r.port) }
func (r *redisServer) url() string  { return "redis://" + r.addr() + "/0" }

// stop kills redis-server and waits for it.
func (r *redisServer) stop() {
	if r.cmd == nil {
		return
	}
	_ = r.cmd.Process.Kill()
	_ = r.cmd.Wait()
	r.cmd = nil
}

// slackWebAPI is a loopback Slack Web API that both replicas post to: it
// knows the bot's token and records every chat.postMessage.
type slackWebAPI struct {
	srv   *httptest.Server
	mu    sync.Mutex
	posts []slackPost
	got   chan struct{}
}

type slackPost struct {
	Channel, ThreadTS, Text, Blocks string
}

const (
	replicaSecret = "replica-signing-secret-5c1e"
	replicaToken  = "xoxb-replica-bot-token-93ab"
)

func newSlackWebAPI(t *testing.T) *slackWebAPI {
	t.Helper()
	f := &slackWebAPI{got: make(chan struct{}, 100)}
	authed := func(r *http.Request) bool {
		return r.Header.Get("Authorization") == "Bearer "+replicaToken || r.PostFormValue("token") == replicaToken
	}
	reply := func(w http.ResponseWriter, v map[string]any) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(v)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/auth.test", func(w http.ResponseWriter, r *http.Request) {
		if !authed(r) {
			reply(w, map[string]any{"ok": false, "error": "invalid_auth"})
			return
		}
		reply(w, map[string]any{"ok": true, "user_id": "UBOT", "team_id": "T1", "bot_id": "B1"})
	})
	mux.HandleFunc("POST /api/chat.postMessage", func(w http.ResponseWriter, r *http.Request) {
		if !authed(r) {
			reply(w, map[string]any{"ok": false, "error": "invalid_auth"})
			return
		}
		f.mu.Lock()
		f.posts = append(f.posts, slackPost{r.PostFormValue("channel"), r.PostFormValue("thread_ts"), r.PostFormValue("text"), r.PostFormValue("blocks")})
		f.mu.Unlock()
		f.got <- struct{}{}
		reply(w, map[string]any{"ok": true, "channel": r.PostFormValue("channel"), "ts": "1800000000.000100"})
	})
	// Pay charts: the app of this test lacks files:write.
	mux.HandleFunc("POST /api/", func(w http.ResponseWriter, r *http.Request) {
		reply(w, map[string]any{"ok": false, "error": "missing_scope"})
	})
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

// next waits for the next post; quiet checks none comes for a while.
func (f *slackWebAPI) next(t *testing.T) slackPost {
	t.Helper()
	select {
	case <-f.got:
	case <-time.After(30 * time.Second):
		t.Fatal("no answer posted to the Slack Web API")
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.posts[len(f.posts)-1]
}

func (f *slackWebAPI) quiet(t *testing.T, d time.Duration) {
	t.Helper()
	select {
	case <-f.got:
		f.mu.Lock()
		defer f.mu.Unlock()
		t.Fatalf("a second answer was posted: %+v", f.posts[len(f.posts)-1])
	case <-time.After(d):
	}
}

// slackEvent posts an app_mention event to a replica, signed as Slack signs
// it; retry > 0 marks it as Slack's retry.
func slackEvent(t *testing.T, c *child, eventID, ts, thread, text string, retry int) {
	t.Helper()
	ev := map[string]any{"type": "app_mention", "user": "U1", "text": "<@UBOT> " + text, "ts": ts, "channel": "C1", "event_ts": ts}
	if thread != "" {
		ev["thread_ts"] = thread
	}
	body, _ := json.Marshal(map[string]any{
		"token": "unused", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
		"event_id": eventID, "event_time": 1700000000, "event": ev,
	})
	stamp := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(replicaSecret))
	fmt.Fprintf(mac, "v0:%s:%s", stamp, body)
	h := http.Header{}
	h.Set("Content-Type", "application/json")
	h.Set("X-Slack-Request-Timestamp", stamp)
	h.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	if retry > 0 {
		h.Set("X-Slack-Retry-Num", strconv.Itoa(retry))
		h.Set("X-Slack-Retry-Reason", "http_timeout")
	}
	if code, resp := post(t, c.url("/slack/events"), string(body), h); code != http.StatusOK {
		t.Fatalf("POST /slack/events to %s = %d %s", c.addr, code, resp)
	}
}

// TestReplicasShareState runs two careerbot serve processes with one Redis
// and one Slack Web API, as behind a load balancer: an event and its retry
// reaching different replicas get one answer, a follow-up reaching the
// other replica keeps its context, and with Redis stopped every question
// is still answered.
func TestReplicasShareState(t *testing.T) {
	if testing.Short() {
		t.Skip("starts redis-server and two careerbot processes")
	}
	r := startRedis(t)
	api := newSlackWebAPI(t)
	env := []string{"SLACK_SIGNING_SECRET=" + replicaSecret, "SLACK_BOT_TOKEN=" + replicaToken,
		"SLACK_API_URL=" + api.srv.URL + "/api/", "CAREERBOT_REDIS_URL=" + r.url()}
	a, b := startServe(t, env...), startServe(t, env...)
	for _, c := range []*child{a, b} {
		if !strings.Contains(c.log(), "state shared in redis") {
			t.Fatalf("replica %s did not reach Redis at start-up:\n%s", c.addr, c.log())
		}
	}

	// Figures: median pay of the embedded BLS OEWS data (May 2024).
	slackEvent(t, a, "EvCompare", "1700000001.000100", "", "compare registered nurse vs electrician", 0)
	slackEvent(t, b, "EvCompare", "1700000001.000100", "", "compare registered nurse vs electrician", 1)
	first := api.next(t)
	for _, want := range []string{"Registered Nurses", "Electricians", "$93,600", "$62,350"} {
		if !strings.Contains(first.Blocks, want) {
			t.Errorf("comparison lacks %q: %s", want, first.Blocks)
		}
	}
	api.quiet(t, 2*time.Second)

	slackEvent(t, b, "EvHourly", "1700000002.000100", "", "and hourly?", 0)
	hourly := api.next(t)
	// Without its context "and hourly?" is a ranking of every career.
	for _, want := range []string{"Registered Nurses vs Electricians", "$45.00", "$29.98"} {
		if !strings.Contains(hourly.Blocks, want) {
			t.Errorf("follow-up on the other replica lacks %q (context lost?): %s", want, hourly.Blocks)
		}
	}
	slackEvent(t, a, "EvStudy", "1700000003.000100", "", "what do they need to study?", 0)
	study := api.next(t)
	for _, want := range []string{"Registered Nurses vs Electricians", "Bachelor's degree", "High school diploma or equivalent"} {
		if !strings.Contains(study.Blocks, want) {
			t.Errorf("second follow-up lacks %q: %s", want, study.Blocks)
		}
	}

	// The first answer went into a thread under the question: a follow-up
	// there, on either replica, starts from the comparison.
	slackEvent(t, b, "EvThread", "1700000003.000200", "1700000001.000100", "which one pays more?", 0)
	if p := api.next(t); !strings.Contains(p.Blocks, "Registered Nurses earn $31,250") || p.ThreadTS != "1700000001.000100" {
		t.Errorf("follow-up in the answer's thread (thread_ts %q) lacks \"Registered Nurses earn $31,250\": %s", p.ThreadTS, p.Blocks)
	}

	// Redis goes away: every question is still answered, once.
	r.stop()
	slackEvent(t, a, "EvPharm", "1700000004.000100", "", "how much does a pharmacist make", 0)
	if p := api.next(t); !strings.Contains(p.Blocks, "$137,480") {
		t.Errorf("answer during the outage lacks the pharmacists' $137,480: %s", p.Blocks)
	}
	slackEvent(t, a, "EvPharm", "1700000004.000100", "", "how much does a pharmacist make", 1)
	slackEvent(t, b, "EvLawyer", "1700000005.000100", "", "how much does a lawyer make", 0)
	if p := api.next(t); !strings.Contains(p.Blocks, "$151,160") {
		t.Errorf("answer during the outage lacks the lawyers' $151,160: %s", p.Blocks)
	}
	api.quiet(t, time.Second)
	// Follow-ups keep working on the replica that answered last.
	slackEvent(t, b, "EvLawyerHourly", "1700000006.000100", "", "and hourly?", 0)
	if p := api.next(t); !strings.Contains(p.Blocks, "Lawyers") {
		t.Errorf("follow-up during the outage is not about lawyers: %s", p.Blocks)
	}
	for _, c := range []*child{a, b} {
		if n := strings.Count(c.log(), "redis unreachable"); n != 1 {
			t.Errorf("replica %s logged %d Redis warnings; want 1:\n%s", c.addr, n, c.log())
		}
		if strings.Contains(c.log(), replicaToken) || strings.Contains(c.log(), replicaSecret) {
			t.Errorf("replica %s logged a secret", c.addr)
		}
	}
}
