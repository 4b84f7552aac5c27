package guard

import (
	"context"
	"fmt"
	"log/slog"
	"regexp"
	"strings"
)

// Redacted replaces whatever Redact removes.
const Redacted = "[redacted]"

// tokenPatterns match credentials by their shape: Slack tokens, Discord bot
// tokens, and an Authorization header's value. URLs are handled apart: any
// path may carry a credential (a Slack response_url, a Discord interaction
// token in a webhook URL), so only scheme and host survive.
var tokenPatterns = []*regexp.Regexp{
	regexp.MustCompile(`\bxox[a-z]-[A-Za-z0-9-]+`),
	regexp.MustCompile(`\bxapp-[A-Za-z0-9-]+`),
	regexp.MustCompile(`\b[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{20,}\b`),
	regexp.MustCompile(`(?i)\b(Bot|Bearer)\s+[A-Za-z0-9._~+/=-]{8,}`),
}

// urlPattern matches an absolute URL up to the first character that cannot
// belong to it in a log line.
var urlPattern = regexp.MustCompile(`(?i)\b([a-z][a-z0-9+.-]*://[^/\s"'<>]+)[^\s"'<>]*`)

// Redact returns s with every URL cut to its scheme and host, every
// credential-shaped string and every one of secrets replaced by
// [redacted]. It is what every log line goes through (see NewHandler).
func Redact(s string, secrets ...string) string {
	for _, sec := range secrets {
		if len(sec) >= 4 {
			s = strings.ReplaceAll(s, sec, Redacted)
		}
	}
	s = urlPattern.ReplaceAllStringFunc(s, func(u string) string {
		m := urlPattern.FindStringSubmatch(u)
		if len(m[1]) == len(u) {
			return u
		}
		return m[1] + "/" + Redacted
	})
	for _, p := range tokenPatterns {
		s = p.ReplaceAllString(s, Redacted)
	}
	return s
}

// handler is a slog.Handler that redacts every message and attribute
// before the next handler sees it.
type handler struct {
	next    slog.Handler
	secrets []string
}

// NewHandler wraps next so that no log line can carry a URL path, a token or
// one of secrets: every message, every string, error and other value goes
// through Redact. Wrapping an already wrapped handler adds the secrets and
// redacts once.
func NewHandler(next slog.Handler, secrets ...string) slog.Handler {
	var keep []string
	for _, s := range secrets {
		if s != "" {
			keep = append(keep, s)
		}
	}
	if h, ok := next.(*handler); ok {
		return &handler{next: h.next, secrets: append(append([]string(nil), h.secrets...), keep...)}
	}
	return &handler{next: next, secrets: keep}
}

// Logger returns log (or a discarding logger when nil) with its output
// redacted as NewHandler does.
func Logger(log *slog.Logger, secrets ...string) *slog.Logger {
	if log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return slog.New(NewHandler(log.Handler(), secrets...))
}

func (h *handler) Enabled(ctx context.Context, l slog.Level) bool { return h.next.Enabled(ctx, l) }

func (h *handler) Handle(ctx context.Context, r slog.Record) error {
	out := slog.NewRecord(r.Time, r.Level, Redact(r.Message, h.secrets...), r.PC)
	r.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(h.attr(a))
		return true
	})
	return h.next.Handle(ctx, out)
}

func (h *handler) WithAttrs(attrs []slog.Attr) slog.Handler {
	clean := make([]slog.Attr, len(attrs))
	for i, a := range attrs {
		clean[i] = h.attr(a)
	}
	return &handler{next: h.next.WithAttrs(clean), secrets: h.secrets}
}

func (h *handler) WithGroup(name string) slog.Handler {
	return &handler{next: h.next.WithGroup(name), secrets: h.secrets}
}

// attr redacts one attribute. Values other than numbers, booleans, times
// and durations are logged as their redacted text: an error or a struct
// may hold a URL.
func (h *handler) attr(a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, Redact(v.String(), h.secrets...))
	case slog.KindGroup:
		group := v.Group()
		clean := make([]any, len(group))
		for i, g := range group {
			clean[i] = h.attr(g)
		}
		return slog.Group(a.Key, clean...)
	case slog.KindAny:
		return slog.String(a.Key, Redact(fmt.Sprint(v.Any()), h.secrets...))
	}
	return slog.Attr{Key: a.Key, Value: v}
}
