package xlsx

import (
	"encoding/xml"
	"io"
	"unicode/utf8"
)

// sharedStrings is the workbook's table of strings, which cells of type
// "s" refer to by index. The strings are kept end to end in one string with
// their end offsets, so that a table of tens of thousands of strings is two
// allocations the collector scans, not one per string; a cell's value is a
// slice of it.
type sharedStrings struct {
	all  string
	ends []int
}

// at returns string i, or false when the table has no such string.
func (s *sharedStrings) at(i int) (string, bool) {
	if i < 0 || i >= len(s.ends) {
		return "", false
	}
	start := 0
	if i > 0 {
		start = s.ends[i-1]
	}
	return s.all[start:s.ends[i]], true
}

// len is the number of strings in the table.
func (s *sharedStrings) len() int { return len(s.ends) }

// readSharedStrings reads a sharedStrings part: one si element per string.
func readSharedStrings(r io.Reader) (*sharedStrings, error) {
	dec := xml.NewDecoder(r)
	var (
		all  []byte
		ends []int
		item []byte
	)
	for {
		tok, err := dec.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "si" {
			continue
		}
		if item, err = readText(dec, item[:0]); err != nil {
			return nil, err
		}
		all = appendUnescaped(all, item)
		ends = append(ends, len(all))
	}
	return &sharedStrings{all: string(all), ends: ends}, nil
}

// readText appends the text of a string item (a shared string's si or an
// inline string's is), whose start element was the last token read, and
// reads on to its end. The text is that of the t element directly inside
// the item and of the t of each rich-text run r; phonetic guides (rPh)
// are left out, as Excel does not show them in the cell.
func readText(dec *xml.Decoder, buf []byte) ([]byte, error) {
	// Local names of the open elements below the item, enough of them
	// to tell si/t and si/r/t from anything deeper.
	var open [2]string
	depth := 0
	inText := func() bool {
		switch depth {
		case 1:
			return open[0] == "t"
		case 2:
			return open[0] == "r" && open[1] == "t"
		}
		return false
	}
	for {
		tok, err := dec.RawToken()
		if err == io.EOF {
			return buf, io.ErrUnexpectedEOF
		}
		if err != nil {
			return buf, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth < len(open) {
				open[depth] = t.Name.Local
			}
			depth++
		case xml.EndElement:
			if depth == 0 {
				return buf, nil
			}
			depth--
		case xml.CharData:
			if inText() {
				buf = append(buf, t...)
			}
		}
	}
}

// appendUnescaped appends s to dst with Office's escapes decoded: XML 1.0
// cannot carry most control characters, so Excel writes them as _xHHHH_
// (a carriage return as _x000D_), and a literal "_x" that would read as
// one as _x005F_x. A sequence naming a lone surrogate, which no string can
// hold, decodes to nothing, as in excelize.
func appendUnescaped(dst, s []byte) []byte {
	for i := 0; i < len(s); {
		if s[i] == '_' && i+7 <= len(s) && s[i+1] == 'x' && s[i+6] == '_' {
			if r, ok := hex4(s[i+2 : i+6]); ok {
				if !(0xD800 <= r && r <= 0xDFFF) {
					dst = utf8.AppendRune(dst, r)
				}
				i += 7
				continue
			}
		}
		dst = append(dst, s[i])
		i++
	}
	return dst
}

// hex4 reads four hexadecimal digits.
func hex4(b []byte) (rune, bool) {
	var r rune
	for _, c := range b {
		switch {
		case '0' <= c && c <= '9':
			r = r<<4 | rune(c-'0')
		case 'a' <= c && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case 'A' <= c && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}
