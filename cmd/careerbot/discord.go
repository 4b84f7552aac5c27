package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/careerbot/careerbot/adapters/discord"
)

// runDiscord holds the Discord helpers; today one: register, which creates
// or updates the slash commands (idempotent bulk overwrite).
func runDiscord(ctx context.Context, args []string, io stdio) int {
	const usage = "usage: careerbot discord register [--guild ID]"
	if len(args) == 0 || args[0] != "register" {
		fmt.Fprintln(io.err, usage)
		return 2
	}
	fs := flag.NewFlagSet("discord register", flag.ContinueOnError)
	fs.SetOutput(io.err)
	guild := fs.String("guild", "", "register in this guild only (shows at once) instead of globally")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(io.err, usage)
		return 2
	}
	token, appID := os.Getenv("DISCORD_BOT_TOKEN"), os.Getenv("DISCORD_APP_ID")
	if token == "" || appID == "" {
		fmt.Fprintln(io.err, "careerbot discord register: set DISCORD_BOT_TOKEN and DISCORD_APP_ID")
		return 1
	}
	a, err := discord.New(discord.Config{
		BotToken: token,
		AppID:    appID,
	}, nil)
	if err != nil {
		fmt.Fprintf(io.err, "careerbot discord register: %v\n", err)
		return 1
	}
	if err := a.RegisterCommands(ctx, *guild); err != nil {
		fmt.Fprintf(io.err, "careerbot discord register: %v\n", err)
		return 1
	}
	where := "globally (may take up to an hour to appear)"
	if *guild != "" {
		where = "in guild " + *guild
	}
	fmt.Fprintf(io.out, "registered %d commands %s\n", len(discord.Commands()), where)
	return 0
}
