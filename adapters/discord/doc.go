// Package discord delivers the bot's answers in Discord. It owns the
// Discord side of careerbot: the application (slash) commands and their
// autocomplete, the gateway bot that answers mentions, prefixed messages and
// DMs, the HTTP interactions endpoint, and the rendering of answers as
// embeds within Discord's limits (render.go).
//
// It is built on github.com/bwmarrin/discordgo. Tests point the real client
// at a loopback fake Discord through Config.APIBase, which rewrites the
// session's REST requests (see apiTransport) instead of changing discordgo's
// package-level endpoint variables, so sessions never share state.
package discord
