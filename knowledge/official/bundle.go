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

// The bundle is text, one record a line, fields separated by tabs, and no
// field holds a tab or a line break. It is three gzip members one after the
// other, so that a reader can take the first alone and the others when
// first needed (ReadBundleLazy); gunzip reads them as one text:
//
//	careerbot-official	2                           first member: what every start-up needs
//	R	<key>	<release>                                 one per Dataset.Release entry
//	Z	<size of the second member>	<size of the third>   compressed bytes, 0 when absent
//	O	<code>	<soc>	<title>	<job zone>              starts an occupation
//	D	<description>                                   its Description, when it has one
//	T	<title>	<title>…                                its Titles, when it has any
//	W	<from>	<note>	<employment>	<6 hourly>	<6 annual>	<median value>
//	P	<from>	<note>	<2024>	<2034>	<change>	<%>	<% value>	<openings>	<openings value>	<education>	<experience>	<training>
//	S	<name>	<importance>	<level>                  one per skill, most important first
//	I	<6 scores, RIASEC order>	<3 high points>          interests
//
//	M	<code>                                          second member: an occupation's lists
//	J	<type>	<task>                                   one per task, in order
//	X	<flags>	<name>                                   one per technology: flags "H" hot, "D" in demand
//	L	<code>	<tier>                                   one per related occupation, in order
//	K	<name>	<importance>	<level>                  one per knowledge area, most important first
//	E	<category>	<level>	<percent>                 one per required education level
//
//	A	<code>	<area>	<area title>	<territory 0/1>	<employment>    third member: state estimates,
//		<hourly mean>	<hourly median>	<annual mean>	<annual median>	<4 annual percentiles>   by code
//
// Figures are kept as formatted text so answers print them exactly as read;
// the few numbers used for ranking are stored beside them in Go's shortest
// round-trip form, or read back from the text. Text compresses well (the
// full set: 8 MB, 2 MB gzipped, of which the first member 1 MB) and reads
// fast: the parser slices one string and allocates little else.
const bundleMagic = "careerbot-official\t2"

// bundleVersion is the format version bundleMagic names; version 2 added
// descriptions (D), the records of issue 12 (I, M, J, X, L, K, E, A) and
// the three members (Z).
const bundleVersion = 2

// ErrBundle is wrapped by ReadBundle's errors about a malformed bundle.
var ErrBundle = errors.New("malformed official bundle")

// bundleWriter writes the records of one member.
type bundleWriter struct {
	bw    *bufio.Writer
	bad   string // the first value the format cannot carry
	lines int
}

func (b *bundleWriter) line(fields ...string) {
	for i, f := range fields {
		if strings.ContainsAny(f, "\t\r\n") && b.bad == "" {
			b.bad = f
		}
		if i > 0 {
			b.bw.WriteByte('\t')
		}
		b.bw.WriteString(f)
	}
	b.bw.WriteByte('\n')
	b.lines++
}

func (b *bundleWriter) num(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		b.bad = "non-finite number"
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// member compresses the records fill writes into one gzip member; nil when
// fill writes none.
func member(fill func(b *bundleWriter)) ([]byte, string, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, "", err
	}
	b := &bundleWriter{bw: bufio.NewWriter(zw)}
	fill(b)
	if err := b.bw.Flush(); err != nil {
		return nil, "", err
	}
	if err := zw.Close(); err != nil {
		return nil, "", err
	}
	if b.lines == 0 {
		return nil, b.bad, nil
	}
	return buf.Bytes(), b.bad, nil
}

// hasLists reports whether an occupation has any of the second member's lists.
func hasLists(o *Occupation) bool {
	return len(o.Tasks)+len(o.Technology)+len(o.Related)+len(o.Knowledge)+len(o.Education) > 0
}

// WriteBundle writes ds in the bundle format ReadBundle reads. It fails on a
// field holding a tab or a line break, a number that is NaN or infinite,
// or state estimates out of code order, which the format does not carry;
// the values ReadDir returns have none.
func WriteBundle(w io.Writer, ds *Dataset) error {
	lists, bad2, err := member(func(b *bundleWriter) {
		for i := range ds.Occupations {
			o := &ds.Occupations[i]
			if !hasLists(o) {
				continue
			}
			b.line("M", o.Code)
			for _, t := range o.Tasks {
				b.line("J", t.Type, t.Text)
			}
			for _, t := range o.Technology {
				b.line("X", techFlags(t), t.Name)
			}
			for _, r := range o.Related {
				b.line("L", r.Code, r.Tier)
			}
			for _, k := range o.Knowledge {
				b.line("K", k.Name, k.Importance, k.Level)
			}
			for _, e := range o.Education {
				b.line("E", strconv.Itoa(e.Category), e.Level, e.Percent)
			}
		}
	})
	if err != nil {
		return fmt.Errorf("write bundle: %w", err)
	}
	states, bad3, err := member(func(b *bundleWriter) {
		for i, w := range ds.StateWages {
			if i > 0 && w.Code < ds.StateWages[i-1].Code {
				b.bad = "state wages out of code order"
			}
			b.line("A", w.Code, w.Area, w.AreaTitle, boolField(w.Territory), w.Employment,
				w.HourlyMean, w.HourlyMedian, w.AnnualMean, w.AnnualMedian, w.Annual10, w.Annual25, w.Annual75, w.Annual90)
		}
	})
	if err != nil {
		return fmt.Errorf("write bundle: %w", err)
	}
	first, bad1, err := member(func(b *bundleWriter) {
		b.bw.WriteString(bundleMagic + "\n")
		for _, k := range sortedKeys(ds.Release) {
			b.line("R", k, ds.Release[k])
		}
		b.line("Z", strconv.Itoa(len(lists)), strconv.Itoa(len(states)))
		if w := ds.AllOccupations; w != nil {
			b.line(wageRecord("N", w, b)...)
		}
		if p := ds.AllProjection; p != nil {
			b.line(projectionRecord("Q", p, b)...)
		}
		for _, o := range ds.Occupations {
			b.line("O", o.Code, o.SOC, o.Title, strconv.Itoa(o.JobZone))
			if o.Description != "" {
				b.line("D", o.Description)
			}
			if len(o.Titles) > 0 {
				b.line(append([]string{"T"}, o.Titles...)...)
			}
			if w := o.Wages; w != nil {
				b.line(wageRecord("W", w, b)...)
			}
			if p := o.Projection; p != nil {
				b.line(projectionRecord("P", p, b)...)
			}
			for _, s := range o.Skills {
				b.line("S", s.Name, s.Importance, s.Level)
			}
			if in := o.Interests; in != nil {
				f := append([]string{"I"}, in.Scores[:]...)
				for _, hp := range in.HighPoints {
					f = append(f, strconv.Itoa(hp))
				}
				b.line(f...)
			}
		}
	})
	if err != nil {
		return fmt.Errorf("write bundle: %w", err)
	}
	if bad := cmpOr(bad1, bad2, bad3); bad != "" {
		return fmt.Errorf("write bundle: cannot carry %q (tab, line break, non-finite number or order)", bad)
	}
	for _, m := range [][]byte{first, lists, states} {
		if _, err := w.Write(m); err != nil {
			return fmt.Errorf("write bundle: %w", err)
		}
	}
	return nil
}

// wageRecord is the fields of a wages record: W for an occupation's, N
// for all occupations'.
func wageRecord(tag string, w *Wages, b *bundleWriter) []string {
	return []string{tag, w.FromCode, w.Note, w.Employment,
		w.HourlyMean, w.HourlyMedian, w.Hourly10, w.Hourly25, w.Hourly75, w.Hourly90,
		w.AnnualMean, w.AnnualMedian, w.Annual10, w.Annual25, w.Annual75, w.Annual90,
		b.num(w.AnnualMedianValue)}
}

// projectionRecord is the fields of a projection record: P for an
// occupation's, Q for all occupations'.
func projectionRecord(tag string, p *Projection, b *bundleWriter) []string {
	return []string{tag, p.FromCode, p.Note, p.Employment2024, p.Employment2034, p.EmploymentChange,
		p.ChangePercent, b.num(p.ChangeValue), p.AnnualOpenings, b.num(p.OpeningsValue),
		p.TypicalEducation, p.WorkExperience, p.JobTraining}
}

func cmpOr(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// Field counts of each record, the tag included.
const (
	releaseFields    = 3
	sizesFields      = 3
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

// ReadBundle reads a bundle written by WriteBundle, all of it.
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
	if _, err := parseBundle(string(data), ds, partAll); err != nil {
		return nil, err
	}
	return ds, nil
}

// BundleParts reads the parts of a bundle ReadBundleLazy leaves for later.
// Each function reads its part again on every call: callers keep the
// result.
type BundleParts struct {
	// Lists returns the occupations that have tasks, technology, related
	// occupations, knowledge areas or education shares, with only their
	// Code and those lists set.
	Lists func() ([]Occupation, error)
	// States returns the state estimates, by code.
	States func() ([]StateWage, error)
	// Tasks calls fn with each task statement of the lists, after the
	// code of its occupation, reading them as a stream: a search index
	// needs their words once, not the lists (a fraction of the memory).
	Tasks func(fn func(code, text string)) error
}

// ReadBundleLazy reads the first part of a bundle — the occupations with
// their titles, wages, projections, skills and interests — and leaves the
// lists of issue 12 and the state estimates, three quarters of its text, to
// parts. A start-up that answers one question about national pay never
// pays for them.
func ReadBundleLazy(data string) (*Dataset, BundleParts, error) {
	br := strings.NewReader(data)
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, BundleParts{}, fmt.Errorf("read bundle: %w: %w", ErrBundle, err)
	}
	zr.Multistream(false)
	// No header gives a member's text size; about four and a half times
	// the compressed size. A strings.Builder hands its buffer over as the
	// string without a copy.
	var text strings.Builder
	text.Grow(5 * len(data) / 2)
	if _, err := io.Copy(&text, zr); err != nil {
		return nil, BundleParts{}, fmt.Errorf("read bundle: %w: %w", ErrBundle, err)
	}
	// What the dataset keeps points into the text: a text with spare
	// room (the guess above is for the whole bundle, about two and a half
	// times the first part) would keep that room alive with it.
	first := text.String()
	if text.Cap()-len(first) > len(first)/8 {
		first = strings.Clone(first)
	}
	text = strings.Builder{}
	ds := &Dataset{Release: map[string]string{}}
	sizes, err := parseBundle(first, ds, partFirst)
	if err != nil {
		return nil, BundleParts{}, err
	}
	// strings.Reader is an io.ByteReader, so gzip read exactly the first
	// member; the other two follow, of the sizes it gives.
	rest := data[len(data)-br.Len():]
	if sizes[0]+sizes[1] != len(rest) {
		return nil, BundleParts{}, fmt.Errorf("read bundle: %w: %d bytes after the first part; its sizes say %d and %d", ErrBundle, len(rest), sizes[0], sizes[1])
	}
	lists, states := rest[:sizes[0]], rest[sizes[0]:]
	read := func(m string, p part) (*Dataset, error) {
		out := &Dataset{}
		if len(m) == 0 {
			return out, nil
		}
		zr, err := gzip.NewReader(strings.NewReader(m))
		if err != nil {
			return nil, fmt.Errorf("read bundle: %w: %w", ErrBundle, err)
		}
		text, err := io.ReadAll(zr)
		if err != nil {
			return nil, fmt.Errorf("read bundle: %w: %w", ErrBundle, err)
		}
		if _, err := parseBundle(string(text), out, p); err != nil {
			return nil, err
		}
		return out, nil
	}
	return ds, BundleParts{
		Lists: func() ([]Occupation, error) {
			d, err := read(lists, partLists)
			if err != nil {
				return nil, err
			}
			return d.Occupations, nil
		},
		Tasks: func(fn func(code, text string)) error {
			return streamTasks(lists, fn)
		},
		States: func() ([]StateWage, error) {
			d, err := read(states, partStates)
			if err != nil {
				return nil, err
			}
			return d.StateWages, nil
		},
	}, nil
}

// streamTasks streams the task records ("J") of the lists member m to fn,
// each after the code of the lists record ("M") before it.
func streamTasks(m string, fn func(code, text string)) error {
	if len(m) == 0 {
		return nil
	}
	zr, err := gzip.NewReader(strings.NewReader(m))
	if err != nil {
		return fmt.Errorf("read bundle tasks: %w: %w", ErrBundle, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	code := ""
	for sc.Scan() {
		line := sc.Text()
		tag, rest, _ := strings.Cut(line, "\t")
		switch tag {
		case "M":
			code = rest
		case "J":
			_, text, ok := strings.Cut(rest, "\t")
			if !ok || code == "" || text == "" {
				return fmt.Errorf("read bundle tasks: %w: task record %.40q", ErrBundle, line)
			}
			fn(code, text)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read bundle tasks: %w: %w", ErrBundle, err)
	}
	return nil
}

// part says which part of a bundle's text parseBundle reads.
type part int

const (
	partAll    part = iota // the whole text, from the magic line on
	partFirst              // the first member: magic line, releases, occupations
	partLists              // the second: M blocks
	partStates             // the third: state records
)

// stageOf says which member a record belongs to: 0 first, 1 lists, 2 states.
func stageOf(tag string) int {
	switch tag {
	case "M", "J", "X", "L", "K", "E":
		return 1
	case "A":
		return 2
	}
	return 0
}

// parseBundle reads bundle text into ds and returns the member sizes of
// its Z record. Every field is a substring of text, so reading costs one
// allocation per slice, not per field.
func parseBundle(text string, ds *Dataset, p part) (sizes [2]int, err error) {
	if p == partAll || p == partFirst {
		var first string
		first, text, _ = strings.Cut(text, "\n")
		if first != bundleMagic {
			return sizes, fmt.Errorf("read bundle: %w: not a careerbot-official version %d bundle", ErrBundle, bundleVersion)
		}
	}
	if strings.Contains(text, "\r") {
		return sizes, fmt.Errorf("read bundle: %w: carriage return", ErrBundle)
	}
	if count := strings.Count(text, "\nO\t") + strings.Count(text[:min(2, len(text))], "O\t"); count > 0 {
		ds.Occupations = make([]Occupation, 0, count)
	}
	stage := map[part]int{partAll: 0, partFirst: 0, partLists: 1, partStates: 2}[p]
	var (
		fields  [wageFields]string // the longest fixed record
		byCode  map[string]int     // occupation index by code, for M records
		cur     *Occupation        // the occupation records attach to
		seenZ   bool
		inLists bool // an M record has been read
		listsOf = map[string]bool{}
	)
	for n := 2; text != ""; n++ {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		tag, _, _ := strings.Cut(line, "\t")
		bad := func(what string) error {
			return fmt.Errorf("read bundle: line %d: %w: %s", n, ErrBundle, what)
		}
		switch s := stageOf(tag); {
		case s < stage:
			return sizes, bad("record " + strconv.Quote(tag) + " out of place")
		case p == partFirst && s > 0, p == partLists && s != 1, p == partStates && s != 2:
			return sizes, bad("record " + strconv.Quote(tag) + " in the wrong part")
		default:
			stage = s
		}
		if cur == nil && tag != "R" && tag != "Z" && tag != "N" && tag != "Q" && tag != "O" && tag != "M" && tag != "A" {
			return sizes, bad("record " + strconv.Quote(tag) + " before any occupation")
		}
		if stage == 1 && tag != "M" && !inLists {
			return sizes, bad("record " + strconv.Quote(tag) + " before any lists record")
		}
		switch tag {
		case "R":
			f, ok := split(line, fields[:releaseFields])
			if !ok || len(ds.Occupations) > 0 {
				return sizes, bad("release record")
			}
			ds.Release[f[1]] = f[2]
		case "Z":
			f, ok := split(line, fields[:sizesFields])
			if !ok || seenZ || len(ds.Occupations) > 0 {
				return sizes, bad("sizes record")
			}
			for i, s := range f[1:] {
				v, err := strconv.Atoi(s)
				if err != nil || v < 0 || s != strconv.Itoa(v) {
					return sizes, bad("member size " + strconv.Quote(s))
				}
				sizes[i] = v
			}
			seenZ = true
		case "O":
			f, ok := split(line, fields[:occupationFields])
			if !ok {
				return sizes, bad("occupation record")
			}
			zone, err := strconv.Atoi(f[4])
			if err != nil {
				return sizes, bad("job zone " + strconv.Quote(f[4]))
			}
			ds.Occupations = append(ds.Occupations, Occupation{Code: f[1], SOC: f[2], Title: f[3], JobZone: zone})
			cur = &ds.Occupations[len(ds.Occupations)-1]
		case "D":
			rest, ok := strings.CutPrefix(line, "D\t")
			if !ok || rest == "" || strings.Contains(rest, "\t") || cur.Description != "" {
				return sizes, bad("description record")
			}
			cur.Description = rest
		case "T":
			rest, ok := strings.CutPrefix(line, "T\t")
			if !ok || cur.Titles != nil {
				return sizes, bad("titles record")
			}
			cur.Titles = strings.Split(rest, "\t")
		case "W", "N":
			f, ok := split(line, fields[:wageFields])
			if !ok || tag == "W" && cur.Wages != nil || tag == "N" && (ds.AllOccupations != nil || len(ds.Occupations) > 0) {
				return sizes, bad("wages record")
			}
			median, err := parseValue(f[16])
			if err != nil {
				return sizes, bad("median value " + strconv.Quote(f[16]))
			}
			w := &Wages{FromCode: f[1], Note: f[2], Employment: f[3],
				HourlyMean: f[4], HourlyMedian: f[5], Hourly10: f[6], Hourly25: f[7], Hourly75: f[8], Hourly90: f[9],
				AnnualMean: f[10], AnnualMedian: f[11], Annual10: f[12], Annual25: f[13], Annual75: f[14], Annual90: f[15],
				AnnualMedianValue: median}
			if tag == "N" {
				ds.AllOccupations = w
			} else {
				cur.Wages = w
			}
		case "P", "Q":
			f, ok := split(line, fields[:projectionFields])
			if !ok || tag == "P" && cur.Projection != nil || tag == "Q" && (ds.AllProjection != nil || len(ds.Occupations) > 0) {
				return sizes, bad("projection record")
			}
			change, err1 := parseValue(f[7])
			openings, err2 := parseValue(f[9])
			if err1 != nil || err2 != nil {
				return sizes, bad("projection values")
			}
			p := &Projection{FromCode: f[1], Note: f[2], Employment2024: f[3], Employment2034: f[4],
				EmploymentChange: f[5], ChangePercent: f[6], ChangeValue: change,
				AnnualOpenings: f[8], OpeningsValue: openings,
				TypicalEducation: f[10], WorkExperience: f[11], JobTraining: f[12]}
			if tag == "Q" {
				ds.AllProjection = p
			} else {
				cur.Projection = p
			}
		case "S":
			f, ok := split(line, fields[:skillFields])
			if !ok {
				return sizes, bad("skill record")
			}
			if cur.Skills == nil {
				cur.Skills = make([]Skill, 0, MaxSkills)
			}
			cur.Skills = append(cur.Skills, Skill{Name: f[1], Importance: f[2], Level: f[3]})
		case "I":
			f, ok := split(line, fields[:interestFields])
			if !ok || cur.Interests != nil {
				return sizes, bad("interests record")
			}
			in := &Interests{}
			copy(in.Scores[:], f[1:7])
			for i, s := range f[7:10] {
				hp, err := strconv.Atoi(s)
				if err != nil || hp < 0 || hp > 6 || s != strconv.Itoa(hp) {
					return sizes, bad("interest high point " + strconv.Quote(s))
				}
				in.HighPoints[i] = hp
			}
			cur.Interests = in
		case "M":
			f, ok := split(line, fields[:2])
			if !ok || listsOf[f[1]] {
				return sizes, bad("lists record")
			}
			listsOf[f[1]] = true
			inLists = true
			if p == partLists {
				ds.Occupations = append(ds.Occupations, Occupation{Code: f[1]})
				cur = &ds.Occupations[len(ds.Occupations)-1]
				break
			}
			if byCode == nil {
				byCode = make(map[string]int, len(ds.Occupations))
				for i, o := range ds.Occupations {
					byCode[o.Code] = i
				}
			}
			i, ok := byCode[f[1]]
			if !ok {
				return sizes, bad("lists of unknown occupation " + strconv.Quote(f[1]))
			}
			cur = &ds.Occupations[i]
		case "J":
			f, ok := split(line, fields[:taskFields])
			if !ok || f[2] == "" {
				return sizes, bad("task record")
			}
			cur.Tasks = append(cur.Tasks, Task{Type: f[1], Text: f[2]})
		case "X":
			f, ok := split(line, fields[:techFields])
			if !ok || f[2] == "" || (f[1] != "" && f[1] != "H" && f[1] != "D" && f[1] != "HD") {
				return sizes, bad("technology record")
			}
			cur.Technology = append(cur.Technology, Technology{Name: f[2], Hot: strings.Contains(f[1], "H"), InDemand: strings.Contains(f[1], "D")})
		case "L":
			f, ok := split(line, fields[:relatedFields])
			if !ok {
				return sizes, bad("related record")
			}
			cur.Related = append(cur.Related, Related{Code: f[1], Tier: f[2]})
		case "K":
			f, ok := split(line, fields[:skillFields])
			if !ok {
				return sizes, bad("knowledge record")
			}
			cur.Knowledge = append(cur.Knowledge, Skill{Name: f[1], Importance: f[2], Level: f[3]})
		case "E":
			f, ok := split(line, fields[:educationFields])
			if !ok {
				return sizes, bad("education record")
			}
			n, err := strconv.Atoi(f[1])
			if err != nil || f[1] != strconv.Itoa(n) {
				return sizes, bad("education category " + strconv.Quote(f[1]))
			}
			cur.Education = append(cur.Education, EducationShare{Category: n, Level: f[2], Percent: f[3]})
		case "A":
			f, ok := split(line, fields[:stateFields])
			if !ok || (f[4] != "0" && f[4] != "1") {
				return sizes, bad("state wages record")
			}
			if n := len(ds.StateWages); n > 0 && f[1] < ds.StateWages[n-1].Code {
				return sizes, bad("state wages out of code order")
			}
			w := StateWage{Code: f[1], Area: f[2], AreaTitle: f[3], Territory: f[4] == "1",
				Employment: f[5], HourlyMean: f[6], HourlyMedian: f[7], AnnualMean: f[8], AnnualMedian: f[9],
				Annual10: f[10], Annual25: f[11], Annual75: f[12], Annual90: f[13]}
			var err1, err2, err3 error
			w.EmploymentValue, err1 = figureValue(w.Employment)
			w.AnnualMeanValue, err2 = figureValue(w.AnnualMean)
			// A top-coded median ranks at the top figure ("$239,200 or more").
			w.AnnualMedianValue, err3 = figureValue(strings.TrimSuffix(w.AnnualMedian, topSuffix))
			if err1 != nil || err2 != nil || err3 != nil {
				return sizes, bad("state wages figures")
			}
			if ds.StateWages == nil {
				ds.StateWages = make([]StateWage, 0, strings.Count(text, "\nA\t")+1)
			}
			ds.StateWages = append(ds.StateWages, w)
		default:
			return sizes, bad("unknown record " + strconv.Quote(tag))
		}
	}
	return sizes, nil
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
	// Whole numbers with thousands separators, the state figures read at
	// start-up by the ten thousand, without allocating.
	if v, ok := wholeFigure(s); ok {
		return v, nil
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

// wholeFigure reads "$90,010" or "261,050" as formatNumber writes whole
// numbers: digits in groups of three after the first, no leading zero.
func wholeFigure(s string) (float64, bool) {
	s = strings.TrimPrefix(s, "$")
	if s == "" || s[0] == '0' && len(s) > 1 {
		return 0, false
	}
	var n uint64
	digits := 0 // since the last comma, or from the start
	first := true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			if n > (1<<53)/10 {
				return 0, false
			}
			n = n*10 + uint64(c-'0')
			digits++
		case c == ',' && (first && digits >= 1 && digits <= 3 || !first && digits == 3):
			first, digits = false, 0
		default:
			return 0, false
		}
	}
	// Above 2^53 not every whole number is a float64.
	if digits == 0 || first && digits > 3 || !first && digits != 3 || n > 1<<53 {
		return 0, false
	}
	return float64(n), true
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
