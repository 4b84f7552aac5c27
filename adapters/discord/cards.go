package discord

import (
	"github.com/careerbot/careerbot/adapters/rendercache"
	"github.com/careerbot/careerbot/bot"
)

// cardCacheSize bounds the rendered answers kept: a few kilobytes each.
const cardCacheSize = 256

// renderCached is render, reusing the embeds of an answer rendered before:
// the same answer, whoever asked it, lays out the same way. Answers are
// kept by their content, never by the question. The replies returned are
// shared: they are sent as they are, and withChart copies the embeds it
// changes.
func (a *Adapter) renderCached(ans bot.Answer) []reply {
	k := a.cards.Key(&ans)
	if r, ok := a.cards.Get(k); ok {
		return r
	}
	r := render(ans)
	a.cards.Put(k, r)
	return r
}

// ForgetRendered drops every kept answer. serve calls it when it reloads
// the knowledge, so that the cache holds only answers from the knowledge
// in use.
func (a *Adapter) ForgetRendered() { a.cards.Reset() }

func newCardCache() *rendercache.Cache[[]reply] { return rendercache.New[[]reply](cardCacheSize) }
