package knowledge

import (
	"math/bits"
	"slices"
	"strings"
)

// factSet holds a career's figures. While a career is built they are a
// slice that grows and changes; a built career's are packed (see pack):
// its values in one string, and for each fact where its value ends and the
// source it cites. The embedded knowledge's thousand careers hold some
// twenty-five thousand figures: as maps of three strings each they were
// the largest part of what the collector marked.
type factSet struct {
	// list holds the facts, in field order (see fieldOrder), while the
	// career is built and whenever a fact's field is none of knownFields;
	// nil when packed.
	list []Fact

	// Packed: has sets bit i for a fact of knownFields[i]; the facts'
	// values follow one another in vals in that order, the nth ending at
	// ends[n].end and citing srcs[ends[n].src].
	has  uint64
	vals string
	ends []factEnd
	srcs []string
}

type factEnd struct {
	end uint32
	src uint32
}

// knownFields are the fields a packed set can hold, in the order Facts
// gives them: every field of the field table, then those outside it.
var knownFields = func() []Field {
	var out []Field
	for _, fi := range AllFields {
		out = append(out, fi.Field)
	}
	out = append(out, FieldDescription, FieldInterestCode)
	if len(out) > 64 {
		panic("knowledge: more fields than a factSet packs")
	}
	return out
}()

// fieldNumber is each known field's bit in factSet.has.
var fieldNumber = func() map[Field]uint8 {
	m := make(map[Field]uint8, len(knownFields))
	for i, f := range knownFields {
		m[f] = uint8(i)
	}
	return m
}()

// fieldOrder orders facts as Facts gives them: known fields in table
// order, then the others by name.
func fieldOrder(a, b Field) int {
	na, ka := fieldNumber[a]
	nb, kb := fieldNumber[b]
	switch {
	case ka && kb:
		return int(na) - int(nb)
	case ka != kb:
		if ka {
			return -1
		}
		return 1
	}
	return strings.Compare(string(a), string(b))
}

// get returns the fact of field f.
func (s *factSet) get(f Field) (Fact, bool) {
	if s.list != nil {
		i, ok := slices.BinarySearchFunc(s.list, f, func(x Fact, f Field) int { return fieldOrder(x.Field, f) })
		if !ok {
			return Fact{}, false
		}
		return s.list[i], true
	}
	n, ok := fieldNumber[f]
	if !ok || s.has&(1<<n) == 0 {
		return Fact{}, false
	}
	k := bits.OnesCount64(s.has & (1<<n - 1))
	start := uint32(0)
	if k > 0 {
		start = s.ends[k-1].end
	}
	e := s.ends[k]
	return Fact{Field: f, Value: s.vals[start:e.end], Source: s.srcs[e.src]}, true
}

// set adds f, or replaces the fact of its field.
func (s *factSet) set(f Fact) {
	if s.list == nil {
		s.list = s.all()
		s.has, s.vals, s.ends, s.srcs = 0, "", nil, nil
	}
	i, ok := slices.BinarySearchFunc(s.list, f.Field, func(x Fact, f Field) int { return fieldOrder(x.Field, f) })
	if ok {
		s.list[i] = f
		return
	}
	s.list = slices.Insert(s.list, i, f)
}

// len is the number of facts.
func (s *factSet) len() int {
	if s.list != nil {
		return len(s.list)
	}
	return len(s.ends)
}

// all returns every fact, in field order, in a new slice.
func (s *factSet) all() []Fact {
	if s.list != nil {
		return slices.Clone(s.list)
	}
	out := make([]Fact, 0, len(s.ends))
	start := uint32(0)
	k := 0
	for has := s.has; has != 0; has &= has - 1 {
		e := s.ends[k]
		out = append(out, Fact{Field: knownFields[bits.TrailingZeros64(has)], Value: s.vals[start:e.end], Source: s.srcs[e.src]})
		start = e.end
		k++
	}
	return out
}

// pack packs the facts, unless a field is none of knownFields (a database
// written by another version may hold one): those stay a list. With
// blocks, the packed set is carved from them, as every career of a Base
// is: a career's figures then add no object of their own for the
// collector to mark.
func (s *factSet) pack(blocks *factBlocks) {
	if s.list == nil {
		return
	}
	size := 0
	for _, f := range s.list {
		if _, ok := fieldNumber[f.Field]; !ok {
			return
		}
		size += len(f.Value)
	}
	if blocks == nil {
		blocks = &factBlocks{ends: make([]factEnd, 0, len(s.list))}
		blocks.vals.Grow(size)
	}
	n := len(s.list)
	if cap(blocks.ends)-len(blocks.ends) < n {
		blocks.ends = make([]factEnd, 0, n) // more facts than the blocks were sized for
	}
	at := len(blocks.ends)
	blocks.ends = blocks.ends[:at+n]
	p := factSet{ends: blocks.ends[at : at+n : at+n]}
	start := blocks.vals.Len()
	var srcs []string
	for k, f := range s.list {
		p.has |= 1 << fieldNumber[f.Field]
		blocks.vals.WriteString(f.Value)
		src := slices.Index(srcs, f.Source)
		if src < 0 {
			src = len(srcs)
			srcs = append(srcs, f.Source)
		}
		p.ends[k] = factEnd{end: uint32(blocks.vals.Len() - start), src: uint32(src)}
	}
	// The block's text only grows: what was cut from it stays valid.
	p.vals = blocks.vals.String()[start:]
	p.srcs = blocks.sources(srcs)
	*s = p
}

// factBlocks are what the facts of many careers are packed into: their
// values, where each ends, and the lists of sources they cite, each list
// kept once (the thousand official careers cite a few; Build keeps their
// Sources so too).
type factBlocks struct {
	vals strings.Builder
	ends []factEnd
	srcs map[string][]string // by the ids joined
}

// newFactBlocks returns blocks sized for the facts of cs.
func newFactBlocks(cs []*Career) *factBlocks {
	facts, size := 0, 0
	for _, c := range cs {
		facts += len(c.facts.list)
		for _, f := range c.facts.list {
			size += len(f.Value)
		}
	}
	b := &factBlocks{ends: make([]factEnd, 0, facts)}
	b.vals.Grow(size)
	return b
}

// sources returns srcs, or the same list kept before.
func (b *factBlocks) sources(srcs []string) []string {
	if b.srcs == nil {
		b.srcs = map[string][]string{}
	}
	k := strings.Join(srcs, "\x00")
	if kept, ok := b.srcs[k]; ok {
		return kept
	}
	srcs = slices.Clip(srcs)
	b.srcs[k] = srcs
	return srcs
}

// Facts returns every figure of the career, in the order of the field
// table (fields outside it last, by name), in a new slice.
func (c *Career) Facts() []Fact { return c.facts.all() }

// setFact gives the career f, replacing its figure of the same field.
func (c *Career) setFact(f Fact) { c.facts.set(f) }
