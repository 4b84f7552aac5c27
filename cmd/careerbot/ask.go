package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"strings"

	"github.com/careerbot/careerbot/bot"
)

// runAsk answers one question and exits: careerbot ask "question".
func runAsk(ctx context.Context, args []string, io stdio) int {
	fs := flag.NewFlagSet("ask", flag.ContinueOnError)
	fs.SetOutput(io.err)
	db := dbFlag(fs)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	q := strings.Join(fs.Args(), " ")
	if strings.TrimSpace(q) == "" {
		fmt.Fprintln(io.err, `usage: careerbot ask "compare lead technician vs senior support technician"`)
		return 2
	}
	kb, err := openBase(ctx, *db)
	if err != nil {
		fmt.Fprintf(io.err, "careerbot: %v\n", err)
		return 1
	}
	a := bot.New(kb).Answer(ctx, bot.Request{Text: q, Platform: "terminal"})
	fmt.Fprint(io.out, bot.Text(a))
	return 0
}

// runChat answers questions line by line until "quit" or end of input. It
// works the same whether stdin is a terminal or a pipe.
func runChat(ctx context.Context, args []string, io stdio) int {
	fs := flag.NewFlagSet("chat", flag.ContinueOnError)
	fs.SetOutput(io.err)
	db := dbFlag(fs)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	kb, err := openBase(ctx, *db)
	if err != nil {
		fmt.Fprintf(io.err, "careerbot: %v\n", err)
		return 1
	}
	b := bot.New(kb)
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
		fmt.Fprintln(io.out, bot.Text(b.Answer(ctx, bot.Request{Text: line, Platform: "terminal"})))
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
