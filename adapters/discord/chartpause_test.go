package discord

import (
	"errors"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// TestChartPause follows the pause through failures and a success: the
// first failure to reach the API pauses charts for chartPauseMin, each
// failure in a row doubles it up to chartPauseMax, a failure during a pause
// changes nothing, Discord's own errors pause nothing, and a success makes
// the next pause short again.
func TestChartPause(t *testing.T) {
	unreachable := errors.New("dial tcp: lookup discord.com: no such host")
	rest := &discordgo.RESTError{Message: &discordgo.APIErrorMessage{Code: 50013, Message: "Missing Permissions"}}
	var p chartPause
	now := time.Unix(1_700_000_000, 0)
	type step struct {
		name        string
		at          time.Duration // from now
		fail        error         // nil: a success
		wantPause   time.Duration
		wantSkipped int  // charts the pause before left out
		skips       int  // charts asked for after the step
		wantSkip    bool // whether they are left out
	}
	steps := []step{
		{name: "Discord refuses", fail: rest, skips: 1, wantSkip: false},
		{name: "unreachable", fail: unreachable, wantPause: chartPauseMin, skips: 3, wantSkip: true},
		{name: "another in flight", at: time.Second, fail: unreachable, wantPause: 0},
		{name: "still unreachable", at: chartPauseMin, fail: unreachable, wantPause: 2 * chartPauseMin, wantSkipped: 3, skips: 1, wantSkip: true},
		{name: "longest pause", at: time.Hour, fail: unreachable, wantPause: 4 * chartPauseMin, wantSkipped: 1},
		{name: "longer", at: 2 * time.Hour, fail: unreachable, wantPause: 8 * chartPauseMin},
		{name: "longer still", at: 3 * time.Hour, fail: unreachable, wantPause: 16 * chartPauseMin},
		{name: "capped", at: 3*time.Hour + 10*time.Minute, fail: unreachable, wantPause: chartPauseMax},
		{name: "capped again", at: 3*time.Hour + 30*time.Minute, fail: unreachable, wantPause: chartPauseMax},
		{name: "reached", at: 4 * time.Hour, skips: 1, wantSkip: false},
		{name: "short again", at: 4 * time.Hour, fail: unreachable, wantPause: chartPauseMin},
	}
	for _, s := range steps {
		at := now.Add(s.at)
		if s.fail == nil {
			p.succeeded()
		} else if pause, skipped := p.failed(at, s.fail); pause != s.wantPause || skipped != s.wantSkipped {
			t.Errorf("%s: failed() = %v, %d; want %v, %d", s.name, pause, skipped, s.wantPause, s.wantSkipped)
		}
		for range s.skips {
			if got := p.skip(at.Add(time.Millisecond)); got != s.wantSkip {
				t.Errorf("%s: skip() = %v; want %v", s.name, got, s.wantSkip)
			}
		}
	}
}
