package bot

import (
	"maps"
	"sync"

	"github.com/careerbot/careerbot/knowledge"
)

// Parsing a question (claiming names, reading the vocabulary, searching
// the words left over) is most of the work of an answer, and it depends
// only on the cleaned text and the knowledge: the same question asked
// again, by anyone, parses the same way. parseCache keeps the latest
// parses of one knowledge base, bounded, so a popular question is parsed
// once. What is kept is the parse, not the answer: every question is still
// routed and answered afresh, in its own conversation.

// parseCacheSize bounds the questions kept. A parse is a few kilobytes.
const parseCacheSize = 512

// parseCache maps cleaned question text to its parse, for one knowledge
// base. It is safe for concurrent use. Kept questions are never changed:
// get hands out copies.
type parseCache struct {
	kb *knowledge.Base

	mu    sync.Mutex
	m     map[string]*question
	order []string // keys, oldest first; a ring of parseCacheSize
	next  int      // where the next key goes in order once it is full
}

func newParseCache(kb *knowledge.Base) *parseCache {
	return &parseCache{kb: kb, m: make(map[string]*question)}
}

// parse returns the parse of cleaned against c's knowledge, kept or made
// now, as a question the caller may change.
func (c *parseCache) parse(cleaned string) *question {
	c.mu.Lock()
	q, ok := c.m[cleaned]
	c.mu.Unlock()
	if ok {
		return q.copy()
	}
	q = parse(c.kb, cleaned)
	q.lookups = nil // needed while parsing only; not worth keeping
	c.mu.Lock()
	if _, ok := c.m[cleaned]; !ok {
		if len(c.order) < parseCacheSize {
			c.order = append(c.order, cleaned)
		} else {
			delete(c.m, c.order[c.next])
			c.order[c.next] = cleaned
			c.next = (c.next + 1) % parseCacheSize
		}
		c.m[cleaned] = q
	}
	c.mu.Unlock()
	return q.copy()
}

// copy returns a question the caller may change without changing q:
// following a conversation reassigns fields, appends to slices and counts
// signals. Slices are clipped so that an append copies them; maps are
// copied. Elements are shared: nothing after parsing writes into them.
// TestQuestionCopyCoversEveryField fails when a field is added to question
// and not considered here.
func (q *question) copy() *question {
	c := *q
	c.toks = clip(q.toks)
	c.claimed = clip(q.claimed)
	c.careers = clip(q.careers)
	c.unknown = clip(q.unknown)
	c.signals = maps.Clone(q.signals)
	c.fields = clip(q.fields)
	c.groups = clip(q.groups)
	c.free = clip(q.free)
	c.spans = clip(q.spans)
	c.unknownAt = clip(q.unknownAt)
	c.states = clip(q.states)
	c.lookups = maps.Clone(q.lookups)
	return &c
}

func clip[T any](s []T) []T { return s[:len(s):len(s)] }
