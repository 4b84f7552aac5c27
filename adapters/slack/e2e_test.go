package slack_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/adapters/slack"
	"github.com/careerbot/careerbot/bot"
	"github.com/careerbot/careerbot/knowledge"
)

var _ slack.Answerer = (*bot.Bot)(nil)

// realBot is the bot careerbot serve runs, on the embedded seed pages.
func realBot(t testing.TB) *bot.Bot {
	t.Helper()
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatalf("LoadSeeds: %v", err)
	}
	return bot.New(kb)
}

// TestEndToEnd asks the real bot through Slack and checks the figures from
// the seed pages reach the message.
func TestEndToEnd(t *testing.T) {
	f := newFakeSlack(t)
	a := newAdapter(t, f, slack.Config{SigningSecret: testSecret, BotToken: testBotToken}, realBot(t))
	srv := serve(t, a)

	t.Run("slash command comparison", func(t *testing.T) {
		code, body := postForm(t, srv, "/slack/commands", url.Values{
			"command": {"/career"}, "text": {"compare lead technician vs senior support technician"}})
		if code != http.StatusOK {
			t.Fatalf("POST /slack/commands = %d", code)
		}
		var rep commandReply
		if err := json.Unmarshal([]byte(body), &rep); err != nil {
			t.Fatal(err)
		}
		text := blocksText(t, rep.blocksJSON(t))
		for _, want := range []string{"Lead Technician", "Senior Support Technician", "$90,615", "$74,459", "Sources:"} {
			if !strings.Contains(text, want) {
				t.Errorf("comparison lacks %q:\n%s", want, text)
			}
		}
	})

	t.Run("mention asking a salary", func(t *testing.T) {
		code, _ := postEvent(t, srv, callback("EvE2E", mention("C1", "1700000001.000100", "", "<@UBOT> how much does a senior support tech make?")))
		if code != http.StatusOK {
			t.Fatalf("POST /slack/events = %d", code)
		}
		p := f.nextPost(t)
		if text := blocksText(t, p.Blocks); !strings.Contains(text, "$74,459") {
			t.Errorf("salary answer lacks $74,459:\n%s", text)
		}
	})
}
