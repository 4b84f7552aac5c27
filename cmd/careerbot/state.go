package main

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/careerbot/careerbot/adapters/redisstate"
	"github.com/careerbot/careerbot/adapters/slack"
	"github.com/careerbot/careerbot/bot"
)

// state is what serve remembers between questions: conversations for
// follow-ups, and which Slack events were answered.
type state struct {
	conversations bot.Conversations
	dedupe        slack.Dedupe // nil: the Slack adapter's own, in memory
	close         func()
}

// newState keeps state in this process, or with CAREERBOT_REDIS_URL in
// Redis, shared by every replica. A Redis that does not answer at start-up
// is not fatal: the store uses memory until it does.
func newState(ctx context.Context, cfg config, log *slog.Logger) (state, error) {
	if cfg.RedisURL == "" {
		return state{conversations: bot.NewMemoryConversations(cfg.ConversationTTL, 0), close: func() {}}, nil
	}
	st, err := redisstate.New(cfg.RedisURL, redisstate.Options{ConversationTTL: cfg.ConversationTTL, Logger: log})
	if err != nil {
		return state{}, fmt.Errorf("state: %w", err)
	}
	if err := st.Ping(ctx); err == nil {
		log.Info("state shared in redis", "conversation_ttl", cfg.ConversationTTL.String())
	}
	return state{conversations: st, dedupe: st, close: func() { st.Close() }}, nil
}
