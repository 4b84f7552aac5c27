package slack

import (
	"bytes"
	"context"

	slackapi "github.com/slack-go/slack"

	"github.com/careerbot/careerbot/bot"
	"github.com/careerbot/careerbot/chart"
)

// uploadChart posts an answer's pay chart after its text, in the same
// conversation and thread, with the files API (the bot token needs the
// files:write scope). It runs on its own goroutine so that the text, and
// the acknowledgement Slack waits for, never wait for the picture; without
// a bot token, a chart or a channel the answer stays text only.
func (a *Adapter) uploadChart(ctx context.Context, c *bot.Chart, channel, threadTS string) {
	if c == nil || a.api == nil || channel == "" {
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
		_, err = a.api.UploadFileContext(ctx, slackapi.UploadFileParameters{
			Reader:          bytes.NewReader(data),
			FileSize:        len(data),
			Filename:        chart.Filename,
			Title:           c.Title,
			AltTxt:          chart.AltText(c),
			Channel:         channel,
			ThreadTimestamp: threadTS,
		})
		if err != nil {
			// missing_scope: the app was installed before files:write was added.
			a.log.Warn("upload chart", "channel", channel, "err", err)
		}
	})
}
