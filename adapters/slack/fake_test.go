package slack_test

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/careerbot/careerbot/adapters/slack"
	"github.com/careerbot/careerbot/bot"
)

// Credentials the tests use. Every test checks that none of them, nor a
// response_url, reaches the logs.
const (
	testSecret   = "test-signing-secret-0123456789"
	testBotToken = "xoxb-test-bot-token-0123456789"
	testAppToken = "xapp-test-app-token-0123456789"
	botUserID    = "UBOT"
	hookPath     = "/hooks/secret-response-path-0123456789"
	// wrongBotToken is a token the fake refuses with invalid_auth.
	wrongBotToken = "xoxb-wrong-bot-token-9876543210"
)

// waitFor bounds every wait for something the code under test does in the
// background. It is a ceiling, not an expectation: waits end as soon as
// the thing happens.
const waitFor = 5 * time.Second

// post is one message the fake Slack received.
type post struct {
	Via             string // "chat.postMessage", "chat.postEphemeral" or "response_url"
	Channel         string
	ThreadTS        string
	Text            string
	Blocks          string // JSON
	ResponseType    string
	DeleteOriginal  bool
	ReplaceOriginal bool
	TS              string // the message chat.update changes
	Accepted        bool   // false when the fake answered with an error
	User            string
	At              time.Time // when the fake received it
}

// fakeSlack is a loopback Slack: the Web API methods the adapter calls, a
// response_url, and the Socket Mode websocket. slack-go talks to it as it
// would to Slack.
type fakeSlack struct {
	t   *testing.T
	srv *httptest.Server

	posts   chan post
	uploads chan upload // files shared with files.completeUploadExternal
	conns   chan *fakeConn
	opens   chan struct{} // one value per apps.connections.open

	mu          sync.Mutex
	failNext    map[string]int           // method -> how many calls to fail
	rateLimited map[string]int           // method -> how many calls to answer 429 Retry-After: 1
	slow        map[string]time.Duration // method -> how long to take
	calls       map[string]int           // method -> calls received
	all         []*fakeConn
	files       map[string]upload // uploaded, not yet completed, by file ID
	nextFile    int
	scopes      []string // the bot token's scopes; files:write unless a test removes it
}

// upload is a file uploaded and shared the way files.uploadV2 does it:
// files.getUploadURLExternal, a POST of the bytes, files.completeUploadExternal.
type upload struct {
	ID, Name, Title, AltText string
	Length                   int // announced to getUploadURLExternal
	Data                     []byte
	Channel, ThreadTS        string
}

func newFakeSlack(t *testing.T) *fakeSlack {
	t.Helper()
	f := &fakeSlack{
		t:           t,
		posts:       make(chan post, 100),
		uploads:     make(chan upload, 100),
		files:       map[string]upload{},
		scopes:      []string{"app_mentions:read", "chat:write", "commands", "files:write", "im:history"},
		conns:       make(chan *fakeConn, 10),
		opens:       make(chan struct{}, 10),
		failNext:    map[string]int{},
		rateLimited: map[string]int{},
		slow:        map[string]time.Duration{},
		calls:       map[string]int{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/auth.test", f.authTest)
	mux.HandleFunc("POST /api/chat.postMessage", f.chatPost("chat.postMessage"))
	mux.HandleFunc("POST /api/chat.postEphemeral", f.chatPost("chat.postEphemeral"))
	mux.HandleFunc("POST /api/chat.update", f.chatPost("chat.update"))
	mux.HandleFunc("POST /api/apps.connections.open", f.connectionsOpen)
	mux.HandleFunc("POST /api/files.getUploadURLExternal", f.getUploadURL)
	mux.HandleFunc("POST /upload/{id}", f.uploadFile)
	mux.HandleFunc("POST /api/files.completeUploadExternal", f.completeUpload)
	mux.HandleFunc("POST "+hookPath, f.hook)
	mux.HandleFunc("GET /link", f.socket)
	f.srv = httptest.NewServer(mux)
	if !strings.HasPrefix(f.srv.URL, "http://127.0.0.1:") {
		t.Fatalf("fake Slack listens on %s; want 127.0.0.1", f.srv.URL)
	}
	t.Cleanup(func() {
		f.mu.Lock()
		for _, c := range f.all {
			c.close()
		}
		f.mu.Unlock()
		f.srv.Close()
	})
	return f
}

func (f *fakeSlack) apiURL() string      { return f.srv.URL + "/api/" }
func (f *fakeSlack) responseURL() string { return f.srv.URL + hookPath }

// fail makes the next n calls of method fail as Slack fails them.
func (f *fakeSlack) fail(method string, n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.failNext[method] = n
}

// rateLimit makes the next n calls of method answer 429 with
// Retry-After: 1, as Slack does past a method's rate limit.
func (f *fakeSlack) rateLimit(method string, n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.rateLimited[method] = n
}

// slowDown makes every call of method take d before it answers.
func (f *fakeSlack) slowDown(method string, d time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.slow[method] = d
}

// callCount returns how many calls of method the fake received.
func (f *fakeSlack) callCount(method string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls[method]
}

// throttle counts a call, waits as slowDown asked and answers 429 as
// rateLimit asked; it reports whether the call was answered.
func (f *fakeSlack) throttle(w http.ResponseWriter, method string) bool {
	f.mu.Lock()
	f.calls[method]++
	d := f.slow[method]
	limited := f.rateLimited[method] > 0
	if limited {
		f.rateLimited[method]--
	}
	f.mu.Unlock()
	time.Sleep(d)
	if limited {
		w.Header().Set("Retry-After", "1")
		http.Error(w, "rate limited", http.StatusTooManyRequests)
		return true
	}
	return false
}

func (f *fakeSlack) shouldFail(method string) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.failNext[method] > 0 {
		f.failNext[method]--
		return true
	}
	return false
}

func token(r *http.Request) string {
	if tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok {
		return tok
	}
	return r.PostFormValue("token")
}

func writeOK(w http.ResponseWriter, v map[string]any) {
	v["ok"] = true
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func writeSlackError(w http.ResponseWriter, code string) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"ok": false, "error": code})
}

func (f *fakeSlack) authTest(w http.ResponseWriter, r *http.Request) {
	if f.throttle(w, "auth.test") {
		return
	}
	if token(r) != testBotToken {
		writeSlackError(w, "invalid_auth")
		return
	}
	writeOK(w, map[string]any{"user_id": botUserID, "bot_id": "BBOT", "team_id": "T1"})
}

func (f *fakeSlack) chatPost(method string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if f.throttle(w, method) {
			return
		}
		if token(r) != testBotToken {
			writeSlackError(w, "invalid_auth")
			return
		}
		p := post{
			Via:      method,
			Channel:  r.PostFormValue("channel"),
			ThreadTS: r.PostFormValue("thread_ts"),
			Text:     r.PostFormValue("text"),
			Blocks:   r.PostFormValue("blocks"),
			User:     r.PostFormValue("user"),
			TS:       r.PostFormValue("ts"),
			Accepted: !f.shouldFail(method),
			At:       time.Now(),
		}
		f.posts <- p
		if !p.Accepted {
			writeSlackError(w, "internal_error")
			return
		}
		writeOK(w, map[string]any{"channel": p.Channel, "ts": "1700000000.000100"})
	}
}

// withoutScope takes a scope away from the bot token, as for an app
// installed before the manifest asked for it.
func (f *fakeSlack) withoutScope(scope string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.scopes = slices.DeleteFunc(f.scopes, func(s string) bool { return s == scope })
}

func (f *fakeSlack) hasScope(scope string) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Contains(f.scopes, scope)
}

func (f *fakeSlack) getUploadURL(w http.ResponseWriter, r *http.Request) {
	if f.throttle(w, "files.getUploadURLExternal") {
		return
	}
	if token(r) != testBotToken {
		writeSlackError(w, "invalid_auth")
		return
	}
	if !f.hasScope("files:write") {
		writeSlackError(w, "missing_scope")
		return
	}
	n, err := strconv.Atoi(r.PostFormValue("length"))
	if err != nil || n <= 0 || r.PostFormValue("filename") == "" {
		writeSlackError(w, "invalid_arguments")
		return
	}
	f.mu.Lock()
	f.nextFile++
	id := fmt.Sprintf("F%04d", f.nextFile)
	f.files[id] = upload{ID: id, Name: r.PostFormValue("filename"), AltText: r.PostFormValue("alt_txt"), Length: n}
	f.mu.Unlock()
	writeOK(w, map[string]any{"upload_url": f.srv.URL + "/upload/" + id, "file_id": id})
}

// uploadFile takes the bytes of a file, as Slack's upload URL does.
func (f *fakeSlack) uploadFile(w http.ResponseWriter, r *http.Request) {
	if token(r) != testBotToken {
		http.Error(w, "invalid_auth", http.StatusUnauthorized)
		return
	}
	file, _, err := r.FormFile("file")
	if err != nil {
		http.Error(w, "no file", http.StatusBadRequest)
		return
	}
	data, err := io.ReadAll(file)
	if err != nil {
		http.Error(w, "read file", http.StatusBadRequest)
		return
	}
	id := r.PathValue("id")
	f.mu.Lock()
	u, ok := f.files[id]
	u.Data = data
	f.files[id] = u
	f.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	_, _ = io.WriteString(w, "OK - "+strconv.Itoa(len(data)))
}

func (f *fakeSlack) completeUpload(w http.ResponseWriter, r *http.Request) {
	if f.throttle(w, "files.completeUploadExternal") {
		return
	}
	if token(r) != testBotToken {
		writeSlackError(w, "invalid_auth")
		return
	}
	var summaries []struct{ ID, Title string }
	if err := json.Unmarshal([]byte(r.PostFormValue("files")), &summaries); err != nil || len(summaries) == 0 {
		writeSlackError(w, "invalid_arguments")
		return
	}
	var done []map[string]any
	for _, s := range summaries {
		f.mu.Lock()
		u, ok := f.files[s.ID]
		delete(f.files, s.ID)
		f.mu.Unlock()
		if !ok || len(u.Data) != u.Length {
			writeSlackError(w, "file_upload_size_mismatch")
			return
		}
		u.Title, u.Channel, u.ThreadTS = s.Title, r.PostFormValue("channel_id"), r.PostFormValue("thread_ts")
		f.uploads <- u
		done = append(done, map[string]any{"id": u.ID, "title": u.Title})
	}
	writeOK(w, map[string]any{"files": done})
}

// nextUpload returns the next file shared in a conversation.
func (f *fakeSlack) nextUpload(t *testing.T) upload {
	t.Helper()
	select {
	case u := <-f.uploads:
		return u
	case <-time.After(waitFor):
		t.Fatal("no file uploaded to Slack")
		return upload{}
	}
}

// noUpload checks that no file is shared for a while.
func (f *fakeSlack) noUpload(t *testing.T) {
	t.Helper()
	select {
	case u := <-f.uploads:
		t.Fatalf("unexpected upload to Slack: %s %q in %s", u.ID, u.Name, u.Channel)
	case <-time.After(200 * time.Millisecond):
	}
}

func (f *fakeSlack) hook(w http.ResponseWriter, r *http.Request) {
	var m struct {
		ResponseType    string          `json:"response_type"`
		Text            string          `json:"text"`
		Blocks          json.RawMessage `json:"blocks"`
		DeleteOriginal  bool            `json:"delete_original"`
		ReplaceOriginal bool            `json:"replace_original"`
	}
	if err := json.NewDecoder(r.Body).Decode(&m); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	f.posts <- post{Via: "response_url", Text: m.Text, Blocks: string(m.Blocks), ResponseType: m.ResponseType,
		DeleteOriginal: m.DeleteOriginal, ReplaceOriginal: m.ReplaceOriginal, Accepted: true, At: time.Now()}
	_, _ = w.Write([]byte("ok"))
}

func (f *fakeSlack) connectionsOpen(w http.ResponseWriter, r *http.Request) {
	if token(r) != testAppToken {
		writeSlackError(w, "invalid_auth")
		return
	}
	f.opens <- struct{}{}
	writeOK(w, map[string]any{"url": "ws://" + f.srv.Listener.Addr().String() + "/link"})
}

// socket accepts the Socket Mode websocket and greets it as Slack does.
func (f *fakeSlack) socket(w http.ResponseWriter, r *http.Request) {
	// slack-go sends Origin: https://api.slack.com, which Slack accepts.
	up := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	ws, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &fakeConn{ws: ws, acks: make(chan ack, 20)}
	f.mu.Lock()
	f.all = append(f.all, c)
	f.mu.Unlock()
	go c.readAcks()
	c.send(map[string]any{"type": "hello", "num_connections": 1, "connection_info": map[string]any{"app_id": "A1"}})
	f.conns <- c
}

// nextPost returns the next message posted to the fake.
func (f *fakeSlack) nextPost(t *testing.T) post {
	t.Helper()
	select {
	case p := <-f.posts:
		return p
	case <-time.After(waitFor):
		t.Fatal("no message posted to Slack")
		return post{}
	}
}

// noPost checks that nothing is posted for a while. The wait is short
// because the adapter posts within milliseconds when it posts at all.
func (f *fakeSlack) noPost(t *testing.T) {
	t.Helper()
	select {
	case p := <-f.posts:
		t.Fatalf("unexpected post to Slack: %+v", p)
	case <-time.After(100 * time.Millisecond):
	}
}

func (f *fakeSlack) nextConn(t *testing.T) *fakeConn {
	t.Helper()
	select {
	case c := <-f.conns:
		return c
	case <-time.After(waitFor):
		t.Fatal("adapter did not open a Socket Mode connection")
		return nil
	}
}

// fakeConn is the server end of one Socket Mode websocket.
type fakeConn struct {
	ws   *websocket.Conn
	wmu  sync.Mutex
	acks chan ack
	once sync.Once
}

// ack is what the adapter sent back for an envelope.
type ack struct {
	EnvelopeID string          `json:"envelope_id"`
	Payload    json.RawMessage `json:"payload"`
}

func (c *fakeConn) send(v any) {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.ws.WriteJSON(v)
}

// envelope sends one Socket Mode request and returns its envelope ID.
func (c *fakeConn) envelope(typ string, payload any) string {
	id := fmt.Sprintf("env-%s-%d", typ, time.Now().UnixNano())
	c.send(map[string]any{"envelope_id": id, "type": typ, "payload": payload,
		"accepts_response_payload": typ == "slash_commands", "retry_attempt": 0})
	return id
}

func (c *fakeConn) readAcks() {
	defer close(c.acks)
	for {
		_, data, err := c.ws.ReadMessage()
		if err != nil {
			return
		}
		var a ack
		if json.Unmarshal(data, &a) == nil {
			c.acks <- a
		}
	}
}

func (c *fakeConn) nextAck(t *testing.T) ack {
	t.Helper()
	select {
	case a, ok := <-c.acks:
		if !ok {
			t.Fatal("socket closed before the acknowledgement")
		}
		return a
	case <-time.After(waitFor):
		t.Fatal("envelope not acknowledged")
		return ack{}
	}
}

// drop closes the socket without a goodbye, as a network failure would.
func (c *fakeConn) drop() {
	c.once.Do(func() { _ = c.ws.Close() })
}

func (c *fakeConn) close() { c.drop() }

// syncBuffer is a log sink shared with the adapter's goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
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

// newAdapter builds an adapter on cfg, filling in the fake's API URL and a
// logger whose output is checked for secrets when the test ends.
func newAdapter(t *testing.T, f *fakeSlack, cfg slack.Config, ans slack.Answerer) *slack.Adapter {
	t.Helper()
	a, _ := newAdapterLogs(t, f, cfg, ans)
	return a
}

// newAdapterLogs is newAdapter that also returns the adapter's log output.
func newAdapterLogs(t *testing.T, f *fakeSlack, cfg slack.Config, ans slack.Answerer) (*slack.Adapter, *syncBuffer) {
	t.Helper()
	logs := &syncBuffer{}
	cfg.Logger = slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	if f != nil {
		cfg.APIURL = f.apiURL()
	}
	a, err := slack.New(cfg, ans)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(func() {
		out := logs.String()
		if t.Failed() {
			t.Logf("adapter logs:\n%s", out)
		}
		for _, secret := range []string{testSecret, testBotToken, testAppToken, hookPath, wrongBotToken} {
			if strings.Contains(out, secret) {
				t.Errorf("logs contain a secret (%q):\n%s", secret, out)
			}
		}
		if m := urlWithPath.FindString(out); m != "" {
			t.Errorf("logs contain a URL with its path (%q):\n%s", m, out)
		}
	})
	return a, logs
}

// urlWithPath matches a URL that still has a path other than the
// redaction mark: any path may carry a credential.
var urlWithPath = regexp.MustCompile(`[a-z]+://[^/\s"]+/[^\[\s"]`)

// waitLog waits until the logs contain want.
func waitLog(t *testing.T, logs *syncBuffer, want string) {
	t.Helper()
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	deadline := time.After(waitFor)
	for !strings.Contains(logs.String(), want) {
		select {
		case <-tick.C:
		case <-deadline:
			t.Fatalf("logs never said %q:\n%s", want, logs.String())
		}
	}
}

// serve starts the adapter's HTTP endpoints on a loopback server.
func serve(t *testing.T, a *slack.Adapter) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	a.Register(mux)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// signed builds a request to path signed as Slack signs it, at time ts.
func signed(t *testing.T, srv *httptest.Server, path, contentType string, body []byte, ts time.Time) *http.Request {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, srv.URL+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	stamp := strconv.FormatInt(ts.Unix(), 10)
	mac := hmac.New(sha256.New, []byte(testSecret))
	fmt.Fprintf(mac, "v0:%s:%s", stamp, body)
	req.Header.Set("Content-Type", contentType)
	req.Header.Set("X-Slack-Request-Timestamp", stamp)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	return req
}

func do(t *testing.T, req *http.Request) (int, string) {
	t.Helper()
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var b bytes.Buffer
	_, _ = b.ReadFrom(res.Body)
	return res.StatusCode, b.String()
}

// postForm sends a signed form post, as Slack sends commands and clicks.
func postForm(t *testing.T, srv *httptest.Server, path string, form url.Values, header ...string) (int, string) {
	t.Helper()
	req := signed(t, srv, path, "application/x-www-form-urlencoded", []byte(form.Encode()), time.Now())
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	return do(t, req)
}

// postEvent sends a signed Events API delivery.
func postEvent(t *testing.T, srv *httptest.Server, event any, header ...string) (int, string) {
	t.Helper()
	return do(t, eventRequest(t, srv, event, header...))
}

// eventRequest builds a signed Events API delivery.
func eventRequest(t *testing.T, srv *httptest.Server, event any, header ...string) *http.Request {
	t.Helper()
	body, err := json.Marshal(event)
	if err != nil {
		t.Fatal(err)
	}
	req := signed(t, srv, "/slack/events", "application/json", body, time.Now())
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	return req
}

// callback wraps an inner event as the Events API delivers it.
func callback(eventID string, inner map[string]any) map[string]any {
	return map[string]any{
		"token": "unused", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
		"event_id": eventID, "event_time": 1700000000, "event": inner,
		"authorizations": []map[string]any{{"team_id": "T1", "user_id": botUserID, "is_bot": true}},
	}
}

func mention(channel, ts, threadTS, text string) map[string]any {
	m := map[string]any{"type": "app_mention", "user": "U1", "text": text, "ts": ts, "channel": channel, "event_ts": ts}
	if threadTS != "" {
		m["thread_ts"] = threadTS
	}
	return m
}

func directMessage(channel, ts, text string) map[string]any {
	return map[string]any{"type": "message", "channel_type": "im", "user": "U1", "text": text, "ts": ts, "channel": channel, "event_ts": ts}
}

// echoBot answers every question with an answer that quotes it, as the
// router does for a career it does not know, and records the questions.
type echoBot struct {
	mu        sync.Mutex
	questions []string
	asked     chan string
	release   chan struct{} // when non-nil, Answer waits for it
}

func newEchoBot() *echoBot { return &echoBot{asked: make(chan string, 100)} }

func (b *echoBot) Answer(ctx context.Context, req bot.Request) bot.Answer {
	b.mu.Lock()
	b.questions = append(b.questions, req.Text)
	b.mu.Unlock()
	b.asked <- req.Text
	if b.release != nil {
		<-b.release
	}
	return bot.Answer{
		Kind:        bot.KindUnknown,
		Intent:      "unknown",
		Title:       "Not found",
		Summary:     "I don't know a career called " + req.Text + ".",
		Suggestions: []string{"compare lead technician vs senior support technician"},
		Sources:     []bot.Source{{Title: "Platform " + req.Platform}},
	}
}

func (b *echoBot) all() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.questions...)
}

// blocksText flattens rendered blocks JSON to the text they show.
func blocksText(t *testing.T, blocks string) string {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(blocks), &v); err != nil {
		t.Fatalf("blocks are not JSON: %v\n%s", err, blocks)
	}
	var sb strings.Builder
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if s, ok := v["text"].(string); ok {
				sb.WriteString(s + "\n")
			}
			for k, x := range v {
				if k != "text" {
					walk(x)
				}
			}
			if txt, ok := v["text"].(map[string]any); ok {
				walk(txt)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(v)
	return sb.String()
}
