package bot

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/careerbot/careerbot/knowledge"
	"github.com/careerbot/careerbot/knowledge/knowledgetest"
)

func TestLex(t *testing.T) {
	tests := []struct {
		in   string
		want string // tokens as kind:val, space separated
	}{
		{"RN salary?", "w:registered w:nurse w:salary s:?"},
		{"Office Clerks, General", "w:office w:clerk c:, w:general"},
		{"A&P Instructor", "w:a w:p w:instructor"},
		{"nurse & electrician", "w:nurse w:and w:electrician"},
		{"top 10% of nurses", "w:top n:10 w:percent w:of w:nurse"},
		{"does it take long", "w:doe w:it w:take w:long"},
		{"it support tech", "w:information w:technology w:support w:technician"},
		{"IT risk specialist", "w:information w:technology w:risk w:specialist"},
		{"sr. support tech vs. lead tech.", "w:senior w:support w:technician w:vs w:lead w:technician s:."},
		{"worker's comp", "w:worker w:comp"},
		{"a 35yo accountant", "w:a n:35 w:year w:old w:accountant"},               // an age
		{"pay + education", "w:pay w:and w:education"},                            // a free-standing "+" joins
		{"80k+ a year", "n:80000 w:a w:year"},                                     // not after a figure
		{"A/C Specialist", "w:air w:conditioning w:specialist"},                   // initials for words
		{"Mech. Design Engineer", "w:mechanical w:design w:engineer"},             // "Mech." qualifies
		{"diesel mech. what's the pay", "w:diesel w:mechanic w:what w:the w:pay"}, // a mechanic before a question
		{"", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range lex(clean(tt.in)) {
			kind := map[tokKind]string{tokWord: "w", tokNumber: "n", tokComma: "c", tokStop: "s"}[tok.kind]
			got = append(got, kind+":"+tok.val)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("lex(%q) = %s; want %s", tt.in, g, tt.want)
		}
	}
}

// TestParse checks what the parser claims as names and reads as question
// words, layer by layer.
func TestParse(t *testing.T) {
	kb := corpusBase(t)
	tests := []struct {
		in      string
		careers []string // names as typed
		unknown []string
		intent  string
	}{
		{"salary of training and development managers", []string{"training and development managers"}, nil, intentPay},
		{"compare nurse vs electrician", []string{"nurse", "electrician"}, nil, intentCompare},
		{"nurse and electrician salary", []string{"nurse", "electrician"}, nil, intentPay},
		{"salary of a delivery driver, contractor", []string{"delivery driver, contractor"}, nil, intentPay},
		{"collections, customer service vs sales associate/manager", []string{"collections, customer service", "sales associate manager"}, nil, ""},
		{"what does an actuary do", []string{"actuary"}, nil, intentDescribe},
		{"OR tech salary", []string{"OR tech"}, nil, intentPay},
		{"lead tech or IT support tech, which pays more?", []string{"lead tech", "IT support tech"}, nil, intentCompare},
		{"kastrel technician salary", nil, []string{"kastrel technician"}, intentPay},
		{"sofware developer salary", []string{"sofware developer"}, nil, intentPay},
		{"highest paying jobs", nil, nil, intentWhere},
	}
	for _, tt := range tests {
		q := parse(kb, clean(tt.in))
		var got []string
		for _, p := range q.careers {
			got = append(got, p.typed)
		}
		if strings.Join(got, "|") != strings.Join(tt.careers, "|") {
			t.Errorf("parse(%q) careers = %q; want %q", tt.in, got, tt.careers)
		}
		if strings.Join(q.unknown, "|") != strings.Join(tt.unknown, "|") {
			t.Errorf("parse(%q) unknown = %q; want %q", tt.in, q.unknown, tt.unknown)
		}
		if tt.intent != "" && q.signals[tt.intent] == 0 {
			t.Errorf("parse(%q) signals %v; want %s", tt.in, q.signals, tt.intent)
		}
	}
}

// corpusBase is the built-in knowledge plus the corpus pages, whose names
// hold commas and slashes.
func corpusBase(t testing.TB) *knowledge.Base { return knowledgetest.Corpus(t, nil) }

var (
	seedsOnce sync.Once
	seedsKB   *knowledge.Base
	seedsErr  error
)

func seedsBase(t testing.TB) *knowledge.Base {
	t.Helper()
	seedsOnce.Do(func() { seedsKB, seedsErr = knowledge.LoadSeeds(context.Background()) })
	if seedsErr != nil {
		t.Fatal(seedsErr)
	}
	return seedsKB
}

// FuzzLex: any text lexes without panic into tokens that point at their
// own text, in order, within the bound.
func FuzzLex(f *testing.F) {
	for _, s := range []string{"RN salary?", "A&P & top 10%", "it it IT", "sr. vs. v.", "Office Clerks, General", "\xff\xfe", "ß-ÿ’s", "#2 #x ##9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := lex(s)
		if len(toks) > maxTokens+8 { // an abbreviation may expand the last word
			t.Fatalf("lex gave %d tokens", len(toks))
		}
		last := -1
		for _, tok := range toks {
			if tok.pos < last || tok.pos+len(tok.raw) > len(s) || s[tok.pos:tok.pos+len(tok.raw)] != tok.raw {
				t.Fatalf("lex(%q): token %+v does not point at its text", s, tok)
			}
			if tok.kind == tokWord && tok.val == "" {
				t.Fatalf("lex(%q): empty word", s)
			}
			last = tok.pos
		}
	})
}

// FuzzParse: any question parses without panic; every career claimed
// covers tokens marked as claimed, in order, without overlap.
func FuzzParse(f *testing.F) {
	kb := seedsBase(f)
	for _, s := range []string{"salary of training and development managers", "vp of sales of of marketing director of", "ER doctor (emergency room doctor) and amazon warehouse worker", "compare nurse vs kastrel and doctor", "top 5 highest paying healthcare jobs", "what do the top 10% of nurses make", "and and , , vs or", "it",
		"civil and mechanical and or engineers", "frontend vs backend vs developer", "tell me about #2 #", "will ai replace AI it", "lineman vs electrician vs lineman",
		"Rector, Episcopal Parish", "director, marketing, sales salary", "teacher salary in texas for high school", "a (b c) (d) - e, f | g, h", "nurse, (rn), - , |", "salary of Therapist | LMFT | Couples & Families", "| | a | b | c | d | e | f | g |"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := parse(kb, clean(s))
		end := 0
		for _, p := range q.careers {
			if p.start < end || p.after <= p.start || p.after > len(q.toks) {
				t.Fatalf("parse(%q): career %s at %d..%d overlaps or is out of range", s, p.career.Name, p.start, p.after)
			}
			for i := p.start; i < p.after; i++ {
				if !q.claimed[i] {
					t.Fatalf("parse(%q): token %d of %s not claimed", s, i, p.career.Name)
				}
			}
			end = p.after
		}
	})
}

// TestVocabTypo reads a vocabulary word misspelt by one edit as the word.
func TestVocabTypo(t *testing.T) {
	if v, ok := vocabTypo("skils"); !ok || (v != "skill" && v != "skills") {
		t.Errorf(`vocabTypo("skils") = %q, %v; want skill or skills`, v, ok)
	}
}
