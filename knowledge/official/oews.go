package official

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/careerbot/careerbot/knowledge/official/xlsx"
)

// OEWS publishes no figure above these; a "#" cell means "this or more".
// They are read from the workbook's notes and fall back to the May 2024
// figures when a copy lacks the notes sheet.
const (
	defaultTopHourly = 115.00
	defaultTopAnnual = 239200
	topSuffix        = " or more" // "$239,200 or more"
)

// wageRow is one OEWS row: the figures, not yet attributed to an occupation.
type wageRow struct {
	code, title string
	wages       Wages
}

// wageTable holds the OEWS rows an occupation can take its wages from.
type wageTable struct {
	detailed, broad map[string]*wageRow
	// combined maps a broad group to the one detailed row OEWS publishes
	// in it for several SOC occupations together ("25-2052, Special
	// Education Teachers, Kindergarten and Elementary School" for 25-2055
	// and 25-2056): closer to them than the whole group. See combine.
	combined map[string]*wageRow
	total    *wageRow // 00-0000, All Occupations
	release  string   // "BLS OEWS, May 2024"
	// topHourly and topAnnual are the figures a "#" stands for.
	topHourly, topAnnual float64
}

var (
	oewsTopPattern     = regexp.MustCompile(`#\s*=.*?\$([\d,.]+) per hour or \$([\d,.]+) per year`)
	oewsReleasePattern = regexp.MustCompile(`^(\w+ \d{4}) OEWS Estimates`)
	oewsFilePattern    = regexp.MustCompile(`_M(\d{4})_`)
)

// readOEWS reads the national OEWS workbook bls/national_M<year>_dl.xlsx (the
// newest when there are several).
func readOEWS(dir string) (*wageTable, error) {
	paths, _ := filepath.Glob(filepath.Join(dir, "bls", "national_M*_dl.xlsx"))
	if len(paths) == 0 {
		return nil, fmt.Errorf("read bls/national_M*_dl.xlsx: %w", os.ErrNotExist)
	}
	slices.Sort(paths)
	path := paths[len(paths)-1]
	name := "bls/" + filepath.Base(path)

	wb, err := xlsx.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	defer wb.Close()
	sheets := wb.Sheets()
	if len(sheets) == 0 {
		return nil, fmt.Errorf("read %s: no sheets", name)
	}
	t, err := readSheetOf(wb, name, sheets[0], "OCC_CODE")
	if err != nil {
		return nil, err
	}

	wt := &wageTable{detailed: map[string]*wageRow{}, broad: map[string]*wageRow{}}
	topHourly, topAnnual := float64(defaultTopHourly), float64(defaultTopAnnual)
	if m := oewsFilePattern.FindStringSubmatch(name); m != nil {
		wt.release = "BLS OEWS, May " + m[1]
	}
	// The notes give the top-coded figures and the release; a copy
	// without them keeps the defaults, but notes that cannot be read mean
	// a damaged file.
	err = eachRow(wb, name, "Field Descriptions", func(row []string) error {
		for _, c := range row {
			if m := oewsTopPattern.FindStringSubmatch(c); m != nil {
				h, errH := parseNumber(m[1])
				a, errA := parseNumber(m[2])
				if errH == nil && errA == nil {
					topHourly, topAnnual = h, a
				}
			}
			if m := oewsReleasePattern.FindStringSubmatch(strings.TrimSpace(c)); m != nil {
				wt.release = "BLS OEWS, " + m[1]
			}
		}
		return nil
	})
	if err != nil && !errors.Is(err, xlsx.ErrNoSheet) {
		return nil, err
	}

	c, err := t.cols("OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP",
		"H_MEAN", "H_MEDIAN", "H_PCT10", "H_PCT25", "H_PCT75", "H_PCT90",
		"A_MEAN", "A_MEDIAN", "A_PCT10", "A_PCT25", "A_PCT75", "A_PCT90")
	if err != nil {
		return nil, err
	}
	// Only national cross-industry rows hold an occupation's wages; the
	// national file has nothing else, the all-data file much else.
	areaType, errArea := t.col("AREA_TYPE")
	industry, errIndustry := t.col("I_GROUP")
	for _, row := range t.rows {
		code, group := cell(row, c[0]), strings.ToLower(cell(row, c[2]))
		if code == "" || (group != "detailed" && group != "broad" && group != "total") {
			continue
		}
		if errArea == nil && cell(row, areaType) != "1" {
			continue
		}
		if errIndustry == nil && !strings.EqualFold(cell(row, industry), "cross-industry") {
			continue
		}
		wr := &wageRow{code: code, title: cell(row, c[1])}
		w := &wr.wages
		if w.Employment, _, err = figure(cell(row, c[3]), 0, "", 0); err != nil {
			return nil, fmt.Errorf("read %s: %s TOT_EMP: %w", name, code, err)
		}
		hourly := []*string{&w.HourlyMean, &w.HourlyMedian, &w.Hourly10, &w.Hourly25, &w.Hourly75, &w.Hourly90}
		for i, dst := range hourly {
			if *dst, _, err = figure(cell(row, c[4+i]), 2, "$", topHourly); err != nil {
				return nil, fmt.Errorf("read %s: %s %s: %w", name, code, t.header[c[4+i]], err)
			}
		}
		annual := []*string{&w.AnnualMean, &w.AnnualMedian, &w.Annual10, &w.Annual25, &w.Annual75, &w.Annual90}
		for i, dst := range annual {
			var v float64
			if *dst, v, err = figure(cell(row, c[10+i]), 0, "$", topAnnual); err != nil {
				return nil, fmt.Errorf("read %s: %s %s: %w", name, code, t.header[c[10+i]], err)
			}
			if dst == &w.AnnualMedian {
				w.AnnualMedianValue = v
			}
		}
		if group == "total" {
			if wt.total == nil {
				wr.wages.FromCode = code
				wt.total = wr
			}
			continue
		}
		into := wt.detailed
		if group == "broad" {
			into = wt.broad
		}
		if into[code] == nil {
			into[code] = wr
		}
	}
	wt.topHourly, wt.topAnnual = topHourly, topAnnual
	return wt, nil
}

// figure formats one published cell: a number with the given decimals and
// prefix ("$"), "" when not published, and "<top> or more" when top-coded
// ("#"), whose value is then the top figure. A top of 0 means the column is
// never top-coded.
func figure(s string, decimals int, prefix string, top float64) (string, float64, error) {
	switch {
	case notPublished(s):
		return "", 0, nil
	case topCoded(s) && top > 0:
		return prefix + formatNumber(top, decimals) + topSuffix, top, nil
	}
	v, err := parseNumber(s)
	if err != nil {
		return "", 0, err
	}
	return prefix + formatNumber(v, decimals), v, nil
}

// lookup finds the OEWS row for a SOC code: its detailed row, else its broad
// row, else the row of its broad group ("13-1020" for "13-1021"), detailed
// before broad. OEWS publishes some occupations only as a group.
func (wt *wageTable) lookup(soc string) *wageRow {
	group := broadGroup(soc)
	if wt.detailed[soc] == nil && wt.broad[soc] == nil {
		if r := wt.combined[group]; r != nil {
			return r
		}
	}
	for _, code := range []string{soc, group} {
		if r := wt.detailed[code]; r != nil {
			return r
		}
		if r := wt.broad[code]; r != nil {
			return r
		}
	}
	return nil
}

// combine finds, for each broad group, the detailed row that stands for
// the group's occupations OEWS does not publish alone (see standIns).
func (wt *wageTable) combine(socs map[string]bool) {
	wt.combined = standIns(wt.detailed, socs)
}

// standIns finds, for each broad group, the one detailed code of a table
// that is no occupation's (socs) and does not end in 0 (a group published
// as a detailed row): the row BLS publishes for the group's occupations it
// does not publish alone ("21-1018" for 21-1011 and 21-1014, "53-1047"
// for 53-1042/43/44/49 in the 2024 files). A group with two such rows is
// left to its own figure.
func standIns[R any](rows map[string]R, socs map[string]bool) map[string]R {
	out := map[string]R{}
	many := map[string]bool{}
	for code, r := range rows {
		group := broadGroup(code)
		if socs[code] || code == group || many[group] {
			continue
		}
		if _, dup := out[group]; dup {
			delete(out, group)
			many[group] = true
			continue
		}
		out[group] = r
	}
	return out
}

// broadGroup is the SOC broad occupation a detailed one belongs to: the code
// with its last digit 0 ("13-1020" for "13-1021").
func broadGroup(soc string) string {
	if len(soc) != 7 {
		return soc
	}
	return soc[:6] + "0"
}

// wagesFor attributes a row's figures to an occupation, with a note when
// they are not the occupation's own (an O*NET specialty, or a group row).
func (wt *wageTable) wagesFor(o *Occupation) *Wages {
	r := wt.lookup(o.SOC)
	if r == nil {
		return nil
	}
	w := r.wages
	w.FromCode = r.code
	if r.code != o.SOC || !strings.HasSuffix(o.Code, ".00") {
		w.Note = fmt.Sprintf("wages of %s (%s)", r.code, r.title)
	}
	return &w
}
