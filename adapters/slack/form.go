package slack

import (
	"errors"
	"net/url"
	"strings"
)

// A slash command is a form of a dozen fields of which the adapter reads
// five. url.ParseQuery builds a map of every field, a tenth of the
// request's CPU; commandForm reads the same way and keeps only those five.

// commandForm is what the adapter reads of a slash command's form.
type commandForm struct {
	text, responseURL, channel, team, user string
}

// owned returns f with its fields copied into one new string: a form read
// in place from a buffer that is reused holds none of it after.
func (f commandForm) owned() commandForm {
	all := f.text + f.responseURL + f.channel + f.team + f.user
	cut := func(n int) string {
		s := all[:n]
		all = all[n:]
		return s
	}
	return commandForm{text: cut(len(f.text)), responseURL: cut(len(f.responseURL)), channel: cut(len(f.channel)), team: cut(len(f.team)), user: cut(len(f.user))}
}

// maxFormFields is url.ParseQuery's default bound on the fields of a form.
const maxFormFields = 10000

// parseCommandForm reads a slash command's form as url.ParseQuery does:
// the first value of each field, and an error wherever ParseQuery has one
// (a semicolon, a bad escape, too many fields). FuzzCommandForm holds it
// to that.
func parseCommandForm(body string) (commandForm, error) {
	var f commandForm
	if strings.Count(body, "&")+1 > maxFormFields {
		return f, errors.New("number of URL query parameters exceeded limit")
	}
	var failed error
	seen := 0 // bit i: field i has its value
	for body != "" {
		var pair string
		pair, body, _ = strings.Cut(body, "&")
		if strings.Contains(pair, ";") {
			failed = errors.New("invalid semicolon separator in query")
			continue
		}
		if pair == "" {
			continue
		}
		k, v, _ := strings.Cut(pair, "=")
		key := k
		if strings.ContainsAny(k, "%+") {
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
		var dst *string
		var bit int
		switch key {
		case "text":
			dst, bit = &f.text, 1
		case "response_url":
			dst, bit = &f.responseURL, 2
		case "channel_id":
			dst, bit = &f.channel, 4
		case "team_id":
			dst, bit = &f.team, 8
		case "user_id":
			dst, bit = &f.user, 16
		default:
			continue
		}
		if seen&bit == 0 {
			value, err := url.QueryUnescape(v)
			if err != nil { // validEscapes said it would not fail
				failed = err
				continue
			}
			*dst, seen = value, seen|bit
		}
	}
	return f, failed
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
