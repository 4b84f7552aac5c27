package slack

import (
	"encoding/json"
	"net/http"
	"strconv"
	"sync"
)

// A slash command's reply is written on every request; its blocks were
// already encoded once while render measured them against Slack's limits
// (message.encoded). writeReply puts those bytes together instead of
// encoding the blocks a second time, into a buffer reused across requests.

// replyBuffers holds the buffers replies are put together in. A buffer
// that grew past maxPooledReply is left to the garbage collector, so one
// huge reply does not stay in memory.
var replyBuffers = sync.Pool{New: func() any { b := make([]byte, 0, 4096); return &b }}

const maxPooledReply = 64 << 10

// appendJSON appends r as json.Marshal encodes it (the same bytes), using
// the blocks' own encoding when render kept it.
func (r reply) appendJSON(dst []byte) ([]byte, error) {
	if r.share.question != "" && (r.share.js == nil || len(r.encoded) != len(r.Blocks) || len(r.Blocks) == 0) {
		r = r.withShareBlock() // not from render: encode it all below
	}
	if len(r.Blocks) > 0 && len(r.encoded) != len(r.Blocks) {
		js, err := json.Marshal(r)
		return append(dst, js...), err
	}
	dst = append(dst, `{"response_type":`...)
	var err error
	switch r.ResponseType { // the two Slack knows need no escaping
	case VisibilityEphemeral, VisibilityInChannel:
		dst = append(append(append(dst, '"'), r.ResponseType...), '"')
	default:
		if dst, err = appendString(dst, r.ResponseType); err != nil {
			return dst, err
		}
	}
	dst = append(dst, `,"text":`...)
	if r.textJSON != nil {
		dst = append(dst, r.textJSON...)
	} else if dst, err = appendString(dst, r.Text); err != nil {
		return dst, err
	}
	if len(r.Blocks) > 0 {
		dst = append(dst, `,"blocks":[`...)
		for i, js := range r.encoded {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = append(dst, js...)
		}
		if r.share.question != "" {
			dst = append(append(dst, ','), r.share.js...)
		}
		dst = append(dst, ']')
	}
	return append(dst, '}'), nil
}

// appendString appends s as a JSON string, escaped as encoding/json does.
func appendString(dst []byte, s string) ([]byte, error) {
	js, err := json.Marshal(s)
	return append(dst, js...), err
}

// appendJSONString is appendString without encoding/json's allocation for
// text that needs no escaping, as most questions are: printable ASCII
// without the quote, backslash and the three HTML characters encoding/json
// escapes.
func appendJSONString(dst []byte, s string) ([]byte, error) {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			return appendString(dst, s)
		}
	}
	return append(append(append(dst, '"'), s...), '"'), nil
}

// writeReply writes r as the JSON body of a 200 response.
func writeReply(w http.ResponseWriter, r reply) {
	bp := replyBuffers.Get().(*[]byte)
	defer func() {
		if cap(*bp) <= maxPooledReply {
			replyBuffers.Put(bp)
		}
	}()
	js, err := r.appendJSON((*bp)[:0])
	*bp = js
	if err != nil {
		http.Error(w, "cannot encode reply", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h["Content-Type"] = jsonContentType
	if len(js) > smallReply || r.chart != nil {
		// Said up front: net/http would otherwise chunk a reply this long,
		// or one flushed before the chart is posted.
		h["Content-Length"] = []string{strconv.Itoa(len(js))}
	}
	_, _ = w.Write(js)
}

// jsonContentType is every reply's Content-Type header, set as the map's
// value without a copy: net/http only reads it.
var jsonContentType = []string{"application/json"}

// smallReply is the size up to which net/http, finding a whole body
// written when the handler returns, gives its Content-Length itself
// (its chunking buffer is 2048 bytes).
const smallReply = 2048
