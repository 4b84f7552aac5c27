package fifo

import "testing"

func TestMapForgetsOldestFirst(t *testing.T) {
	f := New[int, int](3)
	for i := range 5 {
		f.Put(i, i*10)
	}
	if f.Len() != 3 || len(f.order) != 3 {
		t.Fatalf("Len = %d (ring %d); want 3", f.Len(), len(f.order))
	}
	for i := range 5 {
		v, ok := f.Get(i)
		if want := i >= 2; ok != want || ok && v != i*10 {
			t.Errorf("Get(%d) = %d, %v; want kept %v", i, v, ok, want)
		}
	}
	f.Put(4, 99) // already kept: unchanged
	if v, _ := f.Get(4); v != 40 {
		t.Errorf("Put over a kept key changed it to %d", v)
	}
	f.Reset()
	if f.Len() != 0 {
		t.Errorf("Len after Reset = %d", f.Len())
	}
	f.Put(7, 70)
	if v, ok := f.Get(7); !ok || v != 70 {
		t.Errorf("Get after Reset = %d, %v", v, ok)
	}
}
