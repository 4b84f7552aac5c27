// Package bottest holds what tests of the router and of its front ends
// share: the scripted conversations every front end must follow.
package bottest

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// Exchange is one question of a scripted conversation and what its answer
// must be.
type Exchange struct {
	Question string
	Kind     string   // the answer's kind ("compare", "profile", …)
	About    []string // careers it is about, by name, in order; nil: not checked
	Want     []string // text the answer holds
}

// Conversation is a named script of exchanges in one conversation.
type Conversation struct {
	Name      string
	Exchanges []Exchange
}

// ReadConversations reads scripted conversations: one exchange a line,
// "question => kind | career; career | text; text", "## name" starting a
// conversation, "#" comments.
func ReadConversations(path string) ([]Conversation, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Conversation
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(line, "## "):
			out = append(out, Conversation{Name: strings.TrimPrefix(line, "## ")})
			continue
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		}
		q, rest, ok := strings.Cut(line, " => ")
		parts := strings.Split(rest, "|")
		if !ok || len(parts) != 3 || len(out) == 0 {
			return nil, fmt.Errorf("%s:%d: want \"question => kind | careers | text\" after a \"## name\"", path, n)
		}
		out[len(out)-1].Exchanges = append(out[len(out)-1].Exchanges, Exchange{
			Question: q, Kind: strings.TrimSpace(parts[0]), About: list(parts[1]), Want: list(parts[2]),
		})
	}
	return out, sc.Err()
}

func list(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
