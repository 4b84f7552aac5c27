package official_test

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// The fixtures are small sets of files in the agencies' published layouts.
// O*NET's tables are kept in testdata/onet as tab-delimited text, the layout
// of O*NET's text release; writeFixtures turns them into spreadsheets the way
// O*NET publishes them (ratings as numbers, "n/a" as an empty cell). The BLS
// workbooks are built here with excelize from the rows below, which copy the
// published layouts: a notes sheet beside the OEWS data, a title row above
// table 1.2, footnotes below it, numbers stored as numbers with BLS's number
// formats except where a cell holds a mark ("#", "*", "**", "—").

// onetFormat says which form of the O*NET tables writeFixtures writes.
type onetFormat int

const (
	onetXLSX onetFormat = iota
	onetText
)

// fixtureOptions varies the fixture set for particular tests.
type fixtureOptions struct {
	onet onetFormat
	// topNote replaces the OEWS note that says what "#" stands for; "-" drops
	// the notes sheet.
	topNote string
}

// writeFixtures writes a fixture set into a new temporary directory and
// returns the directory.
func writeFixtures(tb testing.TB, opt fixtureOptions) string {
	tb.Helper()
	dir := tb.TempDir()
	for _, sub := range []string{"onet", "bls"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			tb.Fatal(err)
		}
	}
	txts, err := filepath.Glob(filepath.Join("testdata", "onet", "*.txt"))
	if err != nil || len(txts) == 0 {
		tb.Fatalf("no O*NET fixtures in testdata/onet: %v", err)
	}
	for _, src := range txts {
		base := filepath.Base(src)
		if opt.onet == onetText || base == "Read Me.txt" {
			copyFile(tb, src, filepath.Join(dir, "onet", base))
			continue
		}
		writeONETWorkbook(tb, src, filepath.Join(dir, "onet", strings.TrimSuffix(base, ".txt")+".xlsx"))
	}
	// The state estimates come as the CSV the datasets folder holds.
	copyFile(tb, filepath.Join("testdata", "bls", "oews_state_M2024_detailed.csv"), filepath.Join(dir, "bls", "oews_state_M2024_detailed.csv"))
	writeOEWS(tb, filepath.Join(dir, "bls", "national_M2024_dl.xlsx"), opt.topNote)
	writeProjections(tb, filepath.Join(dir, "bls", "occupation.xlsx"))
	return dir
}

func copyFile(tb testing.TB, from, to string) {
	tb.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		tb.Fatal(err)
	}
}

// onetNumberColumns are the O*NET columns its spreadsheets store as numbers.
var onetNumberColumns = []string{"Data Value", "N", "Standard Error", "Lower CI Bound", "Upper CI Bound", "Job Zone",
	"Task ID", "Incumbents Responding", "Commodity Code", "Index", "Category"}

// writeONETWorkbook converts one table of the text release into the
// spreadsheet form: one sheet named after the file, numbers as numbers,
// "n/a" as an empty cell.
func writeONETWorkbook(tb testing.TB, txt, xlsx string) {
	tb.Helper()
	data, err := os.ReadFile(txt)
	if err != nil {
		tb.Fatal(err)
	}
	var rows [][]any
	var numeric []bool
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for sc.Scan() {
		cells := strings.Split(strings.TrimSuffix(sc.Text(), "\r"), "\t")
		row := make([]any, len(cells))
		for i, c := range cells {
			row[i] = c
			if numeric == nil {
				continue
			}
			if c == "n/a" {
				row[i] = ""
			} else if v, err := strconv.ParseFloat(c, 64); err == nil && i < len(numeric) && numeric[i] {
				row[i] = v
			}
		}
		if numeric == nil {
			for _, h := range cells {
				numeric = append(numeric, slices.Contains(onetNumberColumns, h))
			}
		}
		rows = append(rows, row)
	}
	sheet := strings.TrimSuffix(filepath.Base(xlsx), ".xlsx")
	if len(sheet) > 31 {
		sheet = sheet[:31] // Excel's limit; O*NET's sheets are cut the same way
	}
	saveWorkbook(tb, xlsx, workbookSheet{name: sheet, rows: rows})
}

// workbookSheet is one sheet to write: its rows, and number formats for
// columns (by 0-based index) as the publisher sets them.
type workbookSheet struct {
	name    string
	rows    [][]any
	formats map[int]string // column -> custom number format
}

func saveWorkbook(tb testing.TB, path string, sheets ...workbookSheet) {
	tb.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				tb.Fatal(err)
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			tb.Fatal(err)
		}
		styles := map[int]int{}
		for col, format := range s.formats {
			id, err := f.NewStyle(&excelize.Style{CustomNumFmt: &format})
			if err != nil {
				tb.Fatal(err)
			}
			styles[col] = id
		}
		for r, row := range s.rows {
			for c, v := range row {
				ref, err := excelize.CoordinatesToCellName(c+1, r+1)
				if err != nil {
					tb.Fatal(err)
				}
				if err := f.SetCellValue(s.name, ref, v); err != nil {
					tb.Fatal(err)
				}
				if id, ok := styles[c]; ok {
					if _, isNumber := v.(float64); isNumber {
						if err := f.SetCellStyle(s.name, ref, ref, id); err != nil {
							tb.Fatal(err)
						}
					}
				}
			}
		}
	}
	if err := f.SaveAs(path); err != nil {
		tb.Fatal(err)
	}
}

// oewsHeader is the header of the OEWS national file, May 2024.
var oewsHeader = []any{"AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS", "NAICS_TITLE", "I_GROUP",
	"OWN_CODE", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "EMP_PRSE", "JOBS_1000", "LOC_QUOTIENT",
	"PCT_TOTAL", "PCT_RPT", "H_MEAN", "A_MEAN", "MEAN_PRSE", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75",
	"H_PCT90", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "ANNUAL", "HOURLY"}

// oewsRow builds one national cross-industry row from the cells from
// OCC_CODE on: code, title, group, employment, employment PRSE, mean hourly,
// mean annual, mean PRSE, five hourly and five annual percentiles, and the
// annual-only and hourly-only flags.
func oewsRow(cells ...any) []any {
	row := []any{"99", "U.S.", "1", "US", "000000", "Cross-industry", "cross-industry", "1235"}
	row = append(row, cells[:5]...)   // OCC_CODE … EMP_PRSE
	row = append(row, "", "", "", "") // JOBS_1000 … PCT_RPT: blank nationally
	return append(row, cells[5:]...)  // H_MEAN …
}

const oewsTopNote = "#  = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year "

func writeOEWS(tb testing.TB, path, topNote string) {
	tb.Helper()
	rows := [][]any{
		oewsHeader,
		oewsRow("00-0000", "All Occupations", "total", 154187380.0, 0.0, 32.66, 67920.0, 0.1, 14.42, 17.66, 23.80, 37.89, 60.44, 29990.0, 36730.0, 49500.0, 78810.0, 125720.0),
		oewsRow("11-0000", "Management Occupations", "major", 10966830.0, 0.2, 68.15, 141760.0, 0.2, 27.41, 38.42, 58.70, 82.50, "#", 57010.0, 79900.0, 122090.0, 171610.0, "#"),
		oewsRow("11-1010", "Chief Executives", "broad", 211850.0, 1.2, 126.41, 262930.0, 0.9, 35.44, 60.61, 99.24, "#", "#", 73710.0, 126080.0, 206420.0, "#", "#"),
		oewsRow("11-1011", "Chief Executives", "detailed", 211850.0, 1.2, 126.41, 262930.0, 0.9, 35.44, 60.61, 99.24, "#", "#", 73710.0, 126080.0, 206420.0, "#", "#"),
		// Published only as a group: broad, and again as "detailed".
		oewsRow("13-1020", "Buyers and Purchasing Agents", "broad", 486900.0, 0.6, 39.29, 81720.0, 0.4, 22.34, 28.21, 36.37, 47.69, 61.31, 46460.0, 58670.0, 75650.0, 99190.0, 127520.0),
		oewsRow("13-1020", "Buyers and Purchasing Agents", "detailed", 486900.0, 0.6, 39.29, 81720.0, 0.4, 22.34, 28.21, 36.37, 47.69, 61.31, 46460.0, 58670.0, 75650.0, 99190.0, 127520.0),
		// Published only as a broad group.
		oewsRow("21-1010", "Counselors", "broad", 736770.0, 0.5, 33.41, 69490.0, 0.5, 19.82, 23.52, 28.94, 37.69, 48.95, 41230.0, 48920.0, 60200.0, 78400.0, 101820.0),
		// Hourly wages only, employment not published; stored as text, as in
		// some re-saved copies.
		oewsRow("27-2011", "Actors", "detailed", "**", "4.7", "44.40", "*", "2.5", "14.00", "16.94", "23.33", "41.09", "97.19", "*", "*", "*", "*", "*", "", "TRUE"),
		oewsRow("29-1100", "Health Diagnosing and Treating Practitioners", "minor", 5441700.0, 0.3, 57.13, 118830.0, 0.3, 22.28, 34.11, 44.16, 57.24, 84.06, 46340.0, 70950.0, 91850.0, 119060.0, 174850.0),
		oewsRow("29-1141", "Registered Nurses", "detailed", 3282010.0, 0.4, 47.32, 98430.0, 0.2, 31.75, 37.79, 45.0, 51.90, 65.06, 66030.0, 78610.0, 93600.0, 107960.0, 135320.0),
		oewsRow("29-1211", "Anesthesiologists", "detailed", 31080.0, 4.5, 161.88, 336640.0, 1.4, 61.46, "#", "#", "#", "#", 127840.0, "#", "#", "#", "#"),
	}
	hourly, annual := map[int]string{}, map[int]string{}
	for i, h := range oewsHeader {
		name := h.(string)
		switch {
		case name == "TOT_EMP" || strings.HasPrefix(name, "A_"):
			annual[i] = "#,##0"
		case strings.HasPrefix(name, "H_"):
			hourly[i] = "0.00"
		}
	}
	formats := map[int]string{}
	for i, f := range hourly {
		formats[i] = f
	}
	for i, f := range annual {
		formats[i] = f
	}
	sheets := []workbookSheet{{name: "national_M2024_dl", rows: rows, formats: formats}}
	if topNote != "-" {
		if topNote == "" {
			topNote = oewsTopNote
		}
		sheets = append(sheets, workbookSheet{name: "Field Descriptions", rows: [][]any{
			{"May 2024 OEWS Estimates"},
			{},
			{"Occupational Employment and Wage Statistics (OEWS) Survey"},
			{"Field", "Field Description"},
			{"tot_emp", "Estimated total employment rounded to the nearest 10 (excludes self-employed)."},
			{"Notes:"},
			{"*  = indicates that a wage estimate is not available"},
			{"**  = indicates that an employment estimate is not available"},
			{topNote},
		}})
	}
	saveWorkbook(tb, path, sheets...)
}

// projectionsHeader is the header of table 1.2, 2024-34.
var projectionsHeader = []any{"2024 National Employment Matrix title", "2024 National Employment Matrix code",
	"Occupation type", "Employment, 2024", "Employment, 2034", "Employment distribution, percent, 2024",
	"Employment distribution, percent, 2034", "Employment change, numeric, 2024–34",
	"Employment change, percent, 2024–34", "Percent self employed, 2024",
	"Occupational openings, 2024–34 annual average", "Median annual wage, dollars, 2024[1]",
	"Typical education needed for entry", "Work experience in a related occupation",
	"Typical on-the-job training needed to attain competency in the occupation",
	"Related Occupational Outlook Handbook (OOH) content xlsx"}

func writeProjections(tb testing.TB, path string) {
	tb.Helper()
	const dash = "—"
	rows := [][]any{
		{"Table 1.2 Occupational projections, 2024–2034, and worker characteristics, 2024 (Employment in thousands)"},
		projectionsHeader,
		{"Total, all occupations", "00-0000", "Summary", 169956.1, 175167.9, 100.0, 100.0, 5211.8, 3.1, 5.8, 18863.3, 49500.0, dash, dash, dash, dash},
		{"    Chief executives", "11-1011", "Line item", 309.4, 322.7, 0.2, 0.2, 13.3, 4.3, 18.0, 22.2, 206420.0, "Bachelor's degree", "5 years or more", "None", "OOH Content"},
		{"      Buyers and purchasing agents", "13-1020", "Line item", 522.2, 552.3, 0.3, 0.3, 30.1, 5.8, 4.7, 52.2, 75650.0, "Bachelor's degree", "None", "Moderate-term on-the-job training", "OOH Content"},
		{"    Counselors", "21-1010", "Summary", 915.3, 1001.2, 0.5, 0.6, 85.9, 9.4, 3.2, 95.1, 60200.0, dash, dash, dash, dash},
		// Projected together for occupations O*NET keeps apart (21-1014
		// and 21-1011): this row, not the group's, is theirs.
		{"      Substance abuse, behavioral disorder, and mental health counselors", "21-1018", "Line item", 483.5, 564.6, 0.3, 0.3, 81.0, 16.8, 2.4, 48.3, 59190.0, "Master's degree", "None", "Internship/residency", "OOH Content"},
		{"    Actors", "27-2011", "Line item", 57.0, 57.1, 0.0, 0.0, 0.2, 0.3, 23.1, 6.3, dash, "Some college, no degree", "None", "Long-term on-the-job training", "OOH Content"},
		{"    Registered nurses", "29-1141", "Line item", 3391.0, 3557.1, 2.0, 2.0, 166.1, 4.9, 0.5, 189.1, 93600.0, "Bachelor's degree", "None", "None", "OOH Content"},
		{"    Word processors and typists", "43-9022", "Line item", 40.0, 25.6, 0.0, 0.0, -14.4, -36.1, 4.0, 2.5, 47850.0, "High school diploma or equivalent", "None", "Short-term on-the-job training", "OOH Content"},
		{"Footnotes:"},
		{"[1] Data are from the Occupational Employment and Wage Statistics program, U.S. Bureau of Labor Statistics."},
		{"Note: Data is unavailable for values denoted with a \"—\"."},
		{"Source: Employment Projections program, U.S. Bureau of Labor Statistics"},
	}
	formats := map[int]string{}
	for i := 3; i <= 10; i++ {
		formats[i] = "#,##0.0"
	}
	formats[11] = "#,##0"
	saveWorkbook(tb, path,
		workbookSheet{name: "Index", rows: [][]any{{"Occupation.xlsx contents"}, {"Table 1.2 Occupational projections, 2024–34, and worker characteristics, 2024"}}},
		workbookSheet{name: "Table 1.2", rows: rows, formats: formats})
}
