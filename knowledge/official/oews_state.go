package official

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// StateWage is one row of the OEWS state estimates: an occupation's
// employment and wages in one state or territory. Figures are formatted as
// BLS prints them ("$90,010"); "" means BLS published no figure. The state
// file as copied leaves not-available, suppressed and top-coded cells
// (BLS's "*", "**" and "#") alike empty; topCodeStates tells the top-coded
// ones apart where the row itself shows them ("$239,200 or more").
type StateWage struct {
	Code      string // OEWS occupation code, "29-1141"
	Area      string // two-digit FIPS code, "48"
	AreaTitle string // "Texas"
	Territory bool   // AREA_TYPE 3: Guam, Puerto Rico, the Virgin Islands

	Employment string // "261,050"

	HourlyMean, HourlyMedian               string // "$44.08", "$43.27"
	AnnualMean, AnnualMedian               string // "$91,690", "$90,010"
	Annual10, Annual25, Annual75, Annual90 string // percentiles

	// AnnualMedianValue, AnnualMeanValue and EmploymentValue are the figures
	// as numbers for ranking; 0 when not published.
	AnnualMedianValue, AnnualMeanValue, EmploymentValue float64
}

// stateWagesFile is the state estimates as copied into the datasets folder:
// a CSV conversion of BLS's state_M2024_dl.xlsx.
const stateWagesFile = "oews_state_M*_detailed.csv"

// readStateWages reads bls/oews_state_M<year>_detailed.csv (the newest), if
// there is one. It returns the rows sorted by code and area, and the release.
func readStateWages(dir string) ([]StateWage, string, error) {
	paths, _ := filepath.Glob(filepath.Join(dir, "bls", stateWagesFile))
	if len(paths) == 0 {
		return nil, "", nil
	}
	slices.Sort(paths)
	path := paths[len(paths)-1]
	name := "bls/" + filepath.Base(path)
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, "", nil
		}
		return nil, "", fmt.Errorf("read %s: %w", name, err)
	}
	rows, err := parseStateWages(name, data)
	if err != nil {
		return nil, "", err
	}
	release := "BLS OEWS"
	if m := oewsFilePattern.FindStringSubmatch(filepath.Base(path)); m != nil {
		release = "BLS OEWS, May " + m[1]
	}
	return rows, release, nil
}

// parseStateWages reads the CSV text of the state estimates.
func parseStateWages(name string, data []byte) ([]StateWage, error) {
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	r.FieldsPerRecord = -1
	t := &table{name: name, want: "OCC_CODE"}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		if err := t.add(rec); err != nil {
			return nil, err
		}
	}
	if _, err := t.done(); err != nil {
		return nil, err
	}
	c, err := t.cols("AREA", "AREA_TITLE", "AREA_TYPE", "OCC_CODE", "TOT_EMP",
		"H_MEAN", "A_MEAN", "H_MEDIAN", "A_MEDIAN", "A_PCT10", "A_PCT25", "A_PCT75", "A_PCT90")
	if err != nil {
		return nil, err
	}
	var out []StateWage
	seen := map[[2]string]bool{}
	for _, row := range t.rows {
		code, area := cell(row, c[3]), cell(row, c[0])
		if !socPattern.MatchString(code) || area == "" {
			continue
		}
		if len(area) == 1 {
			area = "0" + area // a spreadsheet may have read "01" as a number
		}
		if seen[[2]string{code, area}] {
			return nil, fmt.Errorf("read %s: %s in area %s listed twice", name, code, area)
		}
		seen[[2]string{code, area}] = true
		w := StateWage{Code: code, Area: area, AreaTitle: cell(row, c[1]), Territory: cell(row, c[2]) == "3"}
		// "#" cells are blank in this copy (see StateWage); topCodeStates
		// finds them again, a literal "#" among them.
		cells := []struct {
			dst      *string
			value    *float64
			col      int
			decimals int
			prefix   string
		}{
			{&w.Employment, &w.EmploymentValue, c[4], 0, ""},
			{&w.HourlyMean, nil, c[5], 2, "$"},
			{&w.AnnualMean, &w.AnnualMeanValue, c[6], 0, "$"},
			{&w.HourlyMedian, nil, c[7], 2, "$"},
			{&w.AnnualMedian, &w.AnnualMedianValue, c[8], 0, "$"},
			{&w.Annual10, nil, c[9], 0, "$"},
			{&w.Annual25, nil, c[10], 0, "$"},
			{&w.Annual75, nil, c[11], 0, "$"},
			{&w.Annual90, nil, c[12], 0, "$"},
		}
		for _, x := range cells {
			s := cell(row, x.col)
			if topCoded(s) {
				s = ""
			}
			text, v, err := figure(s, x.decimals, x.prefix, 0)
			if err != nil {
				return nil, fmt.Errorf("read %s: %s area %s %s: %w", name, code, area, t.header[x.col], err)
			}
			*x.dst = text
			if x.value != nil {
				*x.value = v
			}
		}
		out = append(out, w)
	}
	slices.SortFunc(out, func(a, b StateWage) int {
		return cmp.Or(strings.Compare(a.Code, b.Code), strings.Compare(a.Area, b.Area))
	})
	return out, nil
}

// topCodeStates marks the state cells that stand for BLS's "#", a wage at
// or above the top figure (the national file's: $239,200 a year, $115.00
// an hour). A row's yearly percentiles rise from the 10th to the 90th, and
// a cell BLS suppresses takes the whole row's wages with it: so blank
// cells that end a row whose lower percentiles are published are above
// the top. The May 2024 file has no other pattern (1,279 such rows, 633
// wholly blank, none with a published figure after a blank one). The
// hourly median is top-coded with the yearly one where the row publishes
// hourly wages at all (its mean); occupations paid by the year have none.
func topCodeStates(rows []StateWage, topHourly, topAnnual float64) {
	annual := "$" + formatNumber(topAnnual, 0) + topSuffix
	hourly := "$" + formatNumber(topHourly, 2) + topSuffix
	for i := range rows {
		w := &rows[i]
		dist := [...]*string{&w.Annual10, &w.Annual25, &w.AnnualMedian, &w.Annual75, &w.Annual90}
		first := slices.IndexFunc(dist[:], func(p *string) bool { return *p == "" })
		if first <= 0 || slices.ContainsFunc(dist[first:], func(p *string) bool { return *p != "" }) {
			continue // wholly published, wholly blank, or not a top-coded pattern
		}
		for _, p := range dist[first:] {
			*p = annual
		}
		if w.AnnualMedian == annual {
			w.AnnualMedianValue = topAnnual
			if w.HourlyMedian == "" && w.HourlyMean != "" {
				w.HourlyMedian = hourly
			}
		}
	}
}

// StateWagesFor returns the state rows of an occupation, as the national
// wages are found: its own SOC code, else the OEWS code its national
// wages are of (via: a detailed code for several occupations together,
// "25-2052"), else its broad group. code is the OEWS code the rows are
// for; ds.StateWages must be sorted by code (as ReadDir and ReadBundle
// leave it).
func (ds *Dataset) StateWagesFor(soc, via string) (rows []StateWage, code string) {
	for _, code := range []string{soc, via, broadGroup(soc)} {
		if code == "" {
			continue
		}
		i, _ := slices.BinarySearchFunc(ds.StateWages, code, func(w StateWage, code string) int { return strings.Compare(w.Code, code) })
		j := i
		for j < len(ds.StateWages) && ds.StateWages[j].Code == code {
			j++
		}
		if j > i {
			return ds.StateWages[i:j], code
		}
	}
	return nil, ""
}
