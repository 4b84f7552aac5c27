// Package fifo is a map that keeps a bounded number of entries, forgetting
// the oldest first: the caches of parsed questions, career cards and
// rendered answers.
package fifo

import "sync"

// Map keeps at most its size of entries. It is safe for concurrent use.
type Map[K comparable, V any] struct {
	mu    sync.Mutex
	size  int
	m     map[K]V
	order []K // ring of the keys, the oldest at next once full
	next  int
}

// New returns a map for at most size entries (1 when size < 1).
func New[K comparable, V any](size int) *Map[K, V] {
	return &Map[K, V]{size: max(size, 1), m: make(map[K]V)}
}

// Get returns the value kept for k.
func (f *Map[K, V]) Get(k K) (V, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	v, ok := f.m[k]
	return v, ok
}

// Put keeps v for k, forgetting the oldest entry when the map is full. A
// key already kept keeps its value.
func (f *Map[K, V]) Put(k K, v V) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, ok := f.m[k]; ok {
		return
	}
	if len(f.order) < f.size {
		f.order = append(f.order, k)
	} else {
		delete(f.m, f.order[f.next])
		f.order[f.next] = k
		f.next = (f.next + 1) % f.size
	}
	f.m[k] = v
}

// Reset forgets every entry.
func (f *Map[K, V]) Reset() {
	f.mu.Lock()
	defer f.mu.Unlock()
	clear(f.m)
	f.order, f.next = f.order[:0], 0
}

// Len returns how many entries are kept.
func (f *Map[K, V]) Len() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.m)
}
