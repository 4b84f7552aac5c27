package xlsx_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/careerbot/careerbot/knowledge/official/xlsx"
)

// The published files as a whole live beside the repository, where CI puts
// them (as for knowledge/official's full-scale tests); the test of the whole
// population skips when they are absent.
var fullScaleDir = filepath.Join("..", "..", "..", "..", "shared", "datasets")

// publishedRows is how many rows of each published sheet are compared:
// all of them, but under the race detector (a single goroutine reads, so it
// has nothing to find) the first rows only, which keep make test's race
// run about a minute and a half shorter on two cores.
var publishedRows = func() int {
	if raceEnabled {
		return 2000
	}
	return 0
}()

// tally counts what an equivalence check covered.
type tally struct{ workbooks, sheets, rows, cells int }

// TestSameAsExcelize reads every sheet of every workbook we have with both
// readers: the rows must be the same, row for row and cell for cell, as
// excelize's Rows/Columns with RawCellValue, which knowledge/official read
// the agencies' files with before this package.
func TestSameAsExcelize(t *testing.T) {
	tests := []struct {
		name string
		dir  string
		skip bool // skip when dir is absent rather than fail
		most int  // rows read of each sheet; 0 reads all
	}{
		{"testdata", "testdata", false, 0},
		{"published files", fullScaleDir, true, publishedRows},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := os.Stat(tt.dir); err != nil && tt.skip {
				t.Skipf("no workbooks at %s: %v", tt.dir, err)
			}
			paths := workbooksUnder(t, tt.dir)
			if len(paths) == 0 {
				t.Fatalf("no workbooks under %s", tt.dir)
			}
			var total tally
			for _, path := range paths {
				compareWorkbook(t, path, tt.most, &total)
			}
			t.Logf("%s: %d workbooks, %d sheets, %d rows, %d cells the same", tt.dir, total.workbooks, total.sheets, total.rows, total.cells)
		})
	}
}

// TestSameAsExcelizeBuilt compares the readers on workbooks excelize writes
// (as knowledge/official's fixtures are) and on hand-written ones with what
// other writers do: inline strings, rich text, rows and cells without
// references, gaps, formulas.
func TestSameAsExcelizeBuilt(t *testing.T) {
	dir := t.TempDir()
	var total tally
	for name, data := range builtWorkbooks(t) {
		path := filepath.Join(dir, name+".xlsx")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		compareWorkbook(t, path, 0, &total)
	}
	t.Logf("%d workbooks, %d sheets, %d rows, %d cells the same", total.workbooks, total.sheets, total.rows, total.cells)
}

func workbooksUnder(t *testing.T, dir string) []string {
	t.Helper()
	var paths []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && filepath.Ext(path) == ".xlsx" {
			paths = append(paths, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(paths)
	return paths
}

// compareWorkbook reads every sheet of the workbook at path with both
// readers, side by side, so neither holds a whole sheet; with most > 0, only
// the first most rows of each sheet.
func compareWorkbook(t *testing.T, path string, most int, total *tally) {
	t.Helper()
	want, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatalf("excelize.OpenFile(%s): %v", path, err)
	}
	defer want.Close()
	got, err := xlsx.Open(path)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	defer got.Close()

	sheets := want.GetSheetList()
	if g := got.Sheets(); !slices.Equal(g, sheets) {
		t.Fatalf("%s: Sheets() = %q; excelize has %q", path, g, sheets)
	}
	total.workbooks++
	for _, sheet := range sheets {
		wantRows, err := want.Rows(sheet)
		if err != nil {
			t.Fatalf("%s: excelize Rows(%q): %v", path, sheet, err)
		}
		gotRows, err := got.Rows(sheet)
		if err != nil {
			t.Fatalf("%s: Rows(%q): %v", path, sheet, err)
		}
		n := 0
		for (most == 0 || n < most) && wantRows.Next() {
			n++
			wantCells, err := wantRows.Columns(excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatalf("%s: %q row %d: excelize: %v", path, sheet, n, err)
			}
			if !gotRows.Next() {
				t.Fatalf("%s: %q: ended after %d rows (err %v); excelize reads row %d: %q", path, sheet, n-1, gotRows.Err(), n, wantCells)
			}
			if g := gotRows.Row(); !slices.Equal(g, wantCells) {
				t.Fatalf("%s: %q row %d = %q; excelize reads %q", path, sheet, n, g, wantCells)
			}
			total.cells += len(wantCells)
		}
		if err := wantRows.Error(); err != nil {
			t.Fatalf("%s: %q: excelize: %v", path, sheet, err)
		}
		if most == 0 && gotRows.Next() {
			t.Fatalf("%s: %q: row %d = %q after excelize's last, %d", path, sheet, n+1, gotRows.Row(), n)
		}
		if err := gotRows.Err(); err != nil {
			t.Fatalf("%s: %q: %v", path, sheet, err)
		}
		wantRows.Close()
		if err := gotRows.Close(); err != nil {
			t.Fatalf("%s: %q: Close: %v", path, sheet, err)
		}
		total.sheets++
		total.rows += n
	}
}
