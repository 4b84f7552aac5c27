package guard

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestAckAfter runs quick and slow work in turn, many at once, through the
// pooled states: slow work is acknowledged once and reported late, quick
// work never, whatever ran before on the same state.
func TestAckAfter(t *testing.T) {
	const wait = 100 * time.Millisecond // far above what quick work takes on a loaded machine
	tests := []struct {
		name string
		work time.Duration
		late bool
	}{
		{"quick", 0, false},
		{"slow", 2 * wait, true},
		{"quick after slow", 0, false},
		{"slow again", 2 * wait, true},
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 3 {
				for _, tt := range tests {
					var acks atomic.Int32
					late := AckAfter(wait, func() { acks.Add(1) }, func() { time.Sleep(tt.work) })
					if late != tt.late {
						t.Errorf("%s: late = %v; want %v", tt.name, late, tt.late)
					}
					if want := map[bool]int32{true: 1, false: 0}[tt.late]; acks.Load() != want {
						t.Errorf("%s: acknowledged %d times; want %d", tt.name, acks.Load(), want)
					}
				}
			}
		})
	}
	wg.Wait()
}
