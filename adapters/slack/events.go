package slack

import (
	"context"
	"fmt"

	slackapi "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

// question is a message addressed to the bot: a mention in a channel or a
// direct message.
type question struct {
	eventID  string
	channel  string
	user     string
	ts       string
	threadTS string // where the answer goes; empty for a DM's top level
	text     string
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
		return question{eventID: cb.EventID, channel: e.Channel, user: e.User, ts: e.TimeStamp, threadTS: thread, text: e.Text}, true
	case *slackevents.MessageEvent:
		if e.ChannelType != "im" || e.SubType != "" || e.BotID != "" || e.User == "" {
			return question{}, false
		}
		return question{eventID: cb.EventID, channel: e.Channel, user: e.User, ts: e.TimeStamp, threadTS: e.ThreadTimeStamp, text: e.Text}, true
	}
	return question{}, false
}

// answerQuestion answers q with one message, unless another delivery of
// the same question already did. It returns an error when nothing was
// posted, so that Slack's retry of the event can answer it.
func (a *Adapter) answerQuestion(ctx context.Context, q question) error {
	if a.api == nil {
		a.log.Warn("mention or direct message not answered: SLACK_BOT_TOKEN is not set", "channel", q.channel)
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
	finish, ok, err := a.seen.claim(ctx, keys...)
	if err != nil {
		return fmt.Errorf("wait for earlier delivery: %w", err)
	}
	if !ok {
		a.log.Debug("duplicate delivery ignored", "event_id", q.eventID, "channel", q.channel)
		return nil
	}
	ans := a.ask(ctx, cleanQuestion(q.text, botUser))
	m := render(ans, renderOptions{})
	opts := []slackapi.MsgOption{
		slackapi.MsgOptionText(m.Text, false),
		slackapi.MsgOptionBlocks(m.Blocks...),
		slackapi.MsgOptionDisableLinkUnfurl(),
		slackapi.MsgOptionDisableMediaUnfurl(),
	}
	if q.threadTS != "" {
		opts = append(opts, slackapi.MsgOptionTS(q.threadTS))
	}
	_, _, err = a.api.PostMessageContext(ctx, q.channel, opts...)
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
// then removes the private copy the button was on.
func (a *Adapter) share(ctx context.Context, cb slackapi.InteractionCallback, q string) error {
	q = cleanQuestion(q, "")
	ans := a.ask(ctx, q)
	m := render(ans, renderOptions{SharedBy: cb.User.ID, Question: q})
	if cb.ResponseURL != "" {
		if err := a.postToResponseURL(ctx, cb.ResponseURL, newReply(VisibilityInChannel, m)); err != nil {
			return fmt.Errorf("share via response_url: %w", err)
		}
		del := &slackapi.WebhookMessage{DeleteOriginal: true}
		if err := slackapi.PostWebhookCustomHTTPContext(ctx, cb.ResponseURL, a.http, del); err != nil {
			a.log.Warn("delete shared ephemeral message", "err", hideURL(err))
		}
		a.uploadChart(ctx, ans.Chart, cb.Channel.ID, "")
		return nil
	}
	if a.api == nil {
		return fmt.Errorf("share: no response_url, and SLACK_BOT_TOKEN is not set")
	}
	_, _, err := a.api.PostMessageContext(ctx, cb.Channel.ID,
		slackapi.MsgOptionText(m.Text, false),
		slackapi.MsgOptionBlocks(m.Blocks...),
		slackapi.MsgOptionDisableLinkUnfurl(),
		slackapi.MsgOptionDisableMediaUnfurl(),
	)
	if err != nil {
		return fmt.Errorf("share via chat.postMessage: %w", err)
	}
	a.uploadChart(ctx, ans.Chart, cb.Channel.ID, "")
	return nil
}
