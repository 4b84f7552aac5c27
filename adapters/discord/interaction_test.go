package discord_test

import (
	"crypto/ed25519"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/careerbot/careerbot/adapters/discord"
)

func TestInteractionsEndpointVerifiesRequests(t *testing.T) {
	t.Parallel()
	e := startEndpoint(t, seedBot(t), false)
	_, otherKey, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	ping := []byte(`{"id":"900000000000000001","application_id":"` + testAppID + `","type":1,"token":"t","version":1}`)

	tests := []struct {
		name       string
		prepare    func(*http.Request)
		wantStatus int
		wantBody   string
	}{
		{
			name:       "PING with a valid signature",
			prepare:    func(r *http.Request) { sign(r, e.priv, time.Now(), ping) },
			wantStatus: http.StatusOK,
			wantBody:   `{"type":1}`,
		},
		{
			name:       "signed with another key",
			prepare:    func(r *http.Request) { sign(r, otherKey, time.Now(), ping) },
			wantStatus: http.StatusUnauthorized,
		},
		{
			name:       "signature for another body",
			prepare:    func(r *http.Request) { sign(r, e.priv, time.Now(), []byte(`{"type":2}`)) },
			wantStatus: http.StatusUnauthorized,
		},
		{
			name: "missing signature header",
			prepare: func(r *http.Request) {
				sign(r, e.priv, time.Now(), ping)
				r.Header.Del("X-Signature-Ed25519")
			},
			wantStatus: http.StatusUnauthorized,
		},
		{
			name: "missing timestamp header",
			prepare: func(r *http.Request) {
				sign(r, e.priv, time.Now(), ping)
				r.Header.Del("X-Signature-Timestamp")
			},
			wantStatus: http.StatusUnauthorized,
		},
		{
			name:       "no headers at all",
			wantStatus: http.StatusUnauthorized,
		},
		{
			name:       "stale timestamp, validly signed",
			prepare:    func(r *http.Request) { sign(r, e.priv, time.Now().Add(-10*time.Minute), ping) },
			wantStatus: http.StatusUnauthorized,
		},
		{
			name:       "timestamp from the future, validly signed",
			prepare:    func(r *http.Request) { sign(r, e.priv, time.Now().Add(10*time.Minute), ping) },
			wantStatus: http.StatusUnauthorized,
		},
		{
			name: "signature not hex",
			prepare: func(r *http.Request) {
				sign(r, e.priv, time.Now(), ping)
				r.Header.Set("X-Signature-Ed25519", "not-hex")
			},
			wantStatus: http.StatusUnauthorized,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := e.post(t, ping, tt.prepare)
			if status != tt.wantStatus {
				t.Errorf("status = %d; want %d (body %q)", status, tt.wantStatus, body)
			}
			if tt.wantBody != "" && strings.TrimSpace(string(body)) != tt.wantBody {
				t.Errorf("body = %q; want %q", body, tt.wantBody)
			}
		})
	}
}

func TestInteractionsEndpointAnswersCommands(t *testing.T) {
	t.Parallel()
	rec := &recorder{Answerer: seedBot(t)}
	public := startEndpoint(t, rec, false)
	private := startEndpoint(t, rec, true)

	tests := []struct {
		name         string
		e            *endpoint
		command      string
		options      []string
		wantQuestion string
		want         string
		wantFlags    any
	}{
		{"free text", public, "career", []string{"question", "compare lead technician vs senior support technician"}, "compare lead technician vs senior support technician", "$90,615", nil},
		{"compare", public, "compare", []string{"first", "Lead Technician", "second", "Senior Support Technician"}, "compare Lead Technician vs Senior Support Technician", "$90,615", nil},
		{"salary", public, "salary", []string{"career", "Senior Support Technician"}, "salary of Senior Support Technician", "$74,459", nil},
		{"skills", public, "skills", []string{"career", "Senior Support Technician"}, "top skills for Senior Support Technician", "ustomer service", nil},
		{"ephemeral", private, "salary", []string{"career", "Senior Support Technician"}, "salary of Senior Support Technician", "$74,459", float64(64)},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := tt.e.ask(t, interaction(fmt.Sprintf("91%016d", i), 2, tt.command, tt.options...))
			if resp["type"] != float64(4) {
				t.Errorf("type = %v; want 4 (channel message with source)", resp["type"])
			}
			data, _ := resp["data"].(map[string]any)
			checkMessage(t, "interaction response", data)
			if data["flags"] != tt.wantFlags {
				t.Errorf("flags = %v; want %v", data["flags"], tt.wantFlags)
			}
			if !rec.asked(tt.wantQuestion) {
				t.Errorf("router was asked %q; want %q", rec.questions(), tt.wantQuestion)
			}
			if body := fmt.Sprint(data); !strings.Contains(strings.ToLower(body), strings.ToLower(tt.want)) {
				t.Errorf("response %v; want it to contain %q", data, tt.want)
			}
		})
	}
}

func TestAutocomplete(t *testing.T) {
	t.Parallel()
	real := startEndpoint(t, seedBot(t), false)
	var many []string
	for i := range 40 {
		many = append(many, fmt.Sprintf("Career %02d", i))
	}
	tooMany := startEndpoint(t, fixed{names: many}, false)
	none := startEndpoint(t, fixed{}, false)

	tests := []struct {
		name      string
		e         *endpoint
		typed     string
		wantFirst string
		wantLen   int // 0: any number from 1 to 25
	}{
		{"prefix of a name", real, "lead tech", "Lead Technician", 0},
		{"typo", real, "senoir suport technician", "Senior Support Technician", 0},
		{"abbreviation", real, "senior support tech", "Senior Support Technician", 0},
		{"nothing typed yet", real, "", "", 0},
		{"more names than Discord shows", tooMany, "career", "Career 00", 25},
		{"no match offers the typed text", none, "zookeeper", "zookeeper", 1},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := tt.e.ask(t, interaction(fmt.Sprintf("92%016d", i), 4, "compare", "first", "Lead Technician", "*second", tt.typed))
			names := choiceNames(t, resp)
			if len(names) == 0 || len(names) > 25 {
				t.Fatalf("%d choices %q; want 1 to 25", len(names), names)
			}
			if tt.wantLen != 0 && len(names) != tt.wantLen {
				t.Errorf("%d choices; want %d", len(names), tt.wantLen)
			}
			if tt.wantFirst != "" && names[0] != tt.wantFirst {
				t.Errorf("choices = %q; want %q first", names, tt.wantFirst)
			}
		})
	}
}

func TestRegisterWithoutPublicKeyServesNothing(t *testing.T) {
	t.Parallel()
	a, err := discord.New(discord.Config{BotToken: testToken}, seedBot(t))
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	a.Register(mux)
	rr := httptest.NewRecorder()
	mux.ServeHTTP(rr, httptest.NewRequest("POST", discord.InteractionsPath, strings.NewReader("{}")))
	if rr.Code != http.StatusNotFound {
		t.Errorf("POST %s without a public key: status %d; want 404", discord.InteractionsPath, rr.Code)
	}
}

// TestForeignButtonAcknowledged: a click on a component the bot did not
// make (or whose custom_id was tampered with) changes nothing and asks
// nothing, but is acknowledged so Discord shows no error.
func TestForeignButtonAcknowledged(t *testing.T) {
	t.Parallel()
	e := startEndpoint(t, seedBot(t), false)
	for _, id := range []string{"x", "cb:q:", "cb:q:" + strings.Repeat("a", 200)} {
		body := []byte(`{"id":"1","application_id":"` + testAppID + `","type":3,"token":"t","version":1,"data":{"custom_id":"` + id + `","component_type":2}}`)
		status, got := e.post(t, body, func(r *http.Request) { sign(r, e.priv, time.Now(), body) })
		if status != http.StatusOK || strings.TrimSpace(string(got)) != `{"type":6}` {
			t.Errorf("click on %q: status %d, body %q; want 200 {\"type\":6}", id, status, got)
		}
	}
}

func TestInteractionsEndpointRefusesWhatItCannotAnswer(t *testing.T) {
	t.Parallel()
	e := startEndpoint(t, seedBot(t), false)
	tests := []struct {
		name string
		body string
	}{
		{"not JSON", `{"type":`},
		{"modal submit", `{"id":"1","application_id":"` + testAppID + `","type":5,"token":"t","version":1,"data":{"custom_id":"x","components":[]}}`},
		{"command without data", `{"id":"1","application_id":"` + testAppID + `","type":2,"token":"t","version":1}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := []byte(tt.body)
			status, got := e.post(t, body, func(r *http.Request) { sign(r, e.priv, time.Now(), body) })
			if status != http.StatusBadRequest {
				t.Errorf("status = %d (body %q); want 400", status, got)
			}
		})
	}
}
