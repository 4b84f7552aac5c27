package slack_test

import (
	"bytes"
	"encoding/json"
	"image/png"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/careerbot/careerbot/adapters/slack"
	"github.com/careerbot/careerbot/chart"
)

// checkChart checks a chart upload: a PNG of the chat size, named and
// described, shared where the answer went.
func checkChart(t *testing.T, u upload, channel, threadTS, wantAlt string) {
	t.Helper()
	if u.Channel != channel || u.ThreadTS != threadTS {
		t.Errorf("chart shared in %q thread %q; want %q thread %q", u.Channel, u.ThreadTS, channel, threadTS)
	}
	if u.Name != chart.Filename || u.Title == "" {
		t.Errorf("chart file %q titled %q; want %q with a title", u.Name, u.Title, chart.Filename)
	}
	if !strings.Contains(u.AltText, wantAlt) {
		t.Errorf("alt text %q; want it to contain %q", u.AltText, wantAlt)
	}
	img, err := png.Decode(bytes.NewReader(u.Data))
	if err != nil {
		t.Fatalf("uploaded chart is not a PNG: %v", err)
	}
	if b := img.Bounds(); b.Dx() != chart.Width || b.Dy() != chart.Height {
		t.Errorf("chart %dx%d; want %dx%d", b.Dx(), b.Dy(), chart.Width, chart.Height)
	}
}

func TestChartUpload(t *testing.T) {
	b := realBot(t)

	t.Run("mention: the answer, then its chart in the thread", func(t *testing.T) {
		f := newFakeSlack(t)
		srv := serve(t, newAdapter(t, f, slack.Config{SigningSecret: testSecret, BotToken: testBotToken}, b))
		code, _ := postEvent(t, srv, callback("EvC1", mention("C1", "1700000001.000100", "", "<@UBOT> compare registered nurse vs electrician vs plumber")))
		if code != http.StatusOK {
			t.Fatalf("POST /slack/events = %d", code)
		}
		p := f.nextPost(t)
		if text := blocksText(t, p.Blocks); !strings.Contains(text, "$93,600") {
			t.Errorf("answer lacks $93,600:\n%s", text)
		}
		checkChart(t, f.nextUpload(t), "C1", "1700000001.000100", "Registered Nurses: 10th percentile $66,030")
		f.noPost(t)
	})

	t.Run("direct message", func(t *testing.T) {
		f := newFakeSlack(t)
		srv := serve(t, newAdapter(t, f, slack.Config{SigningSecret: testSecret, BotToken: testBotToken}, b))
		postEvent(t, srv, callback("EvC2", directMessage("D1", "1700000002.000200", "RN salary")))
		f.nextPost(t)
		checkChart(t, f.nextUpload(t), "D1", "", "median $93,600")
	})

	t.Run("no chart for an answer without pay", func(t *testing.T) {
		f := newFakeSlack(t)
		srv := serve(t, newAdapter(t, f, slack.Config{SigningSecret: testSecret, BotToken: testBotToken}, b))
		postEvent(t, srv, callback("EvC3", directMessage("D1", "1700000003.000300", "top skills for a lead technician")))
		f.nextPost(t)
		f.noUpload(t)
	})

	t.Run("without files:write the answer stays text", func(t *testing.T) {
		f := newFakeSlack(t)
		f.withoutScope("files:write")
		a, logs := newAdapterLogs(t, f, slack.Config{SigningSecret: testSecret, BotToken: testBotToken}, b)
		srv := serve(t, a)
		code, _ := postEvent(t, srv, callback("EvC4", directMessage("D1", "1700000004.000400", "RN salary")))
		if code != http.StatusOK {
			t.Fatalf("POST /slack/events = %d; want 200 (the answer went out)", code)
		}
		f.nextPost(t)
		waitLog(t, logs, "missing_scope")
		f.noUpload(t)
	})

	t.Run("rate-limited upload waits Retry-After and is tried again", func(t *testing.T) {
		f := newFakeSlack(t)
		f.rateLimit("files.getUploadURLExternal", 1)
		srv := serve(t, newAdapter(t, f, slack.Config{SigningSecret: testSecret, BotToken: testBotToken}, b))
		postEvent(t, srv, callback("EvC5", directMessage("D1", "1700000005.000500", "RN salary")))
		p := f.nextPost(t)
		u := f.nextUpload(t)
		if waited := time.Since(p.At); waited < time.Second {
			t.Errorf("chart uploaded %v after the answer; want at least the second Retry-After asked for", waited)
		}
		checkChart(t, u, "D1", "", "median $93,600")
		f.noUpload(t)
		if n := f.callCount("files.getUploadURLExternal"); n != 2 {
			t.Errorf("files.getUploadURLExternal called %d times; want 2 (the 429, then the upload)", n)
		}
	})

	t.Run("missing scope is logged once, never retried", func(t *testing.T) {
		f := newFakeSlack(t)
		f.withoutScope("files:write")
		a, logs := newAdapterLogs(t, f, slack.Config{SigningSecret: testSecret, BotToken: testBotToken}, b)
		srv := serve(t, a)
		for i, ts := range []string{"1700000006.000600", "1700000006.000700"} {
			postEvent(t, srv, callback("EvC6"+strconv.Itoa(i), directMessage("D1", ts, "RN salary")))
			f.nextPost(t)
		}
		for deadline := time.Now().Add(waitFor); f.callCount("files.getUploadURLExternal") < 2; time.Sleep(time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("files.getUploadURLExternal called %d times; want both charts tried", f.callCount("files.getUploadURLExternal"))
			}
		}
		f.noUpload(t)
		if n := f.callCount("files.getUploadURLExternal"); n != 2 {
			t.Errorf("files.getUploadURLExternal called %d times; want 2 (one per chart, no retries)", n)
		}
		if n := strings.Count(logs.String(), "missing_scope"); n != 1 {
			t.Errorf("missing_scope logged %d times; want once:\n%s", n, logs.String())
		}
	})

	t.Run("in_channel slash command", func(t *testing.T) {
		f := newFakeSlack(t)
		srv := serve(t, newAdapter(t, f, slack.Config{SigningSecret: testSecret, BotToken: testBotToken, DefaultVisibility: slack.VisibilityInChannel}, b))
		code, body := postForm(t, srv, "/slack/commands", url.Values{"command": {"/career"}, "text": {"lawyer salary"}, "channel_id": {"C7"}, "user_id": {"U1"}})
		if code != http.StatusOK || !strings.Contains(body, "$151,160") {
			t.Fatalf("POST /slack/commands = %d %s", code, body)
		}
		checkChart(t, f.nextUpload(t), "C7", "", "90th percentile $239,200 or more")
	})

	t.Run("private slash command: chart only once shared", func(t *testing.T) {
		f := newFakeSlack(t)
		srv := serve(t, newAdapter(t, f, slack.Config{SigningSecret: testSecret, BotToken: testBotToken}, b))
		_, body := postForm(t, srv, "/slack/commands", url.Values{"command": {"/career"}, "text": {"RN salary"}, "channel_id": {"C8"}, "user_id": {"U1"}})
		f.noUpload(t)
		var rep commandReply
		if err := json.Unmarshal([]byte(body), &rep); err != nil {
			t.Fatal(err)
		}
		payload, _ := json.Marshal(map[string]any{
			"type": "block_actions", "user": map[string]any{"id": "U1"}, "channel": map[string]any{"id": "C8"},
			"response_url": f.responseURL(),
			"actions": []map[string]any{{"type": "button", "action_id": "careerbot_share", "block_id": "b1",
				"value": shareButtonValue(t, rep.blocksJSON(t))}},
		})
		if code, _ := postForm(t, srv, "/slack/interactivity", url.Values{"payload": {string(payload)}}); code != http.StatusOK {
			t.Fatalf("POST /slack/interactivity = %d", code)
		}
		if shared := f.nextPost(t); shared.ResponseType != "in_channel" {
			t.Errorf("shared answer %+v; want in_channel", shared)
		}
		checkChart(t, f.nextUpload(t), "C8", "", "median $93,600")
	})
}
