package bot

// Kind says what sort of answer a value is, so adapters can pick a layout
// (a side-by-side table for comparisons, fields for one career, and so on).
type Kind string

// The answer kinds the router produces.
const (
	KindCompare Kind = "compare" // Table holds one column per career
	KindProfile Kind = "profile" // Fields about one career
	KindRanking Kind = "ranking" // Table of careers ranked by a figure or a skill
	KindList    Kind = "list"    // Lists only (careers known, skills, responsibilities)
	KindHelp    Kind = "help"    // generated from the intent table
	KindUnknown Kind = "unknown" // a career the knowledge base lacks: Suggestions hold the nearest
	KindHint    Kind = "hint"    // the question could not be parsed: Suggestions hold examples
	KindError   Kind = "error"   // the program failed; Summary is a fixed apology
)

// Answer is the platform-neutral reply to one question. Adapters render it
// within their platform's limits; the bot never produces platform markup.
type Answer struct {
	Kind   Kind
	Intent string // name of the intent that produced it, for metrics ("compare", "salary", …)

	Title   string
	Summary string // one line

	Fields []Field // figures about one career
	Table  *Table  // comparisons and rankings
	Lists  []List  // bullet lists (skills, responsibilities, careers)
	Chart  *Chart  // pay chart of salary answers and comparisons; nil when there is nothing to draw

	Sources     []Source // every page or dataset a figure in this answer comes from
	Suggestions []string // follow-up questions the user can ask next

	// About lists the keys of the careers the answer is about, in order
	// (not shown; for follow-ups, charts and tests).
	About []string
	// Listed are the keys of the careers an answer lists beside the one it
	// is about (related careers), in order, for "the first one".
	Listed []string
	// Places are the postal codes of the states an answer ranks, in its
	// order, for "that state" in the next question.
	Places []string

	// Choices are careers the question may have meant instead ("doctor"
	// could also mean…, an unknown name's nearest): each with the question
	// asked again about it. Slack and Discord show them as buttons, the
	// terminal numbers them and takes the number.
	Choices []Choice
}

// Choice is one career a question may have meant.
type Choice struct {
	Key      string // the career's key
	Label    string // its name
	Question string // the question asked about it
}

// Field is one labelled figure, shown exactly as its source has it.
type Field struct {
	Label  string
	Value  string
	Source string // short source label, empty when the answer has a single source
}

// Table is a grid: one column per career (or per ranked figure), one row per figure.
type Table struct {
	Columns []string // the header; Columns[0] labels the row-label column
	Rows    []Row
}

// Row is one line of a Table; Cells align with Table.Columns[1:].
type Row struct {
	Label string
	Cells []string
}

// List is a titled bullet list.
type List struct {
	Title string
	Items []string
}

// Source names where figures come from.
type Source struct {
	Title string // e.g. "Lead technician vs senior support technician" or "BLS OEWS, May 2024"
	URL   string // empty when the source has no address
}

// Request is one question from one user on one platform.
type Request struct {
	Text     string
	Platform string // "slack", "discord", "terminal"; used for metrics only
	// Conversation names the conversation the question belongs to (the
	// user in a channel, thread or DM), so follow-ups can refer to the last
	// answer; "" answers the question on its own.
	Conversation string
}

// NotGiven is shown where a source has no figure.
const NotGiven = "not given"

// ListsBesideChoices returns the answer's lists without the one that shows
// its choices (their labels, in order): a platform that shows the choices
// as buttons shows the rest.
func (a Answer) ListsBesideChoices() []List {
	for i, l := range a.Lists {
		if isChoiceList(l, a.Choices) {
			return append(append([]List{}, a.Lists[:i]...), a.Lists[i+1:]...)
		}
	}
	return a.Lists
}

// isChoiceList reports whether a list shows the answer's choices, in order.
func isChoiceList(l List, choices []Choice) bool {
	if len(choices) == 0 || len(l.Items) != len(choices) {
		return false
	}
	for i, c := range choices {
		if l.Items[i] != c.Label {
			return false
		}
	}
	return true
}
