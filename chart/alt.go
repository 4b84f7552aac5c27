package chart

import (
	"strings"

	"github.com/careerbot/careerbot/bot"
)

// maxAlt bounds the alternative text; Slack takes up to 1,000 characters.
const maxAlt = 1000

// AltText describes a chart in words for those who cannot see it (Slack's
// alt_txt): each career's figures as published, then the sources.
func AltText(c *bot.Chart) string {
	if c == nil {
		return ""
	}
	parts := []string{c.Title + "."}
	for _, b := range c.Bars {
		var figs []string
		if b.Kind == bot.BarAverage {
			if !b.Average.Missing {
				figs = append(figs, "average "+b.Average.Text)
			}
			if !b.Low.Missing {
				figs = append(figs, "range "+b.Low.Text+" to "+b.High.Text)
			}
		} else {
			for i, v := range b.Percentiles {
				if !v.Missing {
					figs = append(figs, bot.PercentileNames[i]+" "+v.Text)
				}
			}
		}
		parts = append(parts, b.Career+": "+strings.Join(figs, ", ")+".")
	}
	var srcs []string
	for _, s := range c.Sources {
		srcs = append(srcs, s.Title)
	}
	if len(srcs) > 0 {
		parts = append(parts, "Source: "+strings.Join(srcs, "; ")+".")
	}
	alt := strings.Join(parts, " ")
	if r := []rune(alt); len(r) > maxAlt {
		alt = string(r[:maxAlt-1]) + "…"
	}
	return alt
}
