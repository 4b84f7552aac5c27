package slack_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/adapters/slack"
)

func TestManifest(t *testing.T) {
	tests := []struct {
		name       string
		opts       slack.ManifestOptions
		wantName   string
		wantURLs   string // base of every request URL; empty for none
		wantSocket bool
	}{
		{"http", slack.ManifestOptions{RequestURL: "https://careerbot.example.com"}, "careerbot", "https://careerbot.example.com", false},
		{"http with a path and trailing slash", slack.ManifestOptions{Name: "Career Helper", RequestURL: "https://example.com/bots/"}, "Career Helper", "https://example.com/bots", false},
		{"socket mode needs no URL", slack.ManifestOptions{SocketMode: true}, "careerbot", "", true},
		{"socket mode ignores a URL", slack.ManifestOptions{SocketMode: true, RequestURL: "https://example.com"}, "careerbot", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := slack.Manifest(tt.opts)
			if err != nil {
				t.Fatalf("Manifest(%+v) = %v", tt.opts, err)
			}
			var m struct {
				DisplayInformation struct{ Name string } `json:"display_information"`
				Features           struct {
					AppHome struct {
						MessagesTabEnabled bool `json:"messages_tab_enabled"`
					} `json:"app_home"`
					BotUser struct {
						DisplayName string `json:"display_name"`
					} `json:"bot_user"`
					SlashCommands []struct {
						Command   string
						URL       string
						UsageHint string `json:"usage_hint"`
					} `json:"slash_commands"`
				}
				OAuthConfig struct {
					Scopes struct{ Bot []string }
				} `json:"oauth_config"`
				Settings struct {
					EventSubscriptions struct {
						RequestURL string   `json:"request_url"`
						BotEvents  []string `json:"bot_events"`
					} `json:"event_subscriptions"`
					Interactivity struct {
						IsEnabled  bool   `json:"is_enabled"`
						RequestURL string `json:"request_url"`
					}
					SocketModeEnabled bool `json:"socket_mode_enabled"`
				}
			}
			if err := json.Unmarshal(out, &m); err != nil {
				t.Fatalf("manifest is not JSON: %v\n%s", err, out)
			}
			if m.DisplayInformation.Name != tt.wantName || m.Features.BotUser.DisplayName != tt.wantName {
				t.Errorf("names = %q, %q; want %q", m.DisplayInformation.Name, m.Features.BotUser.DisplayName, tt.wantName)
			}
			if !m.Features.AppHome.MessagesTabEnabled {
				t.Error("messages tab off: users could not DM the bot")
			}
			if len(m.Features.SlashCommands) != 1 || m.Features.SlashCommands[0].Command != "/career" || m.Features.SlashCommands[0].UsageHint == "" {
				t.Errorf("slash commands = %+v; want /career with a usage hint", m.Features.SlashCommands)
			}
			scopes := m.OAuthConfig.Scopes.Bot
			for _, s := range []string{"app_mentions:read", "im:history", "chat:write", "commands", "files:write"} {
				if !slices.Contains(scopes, s) {
					t.Errorf("scopes %q lack %s", scopes, s)
				}
			}
			events := m.Settings.EventSubscriptions.BotEvents
			if !slices.Equal(events, []string{"app_mention", "message.im"}) {
				t.Errorf("bot events = %q; want app_mention and message.im", events)
			}
			if !m.Settings.Interactivity.IsEnabled || m.Settings.SocketModeEnabled != tt.wantSocket {
				t.Errorf("interactivity %v, socket mode %v; want true, %v", m.Settings.Interactivity.IsEnabled, m.Settings.SocketModeEnabled, tt.wantSocket)
			}
			urls := map[string]string{
				"/slack/commands":      m.Features.SlashCommands[0].URL,
				"/slack/events":        m.Settings.EventSubscriptions.RequestURL,
				"/slack/interactivity": m.Settings.Interactivity.RequestURL,
			}
			for path, got := range urls {
				want := ""
				if tt.wantURLs != "" {
					want = tt.wantURLs + path
				}
				if got != want {
					t.Errorf("URL for %s = %q; want %q", path, got, want)
				}
			}
		})
	}
}

func TestManifestErrors(t *testing.T) {
	tests := []struct {
		name    string
		opts    slack.ManifestOptions
		wantErr string
	}{
		{"no URL and no socket mode", slack.ManifestOptions{}, "Socket Mode"},
		{"plain http", slack.ManifestOptions{RequestURL: "http://example.com"}, "https"},
		{"not absolute", slack.ManifestOptions{RequestURL: "example.com/slack"}, "absolute"},
		{"query", slack.ManifestOptions{RequestURL: "https://example.com/?a=b"}, "query"},
		{"name too long", slack.ManifestOptions{SocketMode: true, Name: strings.Repeat("n", 36)}, "35"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := slack.Manifest(tt.opts); err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Manifest(%+v) error = %v; want one mentioning %q", tt.opts, err, tt.wantErr)
			}
		})
	}
}
