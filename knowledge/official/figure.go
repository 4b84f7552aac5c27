package official

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// errValue is wrapped by errors about a cell that is neither a number nor one
// of the published special marks.
var errValue = fmt.Errorf("not a number or a published mark")

// notPublished reports whether a cell is one of the marks the agencies use
// for a figure they do not publish: OEWS "*" (wages) and "**" (employment),
// the projections' "—", O*NET's "n/a", or nothing at all.
func notPublished(s string) bool {
	switch s {
	case "", "*", "**", "—", "–", "n/a":
		return true
	}
	return false
}

// topCoded reports whether a cell is OEWS's "#": a wage at or above the top
// figure it publishes.
func topCoded(s string) bool { return s == "#" }

// parseNumber reads a figure stored as a number ("3282010", "45") or as
// displayed text ("3,282,010", "$45.00").
func parseNumber(s string) (float64, error) {
	t := strings.ReplaceAll(strings.TrimPrefix(s, "$"), ",", "")
	if neg, ok := strings.CutPrefix(t, "−"); ok { // U+2212, in some typeset tables
		t = "-" + neg
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("%q: %w", s, errValue)
	}
	return v, nil
}

// formatNumber prints v with the given decimals and thousands separators:
// formatNumber(3282010, 0) = "3,282,010", formatNumber(45, 2) = "45.00".
func formatNumber(v float64, decimals int) string {
	if p := math.Pow10(decimals); math.Round(v*p) == 0 {
		v = 0 // no "-0.0"
	}
	s := strconv.FormatFloat(v, 'f', decimals, 64)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	b.Grow(len(s) + len(s)/3 + 1)
	b.WriteString(sign)
	for i, d := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	if hasFrac {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}
