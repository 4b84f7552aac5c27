package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/careerbot/careerbot/adapters/discord"
	"github.com/careerbot/careerbot/adapters/guard"
	"github.com/careerbot/careerbot/adapters/slack"
	"github.com/careerbot/careerbot/bot"
	"github.com/careerbot/careerbot/knowledge"
)

// HTTP server limits. Slack and Discord send small requests and expect an
// answer within 3 seconds, so these are generous for them and still stop a
// slow client from holding a connection open.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 15 * time.Second
	writeTimeout      = 30 * time.Second
	idleTimeout       = 2 * time.Minute
)

// loadGCPercent is the GC percent while serve loads the knowledge. An idle
// server's peak (VmHWM) is at start-up: against 50, 5 lowers it by about
// 10 MB, to some 40 MB with the embedded knowledge, for some 50 ms more
// start-up (2 cores).
const loadGCPercent = 5

// runServe implements careerbot serve.
func runServe(ctx context.Context, args []string, io stdio) int {
	fs := newFlags("serve", "serve [--healthcheck]", "Serves Slack and Discord as the environment configures (see careerbot config).", io)
	healthcheck := fs.Bool("healthcheck", false, "do not serve: ask the server at CAREERBOT_HTTP_ADDR for /healthz and exit 0 if it is up (for Docker's HEALTHCHECK)")
	if code, ok := parseFlags(fs, args, io); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(fs, io, "serve takes no arguments; it reads its settings from the environment")
	}
	cfg, err := loadConfig()
	if err != nil {
		fmt.Fprintf(io.err, "careerbot serve: %v\n", err)
		return 2
	}
	if *healthcheck {
		return probe(ctx, cfg.HTTPAddr, io)
	}
	if err := cfg.validate(); err != nil {
		fmt.Fprintf(io.err, "careerbot serve: %s\n", strings.ReplaceAll(err.Error(), "\n", "\n  "))
		return 2
	}
	log := newLogger(cfg, io.err)
	if err := serve(ctx, cfg, log); err != nil {
		log.Error("serve stopped", "err", err)
		return 1
	}
	return 0
}

// newLogger returns the process logger as CAREERBOT_LOG_FORMAT and
// CAREERBOT_LOG_LEVEL ask. Every line goes through guard's redaction: no
// URL path, token or configured secret reaches the log, whoever logs it.
func newLogger(cfg config, w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: cfg.logLevel()}
	var h slog.Handler = slog.NewTextHandler(w, opts)
	if cfg.LogFormat == "json" {
		h = slog.NewJSONHandler(w, opts)
	}
	return slog.New(guard.NewHandler(h, cfg.SlackSigningSecret, cfg.SlackBotToken, cfg.SlackAppToken, cfg.DiscordBotToken, redisPassword(cfg.RedisURL)))
}

// redisPassword is the password in CAREERBOT_REDIS_URL, if any, so that no
// log line can show it.
func redisPassword(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.User == nil {
		return ""
	}
	pw, _ := p.User.Password()
	return pw
}

// platform is one chat adapter as serve drives it.
type platform interface {
	Register(mux *http.ServeMux)
	Run(ctx context.Context) error
	Ready() bool
}

var (
	_ platform = (*slack.Adapter)(nil)
	_ platform = (*discord.Adapter)(nil)
)

type namedPlatform struct {
	name string
	platform
}

// serve answers on every platform cfg enables until ctx is cancelled, then
// shuts down gracefully: the listener closes, answers in flight finish, the
// adapters disconnect, all within cfg.ShutdownTimeout. It returns nil after
// a clean shutdown.
func serve(ctx context.Context, cfg config, log *slog.Logger) error {
	// Nothing reads a memory profile of serve (it has no profiling
	// endpoint), and its samples would keep a table of call stacks that
	// grows with every new one: up to a megabyte and a half.
	runtime.MemProfileRate = 0
	// The package initialisers have read pages that loading will not
	// need: dropping them now keeps the peak of start-up lower.
	logReleased(log)
	// Loading allocates about twice what the knowledge keeps. A server
	// starts once: collecting more often while loading costs a few
	// milliseconds and lowers the peak; the garbage then goes back to the
	// system rather than stay in the idle RSS.
	gcPercent := debug.SetGCPercent(loadGCPercent)
	kb, err := openLiveBase(ctx, cfg.DB, log)
	debug.SetGCPercent(gcPercent)
	if err != nil {
		return fmt.Errorf("load knowledge: %w", err)
	}
	defer kb.Close()
	debug.FreeOSMemory()
	memLimit := cfg.MemoryLimit.apply()

	st, err := newState(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer st.close()
	h, err := newHandlers(ctx, cfg, log, kb, st)
	if err != nil {
		return err
	}
	b, platforms, metricsMux := h.bot, h.platforms, h.metrics
	srv := newServer(h.main, log)

	ln, err := net.Listen("tcp", cfg.HTTPAddr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	serveErr := make(chan error, 2)
	var metricsSrv *http.Server
	if cfg.MetricsAddr != "" {
		mln, err := net.Listen("tcp", cfg.MetricsAddr)
		if err != nil {
			ln.Close()
			return fmt.Errorf("listen for metrics: %w", err)
		}
		metricsSrv = newServer(metricsMux, log)
		log.Info("metrics listening", "addr", mln.Addr().String())
		go func() {
			defer guard.Recover(log, "metrics server")
			if err := metricsSrv.Serve(mln); !errors.Is(err, http.ErrServerClosed) {
				serveErr <- fmt.Errorf("metrics: %w", err)
			}
		}()
	}
	logReleased(log)
	log.Info("listening", "addr", ln.Addr().String(), "serving", strings.Join(cfg.capabilities(), ","), "db", cfg.DB,
		"max_concurrent_answers", cfg.MaxConcurrentAnswers, "memory_limit_mib", memLimit>>20)

	go func() {
		defer guard.Recover(log, "http server")
		serveErr <- srv.Serve(ln)
	}()

	// The adapters get their own context so that shutdown, not the signal
	// itself, decides when they disconnect.
	runCtx, stopRun := context.WithCancel(context.WithoutCancel(ctx))
	defer stopRun()
	var running sync.WaitGroup
	reload := reloadInto(b, platforms)
	running.Go(func() {
		kb.watch(runCtx, reloadInterval, func(k *knowledge.Base) {
			reload(k)
			cfg.MemoryLimit.apply() // auto follows the new knowledge's size
			logReleased(log)
		})
	})
	runErr := make(chan error, len(platforms))
	for _, p := range platforms {
		running.Go(func() {
			defer guard.Recover(log, p.name+" adapter")
			if err := p.Run(runCtx); err != nil && runCtx.Err() == nil {
				runErr <- fmt.Errorf("%s: %w", p.name, err)
			}
		})
	}

	var failed error
	select {
	case <-ctx.Done():
		log.Info("shutting down", "timeout", cfg.ShutdownTimeout.String())
	case err := <-serveErr:
		failed = fmt.Errorf("http: %w", err)
	case err := <-runErr:
		failed = err
	}
	if failed != nil {
		log.Error("shutting down after a failure", "err", failed, "timeout", cfg.ShutdownTimeout.String())
	}

	// Stop taking questions everywhere at once; HTTP answers in flight and
	// the adapters' own in-flight work finish within the deadline.
	deadline, cancel := context.WithTimeout(context.WithoutCancel(ctx), cfg.ShutdownTimeout)
	defer cancel()
	stopRun()
	var errs []error
	if err := srv.Shutdown(deadline); err != nil {
		errs = append(errs, fmt.Errorf("http shutdown: %w", err))
	}
	if metricsSrv != nil {
		// Scraped until the main listener is done: the last scrape sees
		// the answers shutdown let finish.
		if err := metricsSrv.Shutdown(deadline); err != nil {
			errs = append(errs, fmt.Errorf("metrics shutdown: %w", err))
		}
	}
	adaptersDone := make(chan struct{})
	go func() { running.Wait(); close(adaptersDone) }()
	select {
	case <-adaptersDone:
	case <-deadline.Done():
		errs = append(errs, errors.New("adapters did not stop within CAREERBOT_SHUTDOWN_TIMEOUT"))
	}
	if failed == nil && len(errs) == 0 {
		log.Info("stopped")
		return nil
	}
	return errors.Join(append([]error{failed}, errs...)...)
}

// handlers is what serve puts behind its listeners.
type handlers struct {
	main      http.Handler // CAREERBOT_HTTP_ADDR: platforms, health, and /metrics unless it has its own address
	metrics   http.Handler // CAREERBOT_METRICS_ADDR, when set
	bot       *bot.Bot     // gets each reloaded knowledge
	platforms []namedPlatform
}

// newHandlers builds the bot, the adapters the configuration enables and
// the HTTP handler chain in front of them. The benchmarks of the HTTP
// endpoints use it, so that they measure what serve serves.
func newHandlers(ctx context.Context, cfg config, log *slog.Logger, kb *liveBase, st state) (handlers, error) {
	var names []string
	if cfg.slackEnabled() {
		names = append(names, "slack")
	}
	if cfg.discordEnabled() {
		names = append(names, "discord")
	}
	m := newMetrics(names...)
	// One bound on answers in flight for the whole process, whichever
	// platform the questions come from.
	m.limit = guard.NewLimiter(cfg.MaxConcurrentAnswers)
	b := bot.New(kb.Base()).WithConversations(st.conversations)
	ans := &instrumented{next: b, metrics: m, log: log}

	platforms, err := newPlatforms(ctx, cfg, ans, m, log, st)
	if err != nil {
		return handlers{}, err
	}

	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	})
	mux.Handle("GET /readyz", readiness(platforms, kb.Careers))
	metricsMux := mux
	if cfg.MetricsAddr != "" {
		metricsMux = http.NewServeMux()
	}
	metricsMux.Handle("GET /metrics", m)
	for _, p := range platforms {
		p.Register(mux)
	}
	return handlers{
		main:      recoverPanics(limitBody(mux, cfg.HTTPMaxBodyBytes), log),
		metrics:   recoverPanics(metricsMux, log),
		bot:       b,
		platforms: platforms,
	}, nil
}

// renderCache is a platform that keeps rendered answers (see
// adapters/rendercache).
type renderCache interface{ ForgetRendered() }

var (
	_ renderCache = (*slack.Adapter)(nil)
	_ renderCache = (*discord.Adapter)(nil)
)

// reloadInto returns what serve does with newly loaded knowledge: the bot
// answers from it, and the platforms forget the answers they rendered from
// the knowledge before, so their caches hold only current answers.
func reloadInto(b *bot.Bot, platforms []namedPlatform) func(*knowledge.Base) {
	return func(kb *knowledge.Base) {
		b.SetBase(kb)
		for _, p := range platforms {
			if c, ok := p.platform.(renderCache); ok {
				c.ForgetRendered()
			}
		}
		debug.FreeOSMemory() // the knowledge before and what loading this one left
	}
}

// newServer returns an HTTP server for handler with careerbot's timeouts.
func newServer(handler http.Handler, log *slog.Logger) *http.Server {
	return &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
}

// newPlatforms builds the adapters the configuration enables.
func newPlatforms(ctx context.Context, cfg config, ans *instrumented, m *metrics, log *slog.Logger, st state) ([]namedPlatform, error) {
	var out []namedPlatform
	if cfg.slackEnabled() {
		a, err := slack.New(slack.Config{
			SigningSecret:     cfg.SlackSigningSecret,
			BotToken:          cfg.SlackBotToken,
			AppToken:          cfg.SlackAppToken,
			DefaultVisibility: cfg.SlackDefaultVisibility,
			APIURL:            cfg.SlackAPIURL,
			Dedupe:            st.dedupe,
			Conversations:     st.conversations,
			Logger:            log,
			OnReconnect:       func() { m.reconnected("slack") },
			MaxBodyBytes:      cfg.HTTPMaxBodyBytes,
			Limiter:           m.limit,
			OnReject:          func(reason string) { m.rejectedRequest("slack", reason) },
			OnShed:            func() { m.answeredBusy("slack") },
		}, ans)
		if err != nil {
			return nil, fmt.Errorf("slack: %w", err)
		}
		out = append(out, namedPlatform{"slack", a})
	}
	if cfg.discordEnabled() {
		a, err := discord.New(discord.Config{
			BotToken:     cfg.DiscordBotToken,
			PublicKey:    cfg.DiscordPublicKey,
			AppID:        cfg.DiscordAppID,
			Prefix:       cfg.DiscordPrefix,
			Ephemeral:    cfg.DiscordEphemeral,
			ShardID:      cfg.DiscordShardID,
			ShardCount:   cfg.DiscordShardCount,
			APIBase:      cfg.DiscordAPIURL,
			Logger:       log,
			OnReconnect:  func() { m.reconnected("discord") },
			MaxBodyBytes: cfg.HTTPMaxBodyBytes,
			Limiter:      m.limit,
			OnReject:     func(reason string) { m.rejectedRequest("discord", reason) },
			OnShed:       func() { m.answeredBusy("discord") },
		}, ans)
		if err != nil {
			return nil, fmt.Errorf("discord: %w", err)
		}
		if cfg.DiscordRegisterCommands {
			// Commands registered earlier keep working, so a failure here
			// is worth a warning, not a refusal to start.
			if err := a.RegisterCommands(ctx, cfg.DiscordGuildID); err != nil {
				log.Warn("discord: registering slash commands failed", "err", err)
			}
		}
		out = append(out, namedPlatform{"discord", a})
	}
	return out, nil
}

// readiness serves /readyz: 200 when the knowledge holds careers (it is
// loaded before the listener opens) and every enabled platform is
// connected, else 503. The body lists each check.
func readiness(platforms []namedPlatform, careers func() int) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var b strings.Builder
		ready := careers() > 0
		if ready {
			b.WriteString("knowledge: ok\n")
		} else {
			b.WriteString("knowledge: empty\n")
		}
		for _, p := range platforms {
			if p.Ready() {
				fmt.Fprintf(&b, "%s: ok\n", p.name)
			} else {
				ready = false
				fmt.Fprintf(&b, "%s: not ready\n", p.name)
			}
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if !ready {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
		io.WriteString(w, b.String())
	})
}

// limitBody caps every request body; reading past the cap fails with an
// *http.MaxBytesError, which the adapters turn into 413.
func limitBody(next http.Handler, max int64) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, max)
		next.ServeHTTP(w, r)
	})
}

// recoverPanics logs a handler's panic and answers 500 instead of letting
// net/http drop the connection without a reply.
func recoverPanics(next http.Handler, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			p := recover()
			if p == nil {
				return
			}
			if p == http.ErrAbortHandler {
				panic(p)
			}
			log.Error("http handler panicked", "method", r.Method, "path", r.URL.Path, "panic", p, "stack", string(debug.Stack()))
			http.Error(w, "internal error", http.StatusInternalServerError)
		}()
		next.ServeHTTP(w, r)
	})
}

// probe implements serve -healthcheck: the distroless image has no shell or
// curl, so the binary checks itself.
func probe(ctx context.Context, addr string, io stdio) int {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		fmt.Fprintf(io.err, "healthcheck: CAREERBOT_HTTP_ADDR: %v\n", err)
		return 1
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "127.0.0.1"
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	url := "http://" + net.JoinHostPort(host, port) + "/healthz"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		fmt.Fprintf(io.err, "healthcheck: %v\n", err)
		return 1
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintf(io.err, "healthcheck: %v\n", err)
		return 1
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		fmt.Fprintf(io.err, "healthcheck: %s answered %s\n", url, resp.Status)
		return 1
	}
	fmt.Fprintln(io.out, "ok")
	return 0
}

// logReleased releases the executable's pages start-up (or a reload) read
// and no answer needs (releaseStartupPages), and logs what it released.
// Failing to is no reason to stop serving: it only costs memory.
func logReleased(log *slog.Logger) {
	before, after, err := releaseStartupPages()
	if err != nil {
		log.Warn("could not release start-up pages", "err", err)
		return
	}
	if before > 0 {
		log.Debug("released start-up pages", "file_rss_kib_before", before>>10, "file_rss_kib_after", after>>10)
	}
}
