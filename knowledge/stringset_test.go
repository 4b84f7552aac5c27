package knowledge

import (
	"fmt"
	"slices"
	"testing"
)

// TestStringSetLikeMap adds strings to a stringSet and a map, past several
// growths of its table, and checks that they number them alike.
func TestStringSetLikeMap(t *testing.T) {
	for _, n := range []int{0, 1, 13, 1000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			s := newStringSet(n / 3)
			want := map[string]int32{}
			var order []string
			for i := range n {
				k := fmt.Sprintf("w%d", i%(n/2+1))
				if i%7 == 0 {
					k = ""
				}
				got, isNew := s.add(k)
				w, seen := want[k]
				if !seen {
					w = int32(len(order))
					want[k] = w
					order = append(order, k)
				}
				if got != w || isNew == seen {
					t.Fatalf("add(%q) = %d, %v; want %d, %v", k, got, isNew, w, !seen)
				}
			}
			s.done()
			if s.len() != len(order) {
				t.Errorf("len() = %d; want %d", s.len(), len(order))
			}
			for i, k := range order {
				if got, ok := s.find(k); !ok || got != int32(i) {
					t.Errorf("find(%q) = %d, %v; want %d", k, got, ok, i)
				}
				if got := s.str(int32(i)); got != k {
					t.Errorf("str(%d) = %q; want %q", i, got, k)
				}
			}
			for _, k := range []string{"nurse", "w", fmt.Sprintf("w%d", n)} {
				if got, ok := s.find(k); ok {
					t.Errorf("find(%q) = %d; want none", k, got)
				}
			}
		})
	}
}

// TestPack lists values by number as slices appended to would, each
// number's in the order given.
func TestPack(t *testing.T) {
	puts := []struct{ k, v int32 }{{2, 20}, {0, 1}, {2, 21}, {0, 2}, {4, 40}, {2, 22}}
	want := [][]int32{{1, 2}, nil, {20, 21, 22}, nil, {40}}
	p := pack(len(want), func(put func(int32, int32)) {
		for _, x := range puts {
			put(x.k, x.v)
		}
	})
	for k, w := range want {
		if got := p.of(int32(k)); !slices.Equal(got, w) || p.count(int32(k)) != len(w) {
			t.Errorf("of(%d) = %v (count %d); want %v", k, got, p.count(int32(k)), w)
		}
	}
}
