package bot

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Text renders an answer as plain text with aligned columns, for a terminal.
func Text(a Answer) string {
	var b strings.Builder
	if a.Title != "" { // small talk has none: one friendly line
		b.WriteString(a.Title + "\n")
	}
	if a.Summary != "" {
		b.WriteString(a.Summary + "\n")
	}
	if len(a.Fields) > 0 {
		b.WriteString("\n")
		width := 0
		for _, f := range a.Fields {
			width = max(width, utf8.RuneCountInString(f.Label))
		}
		for _, f := range a.Fields {
			b.WriteString("  " + pad(f.Label+":", width+1) + " " + f.Value + "\n")
		}
	}
	if t := a.Table; t != nil && len(t.Rows) > 0 {
		// Rows with a long cell (race ratios) would widen every column:
		// they follow the table, one line per column.
		var short, long []Row
		for _, r := range t.Rows {
			if maxLen(r.Cells) > wideCell {
				long = append(long, r)
			} else {
				short = append(short, r)
			}
		}
		b.WriteString("\n")
		writeTable(&b, t.Columns, short)
		for _, r := range long {
			b.WriteString("  " + r.Label + ":\n")
			for i, c := range r.Cells {
				if i+1 < len(t.Columns) {
					b.WriteString("    " + t.Columns[i+1] + ": " + c + "\n")
				}
			}
		}
	}
	for _, l := range a.Lists {
		b.WriteString("\n" + l.Title + ":\n")
		numbered := isChoiceList(l, a.Choices)
		for i, it := range l.Items {
			if numbered {
				// The terminal takes the number as the next question.
				b.WriteString(fmt.Sprintf("  %d. %s\n", i+1, it))
			} else {
				b.WriteString("  • " + it + "\n")
			}
		}
		if numbered {
			b.WriteString("  (reply with a number to ask about one of them)\n")
		}
	}
	if len(a.Sources) > 0 {
		var names []string
		for _, s := range a.Sources {
			if s.URL != "" {
				names = append(names, s.Title+" <"+s.URL+">")
			} else {
				names = append(names, s.Title)
			}
		}
		b.WriteString("\nSource: " + strings.Join(names, "; ") + "\n")
	}
	if len(a.Suggestions) > 0 {
		b.WriteString("\nTry: " + strings.Join(quoteAll(a.Suggestions), " · ") + "\n")
	}
	return b.String()
}

// wideCell is the cell length past which a row is shown outside the table.
const wideCell = 40

func maxLen(cells []string) int {
	n := 0
	for _, c := range cells {
		n = max(n, utf8.RuneCountInString(c))
	}
	return n
}

// writeTable writes rows under columns, aligned.
func writeTable(b *strings.Builder, columns []string, rows []Row) {
	if len(rows) == 0 {
		return
	}
	widths := make([]int, len(columns))
	for i, c := range columns {
		widths[i] = utf8.RuneCountInString(c)
	}
	for _, r := range rows {
		widths[0] = max(widths[0], utf8.RuneCountInString(r.Label))
		for i, c := range r.Cells {
			if i+1 < len(widths) {
				widths[i+1] = max(widths[i+1], utf8.RuneCountInString(c))
			}
		}
	}
	line := func(cells []string) {
		var parts []string
		for i, c := range cells {
			if i < len(widths) {
				parts = append(parts, pad(c, widths[i]))
			}
		}
		b.WriteString("  " + strings.TrimRight(strings.Join(parts, "  "), " ") + "\n")
	}
	line(columns)
	for _, r := range rows {
		line(append([]string{r.Label}, r.Cells...))
	}
}

func pad(s string, width int) string {
	if n := utf8.RuneCountInString(s); n < width {
		return s + strings.Repeat(" ", width-n)
	}
	return s
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = "\"" + s + "\""
	}
	return out
}
