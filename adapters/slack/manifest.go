package slack

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"
)

// ManifestOptions describe the Slack app a manifest creates.
type ManifestOptions struct {
	Name       string // app and bot user name; "careerbot" when empty
	RequestURL string // public base URL of careerbot serve (https://host); needed unless SocketMode
	SocketMode bool   // connect out over Socket Mode instead of taking requests at RequestURL
}

// The Slack app's parts that the adapter relies on.
const (
	commandName = "/career"
	maxAppName  = 35 // Slack's limit for an app name
)

// Manifest returns a Slack app manifest for careerbot: the bot user, the
// /career command, the scopes and event subscriptions for mentions and
// direct messages, and interactivity for the share button. Paste it into
// "Create New App → From an app manifest". It is JSON, which Slack accepts
// as is (and which is also YAML).
func Manifest(opts ManifestOptions) ([]byte, error) {
	name := strings.TrimSpace(opts.Name)
	if name == "" {
		name = "careerbot"
	}
	if utf8.RuneCountInString(name) > maxAppName {
		return nil, fmt.Errorf("slack manifest: app name %q is longer than %d characters", name, maxAppName)
	}
	base := ""
	if !opts.SocketMode {
		var err error
		if base, err = requestBase(opts.RequestURL); err != nil {
			return nil, fmt.Errorf("slack manifest: %w", err)
		}
	}
	endpoint := func(path string) string {
		if base == "" {
			return ""
		}
		return base + path
	}
	m := manifest{
		DisplayInformation: manifestDisplay{
			Name:        name,
			Description: "Answers career questions: salaries, skills, education.",
		},
		Features: manifestFeatures{
			AppHome: manifestAppHome{MessagesTabEnabled: true},
			BotUser: manifestBotUser{DisplayName: name, AlwaysOnline: true},
			SlashCommands: []manifestCommand{{
				Command:     commandName,
				URL:         endpoint("/slack/commands"),
				Description: "Ask a career question",
				UsageHint:   "compare lead technician vs senior support technician",
			}},
		},
		OAuthConfig: manifestOAuth{Scopes: manifestScopes{
			Bot: []string{"app_mentions:read", "chat:write", "commands", "files:write", "im:history"},
		}},
		Settings: manifestSettings{
			EventSubscriptions: manifestEvents{
				RequestURL: endpoint("/slack/events"),
				BotEvents:  []string{"app_mention", "message.im"},
			},
			Interactivity: manifestInteractivity{
				IsEnabled:  true,
				RequestURL: endpoint("/slack/interactivity"),
			},
			SocketModeEnabled: opts.SocketMode,
		},
	}
	js, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("slack manifest: %w", err)
	}
	return append(js, '\n'), nil
}

// requestBase checks the public base URL Slack will post to and returns it
// without a trailing slash.
func requestBase(raw string) (string, error) {
	if raw == "" {
		return "", errors.New("a request URL (https://host) is needed unless Socket Mode is on")
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "", fmt.Errorf("request URL %q is not an absolute URL", raw)
	}
	if u.Scheme != "https" {
		return "", fmt.Errorf("request URL %q must use https: Slack posts only to https", raw)
	}
	if u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return "", fmt.Errorf("request URL %q must be a plain base URL, without query, fragment or credentials", raw)
	}
	return strings.TrimRight(u.String(), "/"), nil
}

// The manifest schema: https://api.slack.com/reference/manifests
type manifest struct {
	DisplayInformation manifestDisplay  `json:"display_information"`
	Features           manifestFeatures `json:"features"`
	OAuthConfig        manifestOAuth    `json:"oauth_config"`
	Settings           manifestSettings `json:"settings"`
}

type manifestDisplay struct {
	Name        string `json:"name"`
	Description string `json:"description"`
}

type manifestFeatures struct {
	AppHome       manifestAppHome   `json:"app_home"`
	BotUser       manifestBotUser   `json:"bot_user"`
	SlashCommands []manifestCommand `json:"slash_commands"`
}

type manifestAppHome struct {
	HomeTabEnabled             bool `json:"home_tab_enabled"`
	MessagesTabEnabled         bool `json:"messages_tab_enabled"`
	MessagesTabReadOnlyEnabled bool `json:"messages_tab_read_only_enabled"`
}

type manifestBotUser struct {
	DisplayName  string `json:"display_name"`
	AlwaysOnline bool   `json:"always_online"`
}

type manifestCommand struct {
	Command      string `json:"command"`
	URL          string `json:"url,omitempty"`
	Description  string `json:"description"`
	UsageHint    string `json:"usage_hint"`
	ShouldEscape bool   `json:"should_escape"`
}

type manifestOAuth struct {
	Scopes manifestScopes `json:"scopes"`
}

type manifestScopes struct {
	Bot []string `json:"bot"`
}

type manifestSettings struct {
	EventSubscriptions   manifestEvents        `json:"event_subscriptions"`
	Interactivity        manifestInteractivity `json:"interactivity"`
	OrgDeployEnabled     bool                  `json:"org_deploy_enabled"`
	SocketModeEnabled    bool                  `json:"socket_mode_enabled"`
	TokenRotationEnabled bool                  `json:"token_rotation_enabled"`
}

type manifestEvents struct {
	RequestURL string   `json:"request_url,omitempty"`
	BotEvents  []string `json:"bot_events"`
}

type manifestInteractivity struct {
	IsEnabled  bool   `json:"is_enabled"`
	RequestURL string `json:"request_url,omitempty"`
}
