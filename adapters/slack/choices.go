package slack

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	slackapi "github.com/slack-go/slack"

	"github.com/careerbot/careerbot/bot"
)

// conversationKey names the conversation of one user in one channel, DM or
// thread of one workspace, for follow-up questions. Without a user there
// is no conversation to keep: "".
func conversationKey(team, channel, thread, user string) string {
	if user == "" || channel == "" {
		return ""
	}
	return "slack:" + team + ":" + channel + ":" + thread + ":" + user
}

// inherit passes the conversation of user at the channel's top level on
// to the thread the answer opened, so that a follow-up asked in the thread
// keeps the context; the two go their own ways afterwards.
func (a *Adapter) inherit(ctx context.Context, team, channel, thread, user string) {
	if a.cfg.Conversations == nil || thread == "" {
		return
	}
	from, to := conversationKey(team, channel, "", user), conversationKey(team, channel, thread, user)
	if from == "" {
		return
	}
	if c, ok := a.cfg.Conversations.Get(ctx, from); ok {
		a.cfg.Conversations.Put(ctx, to, c)
	}
}

// Choices: careers a question may have meant, shown as buttons (up to
// maxChoiceButtons) or one static select. A click asks the choice's
// question again, in the clicker's conversation, and the answer replaces
// the message.
const (
	choiceActionID   = "careerbot_choice" // the select; buttons add _0, _1, …
	choiceBlockID    = "careerbot_choices"
	maxChoiceButtons = 5
	maxChoiceLabel   = 75  // a button's or an option's text
	maxOptionValue   = 150 // a static select option's value
	maxOptions       = 100 // options in a static select
)

// threadPattern matches a Slack message timestamp, the only thing a
// choices block carries besides the questions.
var threadPattern = regexp.MustCompile(`^[0-9]{1,20}\.[0-9]{1,10}$`)

// choiceValue is what a click on c sends back: the question asked about
// the chosen career, or when that is too long the career's name (which
// asks for its profile). ok is false when neither fits in n characters.
// Whatever comes back is asked like a typed question: it is never trusted
// further than that.
func choiceValue(c bot.Choice, n int) (string, bool) {
	for _, v := range []string{strings.TrimSpace(c.Question), strings.ToLower(strings.TrimSpace(c.Label))} {
		if v != "" && len(v) <= n {
			return v, true
		}
	}
	return "", false
}

// choiceLabel is a choice's label as its button shows it; "" when nothing
// of it shows (blank, or control characters only).
func choiceLabel(c bot.Choice) string {
	return clipRunes(strings.TrimSpace(plainSafe(c.Label)), maxChoiceLabel)
}

// choicesBlock lays out ans.Choices as buttons or a static select. all
// reports whether every choice could be offered, so the list repeating
// them can be left out.
func choicesBlock(choices []bot.Choice, thread string) (blk *slackapi.ActionBlock, all bool) {
	blockID := choiceBlockID
	if threadPattern.MatchString(thread) {
		blockID += ":" + thread
	}
	all = true
	if len(choices) <= maxChoiceButtons {
		var buttons []slackapi.BlockElement
		for i, c := range choices {
			v, ok := choiceValue(c, maxButtonValue)
			label := choiceLabel(c)
			if !ok || label == "" {
				all = false
				continue
			}
			buttons = append(buttons, slackapi.NewButtonBlockElement(choiceActionID+"_"+strconv.Itoa(i), v, plainText(label)))
		}
		if len(buttons) == 0 {
			return nil, false
		}
		return slackapi.NewActionBlock(blockID, buttons...), all
	}
	var options []*slackapi.OptionBlockObject
	for _, c := range choices {
		v, ok := choiceValue(c, maxOptionValue)
		label := choiceLabel(c)
		if !ok || label == "" || len(options) == maxOptions {
			all = false
			continue
		}
		options = append(options, slackapi.NewOptionBlockObject(v, plainText(label), nil))
	}
	if len(options) == 0 {
		return nil, false
	}
	sel := slackapi.NewOptionsSelectBlockElement(slackapi.OptTypeStatic, plainText("Choose a career"), choiceActionID, options...)
	return slackapi.NewActionBlock(blockID, sel), all
}

// choice is a click on a choice: the question to ask and the thread of
// the conversation it belongs to.
type choice struct {
	question string
	thread   string
}

// choiceClick returns the choice a block_actions click picked.
func choiceClick(cb slackapi.InteractionCallback) (choice, bool) {
	if cb.Type != slackapi.InteractionTypeBlockActions {
		return choice{}, false
	}
	for _, act := range cb.ActionCallback.BlockActions {
		if act == nil || !strings.HasPrefix(act.ActionID, choiceActionID) {
			continue
		}
		v := act.Value
		if act.ActionID == choiceActionID {
			v = act.SelectedOption.Value
		}
		if strings.TrimSpace(v) == "" {
			return choice{}, false
		}
		c := choice{question: v}
		if t, ok := strings.CutPrefix(act.BlockID, choiceBlockID+":"); ok && threadPattern.MatchString(t) {
			c.thread = t
		}
		return c, true
	}
	return choice{}, false
}

// interaction starts the work a click asks for: sharing an answer, or
// answering a choice.
func (a *Adapter) interaction(ctx context.Context, cb slackapi.InteractionCallback) {
	if q, ok := shareQuestion(cb); ok {
		a.spawn(func() {
			ctx, cancel := detach(ctx)
			defer cancel()
			if err := a.share(ctx, cb, q); err != nil {
				a.logFailure("share answer", err)
			}
		})
		return
	}
	if c, ok := choiceClick(cb); ok {
		a.spawn(func() {
			ctx, cancel := detach(ctx)
			defer cancel()
			if err := a.choose(ctx, cb, c); err != nil {
				a.logFailure("answer choice", err)
			}
		})
	}
}

// choose answers the question a choice asks and puts the answer in place
// of the message the choice was on: through the response_url Slack gives
// with the click, or chat.update when it gave none. While every answer
// slot is taken it says so privately instead.
func (a *Adapter) choose(ctx context.Context, cb slackapi.InteractionCallback, c choice) error {
	release, ok := a.limit.TryAcquire()
	if !ok {
		a.shed()
		return a.shareBusy(ctx, cb)
	}
	q := cleanQuestion(c.question, "")
	channel := cb.Channel.ID
	if channel == "" {
		channel = cb.Container.ChannelID
	}
	ans := a.ask(ctx, q, conversationKey(cb.Team.ID, channel, c.thread, cb.User.ID))
	release()
	thread := cb.Container.ThreadTs
	if thread == "" {
		thread = cb.Message.ThreadTimestamp
	}
	if c.thread == "" {
		a.inherit(ctx, cb.Team.ID, channel, thread, cb.User.ID)
	}
	opts := renderOptions{Choices: true, Thread: c.thread}
	ephemeral := cb.Container.IsEphemeral
	if ephemeral {
		opts.ShareQuestion = q
	}
	m := a.renderCached(ans, opts)
	ts := cb.Container.MessageTs
	if ts == "" {
		ts = cb.Message.Timestamp
	}
	switch {
	case cb.ResponseURL != "":
		msg := &slackapi.WebhookMessage{ReplaceOriginal: true, Text: m.Text, Blocks: &slackapi.Blocks{BlockSet: m.Blocks}}
		if err := a.call(ctx, func(ctx context.Context) error {
			return hideURL(slackapi.PostWebhookCustomHTTPContext(ctx, cb.ResponseURL, a.http, msg))
		}); err != nil {
			return fmt.Errorf("replace via response_url: %w", err)
		}
	case a.api != nil && ts != "" && channel != "":
		if err := a.call(ctx, func(ctx context.Context) error {
			_, _, _, err := a.api.UpdateMessageContext(ctx, channel, ts,
				slackapi.MsgOptionText(m.Text, false), slackapi.MsgOptionBlocks(m.Blocks...))
			return err
		}); err != nil {
			return fmt.Errorf("chat.update: %w", err)
		}
	default:
		return fmt.Errorf("choice: no response_url, and no message to update")
	}
	if !ephemeral {
		a.uploadChart(ctx, ans.Chart, channel, thread)
	}
	return nil
}
