package discord

import (
	"context"
	"time"
)

// SetDeferAfter changes how long a slash command waits for its answer
// before a deferred response goes out.
func SetDeferAfter(a *Adapter, d time.Duration) { a.deferAfter = d }

// SetLookupHost replaces how the adapter looks up the API's host before
// it draws a chart.
func SetLookupHost(a *Adapter, f func(context.Context, string) ([]string, error)) { a.lookupHost = f }

// ChartsSkipped returns how many charts the current pause has left out.
func ChartsSkipped(a *Adapter) int {
	a.chartPause.mu.Lock()
	defer a.chartPause.mu.Unlock()
	return a.chartPause.skipped
}
