package discord

import (
	"sync"
	"time"
)

// Bounds of the pause in pay charts after Discord's API could not be
// reached: the first pause, and the longest after failures in a row.
const (
	chartPauseMin = 30 * time.Second
	chartPauseMax = 10 * time.Minute
)

// chartPause stops attaching pay charts for a while once attaching one
// could not reach Discord's API at all (a DNS failure, a refused
// connection, no answer in time): the next ones would fail the same way,
// each after drawing a picture nobody sees and logging a warning. Discord
// answering with an error is about that one message and pauses nothing.
// The answers themselves are not affected: a chart only follows one.
type chartPause struct {
	mu      sync.Mutex
	until   time.Time
	next    time.Duration // the pause after the next failure; 0: chartPauseMin
	skipped int           // charts left out during the current pause
	// reached is set once a chart reached the API, and cleared by a
	// failure: until then, the API's host is looked up before a chart is
	// drawn (see Adapter.apiResolves), so that a server that cannot reach
	// Discord at all draws no picture to find out.
	reached bool
}

// known reports whether the API was reached since the last failure.
func (p *chartPause) known() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.reached
}

// skip reports whether a chart is to be left out now, and counts it.
func (p *chartPause) skip(now time.Time) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if now.Before(p.until) {
		p.skipped++
		return true
	}
	return false
}

// failed records a chart that err kept from being attached. It returns
// how long charts are paused, and how many the pause before left out; a
// zero pause when err pauses nothing, or a pause had begun already (the
// charts in flight when the API went away fail together).
func (p *chartPause) failed(now time.Time, err error) (pause time.Duration, skippedBefore int) {
	if isREST(err) {
		return 0, 0
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.reached = false
	if now.Before(p.until) {
		return 0, 0
	}
	pause = max(p.next, chartPauseMin)
	p.until = now.Add(pause)
	p.next = min(2*pause, chartPauseMax)
	skippedBefore, p.skipped = p.skipped, 0
	return pause, skippedBefore
}

// succeeded records a chart attached: the next failure pauses briefly.
func (p *chartPause) succeeded() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.next = 0
	p.reached = true
}
