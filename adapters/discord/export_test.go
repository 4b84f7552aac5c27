package discord

import "time"

// SetDeferAfter changes how long a slash command waits for its answer
// before a deferred response goes out.
func SetDeferAfter(a *Adapter, d time.Duration) { a.deferAfter = d }
