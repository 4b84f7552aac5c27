package discord

import (
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/careerbot/careerbot/bot"
)

// Choices: careers a question may have meant, shown as buttons (up to
// maxChoiceButtons) or one string select under the answer. A click asks
// the choice's question again in the clicker's conversation and the answer
// takes the message's place.
const (
	choicePrefix     = "cb:q:"     // a button's custom_id: the prefix and the question
	choiceSelectID   = "cb:select" // the select's custom_id; its options' values are questions
	maxCustomID      = 100         // characters in a custom_id and in an option's value
	maxButtonLabel   = 80
	maxOptionLabel   = 100
	maxSelectOptions = 25
	maxChoiceButtons = 5
)

// conversationKey names the conversation of one user in one channel (or
// DM), for follow-up questions; "" without a user.
func conversationKey(guild, channel, user string) string {
	if user == "" || channel == "" {
		return ""
	}
	return "discord:" + guild + ":" + channel + ":" + user
}

// interactionUser is who sent an interaction: a member in a guild, a user
// in a DM.
func interactionUser(i *discordgo.Interaction) string {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User.ID
	}
	if i.User != nil {
		return i.User.ID
	}
	return ""
}

// interactionConversation is the conversation an interaction belongs to.
func interactionConversation(i *discordgo.Interaction) string {
	return conversationKey(i.GuildID, i.ChannelID, interactionUser(i))
}

// choiceQuestion is the question a click on c asks: the question about
// the chosen career, or when that is too long for a custom_id its name
// (which asks for its profile). ok is false when neither fits in n
// characters. What comes back is asked like a typed question and trusted
// no further.
func choiceQuestion(c bot.Choice, n int) (string, bool) {
	for _, v := range []string{strings.TrimSpace(c.Question), strings.ToLower(strings.TrimSpace(c.Label))} {
		if v != "" && runes(v) <= n {
			return v, true
		}
	}
	return "", false
}

// choiceComponents lays out choices as one row of buttons or a string
// select. all reports whether every choice is offered, so that the list
// naming them can be left out.
func choiceComponents(choices []bot.Choice) (rows []discordgo.MessageComponent, all bool) {
	all = true
	if len(choices) <= maxChoiceButtons {
		var buttons []discordgo.MessageComponent
		seen := map[string]bool{}
		for _, c := range choices {
			q, ok := choiceQuestion(c, maxCustomID-len(choicePrefix))
			if !ok || seen[q] || strings.TrimSpace(c.Label) == "" { // custom_ids must be unique in a message
				all = false
				continue
			}
			seen[q] = true
			buttons = append(buttons, discordgo.Button{Label: truncate(strings.TrimSpace(c.Label), maxButtonLabel), Style: discordgo.SecondaryButton, CustomID: choicePrefix + q})
		}
		if len(buttons) == 0 {
			return nil, false
		}
		return []discordgo.MessageComponent{discordgo.ActionsRow{Components: buttons}}, all
	}
	var options []discordgo.SelectMenuOption
	seen := map[string]bool{}
	for _, c := range choices {
		q, ok := choiceQuestion(c, maxCustomID)
		if !ok || seen[q] || strings.TrimSpace(c.Label) == "" || len(options) == maxSelectOptions {
			all = false
			continue
		}
		seen[q] = true
		options = append(options, discordgo.SelectMenuOption{Label: truncate(strings.TrimSpace(c.Label), maxOptionLabel), Value: q})
	}
	if len(options) == 0 {
		return nil, false
	}
	one := 1
	sel := discordgo.SelectMenu{MenuType: discordgo.StringSelectMenu, CustomID: choiceSelectID,
		Placeholder: "Choose a career", MinValues: &one, MaxValues: 1, Options: options}
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{sel}}}, all
}

// clickedQuestion is the question a component interaction asks.
func clickedQuestion(d discordgo.MessageComponentInteractionData) (string, bool) {
	var q string
	switch {
	case strings.HasPrefix(d.CustomID, choicePrefix):
		q = strings.TrimPrefix(d.CustomID, choicePrefix)
	case d.CustomID == choiceSelectID && len(d.Values) == 1:
		q = d.Values[0]
	}
	q = strings.Join(strings.Fields(q), " ")
	return q, q != "" && runes(q) <= maxCustomID
}
