package bot

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/careerbot/careerbot/knowledge"
)

// payBound is a pay limit a ranking asks for: "jobs that pay over 100k",
// "careers under $25 an hour".
type payBound struct {
	min, max float64 // 0: no limit
	hourly   bool
	// than names the career (its key thanKey) whose median yearly wage,
	// thanPay, the floor passes ("jobs that pay more than a teacher").
	than, thanKey string
	thanPay       float64
}

// rePayBound reads a limit in cleaned text ("$" is gone, commas stay):
// a comparison word, a number, an optional thousands word.
var rePayBound = regexp.MustCompile(`(?i)\b(over|more than|above|at least|greater than|upwards of|in excess of|under|less than|below|at most|up to|pay|pays|paying|earn|earns|earning|make|makes|making)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|close to\s+|near\s+)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|thousand|grand)?\b(?:\s*(?:dollars?|bucks)\b)?(\s*(?:a|an|per|/)?\s*(?:year|yr|hour|hr|annually|week|wk|weekly)\b)?`)

// boundVerbs are rePayBound's verbs: after them, a plain number under a
// thousand is no pay.
var boundVerbs = setOf(`pay pays paying earn earns earning make makes making`)

// reDurationAfter is a unit of time right after a number: "2 years",
// "6 months".
var reDurationAfter = regexp.MustCompile(`(?i)^\s*-?\s*(?:years?|yrs?|months?|mos?|weeks?|wks?|days?)\b`)

// reFigures is pay said by its digits: "six figures", "a 6 figure salary".
var reFigures = regexp.MustCompile(`(?i)\b(6|six|7|seven)[- ]figures?\b`)

// payBoundIn finds a pay limit in text and returns it with text without it,
// so its number is not read as "top 100".
func payBoundIn(text string) (payBound, string) {
	if m := reFigures.FindStringSubmatchIndex(text); m != nil {
		// "jobs that make six figures": at least $100,000 a year.
		n := 100000.0
		if d := strings.ToLower(text[m[2]:m[3]]); d == "7" || d == "seven" {
			n = 1000000
		}
		return payBound{min: n}, text[:m[0]] + " pay " + text[m[1]:]
	}
	if b, rest, ok := payRangeIn(text); ok {
		return b, rest
	}
	m := rePayBound.FindStringSubmatchIndex(text)
	if m == nil {
		return payBound{}, text
	}
	word := strings.ToLower(text[m[2]:m[3]])
	if m[6] < 0 && m[8] < 0 && (isPercentAfter(text[m[5]:]) || reDurationAfter.MatchString(text[m[5]:])) {
		// "the highest earning 10% of lawyers": a share of workers, not
		// pay; "less than 2 years of school": a time.
		return payBound{}, text
	}
	n, err := strconv.ParseFloat(strings.ReplaceAll(text[m[4]:m[5]], ",", ""), 64)
	if err != nil || n <= 0 {
		return payBound{}, text
	}
	per := ""
	if m[8] >= 0 {
		per = strings.ToLower(text[m[8]:m[9]])
	}
	if m[6] < 0 && per == "" && n < 1000 && boundVerbs[word] {
		// "EMT-B, 911 ambulance, how much do they make": a number after a
		// pay verb with no thousands and no period says no pay; "over 100"
		// does.
		return payBound{}, text
	}
	var b payBound
	b.hourly = perHour(per)
	switch {
	case strings.Contains(per, "week") || strings.Contains(per, "wk"):
		n *= 52 // "over 1000 a week": a year's pay of 52 weeks
		if m[6] >= 0 {
			n *= 1000
		}
	case m[6] >= 0: // 100k, 100 thousand
		n *= 1000
	case !b.hourly && n < 1000:
		// "over 100" a year means thousands; a wage under $1,000 is hourly
		// only when the question says so.
		n *= 1000
	}
	switch {
	case word == "under" || word == "less than" || word == "below" || word == "at most" || word == "up to":
		b.max = n
	case boundVerbs[word] && strings.TrimSpace(text[m[3]:m[4]]) != "":
		// "jobs that pay around 50k": near it, a tenth either side,
		// not every career above it.
		b.min, b.max = n*(1-aboutShare), n*(1+aboutShare)
	default:
		b.min = n
	}
	return b, text[:m[0]] + " " + text[m[1]:]
}

// aboutShare is how far from an amount said "about" pay may be.
const aboutShare = 0.1

// rePayRange reads pay between two amounts ("between 50k and 70k", "50,000
// to 70,000 a year", "from 20 to 30 an hour"): the word before it, the two
// numbers with their thousands words, and the period.
var rePayRange = regexp.MustCompile(`(?i)\b(between|from|pay|pays|paying|earn|earns|earning|make|makes|making)?\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|thousand|grand)?\s*(?:and|to|-|–)\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|thousand|grand)?\b(\s*(?:a|an|per|/)?\s*(?:year|yr|hour|hr|annually)\b)?`)

// payRangeIn finds pay between two amounts in text, as payBoundIn does one
// limit. Two bare small numbers ("the top 10 to 20", "compare 2 and 3") are
// no pay: a word before them, a thousands word or thousands must say so.
func payRangeIn(text string) (payBound, string, bool) {
	if strings.IndexFunc(text, unicode.IsDigit) < 0 {
		return payBound{}, text, false // the quick path: no amount
	}
	m := rePayRange.FindStringSubmatchIndex(text)
	if m == nil {
		return payBound{}, text, false
	}
	num := func(i int) float64 {
		n, err := strconv.ParseFloat(strings.ReplaceAll(text[m[i]:m[i+1]], ",", ""), 64)
		if err != nil {
			return 0
		}
		return n
	}
	lo, hi := num(4), num(8)
	thousands := m[6] >= 0 || m[10] >= 0
	per := ""
	if m[12] >= 0 {
		per = strings.ToLower(text[m[12]:m[13]])
	}
	b := payBound{hourly: perHour(per)}
	lead := ""
	if m[2] >= 0 {
		lead = strings.ToLower(text[m[2]:m[3]])
	}
	between := lead == "between" || lead == "from" // said of the amounts, not of pay
	if !thousands && !b.hourly {
		// Plain numbers are pay in thousands or more ("50,000 to 70,000"),
		// or in hundreds after a pay verb ("pay 50 to 70"); years are none
		// ("from 2023 to 2024").
		if lo < 10000 && !(lead != "" && !between && hi < 1000) {
			return payBound{}, text, false
		}
	}
	if lo <= 0 || hi <= 0 {
		return payBound{}, text, false
	}
	if thousands || !b.hourly && hi < 1000 {
		// "50 to 70k": the thousands word says it of both.
		if lo < 1000 {
			lo *= 1000
		}
		if hi < 1000 {
			hi *= 1000
		}
	}
	if lo >= hi {
		return payBound{}, text, false
	}
	b.min, b.max = lo, hi
	// A pay verb before ("pay", "earning") stays: it says pay is asked.
	cut := m[0]
	if lead != "" && !between {
		cut = m[3]
	}
	return b, text[:cut] + " " + text[m[1]:], true
}

// perHour reports whether the period said after an amount ("an hour",
// "/hr", "a year") makes it an hourly wage.
func perHour(per string) bool { return strings.Contains(per, "hour") || strings.Contains(per, "hr") }

// isPercentAfter reports whether rest, the text after a number, says the
// number is a percentage ("%", "percent", "pct").
func isPercentAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	return strings.HasPrefix(rest, "%") || strings.HasPrefix(strings.ToLower(rest), "percent") || strings.HasPrefix(strings.ToLower(rest), "pct")
}

// keeps reports whether a figure is within the bound.
func (b payBound) keeps(v float64) bool {
	return (b.min == 0 || v >= b.min) && (b.max == 0 || v <= b.max)
}

// said reports whether the bound is the figure j judges, read twice.
func (b payBound) said(j payJudged) bool {
	v := j.yearly
	if b.hourly {
		v = j.yearly / hoursPerYear
	}
	near := func(v float64) bool { return math.Abs(b.min-v) < 0.005 || math.Abs(b.max-v) < 0.005 }
	// "making 3200 a month … am i underpaid": the month's figure, read
	// as a yearly limit.
	return near(v) || j.monthly && near(j.yearly/12)
}

// set reports whether the question asked for a limit.
func (b payBound) set() bool { return b.min > 0 || b.max > 0 }

// text says the bound for a ranking's title: "that pay at least $100,000 a year".
func (b payBound) text() string {
	unit, format := b.units()
	switch {
	case b.than != "":
		return "that pay more than the median of " + b.than + ", " + format(b.thanPay) + unit
	case b.min > 0 && b.max > 0:
		return "that pay " + format(b.min) + " to " + format(b.max) + unit
	case b.min > 0:
		return "that pay at least " + format(b.min) + unit
	}
	return "that pay at most " + format(b.max) + unit
}

// units returns how the bound's amounts are said: per year in whole
// dollars, or per hour in cents.
func (b payBound) units() (unit string, format func(float64) string) {
	if b.hourly {
		return " an hour", func(v float64) string { return fmt.Sprintf("$%.2f", v) }
	}
	return " a year", func(v float64) string { return "$" + commas(int64(v)) }
}

// commas writes n with thousands separators.
func commas(n int64) string {
	s := strconv.FormatInt(n, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// reExperience reads "with 5 years (of) experience", which asks pay at a
// point of a career that BLS does not break pay down by.
var reExperience = regexp.MustCompile(`(?i)\b(with|after|having|at)\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\+?\s+(years?|yrs?)(\s+of)?(\s+(work\s+)?experience)?\b`)

// reSeasoned asks about pay late in a career without a number of years:
// "experienced welders", "how much can a plumber make at the top", "a
// good salary for a graphic designer with experience".
// ("Senior" is left to names: "Senior Accountant" is a title.)
// "With experience" asks it only at the end of the question: "with
// experience in sales" says what one has.
var reSeasoned = regexp.MustCompile(`(?i)\b(experienced|seasoned|at the top|mid[- ]career|late career|later in (my|their|your) career|senior[- ]level|senior (?:roles?|positions?)|with (?:some |more |much |lots of |a lot of |plenty of |years of )?(?:work )?experience\s*[?.!]*\s*$)`)

// experienceIn reports whether text asks about years of experience, and
// returns text without those words.
func experienceIn(text string) (years, seasoned bool, rest string) {
	m := reExperience.FindStringIndex(text)
	if m == nil {
		if m = reSeasoned.FindStringIndex(text); m == nil {
			return false, false, text
		}
		seasoned = true
	}
	return true, seasoned, text[:m[0]] + " " + text[m[1]:]
}

// experienceNote answers the years asked with what the figures can say.
const experienceNote = " BLS publishes no pay by years of experience: the percentiles show the spread, from where new workers start (10th) to what the most experienced earn (90th)."

// hoursPerYear is what BLS multiplies an hourly wage by for a yearly one
// (40 hours a week, 52 weeks), and divides by going back.
const hoursPerYear = 2080

// payConversion is a pay asked in the other unit: "how much is 20 dollars
// an hour annually", "60k a year is how much an hour".
type payConversion struct {
	amount float64
	hourly bool // amount is an hourly wage, asked as yearly
	ok     bool
}

// payJudged is a pay figure asked about ("is 60k a good salary"), yearly.
type payJudged struct {
	yearly  float64
	hourly  bool // asked as an hourly wage, set against yearly ones at hoursPerYear
	monthly bool // asked by the month, set against yearly ones at 12 months
	weekly  bool // asked by the week, set against yearly ones at 52 weeks
	// biweekly: asked by the paycheck of two weeks, at 26 a year.
	biweekly bool
	ok       bool
}

// said writes the figure as asked, with its yearly amount when asked by
// the hour (withHours: and the hours a year), the month or the week.
func (j payJudged) said(withHours bool) string {
	year := "$" + commas(int64(j.yearly))
	switch {
	case j.monthly:
		return fmt.Sprintf("$%s a month (%s a year)", commas(int64(math.Round(j.yearly/12))), year)
	case j.weekly:
		return fmt.Sprintf("$%s a week (%s a year)", commas(int64(math.Round(j.yearly/52))), year)
	case j.biweekly:
		return fmt.Sprintf("$%s every two weeks (%s a year)", commas(int64(math.Round(j.yearly/26))), year)
	case j.hourly && withHours:
		return fmt.Sprintf("$%.2f an hour (%s a year at %s hours)", j.yearly/hoursPerYear, year, commas(hoursPerYear))
	case j.hourly:
		return fmt.Sprintf("$%.2f an hour", j.yearly/hoursPerYear)
	}
	return year + " a year"
}

// payAmount is an amount of pay as said, in three groups: the number, its
// thousands word and its unit ("70k", "28 an hour", "4,000 a month",
// "900/wk", "3k biweekly"; "$" is gone).
const payAmount = `(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|thousand|grand)?\s*(?:dollars?\s*|bucks\s*)?(an?\s+hour|an?\s+hr|per\s+hour|per\s+hr|/hr|/\s?hour|hourly|an?\s+year|per\s+year|a\s+yr|/yr|yearly|an?\s+month|per\s+month|/mo|/month|monthly|an?\s+week|per\s+week|/\s?wk|/\s?week|weekly|biweekly|bi-weekly|every two weeks|every 2 weeks)?`

// rePayJudged reads a figure asked to be judged, as clean leaves it ("$"
// gone): "is 60k a good salary", "is 25 an hour good pay".
var rePayJudged = regexp.MustCompile(`(?i)\bis\s+(?:making\s+|earning\s+)?` + payAmount + `\s+(?:(?:starting|to start|starting out|to start with|as a salary|as pay|salary|pay)\s+)?(?:a\s+)?(?:good|decent|great|bad|low|high|livable|liveable|enough|ok|okay|lot|alot|fair)\b`)

// rePayJudgedAt reads a figure judged after the judgement: "is my pay fair
// at 28/hr", "am i underpaid at 15 an hour".
var rePayJudgedAt = regexp.MustCompile(`(?i)\b(?:fair|good|enough|underpaid|overpaid|ok|okay|decent|low|high|normal|average)\s+(?:at|for|with|making|earning|on)\s+` + payAmount + `\b`)

// reJudgeAsked asks whether a figure said before is fair: "is that
// right", "is that a good salary", "am i underpaid".
var reJudgeAsked = regexp.MustCompile(`(?i)\b(?:is\s+(?:that|this|it)\s+(?:a\s+)?(?:right|fair|good|ok|okay|normal|low|high|enough|reasonable|decent|a lot|too low|too high|accurate|correct|average|competitive|bad)|am\s+i\s+(?:being\s+)?(?:underpaid|overpaid|paid fairly|paid enough)|lowball(?:ed|ing)?|good or bad|fair or not|(?:good|fair|decent|bad|low|reasonable|competitive|solid)\s+(?:offer|deal)\b|should i (?:take|accept) (?:it|the offer|this offer|that offer)|(?:fair|right|good|ok|okay|decent|enough|underpaid|overpaid)\s*\?+\s*$)`)

// rePaySaid is a pay figure said with its unit or thousands: "70k",
// "$28 an hour", "65,000 a year" ("$" is gone).
var rePaySaid = regexp.MustCompile(`(?i)\b` + payAmount + `\b`)

// reOwnPay reads one's own pay told: "i make 52k", "im a nurse making 75k",
// "my salary is 64,000". Who tells their pay wants to know where it
// stands, judgement word or not. The words between the speaker and the
// verb are checked apart (ownPayIn): "i want to make 100k" tells no pay.
var reOwnPay = regexp.MustCompile(`(?i)(?:\b(?:i|im|i'm|ive|i've|iam)\b(.{0,40}?)\b(?:make|making|made|earn|earning|earned|paid|take home|taking home|bring home|bringing home|bring in|bringing in|pull in|pulling in|pulling|clear|clearing|gross|grossing|on)|\bmy\s+(?:current\s+|base\s+|annual\s+|yearly\s+|hourly\s+|starting\s+|take home\s+|gross\s+)?(?:salary|pay|wage|wages|income|rate|pay rate|base|comp|compensation|paycheck)\s+(?:is|was|=|of|at|sits at|comes to))\s+(?:about|around|roughly|approximately|approx|like|only|just|almost|nearly|close to|barely|over|under|a little over|a little under|~)?\s*` + payAmount + `\b`)

// reOffer reads a job offer told: "got an offer for 85k as a physical
// therapist", "they offered me 62,000", "offered 85000 for a nurse job".
var reOffer = regexp.MustCompile(`(?i)\b(?:offer(?:ed)?(?:\s+me)?|offer\s+(?:of|for|at))\s+(?:about\s+|around\s+|roughly\s+|like\s+)?` + payAmount + `\b`)

// notOwnPay are words that make a figure after "i" no pay of one's own:
// wished, asked or someone else's ("i want to make 100k", "how can i
// make", "if i made").
var notOwnPay = setOf(`want wanna wants would could can should will gonna going to need needs like hope hoping if plan planning try trying expect expected how what when they he she we you offered offer think`)

// ownPayIn returns the submatches (the amount, its thousands, its unit) of
// a pay told as one's own in text, or nil. An amount with no unit and no
// thousands under 1,000 is none ("i'm on 3 shifts").
func ownPayIn(text string) []string {
	for _, loc := range reOwnPay.FindAllStringSubmatchIndex(text, -1) {
		sm := submatches(text, loc)
		between, amount := sm[1], sm[2]
		told := true
		before := strings.Fields(strings.ToLower(text[:loc[0]]))
		if len(before) > 2 {
			before = before[len(before)-2:] // "how can i make 100k": asked, not told
		}
		for _, w := range append(before, strings.Fields(strings.ToLower(between))...) {
			if notOwnPay[strings.Trim(w, ".,!?'")] {
				told = false
			}
		}
		n, err := strconv.ParseFloat(strings.ReplaceAll(amount, ",", ""), 64)
		if !told || err != nil || sm[3] == "" && sm[4] == "" && n < 1000 || reDurationAfter.MatchString(text[loc[1]:]) {
			continue
		}
		return []string{sm[0], amount, sm[3], sm[4]}
	}
	if strings.Contains(strings.ToLower(text), "offer") {
		for _, loc := range reOffer.FindAllStringSubmatchIndex(text, -1) {
			sm := submatches(text, loc)
			n, err := strconv.ParseFloat(strings.ReplaceAll(sm[1], ",", ""), 64)
			if err == nil && (sm[2] != "" || sm[3] != "" || n >= 1000) && !reDurationAfter.MatchString(text[loc[1]:]) {
				return sm
			}
		}
	}
	return nil
}

// amountBefore returns the submatches of re's first match in text whose
// amount is no time ("16 years old", "3 years"), or nil.
func amountBefore(re *regexp.Regexp, text string) []string {
	for _, loc := range re.FindAllStringSubmatchIndex(text, -1) {
		if !reDurationAfter.MatchString(text[loc[1]:]) {
			return submatches(text, loc)
		}
	}
	return nil
}

// submatches returns the texts of a match's groups from its indexes ("" for
// a group that matched nothing).
func submatches(text string, loc []int) []string {
	out := make([]string, len(loc)/2)
	for i := range out {
		if loc[2*i] >= 0 {
			out[i] = text[loc[2*i]:loc[2*i+1]]
		}
	}
	return out
}

// payJudgedIn finds a pay figure asked about in cleaned text. A figure
// under 200 with no unit is an hourly wage ("is 15 good pay").
func payJudgedIn(text string) payJudged {
	if !strings.ContainsAny(text, "0123456789") {
		return payJudged{}
	}
	m := rePayJudged.FindStringSubmatch(text)
	if m == nil {
		m = amountBefore(rePayJudgedAt, text) // not "good for 16 year olds"
	}
	if m == nil && reJudgeAsked.MatchString(text) {
		// "the market rate for my role is 70k, is that right?": the
		// figure said, then asked to be judged; a number with no unit
		// ("3 kids") is none.
		for _, loc := range rePaySaid.FindAllStringSubmatchIndex(text, -1) {
			sm := submatches(text, loc)
			if n, err := strconv.ParseFloat(strings.ReplaceAll(sm[1], ",", ""), 64); err == nil && (sm[2] != "" || sm[3] != "" || n >= 1000) &&
				!reDurationAfter.MatchString(text[loc[1]:]) {
				m = sm
				break
			}
		}
	}
	if m == nil {
		m = ownPayIn(text)
	}
	if m == nil {
		return payJudged{}
	}
	n, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64)
	if err != nil || n <= 0 || n > 1e9 {
		return payJudged{}
	}
	if m[2] != "" {
		n *= 1000
	}
	j := payJudged{yearly: n, ok: true}
	if strings.Contains(strings.ToLower(m[3]), "mo") {
		j.yearly, j.monthly = n*12, true // "4000 a month"
		return j
	}
	if unit := strings.ToLower(m[3]); strings.Contains(unit, "bi") || strings.Contains(unit, "two") || strings.Contains(unit, "2") {
		j.yearly, j.biweekly = n*26, true // "3k biweekly": paid every two weeks
		return j
	}
	if unit := strings.ToLower(m[3]); strings.Contains(unit, "week") || strings.Contains(unit, "wk") {
		j.yearly, j.weekly = n*52, true // "900 a week"
		return j
	}
	if strings.Contains(strings.ToLower(m[3]), "h") || m[3] == "" && n < 200 {
		j.hourly, j.yearly = true, n*hoursPerYear
	}
	return j
}

// rePayConversion reads an amount with its unit, then the other unit.
var rePayConversion = regexp.MustCompile(`(?i)\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|thousand)?\s*(?:dollars?|bucks)?\s*(an hour|per hour|hourly|/\s?hr|/\s?hour|a year|per year|yearly|annually|/\s?yr|/\s?year)\b.*?\b(annually|a year|per year|yearly|annual|salary|an hour|per hour|hourly)\b`)

// payConversionIn finds a conversion asked in cleaned text.
func payConversionIn(text string) payConversion {
	if !strings.ContainsAny(text, "0123456789") {
		return payConversion{} // the quick path: no amount, nothing to convert
	}
	m := rePayConversion.FindStringSubmatch(text)
	if m == nil {
		return payConversion{}
	}
	from, to := strings.ToLower(m[3]), strings.ToLower(m[4])
	hourly := strings.Contains(from, "hour") || strings.Contains(from, "hr")
	if hourly == (strings.Contains(to, "hour")) {
		return payConversion{} // the same unit twice: no conversion asked
	}
	n, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64)
	if err != nil || n <= 0 || n > 1e9 {
		return payConversion{}
	}
	if m[2] != "" {
		n *= 1000
	}
	return payConversion{amount: n, hourly: hourly, ok: true}
}

// answer says the amount in the other unit, and how BLS converts.
func (c payConversion) answer() Answer {
	yearly, hourly := c.amount*hoursPerYear, c.amount
	if !c.hourly {
		yearly, hourly = c.amount, c.amount/hoursPerYear
	}
	y, h := "$"+commas(int64(math.Round(yearly))), fmt.Sprintf("$%.2f", hourly)
	summary := fmt.Sprintf("%s an hour is %s a year", h, y)
	if !c.hourly {
		summary = fmt.Sprintf("%s a year is %s an hour", y, h)
	}
	return Answer{Kind: KindHint, Intent: "convert", Title: "Hourly and yearly pay",
		Summary:     summary + fmt.Sprintf(" at %s hours (40 hours a week, 52 weeks), as BLS turns hourly wages into yearly ones.", commas(hoursPerYear)),
		Suggestions: []string{"jobs that pay over " + strings.TrimPrefix(y, "$") + " a year"}}
}

// aboutBound answers whether a career pays past a bound ("can a nurse make
// six figures", "do cashiers make under $15 an hour") from the spread BLS
// publishes: the percentiles either side of the amount bracket the share
// of workers past it, which is all the sources can say.
func (b *turn) aboutBound(c *knowledge.Career, q *question) Answer {
	type point struct {
		pct   int
		field knowledge.Field
	}
	points := []point{{10, knowledge.FieldAnnual10}, {25, knowledge.FieldAnnual25}, {50, knowledge.FieldMedianAnnual},
		{75, knowledge.FieldAnnual75}, {90, knowledge.FieldAnnual90}}
	if q.bound.hourly {
		points = []point{{10, knowledge.FieldHourly10}, {25, knowledge.FieldHourly25}, {50, knowledge.FieldMedianHourly},
			{75, knowledge.FieldHourly75}, {90, knowledge.FieldHourly90}}
	}
	var fields []knowledge.Field
	var known []point
	var values []float64
	var topCoded []bool // "$239,200 or more": at least the value
	for _, p := range points {
		fields = append(fields, p.field)
		if f, ok := c.Fact(p.field); ok {
			if v, ok := f.Number(); ok {
				known, values = append(known, p), append(values, v)
				topCoded = append(topCoded, strings.Contains(f.Value, "or more"))
			}
		}
	}
	a := b.figuresOf(c, intentByName(intentPay), fields)
	amount, more := q.bound.min, true
	if amount == 0 {
		amount, more = q.bound.max, false
	}
	unit, format := q.bound.units()
	past := "more"
	if !more {
		past = "less"
	}
	if len(known) < 2 {
		return a // top-coded or unpublished: the figures say what there is
	}
	// i: the first percentile at or above the amount.
	i := 0
	for i < len(values) && values[i] < amount {
		if topCoded[i] {
			// Past the highest figure BLS publishes: only that share is known.
			a.Summary = fmt.Sprintf("BLS publishes no wage above %s%s: at least %d%% of %s earn that or more, but how many earn %s than %s it does not say.",
				format(values[i]), unit, 100-known[i].pct, c.Name, past, format(amount))
			return a
		}
		i++
	}
	label := func(k int) string {
		v := format(values[k])
		if topCoded[k] {
			v += " or more"
		}
		return fmt.Sprintf("%s (%s percentile)", v, nth(known[k].pct))
	}
	var say string
	switch {
	case i == 0 && more:
		say = fmt.Sprintf("Yes: more than %d%% of %s earn more than %s%s; the %s percentile is %s.", 100-known[0].pct, c.Name, format(amount), unit, nth(known[0].pct), format(values[0]))
	case i == 0:
		say = fmt.Sprintf("Few: fewer than %d%% of %s earn less than %s%s; the %s percentile is %s.", known[0].pct, c.Name, format(amount), unit, nth(known[0].pct), format(values[0]))
	case i == len(values) && more:
		say = fmt.Sprintf("Few: fewer than %d%% of %s earn more than %s%s; the top %d%% earn more than %s.", 100-known[i-1].pct, c.Name, format(amount), unit, 100-known[i-1].pct, label(i-1))
	case i == len(values):
		say = fmt.Sprintf("Yes: more than %d%% of %s earn less than %s%s; the %s.", known[i-1].pct, c.Name, format(amount), unit, strings.Replace(label(i-1), " (", " is the ", 1))
	default:
		lo, hi := known[i-1].pct, known[i].pct
		if more {
			lo, hi = 100-hi, 100-lo
		}
		how := "Some"
		if lo >= 50 {
			how = "Most"
		}
		say = fmt.Sprintf("%s: between %d%% and %d%% of %s earn %s than %s%s, which lies between %s and %s.", how, lo, hi, c.Name, past, format(amount), unit, label(i-1), label(i))
	}
	a.Summary = say
	return a
}
