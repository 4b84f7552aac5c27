// Package xlsx reads the cell values of Office Open XML workbooks (.xlsx),
// the form in which O*NET and the BLS publish their tables.
//
// It owns only reading: sheet names, and each sheet's rows streamed one at a
// time with every cell as stored (shared and inline strings resolved,
// numbers as written, no number formatting), which is what
// excelize's Rows/Columns return with RawCellValue. It exists so that the
// serving binary does not link a general spreadsheet library, whose package
// initialisation alone leaves about a megabyte of heap for every garbage
// collection to scan (issue 15). It uses the standard library only.
package xlsx
