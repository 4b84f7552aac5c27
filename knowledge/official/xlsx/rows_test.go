package xlsx_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/knowledge/official/xlsx"
)

// readSheet reads a whole sheet of a workbook held in memory.
func readSheet(tb testing.TB, data []byte, sheet string) ([][]string, error) {
	tb.Helper()
	wb, err := xlsx.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	defer wb.Close()
	rows, err := wb.Rows(sheet)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var all [][]string
	for rows.Next() {
		all = append(all, rows.Row())
	}
	return all, rows.Err()
}

func TestRows(t *testing.T) {
	built := builtWorkbooks(t)
	tests := []struct {
		workbook, sheet string
		want            [][]string
	}{
		{"types", "Data", [][]string{
			{"O*NET-SOC Code", "  Chief Executives ", "Rich text"},
			// Stored values: no number format, booleans as 0/1,
			// errors and dates as written, a formula's cached value.
			{"3.14159", "1E-3", "1", "#N/A", "O*NET-SOC Codex", "inline", "inline rich ", "2024-05-01T00:00:00"},
			{"line one\r\nline two", "literal _x000D_ and & <tag>", "漢字", "tab\tand bell\a, lone  surrogate, bad _x12G4_", "Rich text"},
		}},
		{"types", "notes", [][]string{{"note"}}}, // names compare without case
		{"gaps", "Data", [][]string{
			nil,
			{"", "", "O*NET-SOC Code", "", "", "7"},
			nil, nil,
			nil,              // a styled cell with no value and an empty string are not stored
			{"", "", "", ""}, // formulas count, even with no value
			nil, nil,
			nil,
		}},
		{"no references", "Data", [][]string{
			{"O*NET-SOC Code", "1", "", "3"},
			{"1"},
			nil,
			{"x", "", "", "", "5", "6"},
			{"", "b"},
		}},
		{"prefixed", "Data", [][]string{{"O*NET-SOC Code", "2"}}},
		{"empty", "Data", nil},
	}
	for _, tt := range tests {
		t.Run(tt.workbook+"/"+tt.sheet, func(t *testing.T) {
			got, err := readSheet(t, built[tt.workbook], tt.sheet)
			if err != nil {
				t.Fatalf("read %s: %v", tt.sheet, err)
			}
			if !slices.EqualFunc(got, tt.want, slices.Equal) {
				t.Errorf("rows of %s =\n%q\nwant\n%q", tt.sheet, got, tt.want)
			}
		})
	}
}

func TestSheets(t *testing.T) {
	data := builtWorkbooks(t)["types"]
	wb, err := xlsx.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := wb.Sheets(), []string{"Data", "Notes"}; !slices.Equal(got, want) {
		t.Errorf("Sheets() = %q; want %q", got, want)
	}
}

// oleSignature starts the OLE compound file that Excel writes an encrypted
// workbook as.
var oleSignature = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// workbookWith is the "types" workbook with parts replaced (an empty body
// removes the part).
func workbookWith(tb testing.TB, replace map[string]string) []byte {
	tb.Helper()
	parts := map[string]string{
		"[Content_Types].xml":        contentTypes,
		"_rels/.rels":                rootRels,
		"xl/workbook.xml":            workbookXML,
		"xl/_rels/workbook.xml.rels": workbookRels,
		"xl/sharedStrings.xml":       sharedStringsXML,
		"xl/worksheets/sheet1.xml":   sheetStart + `<row r="1"><c r="A1" t="s"><v>0</v></c></row>` + sheetEnd,
		"xl/worksheets/sheet2.xml":   sheetStart + sheetEnd,
	}
	for name, body := range replace {
		if body == "" {
			delete(parts, name)
		} else {
			parts[name] = body
		}
	}
	return zipOf(tb, parts)
}

func TestErrors(t *testing.T) {
	sheet := func(rows string) map[string]string {
		return map[string]string{"xl/worksheets/sheet1.xml": sheetStart + rows + sheetEnd}
	}
	tests := []struct {
		name     string
		data     []byte
		sheet    string
		wantIs   error    // nil: any error
		wantText []string // what the error must say
	}{
		{"not a zip", []byte("PK\x03\x04 not really"), "Data", nil, []string{"open workbook", "zip"}},
		{"empty file", nil, "Data", nil, []string{"open workbook"}},
		{"encrypted", append(bytes.Clone(oleSignature), make([]byte, 504)...), "Data", zip.ErrFormat, []string{"encrypted workbook"}},
		{"no such sheet", workbookWith(t, nil), "Table 1.2", xlsx.ErrNoSheet, []string{`"Table 1.2"`}},
		{"sheet part missing", workbookWith(t, map[string]string{"xl/worksheets/sheet1.xml": ""}),
			"Data", xlsx.ErrNoPart, []string{"xl/worksheets/sheet1.xml"}},
		{"no relationship for the sheet", workbookWith(t, map[string]string{"xl/_rels/workbook.xml.rels": ""}),
			"Data", xlsx.ErrNoPart, []string{`"rId1"`}},
		{"workbook part missing", workbookWith(t, map[string]string{"xl/workbook.xml": ""}),
			"Data", xlsx.ErrNoPart, []string{"xl/workbook.xml"}},
		{"workbook not XML", workbookWith(t, map[string]string{"xl/workbook.xml": "<workbook><sheets>"}),
			"Data", nil, []string{"workbook", "xl/workbook.xml"}},
		{"shared strings not XML", workbookWith(t, map[string]string{"xl/sharedStrings.xml": "<sst><si><t>a</si>"}),
			"Data", nil, []string{"shared strings", "xl/sharedStrings.xml"}},
		{"shared string out of range", workbookWith(t, sheet(`<row r="1"><c r="C1" t="s"><v>99</v></c></row>`)),
			"Data", nil, []string{`sheet "Data"`, "cell C1", "shared string 99 of 8"}},
		{"shared string index not a number", workbookWith(t, sheet(`<row r="3"><c r="B3" t="s"><v>x</v></c></row>`)),
			"Data", nil, []string{"row 3", "cell B3", `"x"`}},
		{"bad cell reference", workbookWith(t, sheet(`<row r="1"><c r="1A"><v>1</v></c></row>`)),
			"Data", nil, []string{`r="1A"`}},
		{"column beyond XFD", workbookWith(t, sheet(`<row r="1"><c r="XFE1"><v>1</v></c></row>`)),
			"Data", nil, []string{`r="XFE1"`}},
		{"row beyond the last", workbookWith(t, sheet(`<row r="1048577"><c><v>1</v></c></row>`)),
			"Data", nil, []string{"row 1048577"}},
		{"rows out of order", workbookWith(t, sheet(`<row r="2"/><row r="1"/>`)),
			"Data", nil, []string{"row 1 after row 2"}},
		{"cells out of order", workbookWith(t, sheet(`<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c></row>`)),
			"Data", nil, []string{"cell A1", "out of order"}},
		{"sheet cut short", workbookWith(t, map[string]string{"xl/worksheets/sheet1.xml": sheetStart + `<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2`}),
			"Data", nil, []string{`sheet "Data"`, "unexpected EOF"}},
		{"sheet not XML", workbookWith(t, map[string]string{"xl/worksheets/sheet1.xml": sheetStart + `<row r="1"><c r="A1" t="s"><v>0</v></c></row><row <`}),
			"Data", nil, []string{`sheet "Data" (xl/worksheets/sheet1.xml)`, "syntax error"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := readSheet(t, tt.data, tt.sheet)
			if err == nil {
				t.Fatalf("read %s = %q, nil error; want an error", tt.sheet, rows)
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("error %q is not %v", err, tt.wantIs)
			}
			for _, s := range tt.wantText {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not mention %s", err, s)
				}
			}
		})
	}
}

// TestCorruptArchive checks that a workbook whose compressed data is
// damaged is reported, not read as if whole.
func TestCorruptArchive(t *testing.T) {
	data := workbookWith(t, map[string]string{"xl/worksheets/sheet1.xml": sheetStart +
		strings.Repeat(`<row><c t="s"><v>1</v></c><c><v>2.5</v></c></row>`, 2000) + sheetEnd})
	i := bytes.Index(data, []byte("xl/worksheets/sheet1.xml"))
	if i < 0 {
		t.Fatal("sheet part not found in the archive")
	}
	// Flip bytes well inside the sheet's compressed data, past its
	// local header.
	bad := bytes.Clone(data)
	for j := i + 200; j < i+220; j++ {
		bad[j] ^= 0xff
	}
	if _, err := readSheet(t, bad, "Data"); err == nil {
		t.Fatal("read a damaged sheet without an error")
	}
}
