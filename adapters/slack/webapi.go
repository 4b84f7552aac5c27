package slack

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"sync"
	"time"

	slackapi "github.com/slack-go/slack"
)

// Retries of a Web API call (or a response_url post) that Slack refused for
// now. Bounded: an answer later than this is no longer worth posting.
const (
	maxAttempts   = 3
	maxRetryAfter = 10 * time.Second       // a longer Retry-After is not waited for
	retryBackoff  = 500 * time.Millisecond // first wait after a 5xx; doubles
)

// transientCodes are Slack error codes for a request Slack did not carry
// out but may on a later try.
var transientCodes = map[string]bool{
	"ratelimited": true, "internal_error": true, "fatal_error": true,
	"service_unavailable": true, "request_timeout": true,
}

// permanentCodes are Slack error codes that every call fails with until an
// operator changes the token or the app: logged once per kind (each would
// otherwise come back with every event), never retried. The text says what
// to do.
var permanentCodes = map[string]string{
	"invalid_auth":              "SLACK_BOT_TOKEN is not a valid token: copy the Bot User OAuth Token again",
	"not_authed":                "no token was sent: set SLACK_BOT_TOKEN",
	"account_inactive":          "the token belongs to a deleted user or workspace: reinstall the app",
	"token_revoked":             "the token was revoked: reinstall the app and set the new SLACK_BOT_TOKEN",
	"token_expired":             "the token expired: turn off token rotation or refresh the token",
	"no_permission":             "the token lacks a permission: check the app's scopes and reinstall",
	"missing_scope":             "the app lacks a scope (chat:write?): add it and reinstall",
	"not_allowed_token_type":    "SLACK_BOT_TOKEN is not a bot token (xoxb-…)",
	"team_access_not_granted":   "the app is not installed in this workspace",
	"ekm_access_denied":         "the workspace's Enterprise Key Management refused access",
	"org_login_required":        "the workspace is migrating to an organisation: try again later",
	"two_factor_setup_required": "the workspace requires two-factor authentication for this token's user",
}

// call runs one Web API call (or response_url post), retrying what Slack
// refused for now: after a 429 it waits Retry-After (up to maxRetryAfter),
// after a 5xx or a transient error code it backs off, at most maxAttempts
// tries in all. Transport errors are not retried: the message may have been
// posted, and a duplicate is worse than a lost answer. It returns the last
// error.
func (a *Adapter) call(ctx context.Context, f func(context.Context) error) error {
	for attempt := 1; ; attempt++ {
		err := f(ctx)
		if err == nil {
			return nil
		}
		wait, ok := retryWait(err, attempt)
		if !ok || attempt == maxAttempts {
			return err
		}
		a.log.Debug("slack web api: retrying", "attempt", attempt, "in", wait, "err", err)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return err
		case <-t.C:
		}
	}
}

// retryWait says whether err is worth another try, and after how long.
func retryWait(err error, attempt int) (time.Duration, bool) {
	if rl, ok := errors.AsType[*slackapi.RateLimitedError](err); ok {
		if rl.RetryAfter > maxRetryAfter {
			return 0, false
		}
		return max(rl.RetryAfter, 100*time.Millisecond), true
	}
	backoff := retryBackoff << (attempt - 1)
	if sc, ok := errors.AsType[slackapi.StatusCodeError](err); ok {
		return backoff, sc.Code >= http.StatusInternalServerError
	}
	if se, ok := errors.AsType[slackapi.SlackErrorResponse](err); ok {
		return backoff, transientCodes[se.Err]
	}
	return 0, false
}

// refusals remembers which permanent Web API errors were logged, so each
// kind is logged once, however many events fail with it.
type refusals struct {
	mu     sync.Mutex
	logged map[string]bool
	quiet  int64 // failures not logged because their kind was
}

// logFailure logs a failed delivery: a permanent error (a bad token, a
// missing scope) once per kind with what to do about it, anything else
// every time. attrs must not hold user text.
func (a *Adapter) logFailure(what string, err error, attrs ...any) {
	if se, ok := errors.AsType[slackapi.SlackErrorResponse](err); ok {
		if fix, permanent := permanentCodes[se.Err]; permanent {
			r := &a.refusals
			r.mu.Lock()
			first := !r.logged[se.Err]
			if r.logged == nil {
				r.logged = map[string]bool{}
			}
			r.logged[se.Err] = true
			if !first {
				r.quiet++
			}
			r.mu.Unlock()
			if first {
				a.log.Error("slack refused the bot's token; answers cannot be posted until this is fixed "+
					"(later failures of this kind are not logged)", "error", se.Err, "fix", fix, "while", what)
			}
			return
		}
	}
	a.log.Error(what, append(attrs, "err", err)...)
}

// logOnce logs msg the first time key is seen; for conditions that every
// event would otherwise repeat.
func (a *Adapter) logOnce(key string, level slog.Level, msg string, attrs ...any) {
	r := &a.refusals
	r.mu.Lock()
	if r.logged == nil {
		r.logged = map[string]bool{}
	}
	first := !r.logged[key]
	r.logged[key] = true
	r.mu.Unlock()
	if first {
		a.log.Log(context.Background(), level, msg, attrs...)
	}
}
