package bot

import (
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/careerbot/careerbot/knowledge"
)

// Chart is the data of a pay chart: one bar per career on one dollar axis,
// so differences show at a glance. Every figure is kept as its source
// publishes it next to the number drawn. It is platform-neutral: package
// chart draws it as a picture, TextChart as a line of text per career.
type Chart struct {
	Title   string
	Unit    Unit     // what one figure is a rate of: a year's pay or an hour's
	Bars    []Bar    // in the order the answer names the careers
	Notes   []string // figures left out or open ended, and why: the picture says so
	Sources []Source // where the figures come from, release included ("BLS OEWS, May 2024")
}

// Unit is the period a pay figure covers.
type Unit string

// The units of a chart's axis.
const (
	PerYear Unit = "year"
	PerHour Unit = "hour"
)

// BarKind says which figures a bar holds.
type BarKind string

// The kinds of bar.
const (
	// BarPercentiles: official wages as the 10th, 25th, 50th (median), 75th
	// and 90th percentiles.
	BarPercentiles BarKind = "percentiles"
	// BarAverage: a page's average salary with the range the page gives.
	BarAverage BarKind = "average"
)

// Bar is one career's pay.
type Bar struct {
	Career string
	Kind   BarKind
	Source string // title of the source of the bar's figures

	// Percentiles holds the 10th, 25th, 50th, 75th and 90th percentiles
	// (BarPercentiles), in that order; PercentileNames names them.
	Percentiles [5]Value

	// Average, Low and High are a page's average and the ends of its range
	// (BarAverage).
	Average, Low, High Value
}

// PercentileNames names Bar.Percentiles, in order.
var PercentileNames = [5]string{"10th percentile", "25th percentile", "median", "75th percentile", "90th percentile"}

// Value is one figure of a bar.
type Value struct {
	Text     string  // as published: "$66,030", "$239,200 or more"; empty when missing
	Number   float64 // the figure drawn; for a top-coded value, the code (the pay is at least this)
	TopCoded bool    // published as "… or more": drawn open ended
	Missing  bool    // not published: left out of the picture
}

// Span returns the lowest and highest figures a bar draws; ok is false when
// it has none.
func (b Bar) Span() (lo, hi float64, ok bool) {
	for _, v := range b.values() {
		if v.Missing {
			continue
		}
		if !ok || v.Number < lo {
			lo = v.Number
		}
		if !ok || v.Number > hi {
			hi = v.Number
		}
		ok = true
	}
	return lo, hi, ok
}

func (b Bar) values() []Value {
	if b.Kind == BarAverage {
		return []Value{b.Low, b.Average, b.High}
	}
	return b.Percentiles[:]
}

// Percentile fields by unit, in the order of Bar.Percentiles.
var percentileFields = map[Unit][5]knowledge.Field{
	PerYear: {knowledge.FieldAnnual10, knowledge.FieldAnnual25, knowledge.FieldMedianAnnual, knowledge.FieldAnnual75, knowledge.FieldAnnual90},
	PerHour: {knowledge.FieldHourly10, knowledge.FieldHourly25, knowledge.FieldMedianHourly, knowledge.FieldHourly75, knowledge.FieldHourly90},
}

// payChart builds the pay chart of careers, yearly when any of them has a
// yearly figure, else hourly. Careers without a figure in that unit are
// left out and the notes say so. It returns nil when there is nothing to
// draw.
func payChart(kb *knowledge.Base, cs []*knowledge.Career, fields []knowledge.Field) *Chart {
	unit := PerYear
	if onlyHourly(fields) && anyPay(cs, PerHour) {
		unit = PerHour // "and hourly?": the chart in the unit asked
	} else if !anyPay(cs, PerYear) {
		unit = PerHour
		if !anyPay(cs, PerHour) {
			return nil
		}
	}
	ch := &Chart{Unit: unit}
	src := newSourceSet(kb)
	var names []string
	for _, c := range cs {
		if !hasPay(c, unit) {
			ch.Notes = append(ch.Notes, c.Name+": no "+unitWord(unit)+" pay figure given; not drawn.")
			continue
		}
		var bar Bar
		if c.Official() {
			bar = percentileBar(c, unit)
		} else {
			bar = averageBar(c)
		}
		for _, f := range barFields(c, unit) {
			if v, ok := c.Fact(f); ok {
				src.add(v.Source)
				if s, ok := kb.Source(v.Source); ok && bar.Source == "" {
					bar.Source = s.Title
				}
			}
		}
		ch.Notes = append(ch.Notes, barNotes(bar)...)
		if n, ok := c.Fact(knowledge.FieldWageNote); ok && c.Official() {
			// An O*NET specialty drawn with its parent occupation's wages.
			ch.Notes = append(ch.Notes, c.Name+": "+n.Value+".")
		}
		ch.Bars = append(ch.Bars, bar)
		names = append(names, c.Name)
	}
	if !slices.ContainsFunc(ch.Bars, func(b Bar) bool { _, _, ok := b.Span(); return ok }) {
		return nil // figures given, none readable: nothing to draw
	}
	ch.Sources = src.list()
	ch.Title = capitalize(unitWord(unit)) + " pay"
	if len(names) == 1 {
		ch.Title += ": " + names[0]
	} else {
		ch.Title += " compared"
	}
	return ch
}

func unitWord(u Unit) string {
	if u == PerHour {
		return "hourly"
	}
	return "yearly"
}

func anyPay(cs []*knowledge.Career, u Unit) bool {
	for _, c := range cs {
		if hasPay(c, u) {
			return true
		}
	}
	return false
}

// hasPay reports whether c has a figure a chart in unit u can draw.
func hasPay(c *knowledge.Career, u Unit) bool {
	for _, f := range barFields(c, u) {
		if _, ok := c.Fact(f); ok {
			return true
		}
	}
	return false
}

// barFields are the fields a bar of c in unit u is drawn from.
func barFields(c *knowledge.Career, u Unit) []knowledge.Field {
	if !c.Official() {
		if u == PerHour {
			return nil // pages give only an average hourly rate: nothing to range
		}
		return []knowledge.Field{knowledge.FieldYearlySalary, knowledge.FieldSalaryRange}
	}
	var out []knowledge.Field
	for _, f := range percentileFields[u] {
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}

func percentileBar(c *knowledge.Career, u Unit) Bar {
	bar := Bar{Career: c.Name, Kind: BarPercentiles}
	for i, f := range percentileFields[u] {
		bar.Percentiles[i] = valueOf(c, f)
	}
	return bar
}

func averageBar(c *knowledge.Career) Bar {
	bar := Bar{Career: c.Name, Kind: BarAverage, Average: valueOf(c, knowledge.FieldYearlySalary),
		Low: Value{Missing: true}, High: Value{Missing: true}}
	if r, ok := c.Fact(knowledge.FieldSalaryRange); ok {
		if lo, hi, ok := rangeEnds(r.Value); ok {
			bar.Low, bar.High = lo, hi
		}
	}
	return bar
}

// valueOf reads one figure; an absent or unreadable one is missing.
func valueOf(c *knowledge.Career, f knowledge.Field) Value {
	fact, ok := c.Fact(f)
	if !ok {
		return Value{Missing: true}
	}
	return parseValue(fact.Value)
}

// topCodedSuffix ends the figures BLS publishes only as a lower bound
// ("$239,200 or more", "$115.00 or more").
const topCodedSuffix = " or more"

// parseValue reads a published money figure, top-coded or not.
func parseValue(text string) Value {
	v := Value{Text: text}
	s, top := strings.CutSuffix(strings.TrimSpace(text), topCodedSuffix)
	n, ok := knowledge.Fact{Value: s}.Number()
	if !ok || n < 0 || math.IsInf(n, 0) || math.IsNaN(n) || !strings.HasPrefix(s, "$") {
		return Value{Missing: true}
	}
	v.Number, v.TopCoded = n, top
	return v
}

// moneyPattern finds the dollar amounts in a page's salary range.
var moneyPattern = regexp.MustCompile(`\$[0-9][0-9,]*(?:\.[0-9]+)?`)

// rangeEnds reads "Between $48,000 And $114,000" as its two ends, the
// texts kept as the page writes them.
func rangeEnds(text string) (lo, hi Value, ok bool) {
	ms := moneyPattern.FindAllString(text, -1)
	if len(ms) != 2 {
		return Value{}, Value{}, false
	}
	lo, hi = parseValue(ms[0]), parseValue(ms[1])
	if lo.Missing || hi.Missing || lo.Number > hi.Number {
		return Value{}, Value{}, false
	}
	return lo, hi, true
}

// barNotes says which of a bar's figures are left out or open ended.
func barNotes(b Bar) []string {
	var missing, notes []string
	if b.Kind == BarAverage {
		if b.Average.Missing {
			missing = append(missing, "average")
		}
		if b.Low.Missing {
			missing = append(missing, "salary range")
		}
	} else {
		for i, v := range b.Percentiles {
			switch {
			case v.Missing:
				missing = append(missing, PercentileNames[i])
			case v.TopCoded:
				notes = append(notes, b.Career+": "+PercentileNames[i]+" "+v.Text+" (no higher figure is published); drawn open ended.")
			}
		}
	}
	if len(missing) > 0 {
		notes = append([]string{b.Career + ": " + joinAnd(missing) + " " + NotGiven + "; left out."}, notes...)
	}
	return notes
}

// joinAnd joins words as a sentence does: "a", "a and b", "a, b and c".
func joinAnd(ws []string) string {
	if len(ws) <= 1 {
		return strings.Join(ws, "")
	}
	return strings.Join(ws[:len(ws)-1], ", ") + " and " + ws[len(ws)-1]
}

// chartFor is the pay chart of an answer about one career, for a question
// about pay; nil otherwise.
func (b *turn) chartFor(intent string, c *knowledge.Career, fields []knowledge.Field) *Chart {
	if intent != intentPay {
		return nil
	}
	return payChart(b.kb, []*knowledge.Career{c}, fields)
}

// onlyHourly reports whether the pay figures asked are all hourly.
func onlyHourly(fields []knowledge.Field) bool {
	hourly := false
	for _, f := range fields {
		switch knowledge.InfoOf(f).Unit {
		case knowledge.UnitUSDPerHour:
			hourly = true
		case knowledge.UnitUSDPerYear:
			return false
		}
	}
	return hourly
}

// compareChart is the pay chart of a comparison that shows pay: one that
// asks for no topic in particular, or for pay figures.
func (b *turn) compareChart(cs []*knowledge.Career, fields []knowledge.Field) *Chart {
	if len(fields) > 0 && !slices.ContainsFunc(fields, isPayField) {
		return nil
	}
	return payChart(b.kb, cs, fields)
}

// isPayField reports whether f is a figure a pay chart draws: one in
// dollars a year or an hour (the field table says which).
func isPayField(f knowledge.Field) bool {
	u := knowledge.InfoOf(f).Unit
	return u == knowledge.UnitUSDPerYear || u == knowledge.UnitUSDPerHour
}
