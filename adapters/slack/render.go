package slack

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	slackapi "github.com/slack-go/slack"

	"github.com/careerbot/careerbot/bot"
)

// Block Kit limits (https://api.slack.com/reference/block-kit). The message
// budgets sit well below Slack's ceilings: about 12,000 characters for a
// message, and 20 KB for a Socket Mode acknowledgement that carries one.
const (
	maxBlocks         = 50
	maxSectionText    = 3000
	maxFieldText      = 2000
	maxFields         = 10
	maxHeaderText     = 150
	maxContextText    = 2000
	maxButtonValue    = 2000
	maxMessageChars   = 8000
	maxMessageBytes   = 16000
	maxFallbackText   = 500
	maxEchoedQuestion = 300
	maxSuggestions    = 5
)

// shareActionID names the "Share in channel" button in interaction payloads.
const shareActionID = "careerbot_share"

// message is a rendered answer: Block Kit blocks plus the plain-text
// fallback Slack shows in notifications.
type message struct {
	Text   string           `json:"text"`
	Blocks []slackapi.Block `json:"blocks"`
	// encoded holds the JSON of each of Blocks, made while measuring them
	// against the budget: the reply reuses it instead of encoding the
	// blocks again. Nil when unknown (a message not made by render).
	encoded [][]byte
	// textJSON is Text as a JSON string, made with the card so that a
	// reply does not encode it again; nil when unknown.
	textJSON []byte
}

// renderOptions are the parts of a message that depend on where it goes
// rather than on the answer.
type renderOptions struct {
	// ShareQuestion, when set, adds a "Share in channel" button whose value
	// is the question, so the shared copy can be answered afresh.
	ShareQuestion string
	// SharedBy and Question, when SharedBy is set, add a line saying who
	// shared the answer and what they asked.
	SharedBy string
	Question string
	// Choices shows the answer's choices as buttons (or a select) in
	// place of the list naming them. Thread is the thread of the
	// conversation the answer belongs to, which a click comes back with.
	Choices bool
	Thread  string
}

// render lays out ans as Block Kit within Slack's limits. It is a pure
// function of its arguments. Every piece of text is escaped: the router
// echoes user input (an unknown career name, say), and an unescaped
// "<!channel>" would notify a whole channel.
func render(ans bot.Answer, opts renderOptions) message {
	share := shareButtonFor(ans.Kind, opts.ShareQuestion)
	opts.ShareQuestion = ""
	return renderCard(ans, opts, share.cost).withShare(share)
}

// renderCard lays out ans as render does, without the share button: room
// is left for one that costs reserve. The layout depends on the question
// only through that cost, so a card can be kept and shared by everyone who
// gets the same answer (see cards.go).
func renderCard(ans bot.Answer, opts renderOptions, reserve blockCost) message {
	ans = visibleAnswer(ans)
	b := budget{blocks: maxBlocks, chars: maxMessageChars, bytes: maxMessageBytes}

	var head, tail []slackapi.Block
	if userIDPattern.MatchString(opts.SharedBy) {
		head = append(head, contextBlock(fmt.Sprintf("<@%s> shared an answer to “%s”",
			opts.SharedBy, clip(escape(opts.Question), maxEchoedQuestion))))
	}
	if title := strings.TrimSpace(ans.Title); title != "" {
		head = append(head, slackapi.NewHeaderBlock(plainText(clipRunes(plainSafe(title), maxHeaderText))))
	}
	if summary := strings.TrimSpace(ans.Summary); summary != "" {
		head = append(head, sectionBlock(clip(escape(summary), maxSectionText)))
	}
	if len(ans.Suggestions) > 0 && !suggestionsAreBody(ans.Kind) {
		tail = append(tail, contextBlock(clip("*Try next:* "+quotedList(ans.Suggestions), maxContextText)))
	}
	if len(ans.Sources) > 0 {
		tail = append(tail, contextBlock(sourceList(ans.Sources, maxContextText)))
	}
	if opts.Choices && len(ans.Choices) > 0 {
		if blk, all := choicesBlock(ans.Choices, opts.Thread); blk != nil {
			tail = append([]slackapi.Block{blk}, tail...)
			if all {
				ans.Lists = ans.ListsBesideChoices()
			}
		}
	}
	// Head and tail are a few clipped blocks and always shown; the body
	// gets what they leave, less room for the note saying what was cut.
	headJS := b.spend(head)
	tailJS := b.spend(tail)
	b.spendCost(reserve)
	b.spendCost(omittedNoteCost())
	body, bodyJS, omitted := renderBody(ans, &b)

	blocks := append(head, body...)
	encoded := append(headJS, bodyJS...)
	if omitted > 0 {
		note := omittedNote(omitted)
		_, _, js := cost([]slackapi.Block{note})
		blocks = append(blocks, note)
		encoded = append(encoded, js...)
	}
	blocks = append(blocks, tail...)
	encoded = append(encoded, tailJS...)
	m := message{Text: fallback(ans), Blocks: blocks}
	if len(encoded) == len(blocks) {
		m.encoded = encoded
	}
	if js, err := json.Marshal(m.Text); err == nil {
		m.textJSON = js
	}
	return m
}

// omittedNoteCost is the most a note saying what was cut costs; the body
// leaves room for it. It is the same for every message.
var omittedNoteCost = sync.OnceValue(func() blockCost {
	chars, bytes, _ := cost([]slackapi.Block{omittedNote(99999)})
	return blockCost{blocks: 1, chars: chars, bytes: bytes}
})

// shareButton is the "Share in channel" button of a private answer: the
// last block, carrying the question. Its Block Kit value is made only when
// a reply is sent through slack-go (block); a reply written straight to
// the slash command's response uses its JSON.
type shareButton struct {
	question string // "": no button
	js       []byte // its JSON; nil if it does not encode
	cost     blockCost
}

// block returns the button as a Block Kit block; nil when there is none.
func (s shareButton) block() slackapi.Block {
	if s.question == "" {
		return nil
	}
	return newShareBlock(s.question)
}

// shareButtonFor returns the share button for an answer of kind k to
// question q ("" for none).
func shareButtonFor(k bot.Kind, q string) shareButton {
	if q == "" || !shareable(k) || len(q) > maxButtonValue {
		return shareButton{}
	}
	if t := shareTemplate(); t.ok {
		// The button's JSON is the same but for the question: put the
		// question into the JSON of a button made once, rather than
		// encode the whole block for every private answer.
		js := make([]byte, 0, len(t.prefix)+len(q)+8+len(t.suffix))
		js, err := appendJSONString(append(js, t.prefix...), q)
		if err == nil {
			js = append(js, t.suffix...)
			return shareButton{question: q, js: js, cost: blockCost{blocks: 1, chars: t.chars, bytes: len(js)}}
		}
	}
	chars, bytes, js := cost([]slackapi.Block{newShareBlock(q)})
	s := shareButton{question: q, cost: blockCost{blocks: 1, chars: chars, bytes: bytes}}
	if len(js) == 1 {
		s.js = js[0]
	}
	return s
}

func newShareBlock(q string) *slackapi.ActionBlock {
	return slackapi.NewActionBlock("", slackapi.NewButtonBlockElement(shareActionID, q, plainText("Share in channel")))
}

// shareJSON is the JSON of a share button around its question: prefix,
// the question as a JSON string, suffix.
type shareJSON struct {
	prefix, suffix []byte
	chars          int
	ok             bool // false: the question could not be found once in the template
}

// sharePlaceholder stands for the question in the template; it needs no
// escaping in JSON.
const sharePlaceholder = "careerbot-share-question-placeholder"

var shareTemplate = sync.OnceValue(func() shareJSON {
	chars, _, js := cost([]slackapi.Block{newShareBlock(sharePlaceholder)})
	if len(js) != 1 {
		return shareJSON{}
	}
	quoted := []byte(`"` + sharePlaceholder + `"`)
	i := bytes.Index(js[0], quoted)
	if i < 0 || bytes.Count(js[0], quoted) != 1 {
		return shareJSON{}
	}
	return shareJSON{prefix: js[0][:i], suffix: js[0][i+len(quoted):], chars: chars, ok: true}
})

// withShare returns m with the share button as its last block. m's slices
// are not written to: m may be a kept card.
func (m message) withShare(s shareButton) message {
	if s.question == "" {
		return m
	}
	m.Blocks = append(m.Blocks[:len(m.Blocks):len(m.Blocks)], s.block())
	if m.encoded != nil && s.js != nil {
		m.encoded = append(m.encoded[:len(m.encoded):len(m.encoded)], s.js)
	} else {
		m.encoded = nil
	}
	return m
}

// omittedNote says that n rows, lines or figures did not fit.
func omittedNote(n int) *slackapi.ContextBlock {
	return contextBlock(fmt.Sprintf("…and %d more not shown. Ask a narrower question to see the rest.", n))
}

// unit is a run of blocks that is shown whole or not at all: a table row,
// a section of figures, a section of list lines.
type unit struct {
	blocks []slackapi.Block
	items  int // rows, lines or figures it shows
}

// renderBody lays out the figures, table and lists of ans as units and
// adds units while they fit in b. It returns the blocks and how many items
// did not fit.
func renderBody(ans bot.Answer, b *budget) (blocks []slackapi.Block, encoded [][]byte, omitted int) {
	var units []unit
	units = append(units, fieldUnits(ans.Fields)...)
	if ans.Table != nil {
		if ans.Kind == bot.KindRanking {
			units = append(units, rankingUnits(ans.Table)...)
		} else {
			units = append(units, gridUnits(ans.Table)...)
		}
	}
	for _, l := range ans.Lists {
		units = append(units, listUnits(l.Title, l.Items)...)
	}
	if len(ans.Suggestions) > 0 && suggestionsAreBody(ans.Kind) {
		units = append(units, listUnits("Try asking", quoted(ans.Suggestions))...)
	}
	for i, u := range units {
		js, ok := b.take(u.blocks)
		if !ok {
			for _, rest := range units[i:] {
				omitted += rest.items
			}
			return blocks, encoded, omitted
		}
		blocks = append(blocks, u.blocks...)
		encoded = append(encoded, js...)
	}
	return blocks, encoded, 0
}

// fieldUnits shows figures about one career as section fields, ten to a
// section. A figure names its source only when the figures come from more
// than one: the sources line covers the rest.
func fieldUnits(fields []bot.Field) []unit {
	sources := map[string]bool{}
	for _, f := range fields {
		sources[f.Source] = true
	}
	var texts []*slackapi.TextBlockObject
	for _, f := range fields {
		s := "*" + escape(f.Label) + "*\n" + escape(valueOrNotGiven(f.Value))
		if f.Source != "" && len(sources) > 1 {
			s += " _(" + escape(f.Source) + ")_"
		}
		texts = append(texts, mrkdwn(clip(s, maxFieldText)))
	}
	var units []unit
	for chunk := range chunks(texts, maxFields) {
		units = append(units, unit{[]slackapi.Block{slackapi.NewSectionBlock(nil, chunk, nil)}, len(chunk)})
	}
	return units
}

// gridUnits shows a comparison one row per section: the row label as the
// section text and one field per career, which Slack lays out two abreast.
// A row with more than ten careers continues in further sections.
func gridUnits(t *bot.Table) []unit {
	var units []unit
	for _, row := range t.Rows {
		var fields []*slackapi.TextBlockObject
		for i, cell := range row.Cells {
			column := ""
			if i+1 < len(t.Columns) {
				column = t.Columns[i+1]
			}
			fields = append(fields, mrkdwn(clip("*"+escape(column)+"*\n"+escape(valueOrNotGiven(cell)), maxFieldText)))
		}
		label := clip("*"+escape(row.Label)+"*", maxSectionText)
		var blocks []slackapi.Block
		for chunk := range chunks(fields, maxFields) {
			blocks = append(blocks, slackapi.NewSectionBlock(mrkdwn(label), chunk, nil))
		}
		if len(blocks) == 0 {
			blocks = append(blocks, sectionBlock(label+"\n"+bot.NotGiven))
		}
		units = append(units, unit{blocks: blocks, items: 1})
	}
	return units
}

// rankingUnits shows a ranking as one line per entry, in the table's
// order. The router numbers the entries in their labels.
func rankingUnits(t *bot.Table) []unit {
	lines := make([]string, 0, len(t.Rows))
	for _, row := range t.Rows {
		var cells []string
		for j, cell := range row.Cells {
			c := escape(valueOrNotGiven(cell))
			if len(row.Cells) > 1 && j+1 < len(t.Columns) && t.Columns[j+1] != "" {
				c = escape(t.Columns[j+1]) + ": " + c
			}
			cells = append(cells, c)
		}
		line := "*" + escape(row.Label) + "*"
		if len(cells) > 0 {
			line += " — " + strings.Join(cells, " · ")
		}
		lines = append(lines, line)
	}
	return packLines("", lines)
}

// listUnits shows a titled bullet list in as few sections as fit Slack's
// text limit.
func listUnits(title string, items []string) []unit {
	lines := make([]string, 0, len(items))
	for _, it := range items {
		lines = append(lines, "• "+escape(it))
	}
	heading := ""
	if title != "" {
		heading = "*" + escape(title) + "*"
	}
	return packLines(heading, lines)
}

// packLines packs lines into sections of at most maxSectionText characters,
// each section one unit, the heading on the first.
func packLines(heading string, lines []string) []unit {
	var units []unit
	var cur strings.Builder
	n := 0
	if heading != "" {
		cur.WriteString(clip(heading, maxSectionText))
	}
	flush := func() {
		if cur.Len() > 0 {
			units = append(units, unit{[]slackapi.Block{sectionBlock(cur.String())}, n})
			cur.Reset()
			n = 0
		}
	}
	for _, line := range lines {
		line = clip(line, maxSectionText)
		if cur.Len() > 0 && utf8.RuneCountInString(cur.String())+1+utf8.RuneCountInString(line) > maxSectionText {
			flush()
		}
		if cur.Len() > 0 {
			cur.WriteByte('\n')
		}
		cur.WriteString(line)
		n++
	}
	flush()
	return units
}

// fallback is the plain text Slack shows in notifications and to clients
// that cannot draw blocks.
func fallback(ans bot.Answer) string {
	var parts []string
	for _, s := range []string{ans.Title, ans.Summary} {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		parts = append(parts, "careerbot")
	}
	return clip(escape(strings.Join(parts, ": ")), maxFallbackText)
}

// shareable reports whether an answer of kind k is worth a share button:
// an apology or a parsing hint is not.
func shareable(k bot.Kind) bool {
	return k != bot.KindError && k != bot.KindHint
}

// suggestionsAreBody reports whether suggestions are the substance of an
// answer of kind k (so they get a list) rather than a follow-up line.
func suggestionsAreBody(k bot.Kind) bool {
	return k == bot.KindHint || k == bot.KindUnknown || k == bot.KindHelp
}

func quoted(items []string) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = "“" + it + "”"
	}
	return out
}

func quotedList(items []string) string {
	items = items[:min(len(items), maxSuggestions)]
	parts := make([]string, len(items))
	for i, it := range items {
		parts[i] = "“" + escape(it) + "”"
	}
	return strings.Join(parts, " · ")
}

// sourceList names the sources, linked where they have an address, in at
// most n characters. It drops whole sources rather than cut a link in two.
func sourceList(sources []bot.Source, n int) string {
	text := "*Sources:* "
	for i, s := range sources {
		title := clip(escape(s.Title), 200)
		if title == "" {
			title = "source"
		}
		part := title
		if safeLink(s.URL) {
			part = "<" + s.URL + "|" + title + ">"
		}
		if i > 0 {
			part = " · " + part
		}
		if utf8.RuneCountInString(text)+utf8.RuneCountInString(part) > n-len(" (and 999 more)") {
			return text + fmt.Sprintf(" (and %d more)", len(sources)-i)
		}
		text += part
	}
	return text
}

// safeLink reports whether u can sit inside Slack's <url|text> link syntax
// without breaking out of it.
func safeLink(u string) bool {
	if u == "" || strings.ContainsAny(u, "<>| \t\n&") {
		return false
	}
	p, err := url.Parse(u)
	return err == nil && (p.Scheme == "https" || p.Scheme == "http") && p.Host != ""
}

func valueOrNotGiven(v string) string {
	if strings.TrimSpace(v) == "" {
		return bot.NotGiven
	}
	return v
}

// escape makes text safe inside Slack mrkdwn: with &, < and > escaped,
// "<!channel>", "<@U…>" and "<http://…|…>" show as typed and do nothing.
func escape(s string) string {
	return mrkdwnEscaper.Replace(withoutControls(s))
}

// visibleAnswer is ans with every text as withoutControls leaves it, so
// that a text of control characters alone is empty, and left out as an
// empty one is (a header, a button, the fallback text must show something).
func visibleAnswer(ans bot.Answer) bot.Answer {
	c := withoutControls
	ans.Title, ans.Summary = c(ans.Title), c(ans.Summary)
	ans.Fields = mapped(ans.Fields, func(f bot.Field) bot.Field {
		f.Label, f.Value, f.Source = c(f.Label), c(f.Value), c(f.Source)
		return f
	})
	if ans.Table != nil {
		t := bot.Table{Columns: mapped(ans.Table.Columns, c), Rows: mapped(ans.Table.Rows, func(r bot.Row) bot.Row {
			return bot.Row{Label: c(r.Label), Cells: mapped(r.Cells, c)}
		})}
		ans.Table = &t
	}
	ans.Lists = mapped(ans.Lists, func(l bot.List) bot.List { return bot.List{Title: c(l.Title), Items: mapped(l.Items, c)} })
	ans.Sources = mapped(ans.Sources, func(s bot.Source) bot.Source { return bot.Source{Title: c(s.Title), URL: c(s.URL)} })
	ans.Suggestions = mapped(ans.Suggestions, c)
	ans.Choices = mapped(ans.Choices, func(ch bot.Choice) bot.Choice {
		ch.Label, ch.Question = c(ch.Label), c(ch.Question)
		return ch
	})
	return ans
}

// mapped is f applied to each of s, in a new slice; nil for nil.
func mapped[T any](s []T, f func(T) T) []T {
	if s == nil {
		return nil
	}
	out := make([]T, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}

// withoutControls drops control characters but newline and tab, and
// writes bytes that are no UTF-8 as U+FFFD: the first show nothing, and
// JSON writes either as six bytes (\u0012, \ufffd) where a budget counted
// in characters expects at most four, so it could not bound the message's
// bytes (3,000 such bytes made 18 KB of one section).
func withoutControls(s string) string {
	i := strings.IndexFunc(s, isControl)
	switch {
	case !utf8.ValidString(s):
		i = 0 // strings.Map writes each byte that is no UTF-8 as U+FFFD
	case i < 0:
		return s // the quick path: text has none
	}
	return s[:i] + strings.Map(func(r rune) rune {
		if isControl(r) {
			return -1
		}
		return r
	}, s[i:])
}

func isControl(r rune) bool { return r != '\n' && r != '\t' && unicode.IsControl(r) }

var mrkdwnEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// plainSafe makes text safe for a plain_text object, where escaping would
// show as typed: angle brackets become look-alikes, so nothing in it can
// read as Slack markup such as "<!channel>".
func plainSafe(s string) string {
	return plainSafer.Replace(withoutControls(s))
}

var plainSafer = strings.NewReplacer("<", "‹", ">", "›")

// unescape undoes the escaping Slack applies to the text users type.
func unescape(s string) string {
	if !strings.Contains(s, "&") {
		return s // most questions: a Replacer copies even when nothing changes
	}
	return slackUnescaper.Replace(s)
}

var slackUnescaper = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&")

// userIDPattern matches a Slack user ID, which is safe to put in <@…>.
var userIDPattern = regexp.MustCompile(`^[UW][A-Z0-9]{1,20}$`)

// clip shortens escaped text to at most n characters, ending with "…"
// when cut, and never cuts an entity such as "&amp;" in two.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	// Escaped text has no bare "&": one without a ";" after it is a cut entity.
	if amp := lastIndexRune(r, '&'); amp >= 0 && lastIndexRune(r[amp:], ';') < 0 {
		r = r[:amp]
	}
	return string(r) + "…"
}

// clipRunes shortens plain text to at most n characters.
func clipRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

func lastIndexRune(r []rune, c rune) int {
	for i := len(r) - 1; i >= 0; i-- {
		if r[i] == c {
			return i
		}
	}
	return -1
}

// chunks yields consecutive slices of at most n elements.
func chunks[T any](s []T, n int) func(yield func([]T) bool) {
	return func(yield func([]T) bool) {
		for len(s) > 0 {
			k := min(n, len(s))
			if !yield(s[:k]) {
				return
			}
			s = s[k:]
		}
	}
}

// mrkdwn returns a mrkdwn text object. Verbatim stops Slack from turning
// bare URLs, channel names and words like "@here" into links or mentions.
func mrkdwn(s string) *slackapi.TextBlockObject {
	return slackapi.NewTextBlockObject(slackapi.MarkdownType, s, false, true)
}

func plainText(s string) *slackapi.TextBlockObject {
	return slackapi.NewTextBlockObject(slackapi.PlainTextType, s, true, false)
}

func sectionBlock(s string) *slackapi.SectionBlock {
	return slackapi.NewSectionBlock(mrkdwn(s), nil, nil)
}

func contextBlock(s string) *slackapi.ContextBlock {
	return slackapi.NewContextBlock("", mrkdwn(s))
}

// budget is what is left of a message's allowance of blocks, visible
// characters and JSON bytes.
type budget struct {
	blocks, chars, bytes int
}

// blockCost is what some blocks take from a budget.
type blockCost struct {
	blocks, chars, bytes int
}

// take spends the cost of blks and reports true if they fit, with the
// JSON of each block; if they do not fit, it spends nothing.
func (b *budget) take(blks []slackapi.Block) ([][]byte, bool) {
	chars, bytes, js := cost(blks)
	if len(blks) > b.blocks || chars > b.chars || bytes > b.bytes {
		return nil, false
	}
	b.spendCost(blockCost{len(blks), chars, bytes})
	return js, true
}

// spend spends the cost of blks whether or not they fit, and returns the
// JSON of each block.
func (b *budget) spend(blks []slackapi.Block) [][]byte {
	chars, bytes, js := cost(blks)
	b.spendCost(blockCost{len(blks), chars, bytes})
	return js
}

func (b *budget) spendCost(c blockCost) {
	b.blocks -= c.blocks
	b.chars -= c.chars
	b.bytes -= c.bytes
}

// cost returns the characters blks show, the bytes of their JSON, and
// that JSON, one per block (nil if a block does not encode). Measuring is
// encoding: the encoding is kept, so a reply encodes each block once.
func cost(blks []slackapi.Block) (chars, bytes int, encoded [][]byte) {
	encoded = make([][]byte, 0, len(blks))
	for _, blk := range blks {
		chars += visibleChars(blk)
		js, err := json.Marshal(blk)
		if err != nil {
			// Blocks built here always marshal; count an unknown one as too big.
			return maxMessageChars + 1, maxMessageBytes + 1, nil
		}
		bytes += len(js)
		encoded = append(encoded, js)
	}
	return chars, bytes, encoded
}

// visibleChars counts the characters of text a block shows.
func visibleChars(blk slackapi.Block) int {
	n := 0
	for _, t := range blockTexts(blk) {
		n += utf8.RuneCountInString(t.Text)
	}
	return n
}

// blockTexts lists the text objects a block shows, in order.
func blockTexts(blk slackapi.Block) []*slackapi.TextBlockObject {
	var out []*slackapi.TextBlockObject
	add := func(t *slackapi.TextBlockObject) {
		if t != nil {
			out = append(out, t)
		}
	}
	switch blk := blk.(type) {
	case *slackapi.HeaderBlock:
		add(blk.Text)
	case *slackapi.SectionBlock:
		add(blk.Text)
		for _, f := range blk.Fields {
			add(f)
		}
	case *slackapi.ContextBlock:
		for _, e := range blk.ContextElements.Elements {
			if t, ok := e.(*slackapi.TextBlockObject); ok {
				add(t)
			}
		}
	case *slackapi.ActionBlock:
		for _, e := range blk.Elements.ElementSet {
			switch e := e.(type) {
			case *slackapi.ButtonBlockElement:
				add(e.Text)
			case *slackapi.SelectBlockElement:
				add(e.Placeholder)
				for _, o := range e.Options {
					add(o.Text)
				}
			}
		}
	}
	return out
}
