package slack

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/bot"
)

// checkReplyBytes fails unless the reply written from render's kept
// encoding is byte for byte what encoding the whole reply gives.
func checkReplyBytes(t *testing.T, r reply) {
	t.Helper()
	want, err := json.Marshal(r.withShareBlock())
	if err != nil {
		t.Fatalf("json.Marshal(reply): %v", err)
	}
	got, err := r.appendJSON(nil)
	if err != nil {
		t.Fatalf("appendJSON: %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("appendJSON =\n%s\nwant (json.Marshal)\n%s", got, want)
	}
}

func TestReplyEncodingMatchesMarshal(t *testing.T) {
	odd := bot.Answer{Kind: bot.KindProfile, Title: "Tab\there <!channel> & \u2028 é \xff",
		Summary: "\"quoted\" \\ back\x01slash", Fields: []bot.Field{{Label: "<b>", Value: "a & b"}},
		Sources: []bot.Source{{Title: "S", URL: "https://example.com/?a=1&b=<2>"}}}
	answers := map[string]bot.Answer{
		"compare": compareAnswer, "profile": profileAnswer, "ranking": rankingAnswer, "list": listAnswer,
		"help": helpAnswer, "unknown": unknownAnswer, "hint": hintAnswer, "doctor": doctorAnswer,
		"cut 50x100": bigComparison(50, 100, 0), "odd characters": odd, "empty": {},
	}
	for name, ans := range answers {
		for _, opts := range []renderOptions{{}, {ShareQuestion: "compare <a> & \"b\"", Choices: true}, {SharedBy: "U1", Question: "q"}} {
			t.Run(name, func(t *testing.T) {
				m := render(ans, opts)
				if len(m.encoded) != len(m.Blocks) {
					t.Fatalf("render kept %d encodings for %d blocks", len(m.encoded), len(m.Blocks))
				}
				checkReplyBytes(t, newReply(VisibilityEphemeral, m))
				// As a slash command replies: the card and the share
				// button apart, the button written from its JSON.
				share := shareButtonFor(ans.Kind, opts.ShareQuestion)
				apart := opts
				apart.ShareQuestion = ""
				r := newReply(VisibilityEphemeral, renderCard(ans, apart, share.cost))
				r.share = share
				checkReplyBytes(t, r)
				whole, _ := json.Marshal(newReply(VisibilityEphemeral, m))
				if got, _ := r.appendJSON(nil); !bytes.Equal(got, whole) {
					t.Fatalf("card and share button apart =\n%s\nwant (rendered together)\n%s", got, whole)
				}
			})
		}
	}
	// A reply whose blocks render did not encode is encoded whole.
	m := render(profileAnswer, renderOptions{})
	m.encoded = nil
	checkReplyBytes(t, newReply(VisibilityInChannel, m))
	checkReplyBytes(t, busyReply())
}

func TestWriteReply(t *testing.T) {
	r := newReply(VisibilityEphemeral, render(compareAnswer, renderOptions{ShareQuestion: "compare lead technician vs senior support technician"}))
	for range 3 { // the second and third reuse a pooled buffer
		w := httptest.NewRecorder()
		writeReply(w, r)
		want, _ := json.Marshal(r)
		if w.Code != http.StatusOK || w.Header().Get("Content-Type") != "application/json" || !bytes.Equal(w.Body.Bytes(), want) {
			t.Fatalf("writeReply: %d %q %s; want 200 application/json %s", w.Code, w.Header().Get("Content-Type"), w.Body.Bytes(), want)
		}
		if !strings.Contains(w.Body.String(), "$90,615") {
			t.Fatalf("reply lacks the figure: %s", w.Body.Bytes())
		}
	}
}

// FuzzJSONString holds the quick way of writing a JSON string to
// encoding/json's.
func FuzzJSONString(f *testing.F) {
	for _, s := range []string{"salary of lead technician", `a "b" \ c`, "<!channel> & x", "é\u2028", "\x7f\x01", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err1 := appendJSONString([]byte("x"), s)
		want, err2 := appendString([]byte("x"), s)
		if !bytes.Equal(got, want) || (err1 == nil) != (err2 == nil) {
			t.Errorf("appendJSONString(%q) = %s, %v; want %s, %v", s, got, err1, want, err2)
		}
	})
}
