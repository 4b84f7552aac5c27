package discord

import (
	"bytes"
	"crypto/ed25519"
	"net/http"
	"sync"

	"github.com/bwmarrin/discordgo"
)

// Requests are read and checked in buffers reused across requests: an
// interaction endpoint reads and verifies every request before anything
// else, and growing fresh buffers for each was a fifth of the bytes it
// allocated.

// bodyBuffers holds request body buffers. One that grew past
// maxPooledBody is left to the garbage collector.
var bodyBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

const maxPooledBody = 64 << 10

// readBody reads r's body, at most limit bytes, into a pooled buffer;
// done returns the buffer once nothing refers to the body any more.
func readBody(w http.ResponseWriter, r *http.Request, limit int64) (body []byte, done func(), err error) {
	buf := bodyBuffers.Get().(*bytes.Buffer)
	buf.Reset()
	done = func() {
		if buf.Cap() <= maxPooledBody {
			bodyBuffers.Put(buf)
		}
	}
	if r.ContentLength > 0 && r.ContentLength <= limit {
		buf.Grow(int(r.ContentLength) + 1) // +1: ReadFrom's read that finds the end
	}
	if _, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, limit)); err != nil {
		done()
		return nil, func() {}, err
	}
	return buf.Bytes(), done, nil
}

// signedBy reports whether signature (hex, as Discord sends it in
// X-Signature-Ed25519) is key's Ed25519 signature of timestamp followed by
// body: what discordgo.VerifyInteraction checks, without copying the body
// twice through growing buffers.
func signedBy(key ed25519.PublicKey, signature, timestamp string, body []byte) bool {
	if len(signature) != 2*ed25519.SignatureSize || timestamp == "" {
		return false
	}
	var sig [ed25519.SignatureSize]byte
	for i := range sig {
		hi, ok1 := fromHex(signature[2*i])
		lo, ok2 := fromHex(signature[2*i+1])
		if !ok1 || !ok2 {
			return false
		}
		sig[i] = hi<<4 | lo
	}
	msg := bodyBuffers.Get().(*bytes.Buffer)
	defer func() {
		if msg.Cap() <= maxPooledBody {
			bodyBuffers.Put(msg)
		}
	}()
	msg.Reset()
	msg.Grow(len(timestamp) + len(body))
	msg.WriteString(timestamp)
	msg.Write(body)
	return ed25519.Verify(key, msg.Bytes(), sig[:])
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

// decodeInteraction decodes an interaction as json.Unmarshal does. It
// calls discordgo's decoder directly: json.Unmarshal would first scan the
// whole body to validate it, and discordgo's decoder, which validates it
// again, has to be called anyway. FuzzDecodeInteraction holds the two to
// the same results.
func decodeInteraction(body []byte) (discordgo.Interaction, error) {
	var i discordgo.Interaction
	err := i.UnmarshalJSON(body)
	return i, err
}
