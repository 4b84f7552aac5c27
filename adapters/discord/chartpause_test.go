package discord

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/careerbot/careerbot/bot"
	"github.com/careerbot/careerbot/knowledge"
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

// TestPausedChartHandsNothingOn: while charts are paused, an answer that
// has nothing to follow but its chart is the whole response, with no task
// left to run after it (under load, handing one to another goroutine cost
// a tenth of an interaction's time), and the chart is counted as left out.
func TestPausedChartHandsNothingOn(t *testing.T) {
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	pub, _, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	a, err := New(Config{PublicKey: hex.EncodeToString(pub)}, bot.New(kb))
	if err != nil {
		t.Fatal(err)
	}
	ask := func() (*discordgo.InteractionResponse, func()) {
		i := &discordgo.Interaction{
			ID:   "95000000000000001",
			Type: discordgo.InteractionApplicationCommand,
			Data: discordgo.ApplicationCommandInteractionData{Name: "salary", Options: []*discordgo.ApplicationCommandInteractionDataOption{
				{Name: "career", Type: discordgo.ApplicationCommandOptionString, Value: "registered nurse"},
			}},
			ChannelID: "1", Member: &discordgo.Member{User: &discordgo.User{ID: "2"}},
		}
		return a.prepare(context.Background(), i, func(*discordgo.InteractionResponse) error { return nil })
	}
	if resp, then := ask(); resp == nil || then == nil {
		t.Fatalf("before any pause: response %v, follow-up %v; want the answer and its chart to follow", resp != nil, then != nil)
	}
	a.chartPause.failed(time.Now(), errors.New("dial tcp: lookup discord.com: no such host"))
	resp, then := ask()
	if resp == nil || len(resp.Data.Embeds) == 0 {
		t.Fatalf("during the pause: response %+v; want the answer", resp)
	}
	if then != nil {
		t.Error("during the pause, a task follows the response; want none")
	}
	if a.chartPause.skipped != 1 {
		t.Errorf("%d charts counted as left out; want 1", a.chartPause.skipped)
	}
}
