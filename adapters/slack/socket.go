package slack

import (
	"context"
	"fmt"

	slackapi "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"

	"github.com/careerbot/careerbot/adapters/guard"
)

// Run connects to Slack in Socket Mode when an app token is configured and
// answers slash commands, mentions, direct messages and share clicks until
// ctx ends, reconnecting whenever the socket drops. It returns nil when ctx
// ends, and an error only when Slack refuses the connection for good (a
// revoked or wrong app token). Without an app token it serves nothing
// itself and returns when ctx ends. Either way it returns only once the
// answers still being delivered (late slash command answers, mentions,
// share clicks) are out, so that shutting down loses none.
func (a *Adapter) Run(ctx context.Context) error {
	// Answers run on their own goroutines, detached from ctx so that
	// shutting down lets them finish; Run waits for them.
	defer a.drain()
	if a.cfg.AppToken == "" {
		<-ctx.Done()
		return nil
	}
	sm := socketmode.New(a.api, socketmode.OptionLog(logOutput{a.log}))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	runErr := make(chan error, 1)
	go func() {
		defer guard.Recover(a.log, "slack socket mode")
		runErr <- sm.RunContext(ctx)
	}()
	for {
		select {
		case <-ctx.Done():
			<-runErr
			a.connected.Store(false)
			return nil
		case err := <-runErr:
			a.connected.Store(false)
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("slack socket mode: %w", err)
		case evt := <-sm.Events:
			a.handleSocketEvent(ctx, sm, evt)
		}
	}
}

// handleSocketEvent acknowledges every envelope from Slack and starts the
// answer to those that ask something.
func (a *Adapter) handleSocketEvent(ctx context.Context, sm *socketmode.Client, evt socketmode.Event) {
	switch evt.Type {
	case socketmode.EventTypeConnecting:
		a.connected.Store(false)
		if ce, ok := evt.Data.(*slackapi.ConnectingEvent); ok && ce.ConnectionCount > 0 && ce.Attempt == 1 {
			a.log.Warn("socket mode connection lost; reconnecting")
		}
	case socketmode.EventTypeConnectionError:
		a.connected.Store(false)
		if ce, ok := evt.Data.(*slackapi.ConnectionErrorEvent); ok {
			a.log.Warn("socket mode connection failed", "attempt", ce.Attempt, "retry_in", ce.Backoff, "err", ce.ErrorObj)
		}
	case socketmode.EventTypeInvalidAuth:
		a.log.Error("socket mode: Slack rejected SLACK_APP_TOKEN")
	case socketmode.EventTypeConnected:
		a.connected.Store(true)
		ce, _ := evt.Data.(*socketmode.ConnectedEvent)
		if ce == nil || ce.ConnectionCount == 0 {
			a.log.Info("socket mode connected")
			return
		}
		a.log.Info("socket mode reconnected", "reconnects", ce.ConnectionCount)
		if a.cfg.OnReconnect != nil {
			a.cfg.OnReconnect()
		}
	case socketmode.EventTypeEventsAPI:
		a.ack(ctx, sm, evt.Request, nil)
		ev, ok := evt.Data.(slackevents.EventsAPIEvent)
		if !ok {
			return
		}
		q, ok := questionFrom(ev)
		if !ok {
			return
		}
		a.spawn(func() {
			ctx, cancel := detach(ctx)
			defer cancel()
			if err := a.answerQuestion(ctx, q); err != nil {
				a.logFailure("answer event", err, "event_id", q.eventID)
			}
		})
	case socketmode.EventTypeSlashCommand:
		cmd, ok := evt.Data.(slackapi.SlashCommand)
		if !ok {
			a.ack(ctx, sm, evt.Request, nil)
			return
		}
		a.spawn(func() { a.socketCommand(ctx, sm, evt.Request, cmd) })
	case socketmode.EventTypeInteractive:
		a.ack(ctx, sm, evt.Request, nil)
		cb, ok := evt.Data.(slackapi.InteractionCallback)
		if !ok {
			return
		}
		a.interaction(ctx, cb)
	case socketmode.EventTypeIncomingError, socketmode.EventTypeErrorWriteFailed:
		a.log.Warn("socket mode error", "type", evt.Type, "err", socketErr(evt.Data))
	case socketmode.EventTypeErrorBadMessage:
		// The message itself may hold what users typed: log only why.
		a.log.Warn("socket mode message not understood", "err", socketErr(evt.Data))
	}
}

// socketCommand answers a slash command in its acknowledgement, as Slack
// asks for. An answer too late or too large for that goes to the
// response_url instead.
func (a *Adapter) socketCommand(ctx context.Context, sm *socketmode.Client, req *socketmode.Request, cmd slackapi.SlashCommand) {
	ctx, cancel := detach(ctx)
	release, ok := a.limit.TryAcquire()
	if !ok {
		defer cancel()
		a.shed()
		if req != nil {
			if err := sm.AckCtx(ctx, req.EnvelopeID, busyReply()); err != nil {
				a.log.Warn("socket mode acknowledgement failed", "err", err)
			}
		}
		return
	}
	rep, inTime := within(a.spawn, a.ackWait,
		func() reply {
			defer release()
			return a.commandReply(ctx, cmd.Text, conversationKey(cmd.TeamID, cmd.ChannelID, "", cmd.UserID))
		},
		func(late reply) {
			defer cancel()
			if err := a.postToResponseURL(ctx, cmd.ResponseURL, late); err != nil {
				a.logFailure("post late slash command answer", err)
				return
			}
			a.uploadChart(ctx, late.chart, cmd.ChannelID, "")
		})
	if !inTime {
		a.ack(ctx, sm, req, nil)
		return
	}
	defer cancel()
	if req == nil {
		return
	}
	err := sm.AckCtx(ctx, req.EnvelopeID, rep.withShareBlock())
	if err == nil {
		a.uploadChart(ctx, rep.chart, cmd.ChannelID, "")
		return
	}
	a.log.Warn("slash command answer not sent in acknowledgement; using response_url", "err", err)
	a.ack(ctx, sm, req, nil)
	if err := a.postToResponseURL(ctx, cmd.ResponseURL, rep); err != nil {
		a.logFailure("post slash command answer", err)
		return
	}
	a.uploadChart(ctx, rep.chart, cmd.ChannelID, "")
}

// ack acknowledges one envelope, so that Slack does not send it again.
func (a *Adapter) ack(ctx context.Context, sm *socketmode.Client, req *socketmode.Request, payload any) {
	if req == nil || req.EnvelopeID == "" {
		return
	}
	if err := sm.AckCtx(ctx, req.EnvelopeID, payload); err != nil {
		a.log.Warn("socket mode acknowledgement failed", "err", err)
	}
}

// socketErr pulls the error out of the socketmode client's error events.
func socketErr(data any) error {
	switch d := data.(type) {
	case *slackapi.IncomingEventError:
		return d.ErrorObj
	case *socketmode.ErrorWriteFailed:
		return d.Cause
	case *socketmode.ErrorBadMessage:
		return d.Cause
	case error:
		return d
	}
	return nil
}
