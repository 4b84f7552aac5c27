package discord

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/careerbot/careerbot/adapters/guard"
	"github.com/careerbot/careerbot/bot"
)

// onMessage answers a gateway message addressed to the bot: one that
// mentions it or starts with the prefix in a server, or any message in a DM.
func (a *Adapter) onMessage(s *discordgo.Session, m *discordgo.MessageCreate) {
	defer a.recoverEvent("MESSAGE_CREATE")
	if m.Message == nil || m.Author == nil || m.Author.Bot {
		return // other bots, webhooks and the bot itself
	}
	self := a.selfID()
	if m.Author.ID == self {
		return
	}
	q, ok := question(m.Message, self, a.cfg.Prefix)
	if !ok {
		return
	}
	ctx, done, ok := a.beginEvent()
	if !ok {
		return
	}
	defer done()
	release, ok := a.limit.TryAcquire()
	if !ok {
		a.shed()
		if _, _, err := a.send(ctx, m.Message, []reply{{Content: guard.BusyText}}); err != nil {
			a.log.Error("discord: busy reply", "channel", m.ChannelID, "err", err)
		}
		return
	}
	ans := a.ask(ctx, q, conversationKey(m.GuildID, m.ChannelID, m.Author.ID))
	release()
	a.reply(ctx, m.Message, ans)
}

// question finds the question in a message, without the bot's mention or
// the prefix. ok is false when the message is not addressed to the bot.
func question(m *discordgo.Message, selfID, prefix string) (q string, ok bool) {
	text := m.Content
	mentioned := false
	if selfID != "" {
		for _, tag := range []string{"<@" + selfID + ">", "<@!" + selfID + ">"} {
			if strings.Contains(text, tag) {
				mentioned = true
				text = strings.ReplaceAll(text, tag, " ")
			}
		}
		// A reply to one of the bot's answers that keeps the ping on is a follow-up.
		mentioned = mentioned || slices.ContainsFunc(m.Mentions, func(u *discordgo.User) bool { return u.ID == selfID })
	}
	text = strings.TrimSpace(text)
	prefixed := false
	if rest, found := cutPrefixFold(text, prefix); found {
		if r, _ := utf8.DecodeRuneInString(rest); rest == "" || unicode.IsSpace(r) || r == ':' || r == ',' {
			prefixed, text = true, rest
		}
	}
	if !mentioned && !prefixed && m.GuildID != "" {
		return "", false
	}
	text = strings.Join(strings.Fields(strings.TrimLeft(strings.TrimSpace(text), ":,")), " ")
	if text == "" {
		text = "help"
	}
	return text, true
}

// cutPrefixFold is strings.CutPrefix ignoring case.
func cutPrefixFold(s, prefix string) (string, bool) {
	if prefix == "" || len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// reply answers message m in its channel, the first message of the answer
// replying to it. When Discord refuses the embeds (for instance the bot lacks
// the Embed Links permission) it sends the plain-text rendering instead.
// The pay chart, if any, is attached to the first message once the whole
// answer is out; the plain-text fallback goes without it.
func (a *Adapter) reply(ctx context.Context, m *discordgo.Message, ans bot.Answer) {
	replies := a.renderCached(ans)
	sent, first, err := a.send(ctx, m, replies)
	var rest *discordgo.RESTError
	if sent == 0 && errors.As(err, &rest) && rest.Response != nil &&
		(rest.Response.StatusCode == http.StatusBadRequest || rest.Response.StatusCode == http.StatusForbidden) {
		a.log.Warn("discord: embeds refused; sending plain text", "channel", m.ChannelID, "err", err)
		_, _, err = a.send(ctx, m, renderText(ans))
	} else if err == nil {
		a.attachChartToMessage(ctx, first, replies[0].Embeds, ans.Chart)
	}
	if err != nil {
		a.log.Error("discord: reply", "channel", m.ChannelID, "err", err)
	}
}

// send posts replies to m's channel and returns how many went out and the
// first message sent.
func (a *Adapter) send(ctx context.Context, m *discordgo.Message, replies []reply) (int, *discordgo.Message, error) {
	keep := false
	var first *discordgo.Message
	for i, r := range replies {
		msg := &discordgo.MessageSend{Content: r.Content, Embeds: r.Embeds, Components: r.Components, AllowedMentions: noMentions()}
		if i == 0 {
			msg.Reference = &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID, FailIfNotExists: &keep}
		}
		sent, err := a.session.ChannelMessageSendComplex(m.ChannelID, msg, discordgo.WithContext(ctx))
		if err != nil {
			return i, first, fmt.Errorf("send message %d of %d: %w", i+1, len(replies), err)
		}
		if i == 0 {
			first = sent
		}
	}
	return len(replies), first, nil
}
