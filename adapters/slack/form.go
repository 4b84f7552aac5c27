package slack

import (
	"errors"
	"net/url"
	"strings"
	"unsafe"
)

// A slash command is a form of a dozen fields of which the adapter reads
// five. url.ParseQuery builds a map of every field, a tenth of the
// request's CPU; commandForm reads the same way and keeps only those five.

// commandForm is what the adapter reads of a slash command's form.
type commandForm struct {
	text, responseURL, channel, team, user string
}

// maxFormFields is url.ParseQuery's default bound on the fields of a form.
const maxFormFields = 10000

// parseCommandForm reads a slash command's form as url.ParseQuery does:
// the first value of each field, and an error wherever ParseQuery has one
// (a semicolon, a bad escape, too many fields). FuzzCommandForm holds it
// to that. The five values are unescaped into one new string, so body may
// be read in place from a buffer that is reused after.
func parseCommandForm(body string) (commandForm, error) {
	if strings.Count(body, "&")+1 > maxFormFields {
		return commandForm{}, errors.New("number of URL query parameters exceeded limit")
	}
	var failed error
	var raw [5]string // text, response_url, channel_id, team_id, user_id: as sent
	seen := 0         // bit i: raw[i] has its value
	for body != "" {
		var pair string
		pair, body, _ = strings.Cut(body, "&")
		if strings.IndexByte(pair, ';') >= 0 {
			failed = errors.New("invalid semicolon separator in query")
			continue
		}
		if pair == "" {
			continue
		}
		k, v, _ := strings.Cut(pair, "=")
		key := k
		if escaped(k) {
			var err error
			if key, err = url.QueryUnescape(k); err != nil {
				failed = err
				continue
			}
		}
		if !validEscapes(v) {
			failed = errors.New("invalid URL escape")
			continue
		}
		i := 0
		switch key {
		case "text":
			i = 0
		case "response_url":
			i = 1
		case "channel_id":
			i = 2
		case "team_id":
			i = 3
		case "user_id":
			i = 4
		default:
			continue
		}
		if seen&(1<<i) == 0 {
			raw[i], seen = v, seen|1<<i
		}
	}
	if failed != nil {
		return commandForm{}, failed
	}
	// One allocation for the five values, unescaped (validEscapes has
	// checked every escape), rather than one for each and a copy of all.
	n := 0
	for _, v := range raw {
		n += len(v)
	}
	buf := make([]byte, 0, n)
	var ends [5]int
	for i, v := range raw {
		buf = appendUnescaped(buf, v)
		ends[i] = len(buf)
	}
	all := unsafe.String(unsafe.SliceData(buf), len(buf)) // buf is not written again
	value := func(i int) string {
		if i == 0 {
			return all[:ends[0]]
		}
		return all[ends[i-1]:ends[i]]
	}
	return commandForm{text: value(0), responseURL: value(1), channel: value(2), team: value(3), user: value(4)}, nil
}

// escaped reports whether s holds a query escape: a % or a +.
func escaped(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '%' || s[i] == '+' {
			return true
		}
	}
	return false
}

// appendUnescaped appends s to dst as url.QueryUnescape reads it: + is a
// space and %XX a byte. Its escapes must have passed validEscapes.
func appendUnescaped(dst []byte, s string) []byte {
	for {
		i := 0
		for i < len(s) && s[i] != '%' && s[i] != '+' {
			i++
		}
		dst = append(dst, s[:i]...) // the plain run, at once
		if i == len(s) {
			return dst
		}
		if s[i] == '+' {
			dst = append(dst, ' ')
			s = s[i+1:]
			continue
		}
		hi, _ := fromHex(s[i+1])
		lo, _ := fromHex(s[i+2])
		dst = append(dst, hi<<4|lo)
		s = s[i+3:]
	}
}

// validEscapes reports whether url.QueryUnescape takes s without an
// error: every % starts an escape of two hexadecimal digits. Values the
// adapter does not read are only checked, not unescaped.
func validEscapes(s string) bool {
	for i := strings.IndexByte(s, '%'); i >= 0; i = strings.IndexByte(s, '%') {
		if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
			return false
		}
		s = s[i+3:]
	}
	return true
}

func isHex(c byte) bool { _, ok := fromHex(c); return ok }
