package official

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/careerbot/careerbot/knowledge/official/xlsx"
)

// table is one published table: the rows above its header (titles, units),
// the header, and the data rows below it. Cells are trimmed and have no tabs
// or line breaks, so every value can go into the bundle as it is.
type table struct {
	name     string // file name for errors, "onet/Skills.xlsx"
	want     string // a column the header row must contain
	preamble [][]string
	header   []string
	rows     [][]string
}

// errNoHeader is returned when no row of a sheet carries the expected columns.
var errNoHeader = errors.New("header row not found")

// maxPreamble is how far down a sheet the header row is looked for; the
// agencies put at most a title and a blank row above it.
const maxPreamble = 20

// readONETTable reads one O*NET table from dir/onet: the spreadsheet
// "<base>.xlsx" or, failing that, the tab-delimited text release "<base>.txt".
// headerCol is a column the header row must contain.
func readONETTable(dir, base, headerCol string) (*table, error) {
	xlsx := filepath.Join(dir, "onet", base+".xlsx")
	if _, err := os.Stat(xlsx); err == nil {
		return readSheet(xlsx, "onet/"+base+".xlsx", base, headerCol)
	}
	txt := filepath.Join(dir, "onet", base+".txt")
	if _, err := os.Stat(txt); err != nil {
		return nil, fmt.Errorf("read onet/%s.xlsx: %w (nor %s.txt)", base, os.ErrNotExist, base)
	}
	return readText(txt, "onet/"+base+".txt", headerCol)
}

// readSheet reads the sheet named sheet of the workbook at path, or its
// first sheet when it has none by that name (O*NET names its one sheet after
// the file, but a re-saved copy may not).
func readSheet(path, name, sheet, headerCol string) (*table, error) {
	wb, err := xlsx.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	defer wb.Close()
	sheets := wb.Sheets()
	if !slices.ContainsFunc(sheets, func(s string) bool { return strings.EqualFold(s, sheet) }) {
		if len(sheets) == 0 {
			return nil, fmt.Errorf("read %s: no sheets", name)
		}
		sheet = sheets[0]
	}
	return readSheetOf(wb, name, sheet, headerCol)
}

// readSheetOf reads one sheet of an open workbook. Numbers are read as
// stored, not as Excel would display them, so figures are formatted in one
// place (figure.go) whatever number format the publisher chose.
func readSheetOf(wb *xlsx.Workbook, name, sheet, headerCol string) (*table, error) {
	t := &table{name: name, want: headerCol}
	if err := eachRow(wb, name, sheet, t.add); err != nil {
		return nil, err
	}
	return t.done()
}

// eachRow calls add with each row of a sheet in turn, stopping at the
// first error. Rows are streamed: the agencies' largest sheets have tens of
// thousands of rows, of which a reader keeps only what it needs.
func eachRow(wb *xlsx.Workbook, name, sheet string, add func(cells []string) error) error {
	rows, err := wb.Rows(sheet)
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := add(rows.Row()); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

// readText reads a tab-delimited file with a header line, the layout of
// O*NET's text release.
func readText(path, name, headerCol string) (*table, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	t := &table{name: name, want: headerCol}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimSuffix(sc.Text(), "\r")
		if line == "" {
			continue
		}
		if err := t.add(strings.Split(line, "\t")); err != nil {
			return nil, err
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return t.done()
}

// add appends one row: to the preamble until the header is found, then to
// the data.
func (t *table) add(cells []string) error {
	for i, c := range cells {
		cells[i] = clean(c)
	}
	if t.header != nil {
		t.rows = append(t.rows, cells)
		return nil
	}
	for _, c := range cells {
		if headerMatch(c, t.want) {
			t.header = cells
			return nil
		}
	}
	t.preamble = append(t.preamble, cells)
	if len(t.preamble) > maxPreamble {
		return fmt.Errorf("read %s: %w (no column %q)", t.name, errNoHeader, t.want)
	}
	return nil
}

func (t *table) done() (*table, error) {
	if t.header == nil {
		return nil, fmt.Errorf("read %s: %w (no column %q)", t.name, errNoHeader, t.want)
	}
	return t, nil
}

// headerMatch reports whether a header cell is the column pattern names,
// case aside: "Job Zone" matches only itself, "Employment, *" any header
// starting "Employment, ", "*Matrix code" any header ending "Matrix code"
// (the projections put the year in front).
func headerMatch(h, pattern string) bool {
	if p, ok := strings.CutSuffix(pattern, "*"); ok {
		return len(h) >= len(p) && strings.EqualFold(h[:len(p)], p)
	}
	if p, ok := strings.CutPrefix(pattern, "*"); ok {
		return len(h) >= len(p) && strings.EqualFold(h[len(h)-len(p):], p)
	}
	return strings.EqualFold(h, pattern)
}

// col returns the index of the first column that headerMatch pattern.
func (t *table) col(pattern string) (int, error) {
	if all := t.colsMatching(pattern); len(all) > 0 {
		return all[0], nil
	}
	return 0, fmt.Errorf("read %s: no column %q", t.name, strings.Trim(pattern, "*"))
}

// colsMatching returns the indexes of all columns that headerMatch pattern.
func (t *table) colsMatching(pattern string) []int {
	var idx []int
	for i, h := range t.header {
		if headerMatch(h, pattern) {
			idx = append(idx, i)
		}
	}
	return idx
}

// cols looks up several columns at once.
func (t *table) cols(names ...string) ([]int, error) {
	idx := make([]int, len(names))
	for i, n := range names {
		var err error
		if idx[i], err = t.col(n); err != nil {
			return nil, err
		}
	}
	return idx, nil
}

// cell returns row[i], or "" when the row is shorter (trailing empty cells
// are not stored in xlsx rows).
func cell(row []string, i int) string {
	if i < len(row) {
		return row[i]
	}
	return ""
}

// clean trims a cell and turns tabs and line breaks into single spaces.
func clean(s string) string {
	s = strings.TrimSpace(s)
	if strings.ContainsAny(s, "\t\r\n") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return s
}
