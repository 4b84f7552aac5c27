package knowledge

import (
	"context"
	"slices"
	"strings"
	"testing"
	"unsafe"
)

// TestCareerNamesTogether: rerank reads a career's names as one run of the
// name index, from its first name on, the names found only whole last (it
// reads the first nameCount).
func TestCareerNamesTogether(t *testing.T) {
	b, err := LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	ix := b.index
	ci := ix.careerIndex()
	total, whole := 0, 0
	for c, career := range ci.careers {
		first, n := ci.firstName[c], ci.names[c]
		total += int(n)
		for i := first; i < first+n; i++ {
			if ix.careerOf(&ix.names[i]) != career {
				t.Fatalf("name %d in %s's run belongs to %s", i, career.Name, ix.careerOf(&ix.names[i]).Name)
			}
			if searched := i < first+int32(ci.nameCount[c]); searched == ix.names[i].wholeOnly() {
				t.Fatalf("%s's name %q is found only whole: %v; read by rerank: %v", career.Name, ix.text(&ix.names[i]), !searched, searched)
			}
			if ix.names[i].wholeOnly() {
				whole++
			}
		}
	}
	if whole < 1000 {
		t.Errorf("%d names found only whole; want the bundle's rarer titles", whole)
	}
	if total != len(ix.names) {
		t.Errorf("runs hold %d names; the index %d", total, len(ix.names))
	}
}

// TestDeleteIndex: every deletion of every fuzzy-sized name word finds the
// word, and a string that is no word's deletion finds none that are.
func TestDeleteIndex(t *testing.T) {
	b, err := LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	words := &b.index.vocab
	d := buildDeleteIndex(words)
	checked := 0
	for id := range int32(words.len()) {
		w := words.str(id)
		if len(w) < 4 || len(w) > maxFuzzyWord {
			continue
		}
		for _, del := range deletions(w) {
			checked++
			if got := d.find(del, words, nil); !slices.Contains(got, id) {
				t.Fatalf("find(%q) = %v lacks %q", del, got, w)
			}
		}
	}
	for _, id := range d.find("qqqqzzzz", words, nil) {
		t.Errorf("find(qqqqzzzz) gives %q", words.str(id))
	}
	t.Logf("%d deletions of %d words found", checked, words.len())
}

// TestIndexedNameSize: the embedded knowledge has some fifty thousand
// names, each an indexedName.
func TestIndexedNameSize(t *testing.T) {
	if n := unsafe.Sizeof(indexedName{}); n != 16 {
		t.Errorf("indexedName is %d bytes; want 16", n)
	}
}

// TestIsDeletion checks the test that tells a word's deletion from a
// string that only shares its hash.
func TestIsDeletion(t *testing.T) {
	for _, tt := range []struct {
		s, w string
		want bool
	}{
		{"electrican", "electrician", true},
		{"lectrician", "electrician", true},
		{"electricia", "electrician", true},
		{"electrician", "electrician", false},
		{"electricain", "electrician", false},
		{"", "a", true},
		{"b", "a", false},
	} {
		if got := isDeletion(tt.s, tt.w); got != tt.want {
			t.Errorf("isDeletion(%q, %q) = %v; want %v", tt.s, tt.w, got, tt.want)
		}
	}
}

// TestExceptedWords: every name with "Except …" leaves out of its searched
// words those it holds only in what it excepts, and only those.
func TestExceptedWords(t *testing.T) {
	b, err := LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	ix := b.index
	ci := ix.careerIndex()
	names := 0
	for n := range ix.names {
		nm := &ix.names[n]
		text := ix.text(nm)
		before, after, found := strings.Cut(text, ", Except ")
		if !found {
			if len(ci.excepted[int32(n)]) > 0 {
				t.Errorf("%q excepts words with no Except", text)
			}
			continue
		}
		names++
		var got []string
		for _, id := range ci.excepted[int32(n)] {
			got = append(got, ix.word(id))
		}
		var want []string
		for _, w := range Tokens(strings.TrimSuffix(after, ", All Other")) {
			if !slices.Contains(Tokens(before), w) && !slices.Contains(want, w) {
				want = append(want, w)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q excepts %q; want %q", text, got, want)
		}
		// A word no other name of the career holds is none of its words.
		c := nm.career
		for _, id := range ci.excepted[int32(n)] {
			other := false
			for o := ci.firstName[c]; o < ci.firstName[c]+int32(ci.nameCount[c]); o++ {
				other = other || o != int32(n) && containsID(ix.nameWords(&ix.names[o]), id)
			}
			if _, ok := ci.posting(id, c); ok != other {
				t.Errorf("%q: %q searched: %v; held by another name: %v", text, ix.word(id), ok, other)
			}
		}
	}
	if names < 30 {
		t.Fatalf("only %d names with Except", names)
	}
}

// TestOneWordByTitle: a word asked alone goes first to the career whose
// official title holds it, before one that only lists it among its
// other names (Commercial Pilots list "Air Ambulance Pilot").
func TestOneWordByTitle(t *testing.T) {
	b, err := LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for word, want := range map[string]string{
		"ambulance": "Ambulance Drivers and Attendants, Except Emergency Medical Technicians",
		"roof":      "Roofers", // another form in the title ("Roofers"), before "Roof Bolters, Mining"
	} {
		if got := b.Search(word, 2); len(got) == 0 || got[0].Name != want {
			t.Errorf("Search(%q) = %v; want %s first", word, got, want)
		}
	}
}
