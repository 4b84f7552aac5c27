package official

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/careerbot/careerbot/knowledge/official/xlsx"
)

// The projections workbook and the sheet with one row per occupation.
const (
	projectionsFile  = "occupation.xlsx"
	projectionsSheet = "Table 1.2"
)

// projectionRow is one row of table 1.2, not yet attributed to an occupation.
type projectionRow struct {
	code, title string
	lineItem    bool // "Line item" (an occupation) rather than "Summary" (a group)
	projection  Projection
}

// projectionTable holds the table 1.2 rows by SOC code.
type projectionTable struct {
	rows map[string]*projectionRow
	// combined maps a broad group to the row projected for several of its
	// occupations together ("21-1018" for Mental Health Counselors and
	// Substance Abuse Counselors): closer to them than the group's row.
	combined map[string]*projectionRow
	release  string // "BLS Employment Projections 2024-34"
}

var projectionYearsPattern = regexp.MustCompile(`(\d{4})\s*[–-]\s*\d{0,2}(\d{2})\b`)

// readProjections reads table 1.2 of bls/occupation.xlsx. Above its header
// is a title row that gives the decade and the unit of the employment
// figures ("(Employment in thousands)").
func readProjections(dir string) (*projectionTable, error) {
	name := "bls/" + projectionsFile
	path := filepath.Join(dir, "bls", projectionsFile)
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	wb, err := xlsx.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	defer wb.Close()
	t, err := readSheetOf(wb, name, projectionsSheet, "*Matrix code")
	if err != nil {
		return nil, err
	}

	pt := &projectionTable{rows: map[string]*projectionRow{}}
	// Employment figures are published in thousands rounded to the hundred
	// ("3,391.0"); times 1,000 they read as BLS prints them elsewhere
	// ("3,391,000") without claiming more precision than published.
	scale := 1.0
	for _, row := range t.preamble {
		for _, c := range row {
			if strings.Contains(strings.ToLower(c), "in thousands") {
				scale = 1000
			}
			if m := projectionYearsPattern.FindStringSubmatch(c); m != nil && pt.release == "" {
				pt.release = fmt.Sprintf("BLS Employment Projections %s-%s", m[1], m[2])
			}
		}
	}

	c, err := t.cols("*Matrix code", "*Matrix title", "Occupation type",
		"Employment change, numeric*", "Employment change, percent*", "Occupational openings*",
		"Typical education*", "Work experience*", "Typical on-the-job training*")
	if err != nil {
		return nil, err
	}
	emp := t.colsMatching("Employment, *")
	if len(emp) < 2 {
		return nil, fmt.Errorf("read %s: no columns \"Employment, <base year>\" and \"Employment, <projected year>\"", name)
	}
	persons := func(code, col, s string) (string, float64, error) {
		if notPublished(s) {
			return "", 0, nil
		}
		v, err := parseNumber(s)
		if err != nil {
			return "", 0, fmt.Errorf("read %s: %s %s: %w", name, code, col, err)
		}
		v = math.Round(v * scale)
		return formatNumber(v, 0), v, nil
	}
	for _, row := range t.rows {
		code := cell(row, c[0])
		if !socPattern.MatchString(code) {
			continue // footnotes below the table
		}
		pr := &projectionRow{code: code, title: cell(row, c[1]),
			lineItem: strings.EqualFold(cell(row, c[2]), "Line item")}
		p := &pr.projection
		if p.Employment2024, _, err = persons(code, t.header[emp[0]], cell(row, emp[0])); err != nil {
			return nil, err
		}
		if p.Employment2034, _, err = persons(code, t.header[emp[1]], cell(row, emp[1])); err != nil {
			return nil, err
		}
		if p.EmploymentChange, _, err = persons(code, t.header[c[3]], cell(row, c[3])); err != nil {
			return nil, err
		}
		if p.AnnualOpenings, p.OpeningsValue, err = persons(code, t.header[c[5]], cell(row, c[5])); err != nil {
			return nil, err
		}
		if pct := cell(row, c[4]); !notPublished(pct) {
			v, err := parseNumber(pct)
			if err != nil {
				return nil, fmt.Errorf("read %s: %s %s: %w", name, code, t.header[c[4]], err)
			}
			p.ChangePercent, p.ChangeValue = formatNumber(v, 1)+"%", v
		}
		p.TypicalEducation = published(cell(row, c[6]))
		p.WorkExperience = published(cell(row, c[7]))
		p.JobTraining = published(cell(row, c[8]))
		if old := pt.rows[code]; old == nil || (!old.lineItem && pr.lineItem) {
			pt.rows[code] = pr
		}
	}
	return pt, nil
}

var socPattern = regexp.MustCompile(`^\d\d-\d\d\d\d$`)

// published returns a text cell, or "" for a not-published mark.
func published(s string) string {
	if notPublished(s) {
		return ""
	}
	return s
}

// combine finds the rows that stand for occupations projected together,
// as wageTable.combine does for OEWS.
func (pt *projectionTable) combine(socs map[string]bool) {
	lines := map[string]*projectionRow{}
	for code, r := range pt.rows {
		if r.lineItem {
			lines[code] = r
		}
	}
	pt.combined = standIns(lines, socs)
}

// projectionFor finds an occupation's row — its own SOC code, else the row
// projected for it with others (combine), else its broad group — with a
// note when the row is not the occupation's own.
func (pt *projectionTable) projectionFor(o *Occupation) *Projection {
	r := pt.rows[o.SOC]
	if r == nil {
		r = pt.combined[broadGroup(o.SOC)]
	}
	if r == nil {
		r = pt.rows[broadGroup(o.SOC)]
	}
	if r == nil {
		return nil
	}
	p := r.projection
	p.FromCode = r.code
	if r.code != o.SOC || !strings.HasSuffix(o.Code, ".00") {
		p.Note = fmt.Sprintf("projections of %s (%s)", r.code, r.title)
	}
	return &p
}
