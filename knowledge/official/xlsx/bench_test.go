package xlsx_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/careerbot/careerbot/knowledge/official/xlsx"
)

// BenchmarkReadSkills reads every row of O*NET's Skills workbook, the
// largest the agencies publish (62,000 rows, a 36 MB sheet), with this
// package and with excelize as knowledge/official used it.
func BenchmarkReadSkills(b *testing.B) {
	path := filepath.Join(fullScaleDir, "onet", "Skills.xlsx")
	if _, err := os.Stat(path); err != nil {
		b.Skipf("no published files: %v", err)
	}
	b.Run("xlsx", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			wb, err := xlsx.Open(path)
			if err != nil {
				b.Fatal(err)
			}
			rows, err := wb.Rows(wb.Sheets()[0])
			if err != nil {
				b.Fatal(err)
			}
			n := 0
			for rows.Next() {
				n += len(rows.Row())
			}
			if err := rows.Err(); err != nil {
				b.Fatal(err)
			}
			rows.Close()
			wb.Close()
			b.ReportMetric(float64(n), "cells/op")
		}
	})
	b.Run("excelize", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			f, err := excelize.OpenFile(path)
			if err != nil {
				b.Fatal(err)
			}
			rows, err := f.Rows(f.GetSheetList()[0])
			if err != nil {
				b.Fatal(err)
			}
			n := 0
			for rows.Next() {
				cells, err := rows.Columns(excelize.Options{RawCellValue: true})
				if err != nil {
					b.Fatal(err)
				}
				n += len(cells)
			}
			rows.Close()
			f.Close()
			b.ReportMetric(float64(n), "cells/op")
		}
	})
}
