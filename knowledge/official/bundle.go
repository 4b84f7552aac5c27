package official

import (
	"bufio"
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
//
// Figures are kept as formatted text so answers print them exactly as read;
// the few numbers used for ranking are stored beside them in Go's shortest
// round-trip form. Text compresses well (the full set: 1.3 MB, 300 KB gzipped) and
// reads fast: ReadBundle slices one string and allocates little else.
const bundleMagic = "careerbot-official\t2"

// bundleVersion is the format version bundleMagic names; version 2 added
// descriptions (D).
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
	// One string for the whole text: every field below is a substring of it,
	// so reading costs one allocation per slice, not per field.
	text := string(data)

	first, text, _ := strings.Cut(text, "\n")
	if first != bundleMagic {
		return nil, fmt.Errorf("read bundle: %w: not a careerbot-official version %d bundle", ErrBundle, bundleVersion)
	}
	if strings.Contains(text, "\r") {
		return nil, fmt.Errorf("read bundle: %w: carriage return", ErrBundle)
	}
	ds := &Dataset{Release: map[string]string{}}
	count := strings.Count(text, "\nO\t")
	if strings.HasPrefix(text, "O\t") {
		count++
	}
	if count > 0 {
		ds.Occupations = make([]Occupation, 0, count)
	}
	var fields [wageFields]string // the longest fixed record
	for n := 2; text != ""; n++ {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		tag, _, _ := strings.Cut(line, "\t")
		bad := func(what string) error {
			return fmt.Errorf("read bundle: line %d: %w: %s", n, ErrBundle, what)
		}
		var o *Occupation
		if len(ds.Occupations) > 0 {
			o = &ds.Occupations[len(ds.Occupations)-1]
		}
		if o == nil && tag != "R" && tag != "O" {
			return nil, bad("record " + strconv.Quote(tag) + " before any occupation")
		}
		switch tag {
		case "R":
			f, ok := split(line, fields[:releaseFields])
			if !ok {
				return nil, bad("release record")
			}
			ds.Release[f[1]] = f[2]
		case "O":
			f, ok := split(line, fields[:occupationFields])
			if !ok {
				return nil, bad("occupation record")
			}
			zone, err := strconv.Atoi(f[4])
			if err != nil {
				return nil, bad("job zone " + strconv.Quote(f[4]))
			}
			ds.Occupations = append(ds.Occupations, Occupation{Code: f[1], SOC: f[2], Title: f[3], JobZone: zone})
		case "D":
			rest, ok := strings.CutPrefix(line, "D\t")
			if !ok || rest == "" || strings.Contains(rest, "\t") || o.Description != "" {
				return nil, bad("description record")
			}
			o.Description = rest
		case "T":
			rest, ok := strings.CutPrefix(line, "T\t")
			if !ok || o.Titles != nil {
				return nil, bad("titles record")
			}
			o.Titles = strings.Split(rest, "\t")
		case "W":
			f, ok := split(line, fields[:wageFields])
			if !ok || o.Wages != nil {
				return nil, bad("wages record")
			}
			median, err := parseValue(f[16])
			if err != nil {
				return nil, bad("median value " + strconv.Quote(f[16]))
			}
			o.Wages = &Wages{FromCode: f[1], Note: f[2], Employment: f[3],
				HourlyMean: f[4], HourlyMedian: f[5], Hourly10: f[6], Hourly25: f[7], Hourly75: f[8], Hourly90: f[9],
				AnnualMean: f[10], AnnualMedian: f[11], Annual10: f[12], Annual25: f[13], Annual75: f[14], Annual90: f[15],
				AnnualMedianValue: median}
		case "P":
			f, ok := split(line, fields[:projectionFields])
			if !ok || o.Projection != nil {
				return nil, bad("projection record")
			}
			change, err1 := parseValue(f[7])
			openings, err2 := parseValue(f[9])
			if err1 != nil || err2 != nil {
				return nil, bad("projection values")
			}
			o.Projection = &Projection{FromCode: f[1], Note: f[2], Employment2024: f[3], Employment2034: f[4],
				EmploymentChange: f[5], ChangePercent: f[6], ChangeValue: change,
				AnnualOpenings: f[8], OpeningsValue: openings,
				TypicalEducation: f[10], WorkExperience: f[11], JobTraining: f[12]}
		case "S":
			f, ok := split(line, fields[:skillFields])
			if !ok {
				return nil, bad("skill record")
			}
			if o.Skills == nil {
				o.Skills = make([]Skill, 0, MaxSkills)
			}
			o.Skills = append(o.Skills, Skill{Name: f[1], Importance: f[2], Level: f[3]})
		default:
			return nil, bad("unknown record " + strconv.Quote(tag))
		}
	}
	return ds, nil
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
