package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"testing"
	"text/template"
	"time"

	"github.com/kelseyhightower/envconfig"
)

// Values that stand for secrets in these tests; none may ever be printed.
const (
	testSigningSecret = "test-signing-secret-8f2c"
	testSlackBot      = "xoxb-test-bot-token-1d9e"
	testSlackApp      = "xapp-test-app-token-77aa"
	testDiscordBot    = "discord-test-bot-token-c0ffee"
	testPublicKey     = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"
)

var testSecrets = []string{testSigningSecret, testSlackBot, testSlackApp, testDiscordBot}

// clearConfigEnv unsets every variable careerbot reads, for the length of
// the test, so the machine's environment cannot leak in.
func clearConfigEnv(t *testing.T) {
	t.Helper()
	for _, k := range strings.Fields(envconfigView(t, "{{.Key}}")) {
		t.Setenv(k, "") // registers the restore
		os.Unsetenv(k)
	}
}

// envconfigView is envconfig's own view of every variable careerbot reads,
// a line each, as row (a template over envconfig's varInfo) prints it.
func envconfigView(t *testing.T, row string) string {
	t.Helper()
	tmpl := template.Must(template.New("row").Parse("{{range .}}" + row + "\n{{end}}"))
	var b bytes.Buffer
	if err := envconfig.Usaget(envPrefix, &Settings{}, &b, tmpl); err != nil {
		t.Fatal(err)
	}
	if err := envconfig.Usaget("", &Credentials{}, &b, tmpl); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestConfigKeys holds careerbot config's own reading of the struct tags
// to envconfig's, field by field: same names, defaults, descriptions and
// secrets, so what config prints is what serve reads.
func TestConfigKeys(t *testing.T) {
	want := envconfigView(t, `{{.Key}}|{{.Tags.Get "default"}}|{{.Tags.Get "secret"}}|{{.Tags.Get "desc"}}`)
	var got strings.Builder
	for _, v := range append(configVars(envPrefix, Settings{}), configVars("", Credentials{})...) {
		secret := ""
		if v.secret {
			secret = "true"
		}
		fmt.Fprintf(&got, "%s|%s|%s|%s\n", v.key, v.def, secret, v.desc)
	}
	if got.String() != want {
		t.Errorf("configVars differs from envconfig:\n got:\n%s\nwant:\n%s", got.String(), want)
	}
	if n := strings.Count(want, "\n"); n < 20 {
		t.Errorf("only %d variables", n)
	}
}

func TestCamelWords(t *testing.T) {
	tests := map[string]string{
		"HTTPMaxBodyBytes": "HTTP Max Body Bytes",
		"DB":               "DB",
		"LogLevel":         "Log Level",
		"DiscordAPIURL":    "Discord APIURL",
		"SlackAPIURLBase":  "Slack APIURL Base",
		"X":                "X",
		"shardID":          "shard ID",
		"ID2":              "I D2", // as envconfig splits it: a digit is a lower-case letter there
	}
	for name, want := range tests {
		if got := strings.Join(camelWords(name), " "); got != want {
			t.Errorf("camelWords(%q) = %q; want %q", name, got, want)
		}
	}
}

// mustDefaultConfig returns the configuration of an empty environment.
func mustDefaultConfig(t *testing.T) config {
	t.Helper()
	clearConfigEnv(t)
	c, err := loadConfig()
	if err != nil {
		t.Fatalf("loadConfig() with an empty environment: %v", err)
	}
	return c
}

func TestLoadConfig(t *testing.T) {
	clearConfigEnv(t)
	t.Setenv("SLACK_SIGNING_SECRET", testSigningSecret)
	t.Setenv("SLACK_BOT_TOKEN", testSlackBot)
	t.Setenv("DISCORD_PUBLIC_KEY", testPublicKey)
	t.Setenv("DISCORD_APP_ID", "1234")
	t.Setenv("CAREERBOT_LOG_LEVEL", "warn")
	t.Setenv("CAREERBOT_SHUTDOWN_TIMEOUT", "3s")
	t.Setenv("CAREERBOT_DISCORD_SHARD_COUNT", "4")
	t.Setenv("SLACK_API_URL", "http://127.0.0.1:9/api/")
	t.Setenv("DISCORD_API_URL", "http://127.0.0.1:8")
	t.Setenv("CAREERBOT_REDIS_URL", "redis://127.0.0.1:7/1")
	// envconfig would read a tagged name without its prefix too; careerbot
	// must not pick up a generic variable meant for something else.
	t.Setenv("HTTP_ADDR", "127.0.0.1:1")
	t.Setenv("LOG_FORMAT", "json")

	c, err := loadConfig()
	if err != nil {
		t.Fatalf("loadConfig() = %v", err)
	}
	tests := []struct {
		name      string
		got, want any
	}{
		{"SLACK_SIGNING_SECRET", c.SlackSigningSecret, testSigningSecret},
		{"SLACK_BOT_TOKEN", c.SlackBotToken, testSlackBot},
		{"SLACK_API_URL", c.SlackAPIURL, "http://127.0.0.1:9/api/"},
		{"DISCORD_API_URL", c.DiscordAPIURL, "http://127.0.0.1:8"},
		{"CAREERBOT_REDIS_URL", c.RedisURL, "redis://127.0.0.1:7/1"},
		{"CAREERBOT_CONVERSATION_TTL (default)", c.ConversationTTL, 30 * time.Minute},
		{"CAREERBOT_MEMORY_LIMIT (default)", c.MemoryLimit, memoryLimit("auto")},
		{"SLACK_APP_TOKEN", c.SlackAppToken, ""},
		{"DISCORD_PUBLIC_KEY", c.DiscordPublicKey, testPublicKey},
		{"DISCORD_APP_ID", c.DiscordAppID, "1234"},
		{"CAREERBOT_LOG_LEVEL", c.logLevel(), slog.LevelWarn},
		{"CAREERBOT_SHUTDOWN_TIMEOUT", c.ShutdownTimeout, 3 * time.Second},
		{"CAREERBOT_DISCORD_SHARD_COUNT", c.DiscordShardCount, 4},
		{"CAREERBOT_HTTP_ADDR default, HTTP_ADDR ignored", c.HTTPAddr, ":8080"},
		{"CAREERBOT_LOG_FORMAT default, LOG_FORMAT ignored", c.LogFormat, "text"},
		{"CAREERBOT_HTTP_MAX_BODY_BYTES default", c.HTTPMaxBodyBytes, int64(1 << 20)},
		{"CAREERBOT_SLACK_DEFAULT_VISIBILITY default", c.SlackDefaultVisibility, "ephemeral"},
		{"CAREERBOT_DISCORD_PREFIX default", c.DiscordPrefix, "!career"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %v; want %v", tt.name, tt.got, tt.want)
		}
	}
}

func TestLoadConfigBadValue(t *testing.T) {
	clearConfigEnv(t)
	t.Setenv("CAREERBOT_SHUTDOWN_TIMEOUT", "soon")
	_, err := loadConfig()
	if err == nil || !strings.Contains(err.Error(), "CAREERBOT_SHUTDOWN_TIMEOUT") {
		t.Fatalf("loadConfig() = %v; want an error naming CAREERBOT_SHUTDOWN_TIMEOUT", err)
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		set  func(c *config)
		want []string // substrings of the error; none means valid
	}{
		{"nothing enabled", func(c *config) {},
			[]string{"nothing to serve", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "DISCORD_PUBLIC_KEY", "DISCORD_BOT_TOKEN"}},
		{"slack slash commands only", func(c *config) { c.SlackSigningSecret = testSigningSecret }, nil},
		{"discord interactions only", func(c *config) { c.DiscordPublicKey = testPublicKey }, nil},
		{"slack http and discord interactions", func(c *config) {
			c.SlackSigningSecret = testSigningSecret
			c.DiscordPublicKey = testPublicKey
		}, nil},
		{"slack socket mode", func(c *config) { c.SlackAppToken, c.SlackBotToken = testSlackApp, testSlackBot }, nil},
		{"slack events over http", func(c *config) { c.SlackSigningSecret, c.SlackBotToken = testSigningSecret, testSlackBot }, nil},
		{"discord gateway", func(c *config) { c.DiscordBotToken = testDiscordBot }, nil},
		{"discord gateway registering commands", func(c *config) {
			c.DiscordBotToken, c.DiscordAppID, c.DiscordRegisterCommands = testDiscordBot, "1234", true
		}, nil},
		{"slack app token without bot token", func(c *config) { c.SlackAppToken = testSlackApp },
			[]string{"SLACK_BOT_TOKEN is missing"}},
		{"slack bot token alone", func(c *config) { c.SlackBotToken = testSlackBot },
			[]string{"SLACK_SIGNING_SECRET is missing", "SLACK_APP_TOKEN"}},
		{"discord app id alone", func(c *config) { c.DiscordAppID = "1234" },
			[]string{"DISCORD_BOT_TOKEN", "DISCORD_PUBLIC_KEY"}},
		{"discord public key not hex", func(c *config) { c.DiscordPublicKey = "not-a-key" },
			[]string{"DISCORD_PUBLIC_KEY must be"}},
		{"discord public key too short", func(c *config) { c.DiscordPublicKey = testPublicKey[:62] },
			[]string{"DISCORD_PUBLIC_KEY must be"}},
		{"register commands without app id", func(c *config) {
			c.DiscordBotToken, c.DiscordRegisterCommands = testDiscordBot, true
		}, []string{"DISCORD_APP_ID, which is missing"}},
		{"register commands without bot token", func(c *config) {
			c.DiscordPublicKey, c.DiscordAppID, c.DiscordRegisterCommands = testPublicKey, "1234", true
		}, []string{"DISCORD_BOT_TOKEN, which is missing"}},
		{"shard id out of range", func(c *config) {
			c.DiscordBotToken, c.DiscordShardID, c.DiscordShardCount = testDiscordBot, 2, 2
		}, []string{"CAREERBOT_DISCORD_SHARD_ID"}},
		{"shards without gateway", func(c *config) {
			c.DiscordPublicKey, c.DiscordShardCount = testPublicKey, 2
		}, []string{"CAREERBOT_DISCORD_SHARD_COUNT", "DISCORD_BOT_TOKEN is missing"}},
		{"bad log format", func(c *config) { c.SlackSigningSecret, c.LogFormat = testSigningSecret, "xml" },
			[]string{"CAREERBOT_LOG_FORMAT"}},
		{"bad slack visibility", func(c *config) { c.SlackSigningSecret, c.SlackDefaultVisibility = testSigningSecret, "everyone" },
			[]string{"CAREERBOT_SLACK_DEFAULT_VISIBILITY"}},
		{"zero shutdown timeout", func(c *config) { c.SlackSigningSecret, c.ShutdownTimeout = testSigningSecret, 0 },
			[]string{"CAREERBOT_SHUTDOWN_TIMEOUT"}},
		{"zero conversation ttl", func(c *config) { c.SlackSigningSecret, c.ConversationTTL = testSigningSecret, 0 },
			[]string{"CAREERBOT_CONVERSATION_TTL"}},
		{"memory limit", func(c *config) { c.SlackSigningSecret, c.MemoryLimit = testSigningSecret, "48MiB" }, nil},
		{"bad memory limit", func(c *config) { c.SlackSigningSecret, c.MemoryLimit = testSigningSecret, "48M" },
			[]string{"CAREERBOT_MEMORY_LIMIT"}},
		{"redis url", func(c *config) { c.SlackSigningSecret, c.RedisURL = testSigningSecret, "redis://127.0.0.1:6379/0" }, nil},
		{"redis url not redis", func(c *config) { c.SlackSigningSecret, c.RedisURL = testSigningSecret, "127.0.0.1:6379" },
			[]string{"CAREERBOT_REDIS_URL"}},
		{"api urls", func(c *config) {
			c.SlackSigningSecret, c.SlackAPIURL, c.DiscordAPIURL = testSigningSecret, "http://127.0.0.1:1/api/", "http://127.0.0.1:2"
		}, nil},
		{"api urls not http", func(c *config) {
			c.SlackSigningSecret, c.SlackAPIURL, c.DiscordAPIURL = testSigningSecret, "slack.com/api", "ftp://x"
		}, []string{"SLACK_API_URL", "DISCORD_API_URL"}},
		{"every problem reported at once", func(c *config) { c.SlackAppToken, c.LogFormat = testSlackApp, "xml" },
			[]string{"SLACK_BOT_TOKEN is missing", "CAREERBOT_LOG_FORMAT"}},
	}
	base := mustDefaultConfig(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := base
			tt.set(&c)
			err := c.validate()
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("validate() = %v; want nil", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("validate() = nil; want an error containing %q", tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("validate() = %q; want it to contain %q", err, w)
				}
			}
			for _, s := range testSecrets {
				if strings.Contains(err.Error(), s) {
					t.Errorf("validate() = %q; it reveals a secret", err)
				}
			}
		})
	}
	if err := base.validate(); !errors.Is(err, errNothingEnabled) {
		t.Errorf("validate() of an empty environment = %v; want errNothingEnabled", err)
	}
}

// TestCommandsRefuseBadConfig runs careerbot config and careerbot serve as
// a user would, with secrets in the environment.
func TestCommandsRefuseBadConfig(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		env      map[string]string
		wantCode int
		wantOut  []string // in stdout
		wantErr  []string // in stderr
	}{
		{
			name:     "config shows secrets as set or unset",
			args:     []string{"config"},
			env:      map[string]string{"SLACK_SIGNING_SECRET": testSigningSecret, "SLACK_BOT_TOKEN": testSlackBot, "DISCORD_BOT_TOKEN": testDiscordBot, "CAREERBOT_LOG_FORMAT": "json"},
			wantCode: 0,
			wantOut: []string{
				"CAREERBOT_HTTP_ADDR", ":8080", "CAREERBOT_SHUTDOWN_TIMEOUT", "8s", "CAREERBOT_DB",
				"json", "SLACK_SIGNING_SECRET", "set", "SLACK_APP_TOKEN", "unset", "DISCORD_APP_ID",
				"would run: slack-http, discord-gateway",
			},
		},
		{
			name:     "config with nothing enabled",
			args:     []string{"config"},
			wantCode: 1,
			wantOut:  []string{"CAREERBOT_HTTP_ADDR", "would not start", "nothing to serve"},
		},
		{
			name:     "config with half of slack",
			args:     []string{"config"},
			env:      map[string]string{"SLACK_APP_TOKEN": testSlackApp},
			wantCode: 1,
			wantOut:  []string{"would not start", "SLACK_BOT_TOKEN is missing"},
		},
		{
			name:     "serve with nothing enabled",
			args:     []string{"serve"},
			wantCode: 2,
			wantErr:  []string{"nothing to serve", "SLACK_SIGNING_SECRET", "DISCORD_PUBLIC_KEY"},
		},
		{
			name:     "serve with half of slack",
			args:     []string{"serve"},
			env:      map[string]string{"SLACK_APP_TOKEN": testSlackApp, "DISCORD_BOT_TOKEN": testDiscordBot},
			wantCode: 2,
			wantErr:  []string{"SLACK_BOT_TOKEN is missing"},
		},
		{
			name:     "serve registering discord commands without an app id",
			args:     []string{"serve"},
			env:      map[string]string{"DISCORD_BOT_TOKEN": testDiscordBot, "CAREERBOT_DISCORD_REGISTER_COMMANDS": "true"},
			wantCode: 2,
			wantErr:  []string{"DISCORD_APP_ID, which is missing"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clearConfigEnv(t)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			var out, errOut bytes.Buffer
			code := run(context.Background(), tt.args, stdio{strings.NewReader(""), &out, &errOut})
			if code != tt.wantCode {
				t.Errorf("careerbot %s exited %d; want %d\nstdout:\n%s\nstderr:\n%s", tt.args[0], code, tt.wantCode, &out, &errOut)
			}
			for _, w := range tt.wantOut {
				if !strings.Contains(out.String(), w) {
					t.Errorf("stdout lacks %q:\n%s", w, &out)
				}
			}
			for _, w := range tt.wantErr {
				if !strings.Contains(errOut.String(), w) {
					t.Errorf("stderr lacks %q:\n%s", w, &errOut)
				}
			}
			for _, s := range testSecrets {
				if strings.Contains(out.String()+errOut.String(), s) {
					t.Errorf("careerbot %s printed a secret:\nstdout:\n%s\nstderr:\n%s", tt.args[0], &out, &errOut)
				}
			}
		})
	}
}

// TestConfigRows checks each secret's own row, not just the whole output.
func TestConfigRows(t *testing.T) {
	clearConfigEnv(t)
	t.Setenv("SLACK_SIGNING_SECRET", testSigningSecret)
	t.Setenv("DISCORD_PUBLIC_KEY", testPublicKey)
	t.Setenv("CAREERBOT_HTTP_ADDR", "127.0.0.1:9090")
	var out bytes.Buffer
	if code := run(context.Background(), []string{"config"}, stdio{strings.NewReader(""), &out, &out}); code != 0 {
		t.Fatalf("careerbot config exited %d:\n%s", code, &out)
	}
	want := map[string][]string{ // variable -> DEFAULT and VALUE columns
		"SLACK_SIGNING_SECRET":        {"-", "set"},
		"SLACK_BOT_TOKEN":             {"-", "unset"},
		"DISCORD_BOT_TOKEN":           {"-", "unset"},
		"DISCORD_PUBLIC_KEY":          {"-", testPublicKey}, // public: shown
		"CAREERBOT_HTTP_ADDR":         {":8080", "127.0.0.1:9090"},
		"CAREERBOT_DISCORD_EPHEMERAL": {"false", "unset"},
	}
	for _, line := range strings.Split(out.String(), "\n") {
		f := strings.Fields(line)
		if len(f) < 3 {
			continue
		}
		if w, ok := want[f[0]]; ok {
			if f[1] != w[0] || f[2] != w[1] {
				t.Errorf("row %s: default %q, value %q; want %q, %q", f[0], f[1], f[2], w[0], w[1])
			}
			delete(want, f[0])
		}
	}
	for k := range want {
		t.Errorf("careerbot config printed no row for %s:\n%s", k, &out)
	}
}

// TestConfigErrorsAreShort sets values of the wrong kind: serve exits 2
// with one line naming the variable and the values it takes, and none of
// envconfig's or strconv's wording.
func TestConfigErrorsAreShort(t *testing.T) {
	tests := []struct {
		key, value string
		want       string
	}{
		{"CAREERBOT_LOG_LEVEL", "verbose", `CAREERBOT_LOG_LEVEL must be debug, info, warn or error, not "verbose"`},
		{"CAREERBOT_HTTP_MAX_BODY_BYTES", "1MB", `CAREERBOT_HTTP_MAX_BODY_BYTES is "1MB"; want a whole number`},
		{"CAREERBOT_SHUTDOWN_TIMEOUT", "soon", `CAREERBOT_SHUTDOWN_TIMEOUT is "soon"; want a duration such as 8s or 1m30s`},
		{"CAREERBOT_DISCORD_EPHEMERAL", "yes please", `CAREERBOT_DISCORD_EPHEMERAL is "yes please"; want true or false`},
		{"CAREERBOT_MAX_CONCURRENT_ANSWERS", "0", `CAREERBOT_MAX_CONCURRENT_ANSWERS must be at least 1`},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			clearConfigEnv(t)
			t.Setenv("SLACK_SIGNING_SECRET", testSigningSecret)
			t.Setenv(tt.key, tt.value)
			code, out, errOut := runCmd(t, "", "serve")
			if code != 2 || out != "" || !strings.Contains(errOut, tt.want) {
				t.Errorf("serve with %s=%q = %d, stderr %q; want 2 and %q", tt.key, tt.value, code, errOut, tt.want)
			}
			for _, internal := range []string{"envconfig", "strconv", "slog:", "converting"} {
				if strings.Contains(errOut, internal) {
					t.Errorf("error %q shows library internals (%q)", errOut, internal)
				}
			}
			if lines := strings.Count(strings.TrimSpace(errOut), "\n"); lines > 0 {
				t.Errorf("error has %d lines; want one: %q", lines+1, errOut)
			}
		})
	}
}
