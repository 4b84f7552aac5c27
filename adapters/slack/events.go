package slack

import (
	"context"
	"fmt"
	"log/slog"

	slackapi "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/careerbot/careerbot/adapters/guard"
)

// question is a message addressed to the bot: a mention in a channel or a
// direct message.
type question struct {
	eventID  string
	team     string
	channel  string
	user     string
	ts       string
	threadTS string // where the answer goes; empty for a DM's top level
	text     string
	inThread string // the thread the question was asked in; "" at a channel's or DM's top level
}

// conversation is the key of the conversation q belongs to.
func (q question) conversation() string {
	return conversationKey(q.team, q.channel, q.inThread, q.user)
}

// questionFrom picks the question out of an Events API event. It reports
// false for events the bot does not answer: messages from bots (itself
// included), edits, joins and other message subtypes, and messages outside
// direct messages that do not mention it.
func questionFrom(ev slackevents.EventsAPIEvent) (question, bool) {
	cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent)
	if !ok {
		return question{}, false
	}
	switch e := ev.InnerEvent.Data.(type) {
	case *slackevents.AppMentionEvent:
		if e.BotID != "" || e.Edited != nil || e.User == "" {
			return question{}, false
		}
		// In a channel the answer goes into the question's thread,
		// starting one when the question is not in a thread yet.
		thread := e.ThreadTimeStamp
		if thread == "" {
			thread = e.TimeStamp
		}
		return question{eventID: cb.EventID, team: cb.TeamID, channel: e.Channel, user: e.User, ts: e.TimeStamp,
			threadTS: thread, text: e.Text, inThread: e.ThreadTimeStamp}, true
	case *slackevents.MessageEvent:
		if e.ChannelType != "im" || e.SubType != "" || e.BotID != "" || e.User == "" {
			return question{}, false
		}
		return question{eventID: cb.EventID, team: cb.TeamID, channel: e.Channel, user: e.User, ts: e.TimeStamp,
			threadTS: e.ThreadTimeStamp, text: e.Text, inThread: e.ThreadTimeStamp}, true
	}
	return question{}, false
}

// answerQuestion answers q with one message, unless another delivery of
// the same question already did. While every answer slot is taken it tells
// the asker, privately, to try again instead. The event was acknowledged
// before: an error returned here is for the log, Slack will not retry.
func (a *Adapter) answerQuestion(ctx context.Context, q question) error {
	if a.api == nil {
		a.logOnce("no bot token", slog.LevelWarn, "mentions and direct messages are not answered: SLACK_BOT_TOKEN is not set")
		return nil
	}
	botUser, err := a.botUserID(ctx)
	if err != nil {
		return err
	}
	if q.user == botUser {
		return nil
	}
	keys := []string{"msg:" + q.channel + ":" + q.ts}
	if q.eventID != "" {
		keys = append(keys, "event:"+q.eventID)
	}
	finish, ok, err := a.claims.Claim(ctx, keys...)
	if err != nil {
		return fmt.Errorf("wait for earlier delivery: %w", err)
	}
	if !ok {
		a.log.Debug("duplicate delivery ignored", "event_id", q.eventID, "channel", q.channel)
		return nil
	}
	release, ok := a.limit.TryAcquire()
	if !ok {
		a.shed()
		err := a.call(ctx, func(ctx context.Context) error {
			opts := []slackapi.MsgOption{slackapi.MsgOptionText(guard.BusyText, false)}
			if q.threadTS != "" {
				opts = append(opts, slackapi.MsgOptionTS(q.threadTS))
			}
			_, err := a.api.PostEphemeralContext(ctx, q.channel, q.user, opts...)
			return err
		})
		finish(err == nil)
		if err != nil {
			return fmt.Errorf("chat.postEphemeral: %w", err)
		}
		return nil
	}
	ans := a.ask(ctx, cleanQuestion(q.text, botUser), q.conversation())
	release()
	if q.inThread == "" && q.threadTS != "" {
		// A mention at the channel's top level, answered in a thread of
		// its own.
		a.inherit(ctx, q.team, q.channel, q.threadTS, q.user)
	}
	m := a.renderCached(ans, renderOptions{Choices: true, Thread: q.inThread})
	opts := []slackapi.MsgOption{
		slackapi.MsgOptionText(m.Text, false),
		slackapi.MsgOptionBlocks(m.Blocks...),
		slackapi.MsgOptionDisableLinkUnfurl(),
		slackapi.MsgOptionDisableMediaUnfurl(),
	}
	if q.threadTS != "" {
		opts = append(opts, slackapi.MsgOptionTS(q.threadTS))
	}
	err = a.call(ctx, func(ctx context.Context) error {
		_, _, err := a.api.PostMessageContext(ctx, q.channel, opts...)
		return err
	})
	finish(err == nil)
	if err != nil {
		return fmt.Errorf("chat.postMessage: %w", err)
	}
	a.uploadChart(ctx, ans.Chart, q.channel, q.threadTS)
	return nil
}

// shareQuestion returns the question a "Share in channel" click carries.
func shareQuestion(cb slackapi.InteractionCallback) (string, bool) {
	if cb.Type != slackapi.InteractionTypeBlockActions {
		return "", false
	}
	for _, act := range cb.ActionCallback.BlockActions {
		if act != nil && act.ActionID == shareActionID {
			return act.Value, true
		}
	}
	return "", false
}

// share answers the question again and posts the answer in the channel,
// then removes the private copy the button was on. While every answer slot
// is taken it says so privately instead.
func (a *Adapter) share(ctx context.Context, cb slackapi.InteractionCallback, q string) error {
	release, ok := a.limit.TryAcquire()
	if !ok {
		a.shed()
		return a.shareBusy(ctx, cb)
	}
	q = cleanQuestion(q, "")
	// Asked in the sharer's conversation, so a shared follow-up ("and
	// hourly?") keeps the careers it was about.
	ans := a.ask(ctx, q, conversationKey(cb.Team.ID, cb.Channel.ID, "", cb.User.ID))
	release()
	m := render(ans, renderOptions{SharedBy: cb.User.ID, Question: q})
	if cb.ResponseURL != "" {
		if err := a.postToResponseURL(ctx, cb.ResponseURL, newReply(VisibilityInChannel, m)); err != nil {
			return fmt.Errorf("share via response_url: %w", err)
		}
		del := &slackapi.WebhookMessage{DeleteOriginal: true}
		if err := a.call(ctx, func(ctx context.Context) error {
			return slackapi.PostWebhookCustomHTTPContext(ctx, cb.ResponseURL, a.http, del)
		}); err != nil {
			a.log.Warn("delete shared ephemeral message", "err", hideURL(err))
		}
		a.uploadChart(ctx, ans.Chart, cb.Channel.ID, "")
		return nil
	}
	if a.api == nil {
		return fmt.Errorf("share: no response_url, and SLACK_BOT_TOKEN is not set")
	}
	err := a.call(ctx, func(ctx context.Context) error {
		_, _, err := a.api.PostMessageContext(ctx, cb.Channel.ID,
			slackapi.MsgOptionText(m.Text, false),
			slackapi.MsgOptionBlocks(m.Blocks...),
			slackapi.MsgOptionDisableLinkUnfurl(),
			slackapi.MsgOptionDisableMediaUnfurl(),
		)
		return err
	})
	if err != nil {
		return fmt.Errorf("share via chat.postMessage: %w", err)
	}
	a.uploadChart(ctx, ans.Chart, cb.Channel.ID, "")
	return nil
}

// shareBusy tells the user who clicked Share that the bot is busy, where
// only they see it.
func (a *Adapter) shareBusy(ctx context.Context, cb slackapi.InteractionCallback) error {
	if cb.ResponseURL != "" {
		msg := &slackapi.WebhookMessage{ResponseType: VisibilityEphemeral, Text: guard.BusyText, ReplaceOriginal: false}
		return a.call(ctx, func(ctx context.Context) error {
			return hideURL(slackapi.PostWebhookCustomHTTPContext(ctx, cb.ResponseURL, a.http, msg))
		})
	}
	if a.api == nil {
		return nil
	}
	return a.call(ctx, func(ctx context.Context) error {
		_, err := a.api.PostEphemeralContext(ctx, cb.Channel.ID, cb.User.ID, slackapi.MsgOptionText(guard.BusyText, false))
		return err
	})
}
