package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
)

// newFlags returns the flag set of one subcommand. Its usage names the
// command line (usage, after "careerbot "), says what it does (about) and
// lists the flags.
func newFlags(name, usage, about string, io stdio) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.err)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: careerbot %s\n\n%s\n", usage, about)
		hasFlags := false
		fs.VisitAll(func(*flag.Flag) { hasFlags = true })
		if hasFlags {
			fmt.Fprintln(w, "\nFlags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parseFlags parses args. When it returns false the command must exit
// with code: 0 after -h or --help (the usage on standard output), 2 after
// a bad flag (the error and the usage on standard error).
func parseFlags(fs *flag.FlagSet, args []string, io stdio) (code int, ok bool) {
	var msg bytes.Buffer
	out := fs.Output()
	fs.SetOutput(&msg)
	err := fs.Parse(args)
	fs.SetOutput(out)
	switch {
	case err == nil:
		return 0, true
	case errors.Is(err, flag.ErrHelp):
		io.out.Write(msg.Bytes())
		return 0, false
	default:
		io.err.Write(msg.Bytes())
		return 2, false
	}
}

// usageError reports a wrong command line: the problem, then the usage,
// on standard error; the exit code is 2.
func usageError(fs *flag.FlagSet, io stdio, problem string) int {
	fmt.Fprintf(io.err, "careerbot %s: %s\n", fs.Name(), problem)
	fs.SetOutput(io.err)
	fs.Usage()
	return 2
}
