package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/bot/bottest"
	"github.com/careerbot/careerbot/knowledge"
)

// runCmd runs a subcommand in-process over buffers.
func runCmd(t *testing.T, stdin string, args ...string) (code int, out, errOut string) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(context.Background(), args, stdio{in: strings.NewReader(stdin), out: &o, err: &e})
	return code, o.String(), e.String()
}

func TestAsk(t *testing.T) {
	t.Setenv("CAREERBOT_DB", "")
	code, out, _ := runCmd(t, "", "ask", "compare lead technician vs senior support technician")
	if code != 0 || !strings.Contains(out, "Lead Technician earns $16,156 (21.7%) more a year than Senior Support Technician.") {
		t.Errorf("ask = %d:\n%s", code, out)
	}
	// An unknown career is an answer, not a failure.
	if code, out, _ := runCmd(t, "", "ask", "kastrel technician salary"); code != 0 || !strings.Contains(out, "I don't have") {
		t.Errorf("ask kastrel technician = %d:\n%s", code, out)
	}
	if code, _, _ := runCmd(t, "", "ask"); code != 2 {
		t.Errorf("ask with no question = %d; want 2 (usage)", code)
	}
	// An unreadable database is a failure of the program.
	bad := filepath.Join(t.TempDir(), "bad.db")
	os.WriteFile(bad, []byte("this is not a database, just text long enough to be read as a header......"), 0o644)
	if code, _, errOut := runCmd(t, "", "ask", "--db", bad, "lead technician"); code == 0 || !strings.Contains(errOut, bad) {
		t.Errorf("ask --db garbage = %d, %q; want a failure naming the file", code, errOut)
	}
}

func TestChat(t *testing.T) {
	t.Setenv("CAREERBOT_DB", "")
	in := "compare lead technician vs senior support technician\n\nhow much does a sr support tech make?\nquit\nlead technician\n"
	code, out, _ := runCmd(t, in, "chat")
	if code != 0 {
		t.Fatalf("chat exit %d", code)
	}
	for _, want := range []string{"$16,156 (21.7%)", "$74,459"} {
		if !strings.Contains(out, want) {
			t.Errorf("chat output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "earns $90,615 a year on average") {
		t.Errorf("chat answered after quit:\n%s", out)
	}
	// End of input ends the chat too.
	if code, out, _ := runCmd(t, "lead technician", "chat"); code != 0 || !strings.Contains(out, "$90,615") {
		t.Errorf("chat to EOF = %d:\n%s", code, out)
	}
}

func TestImport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kb.db")
	page := filepath.Join("..", "..", "knowledge", "testdata", "corpus", "pages", "097.txt")
	code, out, errOut := runCmd(t, "", "import", "--db", db, page)
	if code != 0 {
		t.Fatalf("import = %d: %s", code, errOut)
	}
	for _, want := range []string{"1 of 1 files imported", "2 careers added", "Machine Shop Worker", "stored as unknown", "cut off"} {
		if !strings.Contains(out, want) {
			t.Errorf("import summary lacks %q:\n%s", want, out)
		}
	}
	// The imported careers answer, and the seeds are still there.
	if _, out, _ := runCmd(t, "", "ask", "--db", db, "compare machine shop worker vs production worker"); !strings.Contains(out, "$30,847") {
		t.Errorf("ask after import:\n%s", out)
	}
	if _, out, _ := runCmd(t, "", "ask", "--db", db, "lead technician salary"); !strings.Contains(out, "$90,615") {
		t.Errorf("seed knowledge lost after import:\n%s", out)
	}
	// Nothing importable: non-zero, database unchanged.
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	before, _ := os.ReadFile(db)
	code, _, errOut = runCmd(t, "", "import", "--db", db, empty)
	if code == 0 || !strings.Contains(errOut, "nothing could be imported") {
		t.Errorf("import of an empty file = %d, %q", code, errOut)
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Errorf("failed import changed the database file")
	}
	if code, _, _ := runCmd(t, "", "import", "--db", db, filepath.Join(dir, "missing.txt")); code == 0 {
		t.Errorf("import of a missing file succeeded")
	}
}

func TestSources(t *testing.T) {
	t.Setenv("CAREERBOT_DB", "")
	code, out, _ := runCmd(t, "", "sources")
	for _, want := range []string{"BLS OEWS, May 2024", "O*NET 30.2", "Lead Technician vs Senior Support Technician", "used under the CC BY 4.0 licence",
		"BLS OEWS, May 2024 state estimates (wages by state)", "O*NET 30.1 Task Statements (923 careers)",
		"Includes information from the O*NET 30.1 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 licence; modified. (Task Statements; Sample of Reported Titles; Skills; Job Zones)",
		"O*NET 30.1 Skills (894 careers)", "O*NET 30.1 Job Zones (923 careers)",
		"O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 licence; modified. (Technology Skills; Related Occupations; Interests; Knowledge; Education, Training, and Experience)"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("sources = %d, lacks %q:\n%s", code, want, out)
		}
	}
}

// TestImportOfficial imports the agencies' files as published; CI has them
// in ../shared/datasets beside the clone.
func TestImportOfficial(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "datasets")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no ../shared/datasets beside the checkout")
	}
	db := filepath.Join(t.TempDir(), "kb.db")
	code, out, errOut := runCmd(t, "", "import-official", "--db", db, dir)
	if code != 0 || !strings.Contains(out, "1016 occupations imported") {
		t.Fatalf("import-official = %d:\n%s%s", code, out, errOut)
	}
	if _, out, _ := runCmd(t, "", "ask", "--db", db, "RN salary"); !strings.Contains(out, "$93,600") {
		t.Errorf("ask after import-official:\n%s", out)
	}
	if !strings.Contains(out, "36367 state wage rows") {
		t.Errorf("import-official does not report the state rows:\n%s", out)
	}
	// The state estimates and the O*NET lists went into the database.
	s, err := knowledge.OpenStore(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	kb, err := s.Load(context.Background())
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	rn, _ := kb.Career("onet:29-1141.00")
	tx, _ := knowledge.StateByName("TX")
	if w, ok := kb.StateWages(rn, tx); !ok || w.AnnualMedian != "$90,010" {
		t.Errorf("Texas registered nurses from the imported database = %+v, %v; want median $90,010", w, ok)
	}
	if l := rn.Lists[knowledge.ListTasks]; len(l.Items) != 8 {
		t.Errorf("registered nurses' tasks from the imported database: %d; want 8", len(l.Items))
	}
	if code, _, _ := runCmd(t, "", "import-official", "--db", db, t.TempDir()); code == 0 {
		t.Errorf("import-official of an empty directory succeeded")
	}
}

// TestImportNothingLeavesNoDatabase imports a file that is not a page into
// a database that did not exist: no file is left behind, and the message
// says so instead of calling a new file unchanged.
func TestImportNothingLeavesNoDatabase(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(page, []byte("shopping list: milk, eggs\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "new.db")
	code, _, errOut := runCmd(t, "", "import", "--db", db, page)
	if code != 1 || !strings.Contains(errOut, "nothing could be imported; no database was written") {
		t.Errorf("import of a non-page = %d, %q; want 1 and no database written", code, errOut)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("%s exists after a failed first import (%v)", db, err)
	}
}

// TestChatConversations runs the router's scripted conversations
// (bot/testdata/conversations.txt) through the terminal chat: follow-ups
// typed at the prompt refer to the last answer, a number picks a choice.
func TestChatConversations(t *testing.T) {
	t.Setenv("CAREERBOT_DB", "")
	convs, err := bottest.ReadConversations(filepath.Join("..", "..", "bot", "testdata", "conversations.txt"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range convs {
		var in strings.Builder
		for _, ex := range c.Exchanges {
			in.WriteString(ex.Question + "\n")
		}
		code, out, errOut := runCmd(t, in.String(), "chat")
		if code != 0 {
			t.Fatalf("%s: chat = %d: %s", c.Name, code, errOut)
		}
		// The first part is the greeting; each answer follows a prompt.
		answers := strings.Split(out, "\n> ")[1:]
		if len(answers) < len(c.Exchanges) {
			t.Fatalf("%s: %d answers to %d questions:\n%s", c.Name, len(answers), len(c.Exchanges), out)
		}
		for i, ex := range c.Exchanges {
			n++
			title, _, _ := strings.Cut(answers[i], "\n")
			if len(ex.About) > 0 && !strings.Contains(title, ex.About[0]) {
				t.Errorf("%s: %q answered %q; want %s", c.Name, ex.Question, title, ex.About[0])
			}
			for _, w := range ex.Want {
				if !strings.Contains(answers[i], w) {
					t.Errorf("%s: %q: answer lacks %q:\n%s", c.Name, ex.Question, w, answers[i])
				}
			}
		}
	}
	if n < 40 {
		t.Errorf("%d exchanges; want at least 40", n)
	}
}
