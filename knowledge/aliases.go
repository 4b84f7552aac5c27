package knowledge

import (
	"fmt"
	"iter"
	"strings"
)

// Aliases are the other names a career is known by, in order, held as one
// text and where each name ends in it. A server holds some 39,000 of them
// for its whole life; as strings each would be a pointer the collector
// marks every cycle, and their ends are no pointers at all.
type Aliases struct {
	text string
	ends []uint32
}

// NewAliases returns the names as Aliases.
func NewAliases(names ...string) Aliases {
	var a Aliases
	for _, n := range names {
		a.Add(n)
	}
	return a
}

// Len is how many names there are.
func (a Aliases) Len() int { return len(a.ends) }

// At returns the i-th name, from 0.
func (a Aliases) At(i int) string {
	start := uint32(0)
	if i > 0 {
		start = a.ends[i-1]
	}
	return a.text[start:a.ends[i]]
}

// All yields each name with its place, in order.
func (a Aliases) All() iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		start := uint32(0)
		for i, end := range a.ends {
			if !yield(i, a.text[start:end]) {
				return
			}
			start = end
		}
	}
}

// Strings returns the names as a new slice.
func (a Aliases) Strings() []string {
	out := make([]string, 0, a.Len())
	for _, n := range a.All() {
		out = append(out, n)
	}
	return out
}

// Equal reports whether a and b hold the same names in the same order.
func (a Aliases) Equal(b Aliases) bool {
	if a.Len() != b.Len() {
		return false
	}
	for i, n := range a.All() {
		if b.At(i) != n {
			return false
		}
	}
	return true
}

// Add appends a name. It copies the names held so far: careers gain their
// names one by one only while they are read from a database.
func (a *Aliases) Add(name string) {
	a.text += name
	// Never shares its array with a copy of a taken before the Add.
	a.ends = append(a.ends[:len(a.ends):len(a.ends)], uint32(len(a.text)))
}

// String lists the names, as fmt prints a []string.
func (a Aliases) String() string { return fmt.Sprint(a.Strings()) }

// packedAliases returns names as Aliases whose text is text and whose ends
// are taken from block, which holds none of the pointers the collector
// marks: how the embedded knowledge holds its careers' names.
func packedAliases(names []string, text *strings.Builder, block *[]uint32) Aliases {
	if len(names) == 0 {
		return Aliases{}
	}
	if len(*block) < len(names) {
		*block = make([]uint32, len(names))
	}
	ends := (*block)[:len(names):len(names)]
	*block = (*block)[len(names):]
	start, n := text.Len(), uint32(0)
	for i, name := range names {
		text.WriteString(name)
		n += uint32(len(name))
		ends[i] = n
	}
	return Aliases{text: text.String()[start:], ends: ends}
}
