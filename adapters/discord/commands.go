package discord

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/careerbot/careerbot/bot"
)

// command is one slash command: how Discord shows it and the question it
// puts to the router. Structured commands go through the same router as
// free text, so they answer exactly what the typed question would.
type command struct {
	name        string
	description string
	options     []option
	question    func(opt func(name string) string) string
}

// option is one string option of a command; career options autocomplete
// from the knowledge base.
type option struct {
	name        string
	description string
	required    bool
	career      bool
}

var commandTable = []command{
	{
		name:        "career",
		description: "Ask a career question: salaries, skills, education, comparisons",
		options:     []option{{name: "question", description: "e.g. compare lead technician vs senior support technician", required: true}},
		question:    func(opt func(string) string) string { return opt("question") },
	},
	{
		name:        "compare",
		description: "Compare two or three careers side by side",
		options: []option{
			{name: "first", description: "First career", required: true, career: true},
			{name: "second", description: "Second career", required: true, career: true},
			{name: "third", description: "Third career (optional)", career: true},
		},
		question: func(opt func(string) string) string {
			var names []string
			for _, o := range []string{"first", "second", "third"} {
				if v := opt(o); v != "" {
					names = append(names, v)
				}
			}
			return "compare " + strings.Join(names, " vs ")
		},
	},
	{
		name:        "salary",
		description: "What a career pays",
		options:     []option{{name: "career", description: "The career", required: true, career: true}},
		question:    func(opt func(string) string) string { return "salary of " + opt("career") },
	},
	{
		name:        "skills",
		description: "The top skills for a career",
		options:     []option{{name: "career", description: "The career", required: true, career: true}},
		question:    func(opt func(string) string) string { return "top skills for " + opt("career") },
	},
}

// Commands returns the application commands careerbot registers, built from
// the command table.
func Commands() []*discordgo.ApplicationCommand {
	contexts := []discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM}
	out := make([]*discordgo.ApplicationCommand, 0, len(commandTable))
	for _, c := range commandTable {
		ac := &discordgo.ApplicationCommand{
			Type:        discordgo.ChatApplicationCommand,
			Name:        c.name,
			Description: c.description,
			Contexts:    &contexts,
		}
		for _, o := range c.options {
			// How long a question may be is the bot's to say; Discord
			// allows up to 6,000.
			max := bot.MaxQuestionLen
			if o.career {
				max = maxChoiceText
			}
			ac.Options = append(ac.Options, &discordgo.ApplicationCommandOption{
				Type:         discordgo.ApplicationCommandOptionString,
				Name:         o.name,
				Description:  o.description,
				Required:     o.required,
				Autocomplete: o.career,
				MaxLength:    max,
			})
		}
		out = append(out, ac)
	}
	return out
}

// commandQuestion turns a slash command into the question the router
// understands; an unknown command asks for help.
func commandQuestion(d discordgo.ApplicationCommandInteractionData) string {
	opt := func(name string) string {
		for _, o := range d.Options {
			if o.Name == name {
				v, _ := o.Value.(string)
				return strings.Join(strings.Fields(v), " ")
			}
		}
		return ""
	}
	for _, c := range commandTable {
		if c.name == d.Name {
			if q := strings.TrimSpace(c.question(opt)); q != "" {
				return q
			}
		}
	}
	return "help"
}

// focusedValue is what the user has typed so far in the option being
// autocompleted.
func focusedValue(opts []*discordgo.ApplicationCommandInteractionDataOption) string {
	for _, o := range opts {
		if o.Focused {
			v, _ := o.Value.(string)
			return v
		}
	}
	return ""
}

// RegisterCommands creates or updates the slash commands in one bulk
// overwrite, so running it again changes nothing: globally when guildID is
// empty (Discord may take up to an hour to show them everywhere), or in one
// guild at once.
func (a *Adapter) RegisterCommands(ctx context.Context, guildID string) error {
	if a.cfg.BotToken == "" || a.cfg.AppID == "" {
		return errors.New("register discord commands: a bot token and an application id are needed")
	}
	cmds, err := a.session.ApplicationCommandBulkOverwrite(a.cfg.AppID, guildID, Commands(), discordgo.WithContext(ctx))
	if err != nil {
		return fmt.Errorf("register discord commands: %w", err)
	}
	a.log.Info("discord commands registered", "count", len(cmds), "guild", guildID)
	return nil
}
