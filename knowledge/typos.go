package knowledge

import (
	"hash/maphash"
	"slices"
)

// deleteIndex finds the name words one deleted letter away from a
// string: for "electrican", the words whose deletions include
// "electrican" (electrician). It keeps a 64-bit hash of each deletion
// beside the word's id, sorted, rather than a map of strings to slices:
// about 1 MB the collector never follows instead of 7.4 MB of small
// objects. A hash shared by two deletions only adds a candidate, and every
// candidate is checked by edit distance.
type deleteIndex struct {
	hashes []uint64
	ids    []int32
}

var deleteSeed = maphash.MakeSeed()

// buildDeleteIndex indexes the deletions of words of fuzzy-matching size.
func buildDeleteIndex(words *stringSet) deleteIndex {
	type entry struct {
		h  uint64
		id int32
	}
	var es []entry
	for id := range int32(words.len()) {
		w := words.str(id)
		if len(w) < 4 || len(w) > maxFuzzyWord {
			continue
		}
		for _, d := range deletions(w) {
			es = append(es, entry{maphash.String(deleteSeed, d), id})
		}
	}
	slices.SortFunc(es, func(a, b entry) int {
		if a.h != b.h {
			if a.h < b.h {
				return -1
			}
			return 1
		}
		return int(a.id - b.id)
	})
	es = slices.Compact(es)
	d := deleteIndex{hashes: make([]uint64, len(es)), ids: make([]int32, len(es))}
	for i, e := range es {
		d.hashes[i], d.ids[i] = e.h, e.id
	}
	return d
}

// find returns the ids of words one of whose deletions may be s.
func (d deleteIndex) find(s string) []int32 {
	h := maphash.String(deleteSeed, s)
	i, found := slices.BinarySearch(d.hashes, h)
	if !found {
		return nil
	}
	j := i
	for j < len(d.hashes) && d.hashes[j] == h {
		j++
	}
	return d.ids[i:j]
}
