package knowledge

import (
	"hash/maphash"
	"slices"
	"strings"
)

// exactTable gives the names whose normalised text is a key, as a
// map[string][]int32 would, in a third of its memory and with nothing for
// the garbage collector to follow: the keys are one string, the names one
// slice, and an open-addressing table goes from a key's hash to the key's
// entry. The embedded knowledge has some fifty thousand names.
type exactTable struct {
	seed maphash.Seed
	// slots holds entry+1 (0: free) at the hash of its key, or after it
	// (linear probing). Its length is a power of two, at most 3/4 full.
	slots  []uint32
	keys   string   // every key, one after another
	keyEnd []uint32 // entry e's key ends at keyEnd[e] and starts where e-1's ends
	idEnd  []uint32 // entry e's names are ids[idEnd[e-1]:idEnd[e]], in the order added
	ids    []int32
}

// find returns the names whose normalised text is key. The slice is
// shared: do not modify it.
func (t *exactTable) find(key string) []int32 {
	if len(t.slots) == 0 {
		return nil
	}
	mask := uint64(len(t.slots) - 1)
	for i := maphash.String(t.seed, key) & mask; ; i = (i + 1) & mask {
		if t.slots[i] == 0 {
			return nil
		}
		if e := int32(t.slots[i] - 1); t.key(e) == key {
			return t.ids[t.start(t.idEnd, e):t.idEnd[e]:t.idEnd[e]]
		}
	}
}

func (t *exactTable) key(e int32) string { return t.keys[t.start(t.keyEnd, e):t.keyEnd[e]] }

// start is where entry e's run begins in an array of ends.
func (t *exactTable) start(ends []uint32, e int32) uint32 {
	if e == 0 {
		return 0
	}
	return ends[e-1]
}

// exactBuilder fills an exactTable one name at a time. Each entry's names
// are a linked list while it builds, so that adding is cheap and the table
// still lists them in the order they came.
type exactBuilder struct {
	t exactTable
	// slots maps the hash of a key to its entry while the table builds.
	// A key whose hash another key holds (unseen so far with 64 bits)
	// takes the next free hash value.
	slots       map[uint64]int32
	keys        strings.Builder
	first, last []int32 // entry → its first and last link
	links       []exactLink
}

type exactLink struct{ id, next int32 }

func newExactBuilder(names int) *exactBuilder {
	b := &exactBuilder{
		t:     exactTable{seed: maphash.MakeSeed(), keyEnd: make([]uint32, 0, names)},
		slots: make(map[uint64]int32, names),
		first: make([]int32, 0, names),
		last:  make([]int32, 0, names),
		links: make([]exactLink, 0, names+names/8),
	}
	b.keys.Grow(22 * names) // O*NET's names average some twenty letters
	return b
}

// entry returns key's entry, and false with the hash it would take when
// the key has none.
func (b *exactBuilder) entry(key string) (int32, uint64, bool) {
	for h := maphash.String(b.t.seed, key); ; h++ {
		e, ok := b.slots[h]
		if !ok {
			return 0, h, false
		}
		if b.t.key(e) == key {
			return e, h, true
		}
	}
}

// any reports whether some name of key satisfies f.
func (b *exactBuilder) any(key string, f func(id int32) bool) bool {
	e, _, ok := b.entry(key)
	if !ok {
		return false
	}
	for l := b.first[e]; l >= 0; l = b.links[l].next {
		if f(b.links[l].id) {
			return true
		}
	}
	return false
}

// add lists name id under key, after the names already there.
func (b *exactBuilder) add(key string, id int32) {
	link := int32(len(b.links))
	b.links = append(b.links, exactLink{id: id, next: -1})
	e, h, ok := b.entry(key)
	if ok {
		b.links[b.last[e]].next = link
		b.last[e] = link
		return
	}
	e = int32(len(b.first))
	b.slots[h] = e
	b.keys.WriteString(key)
	// The builder's text only grows: keys already in it stay valid.
	b.t.keys = b.keys.String()
	b.t.keyEnd = append(b.t.keyEnd, uint32(b.keys.Len()))
	b.first = append(b.first, link)
	b.last = append(b.last, link)
}

// table returns the finished table, every array at its own size.
func (b *exactBuilder) table() exactTable {
	t := b.t
	b.slots = nil // not needed past building: let it go before the table is made
	size := 1
	for size < len(b.first)+len(b.first)/3+1 {
		size *= 2
	}
	t.slots = make([]uint32, size)
	mask := uint64(size - 1)
	for e := range b.first {
		i := maphash.String(t.seed, t.key(int32(e))) & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = uint32(e + 1)
	}
	if b.keys.Cap()-len(t.keys) > len(t.keys)/8 {
		t.keys = strings.Clone(t.keys) // the builder's buffer grew past what it holds
	}
	b.keys = strings.Builder{}
	t.keyEnd = slices.Clip(t.keyEnd)
	t.ids = make([]int32, 0, len(b.links))
	t.idEnd = make([]uint32, len(b.first))
	for e, l := range b.first {
		for ; l >= 0; l = b.links[l].next {
			t.ids = append(t.ids, b.links[l].id)
		}
		t.idEnd[e] = uint32(len(t.ids))
	}
	*b = exactBuilder{}
	return t
}
