package slack

import (
	"context"
	"sync"
	"time"
)

// Dedupe decides which delivery of a question answers it. Claim reports
// whether the caller should answer the question known by keys; when it
// returns true, the caller must call finish exactly once with whether the
// answer was posted (false releases the keys, so a retry answers instead).
// While another delivery of the same question is under way, Claim waits
// for it and returns false if it succeeded; it returns ctx's error if ctx
// ends first. The in-memory one is the default; a shared one (Redis) lets
// replicas behind a load balancer answer each event once.
type Dedupe interface {
	Claim(ctx context.Context, keys ...string) (finish func(answered bool), ok bool, err error)
}

var _ Dedupe = (*dedupe)(nil)

// dedupe makes sure one question gets one answer although Slack may
// deliver it more than once: retries of the same event (same event_id),
// and one message seen as two events (same channel and ts). A delivery
// claims its keys; while the claim is pending, later deliveries wait for
// it; if the claim fails (nothing was posted) the keys are released so a
// retry answers instead.
type dedupe struct {
	ttl time.Duration
	now func() time.Time

	mu        sync.Mutex
	seen      map[string]*delivery
	lastSweep time.Time
}

// delivery is one attempt to answer a question.
type delivery struct {
	done     chan struct{} // closed when the attempt ends
	answered bool          // the answer was posted; guarded by dedupe.mu
	expires  time.Time     // when an answered delivery may be forgotten
}

func newDedupe(ttl time.Duration, now func() time.Time) *dedupe {
	return &dedupe{ttl: ttl, now: now, seen: make(map[string]*delivery)}
}

// claim reports whether the caller should answer the question known by
// keys. When it returns true, the caller must call finish exactly once
// with whether the answer was posted. When another delivery of the same
// question is under way, claim waits for it and answers false if it
// succeeded; it returns ctx's error if ctx ends first.
func (d *dedupe) claim(ctx context.Context, keys ...string) (finish func(answered bool), ok bool, err error) {
	for {
		d.mu.Lock()
		d.sweep()
		var pending *delivery
		for _, k := range keys {
			if e, found := d.seen[k]; found {
				if e.answered {
					d.mu.Unlock()
					return nil, false, nil
				}
				pending = e
				break
			}
		}
		if pending == nil {
			e := &delivery{done: make(chan struct{})}
			for _, k := range keys {
				d.seen[k] = e
			}
			d.mu.Unlock()
			return func(answered bool) { d.finish(e, keys, answered) }, true, nil
		}
		d.mu.Unlock()

		select {
		case <-pending.done:
			// Look again: answered, or released for us to try.
		case <-ctx.Done():
			return nil, false, ctx.Err()
		}
	}
}

// Claim implements Dedupe.
func (d *dedupe) Claim(ctx context.Context, keys ...string) (func(answered bool), bool, error) {
	return d.claim(ctx, keys...)
}

func (d *dedupe) finish(e *delivery, keys []string, answered bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if answered {
		e.answered = true
		e.expires = d.now().Add(d.ttl)
	} else {
		for _, k := range keys {
			if d.seen[k] == e {
				delete(d.seen, k)
			}
		}
	}
	close(e.done)
}

// sweep forgets answered deliveries past their time, at most once a
// minute so that claims stay cheap. d.mu must be held.
func (d *dedupe) sweep() {
	now := d.now()
	if now.Sub(d.lastSweep) < time.Minute {
		return
	}
	d.lastSweep = now
	for k, e := range d.seen {
		if e.answered && now.After(e.expires) {
			delete(d.seen, k)
		}
	}
}

// len returns how many keys are remembered.
func (d *dedupe) len() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.seen)
}
