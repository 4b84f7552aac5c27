package discord_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/careerbot/careerbot/adapters/discord"
	"github.com/careerbot/careerbot/bot"
)

const (
	userID = "300000000000000003"
	guild  = "400000000000000004"
)

func TestGatewayHandshake(t *testing.T) {
	t.Parallel()
	g := startGateway(t, seedBot(t), func(cfg *discord.Config, _ *fakeDiscord) {
		cfg.ShardID, cfg.ShardCount = 1, 2
	})

	ids := g.fake.waitFrames(t, 2, 1)
	var id struct {
		Token   string  `json:"token"`
		Intents int     `json:"intents"`
		Shard   *[2]int `json:"shard"`
	}
	if err := json.Unmarshal(ids[0].D, &id); err != nil {
		t.Fatal(err)
	}
	if id.Token != "Bot "+testToken {
		t.Errorf("Identify token = %q; want the bot token with the \"Bot \" scheme", id.Token)
	}
	const guildMessages, directMessages, messageContent = 1 << 9, 1 << 12, 1 << 15
	if want := guildMessages | directMessages | messageContent; id.Intents != want {
		t.Errorf("Identify intents = %d; want %d (guild messages, direct messages, message content)", id.Intents, want)
	}
	if id.Shard == nil || *id.Shard != [2]int{1, 2} {
		t.Errorf("Identify shard = %v; want [1 2]", id.Shard)
	}
	// discordgo heartbeats as soon as it is connected; the fake ACKs each one.
	beats := g.fake.waitFrames(t, 1, 1)
	var seq int64
	if err := json.Unmarshal(beats[0].D, &seq); err != nil || seq < 1 {
		t.Errorf("heartbeat d = %s; want the last sequence number (READY's, 1)", beats[0].D)
	}
}

func TestGatewayAnswersMessagesAddressedToIt(t *testing.T) {
	t.Parallel()
	rec := &recorder{Answerer: seedBot(t)}
	g := startGateway(t, rec, nil)

	tests := []struct {
		name         string
		guild        string // "" for a DM
		content      string
		mentions     []string
		wantQuestion string
		want         string
	}{
		{
			name:         "mention",
			guild:        guild,
			content:      "<@" + botUserID + "> compare lead technician vs senior support technician",
			mentions:     []string{botUserID},
			wantQuestion: "compare lead technician vs senior support technician",
			want:         "$90,615",
		},
		{
			name:         "nickname mention at the end",
			guild:        guild,
			content:      "how much does a senior support tech make? <@!" + botUserID + ">",
			mentions:     []string{botUserID},
			wantQuestion: "how much does a senior support tech make?",
			want:         "$74,459",
		},
		{
			name:         "prefix",
			guild:        guild,
			content:      "!career how much does a senior support tech make?",
			wantQuestion: "how much does a senior support tech make?",
			want:         "$74,459",
		},
		{
			name:         "prefix in capitals with a colon",
			guild:        guild,
			content:      "!CAREER: compare lead technician   vs senior support technician",
			wantQuestion: "compare lead technician vs senior support technician",
			want:         "$90,615",
		},
		{
			name:         "reply to the bot's answer",
			guild:        guild,
			content:      "compare lead technician vs senior support technician",
			mentions:     []string{botUserID},
			wantQuestion: "compare lead technician vs senior support technician",
			want:         "$90,615",
		},
		{
			name:         "DM",
			content:      "how much does a senior support tech make?",
			wantQuestion: "how much does a senior support tech make?",
			want:         "$74,459",
		},
		{
			name:         "DM with the prefix",
			content:      "!career compare lead technician vs senior support technician",
			wantQuestion: "compare lead technician vs senior support technician",
			want:         "$90,615",
		},
		{
			name:         "bare mention asks for help",
			guild:        guild,
			content:      "<@" + botUserID + ">",
			mentions:     []string{botUserID},
			wantQuestion: "help",
		},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			channel := fmt.Sprintf("61%016d", i)
			msgID := fmt.Sprintf("71%016d", i)
			g.conn.dispatch("MESSAGE_CREATE", messageCreate(msgID, channel, tt.guild, userID, false, tt.content, tt.mentions...))
			c := g.fake.waitCalls(t, "the reply in channel "+channel, 1, inChannel(channel))[0]
			body := c.json(t)
			checkMessage(t, "reply", body)
			ref, _ := body["message_reference"].(map[string]any)
			if ref["message_id"] != msgID || ref["channel_id"] != channel {
				t.Errorf("message_reference = %v; want a reply to message %s in channel %s", ref, msgID, channel)
			}
			if !rec.asked(tt.wantQuestion) {
				t.Errorf("router was asked %q; want %q", rec.questions(), tt.wantQuestion)
			}
			if !strings.Contains(string(c.Body), tt.want) {
				t.Errorf("reply %s; want it to contain %q", c.Body, tt.want)
			}
		})
	}
}

func TestGatewayIgnoresMessagesNotForIt(t *testing.T) {
	t.Parallel()
	rec := &recorder{Answerer: seedBot(t)}
	g := startGateway(t, rec, nil)

	tests := []struct {
		name    string
		guild   string
		author  string
		isBot   bool
		content string
	}{
		{"another bot", "", "800000000000000008", true, "!career salary of lead technician"},
		{"itself", "", botUserID, false, "salary of lead technician"},
		{"server message without mention or prefix", guild, userID, false, "what does a lead technician earn?"},
		{"a word that starts with the prefix", guild, userID, false, "!careerist salary of lead technician"},
		{"a mention of someone else", guild, userID, false, "<@800000000000000008> salary of lead technician"},
	}
	for i, tt := range tests {
		g.conn.dispatch("MESSAGE_CREATE", messageCreate(fmt.Sprintf("72%016d", i), fmt.Sprintf("62%016d", i), tt.guild, tt.author, tt.isBot, tt.content))
	}
	// A message the bot does answer, sent last: once it is answered, the
	// ones before it have been seen.
	g.conn.dispatch("MESSAGE_CREATE", messageCreate("729999999999999999", "sentinel", "", userID, false, "salary of senior support technician"))
	g.fake.waitCalls(t, "the reply to the last message", 1, inChannel("sentinel"))

	for i, tt := range tests {
		if got := g.fake.callsMatching(inChannel(fmt.Sprintf("62%016d", i))); len(got) > 0 {
			t.Errorf("%s: bot replied %s; want no reply", tt.name, got[0].Body)
		}
	}
	if qs := rec.questions(); len(qs) != 1 {
		t.Errorf("router was asked %q; want only the last message's question", qs)
	}
}

func TestGatewaySlashCommands(t *testing.T) {
	t.Parallel()
	rec := &recorder{Answerer: seedBot(t)}
	g := startGateway(t, rec, nil)

	tests := []struct {
		name         string
		command      string
		options      []string
		wantQuestion string
		want         []string // case-insensitive
	}{
		{
			name:         "free text",
			command:      "career",
			options:      []string{"question", "compare lead technician vs senior support technician"},
			wantQuestion: "compare lead technician vs senior support technician",
			want:         []string{"$90,615", "$74,459"},
		},
		{
			name:         "compare two",
			command:      "compare",
			options:      []string{"first", "Lead Technician", "second", "Senior Support Technician"},
			wantQuestion: "compare Lead Technician vs Senior Support Technician",
			want:         []string{"$90,615", "$74,459"},
		},
		{
			name:         "compare three",
			command:      "compare",
			options:      []string{"first", "Lead Technician", "second", "Senior Support Technician", "third", "Information Technology Support Technician"},
			wantQuestion: "compare Lead Technician vs Senior Support Technician vs Information Technology Support Technician",
			want:         []string{"$90,615", "$74,459", "$45,591"},
		},
		{
			name:         "salary",
			command:      "salary",
			options:      []string{"career", "senior support tech"},
			wantQuestion: "salary of senior support tech",
			want:         []string{"$74,459"},
		},
		{
			name:         "skills",
			command:      "skills",
			options:      []string{"career", "Senior Support Technician"},
			wantQuestion: "top skills for Senior Support Technician",
			want:         []string{"customer service"},
		},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id := fmt.Sprintf("81%016d", i)
			g.conn.dispatch("INTERACTION_CREATE", interaction(id, 2, tt.command, tt.options...))
			c := g.fake.waitCalls(t, "the interaction response", 1, callbackFor(id))[0]
			resp := c.json(t)
			if resp["type"] != float64(4) {
				t.Errorf("response type = %v; want 4 (channel message with source)", resp["type"])
			}
			data, _ := resp["data"].(map[string]any)
			checkMessage(t, "interaction response", data)
			if data["flags"] != nil {
				t.Errorf("flags = %v; want none (public answer)", data["flags"])
			}
			if !rec.asked(tt.wantQuestion) {
				t.Errorf("router was asked %q; want %q", rec.questions(), tt.wantQuestion)
			}
			for _, w := range tt.want {
				if !strings.Contains(strings.ToLower(string(c.Body)), strings.ToLower(w)) {
					t.Errorf("response %s; want it to contain %q", c.Body, w)
				}
			}
		})
	}

	t.Run("autocomplete", func(t *testing.T) {
		g.conn.dispatch("INTERACTION_CREATE", interaction("819999999999999999", 4, "salary", "*career", "senior supp"))
		c := g.fake.waitCalls(t, "the autocomplete response", 1, callbackFor("819999999999999999"))[0]
		names := choiceNames(t, c.json(t))
		if len(names) == 0 || names[0] != "Senior Support Technician" {
			t.Errorf("choices = %q; want Senior Support Technician first", names)
		}
	})
}

func TestGatewayResumesAfterDisconnect(t *testing.T) {
	t.Parallel()
	g := startGateway(t, seedBot(t), nil)

	g.conn.dispatch("MESSAGE_CREATE", messageCreate("730000000000000001", "630000000000000001", "", userID, false, "salary of senior support technician"))
	g.fake.waitCalls(t, "the first reply", 1, inChannel("630000000000000001"))
	g.fake.mu.Lock()
	lastSeq := g.fake.seq
	g.fake.mu.Unlock()

	g.conn.close(4000, "Unknown error.")

	select {
	case <-g.reconnects:
	case <-time.After(waitTimeout):
		t.Fatal("OnReconnect was not called after the gateway dropped the connection")
	}
	resumes := g.fake.waitFrames(t, 6, 1)
	var res struct {
		Token     string `json:"token"`
		SessionID string `json:"session_id"`
		Seq       int64  `json:"seq"`
	}
	if err := json.Unmarshal(resumes[0].D, &res); err != nil {
		t.Fatal(err)
	}
	if res.SessionID != sessionID || res.Seq != lastSeq || res.Token != "Bot "+testToken {
		t.Errorf("Resume = {session %q, seq %d}; want {session %q, seq %d} and the bot token", res.SessionID, res.Seq, sessionID, lastSeq)
	}

	conn := g.fake.waitConn(t, 2)
	conn.dispatch("MESSAGE_CREATE", messageCreate("730000000000000002", "630000000000000002", "", userID, false, "salary of senior support technician"))
	c := g.fake.waitCalls(t, "the reply after resuming", 1, inChannel("630000000000000002"))[0]
	checkMessage(t, "reply after resuming", c.json(t))
	if !strings.Contains(string(c.Body), "$74,459") {
		t.Errorf("reply after resuming %s; want it to contain $74,459", c.Body)
	}
	if ids := len(framesWithOp(g.fake, 2)); ids != 1 {
		t.Errorf("bot identified %d times; want once (it should resume, not start a new session)", ids)
	}
	eventually(t, "adapter ready after resuming", g.adapter.Ready)
}

func framesWithOp(f *fakeDiscord, op int) []frame {
	f.mu.Lock()
	defer f.mu.Unlock()
	var got []frame
	for _, fr := range f.frames {
		if fr.Op == op {
			got = append(got, fr)
		}
	}
	return got
}

func TestGatewayMessageContentIntentRefused(t *testing.T) {
	t.Parallel()
	rec := &recorder{Answerer: seedBot(t)}
	g := startGateway(t, rec, func(_ *discord.Config, f *fakeDiscord) { f.refuseMessageContent = true })

	ids := g.fake.waitFrames(t, 2, 2)
	var first, second struct {
		Intents int `json:"intents"`
	}
	json.Unmarshal(ids[0].D, &first)
	json.Unmarshal(ids[1].D, &second)
	const guildMessages, directMessages, messageContent = 1 << 9, 1 << 12, 1 << 15
	if first.Intents&messageContent == 0 {
		t.Errorf("first Identify intents = %d; want Message Content requested", first.Intents)
	}
	if want := guildMessages | directMessages; second.Intents != want {
		t.Errorf("second Identify intents = %d; want %d (the same without Message Content)", second.Intents, want)
	}
	logs := g.logs.String()
	for _, want := range []string{"close code 4014", "Developer Portal", "Privileged Gateway Intents", "Message Content Intent", "slash commands"} {
		if !strings.Contains(logs, want) {
			t.Errorf("logs do not say %q:\n%s", want, logs)
		}
	}

	// Slash commands and mentions keep working.
	g.conn.dispatch("INTERACTION_CREATE", interaction("840000000000000001", 2, "salary", "career", "Senior Support Technician"))
	c := g.fake.waitCalls(t, "the slash command response", 1, callbackFor("840000000000000001"))[0]
	if !strings.Contains(string(c.Body), "$74,459") {
		t.Errorf("slash command response %s; want it to contain $74,459", c.Body)
	}
	g.conn.dispatch("MESSAGE_CREATE", messageCreate("740000000000000001", "640000000000000001", guild, userID, false,
		"<@"+botUserID+"> salary of senior support technician", botUserID))
	c = g.fake.waitCalls(t, "the reply to a mention", 1, inChannel("640000000000000001"))[0]
	if !strings.Contains(string(c.Body), "$74,459") {
		t.Errorf("reply to a mention %s; want it to contain $74,459", c.Body)
	}
}

func TestGatewayAuthenticationFailedStopsRun(t *testing.T) {
	t.Parallel()
	fake := newFakeDiscord(t)
	logger, logs := testLogger(t)
	const wrong = "wrong-token-not-a-secret"
	a, err := discord.New(discord.Config{BotToken: wrong, APIBase: fake.srv.URL, Logger: logger}, seedBot(t))
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- a.Run(context.Background()) }()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "4004") {
			t.Errorf("Run = %v; want an error with close code 4004", err)
		}
		if err != nil && strings.Contains(err.Error(), wrong) {
			t.Errorf("Run error %q shows the token", err)
		}
	case <-time.After(waitTimeout):
		t.Fatal("Run kept going after Discord refused the token")
	}
	if strings.Contains(logs.String(), wrong) {
		t.Errorf("logs show the token:\n%s", logs)
	}
	if a.Ready() {
		t.Error("Ready() = true after authentication failed")
	}
}

func TestGatewaySurvivesOddEvents(t *testing.T) {
	t.Parallel()
	g := startGateway(t, seedBot(t), nil)
	noData := interaction("850000000000000001", 2, "salary")
	delete(noData, "data")
	button := interaction("850000000000000002", 3, "")
	button["data"] = map[string]any{"custom_id": "x", "component_type": 2}

	g.conn.dispatch("MESSAGE_CREATE", nil)
	g.conn.dispatch("INTERACTION_CREATE", noData)
	g.conn.dispatch("INTERACTION_CREATE", button)
	g.conn.dispatch("MESSAGE_CREATE", messageCreate("770000000000000001", "670000000000000001", "", userID, false, "salary of senior support technician"))
	g.fake.waitCalls(t, "the reply after odd events", 1, inChannel("670000000000000001"))
	if got := g.fake.callsMatching(callbackFor("850000000000000001")); len(got) > 0 {
		t.Errorf("interaction without data got a response %s; want none", got[0].Body)
	}
	// A click on a component the bot did not make changes nothing, but is
	// acknowledged so that Discord shows no error.
	ack := g.fake.waitCalls(t, "the button's acknowledgement", 1, callbackFor("850000000000000002"))[0]
	if string(ack.Body) != `{"type":6}` {
		t.Errorf("foreign button got %s; want {\"type\":6}", ack.Body)
	}
	if strings.Contains(g.logs.String(), "panic") {
		t.Errorf("a handler panicked:\n%s", g.logs)
	}
}

// held answers each question only once release is closed.
type held struct {
	discord.Answerer
	asked   chan string
	release chan struct{}
}

func (h held) Answer(ctx context.Context, req bot.Request) bot.Answer {
	h.asked <- req.Text
	<-h.release
	return h.Answerer.Answer(ctx, req)
}

// TestGatewayShutdownFinishesAnswers: a question being answered when Run's
// context ends is still answered before the gateway closes.
func TestGatewayShutdownFinishesAnswers(t *testing.T) {
	t.Parallel()
	h := held{Answerer: seedBot(t), asked: make(chan string, 1), release: make(chan struct{})}
	g := startGateway(t, h, nil)
	g.conn.dispatch("MESSAGE_CREATE", messageCreate("7100000000000000099", "6100000000000000099", "", userID, false, "compare lead technician vs senior support technician"))
	select {
	case <-h.asked:
	case <-time.After(waitTimeout):
		t.Fatal("the question never reached the router")
	}
	stopped := make(chan error, 1)
	go func() { stopped <- g.stop() }()
	select {
	case err := <-stopped:
		t.Fatalf("Run returned (%v) with an answer in flight", err)
	case <-time.After(100 * time.Millisecond):
	}
	close(h.release)
	c := g.fake.waitCalls(t, "the answer sent during shutdown", 1, inChannel("6100000000000000099"))[0]
	if !strings.Contains(string(c.Body), "$90,615") {
		t.Errorf("answer sent during shutdown = %s", c.Body)
	}
	if err := <-stopped; err != nil {
		t.Errorf("Run: %v", err)
	}
}
