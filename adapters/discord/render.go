package discord

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/careerbot/careerbot/bot"
)

// Discord's limits on one message. Lengths count characters (runes).
const (
	maxContent     = 2000 // content of one message
	maxEmbeds      = 10   // embeds in one message
	maxMessageText = 6000 // titles, descriptions, field names and values and footers of all embeds in one message
	maxFields      = 25   // fields in one embed
	maxTitle       = 256
	maxDescription = 4096
	maxFieldName   = 256
	maxFieldValue  = 1024
	maxFooter      = 1024 // Discord allows 2,048; keeping it shorter leaves room for fields in every message
	maxChoices     = 25   // autocomplete choices
	maxChoiceText  = 100  // characters in an autocomplete choice's name and value
)

// blank is the zero-width space Discord accepts where a field name or value
// must not be empty; it pads rows of inline fields.
const blank = "\u200b"

// Colours of the embed's side bar, by answer kind.
var kindColor = map[bot.Kind]int{
	bot.KindCompare: 0x5865F2,
	bot.KindProfile: 0x57F287,
	bot.KindRanking: 0xFEE75C,
	bot.KindList:    0x3BA55C,
	bot.KindHelp:    0x99AAB5,
	bot.KindUnknown: 0xFAA61A,
	bot.KindHint:    0x99AAB5,
	bot.KindError:   0xED4245,
}

// reply is one Discord message of a rendered answer: embeds, or plain
// content when embeds cannot be used.
type reply struct {
	Content    string                       `json:"content,omitempty"`
	Embeds     []*discordgo.MessageEmbed    `json:"embeds,omitempty"`
	Components []discordgo.MessageComponent `json:"components,omitempty"` // the choices, on the first message
}

// noMentions is set on every message and interaction response: answers echo
// user text and career names, and none of it may ping @everyone, a role, a
// user or the author of the question being replied to.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// render lays an answer out as embeds, split over as many messages as
// Discord's limits require. It is a pure function of the answer.
func render(a bot.Answer) []reply {
	components, all := choiceComponents(a.Choices)
	if all {
		a.Lists = a.ListsBesideChoices()
	}
	out := renderEmbeds(a)
	out[0].Components = components
	return out
}

// renderEmbeds lays out the embeds of an answer.
func renderEmbeds(a bot.Answer) []reply {
	color := kindColor[a.Kind]
	head := &discordgo.MessageEmbed{
		Type:        discordgo.EmbedTypeRich,
		Title:       truncate(escape(a.Title), maxTitle),
		Description: truncate(escape(a.Summary), maxDescription),
		Color:       color,
	}
	if len(a.Sources) == 1 && a.Sources[0].URL != "" {
		head.URL = a.Sources[0].URL
	}
	footer := sourcesFooter(a.Sources)
	budget := maxMessageText - footerChars(footer)

	var out []reply
	cur := reply{Embeds: []*discordgo.MessageEmbed{head}}
	embed, used := head, embedChars(head)
	for _, b := range blocks(a) {
		size := fieldsChars(b)
		switch {
		case used+size > budget || (len(embed.Fields)+len(b) > maxFields && len(cur.Embeds) == maxEmbeds):
			out = append(out, cur)
			embed = &discordgo.MessageEmbed{Type: discordgo.EmbedTypeRich, Color: color}
			cur, used = reply{Embeds: []*discordgo.MessageEmbed{embed}}, 0
		case len(embed.Fields)+len(b) > maxFields:
			embed = &discordgo.MessageEmbed{Type: discordgo.EmbedTypeRich, Color: color}
			cur.Embeds = append(cur.Embeds, embed)
		}
		embed.Fields = append(embed.Fields, b...)
		used += size
	}
	if head.Title == "" && head.Description == "" && len(head.Fields) == 0 {
		head.Description = bot.NotGiven // Discord rejects empty embeds
	}
	embed.Footer = footer
	return append(out, cur)
}

// block is a run of fields that must stay in one embed: a row of inline
// columns in a comparison would otherwise wrap out of line.
type block []*discordgo.MessageEmbedField

// blocks turns the body of an answer into fields, in reading order.
func blocks(a bot.Answer) []block {
	var bs []block
	columns := a.Kind == bot.KindCompare && a.Table != nil && len(a.Table.Columns) > 1 && len(a.Table.Columns)-1 <= maxCompared
	for _, f := range a.Fields {
		value := escape(f.Value)
		if value == "" {
			value = bot.NotGiven
		}
		if f.Source != "" && len(a.Sources) > 1 {
			value += "\n*" + escape(f.Source) + "*"
		}
		// Beside a comparison's columns, figures go full width: inline
		// ones would share a line with the first columns and misalign them.
		bs = append(bs, block{{Name: fieldName(f.Label), Value: truncate(value, maxFieldValue), Inline: !columns}})
	}
	if t := a.Table; t != nil {
		if columns {
			bs = append(bs, comparisonBlocks(t)...)
		} else {
			bs = append(bs, tableBlocks(t, a.Kind == bot.KindRanking)...)
		}
	}
	for _, l := range a.Lists {
		bs = append(bs, listBlocks(l.Title, bullets(l.Items, escape))...)
	}
	if len(a.Suggestions) > 0 {
		bs = append(bs, listBlocks(suggestionsTitle(a.Kind), bullets(a.Suggestions, code))...)
	}
	return bs
}

// maxCompared is the most careers shown as side-by-side columns; wider
// comparisons are listed row by row instead.
const maxCompared = 6

// comparisonBlocks shows one inline column per career, each listing every
// row as "label: figure", so careers sit side by side. Rows are grouped so
// each column stays within a field's limit and a group of columns within
// one message; every group is padded to a multiple of three fields, the
// number Discord puts on one line.
func comparisonBlocks(t *bot.Table) []block {
	careers := t.Columns[1:]
	limit := min(maxFieldValue, (maxMessageText-maxFooter)/len(careers)-maxFieldName-1)
	var bs []block
	cols := make([][]string, len(careers))
	size := make([]int, len(careers))
	flush := func() {
		if len(cols[0]) == 0 {
			return
		}
		var b block
		for i, c := range careers {
			b = append(b, &discordgo.MessageEmbedField{Name: fieldName(c), Value: strings.Join(cols[i], "\n"), Inline: true})
			cols[i], size[i] = nil, 0
		}
		for len(b)%3 != 0 {
			b = append(b, &discordgo.MessageEmbedField{Name: blank, Value: blank, Inline: true})
		}
		bs = append(bs, b)
	}
	for _, r := range t.Rows {
		lines := make([]string, len(careers))
		fits := true
		for i := range careers {
			cell := bot.NotGiven
			if i < len(r.Cells) && r.Cells[i] != "" {
				cell = r.Cells[i]
			}
			lines[i] = truncate("**"+escape(r.Label)+":** "+escape(cell), limit)
			if size[i] > 0 && size[i]+1+runes(lines[i]) > limit {
				fits = false
			}
		}
		if !fits {
			flush()
		}
		for i, l := range lines {
			if size[i] > 0 {
				size[i]++ // the newline
			}
			cols[i] = append(cols[i], l)
			size[i] += runes(l)
		}
	}
	flush()
	return bs
}

// tableBlocks shows a table as one line per row under a header naming the
// columns; rankings number their rows.
func tableBlocks(t *bot.Table, numbered bool) []block {
	var header []string
	for _, c := range t.Columns {
		if c != "" {
			header = append(header, c)
		}
	}
	lines := make([]string, 0, len(t.Rows))
	for n, r := range t.Rows {
		cells := make([]string, len(r.Cells))
		for i, c := range r.Cells {
			if c == "" {
				c = bot.NotGiven
			}
			cells[i] = escape(c)
		}
		line := "**" + escape(r.Label) + "**"
		if numbered {
			line = strconv.Itoa(n+1) + ". " + line
		}
		if len(cells) > 0 {
			line += " — " + strings.Join(cells, " · ")
		}
		lines = append(lines, line)
	}
	return listBlocks(strings.Join(header, " · "), lines)
}

// listBlocks puts lines under a title, continuing in untitled fields when
// they outgrow one field's value.
func listBlocks(title string, lines []string) []block {
	var bs []block
	name := fieldName(title)
	var cur []string
	size := 0
	flush := func() {
		if len(cur) > 0 {
			bs = append(bs, block{{Name: name, Value: strings.Join(cur, "\n")}})
			name, cur, size = blank, nil, 0
		}
	}
	for _, l := range lines {
		l = truncate(l, maxFieldValue)
		if size > 0 && size+1+runes(l) > maxFieldValue {
			flush()
		}
		if size > 0 {
			size++
		}
		cur = append(cur, l)
		size += runes(l)
	}
	flush()
	return bs
}

func bullets(items []string, format func(string) string) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = "• " + format(it)
	}
	return out
}

// suggestionsTitle heads the follow-up questions, worded for the kind of answer.
func suggestionsTitle(k bot.Kind) string {
	switch k {
	case bot.KindUnknown:
		return "Did you mean"
	case bot.KindHint, bot.KindHelp:
		return "Try asking"
	default:
		return "Ask next"
	}
}

// sourcesFooter names every source of the answer; footers are plain text.
func sourcesFooter(sources []bot.Source) *discordgo.MessageEmbedFooter {
	if len(sources) == 0 {
		return nil
	}
	titles := make([]string, len(sources))
	for i, s := range sources {
		titles[i] = s.Title
	}
	label := "Source: "
	if len(sources) > 1 {
		label = "Sources: "
	}
	return &discordgo.MessageEmbedFooter{Text: truncate(label+strings.Join(titles, " · "), maxFooter)}
}

func fieldName(s string) string {
	if s == "" {
		return blank
	}
	return truncate(escape(s), maxFieldName)
}

func footerChars(f *discordgo.MessageEmbedFooter) int {
	if f == nil {
		return 0
	}
	return runes(f.Text)
}

// embedChars counts what Discord counts towards maxMessageText.
func embedChars(e *discordgo.MessageEmbed) int {
	n := runes(e.Title) + runes(e.Description) + fieldsChars(e.Fields)
	if e.Footer != nil {
		n += runes(e.Footer.Text)
	}
	if e.Author != nil {
		n += runes(e.Author.Name)
	}
	return n
}

func fieldsChars(fs []*discordgo.MessageEmbedField) int {
	n := 0
	for _, f := range fs {
		n += runes(f.Name) + runes(f.Value)
	}
	return n
}

// renderText is the plain-content fallback: the same answer as Discord
// markdown, split on line boundaries into messages under maxContent.
func renderText(a bot.Answer) []reply {
	var lines []string
	if a.Title != "" {
		lines = append(lines, "**"+escape(a.Title)+"**")
	}
	if a.Summary != "" {
		lines = append(lines, escape(a.Summary))
	}
	for _, f := range a.Fields {
		value := f.Value
		if value == "" {
			value = bot.NotGiven
		}
		line := "• " + escape(f.Label) + ": " + escape(value)
		if f.Source != "" && len(a.Sources) > 1 {
			line += " (" + escape(f.Source) + ")"
		}
		lines = append(lines, line)
	}
	if t := a.Table; t != nil {
		lines = append(lines, "")
		if len(t.Columns) > 1 {
			cols := make([]string, 0, len(t.Columns)-1)
			for _, c := range t.Columns[1:] {
				cols = append(cols, "**"+escape(c)+"**")
			}
			lines = append(lines, strings.Join(cols, " | "))
		}
		for n, r := range t.Rows {
			cells := make([]string, max(len(r.Cells), len(t.Columns)-1))
			for i := range cells {
				c := bot.NotGiven
				if i < len(r.Cells) && r.Cells[i] != "" {
					c = r.Cells[i]
				}
				cells[i] = escape(c)
			}
			prefix := "• "
			if a.Kind == bot.KindRanking {
				prefix = strconv.Itoa(n+1) + ". "
			}
			lines = append(lines, prefix+escape(r.Label)+": "+strings.Join(cells, " | "))
		}
	}
	for _, l := range a.Lists {
		lines = append(lines, "", "**"+escape(l.Title)+"**")
		lines = append(lines, bullets(l.Items, escape)...)
	}
	if len(a.Suggestions) > 0 {
		lines = append(lines, "", "**"+suggestionsTitle(a.Kind)+"**")
		lines = append(lines, bullets(a.Suggestions, code)...)
	}
	if f := sourcesFooter(a.Sources); f != nil {
		lines = append(lines, "-# "+escape(f.Text))
	}
	var out []reply
	for _, c := range splitLines(lines, maxContent) {
		out = append(out, reply{Content: c})
	}
	if len(out) == 0 {
		out = []reply{{Content: bot.NotGiven}}
	}
	return out
}

// splitLines joins lines into chunks of at most limit characters, breaking
// between lines where it can and inside a line only when one line alone is
// too long.
func splitLines(lines []string, limit int) []string {
	var chunks []string
	var b strings.Builder
	size := 0
	flush := func() {
		if s := strings.TrimSpace(b.String()); s != "" {
			chunks = append(chunks, s)
		}
		b.Reset()
		size = 0
	}
	for _, l := range lines {
		for runes(l) > limit {
			flush()
			cut := runeOffset(l, limit)
			chunks = append(chunks, l[:cut])
			l = l[cut:]
		}
		n := runes(l)
		if size > 0 && size+1+n > limit {
			flush()
		}
		if size > 0 {
			b.WriteByte('\n')
			size++
		}
		b.WriteString(l)
		size += n
	}
	flush()
	return chunks
}

// escape keeps text from the answer (which may echo the user's words) from
// being read as Discord markdown: emphasis, code, spoilers, links, quotes
// and headings.
func escape(s string) string {
	var b strings.Builder
	lineStart := true
	for _, r := range s {
		switch {
		case strings.ContainsRune("\\*_~`|[]", r):
			b.WriteByte('\\')
		case lineStart && strings.ContainsRune("#>-", r):
			b.WriteByte('\\')
		}
		b.WriteRune(r)
		lineStart = r == '\n'
	}
	return b.String()
}

// code shows a suggested question as inline code, ready to copy.
func code(s string) string {
	return "`" + strings.ReplaceAll(s, "`", "'") + "`"
}

// truncate cuts s to at most max characters, marking the cut with an ellipsis.
func truncate(s string, max int) string {
	if runes(s) <= max {
		return s
	}
	cut := strings.TrimRight(s[:runeOffset(s, max-1)], "\\")
	return cut + "…"
}

func runes(s string) int { return utf8.RuneCountInString(s) }

// runeOffset is the byte offset of the n-th rune of s.
func runeOffset(s string, n int) int {
	i := 0
	for off := range s {
		if i == n {
			return off
		}
		i++
	}
	return len(s)
}
