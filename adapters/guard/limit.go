package guard

import "sync/atomic"

// DefaultMaxAnswers is the bound on answers in flight when none is
// configured. An answer takes milliseconds of CPU; more in flight than this
// on a small machine only makes every one of them late.
const DefaultMaxAnswers = 32

// BusyText is the reply to a question that arrives while the limit is
// reached: at once, instead of an answer too late for the platform.
const BusyText = "I'm busy right now, try again in a moment."

// Limiter bounds how many answers are worked on at once. Past the bound a
// question is refused at once (the caller replies BusyText) rather than
// queued: Slack and Discord give up on a reply after 3 seconds, and a queue
// only makes every later reply late too. It is safe for concurrent use; a
// nil *Limiter never refuses.
type Limiter struct {
	slots chan struct{}
	shed  atomic.Int64
}

// NewLimiter returns a limiter allowing n answers at once (DefaultMaxAnswers
// when n < 1).
func NewLimiter(n int) *Limiter {
	if n < 1 {
		n = DefaultMaxAnswers
	}
	return &Limiter{slots: make(chan struct{}, n)}
}

// TryAcquire takes a slot if one is free. When ok, the caller must call
// release exactly once when the answer is ready.
func (l *Limiter) TryAcquire() (release func(), ok bool) {
	if l == nil {
		return func() {}, true
	}
	select {
	case l.slots <- struct{}{}:
		var once atomic.Bool
		return func() {
			if once.CompareAndSwap(false, true) {
				<-l.slots
			}
		}, true
	default:
		l.shed.Add(1)
		return nil, false
	}
}

// InFlight returns how many slots are taken.
func (l *Limiter) InFlight() int {
	if l == nil {
		return 0
	}
	return len(l.slots)
}

// Cap returns the bound.
func (l *Limiter) Cap() int {
	if l == nil {
		return 0
	}
	return cap(l.slots)
}

// Shed returns how many questions were refused since the limiter was made.
func (l *Limiter) Shed() int64 {
	if l == nil {
		return 0
	}
	return l.shed.Load()
}
