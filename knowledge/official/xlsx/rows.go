package xlsx

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Rows streams the rows of one sheet: only the row being read is held, so
// a sheet of sixty thousand rows costs no more memory than one of ten.
//
// Every row from the first to the last the sheet stores is returned, in
// order: rows the sheet leaves out (nothing in them) come back empty, so a
// row's position is its row number. A row's cells are its values by column,
// from column A; cells the sheet leaves out read "", and the row ends at its
// last stored cell, so rows differ in length. This is what excelize's
// Rows/Columns return with RawCellValue, which the equivalence test checks.
type Rows struct {
	sheet, part string
	rc          io.ReadCloser
	dec         *xml.Decoder
	sst         *sharedStrings

	num    int // number of the current row, from 1
	last   int // number of the last row element read
	ahead  bool
	inData bool // inside sheetData
	done   bool
	err    error

	row     []string
	scratch []string // cells of the row being read, reused
	text    []byte   // text of the cell being read, reused
}

func newRows(sheet, part string, rc io.ReadCloser, sst *sharedStrings) *Rows {
	return &Rows{
		sheet: sheet, part: part, rc: rc, sst: sst,
		dec: xml.NewDecoder(bufio.NewReaderSize(rc, 64<<10)),
	}
}

// Next moves to the next row and reports whether there is one. After it
// returns false, Err tells whether the sheet ended or could not be read.
func (r *Rows) Next() bool {
	if r.err != nil || r.done {
		return false
	}
	r.num++
	r.row = nil
	if r.ahead {
		// The row element read last is further down: this row is one
		// the sheet leaves out, until that one is reached.
		if r.last > r.num {
			return true
		}
		r.ahead = false
		return r.readRow()
	}
	n, err := r.nextRowElement()
	if err != nil {
		r.fail(err)
		return false
	}
	if n == 0 {
		r.done = true
		return false
	}
	if n > r.num {
		r.ahead = true
		return true
	}
	return r.readRow()
}

// Row returns the cells of the current row. The slice is the caller's to
// keep; an empty row is nil.
func (r *Rows) Row() []string { return r.row }

// Err returns the error that stopped Next, if any.
func (r *Rows) Err() error { return r.err }

// Close releases the sheet's part.
func (r *Rows) Close() error { return r.rc.Close() }

func (r *Rows) fail(err error) {
	if r.num > 0 && r.last > 0 {
		err = fmt.Errorf("row %d: %w", r.last, err)
	}
	r.err = fmt.Errorf("sheet %q (%s): %w", r.sheet, r.part, err)
}

// nextRowElement reads on to the next row element and returns its number,
// or 0 at the end of the sheet's data.
func (r *Rows) nextRowElement() (int, error) {
	for {
		tok, err := r.dec.RawToken()
		if err == io.EOF {
			if r.inData {
				return 0, io.ErrUnexpectedEOF
			}
			return 0, nil // a sheet with no data, such as a chart sheet
		}
		if err != nil {
			return 0, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "sheetData":
				r.inData = true
			case "row":
				return r.rowNumber(t)
			}
		case xml.EndElement:
			if t.Name.Local == "sheetData" {
				return 0, nil
			}
		}
	}
}

// rowNumber reads a row element's number: its r attribute, or the number
// after the last row's when it has none (writers may leave it out).
func (r *Rows) rowNumber(t xml.StartElement) (int, error) {
	n := r.last + 1
	if v, ok := attr(t, "r"); ok {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 {
			return 0, fmt.Errorf("row r=%q: not a row number", v)
		}
	}
	switch {
	case n > maxRows:
		return 0, fmt.Errorf("row %d: beyond the last row a sheet can have, %d", n, maxRows)
	case n <= r.last:
		return 0, fmt.Errorf("row %d after row %d: rows out of order", n, r.last)
	}
	r.last = n
	return n, nil
}

// readRow reads the cells of the row element whose start was read last,
// and reports whether it could.
func (r *Rows) readRow() bool {
	cells := r.scratch[:0]
	col := 0
	for {
		tok, err := r.dec.RawToken()
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		if err != nil {
			r.fail(err)
			return false
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local != "c" {
				continue
			}
			c, err := r.readCell(t, col)
			if err != nil {
				r.fail(err)
				return false
			}
			col = c.col
			if !c.present {
				continue
			}
			if col <= len(cells) {
				r.fail(fmt.Errorf("cell %s: column %d after column %d: cells out of order", c.ref(r.num), col, len(cells)))
				return false
			}
			for len(cells) < col-1 {
				cells = append(cells, "")
			}
			cells = append(cells, c.value)
		case xml.EndElement:
			if t.Name.Local == "row" {
				if len(cells) > 0 {
					r.row = append([]string(nil), cells...)
				}
				clear(cells)
				r.scratch = cells[:0]
				return true
			}
		}
	}
}

// cell is one c element read.
type cell struct {
	col     int    // 1 for column A
	value   string // as stored, strings resolved
	present bool   // stored with a value or a formula
}

// ref names the cell for errors, "C7".
func (c cell) ref(row int) string { return columnName(c.col) + strconv.Itoa(row) }

// readCell reads a c element whose start was read last. prev is the column
// of the cell before it in the row: a cell without an r attribute is the
// next one.
//
// The value is the one stored: a shared string (t="s") or an inline string
// (t="inlineStr") is looked up or joined from its runs; anything else (a
// number, t="n" or none; t="str", a formula's text; t="b", 0 or 1; t="e",
// an error such as #N/A; t="d", an ISO date) is the text of v as written,
// whatever number format the cell shows it with. A cell with a formula
// counts as stored even when its value is empty.
func (r *Rows) readCell(start xml.StartElement, prev int) (cell, error) {
	c := cell{col: prev + 1}
	var typ string
	for _, a := range start.Attr {
		switch a.Name.Local {
		case "r":
			col, err := column(a.Value)
			if err != nil {
				return c, fmt.Errorf("cell r=%q: %w", a.Value, err)
			}
			c.col = col
		case "t":
			typ = a.Value
		}
	}
	if c.col > maxColumns {
		return c, fmt.Errorf("cell in column %d: beyond the last column a sheet can have, %d", c.col, maxColumns)
	}

	var (
		v        []byte
		formula  bool
		inline   []byte
		isInline bool
		depth    int  // below the c element
		inV      bool // directly inside v
		err      error
	)
	v = r.text[:0]
loop:
	for {
		tok, terr := r.dec.RawToken()
		if terr == io.EOF {
			terr = io.ErrUnexpectedEOF
		}
		if terr != nil {
			return c, terr
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			inV = false
			if depth != 1 {
				continue
			}
			switch t.Name.Local {
			case "v":
				inV = true
			case "f":
				formula = true
			case "is":
				// readText reads through the end of is.
				if inline, err = readText(r.dec, inline); err != nil {
					return c, err
				}
				isInline = true
				depth--
			}
		case xml.EndElement:
			if depth == 0 {
				break loop
			}
			depth--
			inV = false
		case xml.CharData:
			if inV && depth == 1 {
				v = append(v, t...)
			}
		}
	}
	r.text = v[:0]

	switch typ {
	case "s":
		if len(v) == 0 {
			break
		}
		i, err := strconv.Atoi(strings.TrimSpace(string(v)))
		if err != nil {
			return c, fmt.Errorf("cell %s: shared string index %q: %w", c.ref(r.num), v, errors.Unwrap(err))
		}
		s, ok := r.sst.at(i)
		if !ok {
			return c, fmt.Errorf("cell %s: shared string %d of %d", c.ref(r.num), i, r.sst.len())
		}
		c.value = s
	case "inlineStr":
		if isInline {
			c.value = string(appendUnescaped(nil, inline))
		} else {
			c.value = string(v)
		}
	default:
		c.value = string(v)
	}
	c.present = c.value != "" || formula
	return c, nil
}

// attr returns the value of a start element's attribute.
func attr(t xml.StartElement, local string) (string, bool) {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}
