package slack

import "time"

// MaxBodyBytes exposes the request body limit to the tests.
const MaxBodyBytes = maxBodyBytes

// SetAckWait changes how long handlers wait for an answer before they
// acknowledge Slack without one.
func SetAckWait(a *Adapter, d time.Duration) { a.ackWait = d }

// SetClock replaces the clock deduplication reads. Call it before the
// adapter handles anything.
func SetClock(a *Adapter, now func() time.Time) { a.seen.now = now }
