package bot

import (
	"context"

	"github.com/careerbot/careerbot/knowledge"
)

// Bot answers career questions from a knowledge base. It is safe for
// concurrent use: adapters call Answer from many goroutines.
type Bot struct {
	kb *knowledge.Base
}

// New returns a Bot that answers from kb.
func New(kb *knowledge.Base) *Bot {
	return &Bot{kb: kb}
}

// Answer turns one chat message into one answer. It never panics and never
// returns an empty answer.
func (b *Bot) Answer(ctx context.Context, req Request) Answer {
	return Answer{Kind: KindHint, Intent: "hint", Title: "careerbot", Summary: "Try: compare lead technician vs senior support technician"}
}

// CareerNames returns up to limit career names that best match partial
// input, best first, for autocomplete. Empty input lists careers by name.
func (b *Bot) CareerNames(ctx context.Context, partial string, limit int) []string {
	return nil
}
