package knowledge_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/careerbot/careerbot/knowledge"
)

// seededDB is a database file OpenStore created, made once per test run:
// seeding writes tens of thousands of rows, so tests copy it instead.
var seededDB = sync.OnceValues(func() ([]byte, error) {
	dir, err := os.MkdirTemp("", "careerbot-seed")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "seed.db")
	s, err := knowledge.OpenStore(context.Background(), path)
	if err != nil {
		return nil, err
	}
	if err := s.Close(); err != nil {
		return nil, err
	}
	return os.ReadFile(path)
})

// mustOpenStore opens a new database holding the seed knowledge, as
// OpenStore makes it.
func mustOpenStore(t testing.TB) (*knowledge.Store, string) {
	t.Helper()
	data, err := seededDB()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "careerbot.db")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := knowledge.OpenStore(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func corpusFile(t testing.TB, name string) knowledge.ImportFile {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "corpus", "pages", name))
	if err != nil {
		t.Fatal(err)
	}
	return knowledge.ImportFile{Name: name, Data: data}
}

// dump renders everything a store holds, to compare two states.
func dump(t *testing.T, s *knowledge.Store) string {
	t.Helper()
	base, err := s.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, c := range base.Careers() {
		b.WriteString(c.Name + "\n")
		for _, f := range knowledge.PageFields {
			if v, ok := c.Fact(f.Field); ok {
				b.WriteString("  " + string(f.Field) + "=" + v.Value + " @" + v.Source + "\n")
			}
		}
		for _, k := range []knowledge.ListKind{knowledge.ListTopSkills, knowledge.ListSkills, knowledge.ListResponsibilities} {
			b.WriteString("  " + string(k) + ": " + itemNames(c.Lists[k].Items) + "\n")
		}
		b.WriteString("  sources: " + strings.Join(c.Sources, ",") + "\n")
	}
	return b.String()
}

func TestStoreStartsWithSeeds(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	s, err := knowledge.OpenStore(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	got := dump(t, s)
	seeds, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(seeds.Careers()) == 0 || !strings.Contains(got, "yearly_salary=$90,615") {
		t.Fatalf("new store lacks the seed knowledge:\n%s", got)
	}
	// Reopening migrates nothing and keeps the data.
	s.Close()
	s2, err := knowledge.OpenStore(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if again := dump(t, s2); again != got {
		t.Errorf("reopened store differs:\n%s\nwant:\n%s", again, got)
	}
}

func TestImportIsIdempotent(t *testing.T) {
	s, _ := mustOpenStore(t)
	files := []knowledge.ImportFile{corpusFile(t, "007.txt"), corpusFile(t, "097.txt")}
	r, err := s.Import(context.Background(), files, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Added) != 4 {
		t.Errorf("first import added %v; want 4 careers", r.Added)
	}
	first := dump(t, s)
	r, err = s.Import(context.Background(), files, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Added)+len(r.Updated)+len(r.Conflicts) != 0 {
		t.Errorf("second import changed things: added %v updated %v conflicts %v", r.Added, r.Updated, r.Conflicts)
	}
	if second := dump(t, s); second != first {
		t.Errorf("second import changed the database:\n%s\nwant:\n%s", second, first)
	}
	summary := r.Summary()
	for _, want := range []string{"2 of 2 files imported", "097.txt", "ambiguous Best paying company", "stored as unknown", "cut off"} {
		if !strings.Contains(summary, want) {
			t.Errorf("summary lacks %q:\n%s", want, summary)
		}
	}
}

func TestImportConflicts(t *testing.T) {
	s, _ := mustOpenStore(t)
	// A page that gives Lead Technician another salary than the seeds do.
	page := strings.ReplaceAll(string(mustRead(t, "../seeds/lead-technician-vs-senior-support-technician.txt")), "$43.56", "$44.00")
	files := []knowledge.ImportFile{{Name: "changed.txt", Data: []byte(page)}}

	r, err := s.Import(context.Background(), files, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Conflicts) != 1 || r.Conflicts[0].Stored != "$43.56" || r.Conflicts[0].Incoming != "$44.00" || r.Conflicts[0].Replaced {
		t.Fatalf("conflicts = %+v; want one hourly rate conflict, stored value kept", r.Conflicts)
	}
	if got := hourly(t, s); got != "$43.56" {
		t.Errorf("hourly rate after import = %q; want the stored $43.56", got)
	}
	r, err = s.Import(context.Background(), files, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Conflicts) != 1 || !r.Conflicts[0].Replaced {
		t.Fatalf("conflicts with replace = %+v; want one, replaced", r.Conflicts)
	}
	if got := hourly(t, s); got != "$44.00" {
		t.Errorf("hourly rate after --replace = %q; want $44.00", got)
	}
}

func hourly(t *testing.T, s *knowledge.Store) string {
	t.Helper()
	base, err := s.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	c, _ := base.Career(knowledge.Normalize("lead technician"))
	f, _ := c.Fact(knowledge.FieldHourlyRate)
	return f.Value
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestImportBadInput: every kind of bad file gives an error naming the file
// and leaves the database as it was.
func TestImportBadInput(t *testing.T) {
	big := bytes.Repeat([]byte("| Yearly salary | $1 | $2 |\n"), 20<<20/27+1)
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty.txt", nil, "empty"},
		{"blank.txt", []byte(" \n\n\t"), "empty"},
		{"binary.bin", []byte{0x7f, 'E', 'L', 'F', 0, 1, 2, 3}, "binary"},
		{"page.html", []byte("<!DOCTYPE html><html><body><p>Lead technician vs senior support technician</p></body></html>"), "HTML"},
		{"notes.txt", []byte("Shopping list\neggs\nmilk\n"), "no two careers"},
		{"huge.txt", big, "limit"},
		{"latin1.txt", []byte("Lead technician vs senior support technician\nCaf\xe9\n"), "UTF-8"},
		{"names-only.txt", []byte("Lead technician vs senior support technician\n"), "no comparison table"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, path := mustOpenStore(t)
			before := fileState(t, path)
			r, err := s.Import(context.Background(), []knowledge.ImportFile{{Name: tt.name, Data: tt.data}}, false)
			if !errors.Is(err, knowledge.ErrNothingImported) {
				t.Fatalf("Import(%s) error = %v; want ErrNothingImported", tt.name, err)
			}
			if len(r.Pages) != 1 || r.Pages[0].Err == nil {
				t.Fatalf("report = %+v; want the file's error", r.Pages)
			}
			msg := r.Pages[0].Err.Error()
			if !strings.Contains(msg, tt.name) || !strings.Contains(msg, tt.want) {
				t.Errorf("error %q; want it to name %s and say %q", msg, tt.name, tt.want)
			}
			if len(msg) > 200 {
				t.Errorf("error is %d characters; want a short one", len(msg))
			}
			if after := fileState(t, path); !bytes.Equal(after, before) {
				t.Errorf("database files changed by a failed import")
			}
		})
	}
}

// fileState is the bytes of a database and its write-ahead log.
func fileState(t *testing.T, path string) []byte {
	t.Helper()
	var out []byte
	for _, p := range []string{path, path + "-wal"} {
		data, err := os.ReadFile(p)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		out = append(out, data...)
	}
	return out
}

// TestImportMixed imports what it can and reports the rest.
func TestImportMixed(t *testing.T) {
	s, _ := mustOpenStore(t)
	r, err := s.Import(context.Background(), []knowledge.ImportFile{{Name: "bad.txt", Data: []byte{0}}, corpusFile(t, "007.txt")}, false)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Summary(), "1 of 2 files imported") {
		t.Errorf("summary:\n%s", r.Summary())
	}
}

// TestImportConflictWithinPage: a page that gives one figure two ways keeps
// the first and reports the other.
func TestImportConflictWithinPage(t *testing.T) {
	s, _ := mustOpenStore(t)
	page := string(mustRead(t, "../seeds/lead-technician-vs-senior-support-technician.txt"))
	page = strings.Replace(page, "| Average salary | $90,615 | $74,459 |", "| Average salary | $90,616 | $74,459 |", 1)
	r, err := s.Import(context.Background(), []knowledge.ImportFile{{Name: "twice.txt", Data: []byte(page)}}, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Conflicts) != 1 || r.Conflicts[0].Stored != "$90,615" || r.Conflicts[0].Incoming != "$90,616" || r.Conflicts[0].Source != "twice.txt" {
		t.Errorf("conflicts = %+v; want the page's own two salaries for Lead Technician", r.Conflicts)
	}
}
