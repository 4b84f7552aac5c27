package knowledge_test

import (
	"context"
	"database/sql"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/knowledge"
	seedfiles "github.com/careerbot/careerbot/seeds"
)

// bases imports files into a new database and returns its knowledge read
// both ways: whole (Store.Load, what readers did before issue 11) and on
// demand (Store.Base, what they do now), through a read-only store.
func bases(t *testing.T, files []knowledge.ImportFile, replace bool) (whole, lazy *knowledge.Base, path string) {
	t.Helper()
	ctx := context.Background()
	s, path := mustOpenStore(t)
	if _, err := s.Import(ctx, files, replace); err != nil {
		t.Fatal(err)
	}
	r, err := knowledge.OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	if whole, err = r.Load(ctx); err != nil {
		t.Fatal(err)
	}
	if lazy, err = r.Base(ctx); err != nil {
		t.Fatal(err)
	}
	return whole, lazy, path
}

func keysOf(ms []knowledge.Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Career.Key)
	}
	return out
}

func careerKeys(cs []*knowledge.Career) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Key)
	}
	slices.Sort(out)
	return out
}

// TestDatabaseAnswersAsLoadedWhole: with every corpus page imported, the
// knowledge read on demand holds, for every career, what loading the whole
// database gives: its figures, lists and sources, the careers its names
// find (exactly and by lookup), its comparison partners and the facts about
// each pair, and every ranking and skill list.
func TestDatabaseAnswersAsLoadedWhole(t *testing.T) {
	whole, lazy, _ := bases(t, corpusFiles(t), false)
	if err := lazy.Err(); err != nil {
		t.Fatal(err)
	}
	all := whole.Careers()
	if got := lazy.CareerCount(); got != len(all) {
		t.Errorf("CareerCount() = %d; want %d", got, len(all))
	}
	if got, want := careerKeys(lazy.Careers()), careerKeys(all); !slices.Equal(got, want) {
		t.Errorf("Careers(): %d keys; want %d", len(got), len(want))
	}
	embedded, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if added := len(all) - len(embedded.Careers()); added < 100 {
		t.Errorf("the corpus adds %d careers; want more than 100 (read from the database)", added)
	}
	for _, c := range all {
		lc, ok := lazy.Career(c.Key)
		if !ok {
			t.Errorf("Career(%q) missing", c.Key)
			continue
		}
		if lc.Name != c.Name || !lc.Aliases.Equal(c.Aliases) || !sameSources(lc, c) {
			t.Errorf("Career(%q) = %q %q %q; want %q %q %q", c.Key, lc.Name, lc.Aliases, lc.Sources, c.Name, c.Aliases, c.Sources)
		}
		if !slices.Equal(lc.Facts(), c.Facts()) {
			t.Errorf("Career(%q) facts = %v; want %v", c.Key, lc.Facts(), c.Facts())
		}
		for kind := range c.Lists {
			got, _ := lazy.List(lc, kind)
			want, _ := whole.List(c, kind)
			if got.Source != want.Source || !slices.Equal(got.Items, want.Items) {
				t.Errorf("List(%q, %s) = %v; want %v", c.Key, kind, got, want)
			}
		}
		for _, s := range c.Sources {
			got, ok := lazy.Source(s)
			if want, _ := whole.Source(s); !ok || got != want {
				t.Errorf("Source(%q) = %v, %v; want %v", s, got, ok, want)
			}
		}
		words := knowledge.Tokens(c.Name)
		if got, want := keysOf(lazy.Exact(words)), keysOf(whole.Exact(words)); !slices.Equal(got, want) {
			t.Errorf("Exact(%q) = %q; want %q", c.Name, got, want)
		}
		if got, want := keysOf(lazy.Lookup(c.Name, 5)), keysOf(whole.Lookup(c.Name, 5)); len(got) == 0 || got[0] != want[0] {
			t.Errorf("Lookup(%q) = %q; want %q first", c.Name, got, want)
		}
		if ms := lazy.Lookup(c.Name, 1); len(ms) == 1 && ms[0].Career.Key == c.Key && ms[0].Career != lc {
			t.Errorf("Lookup(%q) gives another *Career than Career(%q)", c.Name, c.Key)
		}
		partners := lazy.Partners(lc)
		if got, want := careerKeys(partners), careerKeys(whole.Partners(c)); !slices.Equal(got, want) {
			t.Errorf("Partners(%q) = %q; want %q", c.Key, got, want)
		}
		for _, p := range whole.Partners(c) {
			lp, _ := lazy.Career(p.Key)
			if got, want := lazy.Pair(lc, lp), whole.Pair(c, p); !slices.Equal(got, want) {
				t.Errorf("Pair(%q, %q) = %v; want %v", c.Key, p.Key, got, want)
			}
		}
	}
	for f := range knowledge.RankedFields {
		got, want := lazy.Ranked(f), whole.Ranked(f)
		if len(got) != len(want) {
			t.Errorf("Ranked(%s): %d careers; want %d", f, len(got), len(want))
			continue
		}
		for i := range want {
			if got[i].Career.Key != want[i].Career.Key || got[i].Value != want[i].Value || got[i].Fact != want[i].Fact {
				t.Errorf("Ranked(%s)[%d] = %s %v; want %s %v", f, i, got[i].Career.Key, got[i].Value, want[i].Career.Key, want[i].Value)
				break
			}
		}
	}
	for _, skill := range []string{"customer service", "patients", "java", "Troubleshoot", "critical thinking", "no such skill"} {
		got, want := lazy.WithSkill(skill), whole.WithSkill(skill)
		if len(got) != len(want) {
			t.Errorf("WithSkill(%q): %d careers; want %d", skill, len(got), len(want))
			continue
		}
		for i := range want {
			if got[i].Career.Key != want[i].Career.Key || got[i].Skill != want[i].Skill || got[i].Rank != want[i].Rank {
				t.Errorf("WithSkill(%q)[%d] = %s %v; want %s %v", skill, i, got[i].Career.Key, got[i].Skill, want[i].Career.Key, want[i].Skill)
				break
			}
		}
	}
	for _, w := range []string{"technician", "machinist", "nurse"} {
		if lazy.Known(w) != whole.Known(w) || lazy.Spelled(w) != whole.Spelled(w) {
			t.Errorf("Known/Spelled(%q) differ from the whole load", w)
		}
	}
	lazyCounts := lazy.SourceCounts()
	for id, n := range whole.SourceCounts() {
		if got := lazyCounts[id]; got != n && strings.HasPrefix(id, "page:") {
			t.Errorf("SourceCounts()[%s] = %d; want %d", id, got, n)
		}
	}
	if lazy.MaxNameWords() != whole.MaxNameWords() {
		t.Errorf("MaxNameWords() = %d; want %d", lazy.MaxNameWords(), whole.MaxNameWords())
	}
	if got, want := careerKeys(lazy.CareersByName(40)), careerKeys(whole.Careers()[:40]); !slices.Equal(got, want) {
		t.Errorf("CareersByName(40) = %q; want %q", got, want)
	}
}

// TestNewDatabaseIsTheEmbeddedKnowledge: a database no page was imported
// into holds nothing beyond the embedded knowledge, and its knowledge is
// exactly the embedded one.
func TestNewDatabaseIsTheEmbeddedKnowledge(t *testing.T) {
	ctx := context.Background()
	_, path := mustOpenStore(t)
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var own, indexed int
	if err := db.QueryRow("SELECT count(*) FROM careers WHERE embedded = 0").Scan(&own); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRow("SELECT count(*) FROM name_keys").Scan(&indexed); err != nil {
		t.Fatal(err)
	}
	if own != 0 || indexed != 0 {
		t.Errorf("new database: %d careers differ from the embedded ones, %d names indexed; want 0 and 0", own, indexed)
	}
	r, err := knowledge.OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	lazy, err := r.Base(ctx)
	if err != nil {
		t.Fatal(err)
	}
	seeds, err := knowledge.LoadSeeds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := careerKeys(lazy.Careers()), careerKeys(seeds.Careers()); !slices.Equal(got, want) {
		t.Errorf("Careers() = %d; want the %d embedded", len(got), len(want))
	}
}

// TestImportChangesAnEmbeddedCareer: a page giving an embedded career
// another figure (imported with --replace) wins over the embedded one, in
// every way the career is reached.
func TestImportChangesAnEmbeddedCareer(t *testing.T) {
	seed, err := knowledge.SeedPages()
	if err != nil {
		t.Fatal(err)
	}
	// A seed page again with its first career earning more.
	name := "lead-technician-vs-senior-support-technician.txt"
	if !slices.ContainsFunc(seed, func(p *knowledge.Page) bool { return p.Name == name }) {
		t.Fatalf("no seed page %s", name)
	}
	data := []byte(strings.ReplaceAll(string(readSeed(t, name)), "$90,615", "$91,234"))
	whole, lazy, _ := bases(t, []knowledge.ImportFile{{Name: name, Data: data}}, true)
	want, ok := whole.Career("lead technician")
	if f, _ := want.Fact(knowledge.FieldYearlySalary); !ok || f.Value != "$91,234" {
		t.Fatalf("whole load: lead technician = %v; want the imported $91,234", want)
	}
	c, ok := lazy.Career("lead technician")
	if !ok || !slices.Equal(c.Facts(), want.Facts()) {
		t.Fatalf("Career(lead technician) = %v; want %v", c, want)
	}
	if ms := lazy.Exact(knowledge.Tokens("lead technician")); len(ms) == 0 || ms[0].Career != c {
		t.Errorf("Exact(lead technician) = %v; want the database's career first", keysOf(ms))
	}
	if ms := lazy.Lookup("lead technicain", 3); len(ms) == 0 || ms[0].Career != c {
		t.Errorf("Lookup(lead technicain) = %v; want the database's career first", keysOf(ms))
	}
	n := 0
	for _, r := range lazy.Ranked(knowledge.FieldYearlySalary) {
		if r.Career.Key == "lead technician" {
			n++
			if r.Fact.Value != "$91,234" {
				t.Errorf("Ranked(yearly salary) holds lead technician at %s; want $91,234", r.Fact.Value)
			}
		}
	}
	if n != 1 {
		t.Errorf("Ranked(yearly salary) holds lead technician %d times; want once", n)
	}
	if got, want := lazy.CareerCount(), len(whole.Careers()); got != want {
		t.Errorf("CareerCount() = %d; want %d", got, want)
	}
}

func readSeed(t *testing.T, name string) []byte {
	t.Helper()
	data, err := fs.ReadFile(seedfiles.Pages, name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestNewerImportIsSeenAfterReload: a reader opened before an import does
// not know its careers; the knowledge opened again (as serve does when
// data_version moves) does.
func TestNewerImportIsSeenAfterReload(t *testing.T) {
	ctx := context.Background()
	s, path := mustOpenStore(t)
	if _, err := s.Import(ctx, []knowledge.ImportFile{corpusFile(t, "002.txt")}, false); err != nil {
		t.Fatal(err)
	}
	r, err := knowledge.OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	before, err := r.Base(ctx)
	if err != nil {
		t.Fatal(err)
	}
	v1, _ := r.DataVersion(ctx)
	const key = "machine shop worker" // corpus page 097
	if _, ok := before.Career(key); ok {
		t.Fatalf("%s known before page 097 is imported", key)
	}
	if _, err := s.Import(ctx, []knowledge.ImportFile{corpusFile(t, "097.txt")}, false); err != nil {
		t.Fatal(err)
	}
	if v2, _ := r.DataVersion(ctx); v2 == v1 {
		t.Errorf("DataVersion did not move with the import")
	}
	after, err := r.Base(ctx)
	if err != nil {
		t.Fatal(err)
	}
	c, ok := after.Career(key)
	if !ok {
		t.Fatalf("%s unknown after page 097 is imported", key)
	}
	if ms := after.Exact(knowledge.Tokens(key)); len(ms) == 0 || ms[0].Career != c {
		t.Errorf("Exact(%s) = %v after the import", key, keysOf(ms))
	}
	if after.CareerCount() != before.CareerCount()+2 {
		t.Errorf("CareerCount() = %d after the import; want %d", after.CareerCount(), before.CareerCount()+2)
	}
}

// TestOldDatabaseIsIndexedByItsNextImport: a database made before the
// index (schema version 2) is an error for readers until an import brings
// it up to date, indexing every career it holds in the migration.
func TestOldDatabaseIsIndexedByItsNextImport(t *testing.T) {
	ctx := context.Background()
	s, path := mustOpenStore(t)
	if _, err := s.Import(ctx, []knowledge.ImportFile{corpusFile(t, "097.txt")}, false); err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"DROP TABLE name_keys", "DROP TABLE name_words", "DROP TABLE words", "DROP TABLE word_deletes",
		"DROP TABLE rank_values", "DROP TABLE skill_keys", "DROP TABLE meta", "DROP INDEX pair_facts_b",
		"DROP INDEX careers_shadows", "DROP INDEX careers_name", "ALTER TABLE careers DROP COLUMN embedded",
		"ALTER TABLE careers DROP COLUMN shadows", "PRAGMA user_version = 2"} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()
	if r, err := knowledge.OpenReadOnly(ctx, path); err == nil {
		r.Close()
		t.Fatal("OpenReadOnly of a version 2 database succeeded; want ErrOldSchema")
	}
	s, err = knowledge.OpenStore(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Import(ctx, []knowledge.ImportFile{corpusFile(t, "002.txt")}, false); err != nil {
		t.Fatal(err)
	}
	s.Close()
	r, err := knowledge.OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	whole, err := r.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	lazy, err := r.Base(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"machine shop worker", "production worker", "lead technician"} {
		c, ok := lazy.Career(key)
		w, _ := whole.Career(key)
		if !ok || w == nil || !slices.Equal(c.Facts(), w.Facts()) {
			t.Errorf("Career(%q) = %v; want %v", key, c, w)
		}
	}
	if got, want := lazy.CareerCount(), len(whole.Careers()); got != want {
		t.Errorf("CareerCount() = %d; want %d", got, want)
	}
}

// sameSources compares the sources of a career read on demand with the
// whole load's. The embedded knowledge reads an occupation's O*NET lists
// (tasks, technology…) on first use, so its sources name them only then:
// they are the one difference allowed.
func sameSources(lazy, whole *knowledge.Career) bool {
	if slices.Equal(lazy.Sources, whole.Sources) {
		return true
	}
	if !lazy.Official() {
		return false
	}
	var rest []string
	for _, s := range whole.Sources {
		if !slices.Contains(lazy.Sources, s) && !strings.HasPrefix(s, "official:onet-") {
			rest = append(rest, s)
		}
	}
	return len(rest) == 0
}

// FuzzDatabaseNames: whatever the text, finding careers by name in a
// database read on demand neither panics nor gives a match without a career
// or with a score outside 0–1.
func FuzzDatabaseNames(f *testing.F) {
	for _, s := range []string{"machine shop worker", "machne shop", "lead technician", "lead tech", "(", "a (b)", "ß", "",
		"production worker vs machine shop worker", strings.Repeat("worker ", 40), "\x00\xff", "wor"} {
		f.Add(s)
	}
	ctx := context.Background()
	s, path := mustOpenStore(f)
	if _, err := s.Import(ctx, []knowledge.ImportFile{corpusFile(f, "097.txt"), corpusFile(f, "002.txt"), corpusFile(f, "015.txt")}, false); err != nil {
		f.Fatal(err)
	}
	r, err := knowledge.OpenReadOnly(ctx, path)
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { r.Close() })
	kb, err := r.Base(ctx)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		check := func(what string, ms []knowledge.Match) {
			for _, m := range ms {
				if m.Career == nil || m.Score < 0 || m.Score > 1 {
					t.Fatalf("%s(%q): match %+v", what, text, m)
				}
			}
		}
		check("Lookup", kb.Lookup(text, 8))
		check("Complete", kb.Complete(text, 8))
		check("Search", kb.Search(text, 8))
		words := knowledge.Tokens(text)
		check("Exact", kb.Exact(words))
		for _, w := range words {
			kb.Known(w)
			kb.Spelled(w)
			kb.KnownText(w)
		}
		kb.WithSkill(text)
		if err := kb.Err(); err != nil {
			t.Fatalf("after %q: %v", text, err)
		}
	})
}
