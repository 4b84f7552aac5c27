package bot

import (
	"hash/maphash"
	"maps"
	"sync"

	"github.com/careerbot/careerbot/internal/fifo"
	"github.com/careerbot/careerbot/knowledge"
)

// Parsing a question (cleaning it, claiming names, reading the vocabulary,
// searching the words left over) is most of the work of an answer, and it
// depends only on the text and the knowledge: the same question asked
// again, by anyone, parses the same way. Likewise the figures of one
// career for one intent (its profile card) depend only on the knowledge.
// baseCaches keeps the latest of both for one knowledge base, bounded, so
// that a popular question is parsed once and a popular card built once.
// What is kept is never the answer to a question: every question is still
// routed and answered afresh, in its own conversation.

// Bounds: a parse or a card is a few kilobytes.
const (
	parseCacheSize = 512
	cardCacheSize  = 512
)

// baseCaches is what the bot keeps for one knowledge base; SetBase drops
// it with the knowledge. It is safe for concurrent use. Kept values are
// never changed: they are copied for each asker.
type baseCaches struct {
	kb      *knowledge.Base
	parses  *fifo.Map[string, *question]
	figures *fifo.Map[figuresKey, Answer]
}

// figuresKey is what a card is kept by: its career, intent and fields
// (hashed: the key is built for every answer, and a string of the fields'
// names was most of what an answer allocated).
type figuresKey struct {
	career *knowledge.Career
	intent *Intent
	fields uint64
	n      int
}

// fieldsSeed seeds the hash of a card's fields.
var fieldsSeed = maphash.MakeSeed()

func newBaseCaches(kb *knowledge.Base) *baseCaches {
	return &baseCaches{kb: kb, parses: fifo.New[string, *question](parseCacheSize), figures: fifo.New[figuresKey, Answer](cardCacheSize)}
}

// parse returns the parse of text, a question as asked, against c's
// knowledge, kept or made now, as a question the caller may change; nil
// when text has no word to parse. Parses are kept by the text as asked:
// cleaning it the same way each time is part of the work kept.
func (c *baseCaches) parse(text string) *question {
	q, ok := c.parses.Get(text)
	if !ok {
		if cleaned := clean(text); hasWord(cleaned) {
			q = parse(c.kb, cleaned)
			q.lookups = nil // needed while parsing only; not worth keeping
			for i, p := range q.careers {
				if len(p.alternates) > 0 {
					q.careers[i].alternatesSaid = sayAlternates(p.career, p.alternates)
				}
				q.careers[i].typedEmployer, q.careers[i].employerRead = employerIn(p.typed), true
			}
		}
		c.parses.Put(text, q)
	}
	if q == nil {
		return nil
	}
	return q.copy()
}

// figuresOf returns build(), kept by career, intent and fields, as an
// answer the caller may change.
func (c *baseCaches) figuresOf(career *knowledge.Career, in *Intent, fields []knowledge.Field, build func() Answer) Answer {
	var h maphash.Hash
	h.SetSeed(fieldsSeed)
	for _, f := range fields {
		h.WriteString(string(f))
		h.WriteByte(0)
	}
	key := figuresKey{career: career, intent: in, fields: h.Sum64(), n: len(fields)}
	a, ok := c.figures.Get(key)
	if !ok {
		a = build()
		c.figures.Put(key, a)
	}
	return a.shared()
}

// shared returns a copy of a that its taker may change: every slice is
// clipped, so an append copies it. Elements are shared: nothing writes
// into an answer's elements once it is made.
func (a Answer) shared() Answer {
	a.Fields = clip(a.Fields)
	a.Lists = clip(a.Lists)
	a.Sources = clip(a.Sources)
	a.Suggestions = clip(a.Suggestions)
	a.About = clip(a.About)
	a.Choices = clip(a.Choices)
	return a
}

// copy returns a question the caller may change without changing q:
// following a conversation reassigns fields, appends to slices and counts
// signals. Slices are clipped so that an append copies them; maps are
// copied. Elements are shared: nothing after parsing writes into them.
// TestQuestionCopyCoversEveryField fails when a field is added to question
// and not considered here.
func (q *question) copy() *question {
	c := questions.Get().(*question)
	*c = *q
	c.toks = clip(q.toks)
	c.claimed = clip(q.claimed)
	c.careers = clip(q.careers)
	c.unknown = clip(q.unknown)
	c.sharedSignals = true // cloned by addSignal if it is changed
	c.fields = clip(q.fields)
	c.groups = clip(q.groups)
	c.free = clip(q.free)
	c.spans = clip(q.spans)
	c.unknownAt = clip(q.unknownAt)
	c.states = clip(q.states)
	c.among = clip(q.among) // set while routing a ranking of one generic word
	c.lookups = maps.Clone(q.lookups)
	return c
}

// questions holds the copies the bot has answered, for the next copy: a
// question is the biggest allocation of an answer (over half a kilobyte)
// and no answer or conversation keeps it, so reusing it spares the
// collector that much garbage per question.
var questions = sync.Pool{New: func() any { return new(question) }}

// release gives q, a copy no one holds any more, back for reuse. It is
// cleared first, so the pool holds nothing the knowledge could free.
func (q *question) release() {
	*q = question{}
	questions.Put(q)
}

func clip[T any](s []T) []T { return s[:len(s):len(s)] }
