package knowledge

import (
	"hash/maphash"
	"slices"
)

// deleteIndex finds the name words one deleted letter away from a
// string: for "electrican", the words whose deletions include
// "electrican" (electrician). It keeps a 32-bit hash of each deletion
// beside the word's id, sorted, rather than a map of strings to slices:
// about half a megabyte the collector never follows instead of 7.4 MB of
// small objects. A hash shared by two deletions is told apart by checking
// the word (see find).
type deleteIndex struct {
	hashes []uint32
	ids    []int32
}

var deleteSeed = maphash.MakeSeed()

func deletionHash(s string) uint32 { return uint32(maphash.String(deleteSeed, s)) }

// buildDeleteIndex indexes the deletions of words of fuzzy-matching size.
func buildDeleteIndex(words *stringSet) deleteIndex {
	type entry struct {
		h  uint32
		id int32
	}
	var es []entry
	for id := range int32(words.len()) {
		w := words.str(id)
		if len(w) < 4 || len(w) > maxFuzzyWord {
			continue
		}
		for _, d := range deletions(w) {
			es = append(es, entry{deletionHash(d), id})
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
	d := deleteIndex{hashes: make([]uint32, len(es)), ids: make([]int32, len(es))}
	for i, e := range es {
		d.hashes[i], d.ids[i] = e.h, e.id
	}
	return d
}

// find appends to out the ids of the words (of words) one of whose
// deletions is s, in id order.
func (d deleteIndex) find(s string, words *stringSet, out []int32) []int32 {
	h := deletionHash(s)
	i, found := slices.BinarySearch(d.hashes, h)
	if !found {
		return out
	}
	for ; i < len(d.hashes) && d.hashes[i] == h; i++ {
		if isDeletion(s, words.str(d.ids[i])) {
			out = append(out, d.ids[i])
		}
	}
	return out
}

// isDeletion reports whether s is w with one byte deleted.
func isDeletion(s, w string) bool {
	if len(w) != len(s)+1 {
		return false
	}
	i := 0
	for i < len(s) && s[i] == w[i] {
		i++
	}
	return s[i:] == w[i+1:]
}
