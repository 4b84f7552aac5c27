package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/careerbot/careerbot/knowledge"
)

// A question only page 097 of the corpus answers, and its figure there.
const (
	corpusQuestion = "compare machine shop worker vs production worker"
	corpusFigure   = "$30,847"
)

var corpusPages = filepath.Join("..", "..", "knowledge", "testdata", "corpus", "pages")

// program returns a command running careerbot (this test binary as its
// main) with args, with none of the machine's careerbot, Slack or Discord
// settings, plus env.
func program(t *testing.T, exe string, env []string, args ...string) *exec.Cmd {
	t.Helper()
	if exe == "" {
		var err error
		if exe, err = os.Executable(); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(exe, args...)
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if !strings.HasPrefix(k, "CAREERBOT_") && !strings.HasPrefix(k, "SLACK_") && !strings.HasPrefix(k, "DISCORD_") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(append(cmd.Env, execMainEnv+"=1"), env...)
	return cmd
}

// corpusDB is a database made by importing corpus page 097 into a new
// one, made once per test run (seeding writes tens of thousands of rows);
// tests copy it.
var corpusDB = sync.OnceValues(func() ([]byte, error) {
	dir, err := os.MkdirTemp("", "careerbot-corpus")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "kb.db")
	var errOut strings.Builder
	if code := run(context.Background(), []string{"import", "--db", path, filepath.Join(corpusPages, "097.txt")}, stdio{strings.NewReader(""), io.Discard, &errOut}); code != 0 {
		return nil, fmt.Errorf("import = %d: %s", code, errOut.String())
	}
	return os.ReadFile(path)
})

// copyCorpusDB writes a copy of corpusDB at path.
func copyCorpusDB(t *testing.T, path string) {
	t.Helper()
	data, err := corpusDB()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// careers loads the database at path read-only, as ask does, and returns
// its career names.
func careers(t *testing.T, path string) []string {
	t.Helper()
	s, err := knowledge.OpenReadOnly(context.Background(), path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer s.Close()
	kb, err := s.Load(context.Background())
	if err != nil {
		t.Fatalf("load %s: %v", path, err)
	}
	var names []string
	for _, c := range kb.Careers() {
		names = append(names, c.Key)
	}
	slices.Sort(names)
	return names
}

// TestReadersNeedADatabase: ask, chat, sources and serve never create a
// database; a missing one is a clear error. Only import creates one, with
// its folder.
func TestReadersNeedADatabase(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "typo.db")
	for _, args := range [][]string{
		{"ask", "--db", missing, "lead technician salary"},
		{"chat", "--db", missing},
		{"sources", "--db", missing},
	} {
		code, out, errOut := runCmd(t, "lead technician\n", args...)
		if code != 1 || !strings.Contains(errOut, "no database at "+missing) || !strings.Contains(errOut, "careerbot import") || strings.Contains(out, "$90,615") {
			t.Errorf("%s --db missing = %d, %q; want 1 and \"no database at %s; create one with careerbot import\"", args[0], code, errOut, missing)
		}
	}
	cmd := program(t, "", []string{"CAREERBOT_HTTP_ADDR=127.0.0.1:0", "SLACK_SIGNING_SECRET=s3cret", "CAREERBOT_DB=" + missing}, "serve")
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 || !strings.Contains(string(out), "no database at "+missing) {
		t.Errorf("serve with a missing CAREERBOT_DB = %v:\n%s\nwant exit 1 and \"no database at %s\"", err, out, missing)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("readers left %d files in %s; want none", len(entries), dir)
	}

	created := filepath.Join(dir, "new", "folder", "kb.db")
	if code, _, errOut := runCmd(t, "", "import", "--db", created, filepath.Join(corpusPages, "097.txt")); code != 0 {
		t.Fatalf("import into a new folder = %d: %s", code, errOut)
	}
	if code, out, _ := runCmd(t, "", "ask", "--db", created, corpusQuestion); code != 0 || !strings.Contains(out, corpusFigure) {
		t.Errorf("ask after import = %d:\n%s\nwant %s (corpus page 097)", code, out, corpusFigure)
	}
}

// TestOldSchemaIsAnError: a reader does not migrate; it says to import.
func TestOldSchemaIsAnError(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE notes (x TEXT)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	code, _, errOut := runCmd(t, "", "ask", "--db", path, "lead technician")
	if code != 1 || !strings.Contains(errOut, "older than this program") || !strings.Contains(errOut, "careerbot import --db "+path) {
		t.Errorf("ask on an old schema = %d, %q; want 1 and a hint to import", code, errOut)
	}
}

// TestReadOnlyDatabaseServes: a database file nobody may write, in a
// folder nobody may write, answers questions and is left untouched. As
// root, which permissions do not stop, the question is also asked by a
// child process running as nobody.
func TestReadOnlyDatabaseServes(t *testing.T) {
	dir := filepath.Join(openTempDir(t), "ro")
	path := filepath.Join(dir, "kb.db")
	copyCorpusDB(t, path)
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755) })

	if code, out, errOut := runCmd(t, "", "ask", "--db", path, corpusQuestion); code != 0 || !strings.Contains(out, corpusFigure) {
		t.Errorf("ask on a read-only database = %d %s:\n%s\nwant %s (corpus page 097)", code, errOut, out, corpusFigure)
	}
	if os.Geteuid() == 0 && !raceEnabled { // another process: nothing for the race detector
		out, err := asNobody(t, "ask", "--db", path, corpusQuestion)
		if err != nil || !strings.Contains(out, corpusFigure) {
			t.Errorf("ask as nobody on a read-only database = %v:\n%s\nwant %s (corpus page 097)", err, out, corpusFigure)
		}
	}
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if string(after) != string(before) || len(entries) != 1 {
		t.Errorf("reading changed the database or left files beside it (%d entries)", len(entries))
	}
}

// asNobody runs careerbot with args as the user nobody (uid 65534), from a
// copy of the test binary that user may execute.
func asNobody(t *testing.T, args ...string) (string, error) {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin, err := os.ReadFile(self)
	if err != nil {
		t.Fatal(err)
	}
	dir := openTempDir(t)
	exe := filepath.Join(dir, "careerbot")
	if err := os.WriteFile(exe, bin, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := program(t, exe, []string{"HOME=" + dir}, args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// openTempDir returns a new temporary folder every user may enter (those of
// t.TempDir are private).
func openTempDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for d := dir; d != filepath.Dir(d) && d != filepath.Clean(os.TempDir()); d = filepath.Dir(d) {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestFirstImportKilled kills a first import into a new database at random
// moments: it leaves no database or a whole one (the seeds alone, or the
// seeds and the pages), and the next import gives the full knowledge.
func TestFirstImportKilled(t *testing.T) {
	if raceEnabled {
		// Separate processes killed at random: nothing for the race
		// detector to see, and an import is 50 times slower under it.
		t.Skip("kills processes: not useful under the race detector")
	}
	seeds, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var seedOnly []string
	for _, c := range seeds.Careers() {
		seedOnly = append(seedOnly, c.Key)
	}
	slices.Sort(seedOnly)

	// A whole first import, timed, gives the knowledge to expect.
	fullPath := filepath.Join(t.TempDir(), "full.db")
	cmd := program(t, "", nil, "import", "--db", fullPath, corpusPages)
	start := time.Now()
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	took := time.Since(start)
	full := careers(t, fullPath)
	if len(full) <= len(seedOnly) {
		t.Fatalf("the corpus import gave %d careers, no more than the seeds' %d", len(full), len(seedOnly))
	}

	rounds := 8
	if testing.Short() {
		rounds = 3
	}
	outcomes := map[string]int{}
	for round := range rounds {
		path := filepath.Join(t.TempDir(), "kb.db")
		cmd := program(t, "", nil, "import", "--db", path, corpusPages)
		cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Stratified: each round kills in its own slice of the import's
		// duration, so the kills cover every phase of it.
		slice := int64(took) / int64(rounds)
		delay := time.Duration(int64(round)*slice + rand.Int64N(slice))
		time.Sleep(delay)
		cmd.Process.Kill()
		cmd.Wait()

		switch _, err := os.Stat(path); {
		case os.IsNotExist(err):
			outcomes["no database"]++
		case err != nil:
			t.Fatal(err)
		default:
			switch got := careers(t, path); {
			case slices.Equal(got, seedOnly):
				outcomes["seeds only"]++
			case slices.Equal(got, full):
				outcomes["seeds and pages"]++
			default:
				t.Errorf("round %d, killed after %v: the database holds %d careers; want the seeds' %d or all %d", round, delay, len(got), len(seedOnly), len(full))
			}
		}

		if code, _, errOut := runCmd(t, "", "import", "--db", path, corpusPages); code != 0 {
			t.Fatalf("round %d: import after the kill = %d: %s", round, code, errOut)
		}
		if got := careers(t, path); !slices.Equal(got, full) {
			t.Errorf("round %d, killed after %v: the next import gives %d careers; want all %d", round, delay, len(got), len(full))
		}
		if _, out, _ := runCmd(t, "", "ask", "--db", path, corpusQuestion); !strings.Contains(out, corpusFigure) {
			t.Errorf("round %d: ask after the next import:\n%s\nwant %s (corpus page 097)", round, out, corpusFigure)
		}
	}
	t.Logf("a whole import took %v; after kills: %v", took, outcomes)
}

// emptyKnowledge deletes every row of the database at path, leaving its
// schema: a database with no careers.
func emptyKnowledge(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		tables = append(tables, n)
	}
	rows.Close()
	for _, tb := range tables {
		if _, err := db.Exec(`DELETE FROM "` + tb + `"`); err != nil {
			t.Fatal(err)
		}
	}
}

// TestServeReloadsAnImport starts serve on a database without careers: it
// is not ready and does not know the corpus careers. An import while it
// runs makes it ready and answering with the new careers, without restart.
func TestServeReloadsAnImport(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kb.db")
	copyCorpusDB(t, path)
	emptyKnowledge(t, path)

	const secret = "reload-signing-secret-91c2"
	c := startServe(t, "SLACK_SIGNING_SECRET="+secret, "CAREERBOT_DB="+path)
	if code, body := get(t, c.url("/readyz")); code != http.StatusServiceUnavailable || !strings.Contains(body, "knowledge: empty") {
		t.Errorf("GET /readyz with no careers = %d %q; want 503 saying the knowledge is empty", code, body)
	}
	body, header := slackCommand(secret, corpusQuestion)
	if code, resp := post(t, c.url("/slack/commands"), body, header); code != http.StatusOK || strings.Contains(resp, corpusFigure) {
		t.Errorf("Slack /career %q before the import = %d %s; want 200 without %s", corpusQuestion, code, resp, corpusFigure)
	}

	if code, _, errOut := runCmd(t, "", "import", "--db", path, filepath.Join(corpusPages, "097.txt")); code != 0 {
		t.Fatalf("import while serving = %d: %s", code, errOut)
	}
	rec := c.waitLog(t, "knowledge reloaded")
	if n, _ := rec["careers"].(float64); n < 2 {
		t.Errorf("reloaded knowledge has %v careers; want the page's 2 at least", rec["careers"])
	}
	if code, body := get(t, c.url("/readyz")); code != http.StatusOK || !strings.Contains(body, "knowledge: ok") {
		t.Errorf("GET /readyz after the import = %d %q; want 200", code, body)
	}
	body, header = slackCommand(secret, corpusQuestion)
	if code, resp := post(t, c.url("/slack/commands"), body, header); code != http.StatusOK || !strings.Contains(resp, corpusFigure) {
		t.Errorf("Slack /career %q after the import = %d %s; want 200 with %s (corpus page 097)", corpusQuestion, code, resp, corpusFigure)
	}
}
