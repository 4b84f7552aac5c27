package slack

import (
	"strconv"

	"github.com/careerbot/careerbot/adapters/rendercache"
	"github.com/careerbot/careerbot/bot"
)

// cardCacheSize bounds the rendered answers kept. A card is the blocks and
// their JSON, a few kilobytes.
const cardCacheSize = 256

// renderCached is render, reusing the layout of an answer rendered before
// with the same options: laying out and encoding Block Kit is most of the
// work of a reply once the bot has answered. The card is kept by the
// answer's content, never by the question; the share button, which
// carries the question, is added to it for each reply.
func (a *Adapter) renderCached(ans bot.Answer, opts renderOptions) message {
	m, share := a.cardAndShare(ans, opts)
	return m.withShare(share)
}

// cardAndShare returns what renderCached puts together: the kept card and
// the share button. A slash command's reply keeps them apart, and writes
// the button from its JSON (reply.appendJSON).
func (a *Adapter) cardAndShare(ans bot.Answer, opts renderOptions) (message, shareButton) {
	share := shareButtonFor(ans.Kind, opts.ShareQuestion)
	opts.ShareQuestion = ""
	// The share button's cost, written into a buffer on the stack: this
	// runs for every private answer.
	var buf [3 * 20]byte
	cost := strconv.AppendInt(buf[:0], int64(share.cost.blocks), 10)
	cost = strconv.AppendInt(append(cost, ' '), int64(share.cost.chars), 10)
	cost = strconv.AppendInt(append(cost, ' '), int64(share.cost.bytes), 10)
	k := a.cards.Key(&ans, opts.SharedBy, opts.Question, strconv.FormatBool(opts.Choices), opts.Thread, string(cost))
	m, ok := a.cards.Get(k)
	if !ok {
		m = renderCard(ans, opts, share.cost)
		a.cards.Put(k, m)
	}
	return m, share
}

// ForgetRendered drops every kept card. serve calls it when it reloads the
// knowledge, so that the cache holds only answers from the knowledge in
// use.
func (a *Adapter) ForgetRendered() { a.cards.Reset() }

// newCardCache returns the adapter's card cache.
func newCardCache() *rendercache.Cache[message] { return rendercache.New[message](cardCacheSize) }
