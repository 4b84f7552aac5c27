package discord

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"github.com/careerbot/careerbot/adapters/guard"
	"github.com/careerbot/careerbot/adapters/rendercache"
	"github.com/careerbot/careerbot/bot"
)

// Answerer is what the adapter needs from the bot: answers to questions and
// career names for autocomplete.
type Answerer interface {
	Answer(ctx context.Context, req bot.Request) bot.Answer
	CareerNames(ctx context.Context, partial string, limit int) []string
}

// Config says which parts of the adapter run and how.
type Config struct {
	BotToken    string // enables the gateway bot
	PublicKey   string // hex Ed25519 key: enables POST /discord/interactions
	AppID       string // application id (needed to register commands and answer over the gateway)
	Prefix      string // message prefix, default "!career"
	Ephemeral   bool   // answer slash commands privately to the user who asked
	ShardID     int    // this process's shard, when ShardCount > 1
	ShardCount  int    // total shards; 0 or 1 means no sharding
	APIBase     string // REST/gateway base URL override for tests ("" = discord.com)
	Logger      *slog.Logger
	OnReconnect func() // called when the gateway resumes/reconnects (metrics); may be nil

	// MaxBodyBytes bounds an interactions endpoint request body
	// (DefaultMaxBodyBytes when 0).
	MaxBodyBytes int64
	// Limiter bounds the answers being worked on, shared with the other
	// platforms of the process; nil gives the adapter a limiter of its own
	// with guard.DefaultMaxAnswers slots. Past it, slash commands are
	// answered "busy" at once, ephemerally.
	Limiter *guard.Limiter
	// OnReject is called for every interactions endpoint request refused
	// before it reaches the bot (metrics), with a guard.Reject* reason; may
	// be nil.
	OnReject func(reason string)
	// OnShed is called for every question answered "busy" (metrics); may
	// be nil.
	OnShed func()
}

// DefaultMaxBodyBytes bounds an interactions endpoint request body when
// Config.MaxBodyBytes is 0.
const DefaultMaxBodyBytes = 1 << 20

// DefaultPrefix starts messages addressed to the bot in servers when
// Config.Prefix is empty.
const DefaultPrefix = "!career"

// ErrNotConfigured is returned by New when the config enables neither the
// gateway bot (BotToken) nor the interactions endpoint (PublicKey).
var ErrNotConfigured = errors.New("discord: neither a bot token nor a public key is set")

// gatewayIntents are the events the bot asks for. Message Content is
// privileged: without it Discord blanks the text of server messages that do
// not mention the bot, so the prefix stops working (mentions and DMs do not).
const gatewayIntents = discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages | discordgo.IntentsMessageContent

// Gateway close codes after which reconnecting cannot help.
const (
	closeAuthenticationFailed = 4004
	closeInvalidShard         = 4010
	closeShardingRequired     = 4011
	closeInvalidAPIVersion    = 4012
	closeInvalidIntents       = 4013
	closeDisallowedIntents    = 4014
)

// messageContentHelp is logged when Discord refuses the Message Content
// intent, in words an operator can act on.
const messageContentHelp = "discord refused the Message Content intent (gateway close code 4014). " +
	"Enable it in the Discord Developer Portal (discord.com/developers/applications): your application → Bot → " +
	"Privileged Gateway Intents → Message Content Intent, save, and restart careerbot. " +
	"Until then slash commands, mentions and DMs keep working, but messages starting with the prefix are not seen."

// eventTimeout bounds the work done for one message or interaction.
const eventTimeout = 15 * time.Second

// defaultDeferAfter leaves a second of Discord's 3 for the response to
// travel.
const defaultDeferAfter = 2 * time.Second

// Adapter connects the bot to Discord. Create it with New.
type Adapter struct {
	cfg       Config
	ans       Answerer
	log       *slog.Logger
	session   *discordgo.Session // REST client always; gateway session when cfg.BotToken is set
	publicKey ed25519.PublicKey
	limit     *guard.Limiter
	rejects   *guard.Rejections
	// deferAfter is how long a slash command waits for its answer before
	// Discord is sent a deferred response ("thinking…") and the answer
	// follows as an edit: Discord wants a response within 3 seconds.
	deferAfter time.Duration

	connected atomic.Bool
	connects  atomic.Int64

	mu       sync.Mutex
	runCtx   context.Context // Run's context, the parent of every event's context
	stopping bool            // Run is stopping: gateway events are no longer taken
	inflight sync.WaitGroup  // gateway events being answered

	// background is interactions-endpoint work that goes on after the HTTP
	// reply: follow-ups, deferred answers, the pay chart.
	background sync.WaitGroup
	charts     chan struct{} // slots for pay charts being attached (maxChartsInFlight)
	chartPause chartPause
	lookupHost func(context.Context, string) ([]string, error) // nil: net.DefaultResolver's; tests replace it
	cards      *rendercache.Cache[[]reply]
	workers    *guard.Workers // run interactions and answers
}

// New checks cfg and prepares the adapter; nothing connects until Run or
// the first request to the handler installed by Register. ans may be nil
// only when the adapter is used just to register commands.
func New(cfg Config, ans Answerer) (*Adapter, error) {
	if cfg.BotToken == "" && cfg.PublicKey == "" {
		return nil, ErrNotConfigured
	}
	if cfg.Prefix == "" {
		cfg.Prefix = DefaultPrefix
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.Limiter == nil {
		cfg.Limiter = guard.NewLimiter(0)
	}
	// Every line the adapter logs is redacted: a failed follow-up's error
	// holds the webhook URL, and the interaction token is in its path.
	log := guard.Logger(cfg.Logger, cfg.BotToken).With("adapter", "discord")
	a := &Adapter{
		cfg: cfg, ans: ans, log: log,
		limit:      cfg.Limiter,
		charts:     make(chan struct{}, maxChartsInFlight),
		cards:      newCardCache(),
		workers:    guard.NewWorkers(log, "discord answer"),
		rejects:    guard.NewRejections(log, 0, cfg.OnReject),
		deferAfter: defaultDeferAfter,
	}

	if cfg.PublicKey != "" {
		key, err := hex.DecodeString(cfg.PublicKey)
		if err != nil || len(key) != ed25519.PublicKeySize {
			return nil, errors.New("discord: public key must be 64 hex digits (the application's Public Key)")
		}
		a.publicKey = key
	}

	token := cfg.BotToken
	if token != "" && !strings.HasPrefix(token, "Bot ") {
		token = "Bot " + token
	}
	s, err := discordgo.New(token)
	if err != nil {
		return nil, fmt.Errorf("discord: new session: %w", err)
	}
	// The state would cache every guild; the adapter needs only its own user,
	// which discordgo keeps even with the state disabled.
	s.StateEnabled = false
	s.LogLevel = discordgo.LogError // higher levels would log the Identify payload, token included
	s.Identify.Intents = gatewayIntents
	if cfg.ShardCount > 1 {
		if cfg.ShardID < 0 || cfg.ShardID >= cfg.ShardCount {
			return nil, fmt.Errorf("discord: shard id %d out of range for %d shards", cfg.ShardID, cfg.ShardCount)
		}
		s.ShardID, s.ShardCount = cfg.ShardID, cfg.ShardCount
	}
	if cfg.APIBase != "" {
		base, err := url.Parse(cfg.APIBase)
		if err != nil || (base.Scheme != "http" && base.Scheme != "https") || base.Host == "" {
			return nil, fmt.Errorf("discord: API base %q is not an http(s) URL", cfg.APIBase)
		}
		s.Client = &http.Client{Timeout: s.Client.Timeout, Transport: apiTransport{base: base, next: http.DefaultTransport}}
	}
	a.session = s

	if cfg.BotToken != "" {
		s.AddHandler(a.onConnect)
		s.AddHandler(a.onDisconnect)
		s.AddHandler(a.onMessage)
		s.AddHandler(a.onInteraction)
	}
	return a, nil
}

// Run holds the gateway session open until ctx is done, then closes it. It
// returns nil at once when no bot token is configured, and an error only
// when Discord refuses the connection for good (bad token, bad shard or
// intents settings). discordgo resumes dropped connections by itself.
func (a *Adapter) Run(ctx context.Context) error {
	defer a.background.Wait() // interactions-endpoint replies still being sent
	if a.cfg.BotToken == "" {
		<-ctx.Done()
		return nil
	}
	if a.ans == nil {
		return errors.New("discord: Run needs an Answerer")
	}
	a.mu.Lock()
	a.runCtx = ctx
	a.mu.Unlock()

	if err := a.open(ctx); err != nil {
		return err
	}
	<-ctx.Done()
	// Take no new questions, let the ones being answered be sent, then
	// disconnect.
	a.mu.Lock()
	a.stopping = true
	a.mu.Unlock()
	a.inflight.Wait()
	if err := a.session.Close(); err != nil {
		a.log.Warn("discord gateway: close", "err", err)
	}
	return nil
}

// open connects to the gateway, retrying with backoff until it succeeds,
// ctx ends, or Discord refuses for a reason retrying cannot fix. When
// Discord refuses the Message Content intent it says how to enable it and
// connects without it, so slash commands keep working.
func (a *Adapter) open(ctx context.Context) error {
	wait := time.Second
	for {
		err := a.session.Open()
		if err == nil {
			return nil
		}
		var ce *websocket.CloseError
		if errors.As(err, &ce) {
			if ce.Code == closeDisallowedIntents && a.session.Identify.Intents&discordgo.IntentsMessageContent != 0 {
				a.log.Error(messageContentHelp, "prefix", a.cfg.Prefix)
				a.session.Identify.Intents &^= discordgo.IntentsMessageContent
				continue
			}
			switch ce.Code {
			case closeAuthenticationFailed, closeInvalidShard, closeShardingRequired,
				closeInvalidAPIVersion, closeInvalidIntents, closeDisallowedIntents:
				return fmt.Errorf("discord gateway: %w", err)
			}
		}
		a.log.Warn("discord gateway: connect failed; retrying", "err", err, "in", wait)
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
		wait = min(2*wait, time.Minute)
	}
}

// Ready reports whether the adapter can take questions: always when it only
// serves the interactions endpoint, otherwise while the gateway is connected.
func (a *Adapter) Ready() bool {
	return a.cfg.BotToken == "" || a.connected.Load()
}

func (a *Adapter) onConnect(*discordgo.Session, *discordgo.Connect) {
	a.connected.Store(true)
	if a.connects.Add(1) > 1 {
		a.log.Info("discord gateway reconnected")
		if a.cfg.OnReconnect != nil {
			a.cfg.OnReconnect()
		}
		return
	}
	a.log.Info("discord gateway connected")
}

func (a *Adapter) onDisconnect(*discordgo.Session, *discordgo.Disconnect) {
	a.connected.Store(false)
}

// recoverEvent keeps a panic while handling one gateway event from taking
// the whole process down: discordgo runs handlers in bare goroutines.
func (a *Adapter) recoverEvent(event string) {
	if v := recover(); v != nil {
		a.log.Error("discord: panic handling event", "event", event, "panic", v, "stack", string(debug.Stack()))
	}
}

// ask asks the bot one question; a panic in the answerer becomes the
// apology, logged with its stack (guard.Answer).
// conversation is conversationKey's key of the conversation the question
// belongs to ("" for none).
func (a *Adapter) ask(ctx context.Context, q, conversation string) bot.Answer {
	return guard.Answer(a.log, "discord", func() bot.Answer {
		return a.ans.Answer(ctx, bot.Request{Text: q, Platform: "discord", Conversation: conversation})
	})
}

// shed counts a question answered "busy".
func (a *Adapter) shed() {
	if a.cfg.OnShed != nil {
		a.cfg.OnShed()
	}
}

// selfID is the bot's own user id, known once the gateway is ready.
func (a *Adapter) selfID() string {
	st := a.session.State
	st.RLock()
	defer st.RUnlock()
	if st.User == nil {
		return ""
	}
	return st.User.ID
}

// beginEvent starts handling one gateway event: it returns the event's
// context and a func to call when done, or ok false once Run is stopping.
// The context outlives Run's, bounded by eventTimeout, so that an answer
// being sent at shutdown is not cut off; Run waits for it.
func (a *Adapter) beginEvent() (ctx context.Context, done func(), ok bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.stopping {
		return nil, nil, false
	}
	parent := a.runCtx
	if parent == nil {
		parent = context.Background()
	}
	a.inflight.Add(1)
	ctx, cancel := context.WithTimeout(context.WithoutCancel(parent), eventTimeout)
	return ctx, func() { cancel(); a.inflight.Done() }, true
}

// apiTransport sends the session's requests for discord.com to base instead.
// discordgo builds its URLs from package-level variables; rewriting requests
// here keeps each session's override to itself (tests run in parallel) and
// leaves discordgo's globals alone. The gateway needs no override: its
// address comes from the REST answer to GET /gateway.
type apiTransport struct {
	base *url.URL
	next http.RoundTripper
}

// RoundTrip implements http.RoundTripper.
func (t apiTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.URL.Host != "discord.com" {
		return t.next.RoundTrip(r)
	}
	r = r.Clone(r.Context())
	r.URL.Scheme = t.base.Scheme
	r.URL.Host = t.base.Host
	r.URL.Path = strings.TrimSuffix(t.base.Path, "/") + r.URL.Path
	r.URL.RawPath = ""
	r.Host = ""
	return t.next.RoundTrip(r)
}
