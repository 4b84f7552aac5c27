package knowledge

import (
	"hash/maphash"
	"slices"
	"strings"
)

// stringSet numbers distinct strings 0, 1, 2… in the order they are added
// and finds a string's number, as a map[string]int32 and a []string would,
// with nothing for the garbage collector to follow: the strings are one
// string, and an open-addressing table goes from a string's hash to its
// number. The name index keeps its vocabulary, the stems of its words and
// the first words of titles in them: tens of thousands of small strings and
// map entries that each collection would otherwise mark.
type stringSet struct {
	seed maphash.Seed
	// slots holds a string's number+1 (0: free) at its hash, or after it
	// (linear probing). Its length is a power of two, at most 3/4 full.
	slots []uint32
	text  string   // every string, one after another
	ends  []uint32 // string n ends at ends[n] and starts where n-1 ends
	buf   *strings.Builder
}

// newStringSet returns an empty set with room for about n strings.
func newStringSet(n int) stringSet {
	return stringSet{seed: maphash.MakeSeed(), slots: make([]uint32, slotsFor(n)), ends: make([]uint32, 0, n)}
}

// slotsFor is the size of a table holding n strings: a power of two, at
// most 3/4 full.
func slotsFor(n int) int {
	size := 16
	for 3*size < 4*n {
		size *= 2
	}
	return size
}

// len is how many strings the set holds.
func (s *stringSet) len() int { return len(s.ends) }

// str returns string n.
func (s *stringSet) str(n int32) string {
	start := uint32(0)
	if n > 0 {
		start = s.ends[n-1]
	}
	return s.text[start:s.ends[n]]
}

// find returns the number of k.
func (s *stringSet) find(k string) (int32, bool) {
	if len(s.slots) == 0 {
		return 0, false
	}
	mask := uint64(len(s.slots) - 1)
	for i := maphash.String(s.seed, k) & mask; ; i = (i + 1) & mask {
		v := s.slots[i]
		if v == 0 {
			return 0, false
		}
		if n := int32(v - 1); s.str(n) == k {
			return n, true
		}
	}
}

// add returns the number of k, giving it the next one when k is new (and
// then true).
func (s *stringSet) add(k string) (int32, bool) {
	if n, ok := s.find(k); ok {
		return n, false
	}
	if s.buf == nil {
		s.buf = &strings.Builder{}
		s.buf.WriteString(s.text)
	}
	n := int32(len(s.ends))
	s.buf.WriteString(k)
	// The builder's text only grows: strings already taken from it stay
	// valid.
	s.text = s.buf.String()
	s.ends = append(s.ends, uint32(len(s.text)))
	if 3*len(s.slots) < 4*len(s.ends) {
		s.rehash(2 * len(s.slots))
	} else {
		s.insert(n)
	}
	return n, true
}

func (s *stringSet) insert(n int32) {
	mask := uint64(len(s.slots) - 1)
	i := maphash.String(s.seed, s.str(n)) & mask
	for s.slots[i] != 0 {
		i = (i + 1) & mask
	}
	s.slots[i] = uint32(n + 1)
}

func (s *stringSet) rehash(size int) {
	s.slots = make([]uint32, size)
	for n := range s.ends {
		s.insert(int32(n))
	}
}

// done ends adding: the table, the text and the ends keep no spare room.
func (s *stringSet) done() {
	if size := slotsFor(len(s.ends)); size < len(s.slots) {
		s.rehash(size)
	}
	if s.buf != nil && s.buf.Cap()-len(s.text) > len(s.text)/8 {
		s.text = strings.Clone(s.text)
	}
	s.buf = nil
	s.ends = slices.Clip(s.ends)
}

// packed keeps a list of values for each of n numbers (a word's names, a
// stem's words) in one array, rather than n slices for the collector to
// follow.
type packed[T any] struct {
	ends []uint32 // number k's values are vals[ends[k-1]:ends[k]]
	vals []T
}

// of returns the values of number k. The slice is shared: do not modify it.
func (p *packed[T]) of(k int32) []T {
	start := uint32(0)
	if k > 0 {
		start = p.ends[k-1]
	}
	end := p.ends[k]
	return p.vals[start:end:end]
}

// count is how many values number k has.
func (p *packed[T]) count(k int32) int {
	if k == 0 {
		return int(p.ends[0])
	}
	return int(p.ends[k] - p.ends[k-1])
}

// pack lists for n numbers the values each gives, number by number, each
// number's in the order given. It calls each twice, to count and then to
// fill: each must give the same values both times.
func pack[T any](n int, each func(put func(k int32, v T))) packed[T] {
	p := packed[T]{ends: make([]uint32, n)}
	each(func(k int32, _ T) { p.ends[k]++ })
	next := make([]uint32, n) // where number k's next value goes
	total := uint32(0)
	for k, c := range p.ends {
		next[k] = total
		total += c
		p.ends[k] = total
	}
	p.vals = make([]T, total)
	each(func(k int32, v T) {
		p.vals[next[k]] = v
		next[k]++
	})
	return p
}
