package slack

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"
)

type testClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *testClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

func TestDedupe(t *testing.T) {
	ctx := context.Background()
	clock := &testClock{now: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	d := newDedupe(15*time.Minute, clock.Now)

	finish, ok, err := d.claim(ctx, "event:E1", "msg:C1:1.0")
	if !ok || err != nil {
		t.Fatalf("first claim = %v, %v; want to answer", ok, err)
	}
	finish(true)

	tests := []struct {
		name    string
		advance time.Duration
		keys    []string
		want    bool
	}{
		{"same event", 0, []string{"event:E1"}, false},
		{"same message, other event", 0, []string{"event:E2", "msg:C1:1.0"}, false},
		{"other message", 0, []string{"event:E3", "msg:C1:2.0"}, true},
		{"same event 11 minutes on", 11 * time.Minute, []string{"event:E1"}, false},
		{"same event after the memory ends", 6 * time.Minute, []string{"event:E1"}, true},
	}
	for _, tt := range tests {
		clock.Advance(tt.advance)
		finish, ok, err := d.claim(ctx, tt.keys...)
		if err != nil || ok != tt.want {
			t.Errorf("%s: claim(%q) = %v, %v; want %v", tt.name, tt.keys, ok, err, tt.want)
		}
		if ok {
			finish(true)
		}
	}
	clock.Advance(time.Hour)
	d.claim(ctx, "event:E9") // sweeps
	if n := d.len(); n != 1 {
		t.Errorf("dedupe remembers %d keys an hour on; want only the newest (1)", n)
	}
}

// TestDedupeWaitsForPending covers a retry that arrives while the first
// delivery is still answering.
func TestDedupeWaitsForPending(t *testing.T) {
	tests := []struct {
		name          string
		firstAnswered bool
		wantRetry     bool
	}{
		{"first delivery answers: retry does nothing", true, false},
		{"first delivery fails: retry answers", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDedupe(time.Hour, time.Now)
			finish, ok, _ := d.claim(context.Background(), "event:E1")
			if !ok {
				t.Fatal("first claim refused")
			}
			type result struct {
				ok  bool
				err error
			}
			retry := make(chan result, 1)
			go func() {
				f, ok, err := d.claim(context.Background(), "event:E1")
				if ok {
					f(true)
				}
				retry <- result{ok, err}
			}()
			select {
			case r := <-retry:
				t.Fatalf("retry decided (%v, %v) while the first delivery was pending", r.ok, r.err)
			case <-time.After(20 * time.Millisecond):
			}
			finish(tt.firstAnswered)
			select {
			case r := <-retry:
				if r.err != nil || r.ok != tt.wantRetry {
					t.Errorf("retry claim = %v, %v; want %v", r.ok, r.err, tt.wantRetry)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("retry still waiting after the first delivery finished")
			}
		})
	}
}

func TestDedupeWaitEndsWithContext(t *testing.T) {
	d := newDedupe(time.Hour, time.Now)
	if _, ok, _ := d.claim(context.Background(), "event:E1"); !ok {
		t.Fatal("first claim refused")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, ok, err := d.claim(ctx, "event:E1"); ok || !errors.Is(err, context.Canceled) {
		t.Errorf("claim with a done context = %v, %v; want context.Canceled", ok, err)
	}
}
