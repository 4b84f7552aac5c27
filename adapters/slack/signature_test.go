package slack

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"strconv"
	"testing"
	"time"

	slackapi "github.com/slack-go/slack"
)

// FuzzSignatures holds the adapter's signature check to slack-go's
// SecretsVerifier, which it replaces: the same verdict for any signature
// header, timestamp and body, signed with the secret or not.
func FuzzSignatures(f *testing.F) {
	const secret = "fuzz-signing-secret"
	f.Add("", "", []byte("text=salary"), int64(0), true)
	f.Add("v0=00", "", []byte(""), int64(0), false)
	f.Add("v1=abc", "17", []byte("x"), int64(-301), true)
	f.Add("", "+5", []byte("x"), int64(299), true)
	f.Add("", "0x10", []byte("x"), int64(0), true)
	f.Fuzz(func(t *testing.T, signature, timestamp string, body []byte, age int64, sign bool) {
		now := time.Now()
		if timestamp == "" {
			timestamp = strconv.FormatInt(now.Unix()-age, 10)
		}
		if sign {
			mac := hmac.New(sha256.New, []byte(secret))
			fmt.Fprintf(mac, "v0:%s:%s", timestamp, body)
			signature = "v0=" + hex.EncodeToString(mac.Sum(nil))
		}
		h := http.Header{}
		h.Set("X-Slack-Signature", signature)
		h.Set("X-Slack-Request-Timestamp", timestamp)
		want := false
		if sv, err := slackapi.NewSecretsVerifier(h, secret); err == nil {
			sv.Write(body)
			want = sv.Ensure() == nil
		}
		got := false
		if s, ok := readHeaders(h, now); ok {
			got = newSignatures(secret).valid(s, body)
		}
		// slack-go reads the clock a moment later: a timestamp exactly at
		// the edge may fall either side.
		if sec, err := strconv.ParseInt(timestamp, 10, 64); err == nil {
			if d := now.Sub(time.Unix(sec, 0)).Abs(); d > maxRequestAge-time.Second && d < maxRequestAge+time.Second {
				return
			}
		}
		if got != want {
			t.Fatalf("signature %q, timestamp %q, body %q: adapter says %v, slack-go %v", signature, timestamp, body, got, want)
		}
	})
}
