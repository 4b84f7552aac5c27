package main

import (
	"context"
	"fmt"
	"os"

	"github.com/careerbot/careerbot/adapters/discord"
)

// runDiscord holds the Discord helpers; today one: register, which creates
// or updates the slash commands (idempotent bulk overwrite).
func runDiscord(ctx context.Context, args []string, io stdio) int {
	fs := newFlags("discord register", "discord register [--guild ID]",
		"Creates or updates the slash commands /career, /compare, /salary and /skills\n(needs DISCORD_BOT_TOKEN and DISCORD_APP_ID).", io)
	guild := fs.String("guild", "", "register in this guild only (shows at once) instead of globally")
	if len(args) == 0 || args[0] != "register" {
		if len(args) > 0 && isHelp(args[0]) {
			fs.SetOutput(io.out)
			fs.Usage()
			return 0
		}
		return usageError(fs, io, "the one Discord helper is register")
	}
	if code, ok := parseFlags(fs, args[1:], io); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(fs, io, "register takes no arguments")
	}
	token, appID := os.Getenv("DISCORD_BOT_TOKEN"), os.Getenv("DISCORD_APP_ID")
	if token == "" || appID == "" {
		fmt.Fprintln(io.err, "careerbot discord register: set DISCORD_BOT_TOKEN and DISCORD_APP_ID")
		return 1
	}
	a, err := discord.New(discord.Config{
		BotToken: token,
		AppID:    appID,
		APIBase:  os.Getenv("DISCORD_API_URL"),
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
