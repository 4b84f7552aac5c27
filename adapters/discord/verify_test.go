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

// decodeSeeds are interactions, whole and broken, the decoders' fuzz
// targets start from.
var decodeSeeds = []string{
	`{"type":1}`, `{"type":2,"token":"t","data":{"name":"career","options":[{"name":"question","type":3,"value":"salary of lead technician"}]}}`,
	`{"type":3,"data":{"custom_id":"x","component_type":2}}`, `{"type":4,"data":{"name":"career","options":[{"name":"question","type":3,"value":"le","focused":true}]}}`,
	`null`, ``, `{"type":2}garbage`, `{"type":"2"}`, `{"type":2,"data":[]}`, `[1]`, `{"type":2,"data":{"options":[{"type":3,"value":{}}]}}`,
	`{"type":5,"data":{"custom_id":"m","components":[]}}`, `{"type":2,"member":null,"user":{"id":"7"},"data":{"name":"career"}}`,
	`{"type":3,"message":{"id":"5","flags":64},"member":{"user":{"id":"8"},"joined_at":"x"},"data":{"custom_id":"c","component_type":2}}`,
	// As the bench harness and Discord send it.
	`{"app_permissions":"562949953601536","application_id":"1190000000000000001","channel_id":"1190000000000000002",` +
		`"data":{"id":"1190000000000000010","name":"career","options":[{"name":"question","type":3,"value":"salary lead technician"}],"type":1},` +
		`"entitlements":[],"guild_id":"1190000000000000003","guild_locale":"en-US","id":"1290000000000000000","locale":"en-US",` +
		`"member":{"avatar":null,"deaf":false,"flags":0,"joined_at":"2024-01-01T00:00:00.000000+00:00","mute":false,"nick":null,"pending":false,` +
		`"permissions":"2248473465835073","premium_since":null,"roles":[],"user":{"avatar":"a_d5","discriminator":"0","global_name":"Bench User",` +
		`"id":"1190000000000000000","public_flags":0,"username":"benchuser"}},"token":"aW50","type":2,"version":1}`,
}

// FuzzDecodeInteraction holds decodeInteraction to discordgo's decoder
// (json.Unmarshal) on what the adapter and discordgo's REST calls read:
// whatever discordgo decodes, decodeInteraction decodes the same, and it
// fails only where discordgo fails too. It may take a body discordgo
// refuses for a field nothing reads (a member's malformed join time).
func FuzzDecodeInteraction(f *testing.F) {
	for _, s := range decodeSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		got, err := decodeInteraction(body)
		var full discordgo.Interaction
		fullErr := json.Unmarshal(body, &full)
		if fullErr == nil && err != nil {
			t.Fatalf("decodeInteraction(%q) error %v; discordgo decodes it", body, err)
		}
		if fullErr != nil {
			return // decodeInteraction may take it or not
		}
		// The sender's ID and the message's flags: all the adapter reads of them.
		sender := func(u *discordgo.User) *discordgo.User {
			if u == nil {
				return nil
			}
			return &discordgo.User{ID: u.ID}
		}
		want := discordgo.Interaction{
			ID: full.ID, AppID: full.AppID, Type: full.Type, Data: full.Data, GuildID: full.GuildID, ChannelID: full.ChannelID,
			User: sender(full.User), Token: full.Token, Version: full.Version,
		}
		if full.Message != nil {
			want.Message = &discordgo.Message{Flags: full.Message.Flags}
		}
		if full.Member != nil {
			want.Member = &discordgo.Member{User: sender(full.Member.User)}
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("decodeInteraction(%q) = %+v; discordgo gives %+v", body, got, want)
		}
	})
}

// FuzzQuickDecode holds quickDecode to decodeWithJSON: whatever it
// reads, encoding/json reads too and alike, down to the data's bytes.
func FuzzQuickDecode(f *testing.F) {
	for _, s := range decodeSeeds {
		f.Add([]byte(s))
	}
	for _, s := range []string{
		`{"ID":"1","type":2}`, `{"id":"\u0031"}`, `{"type":256}`, `{"type":2.0}`, `{"type":02}`, `{"type":-1}`,
		`{"type":null,"member":{"user":{"id":"1"}},"member":{"nick":"x"}}`, `{"message":{"flags":64},"message":null}`,
		`{"data": {"name":"x"} ,"data":[1,2]}`, `{"x":[01]}`, `{"x":"\q"}`, `{"x":1e}`, `{"x":tru}`, `{"a":{"b":[{"c":-0.5E+3}]}}`,
		`{"user":{"Id":"1"}}`, "{\"token\":\"\x7f\"}", "{\"x\":\"\x01\"}", `{"x":"\ud800"}`, ` {"type":3} `,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		got, gotData, ok := quickDecode(body)
		if !ok {
			return
		}
		want, wantData, err := decodeWithJSON(body)
		if err != nil {
			t.Fatalf("quickDecode(%q) read it; encoding/json: %v", body, err)
		}
		if !reflect.DeepEqual(got, want) || !bytes.Equal(gotData, wantData) {
			t.Fatalf("quickDecode(%q) = %+v, data %q; encoding/json gives %+v, data %q", body, got, gotData, want, wantData)
		}
	})
}

// TestQuickDecodeReadsDiscordBodies: interactions as Discord sends them,
// whichever the order of their keys or the space between them, are read
// by quickDecode, not left to encoding/json (which reads them a third as
// fast), and read alike.
func TestQuickDecodeReadsDiscordBodies(t *testing.T) {
	bodies := map[string][]byte{"as the bench harness sends it": []byte(decodeSeeds[len(decodeSeeds)-1])}
	for _, typ := range []int{2, 4} {
		b, err := json.Marshal(map[string]any{
			"id": "7", "application_id": "8", "type": typ, "token": "itoken-7", "version": 1, "channel_id": "6", "guild_id": "4",
			"member": map[string]any{"user": map[string]any{"id": "3", "username": "alice"}, "roles": []string{}, "nick": nil},
			"data": map[string]any{"id": "5", "name": "career", "type": 1, "options": []any{
				map[string]any{"type": 3, "name": "question", "value": "salary \"lead\" tech\u00e9", "focused": typ == 4}}},
		})
		if err != nil {
			t.Fatal(err)
		}
		bodies["marshalled, type "+strconv.Itoa(typ)] = b
		var indented bytes.Buffer
		if err := json.Indent(&indented, b, "", "\t"); err != nil {
			t.Fatal(err)
		}
		bodies["indented, type "+strconv.Itoa(typ)] = indented.Bytes()
	}
	for name, body := range bodies {
		got, gotData, ok := quickDecode(body)
		if !ok {
			t.Errorf("%s: quickDecode left %s to encoding/json", name, body)
			continue
		}
		want, wantData, err := decodeWithJSON(body)
		if err != nil || !reflect.DeepEqual(got, want) || !bytes.Equal(gotData, wantData) {
			t.Errorf("%s: quickDecode = %+v, %q; encoding/json = %+v, %q, %v", name, got, gotData, want, wantData, err)
		}
		if got.Token == "" || got.Member == nil || got.Member.User == nil || got.Member.User.ID == "" || len(gotData) == 0 {
			t.Errorf("%s: quickDecode missed the token, sender or data: %+v", name, got)
		}
	}
}

// commandDataSeeds are slash command data as Discord sends them, and
// data quickCommandData leaves to encoding/json.
var commandDataSeeds = []struct {
	data  string
	quick bool // read in one pass, not left to encoding/json
}{
	{`{"id":"1190000000000000010","name":"career","options":[{"name":"question","type":3,"value":"salary lead technician"}],"type":1}`, true},
	{`{"guild_id":"4","id":"5","name":"compare","type":1,"options":[{"type":3,"name":"first","value":"nurse"},{"type":3,"name":"second","value":"electrician"},{"type":3,"name":"third","value":"welder"}]}`, true},
	{` { "id" : "5" , "name" : "salary" , "type" : 1 , "options" : [ { "type" : 3 , "name" : "career" , "value" : "nur" , "focused" : true } ] } `, true},
	{`{"id":"5","name":"help","type":1}`, true},
	{`{"id":"5","name":"help","type":1,"options":[]}`, true},
	{`{"id":"5","name":"help","type":null,"options":null}`, true},
	{`{"id":"5","name":"career","options":[{"name":"question","type":3,"value":"salary \"lead\" tech\u00e9"}]}`, false},
	{`{"id":"5","name":"career","options":[{"name":"question","type":3,"value":"pay of a café owner"}]}`, false},
	{`{"id":"5","name":"admin","options":[{"name":"sub","type":1,"options":[{"name":"x","type":3,"value":"y"}]}]}`, false},
	{`{"id":"5","name":"Look up","type":2,"target_id":"9","resolved":{"users":{"9":{"id":"9"}}}}`, false},
	{`{"ID":"5","name":"help"}`, false},
	{`{"id":"5","name":"career","options":[{"name":"question","type":3,"value":4}]}`, false},
	{`{"id":"5","name":"career","options":[null]}`, false},
	{`{"id":"5","name":"career","options":[{"name":"q","type":3,"value":"x","focused":null}]}`, false},
}

// TestQuickCommandData: the data of commands with text options, as
// Discord sends them, is read in one pass and as encoding/json reads it;
// what it does not expect is left to encoding/json.
func TestQuickCommandData(t *testing.T) {
	for _, tt := range commandDataSeeds {
		got, ok := quickCommandData([]byte(tt.data))
		if ok != tt.quick {
			t.Errorf("quickCommandData(%s) ok = %v; want %v", tt.data, ok, tt.quick)
			continue
		}
		var want discordgo.ApplicationCommandInteractionData
		if err := json.Unmarshal([]byte(tt.data), &want); err != nil {
			t.Fatalf("encoding/json refuses %s: %v", tt.data, err)
		}
		if ok && !reflect.DeepEqual(got, want) {
			t.Errorf("quickCommandData(%s) = %+v; encoding/json gives %+v", tt.data, got, want)
		}
		body := `{"id":"7","type":2,"token":"t","data":` + tt.data + `}`
		i, err := decodeInteraction([]byte(body))
		if err != nil || !reflect.DeepEqual(i.Data, want) {
			t.Errorf("decodeInteraction(%s) data = %+v, %v; want %+v", body, i.Data, err, want)
		}
	}
}

// FuzzQuickCommandData holds quickCommandData to encoding/json: whatever
// it reads, encoding/json reads too and alike.
func FuzzQuickCommandData(f *testing.F) {
	for _, s := range commandDataSeeds {
		f.Add([]byte(s.data))
	}
	for _, s := range []string{`{"options":[{"value":"a"},]}`, `{"options":[{"Value":"a"}]}`, `{"name":"a","name":"b"}`, `{"options":[{"name":"a"}],"options":[]}`, `{"type":256}`, `{"options":[{"focused":truex}]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got, ok := quickCommandData(data)
		if !ok {
			return
		}
		var want discordgo.ApplicationCommandInteractionData
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatalf("quickCommandData(%q) read it; encoding/json: %v", data, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("quickCommandData(%q) = %+v; encoding/json gives %+v", data, got, want)
		}
	})
}
