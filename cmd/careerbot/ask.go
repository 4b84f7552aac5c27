package main

import (
	"bufio"
	"context"
	"fmt"
	"log/slog"
	"os"
	"strings"

	"github.com/careerbot/careerbot/adapters/guard"
	"github.com/careerbot/careerbot/bot"
	"github.com/careerbot/careerbot/chart"
)

// runAsk answers one question and exits: careerbot ask "question".
func runAsk(ctx context.Context, args []string, io stdio) int {
	fs := newFlags("ask", `ask [--db FILE] [--chart FILE.png] "QUESTION"`,
		`Answers one question and exits, e.g. careerbot ask "compare lead technician vs senior support technician".`, io)
	db := dbFlag(fs)
	chartFile := fs.String("chart", "", "write the answer's pay chart to this PNG `file`, when it has one")
	if code, ok := parseFlags(fs, args, io); !ok {
		return code
	}
	q := strings.Join(fs.Args(), " ")
	if strings.TrimSpace(q) == "" {
		return usageError(fs, io, "ask what?")
	}
	kb, err := openBase(ctx, *db)
	if err != nil {
		fmt.Fprintf(io.err, "careerbot: %v\n", err)
		return 1
	}
	a := terminalAnswer(ctx, bot.New(kb), q, io)
	fmt.Fprint(io.out, bot.Text(a))
	if *chartFile != "" {
		return writeChart(a.Chart, *chartFile, io)
	}
	return 0
}

// writeChart writes an answer's pay chart as a PNG file. An answer without
// a chart is not a failure: the file is left alone and stderr says why.
func writeChart(c *bot.Chart, path string, io stdio) int {
	if c == nil {
		fmt.Fprintf(io.err, "careerbot: this answer has no pay chart; %s not written\n", path)
		return 0
	}
	data, err := chart.PNG(c)
	if err != nil {
		fmt.Fprintf(io.err, "careerbot: %v\n", err)
		return 1
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		fmt.Fprintf(io.err, "careerbot: write chart: %v\n", err)
		return 1
	}
	fmt.Fprintf(io.err, "careerbot: pay chart written to %s\n", path)
	return 0
}

// terminalAnswer answers one question typed in the terminal; a bug that
// panics prints the apology and logs the stack on standard error.
func terminalAnswer(ctx context.Context, b *bot.Bot, q string, io stdio) bot.Answer {
	log := slog.New(guard.NewHandler(slog.NewTextHandler(io.err, nil)))
	return guard.Answer(log, "terminal", func() bot.Answer {
		return b.Answer(ctx, bot.Request{Text: q, Platform: "terminal", Conversation: "terminal"})
	})
}

// runChat answers questions line by line until "quit" or end of input. It
// works the same whether stdin is a terminal or a pipe.
func runChat(ctx context.Context, args []string, io stdio) int {
	fs := newFlags("chat", "chat [--db FILE]", "Chats in the terminal: one question a line, \"quit\" to leave.", io)
	db := dbFlag(fs)
	if code, ok := parseFlags(fs, args, io); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(fs, io, "chat takes no arguments; type the questions at the prompt")
	}
	kb, err := openBase(ctx, *db)
	if err != nil {
		fmt.Fprintf(io.err, "careerbot: %v\n", err)
		return 1
	}
	// One conversation: follow-ups ("and hourly?", "2") refer to the last answer.
	b := bot.New(kb).WithConversations(bot.NewMemoryConversations(bot.DefaultConversationTTL, 1))
	fmt.Fprintln(io.out, `careerbot: ask about careers ("help" for examples, "quit" to leave).`)
	in := bufio.NewScanner(io.in)
	in.Buffer(make([]byte, 64*1024), 1<<20)
	for {
		fmt.Fprint(io.out, "> ")
		if !in.Scan() {
			fmt.Fprintln(io.out)
			break
		}
		line := strings.TrimSpace(in.Text())
		switch strings.ToLower(line) {
		case "":
			continue
		case "quit", "exit", "bye", "q":
			return 0
		}
		a := terminalAnswer(ctx, b, line, io)
		fmt.Fprintln(io.out, bot.Text(a))
		if c := bot.TextChart(a.Chart); c != "" {
			fmt.Fprintln(io.out, c)
		}
		if ctx.Err() != nil {
			break
		}
	}
	if err := in.Err(); err != nil {
		fmt.Fprintf(io.err, "careerbot: read input: %v\n", err)
		return 1
	}
	return 0
}
