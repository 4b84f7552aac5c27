// Package rendercache keeps answers as a chat platform shows them, so that
// the same answer is laid out and encoded once however often it is asked
// for: the same careers with the same figures, asked by anyone.
//
// A rendered answer is kept by what it shows, not by the question that led
// to it: the key is a 128-bit hash of every field of the bot.Answer that a
// renderer reads, and of the rendering options. Every question is still
// parsed, routed and answered afresh; only the layout of an answer seen
// before is reused. The cache is bounded (it forgets the oldest first), and
// Reset empties it when the knowledge is reloaded.
package rendercache
