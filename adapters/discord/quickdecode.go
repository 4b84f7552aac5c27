package discord

import (
	"bytes"

	"github.com/bwmarrin/discordgo"
)

// quickDecode reads an interaction as Discord sends it in one pass over
// the body, taking the fields decodeInteraction keeps and stepping over
// the rest (the sender's member record, locales, entitlements: most of
// the bytes). encoding/json validated the body and then walked it again
// by reflection: a tenth of an interaction's time on the endpoint, as
// much as its answer. ok is false on anything it does not expect (a key
// in another case, an escaped ID, a number where a string belongs,
// malformed JSON), and the caller decodes with encoding/json instead, so
// that both read every body alike; FuzzQuickDecode holds it to that.
// Data, small, is still decoded by encoding/json (decodeData).
func quickDecode(body []byte) (i discordgo.Interaction, data []byte, ok bool) {
	r := jsonReader{b: body}
	var msg *discordgo.Message
	var member *discordgo.Member
	ok = r.object(func(key []byte) bool {
		switch string(key) {
		case "id":
			return r.plainString(&i.ID)
		case "application_id":
			return r.plainString(&i.AppID)
		case "guild_id":
			return r.plainString(&i.GuildID)
		case "channel_id":
			return r.plainString(&i.ChannelID)
		case "token":
			return r.plainString(&i.Token)
		case "type":
			n, ok := r.smallInt(255)
			if ok && n >= 0 {
				i.Type = discordgo.InteractionType(n)
			}
			return ok
		case "version":
			n, ok := r.smallInt(1 << 30)
			if ok && n >= 0 {
				i.Version = n
			}
			return ok
		case "data":
			r.space()
			start := r.i
			if !r.skip(0) {
				return false
			}
			data = body[start:r.i]
			return true
		case "message":
			return r.nullOr(func() { msg = nil }, func() bool {
				if msg == nil {
					msg = &discordgo.Message{}
				}
				return r.object(func(key []byte) bool {
					if string(key) != "flags" {
						return r.other(key, "flags")
					}
					n, ok := r.smallInt(1 << 30)
					if ok && n >= 0 {
						msg.Flags = discordgo.MessageFlags(n)
					}
					return ok
				})
			})
		case "member":
			return r.nullOr(func() { member = nil }, func() bool {
				if member == nil {
					member = &discordgo.Member{}
				}
				return r.object(func(key []byte) bool {
					if string(key) != "user" {
						return r.other(key, "user")
					}
					return r.sender(&member.User)
				})
			})
		case "user":
			return r.sender(&i.User)
		}
		return r.other(key, "id", "application_id", "guild_id", "channel_id", "token", "type",
			"version", "data", "message", "member", "user")
	}) && r.end()
	i.Message, i.Member = msg, member
	return i, data, ok
}

// jsonReader steps through one JSON text. Each method reads one value
// at r.i (after any space) and reports whether it was what was asked;
// false leaves the reader where it stopped, to be thrown away.
type jsonReader struct {
	b []byte
	i int
}

// maxDepth bounds the nesting quickDecode steps over; deeper bodies go
// to encoding/json.
const maxDepth = 64

func (r *jsonReader) space() {
	for r.i < len(r.b) {
		switch r.b[r.i] {
		case ' ', '\t', '\n', '\r':
			r.i++
		default:
			return
		}
	}
}

// take consumes c, after any space, when it comes next.
func (r *jsonReader) take(c byte) bool {
	r.space()
	if r.i < len(r.b) && r.b[r.i] == c {
		r.i++
		return true
	}
	return false
}

// end reports whether only space is left.
func (r *jsonReader) end() bool {
	r.space()
	return r.i == len(r.b)
}

// object reads an object, calling member with each key and the reader
// at its value, which member must read.
func (r *jsonReader) object(member func(key []byte) bool) bool {
	if !r.take('{') {
		return false
	}
	if r.take('}') {
		return true
	}
	for {
		r.space()
		key, ok := r.plain()
		if !ok || !r.take(':') {
			return false
		}
		r.space()
		if !member(key) {
			return false
		}
		if !r.take(',') {
			return r.take('}')
		}
	}
}

// other steps over the value of a key quickDecode does not read. A key
// encoding/json would take for one it reads (it matches keys in any
// case) is not stepped over: ok false.
func (r *jsonReader) other(key []byte, read ...string) bool {
	for _, k := range read {
		if bytes.EqualFold(key, []byte(k)) {
			return false
		}
	}
	return r.skip(0)
}

// nullOr reads null, calling null, or else whatever value reads.
func (r *jsonReader) nullOr(null func(), value func() bool) bool {
	if r.literal("null") {
		null()
		return true
	}
	return value()
}

// sender reads a user record for its ID into *u, as encoding/json
// would into a *discordgo.User: null clears it, an object fills it.
func (r *jsonReader) sender(u **discordgo.User) bool {
	return r.nullOr(func() { *u = nil }, func() bool {
		if *u == nil {
			*u = &discordgo.User{}
		}
		return r.object(func(key []byte) bool {
			if string(key) != "id" {
				return r.other(key, "id")
			}
			return r.plainString(&(*u).ID)
		})
	})
}

// plain reads a string with nothing to unescape and only ASCII in it,
// the way every ID, key and token comes; anything else is not plain.
func (r *jsonReader) plain() ([]byte, bool) {
	if r.i >= len(r.b) || r.b[r.i] != '"' {
		return nil, false
	}
	for j := r.i + 1; j < len(r.b); j++ {
		switch c := r.b[j]; {
		case c == '"':
			s := r.b[r.i+1 : j]
			r.i = j + 1
			return s, true
		case c < 0x20, c == '\\', c >= 0x80:
			return nil, false
		}
	}
	return nil, false
}

// plainString reads a plain string into *s; null leaves *s as it is.
func (r *jsonReader) plainString(s *string) bool {
	if r.literal("null") {
		return true
	}
	b, ok := r.plain()
	if ok {
		*s = string(b)
	}
	return ok
}

// smallInt reads a whole number from 0 to max written without sign,
// fraction or exponent; null reads as -1. Anything else, an overflow
// encoding/json refuses among them, is not small.
func (r *jsonReader) smallInt(max int) (int, bool) {
	if r.literal("null") {
		return -1, true
	}
	start, n := r.i, 0
	for r.i < len(r.b) && r.b[r.i] >= '0' && r.b[r.i] <= '9' {
		n = n*10 + int(r.b[r.i]-'0')
		r.i++
		if n > max {
			return 0, false
		}
	}
	digits := r.i - start
	if digits == 0 || digits > 1 && r.b[start] == '0' {
		return 0, false
	}
	if r.i < len(r.b) && (r.b[r.i] == '.' || r.b[r.i] == 'e' || r.b[r.i] == 'E') {
		return 0, false
	}
	return n, true
}

// literal consumes word (true, false, null) when it comes next.
func (r *jsonReader) literal(word string) bool {
	if bytes.HasPrefix(r.b[r.i:], []byte(word)) {
		r.i += len(word)
		return true
	}
	return false
}

// skip steps over one value of any kind, checking it is well formed as
// strictly as encoding/json does.
func (r *jsonReader) skip(depth int) bool {
	r.space()
	if r.i >= len(r.b) || depth > maxDepth {
		return false
	}
	switch c := r.b[r.i]; {
	case c == '"':
		return r.skipString()
	case c == '{':
		r.i++
		if r.take('}') {
			return true
		}
		for {
			r.space()
			if !r.skipString() || !r.take(':') || !r.skip(depth+1) {
				return false
			}
			if !r.take(',') {
				return r.take('}')
			}
		}
	case c == '[':
		r.i++
		if r.take(']') {
			return true
		}
		for {
			if !r.skip(depth + 1) {
				return false
			}
			if !r.take(',') {
				return r.take(']')
			}
		}
	case c == '-' || c >= '0' && c <= '9':
		return r.skipNumber()
	}
	return r.literal("true") || r.literal("false") || r.literal("null")
}

// skipString steps over a string, its escapes checked.
func (r *jsonReader) skipString() bool {
	if r.i >= len(r.b) || r.b[r.i] != '"' {
		return false
	}
	for j := r.i + 1; j < len(r.b); j++ {
		switch c := r.b[j]; {
		case c == '"':
			r.i = j + 1
			return true
		case c < 0x20:
			return false
		case c == '\\':
			j++
			if j >= len(r.b) {
				return false
			}
			switch r.b[j] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				if j+4 >= len(r.b) {
					return false
				}
				for _, h := range r.b[j+1 : j+5] {
					if !isHex(h) {
						return false
					}
				}
				j += 4
			default:
				return false
			}
		}
	}
	return false
}

// skipNumber steps over a number in JSON's grammar: -?(0|[1-9]d*)(.d+)?([eE][+-]?d+)?
func (r *jsonReader) skipNumber() bool {
	if r.i < len(r.b) && r.b[r.i] == '-' {
		r.i++
	}
	switch {
	case r.i < len(r.b) && r.b[r.i] == '0':
		r.i++
	case r.digits() == 0:
		return false
	}
	if r.i < len(r.b) && r.b[r.i] == '.' {
		r.i++
		if r.digits() == 0 {
			return false
		}
	}
	if r.i < len(r.b) && (r.b[r.i] == 'e' || r.b[r.i] == 'E') {
		r.i++
		if r.i < len(r.b) && (r.b[r.i] == '+' || r.b[r.i] == '-') {
			r.i++
		}
		if r.digits() == 0 {
			return false
		}
	}
	return true
}

// digits steps over decimal digits and says how many.
func (r *jsonReader) digits() int {
	start := r.i
	for r.i < len(r.b) && r.b[r.i] >= '0' && r.b[r.i] <= '9' {
		r.i++
	}
	return r.i - start
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// quickCommandData reads a slash command's data in one pass, as
// encoding/json reads it into ApplicationCommandInteractionData, when it
// is what a command with text options sends: an ID, a name, a type and
// options each with a name, a type, a plain string value and whether it
// is focused. Anything else (subcommands, resolved users, a context
// menu's target, a value that is not a plain string, a key in another
// case) is not ok, and the caller decodes with encoding/json:
// FuzzQuickCommandData holds both alike.
// encoding/json spent a twentieth of an interaction's time here.
func quickCommandData(data []byte) (d discordgo.ApplicationCommandInteractionData, ok bool) {
	r := jsonReader{b: data}
	ok = r.object(func(key []byte) bool {
		switch string(key) {
		case "id":
			return r.plainString(&d.ID)
		case "name":
			return r.plainString(&d.Name)
		case "type":
			n, ok := r.smallInt(255)
			if ok && n >= 0 {
				d.CommandType = discordgo.ApplicationCommandType(n)
			}
			return ok
		case "options":
			if r.literal("null") {
				d.Options = nil
				return true
			}
			d.Options = []*discordgo.ApplicationCommandInteractionDataOption{}
			return r.array(func() bool {
				o, ok := r.commandOption()
				d.Options = append(d.Options, o)
				return ok
			})
		}
		// The command's guild is the interaction's; what resolved
		// mentions and a context menu's target hold is left to
		// encoding/json.
		return r.other(key, "id", "name", "type", "options", "resolved", "target_id")
	}) && r.end()
	return d, ok
}

// commandOption reads one option of a command with text options.
func (r *jsonReader) commandOption() (*discordgo.ApplicationCommandInteractionDataOption, bool) {
	o := &discordgo.ApplicationCommandInteractionDataOption{}
	ok := r.object(func(key []byte) bool {
		switch string(key) {
		case "name":
			return r.plainString(&o.Name)
		case "type":
			n, ok := r.smallInt(255)
			if ok && n >= 0 {
				o.Type = discordgo.ApplicationCommandOptionType(n)
			}
			return ok
		case "value":
			r.space()
			b, ok := r.plain()
			if ok {
				o.Value = string(b)
			}
			return ok
		case "focused":
			switch {
			case r.literal("true"):
				o.Focused = true
			case r.literal("false"):
				o.Focused = false
			default:
				return false
			}
			return true
		}
		return r.other(key, "name", "type", "value", "options", "focused")
	})
	return o, ok
}

// array reads an array, calling elem with the reader at each element,
// which elem must read.
func (r *jsonReader) array(elem func() bool) bool {
	if !r.take('[') {
		return false
	}
	if r.take(']') {
		return true
	}
	for {
		r.space()
		if !elem() {
			return false
		}
		if !r.take(',') {
			return r.take(']')
		}
	}
}
