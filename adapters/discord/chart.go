package discord

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/careerbot/careerbot/adapters/guard"
	"github.com/careerbot/careerbot/bot"
	"github.com/careerbot/careerbot/chart"
)

// Pay charts go out after the answer's text: the text never waits for a
// picture, and a chart that fails leaves the answer as it was. The chart is
// attached to the answer's first message and shown as the image of its last
// embed.

// chartFile draws a pay chart as the attachment the embed points at.
func chartFile(c *bot.Chart) (*discordgo.File, error) {
	data, err := chart.PNG(c)
	if err != nil {
		return nil, err
	}
	return &discordgo.File{Name: chart.Filename, ContentType: "image/png", Reader: bytes.NewReader(data)}, nil
}

// withChart returns a copy of embeds whose last embed shows the attached chart.
func withChart(embeds []*discordgo.MessageEmbed) []*discordgo.MessageEmbed {
	out := append([]*discordgo.MessageEmbed(nil), embeds...)
	if len(out) == 0 {
		return out
	}
	last := *out[len(out)-1]
	last.Image = &discordgo.MessageEmbedImage{URL: "attachment://" + chart.Filename}
	out[len(out)-1] = &last
	return out
}

// attachChartToResponse adds the pay chart to an interaction's response,
// whose embeds were sent as embeds.
func (a *Adapter) attachChartToResponse(ctx context.Context, i *discordgo.Interaction, embeds []*discordgo.MessageEmbed, c *bot.Chart) {
	if c == nil || len(embeds) == 0 || a.chartPause.skip(time.Now()) {
		return
	}
	release, ok := a.chartSlot()
	if !ok {
		return // charts are extra: past the bound the answer stays text
	}
	defer release()
	defer guard.Recover(a.log, "discord chart") // a chart that cannot be drawn leaves the answer as it is
	if err := a.apiResolves(ctx); err != nil {
		a.chartSent(err, "")
		return
	}
	f, err := chartFile(c)
	if err != nil {
		a.log.Error("discord: draw chart", "command", commandName(i), "err", err)
		return
	}
	e := withChart(embeds)
	edit := &discordgo.WebhookEdit{Embeds: &e, Files: []*discordgo.File{f}, AllowedMentions: noMentions()}
	_, err = a.session.InteractionResponseEdit(i, edit, discordgo.WithContext(ctx))
	a.chartSent(err, "discord: attach chart to interaction response", "command", commandName(i))
}

// attachChartToMessage adds the pay chart to a message the bot sent with embeds.
func (a *Adapter) attachChartToMessage(ctx context.Context, m *discordgo.Message, embeds []*discordgo.MessageEmbed, c *bot.Chart) {
	if c == nil || m == nil || len(embeds) == 0 || a.chartPause.skip(time.Now()) {
		return
	}
	release, ok := a.chartSlot()
	if !ok {
		return
	}
	defer release()
	defer guard.Recover(a.log, "discord chart") // a chart that cannot be drawn leaves the answer as it is
	if err := a.apiResolves(ctx); err != nil {
		a.chartSent(err, "")
		return
	}
	f, err := chartFile(c)
	if err != nil {
		a.log.Error("discord: draw chart", "channel", m.ChannelID, "err", err)
		return
	}
	e := withChart(embeds)
	edit := &discordgo.MessageEdit{ID: m.ID, Channel: m.ChannelID, Embeds: &e, Files: []*discordgo.File{f}, AllowedMentions: noMentions()}
	if _, err := a.session.ChannelMessageEditComplex(edit, discordgo.WithContext(ctx)); err != nil {
		// Most often the bot lacks the Attach Files permission.
		a.chartSent(fmt.Errorf("edit message %s: %w", m.ID, err), "discord: attach chart to message", "channel", m.ChannelID)
		return
	}
	a.chartSent(nil, "")
}

// chartSent logs a chart that could not be attached, with msg and attrs,
// or the pause in charts that the failure starts (see chartPause).
func (a *Adapter) chartSent(err error, msg string, attrs ...any) {
	if err == nil {
		a.chartPause.succeeded()
		return
	}
	pause, skipped := a.chartPause.failed(time.Now(), err)
	switch {
	case pause > 0:
		a.log.Warn("discord: cannot reach the API to attach pay charts; charts paused", append(attrs, "for", pause.String(), "skipped_in_last_pause", skipped, "err", err)...)
	case isREST(err):
		a.log.Warn(msg, append(attrs, "err", err)...)
	}
}

// apiResolves looks up the API's host unless a chart reached the API
// since the last failure: drawing a chart takes some 2 MB and 7 ms, wasted
// when the host cannot even be resolved (a server with no way out, as in
// a benchmark). A lookup error starts a pause in charts as a failed
// attachment does.
func (a *Adapter) apiResolves(ctx context.Context) error {
	if a.chartPause.known() {
		return nil
	}
	host := "discord.com"
	if a.cfg.APIBase != "" {
		if u, err := url.Parse(a.cfg.APIBase); err == nil {
			host = u.Hostname()
		}
	}
	ctx, cancel := context.WithTimeout(ctx, apiLookupTimeout)
	defer cancel()
	lookup := net.DefaultResolver.LookupHost
	if a.lookupHost != nil {
		lookup = a.lookupHost
	}
	if _, err := lookup(ctx, host); err != nil {
		return fmt.Errorf("look up %s: %w", host, err)
	}
	return nil
}

// apiLookupTimeout bounds the look-up of the API's host before a chart.
const apiLookupTimeout = 5 * time.Second

// maxChartsInFlight bounds the pay charts being drawn and attached at once:
// a chart waits on Discord's API after the answer is out, and a slow API
// must not pile up goroutines and pictures in memory.
const maxChartsInFlight = 16

// chartSlot takes one of the chart slots, or reports that none is free.
func (a *Adapter) chartSlot() (release func(), ok bool) {
	select {
	case a.charts <- struct{}{}:
		return func() { <-a.charts }, true
	default:
		return nil, false
	}
}

// isREST reports whether err is Discord answering with an error.
func isREST(err error) bool {
	_, ok := errors.AsType[*discordgo.RESTError](err)
	return ok
}
