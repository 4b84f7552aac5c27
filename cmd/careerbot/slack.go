package main

import (
	"context"
	"fmt"

	"github.com/careerbot/careerbot/adapters/slack"
)

// runSlack runs the Slack helpers: for now, printing the app manifest.
func runSlack(ctx context.Context, args []string, io stdio) int {
	fs := newFlags("slack manifest", "slack manifest [--socket] [--url https://host] [--name NAME]",
		"Prints the Slack app manifest: create the app from it (Your apps → Create New App → From an app manifest).", io)
	socket := fs.Bool("socket", false, "Socket Mode: careerbot connects out, no public URL needed")
	requestURL := fs.String("url", "", "public base URL of careerbot serve, e.g. https://careerbot.example.com")
	name := fs.String("name", "careerbot", "app and bot user name")
	if len(args) == 0 || args[0] != "manifest" {
		if len(args) > 0 && isHelp(args[0]) {
			fs.SetOutput(io.out)
			fs.Usage()
			return 0
		}
		return usageError(fs, io, "the one Slack helper is manifest")
	}
	if code, ok := parseFlags(fs, args[1:], io); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(fs, io, "manifest takes no arguments")
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
