package official

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
)

// The bundle is gzip-compressed text, one record a line, fields separated by
// tabs, and no field holds a tab or a line break:
//
//	careerbot-official	2
//	R	<key>	<release>                                 one per Dataset.Release entry
//	O	<code>	<soc>	<title>	<job zone>              starts an occupation
//	D	<description>                                   its Description, when it has one
//	T	<title>	<title>…                                its Titles, when it has any
//	W	<from>	<note>	<employment>	<6 hourly>	<6 annual>	<median value>
//	P	<from>	<note>	<2024>	<2034>	<change>	<%>	<% value>	<openings>	<openings value>	<education>	<experience>	<training>
//	S	<name>	<importance>	<level>                  one per skill, most important first
//	J	<type>	<task>                                   one per task, in order
//	X	<flags>	<name>                                   one per technology: flags "H" hot, "D" in demand
//	L	<code>	<tier>                                   one per related occupation, in order
//	I	<6 scores, RIASEC order>	<3 high points>          interests
//	K	<name>	<importance>	<level>                  one per knowledge area, most important first
//	E	<category>	<level>	<percent>                 one per required education level
//
// and, after the last occupation, the state estimates by code and area:
//
//	A	<code>	<area>	<area title>	<territory 0/1>	<employment>
//		<hourly mean>	<hourly median>	<annual mean>	<annual median>	<4 annual percentiles>
//
// Figures are kept as formatted text so answers print them exactly as read;
// the few numbers used for ranking are stored beside them in Go's shortest
// round-trip form. Text compresses well (the full set: 1.3 MB, 300 KB gzipped) and
// reads fast: ReadBundle slices one string and allocates little else.
const bundleMagic = "careerbot-official\t2"

// bundleVersion is the format version bundleMagic names; version 2 added
// descriptions (D) and the records of issue 12 (J, X, L, I, K, E, A).
const bundleVersion = 2

// ErrBundle is wrapped by ReadBundle's errors about a malformed bundle.
var ErrBundle = errors.New("malformed official bundle")

// WriteBundle writes ds in the bundle format ReadBundle reads. It fails on a
// field holding a tab or a line break, or a number that is NaN or infinite,
// which the format does not carry; the values ReadDir returns have none.
func WriteBundle(w io.Writer, ds *Dataset) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var bad string
	line := func(fields ...string) {
		for i, f := range fields {
			if strings.ContainsAny(f, "\t\r\n") && bad == "" {
				bad = f
			}
			if i > 0 {
				bw.WriteByte('\t')
			}
			bw.WriteString(f)
		}
		bw.WriteByte('\n')
	}
	num := func(v float64) string {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			bad = "non-finite number"
		}
		return strconv.FormatFloat(v, 'g', -1, 64)
	}

	bw.WriteString(bundleMagic + "\n")
	for _, k := range sortedKeys(ds.Release) {
		line("R", k, ds.Release[k])
	}
	for _, o := range ds.Occupations {
		line("O", o.Code, o.SOC, o.Title, strconv.Itoa(o.JobZone))
		if o.Description != "" {
			line("D", o.Description)
		}
		if len(o.Titles) > 0 {
			line(append([]string{"T"}, o.Titles...)...)
		}
		if w := o.Wages; w != nil {
			line("W", w.FromCode, w.Note, w.Employment,
				w.HourlyMean, w.HourlyMedian, w.Hourly10, w.Hourly25, w.Hourly75, w.Hourly90,
				w.AnnualMean, w.AnnualMedian, w.Annual10, w.Annual25, w.Annual75, w.Annual90,
				num(w.AnnualMedianValue))
		}
		if p := o.Projection; p != nil {
			line("P", p.FromCode, p.Note, p.Employment2024, p.Employment2034, p.EmploymentChange,
				p.ChangePercent, num(p.ChangeValue), p.AnnualOpenings, num(p.OpeningsValue),
				p.TypicalEducation, p.WorkExperience, p.JobTraining)
		}
		for _, s := range o.Skills {
			line("S", s.Name, s.Importance, s.Level)
		}
		for _, t := range o.Tasks {
			line("J", t.Type, t.Text)
		}
		for _, t := range o.Technology {
			line("X", techFlags(t), t.Name)
		}
		for _, r := range o.Related {
			line("L", r.Code, r.Tier)
		}
		if in := o.Interests; in != nil {
			f := append([]string{"I"}, in.Scores[:]...)
			for _, hp := range in.HighPoints {
				f = append(f, strconv.Itoa(hp))
			}
			line(f...)
		}
		for _, k := range o.Knowledge {
			line("K", k.Name, k.Importance, k.Level)
		}
		for _, e := range o.Education {
			line("E", strconv.Itoa(e.Category), e.Level, e.Percent)
		}
	}
	// The state estimates go in a gzip member of their own, so a reader
	// that does not need them yet can stop before them (ReadBundleLazy).
	if len(ds.StateWages) > 0 {
		if err := bw.Flush(); err != nil {
			return fmt.Errorf("write bundle: %w", err)
		}
		if err := zw.Close(); err != nil {
			return fmt.Errorf("write bundle: %w", err)
		}
		zw.Reset(w)
		bw.Reset(zw)
	}
	for i, w := range ds.StateWages {
		if i > 0 && w.Code < ds.StateWages[i-1].Code {
			bad = "state wages out of code order"
		}
		line("A", w.Code, w.Area, w.AreaTitle, boolField(w.Territory), w.Employment,
			w.HourlyMean, w.HourlyMedian, w.AnnualMean, w.AnnualMedian, w.Annual10, w.Annual25, w.Annual75, w.Annual90)
	}
	if bad != "" {
		return fmt.Errorf("write bundle: cannot carry %q (tab, line break or non-finite number)", bad)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write bundle: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write bundle: %w", err)
	}
	return nil
}

// Field counts of each record, the tag included.
const (
	releaseFields    = 3
	occupationFields = 5
	wageFields       = 17
	projectionFields = 13
	skillFields      = 4
	taskFields       = 3
	techFields       = 3
	relatedFields    = 3
	interestFields   = 10
	educationFields  = 4
	stateFields      = 14
)

// ReadBundle reads a bundle written by WriteBundle.
func ReadBundle(r io.Reader) (*Dataset, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read bundle: %w: %w", ErrBundle, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("read bundle: %w: %w", ErrBundle, err)
	}
	ds := &Dataset{Release: map[string]string{}}
	if err := parseBundle(string(data), ds, false); err != nil {
		return nil, err
	}
	return ds, nil
}

// ReadBundleLazy reads the occupations of a bundle and leaves its state
// estimates, two thirds of its text, to the function it returns, which
// reads them when first called (and again on each call: callers keep the
// result). A start-up that answers one question about national pay never
// pays for the states.
func ReadBundleLazy(data []byte) (*Dataset, func() ([]StateWage, error), error) {
	br := bytes.NewReader(data)
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, nil, fmt.Errorf("read bundle: %w: %w", ErrBundle, err)
	}
	zr.Multistream(false)
	// No header gives the first member's size. Its text is about 4.5 times
	// its compressed size and the states' member about as big as it, so
	// three times the whole rarely grows; a strings.Builder hands its
	// buffer over as the string without a copy.
	var text strings.Builder
	text.Grow(3 * len(data))
	if _, err := io.Copy(&text, zr); err != nil {
		return nil, nil, fmt.Errorf("read bundle: %w: %w", ErrBundle, err)
	}
	ds := &Dataset{Release: map[string]string{}}
	if err := parseBundle(text.String(), ds, false); err != nil {
		return nil, nil, err
	}
	// bytes.Reader is an io.ByteReader, so gzip read exactly the first
	// member: what is left is the state estimates' member, if any.
	rest := data[len(data)-br.Len():]
	states := func() ([]StateWage, error) {
		if len(rest) == 0 {
			return nil, nil
		}
		zr, err := gzip.NewReader(bytes.NewReader(rest))
		if err != nil {
			return nil, fmt.Errorf("read bundle states: %w: %w", ErrBundle, err)
		}
		text, err := io.ReadAll(zr)
		if err != nil {
			return nil, fmt.Errorf("read bundle states: %w: %w", ErrBundle, err)
		}
		part := &Dataset{}
		if err := parseBundle(string(text), part, true); err != nil {
			return nil, err
		}
		return part.StateWages, nil
	}
	return ds, states, nil
}

// parseBundle reads the text of a bundle into ds: all of it, or with
// statesOnly the state estimates' member, which has no header and only
// state records. Every field is a substring of text, so reading costs one
// allocation per slice, not per field.
func parseBundle(text string, ds *Dataset, statesOnly bool) error {
	if !statesOnly {
		var first string
		first, text, _ = strings.Cut(text, "\n")
		if first != bundleMagic {
			return fmt.Errorf("read bundle: %w: not a careerbot-official version %d bundle", ErrBundle, bundleVersion)
		}
	}
	if strings.Contains(text, "\r") {
		return fmt.Errorf("read bundle: %w: carriage return", ErrBundle)
	}
	count := strings.Count(text, "\nO\t")
	if strings.HasPrefix(text, "O\t") {
		count++
	}
	if count > 0 {
		ds.Occupations = make([]Occupation, 0, count)
	}
	var fields [wageFields]string // the longest fixed record
	inStates := false             // state records come after every occupation
	for n := 2; text != ""; n++ {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		tag, _, _ := strings.Cut(line, "\t")
		bad := func(what string) error {
			return fmt.Errorf("read bundle: line %d: %w: %s", n, ErrBundle, what)
		}
		if statesOnly && tag != "A" {
			return bad("record " + strconv.Quote(tag) + " among the state estimates")
		}
		var o *Occupation
		if len(ds.Occupations) > 0 {
			o = &ds.Occupations[len(ds.Occupations)-1]
		}
		if o == nil && tag != "R" && tag != "O" && tag != "A" {
			return bad("record " + strconv.Quote(tag) + " before any occupation")
		}
		if inStates && tag != "A" {
			return bad("record " + strconv.Quote(tag) + " after the state estimates")
		}
		switch tag {
		case "R":
			f, ok := split(line, fields[:releaseFields])
			if !ok {
				return bad("release record")
			}
			ds.Release[f[1]] = f[2]
		case "O":
			f, ok := split(line, fields[:occupationFields])
			if !ok {
				return bad("occupation record")
			}
			zone, err := strconv.Atoi(f[4])
			if err != nil {
				return bad("job zone " + strconv.Quote(f[4]))
			}
			ds.Occupations = append(ds.Occupations, Occupation{Code: f[1], SOC: f[2], Title: f[3], JobZone: zone})
		case "D":
			rest, ok := strings.CutPrefix(line, "D\t")
			if !ok || rest == "" || strings.Contains(rest, "\t") || o.Description != "" {
				return bad("description record")
			}
			o.Description = rest
		case "T":
			rest, ok := strings.CutPrefix(line, "T\t")
			if !ok || o.Titles != nil {
				return bad("titles record")
			}
			o.Titles = strings.Split(rest, "\t")
		case "W":
			f, ok := split(line, fields[:wageFields])
			if !ok || o.Wages != nil {
				return bad("wages record")
			}
			median, err := parseValue(f[16])
			if err != nil {
				return bad("median value " + strconv.Quote(f[16]))
			}
			o.Wages = &Wages{FromCode: f[1], Note: f[2], Employment: f[3],
				HourlyMean: f[4], HourlyMedian: f[5], Hourly10: f[6], Hourly25: f[7], Hourly75: f[8], Hourly90: f[9],
				AnnualMean: f[10], AnnualMedian: f[11], Annual10: f[12], Annual25: f[13], Annual75: f[14], Annual90: f[15],
				AnnualMedianValue: median}
		case "P":
			f, ok := split(line, fields[:projectionFields])
			if !ok || o.Projection != nil {
				return bad("projection record")
			}
			change, err1 := parseValue(f[7])
			openings, err2 := parseValue(f[9])
			if err1 != nil || err2 != nil {
				return bad("projection values")
			}
			o.Projection = &Projection{FromCode: f[1], Note: f[2], Employment2024: f[3], Employment2034: f[4],
				EmploymentChange: f[5], ChangePercent: f[6], ChangeValue: change,
				AnnualOpenings: f[8], OpeningsValue: openings,
				TypicalEducation: f[10], WorkExperience: f[11], JobTraining: f[12]}
		case "S":
			f, ok := split(line, fields[:skillFields])
			if !ok {
				return bad("skill record")
			}
			if o.Skills == nil {
				o.Skills = make([]Skill, 0, MaxSkills)
			}
			o.Skills = append(o.Skills, Skill{Name: f[1], Importance: f[2], Level: f[3]})
		case "J":
			f, ok := split(line, fields[:taskFields])
			if !ok || f[2] == "" {
				return bad("task record")
			}
			o.Tasks = append(o.Tasks, Task{Type: f[1], Text: f[2]})
		case "X":
			f, ok := split(line, fields[:techFields])
			if !ok || f[2] == "" || (f[1] != "" && f[1] != "H" && f[1] != "D" && f[1] != "HD") {
				return bad("technology record")
			}
			o.Technology = append(o.Technology, Technology{Name: f[2], Hot: strings.Contains(f[1], "H"), InDemand: strings.Contains(f[1], "D")})
		case "L":
			f, ok := split(line, fields[:relatedFields])
			if !ok {
				return bad("related record")
			}
			o.Related = append(o.Related, Related{Code: f[1], Tier: f[2]})
		case "I":
			f, ok := split(line, fields[:interestFields])
			if !ok || o.Interests != nil {
				return bad("interests record")
			}
			in := &Interests{}
			copy(in.Scores[:], f[1:7])
			for i, s := range f[7:10] {
				hp, err := strconv.Atoi(s)
				if err != nil || hp < 0 || hp > 6 || s != strconv.Itoa(hp) {
					return bad("interest high point " + strconv.Quote(s))
				}
				in.HighPoints[i] = hp
			}
			o.Interests = in
		case "K":
			f, ok := split(line, fields[:skillFields])
			if !ok {
				return bad("knowledge record")
			}
			o.Knowledge = append(o.Knowledge, Skill{Name: f[1], Importance: f[2], Level: f[3]})
		case "E":
			f, ok := split(line, fields[:educationFields])
			if !ok {
				return bad("education record")
			}
			n, err := strconv.Atoi(f[1])
			if err != nil || f[1] != strconv.Itoa(n) {
				return bad("education category " + strconv.Quote(f[1]))
			}
			o.Education = append(o.Education, EducationShare{Category: n, Level: f[2], Percent: f[3]})
		case "A":
			f, ok := split(line, fields[:stateFields])
			if !ok || (f[4] != "0" && f[4] != "1") {
				return bad("state wages record")
			}
			if n := len(ds.StateWages); n > 0 && f[1] < ds.StateWages[n-1].Code {
				return bad("state wages out of code order")
			}
			w := StateWage{Code: f[1], Area: f[2], AreaTitle: f[3], Territory: f[4] == "1",
				Employment: f[5], HourlyMean: f[6], HourlyMedian: f[7], AnnualMean: f[8], AnnualMedian: f[9],
				Annual10: f[10], Annual25: f[11], Annual75: f[12], Annual90: f[13]}
			var err1, err2, err3 error
			w.EmploymentValue, err1 = figureValue(w.Employment)
			w.AnnualMeanValue, err2 = figureValue(w.AnnualMean)
			w.AnnualMedianValue, err3 = figureValue(w.AnnualMedian)
			if err1 != nil || err2 != nil || err3 != nil {
				return bad("state wages figures")
			}
			if ds.StateWages == nil {
				ds.StateWages = make([]StateWage, 0, strings.Count(text, "\nA\t")+1)
			}
			ds.StateWages = append(ds.StateWages, w)
			inStates = true
		default:
			return bad("unknown record " + strconv.Quote(tag))
		}
	}
	return nil
}

// parseValue reads a number written by WriteBundle; only finite numbers are
// ever written.
func parseValue(s string) (float64, error) {
	v, err := strconv.ParseFloat(s, 64)
	if err == nil && (math.IsNaN(v) || math.IsInf(v, 0)) {
		err = errors.New("not finite")
	}
	return v, err
}

// figureValue reads back the number of a figure ReadDir formatted
// ("$90,010", "261,050"); "" is 0, not published.
func figureValue(s string) (float64, error) {
	if s == "" {
		return 0, nil
	}
	v, err := parseNumber(s)
	if err != nil {
		return 0, err
	}
	// Only what formatNumber writes reads back: no "1e5", no "+1".
	if s[0] == '$' {
		s = s[1:]
	}
	if s != formatNumber(v, decimalsOf(s)) {
		return 0, errValue
	}
	return v, nil
}

func decimalsOf(s string) int {
	if _, frac, ok := strings.Cut(s, "."); ok {
		return len(frac)
	}
	return 0
}

func techFlags(t Technology) string {
	flags := ""
	if t.Hot {
		flags += "H"
	}
	if t.InDemand {
		flags += "D"
	}
	return flags
}

func boolField(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// split cuts line at tabs into exactly len(into) fields.
func split(line string, into []string) ([]string, bool) {
	for i := range into {
		if i == len(into)-1 {
			if strings.Contains(line, "\t") {
				return nil, false
			}
			into[i] = line
			return into, true
		}
		var ok bool
		into[i], line, ok = strings.Cut(line, "\t")
		if !ok {
			return nil, false
		}
	}
	return into, true
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
