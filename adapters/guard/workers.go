package guard

import (
	"log/slog"
	"sync/atomic"
	"time"
)

// Every answer runs on a goroutine of its own, so that a handler can give
// up waiting for it. A new goroutine starts with a small stack, and the
// answer's deep calls grow it by copying, two or three times, on every
// request: a sixth of a slash command's CPU. Workers keeps the goroutines
// that finished a task for a while, with their grown stacks, and hands
// them the next task.

// workerIdle is how long a worker waits for another task before it ends.
const workerIdle = 10 * time.Second

// Workers runs tasks on goroutines it reuses. The zero value is not
// usable: use NewWorkers. It is safe for concurrent use.
type Workers struct {
	log  *slog.Logger
	what string
	// tasks is unbuffered: a task is handed over only to a worker waiting
	// for one, else it gets a goroutine of its own, so a task never waits
	// behind another.
	tasks chan func()
	idle  time.Duration

	started, running atomic.Int64 // goroutines started, and still running
}

// NewWorkers returns workers whose panics are logged as in what (see
// Recover).
func NewWorkers(log *slog.Logger, what string) *Workers {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Workers{log: log, what: what, tasks: make(chan func()), idle: workerIdle}
}

// Go runs f on a waiting worker, or on a new goroutine that becomes one. A
// panic in f is logged with its stack and ends neither the process nor the
// worker.
func (w *Workers) Go(f func()) {
	select {
	case w.tasks <- f:
	default:
		w.started.Add(1)
		w.running.Add(1)
		go w.work(f)
	}
}

// work runs f, then the tasks handed to it, until it has waited w.idle for
// one.
func (w *Workers) work(f func()) {
	defer w.running.Add(-1)
	w.run(f)
	t := time.NewTimer(w.idle)
	defer t.Stop()
	for {
		select {
		case f := <-w.tasks:
			w.run(f)
			t.Reset(w.idle)
		case <-t.C:
			return
		}
	}
}

func (w *Workers) run(f func()) {
	defer Recover(w.log, w.what)
	f()
}
