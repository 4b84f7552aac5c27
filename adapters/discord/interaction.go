package discord

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/careerbot/careerbot/bot"
)

// InteractionsPath is where Register serves Discord's interactions; set the
// application's Interactions Endpoint URL to https://<host>/discord/interactions.
const InteractionsPath = "/discord/interactions"

// maxSignatureAge is how far a request's signed timestamp may be from now
// before it is refused as a replay.
const maxSignatureAge = 5 * time.Minute

// maxInteractionBody bounds what the endpoint reads from one request.
const maxInteractionBody = 1 << 20

// followupTimeout bounds the follow-up messages sent after an HTTP
// interaction response has gone out.
const followupTimeout = 15 * time.Second

// Register installs POST /discord/interactions on mux when a public key is
// configured; otherwise it does nothing.
func (a *Adapter) Register(mux *http.ServeMux) {
	if a.publicKey == nil {
		return
	}
	if a.ans == nil {
		a.log.Error("discord: interactions endpoint not registered: no Answerer")
		return
	}
	mux.HandleFunc("POST "+InteractionsPath, a.serveInteraction)
}

// serveInteraction answers one interaction Discord posts to the endpoint.
// Anything not signed by Discord, or signed too long ago, gets 401: Discord
// probes endpoints with bad signatures and drops those that accept them.
func (a *Adapter) serveInteraction(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxInteractionBody)
	if reason := a.verify(r); reason != "" {
		a.log.Debug("discord interactions: refused", "reason", reason, "remote", r.RemoteAddr)
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "cannot read body", http.StatusBadRequest)
		return
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}
	if i.Type == discordgo.InteractionPing {
		writeJSON(w, &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
		return
	}
	resp, followups, chart := a.respond(r.Context(), &i)
	if resp == nil {
		http.Error(w, "unsupported interaction type", http.StatusBadRequest)
		return
	}
	writeJSON(w, resp)
	if len(followups) > 0 || chart != nil {
		// Follow-ups and edits are only accepted once Discord has the response.
		_ = http.NewResponseController(w).Flush()
		ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), followupTimeout)
		defer cancel()
		a.followUp(ctx, &i, followups)
		a.attachChartToResponse(ctx, &i, resp.Data.Embeds, chart)
	}
}

// verify checks the request's Ed25519 signature and the freshness of its
// timestamp; it returns why the request is refused, or "".
func (a *Adapter) verify(r *http.Request) string {
	ts := r.Header.Get("X-Signature-Timestamp")
	if ts == "" || r.Header.Get("X-Signature-Ed25519") == "" {
		return "missing signature headers"
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return "malformed timestamp"
	}
	if age := time.Since(time.Unix(sec, 0)); age > maxSignatureAge || age < -maxSignatureAge {
		return "stale timestamp"
	}
	if !discordgo.VerifyInteraction(r, a.publicKey) {
		return "bad signature"
	}
	return ""
}

func writeJSON(w http.ResponseWriter, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	_, _ = w.Write(b)
}

// onInteraction answers an interaction delivered over the gateway.
func (a *Adapter) onInteraction(s *discordgo.Session, ic *discordgo.InteractionCreate) {
	defer a.recoverEvent("INTERACTION_CREATE")
	if ic.Interaction == nil {
		return
	}
	ctx, done, ok := a.beginEvent()
	if !ok {
		return
	}
	defer done()
	resp, followups, chart := a.respond(ctx, ic.Interaction)
	if resp == nil {
		return
	}
	if err := s.InteractionRespond(ic.Interaction, resp, discordgo.WithContext(ctx)); err != nil {
		a.log.Error("discord: interaction response", "command", commandName(ic.Interaction), "err", err)
		return
	}
	a.followUp(ctx, ic.Interaction, followups)
	a.attachChartToResponse(ctx, ic.Interaction, resp.Data.Embeds, chart)
}

// respond works out the response to an application command or an
// autocomplete request, plus any follow-up messages a long answer needs and
// the pay chart to attach once they are sent. It returns a nil response for
// other interaction types.
func (a *Adapter) respond(ctx context.Context, i *discordgo.Interaction) (*discordgo.InteractionResponse, []*discordgo.WebhookParams, *bot.Chart) {
	data, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
	if !ok {
		return nil, nil, nil // components, modals, or a payload discordgo could not decode
	}
	switch i.Type {
	case discordgo.InteractionApplicationCommandAutocomplete:
		return a.autocomplete(ctx, data), nil, nil
	case discordgo.InteractionApplicationCommand:
	default:
		return nil, nil, nil
	}
	q := commandQuestion(data)
	ans := a.ans.Answer(ctx, bot.Request{Text: q, Platform: "discord"})
	replies := render(ans)
	var flags discordgo.MessageFlags
	if a.cfg.Ephemeral {
		flags = discordgo.MessageFlagsEphemeral
	}
	first := &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Content:         replies[0].Content,
			Embeds:          replies[0].Embeds,
			AllowedMentions: noMentions(),
			Flags:           flags,
		},
	}
	var followups []*discordgo.WebhookParams
	for _, r := range replies[1:] {
		followups = append(followups, &discordgo.WebhookParams{
			Content:         r.Content,
			Embeds:          r.Embeds,
			AllowedMentions: noMentions(),
			Flags:           flags,
		})
	}
	return first, followups, ans.Chart
}

// autocomplete offers career names matching what the user has typed, best
// first. When nothing matches it offers the typed text itself, so the user
// can still send it and get the router's suggestions.
func (a *Adapter) autocomplete(ctx context.Context, d discordgo.ApplicationCommandInteractionData) *discordgo.InteractionResponse {
	typed := strings.TrimSpace(focusedValue(d.Options))
	choices := make([]*discordgo.ApplicationCommandOptionChoice, 0, maxChoices)
	for _, name := range a.ans.CareerNames(ctx, typed, maxChoices) {
		if len(choices) == maxChoices {
			break
		}
		if name == "" || runes(name) > maxChoiceText {
			continue // the value must be sent back whole; a cut name would not resolve
		}
		choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: name, Value: name})
	}
	if len(choices) == 0 && typed != "" {
		typed = truncate(typed, maxChoiceText)
		choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: typed, Value: typed})
	}
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	}
}

// followUp sends the rest of a long answer after the interaction response.
func (a *Adapter) followUp(ctx context.Context, i *discordgo.Interaction, followups []*discordgo.WebhookParams) {
	for n, f := range followups {
		if _, err := a.session.FollowupMessageCreate(i, true, f, discordgo.WithContext(ctx)); err != nil {
			a.log.Error("discord: follow-up message", "command", commandName(i), "err", fmt.Errorf("follow-up %d of %d: %w", n+1, len(followups), err))
			return
		}
	}
}

func commandName(i *discordgo.Interaction) string {
	if d, ok := i.Data.(discordgo.ApplicationCommandInteractionData); ok {
		return d.Name
	}
	return ""
}
