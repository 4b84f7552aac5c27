package guard

import (
	"log/slog"
	"maps"
	"slices"
	"sync"
	"time"
)

// Reasons a request is refused before it reaches the bot.
const (
	RejectSignature = "bad_signature" // missing, stale or wrong signature
	RejectTooLarge  = "too_large"     // body over the configured limit
	RejectMalformed = "malformed"     // signed, but not a payload the platform sends
)

// DefaultSummaryInterval is how often, at most, refused requests are logged.
const DefaultSummaryInterval = time.Minute

// Rejections counts refused requests and logs them as one summary line at
// most once per interval, with counts only: a flood of bad requests (each
// one attacker-controlled text) costs a line a minute, not a line a request.
// It is safe for concurrent use.
type Rejections struct {
	log      *slog.Logger
	interval time.Duration
	now      func() time.Time
	onReject func(reason string) // metrics; may be nil

	mu      sync.Mutex
	counts  map[string]int64 // since the last summary
	lastLog time.Time
}

// NewRejections returns a counter that logs to log at most once per
// interval (DefaultSummaryInterval when interval <= 0) and calls onReject,
// when not nil, for every refused request.
func NewRejections(log *slog.Logger, interval time.Duration, onReject func(reason string)) *Rejections {
	if interval <= 0 {
		interval = DefaultSummaryInterval
	}
	return &Rejections{log: log, interval: interval, now: time.Now, onReject: onReject, counts: map[string]int64{}}
}

// SetClock replaces the clock; for tests.
func (r *Rejections) SetClock(now func() time.Time) { r.now = now }

// Reject counts one refused request. The first refusal after a quiet
// interval is logged at once, so an operator sees an attack or a
// misconfiguration start; later ones wait for the next summary.
func (r *Rejections) Reject(reason string) {
	if r.onReject != nil {
		r.onReject(reason)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.counts[reason]++
	now := r.now()
	if !r.lastLog.IsZero() && now.Sub(r.lastLog) < r.interval {
		return
	}
	r.flushLocked(now)
}

// Flush logs what has been counted since the last summary, if anything.
func (r *Rejections) Flush() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.flushLocked(r.now())
}

func (r *Rejections) flushLocked(now time.Time) {
	if len(r.counts) == 0 {
		return
	}
	var total int64
	args := []any{}
	for _, reason := range slices.Sorted(maps.Keys(r.counts)) {
		total += r.counts[reason]
		args = append(args, reason, r.counts[reason])
	}
	since := "start"
	if !r.lastLog.IsZero() {
		since = now.Sub(r.lastLog).Round(time.Second).String()
	}
	r.log.Warn("requests refused", append([]any{"total", total, "over", since}, args...)...)
	clear(r.counts)
	r.lastLog = now
}
