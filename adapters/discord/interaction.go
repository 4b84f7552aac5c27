package discord

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/careerbot/careerbot/adapters/guard"
	"github.com/careerbot/careerbot/bot"
)

// InteractionsPath is where Register serves Discord's interactions; set the
// application's Interactions Endpoint URL to https://<host>/discord/interactions.
const InteractionsPath = "/discord/interactions"

// maxSignatureAge is how far a request's signed timestamp may be from now
// before it is refused as a replay.
const maxSignatureAge = 5 * time.Minute

// maxAutocompleteInput bounds the text autocomplete matches: a career
// option holds at most maxChoiceText characters, and matching a longer
// (hand-crafted) input would only cost time.
const maxAutocompleteInput = maxChoiceText

// followupTimeout bounds the answer and the messages sent after an HTTP
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
// Refusals are counted and logged only as a periodic summary.
func (a *Adapter) serveInteraction(w http.ResponseWriter, r *http.Request) {
	body, release, err := readBody(w, r, a.cfg.MaxBodyBytes)
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			a.rejects.Reject(guard.RejectTooLarge)
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "cannot read body", http.StatusBadRequest)
		return
	}
	if reason := a.verify(r, body); reason != "" {
		release()
		a.rejects.Reject(guard.RejectSignature)
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	i, err := decodeInteraction(body)
	release() // the interaction holds copies of what it needs
	if err != nil {
		a.rejects.Reject(guard.RejectMalformed)
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}
	if i.Type == discordgo.InteractionPing {
		writeJSON(w, &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
		return
	}
	if !answerable(&i) {
		http.Error(w, "unsupported interaction type", http.StatusBadRequest)
		return
	}
	// The response goes back as this request's reply, and the request
	// ends there: Discord (and any client keeping the connection alive)
	// must not wait for follow-ups, edits or the pay chart, which go on in
	// the background once the response is written, outliving the
	// request's context. Run waits for them at shutdown. The answer is
	// worked out on this goroutine (see guard.AckAfter): handing it to
	// another and back cost a tenth of an interaction's time. A late one
	// keeps the goroutine until it is ready, the deferred response already
	// sent whole (Content-Length) and flushed.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), followupTimeout)
	resp, then := a.prepare(ctx, &i, func(deferred *discordgo.InteractionResponse) error {
		writeJSON(w, deferred)
		return http.NewResponseController(w).Flush()
	})
	if resp != nil {
		writeJSON(w, resp)
	}
	if then == nil {
		cancel()
		return
	}
	http.NewResponseController(w).Flush() // follow-ups only once Discord has the response
	a.background.Add(1)
	a.workers.Go(func() {
		defer a.background.Done()
		defer cancel()
		then()
	})
}

// verify checks the request's Ed25519 signature and the freshness of its
// timestamp; it returns why the request is refused, or "".
func (a *Adapter) verify(r *http.Request, body []byte) string {
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
	if !signedBy(a.publicKey, r.Header.Get("X-Signature-Ed25519"), ts, body) {
		return "bad signature"
	}
	return ""
}

// writeJSON writes v as the JSON body of a 200 response, encoded into a
// pooled buffer.
func writeJSON(w http.ResponseWriter, v any) {
	buf := bodyBuffers.Get().(*bytes.Buffer)
	defer func() {
		if buf.Cap() <= maxPooledBody {
			bodyBuffers.Put(buf)
		}
	}()
	buf.Reset()
	if err := json.NewEncoder(buf).Encode(v); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	b := bytes.TrimSuffix(buf.Bytes(), []byte("\n")) // as json.Marshal writes it
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	_, _ = w.Write(b)
}

// onInteraction answers an interaction delivered over the gateway.
func (a *Adapter) onInteraction(s *discordgo.Session, ic *discordgo.InteractionCreate) {
	defer a.recoverEvent("INTERACTION_CREATE")
	if ic.Interaction == nil || !answerable(ic.Interaction) {
		return
	}
	ctx, done, ok := a.beginEvent()
	if !ok {
		return
	}
	defer done()
	a.interact(ctx, ic.Interaction, func(resp *discordgo.InteractionResponse) error {
		return s.InteractionRespond(ic.Interaction, resp, discordgo.WithContext(ctx))
	})
}

// answerable reports whether i is an application command, an
// autocomplete request or a click on a component, the interactions the
// adapter answers.
func answerable(i *discordgo.Interaction) bool {
	switch i.Data.(type) {
	case discordgo.ApplicationCommandInteractionData:
		return i.Type == discordgo.InteractionApplicationCommand || i.Type == discordgo.InteractionApplicationCommandAutocomplete
	case discordgo.MessageComponentInteractionData:
		return i.Type == discordgo.InteractionMessageComponent
	}
	return false // modals, or a payload discordgo could not decode
}

// interact answers an answerable interaction delivered over the gateway;
// respond sends the interaction response over REST.
func (a *Adapter) interact(ctx context.Context, i *discordgo.Interaction, respond func(*discordgo.InteractionResponse) error) {
	resp, then := a.prepare(ctx, i, respond)
	if resp != nil { // else the deferred response went out, and then edits it
		if err := respond(resp); err != nil {
			a.log.Error("discord: interaction response", "command", commandName(i), "type", int(resp.Type), "err", err)
			return
		}
	}
	if then != nil {
		then()
	}
}

// prepare works out the response to an answerable interaction, and what
// must follow once it is sent (nil for nothing). An autocomplete is
// answered at once. A command or a click on a choice is answered "busy",
// ephemerally, when every answer slot is taken; otherwise with the answer
// when it is ready within deferAfter, and if not with a deferred response,
// sent meanwhile by sendDeferred, that the answer then replaces: prepare
// then returns no response. The rest of a long answer follows as
// follow-up messages, and then the pay chart, if any, is attached to the
// first: the text never waits for the picture.
func (a *Adapter) prepare(ctx context.Context, i *discordgo.Interaction, sendDeferred func(*discordgo.InteractionResponse) error) (*discordgo.InteractionResponse, func()) {
	if i.Type == discordgo.InteractionMessageComponent {
		q, ok := clickedQuestion(i.MessageComponentData())
		if !ok {
			// Not ours, or tampered with: acknowledge so Discord shows no error.
			return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}, nil
		}
		// A click updates the message it is on; its follow-ups are as
		// private as that message.
		var flags discordgo.MessageFlags
		if i.Message != nil {
			flags = i.Message.Flags & discordgo.MessageFlagsEphemeral
		}
		return a.prepareAnswer(ctx, i, q, true, flags, sendDeferred)
	}
	data := i.Data.(discordgo.ApplicationCommandInteractionData)
	if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
		return a.autocomplete(ctx, data), nil
	}
	var flags discordgo.MessageFlags
	if a.cfg.Ephemeral {
		flags = discordgo.MessageFlagsEphemeral
	}
	return a.prepareAnswer(ctx, i, commandQuestion(data), false, flags, sendDeferred)
}

// prepareAnswer asks the bot q for interaction i, on this goroutine. The
// answer is a new message (response type 4, deferred 5) for a command,
// and replaces the message clicked (type 7, deferred 6) when update is
// set; flags go on the messages sent.
func (a *Adapter) prepareAnswer(ctx context.Context, i *discordgo.Interaction, q string, update bool, flags discordgo.MessageFlags, sendDeferred func(*discordgo.InteractionResponse) error) (*discordgo.InteractionResponse, func()) {
	release, ok := a.limit.TryAcquire()
	if !ok {
		a.shed()
		return busyResponse(), nil
	}
	conversation := interactionConversation(i)
	var r rendered
	var deferErr error
	late := guard.AckAfter(a.deferAfter, func() {
		deferred := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource, Data: &discordgo.InteractionResponseData{Flags: flags}}
		if update {
			deferred = &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}
		}
		deferErr = sendDeferred(deferred)
	}, func() {
		r = a.answerNow(ctx, q, conversation, release)
	})
	replies, chart := r.answer()
	first := replies[0]
	if late {
		if deferErr != nil {
			a.log.Error("discord: deferred response", "command", commandName(i), "err", deferErr)
			return nil, nil
		}
		return nil, func() {
			content, embeds := first.Content, first.Embeds
			if embeds == nil {
				embeds = []*discordgo.MessageEmbed{}
			}
			edit := &discordgo.WebhookEdit{Content: &content, Embeds: &embeds, AllowedMentions: noMentions()}
			if components := first.Components; update || len(components) > 0 {
				if components == nil {
					components = []discordgo.MessageComponent{} // takes the old buttons away
				}
				edit.Components = &components
			}
			if _, err := a.session.InteractionResponseEdit(i, edit, discordgo.WithContext(ctx)); err != nil {
				a.log.Error("discord: deferred answer", "command", commandName(i), "err", err)
				return
			}
			a.followUp(ctx, i, replies[1:], flags)
			a.attachChartToResponse(ctx, i, first.Embeds, chart)
		}
	}
	data := &discordgo.InteractionResponseData{Content: first.Content, Embeds: first.Embeds, Components: first.Components, AllowedMentions: noMentions(), Flags: flags}
	resp := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: data}
	if update {
		resp.Type = discordgo.InteractionResponseUpdateMessage
		data.Flags = 0 // the message keeps its own
		if data.Embeds == nil {
			data.Embeds = []*discordgo.MessageEmbed{}
		}
		if data.Components == nil {
			data.Components = []discordgo.MessageComponent{} // takes the old buttons away
		}
	}
	if chart != nil && a.chartPause.skip(time.Now()) {
		// Charts are paused: leaving this one out here spares handing
		// the request a task to another goroutine that would only
		// find the pause (under load, a tenth of an interaction's time).
		chart = nil
	}
	if len(replies) == 1 && chart == nil {
		return resp, nil
	}
	return resp, func() {
		a.followUp(ctx, i, replies[1:], flags)
		a.attachChartToResponse(ctx, i, first.Embeds, chart)
	}
}

// rendered is an answer made ready for Discord: its messages, and the pay
// chart attached to the first once they are all sent (nil for none).
type rendered struct {
	replies []reply
	chart   *bot.Chart
}

// answer returns r's messages, at least one, and its chart: an answer
// whose rendering failed is the apology.
func (r rendered) answer() ([]reply, *bot.Chart) {
	if len(r.replies) == 0 {
		return render(guard.Apology), nil
	}
	return r.replies, r.chart
}

// busyResponse answers a slash command that came while every answer slot
// was taken: at once, and only to the asker.
func busyResponse() *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Content:         guard.BusyText,
			AllowedMentions: noMentions(),
			Flags:           discordgo.MessageFlagsEphemeral,
		},
	}
}

// autocomplete offers career names matching what the user has typed, best
// first. When nothing matches it offers the typed text itself, so the user
// can still send it and get the router's suggestions.
func (a *Adapter) autocomplete(ctx context.Context, d discordgo.ApplicationCommandInteractionData) *discordgo.InteractionResponse {
	typed := strings.TrimSpace(focusedValue(d.Options))
	if runes(typed) > maxAutocompleteInput {
		typed = typed[:runeOffset(typed, maxAutocompleteInput)]
	}
	choices := make([]*discordgo.ApplicationCommandOptionChoice, 0, maxChoices)
	for _, name := range a.careerNames(ctx, typed) {
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

// careerNames asks the bot for autocomplete names; a panic offers none.
func (a *Adapter) careerNames(ctx context.Context, typed string) (names []string) {
	defer func() {
		if p := recover(); p != nil {
			a.log.Error("career names panicked", "panic", p, "stack", string(debug.Stack()))
			names = nil
		}
	}()
	return a.ans.CareerNames(ctx, typed, maxChoices)
}

// followUp sends the rest of a long answer after the interaction
// response, each reply a follow-up message with flags.
func (a *Adapter) followUp(ctx context.Context, i *discordgo.Interaction, replies []reply, flags discordgo.MessageFlags) {
	for n, r := range replies {
		f := &discordgo.WebhookParams{Content: r.Content, Embeds: r.Embeds, AllowedMentions: noMentions(), Flags: flags}
		if _, err := a.session.FollowupMessageCreate(i, true, f, discordgo.WithContext(ctx)); err != nil {
			a.log.Error("discord: follow-up message", "command", commandName(i), "err", fmt.Errorf("follow-up %d of %d: %w", n+1, len(replies), err))
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

// answerNow asks the bot and renders its answer; release frees the
// answer slot once the bot has answered. A rendering that panics leaves no
// replies: the apology goes instead.
func (a *Adapter) answerNow(ctx context.Context, q, conversation string, release func()) (r rendered) {
	defer guard.Recover(a.log, "discord answer")
	ans := a.ask(ctx, q, conversation)
	release()
	return rendered{replies: a.renderCached(ans), chart: ans.Chart}
}
