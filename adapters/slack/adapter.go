package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	slackapi "github.com/slack-go/slack"

	"github.com/careerbot/careerbot/adapters/guard"
	"github.com/careerbot/careerbot/adapters/rendercache"
	"github.com/careerbot/careerbot/bot"
)

// Answerer answers one question. *bot.Bot satisfies it.
type Answerer interface {
	Answer(ctx context.Context, req bot.Request) bot.Answer
}

// Config is how the adapter reaches Slack. Which fields are set decides
// what runs: SigningSecret the HTTP endpoints, AppToken Socket Mode.
type Config struct {
	SigningSecret     string // enables POST /slack/commands, /slack/events, /slack/interactivity
	BotToken          string // needed to post answers to mentions and DMs (and share button if no response_url)
	AppToken          string // xapp-…: switches on Socket Mode
	DefaultVisibility string // "ephemeral" (default) or "in_channel"
	APIURL            string // Slack Web API base URL ("https://slack.com/api/" when empty); tests use loopback
	Logger            *slog.Logger
	OnReconnect       func() // called when Socket Mode reconnects (metrics); may be nil

	// MaxBodyBytes bounds a request body (DefaultMaxBodyBytes when 0).
	MaxBodyBytes int64
	// Limiter bounds the answers being worked on, shared with the other
	// platforms of the process; nil gives the adapter a limiter of its own
	// with guard.DefaultMaxAnswers slots. Past it, questions are answered
	// "busy" at once, privately.
	Limiter *guard.Limiter
	// OnReject is called for every request refused before it reaches the
	// bot (metrics), with a guard.Reject* reason; may be nil.
	OnReject func(reason string)
	// OnShed is called for every question answered "busy" (metrics); may
	// be nil.
	OnShed func()
	// Dedupe decides which delivery of an event answers it; nil keeps
	// the keys in this process. Replicas share one (adapters/redisstate).
	Dedupe Dedupe
	// Conversations, when set, is the store the bot keeps conversations
	// in: a question at a channel's top level answered in a thread of its
	// own passes its conversation on to that thread, so a follow-up there
	// keeps the context. Nil: threads start afresh.
	Conversations bot.Conversations
}

// DefaultMaxBodyBytes bounds a request body when Config.MaxBodyBytes is 0.
// Slack's payloads are a few kilobytes; an interaction carries the message
// it came from.
const DefaultMaxBodyBytes = 1 << 20

// The visibilities of slash command answers.
const (
	VisibilityEphemeral = "ephemeral"
	VisibilityInChannel = "in_channel"
)

// Timings. Slack wants every request acknowledged within 3 seconds.
const (
	defaultAckWait = 2500 * time.Millisecond
	answerTimeout  = 30 * time.Second
	httpTimeout    = 10 * time.Second
	dedupeTTL      = 15 * time.Minute
	platform       = "slack" // bot.Request.Platform, for metrics
)

// Adapter delivers the bot's answers in Slack: slash commands, mentions and
// direct messages, over HTTP, Socket Mode or both. It is safe for
// concurrent use.
type Adapter struct {
	cfg    Config
	ans    Answerer
	log    *slog.Logger
	api    *slackapi.Client // nil without a bot token
	http   *http.Client
	apiURL string
	seen   *dedupe // the in-memory dedupe, used unless Config.Dedupe is set
	claims Dedupe

	maxBody    int64
	limit      *guard.Limiter
	rejects    *guard.Rejections
	refusals   refusals // Web API errors that repeat until an operator acts
	cards      *rendercache.Cache[message]
	workers    *guard.Workers // run what spawn starts
	signatures *signatures    // of the signing secret; nil without one

	// ackWait is how long a handler waits for an answer before it
	// acknowledges Slack without one.
	ackWait   time.Duration
	connected atomic.Bool

	// work counts answers still being delivered after their request was
	// acknowledged; Run waits for them when it stops.
	work     sync.WaitGroup
	workMu   sync.Mutex
	stopping bool // Run is waiting for work: no new goroutines join it

	botMu   sync.Mutex
	botUser string // the bot's own user ID, from auth.test
}

// New checks cfg and returns an adapter that answers with ans. It does no
// I/O: Register and Run start the work.
func New(cfg Config, ans Answerer) (*Adapter, error) {
	if ans == nil {
		return nil, errors.New("slack: nil Answerer")
	}
	switch {
	case cfg.SigningSecret == "" && cfg.AppToken == "":
		return nil, errors.New("slack: set SLACK_SIGNING_SECRET (HTTP endpoints) or SLACK_APP_TOKEN (Socket Mode)")
	case cfg.AppToken != "" && !strings.HasPrefix(cfg.AppToken, "xapp-"):
		return nil, errors.New("slack: SLACK_APP_TOKEN must be an app-level token (xapp-…)")
	case cfg.AppToken != "" && cfg.BotToken == "":
		return nil, errors.New("slack: Socket Mode (SLACK_APP_TOKEN) also needs SLACK_BOT_TOKEN")
	case strings.HasPrefix(cfg.BotToken, "xapp-"):
		return nil, errors.New("slack: SLACK_BOT_TOKEN holds an app-level token (xapp-…); use the bot token (xoxb-…)")
	}
	switch cfg.DefaultVisibility {
	case "":
		cfg.DefaultVisibility = VisibilityEphemeral
	case VisibilityEphemeral, VisibilityInChannel:
	default:
		return nil, fmt.Errorf("slack: CAREERBOT_SLACK_DEFAULT_VISIBILITY is %q; want %q or %q",
			cfg.DefaultVisibility, VisibilityEphemeral, VisibilityInChannel)
	}
	apiURL := cfg.APIURL
	if apiURL == "" {
		apiURL = slackapi.APIURL
	}
	if !strings.HasSuffix(apiURL, "/") {
		apiURL += "/"
	}
	// Every line the adapter logs, slack-go's included, is redacted.
	logger := guard.Logger(cfg.Logger, cfg.SigningSecret, cfg.BotToken, cfg.AppToken).With("adapter", "slack")
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	limit := cfg.Limiter
	if limit == nil {
		limit = guard.NewLimiter(0)
	}
	a := &Adapter{
		cfg:     cfg,
		ans:     ans,
		log:     logger,
		http:    &http.Client{Timeout: httpTimeout},
		apiURL:  apiURL,
		seen:    newDedupe(dedupeTTL, time.Now),
		ackWait: defaultAckWait,
		maxBody: cfg.MaxBodyBytes,
		limit:   limit,
		rejects: guard.NewRejections(logger, 0, cfg.OnReject),
		cards:   newCardCache(),
		workers: guard.NewWorkers(logger, "slack answer"),
	}
	if cfg.SigningSecret != "" {
		a.signatures = newSignatures(cfg.SigningSecret)
	}
	a.claims = a.seen
	if cfg.Dedupe != nil {
		a.claims = cfg.Dedupe
	}
	if cfg.BotToken != "" {
		a.api = a.newClient()
	}
	return a, nil
}

// newClient returns a Web API client for the bot token (and the app token,
// which apps.connections.open needs).
func (a *Adapter) newClient() *slackapi.Client {
	opts := []slackapi.Option{
		slackapi.OptionAPIURL(a.apiURL),
		slackapi.OptionHTTPClient(a.http),
		slackapi.OptionLog(logOutput{a.log}),
	}
	if a.cfg.AppToken != "" {
		opts = append(opts, slackapi.OptionAppLevelToken(a.cfg.AppToken))
	}
	return slackapi.New(a.cfg.BotToken, opts...)
}

// Ready reports whether the adapter can take questions: always over HTTP,
// and in Socket Mode while the socket is connected.
func (a *Adapter) Ready() bool {
	if a.cfg.AppToken == "" {
		return true
	}
	return a.connected.Load()
}

// ask asks the bot one question in a conversation (conversationKey; ""
// for none); a panic in the answerer becomes the apology, logged with its
// stack (guard.Answer).
func (a *Adapter) ask(ctx context.Context, question, conversation string) bot.Answer {
	return guard.Answer(a.log, platform, func() bot.Answer {
		return a.ans.Answer(ctx, bot.Request{Text: question, Platform: platform, Conversation: conversation})
	})
}

// shed counts a question answered "busy".
func (a *Adapter) shed() {
	if a.cfg.OnShed != nil {
		a.cfg.OnShed()
	}
}

// busyReply is the private reply to a slash command or click that came
// while every answer slot was taken.
func busyReply() reply {
	return reply{ResponseType: VisibilityEphemeral, Text: guard.BusyText}
}

// commandReply answers a slash command (or a socket-mode one) as the
// message Slack shows: private with a share button by default.
func (a *Adapter) commandReply(ctx context.Context, text, conversation string) reply {
	question := cleanQuestion(text, "")
	ans := a.ask(ctx, question, conversation)
	if a.cfg.DefaultVisibility == VisibilityInChannel {
		r := newReply(VisibilityInChannel, a.renderCached(ans, renderOptions{Choices: true}))
		r.chart = ans.Chart
		return r
	}
	// A private answer's chart would be public in the channel: it comes
	// when the answer is shared.
	m, share := a.cardAndShare(ans, renderOptions{ShareQuestion: question, Choices: true})
	r := newReply(VisibilityEphemeral, m)
	r.share = share
	return r
}

// reply is a message body for a slash command response, a response_url
// post or a Socket Mode acknowledgement.
type reply struct {
	ResponseType string           `json:"response_type"`
	Text         string           `json:"text"`
	Blocks       []slackapi.Block `json:"blocks,omitempty"`
	chart        *bot.Chart       // uploaded to the channel once the answer is out (in_channel answers only)
	encoded      [][]byte         // the JSON of each block, from render; nil: encode Blocks
	textJSON     []byte           // Text as JSON, from render; nil: encode Text
	// share is a share button that comes after Blocks. appendJSON writes
	// it from its JSON; what sends the reply through slack-go takes
	// withShareBlock.
	share shareButton
}

// withShareBlock returns r with its share button, if any, as its last block.
func (r reply) withShareBlock() reply {
	if r.share.question == "" {
		return r
	}
	m := message{Blocks: r.Blocks, encoded: r.encoded}.withShare(r.share)
	r.Blocks, r.encoded, r.share = m.Blocks, m.encoded, shareButton{}
	return r
}

func newReply(responseType string, m message) reply {
	return reply{ResponseType: responseType, Text: m.Text, Blocks: m.Blocks, encoded: m.encoded, textJSON: m.textJSON}
}

// postToResponseURL posts r to a response_url Slack gave with a command or
// an interaction.
func (a *Adapter) postToResponseURL(ctx context.Context, responseURL string, r reply) error {
	r = r.withShareBlock()
	msg := &slackapi.WebhookMessage{
		ResponseType: r.ResponseType,
		Text:         r.Text,
	}
	if len(r.Blocks) > 0 {
		msg.Blocks = &slackapi.Blocks{BlockSet: r.Blocks}
	}
	return a.call(ctx, func(ctx context.Context) error {
		return hideURL(slackapi.PostWebhookCustomHTTPContext(ctx, responseURL, a.http, msg))
	})
}

// botUserID returns the bot's own user ID, asking auth.test once.
func (a *Adapter) botUserID(ctx context.Context) (string, error) {
	a.botMu.Lock()
	defer a.botMu.Unlock()
	if a.botUser != "" {
		return a.botUser, nil
	}
	var res *slackapi.AuthTestResponse
	err := a.call(ctx, func(ctx context.Context) error {
		var err error
		res, err = a.api.AuthTestContext(ctx)
		return err
	})
	if err != nil {
		return "", fmt.Errorf("auth.test: %w", err)
	}
	a.botUser = res.UserID
	return a.botUser, nil
}

// mentionPattern matches a user mention as Slack sends it: <@U123> or
// <@U123|name>.
var mentionPattern = regexp.MustCompile(`<@([A-Z0-9]+)(?:\|[^>]*)?>`)

// cleanQuestion turns message text as Slack sends it into the question
// the user typed: the bot's own mention removed, Slack's escaping undone,
// whitespace collapsed. How long a question may be is the bot's to say
// (bot.MaxQuestionLen): it answers a too long one with a hint.
func cleanQuestion(text, botUser string) string {
	if botUser != "" {
		text = mentionPattern.ReplaceAllStringFunc(text, func(m string) string {
			if mentionPattern.FindStringSubmatch(m)[1] == botUser {
				return " "
			}
			return m
		})
	}
	text = unescape(text)
	if spaced(text) {
		return text
	}
	return strings.Join(strings.Fields(text), " ")
}

// spaced reports whether s is already as strings.Fields and a join with
// single spaces would leave it, as most typed questions are.
func spaced(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == ' ' && s[i+1] == ' ' {
			return false // a non-ASCII space is Unicode's to judge: take the slow way
		}
	}
	return true
}

// spawn runs f on a goroutine of its own that Run waits for when it
// stops. Once Run is stopping, f runs on the caller's goroutine instead: an
// HTTP handler, which the server's shutdown waits for.
func (a *Adapter) spawn(f func()) {
	a.workMu.Lock()
	if a.stopping {
		a.workMu.Unlock()
		f()
		return
	}
	a.work.Add(1)
	a.workMu.Unlock()
	a.workers.Go(func() {
		defer a.work.Done()
		f()
	})
}

// hold counts work running on the caller's goroutine among the work Run
// waits for when it stops; the caller calls a.work.Done when it is done.
// Once Run is stopping, hold reports false and counts nothing: the caller
// is an HTTP handler, which the server's shutdown waits for.
func (a *Adapter) hold() bool {
	a.workMu.Lock()
	defer a.workMu.Unlock()
	if a.stopping {
		return false
	}
	a.work.Add(1)
	return true
}

// drain waits for every spawned goroutine, taking no new ones.
func (a *Adapter) drain() {
	a.workMu.Lock()
	a.stopping = true
	a.workMu.Unlock()
	a.work.Wait()
}

// detach returns a context for work that outlives the request that
// started it: Slack's request ends at the acknowledgement, the answer
// comes after.
func detach(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.WithoutCancel(ctx), answerTimeout)
}

// hideURL drops the address from a failed request's error: a response_url
// is a credential for posting into a conversation, so it stays out of logs.
func hideURL(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return fmt.Errorf("%s: %w", ue.Op, ue.Err)
	}
	return err
}

// logOutput routes slack-go's own logging (debug only) into slog.
type logOutput struct{ l *slog.Logger }

func (o logOutput) Output(_ int, s string) error {
	o.l.Debug(strings.TrimSpace(s))
	return nil
}
