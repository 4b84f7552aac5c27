package knowledge_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/knowledge"
	"github.com/careerbot/careerbot/knowledge/knowledgetest"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Lead Technicians", "lead technician"},
		{"lead tech", "lead technician"},
		{"Sr. Support Techs", "senior support technician"},
		{"IT/support technician", "information technology support technician"},
		{"Information Technology/Support Technician", "information technology support technician"},
		{"information technology support technician", "information technology support technician"},
		{"RN", "registered nurse"},
		{"asst mgr", "assistant manager"},
		{"  ", ""},
		{"secretaries", "secretary"},
	}
	for _, tt := range tests {
		if got := knowledge.Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestLookup(t *testing.T) {
	base, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		in, want string
		exact    bool
	}{
		{"lead technicians", "Lead Technician", true},
		{"LEAD TECHNICIAN", "Lead Technician", true},
		{"lead tecnician", "Lead Technician", false},
		{"lead techician", "Lead Technician", false},
		{"sr support tech", "Senior Support Technician", true},
		{"senior suport technician", "Senior Support Technician", false},
		{"IT/support technician", "Information Technology/Support Technician", true},
		{"IT support tech", "Information Technology/Support Technician", true},
		{"information technology support technician", "Information Technology/Support Technician", true},
	}
	for _, tt := range tests {
		ms := base.Lookup(tt.in, 3)
		if len(ms) == 0 {
			t.Errorf("Lookup(%q) found nothing; want %s", tt.in, tt.want)
			continue
		}
		if ms[0].Career.Name != tt.want {
			t.Errorf("Lookup(%q) = %s (%.2f); want %s", tt.in, ms[0].Career.Name, ms[0].Score, tt.want)
		}
		if tt.exact && ms[0].Score != 1 {
			t.Errorf("Lookup(%q) score = %.2f; want 1 (exact after normalising)", tt.in, ms[0].Score)
		}
		if !tt.exact && (ms[0].Score >= 1 || ms[0].Score < 0.5) {
			t.Errorf("Lookup(%q) score = %.2f; want a confident fuzzy match in [0.5, 1)", tt.in, ms[0].Score)
		}
	}
	if ms := base.Lookup("astronaut", 3); len(ms) != 0 && ms[0].Score >= 0.5 {
		t.Errorf("Lookup(astronaut) = %s (%.2f); want no confident match", ms[0].Career.Name, ms[0].Score)
	}
	if ms := base.Complete("lead te", 5); len(ms) == 0 || ms[0].Career.Name != "Lead Technician" {
		t.Errorf("Complete(lead te) = %v; want Lead Technician first", ms)
	}
}

func BenchmarkLookupMisspelled100k(b *testing.B) {
	base := knowledgetest.Synthetic(100_000)
	if n := len(base.Careers()); n != 100_000 {
		b.Fatalf("synthetic base has %d careers", n)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if ms := base.Lookup("senoir netwrok enginer", 5); len(ms) == 0 {
			b.Fatal("no match")
		}
	}
}

func BenchmarkLookupExactSeeds(b *testing.B) {
	base, _ := knowledge.LoadSeeds(context.Background())
	b.ReportAllocs()
	for b.Loop() {
		base.Lookup("sr support tech", 3)
	}
}

func BenchmarkProfile(b *testing.B) {
	s, _ := mustOpenStore(b)
	ctx := context.Background()
	base, err := s.Load(ctx)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		ms := base.Lookup("lead technician", 1)
		c := ms[0].Career
		n := 0
		for _, f := range knowledge.PageFields {
			if _, ok := c.Fact(f.Field); ok {
				n++
			}
		}
		if n == 0 {
			b.Fatal("empty profile")
		}
	}
}

func BenchmarkImportPages(b *testing.B) {
	entries, err := os.ReadDir(filepath.Join("testdata", "corpus", "pages"))
	if err != nil {
		b.Fatal(err)
	}
	var files []knowledge.ImportFile
	for _, e := range entries {
		files = append(files, corpusFile(b, e.Name()))
	}
	s, _ := mustOpenStore(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.Import(context.Background(), files, false); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(files)*b.N)/b.Elapsed().Seconds(), "pages/s")
}

func BenchmarkParsePage(b *testing.B) {
	data, err := os.ReadFile("../seeds/lead-technician-vs-information-technology-support-technician.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := knowledge.ParsePage("seed", data); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzParsePage(f *testing.F) {
	for _, p := range []string{"../seeds/lead-technician-vs-information-technology-support-technician.txt", "../seeds/lead-technician-vs-senior-support-technician.txt",
		"testdata/corpus/pages/097.txt", "testdata/corpus/pages/032.txt", "testdata/corpus/pages/041.txt"} {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("A vs B\n\nAB\nYearly salary$1$2\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := knowledge.ParsePage("fuzz", data)
		if err != nil {
			return
		}
		if p.Sides[0].Name == "" || p.Sides[1].Name == "" {
			t.Errorf("parsed page has an unnamed career: %+v", p.Sides)
		}
		bl := knowledge.NewBuilder()
		bl.AddPages([]*knowledge.Page{p}, false)
		base := bl.Build()
		for _, c := range base.Careers() {
			base.Lookup(c.Name, 3)
		}
	})
}

func FuzzLookup(f *testing.F) {
	base, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"lead tech", "sr suport", "", "ééé", "a b c d e f g"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range base.Lookup(s, 5) {
			if m.Score < 0 || m.Score > 1 || m.Career == nil {
				t.Errorf("Lookup(%q) gave %+v", s, m)
			}
		}
		base.Complete(s, 25)
	})
}

// TestWordCareers counts, over the embedded knowledge, the careers whose
// names hold a word: few for a word that says which career is meant, many
// (up to the limit) for a modifier of every trade.
func TestWordCareers(t *testing.T) {
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word     string
		min, max int
	}{
		{"hvac", 2, 15},
		{"actuarial", 1, 6},
		{"blockchain", 1, 1},
		{"industrial", 16, 16}, // the limit
		{"commercial", 16, 16},
		{"blorfington", 0, 0},
	}
	for _, tt := range tests {
		if n := kb.WordCareers(tt.word, 16); n < tt.min || n > tt.max {
			t.Errorf("WordCareers(%q, 16) = %d; want %d to %d", tt.word, n, tt.min, tt.max)
		}
	}
}

// TestHeadNoun tells the nouns of jobs from the words that modify them,
// over the embedded knowledge: "physical" ends an odd name or two, but
// it is no head noun.
func TestHeadNoun(t *testing.T) {
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for word, want := range map[string]bool{
		"engineer": true, "nurse": true, "salesperson": true, "aide": true, "cook": true,
		"physical": false, "civil": false, "software": false, "sales": false, "dental": false, "blorfington": false,
	} {
		if got := kb.HeadNoun(word); got != want {
			t.Errorf("HeadNoun(%q) = %v; want %v", word, got, want)
		}
	}
}

// TestWorkingWith ranks the careers whose O*NET work is about a subject:
// the ones most about it first, each with the text that says so, and
// nothing for a word too common to tell careers apart.
func TestWorkingWith(t *testing.T) {
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word  string
		first []string // among the first three
	}{
		{"animals", []string{"Animal Caretakers", "Animal Trainers", "Animal Control Workers"}},
		{"children", []string{"Childcare Workers", "Nannies"}},
		{"patients", []string{"Home Health Aides", "Nursing Assistants"}},
	}
	for _, tt := range tests {
		hs, total := kb.WorkingWith(tt.word, 3)
		if len(hs) != 3 || total < 3 {
			t.Fatalf("WorkingWith(%q) = %d of %d; want 3", tt.word, len(hs), total)
		}
		var names []string
		for _, h := range hs {
			names = append(names, h.Career.Name)
			if !strings.Contains(strings.ToLower(h.Item.Name), strings.TrimSuffix(tt.word, "s")) || h.Source == "" {
				t.Errorf("WorkingWith(%q): %s holds it in %q (source %q)", tt.word, h.Career.Name, h.Item.Name, h.Source)
			}
		}
		for _, w := range tt.first {
			if !slices.Contains(names, w) {
				t.Errorf("WorkingWith(%q) first = %v; want %s among them", tt.word, names, w)
			}
		}
	}
	if hs, _ := kb.WorkingWith("perform", 3); len(hs) != 0 {
		t.Errorf("WorkingWith(perform) = %d careers; a word of most texts tells none apart", len(hs))
	}
}

// TestAbbreviationPlurals: an abbreviation's plural reads as its
// expansion, and "its" stays a word.
func TestAbbreviationPlurals(t *testing.T) {
	for in, want := range map[string]string{
		"RNs": "registered nurse", "CPAs salary": "certified public accountant salary", "its": "its", "bus": "bus",
	} {
		if got := knowledge.Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q; want %q", in, got, want)
		}
	}
}

// TestCorrect: a misspelt name word reads as the nearest name word; a word
// of its own, a word the sources hold, or one with several near words
// stays as it is.
func TestCorrect(t *testing.T) {
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"docter", "doctor"},
		{"recepionist", "receptionist"},
		{"lawer", "lawyer"},            // lawyer is a title; layer only a name
		{"radiolgist", "radiologist"},  // a letter dropped
		{"practioner", "practitioner"}, // two letters dropped from a long word
		{"maintanence", "maintenance"}, // two letters changed
		{"phycisian", "physician"},
		{"phlebotmst", "phlebotomist"},
		{"practice", ""}, // a word, not "practices" short of a letter
		{"nurse", ""},    // spelt right
		{"adjusted", ""}, // a form of a word the tasks hold
		{"harder", ""},   // not "herder"
		{"twitch", ""},   // "switch" changes the first letter
		{"streamer", ""}, // "steamer" drops a letter the word has
		{"dollar", ""},
		{"qzxvbnm", ""},
		{"electrition", "electrician"}, // a consonant for one heard alike, and a vowel
		{"blorfman", ""},               // two consonants for unlike ones: no "blockman"
	}
	for _, tt := range tests {
		got, ok := kb.Correct(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("Correct(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

// TestSoundAlike finds a word spelled as it sounds, with the letters
// names write that sound with: the career is the first match.
func TestSoundAlike(t *testing.T) {
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ text, want string }{
		{"flebotomist", "Phlebotomists"},
		{"fotographer", "Photographers"},
		{"fysician assistant", "Physician Assistants"},
		{"elektrician", "Electricians"},
	} {
		ms := kb.Search(tt.text, 3)
		if len(ms) == 0 || ms[0].Career.Name != tt.want {
			t.Errorf("Search(%q) = %v; want %s first", tt.text, ms, tt.want)
		}
	}
}

// TestWordAcronyms: a short title that is a word of English ("CAT") is no
// name, so "cats" asks about no appliance repairer; the career's other
// names still find it.
func TestWordAcronyms(t *testing.T) {
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if ms := kb.Exact(knowledge.Tokens("cats")); len(ms) > 0 {
		t.Errorf("Exact(cats) = %s; want none", ms[0].Career.Name)
	}
	if ms := kb.Exact(knowledge.Tokens("certified appliance technician")); len(ms) == 0 || ms[0].Career.Name != "Home Appliance Repairers" {
		t.Errorf("Exact(certified appliance technician) = %v; want Home Appliance Repairers", ms)
	}
}
