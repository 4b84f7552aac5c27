package knowledge

import (
	"math"
	"strconv"
	"strings"
)

// Measure names what a figure measures, whichever source publishes it: a
// page's average salary and BLS's median wage both measure yearly pay, so
// a comparison across sources can put them on one row.
type Measure string

// Measures that fields of both kinds of source share.
const (
	MeasureYearlyPay  Measure = "yearly_pay"
	MeasureHourlyPay  Measure = "hourly_pay"
	MeasurePayRange   Measure = "pay_range" // yearly
	MeasureGrowth     Measure = "growth"
	MeasureJobs       Measure = "jobs" // jobs or people employed now
	MeasureEducation  Measure = "education"
	MeasureExperience Measure = "experience"
)

// Measures only one kind of source publishes.
const (
	MeasureHourlyPayRange   Measure = "hourly_pay_range"
	MeasureYearlyPercentile Measure = "yearly_pay_percentile"
	MeasureHourlyPercentile Measure = "hourly_pay_percentile"
	MeasureOpenings         Measure = "openings"
	MeasureProjectedJobs    Measure = "projected_jobs"
	MeasureTraining         Measure = "training"
	MeasureJobZone          Measure = "job_zone"
	MeasureCode             Measure = "occupation_code"
	MeasureWageNote         Measure = "wage_note"
	MeasureProjectionNote   Measure = "projection_note"
	MeasureSatisfaction     Measure = "satisfaction"
	MeasureMajor            Measure = "major"
	MeasureCollege          Measure = "college"
	MeasureAge              Measure = "age"
	MeasureTimeToEnter      Measure = "time_to_enter"
	MeasureBestCity         Measure = "best_paying_city"
	MeasureBestState        Measure = "best_paying_state"
	MeasureBestCompany      Measure = "best_paying_company"
	MeasureBestIndustry     Measure = "best_paying_industry"
	MeasureGenderRatio      Measure = "gender_ratio"
	MeasureRaceRatio        Measure = "race_ratio"
	MeasureLGBTShare        Measure = "lgbt_share"
)

// measureLabels are the row labels of the measures that fields of both
// kinds of source share.
var measureLabels = map[Measure]string{
	MeasureYearlyPay:  "Yearly pay",
	MeasureHourlyPay:  "Hourly pay",
	MeasurePayRange:   "Pay range",
	MeasureGrowth:     "Growth",
	MeasureJobs:       "Jobs",
	MeasureEducation:  "Education",
	MeasureExperience: "Experience",
}

// Label returns how answers name the measure on a row shared by several
// sources' fields.
func (m Measure) Label() string {
	if l, ok := measureLabels[m]; ok {
		return l
	}
	return strings.ReplaceAll(string(m), "_", " ")
}

// Unit is what a figure's number counts.
type Unit string

// The units of figures; UnitNone is text with no number (a degree, a city).
const (
	UnitNone       Unit = ""
	UnitUSDPerYear Unit = "USD per year"
	UnitUSDPerHour Unit = "USD per hour"
	UnitPercent    Unit = "percent"
	UnitCount      Unit = "count"
	UnitYears      Unit = "years"
	UnitMonths     Unit = "months"   // a "6-12 months" time to become one: the text's own unit, not the field's
	UnitOutOf5     Unit = "out of 5" // a rating or level on a 1-5 scale
)

// Bound says how a published number relates to the true figure.
type Bound int8

// The bounds a source can publish.
const (
	Exact    Bound = iota
	AtLeast        // top-coded: BLS publishes "$239,200 or more", no higher figure
	LessThan       // "Less than 5 years"
)

// Amount is one number of a figure, with how it bounds the true figure.
type Amount struct {
	Value float64
	Bound Bound
}

// String says the amount in words ("at least 239200"), for test messages.
func (a Amount) String() string {
	v := strconv.FormatFloat(a.Value, 'f', -1, 64)
	switch a.Bound {
	case AtLeast:
		return "at least " + v
	case LessThan:
		return "less than " + v
	}
	return v
}

// Measured is a fact read through the field table: what it measures, the
// statistic and unit, and its number (or the two ends of its range), with
// the text as published kept in Fact.Value.
type Measured struct {
	Fact
	Measure Measure
	Stat    string // "average", "median", "middle 80%", "projected change"…
	// Basis is Stat with where it comes from: "average, from a comparison
	// page", "median, BLS OEWS, May 2024". Only Base.Measured knows the
	// source's title; Fact.Measured leaves it empty.
	Basis string
	Unit  Unit

	// Numeric says Low holds the number; a range also has High. A
	// figure with no number (text, or not published) has neither.
	Numeric   bool
	Range     bool
	Low, High Amount // High == Low for a single number
	// Suppressed says the source marks the figure as not published ("*",
	// "**", "#" without its top figure, "—", "n/a", "not published").
	Suppressed bool
}

// Number is the figure's number ($90,615 → 90615) and whether it has one;
// a range has none (see Low and High).
func (m Measured) Number() (float64, bool) {
	if !m.Numeric || m.Range {
		return 0, false
	}
	return m.Low.Value, true
}

// TopCoded reports whether the figure (or the top of its range) is only a
// floor: "$239,200 or more" is at least $239,200; OEWS's bare "#" is
// top-coded with no floor given (Numeric is false).
func (m Measured) TopCoded() bool { return m.High.Bound == AtLeast }

// InfoOf returns the field table's entry for f. A field the table does not
// list (a description, interest codes, a field of a newer database) is text
// measuring itself.
func InfoOf(f Field) FieldInfo {
	if i, ok := fieldInfos[f]; ok {
		return i
	}
	return FieldInfo{Field: f, Label: Label(f), Measure: Measure(f), Stat: strings.ToLower(Label(f)), Unit: UnitNone}
}

// fieldInfos indexes AllFields by field.
var fieldInfos = func() map[Field]FieldInfo {
	m := make(map[Field]FieldInfo, len(AllFields))
	for _, fi := range AllFields {
		m[fi.Field] = fi
	}
	return m
}()

// Measured reads the fact through the field table. Its Basis is left
// empty: Base.Measured adds where the figure comes from.
func (f Fact) Measured() Measured {
	info := InfoOf(f.Field)
	m := Measured{Fact: f, Measure: info.Measure, Stat: info.Stat, Unit: info.Unit}
	text := strings.TrimSpace(f.Value)
	if suppressed(text) {
		m.Suppressed = true
		if text == "#" {
			// OEWS's "#": at or above a top figure the cell does not
			// give. Top-coded, with no number to show.
			m.Suppressed = false
			m.Low.Bound, m.High.Bound = AtLeast, AtLeast
		}
		return m
	}
	if m.Unit == UnitNone {
		return m
	}
	lo, hi, isRange := cutRange(text, m.Unit)
	if isRange {
		a, unitA, okA := parseAmount(lo, m.Unit)
		b, unitB, okB := parseAmount(hi, m.Unit)
		if !okA || !okB || unitA != unitB {
			return m
		}
		m.Numeric, m.Range, m.Low, m.High, m.Unit = true, true, a, b, unitB
		return m
	}
	a, unit, ok := parseAmount(text, m.Unit)
	if !ok {
		return m
	}
	m.Numeric, m.Low, m.High, m.Unit = true, a, a, unit
	return m
}

// Measured reads a fact through the field table and says where it comes
// from: "a comparison page" for a page, the release title for official
// statistics ("BLS OEWS, May 2024").
func (b *Base) Measured(f Fact) Measured {
	m := f.Measured()
	src, ok := b.Source(f.Source)
	switch {
	case !ok:
		m.Basis = m.Stat
	case src.Kind == SourcePage:
		m.Basis = m.Stat + ", from a comparison page"
	default:
		m.Basis = m.Stat + ", " + src.Title
	}
	return m
}

// suppressed reports whether text is a mark for a figure the source does
// not publish: OEWS "*" (wages), "**" (employment) and "#" (above the top
// figure, when the cell gives none), the projections' dashes, O*NET's
// "n/a", and what answers show for them.
func suppressed(text string) bool {
	switch strings.ToLower(text) {
	case "", "*", "**", "#", "—", "–", "-", "n/a", "not published", "not given":
		return true
	}
	return false
}

// cutRange splits a range as the sources print it: "Between $67,000 And
// $121,000" (pages), "$66,030 to $135,320" (BLS, as the builder joins
// them), "1-2 years" and "6-12 months" (pages' times).
func cutRange(text string, unit Unit) (lo, hi string, ok bool) {
	if rest, ok := strings.CutPrefix(text, "Between "); ok {
		return strings.Cut(rest, " And ")
	}
	if lo, hi, ok := strings.Cut(text, " to "); ok {
		return lo, hi, true
	}
	if unit == UnitYears {
		// "1-2 years": the dash between two numbers, the unit after the
		// second, which the first shares.
		if i := strings.IndexByte(text, '-'); i > 0 {
			hi := text[i+1:]
			if _, word, ok := strings.Cut(hi, " "); ok {
				return text[:i] + " " + word, hi, true
			}
		}
	}
	return "", "", false
}

// parseAmount reads one number in the field's unit: "$90,615", "$45.00",
// "$239,200 or more", "-12%", "3,282,010", "4.14", "4 of 5", "2", "5 years
// or more", "Less than 5 years", "None" (no experience), "6 months". It
// returns the unit the text is in, which only differs for months.
func parseAmount(text string, unit Unit) (Amount, Unit, bool) {
	s := strings.TrimSpace(text)
	a := Amount{}
	if rest, ok := strings.CutSuffix(s, " or more"); ok {
		s, a.Bound = rest, AtLeast
	}
	if rest, ok := strings.CutPrefix(s, "Less than "); ok && a.Bound == Exact {
		s, a.Bound = rest, LessThan
	}
	switch unit {
	case UnitUSDPerYear, UnitUSDPerHour:
		rest, ok := strings.CutPrefix(s, "$")
		if !ok {
			return Amount{}, unit, false
		}
		s = rest
	case UnitPercent:
		rest, ok := strings.CutSuffix(s, "%")
		if !ok {
			return Amount{}, unit, false
		}
		s = rest
	case UnitOutOf5:
		s = strings.TrimSuffix(s, " of 5")
	case UnitYears:
		if s == "None" && a.Bound == Exact {
			return Amount{}, unit, true // BLS: no work experience needed
		}
		for _, w := range []struct {
			suffix string
			unit   Unit
		}{{" years", UnitYears}, {" year", UnitYears}, {" months", UnitMonths}, {" month", UnitMonths}} {
			if rest, ok := strings.CutSuffix(s, w.suffix); ok {
				s, unit = rest, w.unit
				break
			}
		}
	}
	v, ok := plainNumber(s)
	if !ok {
		return Amount{}, unit, false
	}
	a.Value = v
	return a, unit, true
}

// plainNumber reads digits with thousands separators, an optional sign and
// decimals ("3,282,010", "-36.1", "45.00"), and nothing else.
func plainNumber(s string) (float64, bool) {
	for i, r := range s {
		if !(r >= '0' && r <= '9' || r == ',' || r == '.' || r == '-' && i == 0) {
			return 0, false
		}
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false
	}
	return v, true
}
