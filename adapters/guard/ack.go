package guard

import (
	"sync"
	"time"
)

// A platform wants a quick acknowledgement of a question (Slack within 3
// seconds, Discord's interactions within 3 too) and the answer after, when
// it is slow. Working the answer out on the request's own goroutine, with
// a timer to acknowledge should it be late, costs a timer from a pool;
// handing the answer to another goroutine and back cost about as much as
// the answer itself.

// AckAfter runs work on the caller's goroutine. Should work take longer
// than d, ack runs once, on a timer's goroutine, while work goes on, and
// AckAfter reports true when work is done: the caller then owes the
// answer elsewhere. ack has finished whenever AckAfter returns, so the
// caller may use what ack used (the ResponseWriter) afterwards.
func AckAfter(d time.Duration, ack, work func()) (late bool) {
	s, _ := ackStates.Get().(*ackState)
	if s == nil {
		s = new(ackState)
		s.timer = time.AfterFunc(time.Hour, s.fire)
		s.timer.Stop()
	}
	s.mu.Lock()
	s.ack, s.done, s.acked = ack, false, false
	s.mu.Unlock()
	s.timer.Reset(d)
	defer func() {
		stopped := s.timer.Stop()
		s.mu.Lock()
		s.done = true
		late = s.acked
		s.ack = nil
		s.mu.Unlock()
		if stopped {
			// A timer that fired may still be about to run fire, which
			// finds done and returns: only one that never fired is reused.
			ackStates.Put(s)
		}
	}()
	work()
	return false // set by the deferred function
}

// ackStates keeps AckAfter's states with their timers: one per
// question, made once rather than a state, a timer and its function on
// every request.
var ackStates sync.Pool

// ackState is what AckAfter's work and timer share.
type ackState struct {
	timer       *time.Timer
	mu          sync.Mutex
	done, acked bool
	ack         func()
}

func (s *ackState) fire() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.done {
		s.acked = true
		s.ack()
	}
}
