package knowledge

import (
	"slices"
)

// exactTable gives the names whose normalised text is a key, as a
// map[string][]int32 would, in a fraction of its memory and with nothing
// for the garbage collector to follow. A key is a name's words as word ids
// (every word of a name is in the vocabulary). Most keys are one name's,
// and are not kept at all: they are the words of that name, read from the
// name index's runs. An open-addressing table goes from a key's hash to its
// entry. The embedded knowledge has some fifty thousand names.
type exactTable struct {
	// slots holds entry+1 (0: free) at the hash of its key, or after it
	// (linear probing). Its length is a power of two, at most 3/4 full.
	slots []uint32
	// name holds entry e's one name, whose words are its key, or, for an
	// entry of several names or whose key is not its first name's words,
	// -1-s: its names are names.of(s), and its key keys.of(s) or, when that
	// is empty, the words of its first name.
	name  []int32
	keys  packed[int32]
	names packed[int32]
}

// find returns the names whose words are key, in the order added;
// nameWords gives a name's words. The slice is shared: do not modify it.
func (t *exactTable) find(key []int32, nameWords func(n int32) []int32) []int32 {
	if len(t.slots) == 0 {
		return nil
	}
	mask := uint64(len(t.slots) - 1)
	for i := hashWords(key) & mask; ; i = (i + 1) & mask {
		if t.slots[i] == 0 {
			return nil
		}
		e := t.slots[i] - 1
		if n := t.name[e]; n >= 0 {
			if slices.Equal(nameWords(n), key) {
				return t.name[e : e+1 : e+1]
			}
			continue
		}
		s := -1 - t.name[e]
		names, k := t.names.of(s), t.keys.of(s)
		if len(k) == 0 {
			k = nameWords(names[0])
		}
		if slices.Equal(k, key) {
			return names
		}
	}
}

// hashWords hashes a key. Word ids are small and dense, so each is mixed
// in (as splitmix64 does) rather than added.
func hashWords(key []int32) uint64 {
	h := uint64(len(key)) * 0x9e3779b97f4a7c15
	for _, w := range key {
		h ^= uint64(uint32(w))
		h *= 0xbf58476d1ce4e5b9
		h ^= h >> 31
	}
	h *= 0x94d049bb133111eb
	return h ^ h>>29
}

// exactBuilder fills an exactTable one name at a time. Each entry's names
// are a linked list while it builds, so that adding is cheap and the table
// still lists them in the order they came.
type exactBuilder struct {
	// slots maps the hash of a key to its entry while the table builds.
	// A key whose hash another key holds takes the next free hash value.
	slots       map[uint64]int32
	keys        []int32  // every entry's key, one after another
	keyEnd      []uint32 // entry e's key ends at keyEnd[e]
	first, last []int32  // entry → its first and last link
	links       []exactLink
}

type exactLink struct{ id, next int32 }

func newExactBuilder(names int) *exactBuilder {
	return &exactBuilder{
		slots:  make(map[uint64]int32, names),
		keys:   make([]int32, 0, 3*names), // O*NET's names have three words or so
		keyEnd: make([]uint32, 0, names),
		first:  make([]int32, 0, names),
		last:   make([]int32, 0, names),
		links:  make([]exactLink, 0, names+names/8),
	}
}

func (b *exactBuilder) key(e int32) []int32 {
	start := uint32(0)
	if e > 0 {
		start = b.keyEnd[e-1]
	}
	return b.keys[start:b.keyEnd[e]]
}

// entry returns key's entry, and false with the hash it would take when
// the key has none.
func (b *exactBuilder) entry(key []int32) (int32, uint64, bool) {
	for h := hashWords(key); ; h++ {
		e, ok := b.slots[h]
		if !ok {
			return 0, h, false
		}
		if slices.Equal(b.key(e), key) {
			return e, h, true
		}
	}
}

// any reports whether some name of key satisfies f.
func (b *exactBuilder) any(key []int32, f func(id int32) bool) bool {
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
func (b *exactBuilder) add(key []int32, id int32) {
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
	b.keys = append(b.keys, key...)
	b.keyEnd = append(b.keyEnd, uint32(len(b.keys)))
	b.first = append(b.first, link)
	b.last = append(b.last, link)
}

// table returns the finished table, every array at its own size. Only the
// keys that are not the words of their first name (nameWords) are kept.
func (b *exactBuilder) table(nameWords func(n int32) []int32) exactTable {
	b.slots = nil // not needed past building: let it go before the table is made
	var t exactTable
	t.name = make([]int32, len(b.first))
	var special []int32 // entries of several names, or whose key is not their first name's words
	for e, l := range b.first {
		id := b.links[l].id
		if b.links[l].next < 0 && slices.Equal(b.key(int32(e)), nameWords(id)) {
			t.name[e] = id
			continue
		}
		t.name[e] = -1 - int32(len(special))
		special = append(special, int32(e))
	}
	t.keys = pack(len(special), func(put func(int32, int32)) {
		for s, e := range special {
			if key := b.key(e); !slices.Equal(key, nameWords(b.links[b.first[e]].id)) {
				for _, w := range key {
					put(int32(s), w)
				}
			}
		}
	})
	t.names = pack(len(special), func(put func(int32, int32)) {
		for s, e := range special {
			for l := b.first[e]; l >= 0; l = b.links[l].next {
				put(int32(s), b.links[l].id)
			}
		}
	})
	size := 1
	for size < len(b.first)+len(b.first)/3+1 {
		size *= 2
	}
	t.slots = make([]uint32, size)
	mask := uint64(size - 1)
	for e := range b.first {
		i := hashWords(b.key(int32(e))) & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = uint32(e + 1)
	}
	*b = exactBuilder{}
	return t
}
