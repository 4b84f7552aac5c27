package xlsx_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// Parts every hand-written workbook shares.
const (
	rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
	workbookRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
	workbookXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/><sheet name="Notes" sheetId="2" r:id="rId2"/></sheets></workbook>`
	contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`
	sheetStart = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`
	sheetEnd = `</sheetData></worksheet>`
)

// sharedStringsXML is a table with what Excel writes: plain strings,
// preserved spaces, rich-text runs, phonetic guides, escapes and entities.
var sharedStringsXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="8" uniqueCount="8">` +
	`<si><t>O*NET-SOC Code</t></si>` + // 0
	`<si><t xml:space="preserve">  Chief Executives </t></si>` + // 1
	`<si><r><t>Rich </t></r><r><rPr><b/><sz val="11"/></rPr><t>text</t></r></si>` + // 2
	`<si><t>line one_x000D_` + "\n" + `line two</t></si>` + // 3
	`<si><t>literal _x005F_x000D_ and &amp; &lt;tag&gt;</t></si>` + // 4
	`<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si>` + // 5
	`<si><t/></si>` + // 6
	`<si><t>tab_x0009_and bell_x0007_, lone _xD800_ surrogate, bad _x12G4_</t></si>` + // 7
	`</sst>`

// builtWorkbooks returns workbooks to read, by name: hand-written ones that
// exercise each kind of cell and row, and one written by excelize.
func builtWorkbooks(tb testing.TB) map[string][]byte {
	tb.Helper()
	sheets := map[string]string{
		"types": `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>` +
			`<row r="2"><c r="A2"><v>3.14159</v></c><c r="B2" t="n"><v>1E-3</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#N/A</v></c>` +
			`<c r="E2" t="str"><f>A1&amp;"x"</f><v>O*NET-SOC Codex</v></c><c r="F2" t="inlineStr"><is><t>inline</t></is></c>` +
			`<c r="G2" t="inlineStr"><is><r><t>in</t></r><r><t xml:space="preserve">line rich </t></r></is></c><c r="H2" t="d"><v>2024-05-01T00:00:00</v></c></row>` +
			`<row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3" t="s"><v>4</v></c><c r="C3" t="s"><v>5</v></c><c r="D3" t="s"><v>7</v></c><c r="E3" t="s"><v> 2 </v></c></row>`,
		"gaps": `<row r="2"><c r="C2" t="s"><v>0</v></c><c r="F2"><v>7</v></c></row>` +
			`<row r="5"><c r="B5" s="3"/><c r="D5" t="s"><v>6</v></c></row>` +
			`<row r="6" spans="1:4"><c r="A6"><f>SUM(B6:C6)</f></c><c r="D6" t="str"><f>""</f><v></v></c></row>` +
			`<row r="9"/>`,
		"no references": `<row><c t="s"><v>0</v></c><c><v>1</v></c><c/><c><v>3</v></c></row>` +
			`<row><c><v>1</v></c></row>` +
			`<row r="4"><c><v>x</v></c><c r="E4"><v>5</v></c><c><v>6</v></c></row>` +
			`<row><c r="$B$5"><v>b</v></c></row>`,
		"prefixed": `<x:row r="1" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row>`,
		"empty":    ``,
	}
	out := map[string][]byte{}
	for name, rows := range sheets {
		out[name] = zipOf(tb, map[string]string{
			"[Content_Types].xml":        contentTypes,
			"_rels/.rels":                rootRels,
			"xl/workbook.xml":            workbookXML,
			"xl/_rels/workbook.xml.rels": workbookRels,
			"xl/sharedStrings.xml":       sharedStringsXML,
			"xl/worksheets/sheet1.xml":   sheetStart + rows + sheetEnd,
			"xl/worksheets/sheet2.xml":   sheetStart + `<row r="1"><c r="A1" t="inlineStr"><is><t>note</t></is></c></row>` + sheetEnd,
		})
	}
	out["excelize"] = excelizeWorkbook(tb)
	return out
}

// zipOf packs parts into a workbook archive.
func zipOf(tb testing.TB, parts map[string]string) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range parts {
		w, err := zw.Create(name)
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := w.Write([]byte(body)); err != nil {
			tb.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// excelizeWorkbook writes a workbook the way knowledge/official's fixtures
// are written: shared strings, numbers with formats, a second sheet.
func excelizeWorkbook(tb testing.TB) []byte {
	tb.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", "Table 1.2"); err != nil {
		tb.Fatal(err)
	}
	if _, err := f.NewSheet("Field Descriptions"); err != nil {
		tb.Fatal(err)
	}
	format := "#,##0.0"
	style, err := f.NewStyle(&excelize.Style{CustomNumFmt: &format})
	if err != nil {
		tb.Fatal(err)
	}
	cells := map[string]any{
		"A1": "Table 1.2 Employment by detailed occupation, 2024 and projected 2034",
		"A3": "2024 National Employment Matrix code", "B3": "Employment, 2024", "C3": true,
		"A4": "29-1141", "B4": 3391.0, "C4": " padded ", "E4": 12,
		"A6": "line\r\nbreak", "B6": 0.1 + 0.2, "D6": "_x000D_ literal",
	}
	for ref, v := range cells {
		if err := f.SetCellValue("Table 1.2", ref, v); err != nil {
			tb.Fatal(err)
		}
	}
	if err := f.SetCellStyle("Table 1.2", "B4", "B6", style); err != nil {
		tb.Fatal(err)
	}
	if err := f.SetCellFormula("Table 1.2", "F4", "B4*2"); err != nil {
		tb.Fatal(err)
	}
	for i := range 3 {
		ref := fmt.Sprintf("A%d", i+2)
		if err := f.SetCellValue("Field Descriptions", ref, strings.Repeat("note ", i+1)); err != nil {
			tb.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}
