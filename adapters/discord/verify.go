package discord

import (
	"bytes"
	"crypto/ed25519"
	"encoding/json"
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

// decodeInteraction decodes the parts of an interaction the adapter and
// discordgo's REST calls read: its ID, application, token, type, data,
// where it came from and who sent it, and the message a component is on.
// discordgo's own decoder also reads the sender's member record (roles,
// permissions, join time), the locales and the entitlements: a third of
// an answer's work on the interactions endpoint, for fields nothing reads.
// FuzzDecodeInteraction holds it to discordgo's decoder on those parts.
func decodeInteraction(body []byte) (discordgo.Interaction, error) {
	i, data, ok := quickDecode(body)
	if !ok {
		var err error
		if i, data, err = decodeWithJSON(body); err != nil {
			return discordgo.Interaction{}, err
		}
	}
	// As discordgo decodes data: by the interaction's type.
	var err error
	switch i.Type {
	case discordgo.InteractionApplicationCommand, discordgo.InteractionApplicationCommandAutocomplete:
		d, ok := quickCommandData(data)
		if !ok {
			d = discordgo.ApplicationCommandInteractionData{}
			err = json.Unmarshal(data, &d)
		}
		i.Data = d
	case discordgo.InteractionMessageComponent:
		var d discordgo.MessageComponentInteractionData
		err = json.Unmarshal(data, &d)
		i.Data = d
	case discordgo.InteractionModalSubmit:
		var d discordgo.ModalSubmitInteractionData
		err = json.Unmarshal(data, &d)
		i.Data = d
	}
	if err != nil {
		return discordgo.Interaction{}, err
	}
	return i, nil
}

// decodeWithJSON is quickDecode by encoding/json, for the bodies
// quickDecode leaves to it.
func decodeWithJSON(body []byte) (i discordgo.Interaction, data []byte, err error) {
	// Of the sender, only who it is (conversations are kept by it); of the
	// message a component is on, only whether it is ephemeral.
	var f struct {
		ID        string                    `json:"id"`
		AppID     string                    `json:"application_id"`
		Type      discordgo.InteractionType `json:"type"`
		Data      json.RawMessage           `json:"data"`
		GuildID   string                    `json:"guild_id"`
		ChannelID string                    `json:"channel_id"`
		Message   *struct {
			Flags discordgo.MessageFlags `json:"flags"`
		} `json:"message"`
		Member *struct {
			User *senderID `json:"user"`
		} `json:"member"`
		User    *senderID `json:"user"`
		Token   string    `json:"token"`
		Version int       `json:"version"`
	}
	if err := json.Unmarshal(body, &f); err != nil {
		return i, nil, err
	}
	i = discordgo.Interaction{
		ID: f.ID, AppID: f.AppID, Type: f.Type, GuildID: f.GuildID, ChannelID: f.ChannelID,
		User: f.User.user(), Token: f.Token, Version: f.Version,
	}
	if f.Message != nil {
		i.Message = &discordgo.Message{Flags: f.Message.Flags}
	}
	if f.Member != nil {
		i.Member = &discordgo.Member{User: f.Member.User.user()}
	}
	return i, f.Data, nil
}

// senderID is what an interaction's user record is read for: the ID.
type senderID struct {
	ID string `json:"id"`
}

// user is the sender as discordgo holds it, nil for none.
func (s *senderID) user() *discordgo.User {
	if s == nil {
		return nil
	}
	return &discordgo.User{ID: s.ID}
}
