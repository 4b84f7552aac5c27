// Package chart draws the bot's pay charts as PNG pictures sized for chat,
// in pure Go: gonum.org/v1/plot's vector graphics and image canvas, and the
// Go fonts. The data comes from bot.Chart; adapters and the command line
// deliver the picture.
//
// It uses gonum's drawing packages (vg, vg/draw, vg/vgimg) and not the plot
// package itself: importing gonum.org/v1/plot links in its PDF, SVG, EPS and
// TeX backends and twelve Liberation fonts, 6 MB more binary (+8.2 MB in
// all instead of +2.1 MB) for a bar chart whose axis takes thirty lines to
// draw.
package chart
