package redisstate

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
)

// claimPoll is how often a delivery waiting for another one under way
// looks again.
const claimPoll = 25 * time.Millisecond

// The states of a claim.
const (
	claimAnswered = 0 // another delivery answered: do not
	claimPending  = 1 // another delivery is answering: wait
	claimTaken    = 2 // this delivery answers
)

// claimScript takes every key of a delivery with SET NX PX, or none: a
// key already set undoes the ones taken and says whether its delivery was
// answered ("done") or is under way (a token). KEYS: the keys; ARGV[1]:
// this delivery's token; ARGV[2]: how long a pending claim holds, in ms.
var claimScript = redis.NewScript(`
for i, k in ipairs(KEYS) do
  if not redis.call('SET', k, ARGV[1], 'NX', 'PX', ARGV[2]) then
    local v = redis.call('GET', k)
    for j = 1, i - 1 do redis.call('DEL', KEYS[j]) end
    if v == 'done' then return 0 end
    return 1
  end
end
return 2
`)

// finishScript ends a claim: answered, the keys say "done" for the dedupe
// TTL; not answered, the keys still holding this delivery's token are
// deleted so a retry answers. ARGV[1]: token; ARGV[2]: "1" when answered;
// ARGV[3]: the dedupe TTL in ms.
var finishScript = redis.NewScript(`
for _, k in ipairs(KEYS) do
  if ARGV[2] == '1' then
    redis.call('SET', k, 'done', 'PX', ARGV[3])
  elseif redis.call('GET', k) == ARGV[1] then
    redis.call('DEL', k)
  end
end
return 1
`)

// Claim implements the Slack adapter's Dedupe: it reports whether the
// caller should answer the delivery known by keys, across every replica
// sharing the Redis. While another delivery of it is being answered it
// waits; it returns ctx's error if ctx ends first. The caller must call
// finish once with whether the answer was posted. With Redis unreachable
// the claim is this replica's alone.
func (s *Store) Claim(ctx context.Context, keys ...string) (finish func(answered bool), ok bool, err error) {
	token := newToken()
	for {
		state, local := s.tryClaim(ctx, keys, token)
		switch state {
		case claimAnswered:
			return nil, false, nil
		case claimTaken:
			return func(answered bool) { s.finish(keys, token, answered, local) }, true, nil
		}
		t := time.NewTimer(claimPoll)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, false, ctx.Err()
		case <-t.C:
		}
	}
}

// tryClaim claims keys in Redis, or in memory when Redis is unreachable
// (local true).
func (s *Store) tryClaim(ctx context.Context, keys []string, token string) (state int, local bool) {
	if s.available() {
		rctx, cancel := context.WithTimeout(ctx, s.opts.Timeout)
		n, err := claimScript.Run(rctx, s.rdb, prefixed(keys), token, s.opts.PendingTTL.Milliseconds()).Int()
		cancel()
		if err == nil {
			s.succeeded()
			return n, false
		}
		if ended(ctx) {
			return claimPending, false // Claim returns the context's error
		}
		s.failed(err)
	}
	return s.local.claim(keys, token, s.opts.PendingTTL), true
}

// finish ends a claim where it was made.
func (s *Store) finish(keys []string, token string, answered, local bool) {
	if local {
		s.local.finish(keys, token, answered, s.opts.DedupeTTL)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), s.opts.Timeout)
	defer cancel()
	flag := "0"
	if answered {
		flag = "1"
	}
	if err := finishScript.Run(ctx, s.rdb, prefixed(keys), token, flag, s.opts.DedupeTTL.Milliseconds()).Err(); err != nil {
		// Answered: a retry may answer again. Not answered: the claim
		// holds until PendingTTL. Either way nobody waits for ever.
		s.failed(err)
		return
	}
	s.succeeded()
}

func prefixed(keys []string) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = dedupePrefix + k
	}
	return out
}

func newToken() string {
	b := make([]byte, 12)
	_, _ = rand.Read(b) // never fails (crypto/rand)
	return hex.EncodeToString(b)
}

// localClaims are claims kept in this replica's memory while Redis is
// unreachable, with the same states as in Redis.
type localClaims struct {
	now func() time.Time

	mu        sync.Mutex
	m         map[string]localClaim
	lastSweep time.Time
}

type localClaim struct {
	token   string // "" once answered
	expires time.Time
}

func newLocalClaims(now func() time.Time) *localClaims {
	return &localClaims{now: now, m: map[string]localClaim{}}
}

func (l *localClaims) claim(keys []string, token string, pending time.Duration) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	l.sweep(now)
	for _, k := range keys {
		if c, ok := l.m[k]; ok && now.Before(c.expires) {
			if c.token == "" {
				return claimAnswered
			}
			return claimPending
		}
	}
	for _, k := range keys {
		l.m[k] = localClaim{token: token, expires: now.Add(pending)}
	}
	return claimTaken
}

func (l *localClaims) finish(keys []string, token string, answered bool, ttl time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, k := range keys {
		switch {
		case answered:
			l.m[k] = localClaim{expires: l.now().Add(ttl)}
		case l.m[k].token == token:
			delete(l.m, k)
		}
	}
}

// sweep forgets expired claims, at most once a minute. l.mu must be held.
func (l *localClaims) sweep(now time.Time) {
	if now.Sub(l.lastSweep) < time.Minute {
		return
	}
	l.lastSweep = now
	for k, c := range l.m {
		if !now.Before(c.expires) {
			delete(l.m, k)
		}
	}
}
