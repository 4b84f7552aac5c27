package redisstate

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/careerbot/careerbot/bot"
)

// Key prefixes: everything careerbot writes is under careerbot:, so one
// Redis can serve other programs too.
const (
	conversationPrefix = "careerbot:conversation:"
	dedupePrefix       = "careerbot:dedupe:"
)

// Defaults of Options.
const (
	DefaultDedupeTTL  = 15 * time.Minute
	DefaultPendingTTL = time.Minute
	DefaultTimeout    = 250 * time.Millisecond
	DefaultRetryAfter = 5 * time.Second
)

// Options tune a Store; zero values take the defaults.
type Options struct {
	// ConversationTTL is how long a conversation is kept after its last
	// question (bot.DefaultConversationTTL).
	ConversationTTL time.Duration
	// DedupeTTL is how long an answered event is remembered: longer than
	// Slack retries one (DefaultDedupeTTL).
	DedupeTTL time.Duration
	// PendingTTL bounds a claim whose replica never finishes it (it
	// crashed): other deliveries answer after it (DefaultPendingTTL).
	PendingTTL time.Duration
	// Timeout bounds one Redis command, so an unreachable Redis costs a
	// question at most this (DefaultTimeout).
	Timeout time.Duration
	// RetryAfter is how long memory is used after Redis failed before it
	// is tried again (DefaultRetryAfter).
	RetryAfter time.Duration
	// MaxConversations bounds the conversations kept in memory, where
	// every conversation is also written so that an outage keeps this
	// replica's own (100,000 when 0).
	MaxConversations int
	Logger           *slog.Logger
}

// Store is shared state in Redis with a per-replica memory fallback. It
// is safe for concurrent use.
type Store struct {
	rdb  *redis.Client
	opts Options
	log  *slog.Logger
	now  func() time.Time

	mem   *bot.MemoryConversations
	local *localClaims

	mu      sync.Mutex
	down    bool      // Redis failed and has not answered since
	retryAt time.Time // when to try Redis again while down
}

var _ bot.Conversations = (*Store)(nil)

// New returns a store on the Redis at url (redis://[user:password@]host:port[/db],
// or rediss:// for TLS). It does not connect: the first command does, and
// a Redis that is down then only means memory for a while.
func New(url string, opts Options) (*Store, error) {
	ro, err := redis.ParseURL(url)
	if err != nil {
		// ParseURL's errors may quote the URL, password included.
		return nil, errors.New("redisstate: CAREERBOT_REDIS_URL is not a redis:// or rediss:// URL")
	}
	if opts.ConversationTTL <= 0 {
		opts.ConversationTTL = bot.DefaultConversationTTL
	}
	if opts.DedupeTTL <= 0 {
		opts.DedupeTTL = DefaultDedupeTTL
	}
	if opts.PendingTTL <= 0 {
		opts.PendingTTL = DefaultPendingTTL
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.RetryAfter <= 0 {
		opts.RetryAfter = DefaultRetryAfter
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	ro.DialTimeout, ro.ReadTimeout, ro.WriteTimeout, ro.PoolTimeout = opts.Timeout, opts.Timeout, opts.Timeout, opts.Timeout
	ro.MaxRetries = -1 // memory is the fallback, not waiting
	ro.ContextTimeoutEnabled = true
	s := &Store{
		rdb:   redis.NewClient(ro),
		opts:  opts,
		log:   log.With("state", "redis"),
		now:   time.Now,
		mem:   bot.NewMemoryConversations(opts.ConversationTTL, opts.MaxConversations),
		local: newLocalClaims(time.Now),
	}
	return s, nil
}

// Ping checks Redis once, for a start-up log line; the store works either way.
func (s *Store) Ping(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, s.opts.Timeout)
	defer cancel()
	if err := s.rdb.Ping(ctx).Err(); err != nil {
		s.failed(err)
		return fmt.Errorf("redis: %w", err)
	}
	s.succeeded()
	return nil
}

// Close closes the connections to Redis.
func (s *Store) Close() error { return s.rdb.Close() }

// Get implements bot.Conversations: Redis first, then this replica's memory
// (Redis unreachable, or the conversation was kept during an outage).
func (s *Store) Get(ctx context.Context, key string) (bot.Conversation, bool) {
	if s.available() {
		rctx, cancel := context.WithTimeout(ctx, s.opts.Timeout)
		b, err := s.rdb.Get(rctx, conversationPrefix+key).Bytes()
		cancel()
		switch {
		case err == nil:
			s.succeeded()
			var c bot.Conversation
			if json.Unmarshal(b, &c) == nil {
				return c, true
			}
		case errors.Is(err, redis.Nil):
			s.succeeded()
		case !ended(ctx):
			s.failed(err)
		}
	}
	return s.mem.Get(ctx, key)
}

// Put implements bot.Conversations: the conversation goes to Redis with
// the conversation TTL, and to memory.
func (s *Store) Put(parent context.Context, key string, c bot.Conversation) {
	s.mem.Put(parent, key, c)
	if !s.available() {
		return
	}
	b, err := json.Marshal(c)
	if err != nil {
		return // a Conversation always encodes
	}
	ctx, cancel := context.WithTimeout(parent, s.opts.Timeout)
	defer cancel()
	if err := s.rdb.Set(ctx, conversationPrefix+key, b, s.opts.ConversationTTL).Err(); err != nil {
		if !ended(parent) {
			s.failed(err)
		}
		return
	}
	s.succeeded()
}

// ended reports whether the caller's ctx is over, or its deadline has
// passed: a command failing then failed for the caller, not for Redis.
func ended(ctx context.Context) bool {
	if ctx.Err() != nil {
		return true
	}
	d, ok := ctx.Deadline()
	return ok && !time.Now().Before(d)
}

// available reports whether Redis is worth a command now: it is up, or it
// has been down for RetryAfter.
func (s *Store) available() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return !s.down || !s.now().Before(s.retryAt)
}

// failed notes that Redis did not answer; the first failure of an outage
// is logged.
func (s *Store) failed(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.down {
		s.log.Warn("redis unreachable: conversations and event dedupe use this replica's memory until it is back",
			"err", err, "retry_every", s.opts.RetryAfter.String())
	}
	s.down = true
	s.retryAt = s.now().Add(s.opts.RetryAfter)
}

// succeeded notes that Redis answered, logging the end of an outage.
func (s *Store) succeeded() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.down {
		s.log.Info("redis reachable again: state is shared between replicas")
		s.down = false
	}
}
