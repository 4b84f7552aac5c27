package discord_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// Identities the fake Discord knows. The token is a made-up test value.
const (
	testToken = "test-token-not-a-secret"
	testAppID = "100000000000000001"
	botUserID = "200000000000000002"
	sessionID = "fake-session-1"
)

// waitTimeout bounds every wait on the fake; nothing in a passing test comes
// near it.
const waitTimeout = 15 * time.Second

// call is one REST request the bot made to the fake.
type call struct {
	Method string
	Path   string
	Auth   string
	Type   string // Content-Type
	Body   []byte
}

// json decodes the request body into a generic value for assertions.
func (c call) json(t testing.TB) map[string]any {
	t.Helper()
	var v map[string]any
	if err := json.Unmarshal(c.Body, &v); err != nil {
		t.Fatalf("%s %s: body %q is not a JSON object: %v", c.Method, c.Path, c.Body, err)
	}
	return v
}

// frame is one gateway payload the bot sent.
type frame struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d"`
}

// fakeDiscord is a loopback Discord: the REST endpoints the adapter uses
// and a gateway websocket speaking the real protocol (Hello, Identify,
// Ready, heartbeats and ACKs, dispatches, Resume). It records what the bot
// sends so tests can assert on it.
type fakeDiscord struct {
	t     testing.TB
	srv   *httptest.Server
	wsURL string

	// refuseMessageContent makes the gateway close with 4014 when Identify
	// asks for the Message Content intent, as Discord does when the intent
	// is not enabled in the Developer Portal.
	refuseMessageContent bool

	mu      sync.Mutex
	calls   []call
	frames  []frame
	conns   []*gatewayConn // connections that got READY or RESUMED, in order
	seq     int64          // the session's last dispatch sequence number
	nextID  int
	changed chan struct{} // closed and replaced whenever anything is recorded
}

func newFakeDiscord(t testing.TB) *fakeDiscord {
	t.Helper()
	f := &fakeDiscord{t: t, changed: make(chan struct{})}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v9/gateway", f.record(f.serveGatewayURL)) // needs no token, as on Discord
	mux.HandleFunc("GET /api/v9/gateway/bot", f.bot(f.serveGatewayURL))
	mux.HandleFunc("POST /api/v9/channels/{channel}/messages", f.bot(f.serveCreateMessage))
	mux.HandleFunc("PUT /api/v9/applications/{app}/commands", f.bot(f.serveCommands))
	mux.HandleFunc("PUT /api/v9/applications/{app}/guilds/{guild}/commands", f.bot(f.serveCommands))
	// Interaction callbacks and follow-ups are authorised by the interaction token in the URL.
	mux.HandleFunc("POST /api/v9/interactions/{id}/{token}/callback", f.record(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	}))
	mux.HandleFunc("POST /api/v9/webhooks/{app}/{token}", f.record(f.serveCreateMessage))
	// Edits attach the pay chart: to the interaction response, or to a channel message.
	mux.HandleFunc("PATCH /api/v9/webhooks/{app}/{token}/messages/{message}", f.record(f.serveEditMessage))
	mux.HandleFunc("PATCH /api/v9/channels/{channel}/messages/{message}", f.bot(f.serveEditMessage))
	mux.HandleFunc("GET /gateway-ws/", f.serveGateway)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("fake discord: unexpected %s %s", r.Method, r.URL.Path)
		http.NotFound(w, r)
	})
	f.srv = httptest.NewServer(mux) // listens on 127.0.0.1
	f.wsURL = "ws" + strings.TrimPrefix(f.srv.URL, "http") + "/gateway-ws"
	t.Cleanup(func() {
		f.mu.Lock()
		for _, c := range f.conns {
			c.ws.Close()
		}
		f.mu.Unlock()
		f.srv.Close()
	})
	return f
}

// bot records a request and requires the bot's token, as Discord does on
// bot endpoints.
func (f *fakeDiscord) bot(h http.HandlerFunc) http.HandlerFunc {
	return f.record(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bot "+testToken {
			w.WriteHeader(http.StatusUnauthorized)
			io.WriteString(w, `{"message": "401: Unauthorized", "code": 0}`)
			return
		}
		h(w, r)
	})
}

func (f *fakeDiscord) record(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			f.t.Errorf("fake discord: read body: %v", err)
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		f.update(func() {
			f.calls = append(f.calls, call{Method: r.Method, Path: r.URL.Path, Auth: r.Header.Get("Authorization"), Type: r.Header.Get("Content-Type"), Body: body})
		})
		h(w, r)
	}
}

func (f *fakeDiscord) serveGatewayURL(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, map[string]any{
		"url":                 f.wsURL,
		"shards":              1,
		"session_start_limit": map[string]int{"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1},
	})
}

// serveCreateMessage creates a channel message or a follow-up. The channel
// "no-embeds" refuses embeds the way Discord refuses a bot missing a
// permission.
func (f *fakeDiscord) serveCreateMessage(w http.ResponseWriter, r *http.Request) {
	var m struct {
		Content string            `json:"content"`
		Embeds  []json.RawMessage `json:"embeds"`
	}
	body, _ := io.ReadAll(r.Body)
	if err := json.Unmarshal(body, &m); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		io.WriteString(w, `{"message": "Invalid Form Body", "code": 50035}`)
		return
	}
	channel := r.PathValue("channel")
	if channel == "no-embeds" && len(m.Embeds) > 0 {
		w.WriteHeader(http.StatusForbidden)
		io.WriteString(w, `{"message": "Missing Permissions", "code": 50013}`)
		return
	}
	f.mu.Lock()
	f.nextID++
	id := fmt.Sprintf("9%017d", f.nextID)
	f.mu.Unlock()
	writeJSON(w, map[string]any{"id": id, "channel_id": channel, "content": m.Content, "type": 0,
		"author": map[string]any{"id": botUserID, "username": "careerbot", "bot": true}})
}

// serveEditMessage edits a message, taking JSON or, with attachments,
// multipart/form-data as Discord does. The channel "no-attachments" refuses
// files the way Discord refuses a bot without the Attach Files permission.
func (f *fakeDiscord) serveEditMessage(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	payload, files, err := messageBody(r.Header.Get("Content-Type"), body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		io.WriteString(w, `{"message": "Invalid Form Body", "code": 50035}`)
		return
	}
	if r.PathValue("channel") == "no-attachments" && len(files) > 0 {
		w.WriteHeader(http.StatusForbidden)
		io.WriteString(w, `{"message": "Missing Permissions", "code": 50013}`)
		return
	}
	var attachments []any
	for i, fl := range files {
		attachments = append(attachments, map[string]any{"id": fmt.Sprintf("8%017d", i+1), "filename": fl.Name, "size": len(fl.Data)})
	}
	payload["id"] = r.PathValue("message")
	payload["channel_id"] = r.PathValue("channel")
	payload["attachments"] = attachments
	writeJSON(w, payload)
}

// upload is one file of a multipart request.
type upload struct {
	Field, Name, ContentType string
	Data                     []byte
}

// messageBody reads a message as discordgo sends it: JSON, or multipart with
// the JSON in payload_json and the files in files[n].
func messageBody(contentType string, body []byte) (map[string]any, []upload, error) {
	payload := map[string]any{}
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil || mt != "multipart/form-data" {
		err := json.Unmarshal(body, &payload)
		return payload, nil, err
	}
	var files []upload
	mr := multipart.NewReader(bytes.NewReader(body), params["boundary"])
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			return payload, files, nil
		}
		if err != nil {
			return nil, nil, err
		}
		data, err := io.ReadAll(part)
		if err != nil {
			return nil, nil, err
		}
		if part.FormName() == "payload_json" {
			if err := json.Unmarshal(data, &payload); err != nil {
				return nil, nil, err
			}
			continue
		}
		files = append(files, upload{Field: part.FormName(), Name: part.FileName(), ContentType: part.Header.Get("Content-Type"), Data: data})
	}
}

// message decodes a recorded message request, JSON or multipart.
func (c call) message(t testing.TB) (map[string]any, []upload) {
	t.Helper()
	payload, files, err := messageBody(c.Type, c.Body)
	if err != nil {
		t.Fatalf("%s %s: body is not a message: %v", c.Method, c.Path, err)
	}
	return payload, files
}

func (f *fakeDiscord) serveCommands(w http.ResponseWriter, r *http.Request) {
	var cmds []map[string]any
	if err := json.NewDecoder(r.Body).Decode(&cmds); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		io.WriteString(w, `{"message": "Invalid Form Body", "code": 50035}`)
		return
	}
	for i, c := range cmds {
		c["id"] = fmt.Sprintf("5%017d", i+1)
		c["application_id"] = r.PathValue("app")
		c["version"] = "1"
	}
	writeJSON(w, cmds)
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

// update changes the fake's records and wakes every waiter.
func (f *fakeDiscord) update(change func()) {
	f.mu.Lock()
	change()
	close(f.changed)
	f.changed = make(chan struct{})
	f.mu.Unlock()
}

// wait blocks until cond, evaluated with the fake locked, holds.
func (f *fakeDiscord) wait(t testing.TB, what string, cond func() bool) {
	t.Helper()
	timeout := time.After(waitTimeout)
	for {
		f.mu.Lock()
		ok, ch := cond(), f.changed
		f.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-ch:
		case <-timeout:
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

// waitCalls waits until n calls match and returns them in order.
func (f *fakeDiscord) waitCalls(t testing.TB, what string, n int, match func(call) bool) []call {
	t.Helper()
	var got []call
	f.wait(t, what, func() bool {
		got = got[:0]
		for _, c := range f.calls {
			if match(c) {
				got = append(got, c)
			}
		}
		return len(got) >= n
	})
	return got
}

// callsMatching returns the calls recorded so far that match.
func (f *fakeDiscord) callsMatching(match func(call) bool) []call {
	f.mu.Lock()
	defer f.mu.Unlock()
	var got []call
	for _, c := range f.calls {
		if match(c) {
			got = append(got, c)
		}
	}
	return got
}

// waitFrames waits until the bot has sent n gateway payloads with op.
func (f *fakeDiscord) waitFrames(t testing.TB, op, n int) []frame {
	t.Helper()
	var got []frame
	f.wait(t, fmt.Sprintf("%d gateway frames with op %d", n, op), func() bool {
		got = got[:0]
		for _, fr := range f.frames {
			if fr.Op == op {
				got = append(got, fr)
			}
		}
		return len(got) >= n
	})
	return got
}

// waitConn waits for the n-th gateway connection (1-based) to be ready.
func (f *fakeDiscord) waitConn(t testing.TB, n int) *gatewayConn {
	t.Helper()
	f.wait(t, fmt.Sprintf("gateway connection %d", n), func() bool { return len(f.conns) >= n })
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.conns[n-1]
}

// gatewayConn is one websocket connection from the bot.
type gatewayConn struct {
	f   *fakeDiscord
	ws  *websocket.Conn
	wmu sync.Mutex
}

var upgrader = websocket.Upgrader{}

// heartbeatInterval is what Hello tells the bot, in milliseconds. discordgo
// sends its first heartbeat at once and reconnects only after five intervals
// without an ACK, so a second keeps tests quick and calm.
const heartbeatInterval = 1000

func (f *fakeDiscord) serveGateway(w http.ResponseWriter, r *http.Request) {
	if q := r.URL.Query(); q.Get("v") != "9" || q.Get("encoding") != "json" {
		f.t.Errorf("gateway query = %q; want v=9&encoding=json", r.URL.RawQuery)
	}
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		f.t.Errorf("gateway upgrade: %v", err)
		return
	}
	defer ws.Close()
	c := &gatewayConn{f: f, ws: ws}
	c.send(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": heartbeatInterval}})

	first, ok := c.read()
	if !ok {
		return
	}
	switch first.Op {
	case 2: // Identify
		var id struct {
			Token   string `json:"token"`
			Intents int    `json:"intents"`
		}
		json.Unmarshal(first.D, &id)
		if id.Token != "Bot "+testToken {
			c.close(4004, "Authentication failed.")
			return
		}
		if f.refuseMessageContent && id.Intents&(1<<15) != 0 {
			c.close(4014, "Disallowed intent(s).")
			return
		}
		f.update(func() { f.seq = 0 })
		c.dispatch("READY", map[string]any{
			"v":                  9,
			"session_id":         sessionID,
			"resume_gateway_url": f.wsURL,
			"user":               map[string]any{"id": botUserID, "username": "careerbot", "discriminator": "0", "bot": true},
			"application":        map[string]any{"id": testAppID, "flags": 0},
			"guilds":             []any{},
			"private_channels":   []any{},
		})
	case 6: // Resume
		var res struct {
			SessionID string `json:"session_id"`
		}
		json.Unmarshal(first.D, &res)
		if res.SessionID != sessionID {
			f.t.Errorf("resume session_id = %q; want %q", res.SessionID, sessionID)
			c.close(4009, "Session timed out.")
			return
		}
		c.dispatch("RESUMED", map[string]any{})
	default:
		f.t.Errorf("first gateway payload op = %d; want 2 (Identify) or 6 (Resume)", first.Op)
		return
	}
	f.update(func() { f.conns = append(f.conns, c) })

	for {
		fr, ok := c.read()
		if !ok {
			return
		}
		if fr.Op == 1 { // Heartbeat
			c.send(map[string]any{"op": 11})
		}
	}
}

// read reads one payload from the bot and records it.
func (c *gatewayConn) read() (frame, bool) {
	_, msg, err := c.ws.ReadMessage()
	if err != nil {
		return frame{}, false
	}
	var fr frame
	if err := json.Unmarshal(msg, &fr); err != nil {
		c.f.t.Errorf("gateway payload %q: %v", msg, err)
		return frame{}, false
	}
	c.f.update(func() { c.f.frames = append(c.f.frames, fr) })
	return fr, true
}

func (c *gatewayConn) send(v any) {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	c.ws.WriteJSON(v) // a write to a connection the bot dropped fails; its read loop notices

}

// dispatch sends an event (op 0) with the session's next sequence number.
func (c *gatewayConn) dispatch(event string, d any) {
	var seq int64
	c.f.update(func() { c.f.seq++; seq = c.f.seq })
	c.send(map[string]any{"op": 0, "s": seq, "t": event, "d": d})
}

// close ends the connection with a gateway close code, as Discord does.
func (c *gatewayConn) close(code int, text string) {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, text), time.Now().Add(time.Second))
	c.ws.Close()
}
