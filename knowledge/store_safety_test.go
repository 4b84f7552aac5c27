package knowledge_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/careerbot/careerbot/knowledge"
)

// corpusFiles reads every page of the corpus, in name order.
func corpusFiles(t testing.TB) []knowledge.ImportFile {
	t.Helper()
	names, err := filepath.Glob(filepath.Join("testdata", "corpus", "pages", "*.txt"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no corpus pages: %v", err)
	}
	sort.Strings(names)
	var out []knowledge.ImportFile
	for _, n := range names {
		out = append(out, corpusFile(t, filepath.Base(n)))
	}
	return out
}

// holdings lists, per career, its sources and the fields it has figures
// for: what an import adds, whichever import ran first.
func holdings(t *testing.T, s *knowledge.Store) map[string]string {
	t.Helper()
	base, err := s.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, c := range base.Careers() {
		srcs := append([]string(nil), c.Sources...)
		sort.Strings(srcs)
		var fields []string
		for _, f := range c.Facts() {
			fields = append(fields, string(f.Field))
		}
		sort.Strings(fields)
		out[c.Key] = strings.Join(srcs, ",") + " | " + strings.Join(fields, ",")
	}
	return out
}

// TestConcurrentImportsKeepEverything imports two halves of the corpus at
// the same time through two stores (two connection pools, as two processes
// would have) and compares the result with importing them one after the
// other, in either order (a page's ambiguous cells are settled by what is
// already stored, so the order can matter): no career, source or figure of
// either half may be lost.
func TestConcurrentImportsKeepEverything(t *testing.T) {
	files := corpusFiles(t)
	var halves [2][]knowledge.ImportFile
	for i, f := range files {
		halves[i%2] = append(halves[i%2], f)
	}
	// The test means something only if the halves share careers.
	named := [2]map[string]bool{{}, {}}
	for h := range halves {
		for _, f := range halves[h] {
			p, err := knowledge.ParsePage(f.Name, f.Data)
			if err != nil {
				continue
			}
			for _, side := range p.Sides {
				named[h][knowledge.Normalize(side.Name)] = true
			}
		}
	}
	shared := 0
	for k := range named[0] {
		if named[1][k] {
			shared++
		}
	}
	if shared == 0 {
		t.Fatal("the two halves of the corpus share no career")
	}

	var orders [2]map[string]string
	for first := range 2 {
		s, _ := mustOpenStore(t)
		for _, h := range [][]knowledge.ImportFile{halves[first], halves[1-first]} {
			if _, err := s.Import(context.Background(), h, false); err != nil {
				t.Fatal(err)
			}
		}
		orders[first] = holdings(t, s)
	}

	rounds := 2
	if raceEnabled {
		rounds = 1
	}
	for round := range rounds {
		_, path := mustOpenStore(t)
		var stores [2]*knowledge.Store
		for i := range stores {
			s, err := knowledge.OpenStore(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			stores[i] = s
		}
		var wg sync.WaitGroup
		var errs [2]error
		start := make(chan struct{})
		for i := range stores {
			wg.Go(func() {
				<-start
				_, errs[i] = stores[i].Import(context.Background(), halves[i], false)
			})
		}
		close(start)
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("round %d: import of half %d: %v", round, i, err)
			}
		}
		got := holdings(t, stores[0])
		if !maps.Equal(got, orders[0]) && !maps.Equal(got, orders[1]) {
			t.Errorf("round %d: what the concurrent imports left matches neither order of importing them one after the other", round)
			wantHold := orders[0]
			if len(got) != len(wantHold) {
				t.Errorf("round %d: %d careers after concurrent imports; want %d as imported one after the other", round, len(got), len(wantHold))
			}
			for k, w := range wantHold {
				if got[k] != w && got[k] != orders[1][k] {
					t.Errorf("round %d: career %s holds %q; want %q", round, k, got[k], w)
				}
			}
		}
	}
}

// TestConcurrentCreate opens one new database from two stores at once, as
// concurrent first imports do: both succeed and the seeds are there once.
// A copy a killed import left while building a new database is removed
// once it is old; a recent one, maybe another import's work in progress,
// is kept.
func TestConcurrentCreate(t *testing.T) {
	seeds, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "new.db")
	stale, fresh := filepath.Join(dir, ".new.db.111.tmp"), filepath.Join(dir, ".new.db.222.tmp")
	for _, p := range []string{stale, fresh} {
		if err := os.WriteFile(p, []byte("partial"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	old := time.Now().Add(-2 * time.Hour)
	if err := os.Chtimes(stale, old, old); err != nil {
		t.Fatal(err)
	}
	const n = 2
	var wg sync.WaitGroup
	errs := make([]error, n)
	stores := make([]*knowledge.Store, n)
	for i := range n {
		wg.Go(func() { stores[i], errs[i] = knowledge.OpenStore(context.Background(), path) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("OpenStore %d of %d concurrent: %v", i+1, n, err)
		}
		defer stores[i].Close()
	}
	base, err := stores[0].Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(base.Careers()), len(seeds.Careers()); got != want {
		t.Errorf("new database has %d careers; want the %d of the seeds", got, want)
	}
	// The loser's copy is removed, and so is the stale leftover.
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if want := []string{".new.db.222.tmp", "new.db"}; !slices.Equal(names, want) {
		t.Errorf("directory holds %v; want %v", names, want)
	}
}

// TestOpenReadOnly: a reader never creates a database or updates a schema,
// and cannot write.
func TestOpenReadOnly(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()

	missing := filepath.Join(dir, "missing.db")
	if _, err := knowledge.OpenReadOnly(ctx, missing); !errors.Is(err, knowledge.ErrNoDatabase) || !strings.Contains(err.Error(), missing) {
		t.Errorf("OpenReadOnly(missing) = %v; want ErrNoDatabase naming the file", err)
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Errorf("OpenReadOnly created %s", missing)
	}

	// A SQLite file without careerbot's schema: older than the program.
	old := filepath.Join(dir, "old.db")
	db, err := sql.Open("sqlite", old)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE notes (x TEXT)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := knowledge.OpenReadOnly(ctx, old); !errors.Is(err, knowledge.ErrOldSchema) {
		t.Errorf("OpenReadOnly(no schema) = %v; want ErrOldSchema", err)
	}
	var version int
	db, _ = sql.Open("sqlite", old)
	db.QueryRow("PRAGMA user_version").Scan(&version)
	db.Close()
	if version != 0 {
		t.Errorf("OpenReadOnly migrated the database to version %d", version)
	}

	_, path := mustOpenStore(t)
	before := fileState(t, path)
	r, err := knowledge.OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	v1, err := r.DataVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Import(ctx, []knowledge.ImportFile{corpusFile(t, "007.txt")}, false); err == nil {
		t.Errorf("import through a read-only store succeeded")
	}
	if after := fileState(t, path); string(after) != string(before) {
		t.Errorf("a read-only store changed the database")
	}

	// An import through another connection shows in DataVersion and in
	// the next Load.
	w, err := knowledge.OpenStore(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := w.Import(ctx, []knowledge.ImportFile{corpusFile(t, "097.txt")}, false); err != nil {
		t.Fatal(err)
	}
	v2, err := r.DataVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if v2 == v1 {
		t.Errorf("DataVersion = %d before and after an import; want it to change", v1)
	}
	base, err := r.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := base.Career(knowledge.Normalize("machine shop worker")); !ok {
		t.Errorf("Load after an import lacks its career Machine Shop Worker")
	}
}

// TestOpenStoreRecoversEmptyFile: an empty file at the path (say, made by
// touch) becomes a whole seeded database, in place.
func TestOpenStoreRecoversEmptyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.db")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := knowledge.OpenStore(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := hourly(t, s); got != "$43.56" {
		t.Errorf("seeded Lead Technician hourly rate = %q; want $43.56 (seed page)", got)
	}
}

func ExampleOpenReadOnly() {
	_, err := knowledge.OpenReadOnly(context.Background(), "/nonexistent/careerbot.db")
	fmt.Println(err)
	// Output: no database at /nonexistent/careerbot.db
}

// BenchmarkImportCorpus imports the whole corpus into a seeded database in
// one transaction, as careerbot import does; pages/s is the throughput.
func BenchmarkImportCorpus(b *testing.B) {
	files := corpusFiles(b)
	for b.Loop() {
		b.StopTimer()
		s, _ := mustOpenStore(b)
		b.StartTimer()
		if _, err := s.Import(context.Background(), files, false); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(len(files)*b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkCreate builds a new seeded database, as a first import does.
func BenchmarkCreate(b *testing.B) {
	dir := b.TempDir()
	i := 0
	for b.Loop() {
		i++
		s, err := knowledge.OpenStore(context.Background(), filepath.Join(dir, fmt.Sprintf("%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}
