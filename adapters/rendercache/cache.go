package rendercache

import (
	"encoding/binary"
	"hash/maphash"
	"sync"

	"github.com/careerbot/careerbot/bot"
	"github.com/careerbot/careerbot/internal/fifo"
)

// Key identifies an answer and the options it was rendered with.
type Key struct{ a, b uint64 }

// Cache holds at most its size of rendered answers of type V. It is safe
// for concurrent use. A nil *Cache keeps nothing.
//
// Values are shared by every caller that gets them: callers must treat
// them as read-only (copy a slice before appending to it).
type Cache[V any] struct {
	seedA, seedB maphash.Seed
	kept         *fifo.Map[Key, V]
}

// New returns a cache for at most size rendered answers (1 when size < 1).
func New[V any](size int) *Cache[V] {
	return &Cache[V]{seedA: maphash.MakeSeed(), seedB: maphash.MakeSeed(), kept: fifo.New[Key, V](size)}
}

// Key returns the key of a rendered with the options in opts (each option
// as text; their order matters).
func (c *Cache[V]) Key(a *bot.Answer, opts ...string) Key {
	bp := keyBuffers.Get().(*[]byte)
	h := hasher{b: (*bp)[:0]}
	h.answer(a)
	h.num(len(opts))
	for _, o := range opts {
		h.str(o)
	}
	k := Key{maphash.Bytes(c.seedA, h.b), maphash.Bytes(c.seedB, h.b)}
	if cap(h.b) <= maxPooledKey {
		*bp = h.b
		keyBuffers.Put(bp)
	}
	return k
}

// keyBuffers holds the buffers an answer is laid out in to be hashed.
var keyBuffers = sync.Pool{New: func() any { b := make([]byte, 0, 2048); return &b }}

const maxPooledKey = 64 << 10

// Get returns the value kept for k.
func (c *Cache[V]) Get(k Key) (V, bool) {
	if c == nil {
		var zero V
		return zero, false
	}
	return c.kept.Get(k)
}

// Put keeps v for k, forgetting the oldest value when the cache is full.
func (c *Cache[V]) Put(k Key, v V) {
	if c != nil {
		c.kept.Put(k, v)
	}
}

// Reset forgets every value: the knowledge was reloaded.
func (c *Cache[V]) Reset() {
	if c != nil {
		c.kept.Reset()
	}
}

// Len returns how many values are kept.
func (c *Cache[V]) Len() int {
	if c == nil {
		return 0
	}
	return c.kept.Len()
}

// hasher lays out what is hashed in one buffer, which is then hashed
// twice with different seeds: 128 bits make two different answers with
// one key practically impossible, and hashing one buffer twice is cheaper
// than writing each piece into two hashes.
type hasher struct{ b []byte }

// str writes s with its length, so that ("ab", "c") and ("a", "bc")
// differ.
func (h *hasher) str(s string) {
	h.num(len(s))
	h.b = append(h.b, s...)
}

func (h *hasher) num(n int) {
	h.b = binary.LittleEndian.AppendUint64(h.b, uint64(n))
}

func (h *hasher) flag(f bool) {
	if f {
		h.num(1)
	} else {
		h.num(0)
	}
}

func (h *hasher) strs(ss []string) {
	h.num(len(ss))
	for _, s := range ss {
		h.str(s)
	}
}

// answer writes every field of a that a renderer reads. The chart is
// drawn apart from the text (and cached by its own content in package
// chart): only whether there is one is written. TestKeyCoversEveryField
// fails when bot.Answer gains a field this does not know.
func (h *hasher) answer(a *bot.Answer) {
	h.str(string(a.Kind))
	h.str(a.Intent)
	h.str(a.Title)
	h.str(a.Summary)
	h.num(len(a.Fields))
	for _, f := range a.Fields {
		h.str(f.Label)
		h.str(f.Value)
		h.str(f.Source)
	}
	h.flag(a.Table != nil)
	if a.Table != nil {
		h.strs(a.Table.Columns)
		h.num(len(a.Table.Rows))
		for _, r := range a.Table.Rows {
			h.str(r.Label)
			h.strs(r.Cells)
		}
	}
	h.num(len(a.Lists))
	for _, l := range a.Lists {
		h.str(l.Title)
		h.strs(l.Items)
	}
	h.flag(a.Chart != nil)
	h.num(len(a.Sources))
	for _, s := range a.Sources {
		h.str(s.Title)
		h.str(s.URL)
	}
	h.strs(a.Suggestions)
	h.strs(a.About)
	h.strs(a.Listed)
	h.strs(a.Places)
	h.num(len(a.Choices))
	for _, c := range a.Choices {
		h.str(c.Key)
		h.str(c.Label)
		h.str(c.Question)
	}
}
