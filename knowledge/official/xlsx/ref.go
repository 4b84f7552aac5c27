package xlsx

import (
	"errors"
	"strconv"
)

var errBadRef = errors.New("not a cell reference")

// column returns the column number of a cell reference ("C7" is 3). The
// row part must be a row number too, though the row element, not the
// cell, says which row a cell is in; "$" marks are allowed ("$C$7").
func column(ref string) (int, error) {
	col, i := 0, 0
	for ; i < len(ref); i++ {
		c := ref[i]
		if c == '$' {
			continue
		}
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		if c < 'A' || c > 'Z' {
			break
		}
		if col = col*26 + int(c-'A'+1); col > maxColumns {
			return 0, errBadRef
		}
	}
	digits := ref[i:]
	if col == 0 || digits == "" {
		return 0, errBadRef
	}
	for j := 0; j < len(digits); j++ {
		if digits[j] < '0' || digits[j] > '9' {
			return 0, errBadRef
		}
	}
	if n, err := strconv.Atoi(digits); err != nil || n < 1 || n > maxRows {
		return 0, errBadRef
	}
	return col, nil
}

// columnName is the letters of column n ("C" for 3), for messages.
func columnName(n int) string {
	if n < 1 {
		return "?"
	}
	var b []byte
	for ; n > 0; n = (n - 1) / 26 {
		b = append([]byte{byte('A' + (n-1)%26)}, b...)
	}
	return string(b)
}
