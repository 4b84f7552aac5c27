// Package redisstate keeps the state careerbot's replicas share in Redis:
// the conversations follow-up questions refer to (bot.Conversations) and
// the keys that make one Slack event get one answer however many replicas
// its retries reach (slack.Dedupe). Every key has a TTL.
//
// Redis is never a reason to fail a question: when it cannot be reached
// the store logs one warning and keeps state in the replica's own memory,
// tries Redis again a few seconds later, and logs when it is back.
package redisstate
