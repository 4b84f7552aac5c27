package main

import (
	"context"
	"errors"
	"flag"
	"fmt"

	"github.com/careerbot/careerbot/adapters/slack"
)

// runSlack runs the Slack helpers: for now, printing the app manifest.
func runSlack(ctx context.Context, args []string, io stdio) int {
	const usage = "usage: careerbot slack manifest [--socket] [--url https://host] [--name NAME]"
	switch {
	case len(args) > 0 && (args[0] == "help" || args[0] == "-h" || args[0] == "--help"):
		fmt.Fprintln(io.out, usage)
		return 0
	case len(args) == 0 || args[0] != "manifest":
		fmt.Fprintln(io.err, usage)
		return 2
	}
	fs := flag.NewFlagSet("careerbot slack manifest", flag.ContinueOnError)
	fs.SetOutput(io.err)
	socket := fs.Bool("socket", false, "Socket Mode: careerbot connects out, no public URL needed")
	requestURL := fs.String("url", "", "public base URL of careerbot serve, e.g. https://careerbot.example.com")
	name := fs.String("name", "careerbot", "app and bot user name")
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(io.err, usage)
		return 2
	}
	manifest, err := slack.Manifest(slack.ManifestOptions{Name: *name, RequestURL: *requestURL, SocketMode: *socket})
	if err != nil {
		fmt.Fprintf(io.err, "careerbot: %v\n", err)
		return 2
	}
	if _, err := io.out.Write(manifest); err != nil {
		fmt.Fprintf(io.err, "careerbot slack manifest: %v\n", err)
		return 1
	}
	return 0
}
