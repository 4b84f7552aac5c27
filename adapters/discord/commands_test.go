package discord_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/careerbot/careerbot/adapters/discord"
)

func TestCommands(t *testing.T) {
	t.Parallel()
	type opt struct {
		name         string
		required     bool
		autocomplete bool
	}
	want := map[string][]opt{
		"career":  {{"question", true, false}},
		"compare": {{"first", true, true}, {"second", true, true}, {"third", false, true}},
		"salary":  {{"career", true, true}},
		"skills":  {{"career", true, true}},
	}
	cmds := discord.Commands()
	if len(cmds) != len(want) {
		t.Errorf("%d commands; want %d", len(cmds), len(want))
	}
	for _, c := range cmds {
		w, ok := want[c.Name]
		if !ok {
			t.Errorf("unexpected command %q", c.Name)
			continue
		}
		if c.Type != discordgo.ChatApplicationCommand || c.Description == "" || len(c.Description) > 100 {
			t.Errorf("/%s: type %d, description %q; want a slash command with a description of 1 to 100 characters", c.Name, c.Type, c.Description)
		}
		if len(c.Options) != len(w) {
			t.Errorf("/%s: %d options; want %d", c.Name, len(c.Options), len(w))
			continue
		}
		for i, o := range c.Options {
			got := opt{o.Name, o.Required, o.Autocomplete}
			if got != w[i] || o.Type != discordgo.ApplicationCommandOptionString || o.Description == "" {
				t.Errorf("/%s option %d = %+v (type %d); want %+v, a string with a description", c.Name, i, got, o.Type, w[i])
			}
		}
	}
}

func TestRegisterCommands(t *testing.T) {
	t.Parallel()
	fake := newFakeDiscord(t)
	logger, _ := testLogger(t)
	a, err := discord.New(discord.Config{BotToken: testToken, AppID: testAppID, APIBase: fake.srv.URL, Logger: logger}, nil)
	if err != nil {
		t.Fatal(err)
	}
	wantBody, err := json.Marshal(discord.Commands())
	if err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name     string
		guild    string
		wantPath string
	}{
		{"global", "", "/api/v9/applications/" + testAppID + "/commands"},
		{"one guild", guild, "/api/v9/applications/" + testAppID + "/guilds/" + guild + "/commands"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Twice: a bulk overwrite leaves the same commands however often it runs.
			for range 2 {
				if err := a.RegisterCommands(context.Background(), tt.guild); err != nil {
					t.Fatalf("RegisterCommands(%q): %v", tt.guild, err)
				}
			}
			calls := fake.callsMatching(func(c call) bool { return c.Path == tt.wantPath })
			if len(calls) != 2 {
				t.Fatalf("%d requests to %s; want 2", len(calls), tt.wantPath)
			}
			for _, c := range calls {
				if c.Method != "PUT" || c.Auth != "Bot "+testToken {
					t.Errorf("%s %s with authorization %q; want PUT with the bot token", c.Method, c.Path, c.Auth)
				}
				if strings.TrimSpace(string(c.Body)) != string(wantBody) {
					t.Errorf("body = %s; want Commands() = %s", c.Body, wantBody)
				}
			}
		})
	}
}

func TestRegisterCommandsErrors(t *testing.T) {
	t.Parallel()
	fake := newFakeDiscord(t)
	const wrong = "wrong-token-not-a-secret"
	tests := []struct {
		name string
		cfg  discord.Config
	}{
		{"no application id", discord.Config{BotToken: testToken, APIBase: fake.srv.URL}},
		{"interactions only, no bot token", discord.Config{PublicKey: strings.Repeat("ab", 32), AppID: testAppID, APIBase: fake.srv.URL}},
		{"token refused", discord.Config{BotToken: wrong, AppID: testAppID, APIBase: fake.srv.URL}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := discord.New(tt.cfg, nil)
			if err != nil {
				t.Fatal(err)
			}
			err = a.RegisterCommands(context.Background(), "")
			if err == nil {
				t.Fatal("RegisterCommands succeeded; want an error")
			}
			if strings.Contains(err.Error(), wrong) || strings.Contains(err.Error(), testToken) {
				t.Errorf("error %q shows the token", err)
			}
		})
	}
}

func TestNewRejectsBadConfig(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		cfg     discord.Config
		wantErr error // nil: any error
	}{
		{"nothing enabled", discord.Config{AppID: testAppID}, discord.ErrNotConfigured},
		{"public key not hex", discord.Config{PublicKey: "zz"}, nil},
		{"public key too short", discord.Config{PublicKey: "abcd"}, nil},
		{"API base not a URL", discord.Config{BotToken: testToken, APIBase: "127.0.0.1:80"}, nil},
		{"shard out of range", discord.Config{BotToken: testToken, ShardID: 2, ShardCount: 2}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := discord.New(tt.cfg, nil)
			if err == nil {
				t.Fatal("New succeeded; want an error")
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("New = %v; want %v", err, tt.wantErr)
			}
		})
	}
}
