package slack

import (
	"bytes"
	"context"
	"errors"
	"log/slog"

	slackapi "github.com/slack-go/slack"

	"github.com/careerbot/careerbot/bot"
	"github.com/careerbot/careerbot/chart"
)

// postsCharts reports whether charts can go to channel: they need the
// Web API, and a channel to post in.
func (a *Adapter) postsCharts(channel string) bool {
	return a.api != nil && channel != ""
}

// uploadChart posts an answer's pay chart after its text, in the same
// conversation and thread, with the files API (the bot token needs the
// files:write scope). It runs on a goroutine of its own (spawn: recovered,
// waited for on shutdown) so that the text, and the acknowledgement Slack
// waits for, never wait for the picture; without a bot token, a chart or a
// channel the answer stays text only. The upload goes through call, like
// every Web API call: retried after a 429 or a 5xx, never after a transport
// error.
func (a *Adapter) uploadChart(ctx context.Context, c *bot.Chart, channel, threadTS string) {
	if c == nil || !a.postsCharts(channel) {
		return
	}
	a.spawn(func() {
		ctx, cancel := detach(ctx)
		defer cancel()
		data, err := chart.PNG(c)
		if err != nil {
			a.log.Error("draw chart", "err", err)
			return
		}
		err = a.call(ctx, func(ctx context.Context) error {
			_, err := a.api.UploadFileContext(ctx, slackapi.UploadFileParameters{
				Reader:          bytes.NewReader(data), // a fresh reader for each try
				FileSize:        len(data),
				Filename:        chart.Filename,
				Title:           c.Title,
				AltTxt:          chart.AltText(c),
				Channel:         channel,
				ThreadTimestamp: threadTS,
			})
			return err
		})
		if err == nil {
			return
		}
		if se, ok := errors.AsType[slackapi.SlackErrorResponse](err); ok && se.Err == "missing_scope" {
			// The app was installed before files:write was added: every
			// chart would fail the same way, and the answers still go out.
			a.logOnce("chart missing_scope", slog.LevelWarn,
				"pay charts are not posted: the app lacks the files:write scope (missing_scope); add it and reinstall")
			return
		}
		a.logFailure("upload chart", err, "channel", channel)
	})
}
