package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/careerbot/careerbot/bot"
	"github.com/careerbot/careerbot/chart"
)

// runAsk answers one question and exits: careerbot ask "question".
func runAsk(ctx context.Context, args []string, io stdio) int {
	fs := flag.NewFlagSet("ask", flag.ContinueOnError)
	fs.SetOutput(io.err)
	db := dbFlag(fs)
	chartFile := fs.String("chart", "", "write the answer's pay chart to this PNG `file`, when it has one")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	q := strings.Join(fs.Args(), " ")
	if strings.TrimSpace(q) == "" {
		fmt.Fprintln(io.err, `usage: careerbot ask [--chart FILE.png] "compare lead technician vs senior support technician"`)
		return 2
	}
	kb, err := openBase(ctx, *db)
	if err != nil {
		fmt.Fprintf(io.err, "careerbot: %v\n", err)
		return 1
	}
	a := bot.New(kb).Answer(ctx, bot.Request{Text: q, Platform: "terminal"})
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
		a := b.Answer(ctx, bot.Request{Text: line, Platform: "terminal"})
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
