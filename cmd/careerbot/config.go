package main

import (
	"cmp"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"reflect"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/kelseyhightower/envconfig"
)

// envPrefix is the prefix of careerbot's own environment variables. The
// platform credentials keep the names Slack and Discord users already know.
const envPrefix = "CAREERBOT"

// Settings are careerbot's own variables, read with the CAREERBOT_ prefix.
// Fields use split_words rather than an envconfig tag because envconfig also
// reads a tagged name without its prefix, and a stray LOG_LEVEL or HTTP_ADDR
// in someone's environment must not configure careerbot.
type Settings struct {
	HTTPAddr             string        `split_words:"true" default:":8080" desc:"address of the HTTP listener: health, readiness, metrics, Slack and Discord endpoints"`
	MetricsAddr          string        `split_words:"true" desc:"serve /metrics on this address of its own (e.g. 127.0.0.1:9090) instead of CAREERBOT_HTTP_ADDR"`
	HTTPMaxBodyBytes     int64         `split_words:"true" default:"1048576" desc:"largest HTTP request body accepted, in bytes"`
	MaxConcurrentAnswers int           `split_words:"true" default:"32" desc:"answers worked on at once; past it questions get \"busy, try again in a moment\" at once"`
	DB                   string        `desc:"SQLite database written by careerbot import; empty answers from the knowledge embedded in the binary"`
	LogFormat            string        `split_words:"true" default:"text" desc:"log format: text or json"`
	LogLevel             string        `split_words:"true" default:"info" desc:"least severe level logged: debug, info, warn or error"`
	ShutdownTimeout      time.Duration `split_words:"true" default:"8s" desc:"how long shutdown waits for answers in flight; keep it under the orchestrator's grace (Docker: 10s)"`
	ConversationTTL      time.Duration `split_words:"true" default:"30m" desc:"how long a conversation is remembered after its last question, for follow-ups (\"and hourly?\")"`
	RedisURL             string        `split_words:"true" secret:"true" desc:"redis://host:port/db shared by replicas: Slack event dedupe and conversations (empty keeps them in this process)"`
	MemoryLimit          memoryLimit   `split_words:"true" default:"auto" desc:"soft limit on serve's memory, which the garbage collector works harder to stay under: auto (what the loaded knowledge holds plus a quarter, at least 7MiB more; GOMEMLIMIT wins if set), off, or a size such as 64MiB"`

	SlackDefaultVisibility string `split_words:"true" default:"ephemeral" desc:"who sees a slash command's answer: ephemeral (the asker, with a Share button) or in_channel"`

	DiscordEphemeral        bool   `split_words:"true" default:"false" desc:"answer Discord slash commands privately to the asker"`
	DiscordPrefix           string `split_words:"true" default:"!career" desc:"message prefix the Discord gateway bot answers in servers (mentions always work)"`
	DiscordShardID          int    `split_words:"true" default:"0" desc:"this process's gateway shard, from 0"`
	DiscordShardCount       int    `split_words:"true" default:"1" desc:"number of gateway shards"`
	DiscordRegisterCommands bool   `split_words:"true" default:"false" desc:"create or update the Discord slash commands at start-up (needs DISCORD_BOT_TOKEN and DISCORD_APP_ID)"`
	DiscordGuildID          string `split_words:"true" desc:"register the slash commands in this guild only (they appear at once); empty registers them globally"`
}

// Credentials are the platform variables, read under the names the Slack
// and Discord documentation uses. Fields tagged secret are only ever shown as
// set or unset.
type Credentials struct {
	SlackSigningSecret string `split_words:"true" secret:"true" desc:"Slack app signing secret: enables slash commands, interactivity and events over HTTP"`
	SlackBotToken      string `split_words:"true" secret:"true" desc:"Slack bot token (xoxb-…): needed for mentions and direct messages"`
	SlackAppToken      string `split_words:"true" secret:"true" desc:"Slack app-level token (xapp-…): enables Socket Mode (with SLACK_BOT_TOKEN)"`
	SlackAPIURL        string `envconfig:"SLACK_API_URL" desc:"Slack Web API base URL (default https://slack.com/api/); tests and proxies point it elsewhere"`
	DiscordBotToken    string `split_words:"true" secret:"true" desc:"Discord bot token: enables the gateway bot (messages, mentions, DMs, slash commands)"`
	DiscordPublicKey   string `split_words:"true" desc:"Discord application public key (hex): enables the interactions endpoint /discord/interactions"`
	DiscordAppID       string `split_words:"true" desc:"Discord application ID: needed to register slash commands"`
	DiscordAPIURL      string `envconfig:"DISCORD_API_URL" desc:"base URL that replaces https://discord.com for REST calls (tests, proxies); the gateway's address comes from it"`
}

// config is everything careerbot serve reads from the environment.
type config struct {
	Settings
	Credentials
}

// loadConfig reads the configuration from the environment. It checks types
// only; validate checks that the values make sense together.
func loadConfig() (config, error) {
	var c config
	if err := envconfig.Process(envPrefix, &c.Settings); err != nil {
		return c, configError(err)
	}
	if err := envconfig.Process("", &c.Credentials); err != nil {
		return c, configError(err)
	}
	return c, nil
}

// configError says which variable holds a value of the wrong type, and
// what it should look like, without envconfig's and strconv's internals.
func configError(err error) error {
	pe, ok := errors.AsType[*envconfig.ParseError](err)
	if !ok {
		return fmt.Errorf("config: %w", err)
	}
	want := map[string]string{
		"int": "a whole number", "int64": "a whole number",
		"bool":          "true or false",
		"time.Duration": "a duration such as 8s or 1m30s",
	}[pe.TypeName]
	if want == "" {
		want = "a " + pe.TypeName
	}
	return fmt.Errorf("%s is %q; want %s", pe.KeyName, pe.Value, want)
}

// logLevels are the values CAREERBOT_LOG_LEVEL takes.
var logLevels = map[string]slog.Level{"debug": slog.LevelDebug, "info": slog.LevelInfo, "warn": slog.LevelWarn, "error": slog.LevelError}

// logLevel returns the level CAREERBOT_LOG_LEVEL names (validate checks
// it); an unknown name is info.
func (c config) logLevel() slog.Level {
	return logLevels[strings.ToLower(c.LogLevel)]
}

// errNothingEnabled is returned by validate when no platform is configured.
var errNothingEnabled = errors.New("nothing to serve: set SLACK_SIGNING_SECRET (Slack slash commands over HTTP), " +
	"SLACK_BOT_TOKEN with SLACK_APP_TOKEN (Slack Socket Mode), DISCORD_PUBLIC_KEY (Discord interactions endpoint) " +
	"or DISCORD_BOT_TOKEN (Discord gateway)")

func (c config) slackEnabled() bool {
	return c.SlackSigningSecret != "" || c.SlackBotToken != "" || c.SlackAppToken != ""
}

func (c config) discordEnabled() bool {
	return c.DiscordBotToken != "" || c.DiscordPublicKey != "" || c.DiscordAppID != ""
}

// validate reports every problem with the configuration at once. Messages
// name variables and never quote a secret's value.
func (c config) validate() error {
	var errs []error
	add := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }

	if c.HTTPAddr == "" {
		add("CAREERBOT_HTTP_ADDR is empty: give an address such as :8080")
	}
	if c.HTTPMaxBodyBytes <= 0 {
		add("CAREERBOT_HTTP_MAX_BODY_BYTES must be positive")
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		add("CAREERBOT_LOG_FORMAT must be text or json, not %q", c.LogFormat)
	}
	if _, ok := logLevels[strings.ToLower(c.LogLevel)]; !ok {
		add("CAREERBOT_LOG_LEVEL must be debug, info, warn or error, not %q", c.LogLevel)
	}
	if c.MaxConcurrentAnswers < 1 {
		add("CAREERBOT_MAX_CONCURRENT_ANSWERS must be at least 1")
	}
	if c.MetricsAddr != "" && c.MetricsAddr == c.HTTPAddr && !strings.HasSuffix(c.MetricsAddr, ":0") {
		add("CAREERBOT_METRICS_ADDR is CAREERBOT_HTTP_ADDR: leave it empty to serve /metrics there")
	}
	if c.ShutdownTimeout <= 0 {
		add("CAREERBOT_SHUTDOWN_TIMEOUT must be positive")
	}
	if c.ConversationTTL <= 0 {
		add("CAREERBOT_CONVERSATION_TTL must be positive")
	}
	if _, err := c.MemoryLimit.parse(); err != nil {
		errs = append(errs, err)
	}
	if c.RedisURL != "" && !strings.HasPrefix(c.RedisURL, "redis://") && !strings.HasPrefix(c.RedisURL, "rediss://") {
		add("CAREERBOT_REDIS_URL must start with redis:// or rediss://")
	}
	for name, u := range map[string]string{"SLACK_API_URL": c.SlackAPIURL, "DISCORD_API_URL": c.DiscordAPIURL} {
		if p, err := url.Parse(u); u != "" && (err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "") {
			add("%s must be an http(s) URL such as https://slack.com/api/", name)
		}
	}
	if v := c.SlackDefaultVisibility; v != "ephemeral" && v != "in_channel" {
		add("CAREERBOT_SLACK_DEFAULT_VISIBILITY must be ephemeral or in_channel, not %q", v)
	}

	// Slack: the signing secret alone serves slash commands; the bot token
	// needs a way to receive events (HTTP with the secret, or Socket Mode).
	if c.SlackAppToken != "" && c.SlackBotToken == "" {
		add("SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is missing: Socket Mode needs both")
	}
	if c.SlackBotToken != "" && c.SlackSigningSecret == "" && c.SlackAppToken == "" {
		add("SLACK_BOT_TOKEN is set but SLACK_SIGNING_SECRET is missing: set it to receive events over HTTP, or set SLACK_APP_TOKEN for Socket Mode")
	}

	// Discord.
	if c.DiscordPublicKey != "" {
		if k, err := hex.DecodeString(c.DiscordPublicKey); err != nil || len(k) != 32 {
			add("DISCORD_PUBLIC_KEY must be the application's public key: 64 hexadecimal characters")
		}
	}
	if c.DiscordAppID != "" && c.DiscordBotToken == "" && c.DiscordPublicKey == "" {
		add("DISCORD_APP_ID is set but DISCORD_BOT_TOKEN (gateway) and DISCORD_PUBLIC_KEY (interactions endpoint) are missing: set one")
	}
	if c.DiscordRegisterCommands {
		if c.DiscordBotToken == "" {
			add("CAREERBOT_DISCORD_REGISTER_COMMANDS needs DISCORD_BOT_TOKEN, which is missing")
		}
		if c.DiscordAppID == "" {
			add("CAREERBOT_DISCORD_REGISTER_COMMANDS needs DISCORD_APP_ID, which is missing")
		}
	}
	if c.DiscordShardCount < 1 {
		add("CAREERBOT_DISCORD_SHARD_COUNT must be at least 1")
	} else if c.DiscordShardID < 0 || c.DiscordShardID >= c.DiscordShardCount {
		add("CAREERBOT_DISCORD_SHARD_ID must be from 0 to CAREERBOT_DISCORD_SHARD_COUNT-1 (%d)", c.DiscordShardCount-1)
	}
	if c.DiscordShardCount > 1 && c.DiscordBotToken == "" {
		add("CAREERBOT_DISCORD_SHARD_COUNT applies to the gateway, but DISCORD_BOT_TOKEN is missing")
	}

	if len(errs) == 0 && !c.slackEnabled() && !c.discordEnabled() {
		return errNothingEnabled
	}
	return errors.Join(errs...)
}

// capabilities names what serve runs with this configuration, for logs and
// careerbot config.
func (c config) capabilities() []string {
	var out []string
	if c.SlackSigningSecret != "" {
		out = append(out, "slack-http")
	}
	if c.SlackAppToken != "" && c.SlackBotToken != "" {
		out = append(out, "slack-socket-mode")
	}
	if c.DiscordPublicKey != "" {
		out = append(out, "discord-interactions")
	}
	if c.DiscordBotToken != "" {
		out = append(out, "discord-gateway")
	}
	return out
}

// configVar is one environment variable careerbot reads, as careerbot
// config prints it.
type configVar struct {
	key, def, desc string
	secret         bool
}

// configVars lists the variables a struct read by envconfig.Process with
// prefix holds, named as envconfig names them (TestConfigKeys holds the
// two together). careerbot config reads the tags itself rather than through
// envconfig.Usage, whose text/template makes the linker keep every exported
// method of every type in the binary: about 14 MB more of it, several of
// them resident in every serve process.
func configVars(prefix string, spec any) []configVar {
	t := reflect.TypeOf(spec)
	vars := make([]configVar, 0, t.NumField())
	for f := range t.Fields() {
		key := f.Name
		if f.Tag.Get("split_words") == "true" {
			key = strings.Join(camelWords(f.Name), "_")
		}
		if tag := f.Tag.Get("envconfig"); tag != "" {
			key = tag
		}
		if prefix != "" {
			key = prefix + "_" + key
		}
		vars = append(vars, configVar{
			key:    strings.ToUpper(key),
			def:    f.Tag.Get("default"),
			desc:   f.Tag.Get("desc"),
			secret: f.Tag.Get("secret") == "true",
		})
	}
	return vars
}

// camelWords splits a Go name into its words, an acronym being one word:
// HTTPMaxBodyBytes → HTTP, Max, Body, Bytes.
func camelWords(name string) []string {
	var words []string
	start := 0
	for i := 1; i < len(name); i++ {
		upper := isUpper(name[i])
		switch {
		case upper && !isUpper(name[i-1]): // fooBar: a word starts at B
		case upper && i+1 < len(name) && !isUpper(name[i+1]): // HTTPMax: at M
		default:
			continue
		}
		words = append(words, name[start:i])
		start = i
	}
	return append(words, name[start:])
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// runConfig implements careerbot config: every variable with its default,
// current value and description, then whether serve would start.
func runConfig(ctx context.Context, args []string, io stdio) int {
	fs := newFlags("config", "config", "Prints the environment variables careerbot serve reads and checks them.", io)
	if code, ok := parseFlags(fs, args, io); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(fs, io, "config takes no arguments")
	}
	tw := tabwriter.NewWriter(io.out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "VARIABLE\tDEFAULT\tVALUE\tDESCRIPTION")
	for _, v := range append(configVars(envPrefix, Settings{}), configVars("", Credentials{})...) {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", v.key, cmp.Or(v.def, "-"), currentValue(v.key, v.secret), v.desc)
	}
	tw.Flush()

	fmt.Fprintln(io.out)
	c, err := loadConfig()
	if err == nil {
		err = c.validate()
	}
	if err != nil {
		fmt.Fprintf(io.out, "careerbot serve would not start:\n  %s\n", strings.ReplaceAll(err.Error(), "\n", "\n  "))
		return 1
	}
	fmt.Fprintf(io.out, "careerbot serve would run: %s\n", strings.Join(c.capabilities(), ", "))
	return 0
}

// currentValue shows a variable's value as careerbot config prints it.
func currentValue(key string, secret bool) string {
	v, ok := os.LookupEnv(key)
	switch {
	case !ok || v == "":
		return "unset"
	case secret:
		return "set"
	default:
		return v
	}
}
