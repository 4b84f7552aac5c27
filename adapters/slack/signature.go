package slack

import (
	"crypto/hmac"
	"crypto/sha256"
	"hash"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Every request Slack sends is signed: HMAC-SHA256 with the signing secret
// over "v0:timestamp:body". slack-go's SecretsVerifier builds a new HMAC
// for each request (a fifth of a slash command's own CPU once the answer
// is cheap); signatures checks them the same way with HMACs reused.
// FuzzSignatures holds it to slack-go's verdicts.

// maxRequestAge is how far a request's timestamp may be from now, either
// way, as slack-go allows.
const maxRequestAge = 5 * time.Minute

// signatures checks request signatures against one signing secret. It is
// safe for concurrent use.
type signatures struct {
	macs sync.Pool // of *macState keyed with the secret
}

// macState is an HMAC with room for what is written to it and what it
// sums: bytes handed to a hash.Hash escape, and kept here they are not
// allocated for every request.
type macState struct {
	h      hash.Hash
	prefix []byte
	sum    [sha256.Size]byte
}

func newSignatures(secret string) *signatures {
	key := []byte(secret)
	return &signatures{macs: sync.Pool{New: func() any {
		return &macState{h: hmac.New(sha256.New, key), prefix: make([]byte, 0, 32)}
	}}}
}

// signedHeaders is what the headers of a request claim: the signature and
// the timestamp it covers.
type signedHeaders struct {
	mac       [sha256.Size]byte
	timestamp string
}

// readHeaders returns the signature headers of a request if they are well
// formed and the timestamp is recent; nothing of the body is needed yet.
func readHeaders(h http.Header, now time.Time) (signedHeaders, bool) {
	var s signedHeaders
	signature, timestamp := h.Get("X-Slack-Signature"), h.Get("X-Slack-Request-Timestamp")
	if signature == "" || timestamp == "" {
		return s, false
	}
	hexMAC, ok := strings.CutPrefix(signature, "v0=")
	if !ok || len(hexMAC) != 2*sha256.Size {
		return s, false
	}
	for i := range s.mac {
		hi, ok1 := fromHex(hexMAC[2*i])
		lo, ok2 := fromHex(hexMAC[2*i+1])
		if !ok1 || !ok2 {
			return s, false
		}
		s.mac[i] = hi<<4 | lo
	}
	sec, err := strconv.ParseInt(timestamp, 10, 64)
	if err != nil || now.Sub(time.Unix(sec, 0)).Abs() > maxRequestAge {
		return s, false
	}
	s.timestamp = timestamp
	return s, true
}

// valid reports whether the headers' signature is the secret's HMAC of
// "v0:timestamp:body".
func (v *signatures) valid(s signedHeaders, body []byte) bool {
	m := v.macs.Get().(*macState)
	defer v.macs.Put(m)
	m.h.Reset()
	m.prefix = append(append(append(m.prefix[:0], "v0:"...), s.timestamp...), ':')
	m.h.Write(m.prefix)
	m.h.Write(body)
	return hmac.Equal(m.h.Sum(m.sum[:0]), s.mac[:])
}

// fromHex is the value of a hexadecimal digit, as encoding/hex reads it
// (either case).
func fromHex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}
