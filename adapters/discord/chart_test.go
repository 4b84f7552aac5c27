package discord_test

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"net"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/careerbot/careerbot/adapters/discord"
	"github.com/careerbot/careerbot/chart"
)

// checkChartEdit checks an edit that attaches the pay chart: one PNG file
// of the chat size, named as the last embed's image says.
func checkChartEdit(t *testing.T, c call, wantText string) {
	t.Helper()
	payload, files := c.message(t)
	if len(files) != 1 {
		t.Fatalf("%s %s: %d files; want the chart", c.Method, c.Path, len(files))
	}
	f := files[0]
	if f.Name != chart.Filename || f.ContentType != "image/png" {
		t.Errorf("file %q (%s); want %q (image/png)", f.Name, f.ContentType, chart.Filename)
	}
	img, err := png.Decode(bytes.NewReader(f.Data))
	if err != nil {
		t.Fatalf("attachment is not a PNG: %v", err)
	}
	if b := img.Bounds(); b.Dx() != chart.Width || b.Dy() != chart.Height {
		t.Errorf("chart %dx%d; want %dx%d", b.Dx(), b.Dy(), chart.Width, chart.Height)
	}
	embeds, _ := payload["embeds"].([]any)
	if len(embeds) == 0 {
		t.Fatalf("edit has no embeds: %s", c.Body)
	}
	checkMessage(t, "chart edit", payload)
	last, _ := embeds[len(embeds)-1].(map[string]any)
	image, _ := last["image"].(map[string]any)
	if image["url"] != "attachment://"+chart.Filename {
		t.Errorf("last embed image = %v; want attachment://%s", last["image"], chart.Filename)
	}
	// The edit keeps the answer: the embeds are those already sent.
	if !strings.Contains(fmt.Sprint(embeds), wantText) {
		t.Errorf("edited embeds lack %q: %v", wantText, embeds)
	}
}

func TestChartOnInteractionsEndpoint(t *testing.T) {
	t.Parallel()
	e := startEndpoint(t, seedBot(t), true)
	const id = "940000000000000001"
	resp := e.ask(t, interaction(id, 2, "compare", "first", "registered nurse", "second", "electrician"))
	data, _ := resp["data"].(map[string]any)
	checkMessage(t, "interaction response", data)
	if body := fmt.Sprint(data); !strings.Contains(body, "$93,600") || strings.Contains(body, "attachment://") {
		t.Errorf("response %v; want the text answer without the chart", data)
	}
	// The chart follows, attached to the response by editing it.
	edit := e.fake.waitCalls(t, "the chart edit", 1, originalOf(id))[0]
	checkChartEdit(t, edit, "$93,600")
}

// TestChartAfterDeferredResponse holds the answer past the defer time: the
// deferred response (type 5) goes out, the answer replaces it, and only then
// is the chart attached to the same message, keeping the answer's text.
func TestChartAfterDeferredResponse(t *testing.T) {
	t.Parallel()
	h := held{Answerer: seedBot(t), asked: make(chan string, 1), release: make(chan struct{})}
	e := startEndpointWith(t, h, func(_ *discord.Config, a *discord.Adapter) {
		if a != nil {
			discord.SetDeferAfter(a, 20*time.Millisecond)
		}
	})
	go func() {
		<-h.asked
		time.Sleep(100 * time.Millisecond) // well past the defer time
		close(h.release)
	}()
	const id = "940000000000000009"
	resp := e.ask(t, interaction(id, 2, "salary", "career", "registered nurse"))
	if resp["type"] != float64(5) {
		t.Fatalf("response = %v; want type 5 (deferred)", resp)
	}
	edits := e.fake.waitCalls(t, "the answer, then the chart", 2, originalOf(id))
	if _, files := edits[0].message(t); len(files) != 0 || !strings.Contains(string(edits[0].Body), "$93,600") {
		t.Errorf("first edit of the deferred response carries %d files, body %s; want the answer's text alone", len(files), edits[0].Body)
	}
	checkChartEdit(t, edits[1], "$93,600")
}

func TestChartOverGateway(t *testing.T) {
	t.Parallel()
	g := startGateway(t, seedBot(t), nil)

	t.Run("slash command", func(t *testing.T) {
		const id = "840000000000000077"
		g.conn.dispatch("INTERACTION_CREATE", interaction(id, 2, "salary", "career", "registered nurse"))
		edit := g.fake.waitCalls(t, "the chart edit", 1, originalOf(id))[0]
		checkChartEdit(t, edit, "$93,600")
		// The text went out first.
		calls := g.fake.callsMatching(func(c call) bool { return callbackFor(id)(c) || originalOf(id)(c) })
		if len(calls) != 2 || !callbackFor(id)(calls[0]) {
			t.Errorf("calls %v; want the response, then the edit", calls)
		}
	})

	t.Run("message", func(t *testing.T) {
		const channel = "680000000000000001"
		g.conn.dispatch("MESSAGE_CREATE", messageCreate("780000000000000001", channel, "", userID, false, "compare registered nurse vs electrician vs plumber"))
		edit := g.fake.waitCalls(t, "the chart edit", 1, editIn(channel))[0]
		sent := g.fake.callsMatching(inChannel(channel))
		if len(sent) != 1 {
			t.Fatalf("%d messages; want 1", len(sent))
		}
		if _, files := sent[0].message(t); len(files) != 0 {
			t.Errorf("the answer's message carries %d files; want the chart only in the edit that follows", len(files))
		}
		checkChartEdit(t, edit, "Registered Nurses")
	})

	t.Run("no chart without pay", func(t *testing.T) {
		const channel = "680000000000000002"
		g.conn.dispatch("MESSAGE_CREATE", messageCreate("780000000000000002", channel, "", userID, false, "top skills for a lead technician"))
		g.fake.waitCalls(t, "the reply", 1, inChannel(channel))
		// Pay questions asked after it are charted; by then this one's
		// chart would have been.
		g.conn.dispatch("MESSAGE_CREATE", messageCreate("780000000000000003", "680000000000000003", "", userID, false, "RN salary"))
		g.fake.waitCalls(t, "the sentinel's chart", 1, editIn("680000000000000003"))
		if got := g.fake.callsMatching(editIn(channel)); len(got) != 0 {
			t.Errorf("%d edits of a skills answer; want none", len(got))
		}
	})

	t.Run("attachments refused", func(t *testing.T) {
		const channel = "no-attachments"
		g.conn.dispatch("MESSAGE_CREATE", messageCreate("780000000000000004", channel, "", userID, false, "RN salary"))
		g.fake.waitCalls(t, "the refused chart edit", 1, editIn(channel))
		eventually(t, "a warning about the chart", func() bool { return strings.Contains(g.logs.String(), "attach chart to message") })
		// The answer stands as sent: no plain-text resend.
		if got := g.fake.callsMatching(inChannel(channel)); len(got) != 1 {
			t.Errorf("%d messages; want the one answer", len(got))
		}
	})
}

func originalOf(id string) func(call) bool {
	return func(c call) bool {
		return c.Method == "PATCH" && c.Path == "/api/v9/webhooks/"+testAppID+"/itoken-"+id+"/messages/@original"
	}
}

func editIn(channel string) func(call) bool {
	return func(c call) bool {
		return c.Method == "PATCH" && strings.HasPrefix(c.Path, "/api/v9/channels/"+channel+"/messages/")
	}
}

// TestChartsPause answers on the interactions endpoint while Discord's API
// cannot be reached (as in a load test with no route to discord.com): its
// host does not resolve, or it hangs up on every connection. The first
// chart's failure pauses charts with one warning; the answers after it try
// no chart, leave it out before they are sent, and log nothing more, and
// every answer is whole. A host that
// does not resolve costs no chart at all.
func TestChartsPause(t *testing.T) {
	tests := []struct {
		name       string
		resolves   bool
		wantTries  int32 // connections to the API
		wantLookup int32
		wantLog    string
	}{
		{"host does not resolve", false, 0, 1, "look up"},
		{"connections refused", true, 1, 1, "charts paused"},
	}
	for k, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { ln.Close() })
			var tries, lookups atomic.Int32
			go func() {
				for {
					c, err := ln.Accept()
					if err != nil {
						return
					}
					tries.Add(1)
					c.Close()
				}
			}()
			var logs interface{ String() string }
			// Registered first, so it runs last: after the endpoint has
			// stopped and the work it did after each reply is over.
			t.Cleanup(func() {
				if n := tries.Load(); n != tt.wantTries {
					t.Errorf("the API was tried %d times; want %d", n, tt.wantTries)
				}
				if n := lookups.Load(); n != tt.wantLookup {
					t.Errorf("%d look-ups of its host; want %d, then a pause", n, tt.wantLookup)
				}
				out := logs.String()
				if strings.Count(out, "charts paused") != 1 || !strings.Contains(out, tt.wantLog) {
					t.Errorf("want one pause warning with %q:\n%s", tt.wantLog, out)
				}
				if strings.Contains(out, "attach chart to interaction response") {
					t.Errorf("a chart was tried during the pause:\n%s", out)
				}
			})
			var adapter *discord.Adapter
			e := startEndpointWith(t, seedBot(t), func(c *discord.Config, a *discord.Adapter) {
				c.APIBase = "http://" + ln.Addr().String()
				if a != nil {
					adapter = a
					discord.SetLookupHost(a, func(ctx context.Context, host string) ([]string, error) {
						lookups.Add(1)
						if tt.resolves {
							return net.DefaultResolver.LookupHost(ctx, host) // an IP address: no query
						}
						return nil, &net.DNSError{Err: "no such host", Name: "discord.com", IsNotFound: true}
					})
				}
			})
			logs = e.logs
			for i := range 3 {
				resp := e.ask(t, interaction(fmt.Sprintf("94000000000000%d0%d", k, i), 2, "compare", "first", "registered nurse", "second", "electrician"))
				if body := fmt.Sprint(resp["data"]); !strings.Contains(body, "$93,600") {
					t.Fatalf("answer %d = %s; want the text answer", i, body)
				}
				if i > 0 {
					// Left out before the response: no task is handed
					// on for a chart the pause would drop.
					if n := discord.ChartsSkipped(adapter); n != i {
						t.Errorf("after answer %d, %d charts skipped by the pause; want %d", i, n, i)
					}
					continue
				}
				for deadline := time.Now().Add(waitTimeout); !strings.Contains(logs.String(), "charts paused"); time.Sleep(5 * time.Millisecond) {
					if time.Now().After(deadline) {
						t.Fatalf("no pause after the first chart failed:\n%s", logs.String())
					}
				}
			}
		})
	}
}
