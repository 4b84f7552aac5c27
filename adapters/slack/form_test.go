package slack

import (
	"net/url"
	"strings"
	"testing"
	"unsafe"
)

// FuzzCommandForm holds parseCommandForm to url.ParseQuery: the same
// refusals, and the same first value of every field it keeps.
func FuzzCommandForm(f *testing.F) {
	f.Add(url.Values{"command": {"/career"}, "text": {"salary of lead technician & <b>"}, "response_url": {"https://hooks.slack.com/commands/T1/2/x"},
		"channel_id": {"C1"}, "team_id": {"T1"}, "user_id": {"U1"}}.Encode())
	for _, s := range []string{"", "text", "text=", "=x", "text=a&text=b", "text=%zz", "text=%4", "te%78t=a+b", "a=1;b=2", "&&text=x&&",
		"text=a&bad=%", "text=%E2%82%AC", "user_id=U1&user_id=U2&channel_id=%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		got, err := parseCommandForm(body)
		want, wantErr := url.ParseQuery(body)
		if (err != nil) != (wantErr != nil) {
			t.Fatalf("parseCommandForm(%q) error %v; url.ParseQuery error %v", body, err, wantErr)
		}
		if err != nil {
			return
		}
		for key, value := range map[string]string{"text": got.text, "response_url": got.responseURL, "channel_id": got.channel, "team_id": got.team, "user_id": got.user} {
			if value != want.Get(key) {
				t.Fatalf("parseCommandForm(%q).%s = %q; url.ParseQuery has %q", body, key, value, want.Get(key))
			}
		}
	})
}

func TestCommandFormTooManyFields(t *testing.T) {
	body := "text=x" + strings.Repeat("&a=1", maxFormFields)
	if _, err := parseCommandForm(body); err == nil {
		t.Errorf("a form of %d fields was read; url.ParseQuery refuses it", maxFormFields+1)
	}
	if _, err := url.ParseQuery(body); err == nil {
		t.Errorf("url.ParseQuery no longer refuses %d fields: update maxFormFields", maxFormFields+1)
	}
}

// TestOwnedFormOutlivesItsBuffer reads a form in place from a buffer, as
// handleCommand does, and reuses the buffer: the fields kept must not
// change.
func TestOwnedFormOutlivesItsBuffer(t *testing.T) {
	body := []byte("token=x&team_id=T1&channel_id=C2&user_id=U3&text=salary+of+nurses&response_url=https%3A%2F%2Fhooks.slack.com%2Fx")
	f, err := parseCommandForm(unsafe.String(unsafe.SliceData(body), len(body)))
	if err != nil {
		t.Fatal(err)
	}
	for i := range body {
		body[i] = 'z'
	}
	want := commandForm{text: "salary of nurses", responseURL: "https://hooks.slack.com/x", channel: "C2", team: "T1", user: "U3"}
	if f != want {
		t.Errorf("after the buffer was reused: %+v; want %+v", f, want)
	}
}
