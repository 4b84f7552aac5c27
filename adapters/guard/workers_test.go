package guard

import (
	"bytes"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestWorkersRunEveryTask(t *testing.T) {
	w := NewWorkers(nil, "test")
	var n atomic.Int64
	var wg sync.WaitGroup
	for range 1000 {
		wg.Add(1)
		w.Go(func() { defer wg.Done(); n.Add(1) })
	}
	wg.Wait()
	if n.Load() != 1000 {
		t.Errorf("ran %d tasks of 1000", n.Load())
	}
}

// TestWorkersReuseGoroutines runs tasks one after another: a worker that
// finished takes the next, so few goroutines are started for many tasks.
func TestWorkersReuseGoroutines(t *testing.T) {
	w := NewWorkers(nil, "test")
	for range 100 {
		done := make(chan struct{})
		w.Go(func() { close(done) })
		<-done
		time.Sleep(time.Millisecond) // the worker is back waiting
	}
	if s := w.started.Load(); s > 10 {
		t.Errorf("started %d goroutines for 100 tasks run one at a time; want a few", s)
	}
}

// TestWorkersSurvivePanicsAndEndWhenIdle panics in a task: it is logged
// with its stack, the next task still runs, and the workers end once idle.
func TestWorkersSurvivePanicsAndEndWhenIdle(t *testing.T) {
	var logs bytes.Buffer
	var mu sync.Mutex
	log := slog.New(slog.NewTextHandler(lockedWriter{&mu, &logs}, nil))
	w := NewWorkers(log, "test worker")
	w.idle = 20 * time.Millisecond
	w.Go(func() { panic("boom") })
	done := make(chan struct{})
	w.Go(func() { close(done) })
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("the task after a panic did not run")
	}
	deadline := time.Now().Add(5 * time.Second)
	for w.running.Load() > 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if r := w.running.Load(); r != 0 {
		t.Errorf("%d workers still running after being idle", r)
	}
	mu.Lock()
	defer mu.Unlock()
	if s := logs.String(); !strings.Contains(s, "boom") || !strings.Contains(s, "test worker") || !strings.Contains(s, "workers_test.go") {
		t.Errorf("the panic is not logged with where and its stack:\n%s", s)
	}
}

type lockedWriter struct {
	mu *sync.Mutex
	b  *bytes.Buffer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}
