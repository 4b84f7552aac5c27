// Package slack delivers careerbot's answers in Slack. It owns everything
// Slack-specific: the /career slash command, mentions in channels and
// direct messages over HTTP (signed requests) or Socket Mode, the "Share in
// channel" button, the Block Kit rendering of a bot.Answer (render.go) and
// the app manifest. It hides slack-go behind Adapter; the bot it asks is
// any Answerer.
package slack
