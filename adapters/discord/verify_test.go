package discord

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// FuzzSignedBy holds signedBy to discordgo.VerifyInteraction, which it
// replaces: the same verdict for any signature header, timestamp and body,
// signed or not.
func FuzzSignedBy(f *testing.F) {
	pub, priv, err := ed25519.GenerateKey(strings.NewReader(strings.Repeat("fuzz signed by discord key seed!", 2)))
	if err != nil {
		f.Fatal(err)
	}
	good := hex.EncodeToString(ed25519.Sign(priv, []byte(`1700000000{"type":1}`)))
	f.Add(good, "1700000000", []byte(`{"type":1}`), false)
	f.Add(strings.ToUpper(good), "1700000000", []byte(`{"type":1}`), false)
	f.Add(good[:127]+"g", "1700000000", []byte(`{"type":1}`), false)
	f.Add(good, "1700000001", []byte(`{"type":1}`), false)
	f.Add("", "", []byte{}, true)
	f.Add("zz", "1", []byte("x"), true)
	f.Fuzz(func(t *testing.T, signature, timestamp string, body []byte, sign bool) {
		if sign {
			signature = hex.EncodeToString(ed25519.Sign(priv, append([]byte(timestamp), body...)))
		}
		r := httptest.NewRequest(http.MethodPost, InteractionsPath, bytes.NewReader(body))
		r.Header.Set("X-Signature-Ed25519", signature)
		r.Header.Set("X-Signature-Timestamp", timestamp)
		// Header.Set keeps what it is given; Get returns what the adapter sees.
		want := discordgo.VerifyInteraction(r, pub)
		if got := signedBy(pub, r.Header.Get("X-Signature-Ed25519"), r.Header.Get("X-Signature-Timestamp"), body); got != want {
			t.Fatalf("signedBy(%q, %q, %q) = %v; discordgo.VerifyInteraction says %v", signature, timestamp, body, got, want)
		}
	})
}

// TestWriteJSONAsMarshal writes responses through the pooled encoder:
// the bytes json.Marshal gives, with their length.
func TestWriteJSONAsMarshal(t *testing.T) {
	for _, g := range goldenAnswers {
		first := render(g.answer)[0]
		resp := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Content: first.Content, Embeds: first.Embeds, Components: first.Components, AllowedMentions: noMentions()}}
		want, err := json.Marshal(resp)
		if err != nil {
			t.Fatal(err)
		}
		for range 2 { // the second from a reused buffer
			w := httptest.NewRecorder()
			writeJSON(w, resp)
			if w.Body.String() != string(want) || w.Header().Get("Content-Length") != strconv.Itoa(len(want)) || w.Header().Get("Content-Type") != "application/json" {
				t.Fatalf("%s: writeJSON wrote %q (Content-Length %s); want %s", g.name, w.Body.String(), w.Header().Get("Content-Length"), want)
			}
		}
	}
}

// FuzzDecodeInteraction holds decodeInteraction to json.Unmarshal: an
// error for the same bodies, and the same interaction otherwise.
func FuzzDecodeInteraction(f *testing.F) {
	for _, s := range []string{
		`{"type":1}`, `{"type":2,"token":"t","data":{"name":"career","options":[{"name":"question","type":3,"value":"salary of lead technician"}]}}`,
		`{"type":3,"data":{"custom_id":"x","component_type":2}}`, `{"type":4,"data":{"name":"career","options":[{"name":"question","type":3,"value":"le","focused":true}]}}`,
		`null`, ``, `{"type":2}garbage`, `{"type":"2"}`, `{"type":2,"data":[]}`, `[1]`, `{"type":2,"data":{"options":[{"type":3,"value":{}}]}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		got, err := decodeInteraction(body)
		var want discordgo.Interaction
		wantErr := json.Unmarshal(body, &want)
		if (err != nil) != (wantErr != nil) {
			t.Fatalf("decodeInteraction(%q) error %v; json.Unmarshal error %v", body, err, wantErr)
		}
		if err == nil && !reflect.DeepEqual(got, want) {
			t.Fatalf("decodeInteraction(%q) = %+v; json.Unmarshal gives %+v", body, got, want)
		}
	})
}
