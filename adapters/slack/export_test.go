package slack

import "time"

// MaxBodyBytes is the request body limit when none is configured.
const MaxBodyBytes = DefaultMaxBodyBytes

// SetAckWait changes how long handlers wait for an answer before they
// acknowledge Slack without one.
func SetAckWait(a *Adapter, d time.Duration) { a.ackWait = d }

// SetClock replaces the clock deduplication reads. Call it before the
// adapter handles anything.
func SetClock(a *Adapter, now func() time.Time) { a.seen.now = now }
