package guard

import (
	"log/slog"
	"runtime/debug"

	"github.com/careerbot/careerbot/bot"
)

// Apology is the answer to a question whose answering panicked. It says
// nothing of the cause; the log has that, with the stack.
var Apology = bot.Answer{
	Kind:    bot.KindError,
	Intent:  "error",
	Title:   "Sorry, something went wrong",
	Summary: "I could not answer that just now. Please try again.",
}

// Answer calls answer and returns its answer. A panic in it is the one
// place a failure on the answer path is caught: it is logged with its stack
// and the user gets Apology, so one bad question cannot take the process
// down.
func Answer(log *slog.Logger, platform string, answer func() bot.Answer) (a bot.Answer) {
	defer func() {
		if p := recover(); p != nil {
			log.Error("answer panicked", "platform", platform, "panic", p, "stack", string(debug.Stack()))
			a = Apology
		}
	}()
	return answer()
}

// Recover is deferred first thing in every goroutine an adapter starts: a
// panic there is logged with its stack instead of ending the process.
func Recover(log *slog.Logger, what string) {
	if p := recover(); p != nil {
		log.Error("panic", "in", what, "panic", p, "stack", string(debug.Stack()))
	}
}

// Go runs f on a new goroutine that recovers (see Recover).
func Go(log *slog.Logger, what string, f func()) {
	go func() {
		defer Recover(log, what)
		f()
	}()
}
