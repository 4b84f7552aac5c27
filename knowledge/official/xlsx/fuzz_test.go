package xlsx_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/careerbot/careerbot/knowledge/official/xlsx"
)

// readEverything reads every sheet of a workbook, as knowledge/official
// would, and checks what must hold of any input it reads: no panic, no row
// wider than a sheet can be.
func readEverything(t *testing.T, data []byte) {
	wb, err := xlsx.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return
	}
	defer wb.Close()
	for _, sheet := range wb.Sheets() {
		rows, err := wb.Rows(sheet)
		if err != nil {
			continue
		}
		// A sheet may claim row 1,048,576; stepping through a
		// hundred thousand of its empty rows is enough.
		for n := 0; n < 100000 && rows.Next(); n++ {
			if w := len(rows.Row()); w > 16384 {
				t.Fatalf("sheet %q: a row of %d cells", sheet, w)
			}
		}
		rows.Close()
	}
}

// FuzzXLSX reads arbitrary archives, starting from real and built
// workbooks: bad input must give an error, never a panic or a hang.
func FuzzXLSX(f *testing.F) {
	paths, err := filepath.Glob(filepath.Join("testdata", "*.xlsx"))
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, data := range builtWorkbooks(f) {
		f.Add(data)
	}
	f.Fuzz(readEverything)
}

// FuzzSheetXML reads arbitrary sheet and shared-string XML inside a sound
// archive: mutating a compressed archive seldom reaches the XML readers,
// which are where most of the parsing is.
func FuzzSheetXML(f *testing.F) {
	f.Add(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1"><v>2</v></c></row><row><c t="inlineStr"><is><r><t>x</t></r></is></c></row>`,
		`<si><t>a_x000D_b</t></si><si><r><t>c</t></r><rPh><t>d</t></rPh></si>`)
	f.Add(`<row r="3"><c><f>A1</f></c><c r="$D$3" t="b"><v>1</v></c></row>`, `<si><t/></si>`)
	f.Add(`<row r="1048576"/>`, ``)
	f.Fuzz(func(t *testing.T, sheet, sst string) {
		data := zipOf(t, map[string]string{
			"_rels/.rels":                rootRels,
			"xl/workbook.xml":            workbookXML,
			"xl/_rels/workbook.xml.rels": workbookRels,
			"xl/sharedStrings.xml":       `<sst>` + sst + `</sst>`,
			"xl/worksheets/sheet1.xml":   sheetStart + sheet + sheetEnd,
			"xl/worksheets/sheet2.xml":   sheet,
		})
		readEverything(t, data)
	})
}
