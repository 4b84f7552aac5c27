package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"sync"
	"time"
	"unsafe"

	slackapi "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/careerbot/careerbot/adapters/guard"
)

// Register adds the Slack endpoints to mux when a signing secret is
// configured: POST /slack/commands, /slack/events and /slack/interactivity.
func (a *Adapter) Register(mux *http.ServeMux) {
	if a.cfg.SigningSecret == "" {
		return
	}
	mux.HandleFunc("POST /slack/commands", a.handleCommand)
	mux.HandleFunc("POST /slack/events", a.handleEvents)
	mux.HandleFunc("POST /slack/interactivity", a.handleInteractivity)
}

// verifiedBody returns the body of a request signed with the signing
// secret. Otherwise it writes the error response and returns false:
// 401 for a missing, stale or wrong signature, 413 for a body over
// the configured limit. Nothing is parsed before the signature checks out.
// Refusals are counted, and logged only as a periodic summary with no
// header or body text: a flood of bad requests must not flood the log.
func (a *Adapter) verifiedBody(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	return a.verifiedInto(w, r, new(bytes.Buffer))
}

// verifiedInto is verifiedBody reading the body into buf, which the caller
// may reuse once nothing refers to the body.
func (a *Adapter) verifiedInto(w http.ResponseWriter, r *http.Request, buf *bytes.Buffer) ([]byte, bool) {
	signed, ok := readHeaders(r.Header, time.Now())
	if !ok {
		a.rejects.Reject(guard.RejectSignature)
		http.Error(w, "invalid signature", http.StatusUnauthorized)
		return nil, false
	}
	if r.ContentLength > 0 && r.ContentLength <= a.maxBody {
		buf.Grow(int(r.ContentLength) + 1) // +1: the read that finds the end
	}
	_, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, a.maxBody))
	body := buf.Bytes()
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			a.rejects.Reject(guard.RejectTooLarge)
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
		} else {
			http.Error(w, "cannot read request body", http.StatusBadRequest)
		}
		return nil, false
	}
	if !a.signatures.valid(signed, body) {
		a.rejects.Reject(guard.RejectSignature)
		http.Error(w, "invalid signature", http.StatusUnauthorized)
		return nil, false
	}
	return body, true
}

// malformed refuses a signed request whose payload is not one Slack sends.
func (a *Adapter) malformed(w http.ResponseWriter, msg string) {
	a.rejects.Reject(guard.RejectMalformed)
	http.Error(w, msg, http.StatusBadRequest)
}

// commandBodies holds the buffers slash command bodies are read into: a
// command is a form of about 500 bytes, read on every request. A buffer
// grown past maxPooledCommand is left to the garbage collector.
var commandBodies = sync.Pool{New: func() any { return new(bytes.Buffer) }}

const maxPooledCommand = 64 << 10

// handleCommand answers /career inline. Should the answer take longer than
// Slack waits, it acknowledges at once and posts the answer to the
// response_url when it is ready. While every answer slot is taken it
// answers "busy", privately, at once.
func (a *Adapter) handleCommand(w http.ResponseWriter, r *http.Request) {
	buf := commandBodies.Get().(*bytes.Buffer)
	buf.Reset()
	body, ok := a.verifiedInto(w, r, buf)
	var form commandForm
	var err error
	if ok {
		// Read in place, the five fields kept in one new string: buf goes
		// back to the pool, and the rest of the form (about 500 bytes a
		// request) is never copied.
		form, err = parseCommandForm(unsafe.String(unsafe.SliceData(body), len(body)))
		if err != nil {
			err = errors.New(err.Error()) // an escape error quotes the text read in place
		}
	}
	if buf.Cap() <= maxPooledCommand {
		commandBodies.Put(buf)
	}
	if !ok {
		return
	}
	if err != nil {
		a.malformed(w, "bad form")
		return
	}
	release, ok := a.limit.TryAcquire()
	if !ok {
		a.shed()
		writeReply(w, busyReply())
		return
	}
	text, responseURL, channel := form.text, form.responseURL, form.channel
	conversation := conversationKey(form.team, channel, "", form.user)
	// The answer is worked out on this goroutine: a hand-over to another
	// and back, a channel and a timer per question cost about as much as
	// the answer itself. Should it take longer than Slack waits, a timer
	// acknowledges meanwhile and the answer goes to the response_url.
	// Neither needs a deadline of its own: Redis calls have theirs, and
	// the late post gets one below.
	if a.hold() {
		defer a.work.Done()
	}
	var rep reply
	late := guard.AckAfter(a.ackWait, func() { ackEmpty(w) }, func() {
		defer release()
		rep = a.commandReply(context.WithoutCancel(r.Context()), text, conversation)
	})
	if late {
		ctx, cancel := detach(r.Context())
		defer cancel()
		if responseURL == "" {
			a.log.Error("slash command answer too late and no response_url")
			return
		}
		if err := a.postToResponseURL(ctx, responseURL, rep); err != nil {
			a.logFailure("post late slash command answer", err)
			return
		}
		a.uploadChart(ctx, rep.chart, channel, "")
		return
	}
	writeReply(w, rep)
	if rep.chart != nil && a.postsCharts(channel) {
		// The answer first: the chart is posted after Slack has it.
		_ = http.NewResponseController(w).Flush()
		a.uploadChart(r.Context(), rep.chart, channel, "")
	}
}

// ackEmpty sends Slack an empty 200 now, complete (Content-Length: 0), so
// that Slack has its acknowledgement while the handler goes on.
func ackEmpty(w http.ResponseWriter) {
	w.Header().Set("Content-Length", "0")
	w.WriteHeader(http.StatusOK)
	_ = http.NewResponseController(w).Flush()
}

// handleEvents takes the Events API: the URL check and the events the bot
// subscribes to. It acknowledges at once and answers afterwards, as Slack
// asks: an acknowledgement that waits for a slow, failing or rate-limited
// Web API makes Slack retry, and enough failed deliveries make it disable
// the app's event subscriptions. Failures to post are retried here
// (webapi.go), not by Slack.
func (a *Adapter) handleEvents(w http.ResponseWriter, r *http.Request) {
	body, ok := a.verifiedBody(w, r)
	if !ok {
		return
	}
	ev, err := slackevents.ParseEvent(json.RawMessage(body), slackevents.OptionNoVerifyToken())
	if err != nil {
		if !json.Valid(body) {
			a.malformed(w, "bad event")
			return
		}
		// An event type slack-go does not know: not one we answer.
		a.log.Debug("event ignored", "reason", err)
		w.WriteHeader(http.StatusOK)
		return
	}
	switch ev.Type {
	case slackevents.URLVerification:
		uv, ok := ev.Data.(*slackevents.EventsAPIURLVerificationEvent)
		if !ok {
			a.malformed(w, "bad url_verification")
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		_, _ = io.WriteString(w, uv.Challenge)
	case slackevents.CallbackEvent:
		q, ok := questionFrom(ev)
		if !ok {
			w.WriteHeader(http.StatusOK)
			return
		}
		w.WriteHeader(http.StatusOK)
		// Sent now even when shutdown makes spawn answer on this goroutine.
		_ = http.NewResponseController(w).Flush()
		retry := r.Header.Get("X-Slack-Retry-Num")
		ctx := r.Context()
		a.spawn(func() {
			ctx, cancel := detach(ctx)
			defer cancel()
			if err := a.answerQuestion(ctx, q); err != nil {
				a.logFailure("answer event", err, "event_id", q.eventID, "retry", retry)
			}
		})
	default:
		a.log.Debug("event ignored", "type", ev.Type)
		w.WriteHeader(http.StatusOK)
	}
}

// handleInteractivity takes button clicks: "Share in channel" and a
// choice among careers.
func (a *Adapter) handleInteractivity(w http.ResponseWriter, r *http.Request) {
	body, ok := a.verifiedBody(w, r)
	if !ok {
		return
	}
	form, err := url.ParseQuery(string(body))
	if err != nil {
		a.malformed(w, "bad form")
		return
	}
	var cb slackapi.InteractionCallback
	if err := json.Unmarshal([]byte(form.Get("payload")), &cb); err != nil {
		a.malformed(w, "bad payload")
		return
	}
	a.interaction(r.Context(), cb)
	w.WriteHeader(http.StatusOK)
}

// within runs work and waits up to d for its result. If work finishes in
// time, within returns its result and true. Otherwise it returns false at
// once, and late gets the result when work finishes. Exactly one of the
// caller and late sees the result. spawn starts the goroutine that runs
// work and then late.
func within[T any](spawn func(func()), d time.Duration, work func() T, late func(T)) (T, bool) {
	var (
		mu       sync.Mutex
		gaveUp   bool
		finished = make(chan T, 1)
	)
	spawn(func() {
		v := work()
		mu.Lock()
		if !gaveUp {
			finished <- v
			mu.Unlock()
			return
		}
		mu.Unlock()
		late(v)
	})
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case v := <-finished:
		return v, true
	case <-timer.C:
	}
	mu.Lock()
	defer mu.Unlock()
	select {
	case v := <-finished:
		return v, true
	default:
		gaveUp = true
		var zero T
		return zero, false
	}
}
