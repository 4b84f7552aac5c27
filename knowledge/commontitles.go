package knowledge

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

// common_titles.tsv holds job titles as people write them that O*NET
// gives to several occupations, or to none, each with the occupation that
// BLS classifies most of their holders under: a "server" waits tables,
// though more people are fast-food workers, whose alternate titles also
// say "Server"; a "lineman" installs power lines, though electricians are
// more. The exact names O*NET gives a single occupation need no entry and
// take none (TestCommonTitles), but for the few that most people use of
// another occupation ("PT": physical therapists, not psychiatric
// technicians), whose third column says why.
//
//go:embed common_titles.tsv
var commonTitlesTSV string

// commonTitle is one line of common_titles.tsv.
type commonTitle struct {
	title string // as written
	key   string // the career's key
}

// commonTitles indexes common_titles.tsv by the normalised title, and
// keeps the first words of the titles so that most names are turned away
// without joining their words.
var commonTitles = sync.OnceValue(func() (t struct {
	byName map[string]commonTitle
	first  map[string]bool
	words  map[string]bool
}) {
	t.byName, t.first, t.words = map[string]commonTitle{}, map[string]bool{}, map[string]bool{}
	for line := range strings.SplitSeq(commonTitlesTSV, "\n") {
		title, code, ok := strings.Cut(strings.TrimSpace(line), "\t")
		if !ok || strings.HasPrefix(title, "#") {
			continue
		}
		code, _, _ = strings.Cut(code, "\t") // a third column says why O*NET is overruled
		toks := Tokens(title)
		if len(toks) == 0 {
			continue
		}
		t.byName[strings.Join(toks, " ")] = commonTitle{title: title, key: "onet:" + strings.TrimSpace(code)}
		t.first[toks[0]] = true
		for _, w := range toks {
			t.words[w] = true
		}
	}
	return t
})

// CommonTitleWord reports whether a normalised word is a word of a common
// title ("ios" of "iOS engineer"), to be read as written.
func CommonTitleWord(w string) bool { return commonTitles().words[w] }

// commonCareer returns the career common_titles.tsv gives words (already
// normalised), if the base holds it.
func (b *Base) commonCareer(words []string) (*Career, string, bool) {
	t := commonTitles()
	if len(words) == 0 || !t.first[words[0]] {
		return nil, "", false
	}
	ct, ok := t.byName[strings.Join(words, " ")]
	if !ok {
		return nil, "", false
	}
	c, ok := b.byKey[ct.key]
	return c, ct.title, ok
}

// preferCommon puts first among out, the careers whose names are words,
// the one common_titles.tsv gives them, adding it when no name of it is
// words.
func (b *Base) preferCommon(words []string, out []Match) []Match {
	c, title, ok := b.commonCareer(words)
	if !ok {
		return out
	}
	i := slices.IndexFunc(out, func(m Match) bool { return m.Career == c })
	if len(out) > 0 && out[0].Score >= 1 && (i < 0 || out[0].Score > out[i].Score) {
		return out // a career's own title means that career ("Assistant Manager" of a comparison page)
	}
	if i < 0 {
		return slices.Insert(out, 0, Match{Career: c, Name: title, Score: 0.98, pos: 1})
	}
	m := out[i]
	copy(out[1:i+1], out[:i])
	out[0] = m
	return out
}

// IsCommonTitle reports whether words (normalised) are a title of
// common_titles.tsv, which says which career they mean.
func (b *Base) IsCommonTitle(words []string) bool {
	_, _, ok := b.commonCareer(words)
	return ok
}
