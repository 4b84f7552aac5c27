package knowledge_test

import (
	"context"
	"runtime"
	"testing"

	"github.com/careerbot/careerbot/knowledge"
)

// TestEmbeddedHeap bounds what the embedded knowledge keeps once loaded
// and prepared, as serve holds it: the bytes, which set how far the heap
// grows before the collector runs, and the objects, each of which the
// collector marks on every cycle (issue 15: some 16 MB and 46,000
// objects before they were packed; about 9.2 MB and 3,000 after).
func TestEmbeddedHeap(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector changes what allocations cost")
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	kb.Prepare()
	runtime.GC()
	runtime.ReadMemStats(&after)
	bytes := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	objects := int64(after.HeapObjects) - int64(before.HeapObjects)
	t.Logf("the embedded knowledge keeps %.1f MB in %d objects", float64(bytes)/1e6, objects)
	const maxBytes, maxObjects = 11e6, 5000
	if bytes > maxBytes || objects > maxObjects {
		t.Errorf("the embedded knowledge keeps %d bytes in %d objects; want at most %d in %d", bytes, objects, int64(maxBytes), maxObjects)
	}
	runtime.KeepAlive(kb)
}
