// Command careerbot answers career questions in a terminal, Slack and Discord.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// stdio is what a subcommand reads from and writes to, so tests can run
// subcommands in-process over buffers.
type stdio struct {
	in  io.Reader
	out io.Writer
	err io.Writer
}

// command is one subcommand. run returns the process exit status.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, io stdio) int
}

func commands() []command {
	return []command{
		{"ask", "answer one question: careerbot ask [--chart FILE.png] \"compare lead technician vs senior support technician\"", runAsk},
		{"chat", "interactive chat in the terminal (reads questions line by line)", runChat},
		{"import", "import comparison pages into the database: careerbot import [--db FILE] [--replace] FILE|DIR...", runImport},
		{"serve", "serve Slack and Discord as the environment configures (see careerbot config)", runServe},
		{"config", "list the environment variables serve reads, with defaults and current values, and check them", runConfig},
		{"import-official", "import O*NET and BLS files as published: careerbot import-official [--db FILE] DATASETS_DIR", runImportOfficial},
		{"sources", "list the sources of the knowledge, with their attribution", runSources},
		{"slack", "Slack helpers: careerbot slack manifest [--socket] [--url URL]", runSlack},
		{"discord", "Discord helpers: careerbot discord register [--guild ID]", runDiscord},
		{"bundle-official", "build the embedded official-statistics bundle: careerbot bundle-official DATASETS_DIR OUT_FILE", runBundleOfficial},
		{"version", "print the version, commit and Go version of this binary", runVersion},
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	signals := make(chan os.Signal, 2)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	go func() {
		// The first signal starts a graceful shutdown; a second one means
		// the operator will not wait for it.
		<-signals
		cancel()
		<-signals
		fmt.Fprintln(os.Stderr, "careerbot: second signal; exiting now")
		os.Exit(exitSecondSignal)
	}()
	code := run(ctx, os.Args[1:], stdio{os.Stdin, os.Stdout, os.Stderr})
	cancel()
	os.Exit(code)
}

// exitSecondSignal is the exit status after a second SIGINT or SIGTERM cut
// a graceful shutdown short: 128 + SIGINT, as a shell reports an
// interrupted command.
const exitSecondSignal = 130

func run(ctx context.Context, args []string, io stdio) int {
	if len(args) == 0 || isHelp(args[0]) {
		usage(io.out)
		return 0
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, args[1:], io)
		}
	}
	fmt.Fprintf(io.err, "careerbot: unknown command %q\n\n", args[0])
	usage(io.err)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Usage: careerbot <command> [flags]")
	fmt.Fprintln(w)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-16s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\ncareerbot <command> --help describes one command.")
}

// isHelp reports whether arg asks for help.
func isHelp(arg string) bool {
	return arg == "help" || arg == "-h" || arg == "-help" || arg == "--help"
}
