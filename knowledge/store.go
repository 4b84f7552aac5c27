package knowledge

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/careerbot/careerbot/knowledge/official"
	_ "modernc.org/sqlite" // pure-Go SQLite driver, registered as "sqlite"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store keeps knowledge in a SQLite file.
type Store struct {
	db   *sql.DB
	path string
	// q is what load reads through: the transaction a load or an import
	// runs in, so that everything it reads is one consistent state.
	q queryer

	pinMu sync.Mutex
	pin   *sql.Conn // the connection DataVersion asks, kept for the store's life
}

// queryer is what *sql.DB and *sql.Tx have in common for reading.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Errors a reader of a database branches on.
var (
	// ErrNoDatabase means the database file does not exist. Readers never
	// create one: only an import does.
	ErrNoDatabase = errors.New("no database")
	// ErrOldSchema means the database was made by an older program and has
	// to be brought up to date by a writer (an import) before it is read.
	ErrOldSchema = errors.New("database schema is older than this program's")
)

// Connection settings. Writers take the write lock when their transaction
// begins (BEGIN IMMEDIATE), so an import reads what it merges under the lock
// and a second import waits for the first instead of overwriting it. The
// journal is the rollback journal, not WAL: a WAL database cannot be read
// from a read-only directory, and a reader that may write rolls back the
// journal an interrupted import left (mode=rw never creates a file; the file
// is opened read-only where it cannot be written). The writer's page cache
// is large so that a big import does not spill into the file, and lock
// readers out, before it commits.
const (
	writeParams = "?_pragma=foreign_keys(1)&_pragma=busy_timeout(60000)&_pragma=cache_size(-65536)&_txlock=immediate"
	readParams  = "?mode=rw&_pragma=query_only(1)&_pragma=busy_timeout(10000)"
)

// OpenStore opens the database at path for writing, creating it if needed,
// and brings its schema up to date. A new database starts with the seed
// knowledge embedded in the binary, so imports add to what the bot already
// knows. It is built beside path and moved into place whole, so the file at
// path is never a database without its seed knowledge.
func OpenStore(ctx context.Context, path string) (*Store, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		if err := create(ctx, path); err != nil {
			return nil, fmt.Errorf("create %s: %w", path, err)
		}
	}
	db, err := sql.Open("sqlite", "file:"+path+writeParams)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s := &Store{db: db, path: path, q: db}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

// OpenReadOnly opens the database at path for reading only. It never
// creates a file, never changes the schema and never writes knowledge; a
// database older than the program is ErrOldSchema, a missing one
// ErrNoDatabase.
func OpenReadOnly(ctx context.Context, path string) (*Store, error) {
	if _, err := os.Stat(path); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%w at %s", ErrNoDatabase, path)
		}
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db, err := sql.Open("sqlite", "file:"+path+readParams)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	var version int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: read schema version: %w", path, err)
	}
	want, err := schemaVersion()
	if err == nil && version < want {
		err = fmt.Errorf("%s: %w (%d < %d)", path, ErrOldSchema, version, want)
	}
	if err == nil && version > want {
		err = fmt.Errorf("database schema version %d is newer than this program knows (%d)", version, want)
	}
	if err != nil {
		db.Close()
		if errors.Is(err, ErrOldSchema) {
			return nil, err
		}
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return &Store{db: db, path: path, q: db}, nil
}

// create makes a new seeded database at path: it builds it in a temporary
// file beside path and links it into place only when it is whole. When
// another process got there first, its database is kept and this one
// dropped, so concurrent first imports all end up merging into one.
func create(ctx context.Context, path string) error {
	pattern := "." + filepath.Base(path) + ".*.tmp"
	removeStale(filepath.Join(filepath.Dir(path), pattern))
	tmp, err := os.CreateTemp(filepath.Dir(path), pattern)
	if err != nil {
		return err
	}
	name := tmp.Name()
	tmp.Close()
	defer os.Remove(name) // after the link, path keeps the data
	// The file is private until linked, and a crash discards it, so
	// building it needs neither a journal on disk nor syncs; one sync at
	// the end makes it durable before it appears at path.
	db, err := sql.Open("sqlite", "file:"+name+"?_pragma=foreign_keys(1)&_pragma=journal_mode(MEMORY)&_pragma=synchronous(OFF)")
	if err != nil {
		return err
	}
	s := &Store{db: db, path: name, q: db}
	err = s.migrate(ctx)
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if err := syncFile(name); err != nil {
		return err
	}
	if err := os.Chmod(name, 0o644); err != nil {
		return err
	}
	// A link, unlike a rename, never replaces a database another process
	// has just put in place and already imported into.
	if err := os.Link(name, path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return nil
		}
		// Some file systems have no hard links. A rename is atomic too but
		// replaces what is there, so it is used only when nothing is.
		if _, serr := os.Stat(path); serr == nil {
			return nil
		}
		if err := os.Rename(name, path); err != nil {
			return err
		}
	}
	return syncFile(filepath.Dir(path))
}

// staleAfter is how long a database being built aside may go unwritten
// before it is taken for the leftover of a killed import. Building one
// writes to it all along and takes seconds.
const staleAfter = time.Hour

// removeStale removes the files matching pattern that were last written
// more than staleAfter ago.
func removeStale(pattern string) {
	names, _ := filepath.Glob(pattern)
	for _, n := range names {
		if fi, err := os.Stat(n); err == nil && time.Since(fi.ModTime()) > staleAfter {
			os.Remove(n)
		}
	}
}

func syncFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// Close closes the database.
func (s *Store) Close() error {
	s.pinMu.Lock()
	if s.pin != nil {
		s.pin.Close()
		s.pin = nil
	}
	s.pinMu.Unlock()
	return s.db.Close()
}

// DataVersion returns a number that changes whenever another connection
// commits to the database (SQLite's PRAGMA data_version), so a reader can
// tell cheaply that an import happened.
func (s *Store) DataVersion(ctx context.Context) (int64, error) {
	s.pinMu.Lock()
	defer s.pinMu.Unlock()
	if s.pin == nil {
		// data_version compares commits with the connection's own view,
		// so it has to be asked on the same connection every time.
		c, err := s.db.Conn(ctx)
		if err != nil {
			return 0, fmt.Errorf("data version of %s: %w", s.path, err)
		}
		s.pin = c
	}
	var v int64
	if err := s.pin.QueryRowContext(ctx, "PRAGMA data_version").Scan(&v); err != nil {
		return 0, fmt.Errorf("data version of %s: %w", s.path, err)
	}
	return v, nil
}

// schemaVersion is the schema version this program writes: the number of
// embedded migrations.
func schemaVersion() (int, error) {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	return len(names), err
}

// migrate applies the embedded migrations the database lacks, tracked by
// SQLite's user_version, and seeds a database that had no schema, all in
// one write transaction: concurrent writers wait for it and then find the
// schema up to date.
func (s *Store) migrate(ctx context.Context) error {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	// Most opens find the schema current; they need no write lock.
	var version int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if version == len(names) {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// Read again under the lock: another writer may have migrated since.
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if version > len(names) {
		return fmt.Errorf("database schema version %d is newer than this program knows (%d)", version, len(names))
	}
	for i := version; i < len(names); i++ {
		body, err := migrations.ReadFile(names[i])
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			return fmt.Errorf("migration %s: %w", names[i], err)
		}
	}
	if version == 0 {
		bl, err := seedBuilder()
		if err != nil {
			return err
		}
		if err := save(ctx, tx, bl); err != nil {
			return fmt.Errorf("seed: %w", err)
		}
	} else if version < indexVersion {
		// A database from before the index: index every career it holds.
		if err := reindex(ctx, s.in(tx), tx); err != nil {
			return fmt.Errorf("index: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, "PRAGMA user_version = "+strconv.Itoa(len(names))); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return nil
}

// in returns the store reading through tx.
func (s *Store) in(tx *sql.Tx) *Store {
	return &Store{db: s.db, path: s.path, q: tx}
}

// Builder loads everything stored into a Builder, to merge imports into.
// It reads in one read transaction, so it sees one committed state.
func (s *Store) Builder(ctx context.Context) (*Builder, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", s.path, err)
	}
	defer tx.Rollback()
	bl := NewBuilder()
	if err := s.in(tx).load(ctx, bl); err != nil {
		return nil, fmt.Errorf("load %s: %w", s.path, err)
	}
	bl.dirty = map[string]bool{}
	return bl, nil
}

// Load returns the stored knowledge as a Base. It never sees half of an
// import: it reads in one read transaction.
func (s *Store) Load(ctx context.Context) (*Base, error) {
	bl, err := s.Builder(ctx)
	if err != nil {
		return nil, err
	}
	return bl.Build(), nil
}

// update merges into the stored knowledge in one write transaction: it
// takes the write lock, loads what is stored, lets merge change it, and
// writes what changed. An import running at the same time waits for the
// lock and then merges into this one's result, so neither is lost.
func (s *Store) update(ctx context.Context, merge func(*Builder)) error {
	tx, err := s.db.BeginTx(ctx, nil) // BEGIN IMMEDIATE (_txlock)
	if err != nil {
		return fmt.Errorf("lock %s: %w", s.path, err)
	}
	defer tx.Rollback()
	bl := NewBuilder()
	if err := s.in(tx).load(ctx, bl); err != nil {
		return fmt.Errorf("load %s: %w", s.path, err)
	}
	bl.dirty = map[string]bool{}
	merge(bl)
	if err := save(ctx, tx, bl); err != nil {
		return fmt.Errorf("save %s: %w", s.path, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("save %s: %w", s.path, err)
	}
	return nil
}

// load reads everything stored into bl through s.q: careers, facts,
// sources, pairs, and the official lists and state estimates.
func (s *Store) load(ctx context.Context, bl *Builder) error {
	if err := s.loadCore(ctx, bl); err != nil {
		return err
	}
	return s.loadOfficialMore(ctx, bl)
}

func (s *Store) loadCore(ctx context.Context, bl *Builder) error {
	rows, err := s.q.QueryContext(ctx, "SELECT id, kind, title, url FROM sources")
	if err != nil {
		return err
	}
	for rows.Next() {
		var src Source
		if err := rows.Scan(&src.ID, &src.Kind, &src.Title, &src.URL); err != nil {
			rows.Close()
			return err
		}
		bl.sources[src.ID] = src
	}
	rows.Close()
	byID := map[int64]*Career{}
	if err := s.each(ctx, "SELECT id, key, name FROM careers", func(r *sql.Rows) error {
		var id int64
		var key, name string
		if err := r.Scan(&id, &key, &name); err != nil {
			return err
		}
		c := newCareer(name)
		c.Key = key
		byID[id] = c
		bl.careers[key] = c
		return nil
	}); err != nil {
		return err
	}
	get := func(id int64) (*Career, error) {
		c, ok := byID[id]
		if !ok {
			return nil, fmt.Errorf("row names career %d, which does not exist", id)
		}
		return c, nil
	}
	if err := s.each(ctx, "SELECT career_id, name FROM career_names ORDER BY career_id, position", func(r *sql.Rows) error {
		var id int64
		var name string
		if err := r.Scan(&id, &name); err != nil {
			return err
		}
		c, err := get(id)
		if err == nil {
			c.Aliases.Add(name)
		}
		return err
	}); err != nil {
		return err
	}
	if err := s.each(ctx, "SELECT career_id, source_id FROM career_sources ORDER BY career_id, position", func(r *sql.Rows) error {
		var id int64
		var src string
		if err := r.Scan(&id, &src); err != nil {
			return err
		}
		c, err := get(id)
		if err == nil {
			c.Sources = append(c.Sources, src)
		}
		return err
	}); err != nil {
		return err
	}
	if err := s.each(ctx, "SELECT career_id, field, value, source_id FROM facts", func(r *sql.Rows) error {
		var id int64
		var f Fact
		if err := r.Scan(&id, &f.Field, &f.Value, &f.Source); err != nil {
			return err
		}
		c, err := get(id)
		if err == nil {
			c.setFact(f)
		}
		return err
	}); err != nil {
		return err
	}
	if err := s.each(ctx, "SELECT career_id, list, name, share, source_id FROM list_items ORDER BY career_id, list, rank", func(r *sql.Rows) error {
		var id int64
		var kind ListKind
		var it Item
		var src string
		if err := r.Scan(&id, &kind, &it.Name, &it.Share, &src); err != nil {
			return err
		}
		c, err := get(id)
		if err == nil {
			l := c.Lists[kind]
			l.Kind, l.Source = kind, src
			l.Items = append(l.Items, it)
			c.Lists[kind] = l
		}
		return err
	}); err != nil {
		return err
	}
	return s.each(ctx, "SELECT a, b, field, value, source_id FROM pair_facts", func(r *sql.Rows) error {
		var pf PairFact
		if err := r.Scan(&pf.A, &pf.B, &pf.Field, &pf.Value, &pf.Source); err != nil {
			return err
		}
		bl.pairs[[2]string{pf.A, pf.B}] = append(bl.pairs[[2]string{pf.A, pf.B}], pf)
		return nil
	})
}

func (s *Store) each(ctx context.Context, query string, fn func(*sql.Rows) error) error {
	rows, err := s.q.QueryContext(ctx, query)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Save writes the builder's changed careers, its sources and pair facts in
// one transaction: the database holds all of the change or none of it.
func (s *Store) Save(ctx context.Context, bl *Builder) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := save(ctx, tx, bl); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	bl.dirty = map[string]bool{}
	bl.statesDirty = false
	return nil
}

// save writes everything the builder changed inside tx: careers, facts,
// sources, pairs, and the official lists and state estimates
// (store_official.go). Every write path goes through it.
func save(ctx context.Context, tx *sql.Tx, bl *Builder) error {
	if err := saveCore(ctx, tx, bl); err != nil {
		return err
	}
	if err := saveOfficialMore(ctx, tx, bl); err != nil {
		return err
	}
	return saveIndex(ctx, tx, bl)
}

func saveCore(ctx context.Context, tx *sql.Tx, bl *Builder) error {
	for _, src := range bl.sources {
		if _, err := tx.ExecContext(ctx, `INSERT INTO sources (id, kind, title, url) VALUES (?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, title = excluded.title, url = excluded.url`,
			src.ID, src.Kind, src.Title, src.URL); err != nil {
			return fmt.Errorf("save source %s: %w", src.ID, err)
		}
	}
	keys := make([]string, 0, len(bl.dirty))
	for k := range bl.dirty {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	stmts := map[string]*sql.Stmt{}
	prep := func(q string) (*sql.Stmt, error) {
		if st, ok := stmts[q]; ok {
			return st, nil
		}
		st, err := tx.PrepareContext(ctx, q)
		if err != nil {
			return nil, err
		}
		stmts[q] = st
		return st, nil
	}
	defer func() {
		for _, st := range stmts {
			st.Close()
		}
	}()
	exec := func(q string, args ...any) error {
		st, err := prep(q)
		if err != nil {
			return err
		}
		_, err = st.ExecContext(ctx, args...)
		return err
	}
	for _, k := range keys {
		c, ok := bl.careers[k]
		if !ok {
			continue
		}
		var id int64
		err := tx.QueryRowContext(ctx, `INSERT INTO careers (key, name) VALUES (?, ?)
			ON CONFLICT (key) DO UPDATE SET name = excluded.name RETURNING id`, c.Key, c.Name).Scan(&id)
		if err != nil {
			return fmt.Errorf("save career %s: %w", c.Name, err)
		}
		for _, q := range []string{"DELETE FROM career_names WHERE career_id = ?", "DELETE FROM career_sources WHERE career_id = ?",
			"DELETE FROM facts WHERE career_id = ?", "DELETE FROM list_items WHERE career_id = ?"} {
			if err := exec(q, id); err != nil {
				return fmt.Errorf("save career %s: %w", c.Name, err)
			}
		}
		for i, a := range c.Aliases.All() {
			if err := exec("INSERT INTO career_names (career_id, position, name) VALUES (?, ?, ?)", id, i, a); err != nil {
				return fmt.Errorf("save career %s: %w", c.Name, err)
			}
		}
		for i, src := range c.Sources {
			if err := exec("INSERT INTO career_sources (career_id, position, source_id) VALUES (?, ?, ?)", id, i, src); err != nil {
				return fmt.Errorf("save career %s: %w", c.Name, err)
			}
		}
		for _, f := range c.Facts() {
			if err := exec("INSERT INTO facts (career_id, field, value, source_id) VALUES (?, ?, ?, ?)", id, f.Field, f.Value, f.Source); err != nil {
				return fmt.Errorf("save career %s: %w", c.Name, err)
			}
		}
		for _, l := range c.Lists {
			if packedList(l.Kind) {
				continue // store_official.go
			}
			for i, it := range l.Items {
				if err := exec("INSERT INTO list_items (career_id, list, rank, name, share, source_id) VALUES (?, ?, ?, ?, ?, ?)",
					id, l.Kind, i+1, it.Name, it.Share, l.Source); err != nil {
					return fmt.Errorf("save career %s: %w", c.Name, err)
				}
			}
		}
	}
	for _, pfs := range bl.pairs {
		for _, pf := range pfs {
			if err := exec("INSERT OR IGNORE INTO pair_facts (a, b, field, value, source_id) VALUES (?, ?, ?, ?, ?)",
				pf.A, pf.B, pf.Field, pf.Value, pf.Source); err != nil {
				return fmt.Errorf("save pair %s/%s: %w", pf.A, pf.B, err)
			}
		}
	}
	return nil
}

// ImportFile is one file given to Import.
type ImportFile struct {
	Name string
	Data []byte
}

// ErrNothingImported is returned by Import when no file could be read as a page.
var ErrNothingImported = errors.New("nothing could be imported")

// Import parses files and merges them into the store in one write
// transaction that also reads what they merge with.
// Files that are not pages are reported (PageReport.Err) and skipped; when
// none can be read, the database is left untouched and ErrNothingImported
// is returned with the report.
func (s *Store) Import(ctx context.Context, files []ImportFile, replace bool) (*Report, error) {
	var pages []*Page
	var failed []PageReport
	for _, f := range files {
		p, err := ParsePage(f.Name, f.Data)
		if err != nil {
			failed = append(failed, PageReport{File: f.Name, Err: fmt.Errorf("import %s: %w", f.Name, err)})
			continue
		}
		pages = append(pages, p)
	}
	if len(pages) == 0 {
		return &Report{Pages: failed}, ErrNothingImported
	}
	var report *Report
	if err := s.update(ctx, func(bl *Builder) { report = bl.AddPages(pages, replace) }); err != nil {
		return nil, err
	}
	report.Pages = append(report.Pages, failed...)
	return report, nil
}

// Summary formats a report for people: careers added and updated, fields
// per career, conflicts, ambiguous cells and where cut pages ended.
func (r *Report) Summary() string {
	var b strings.Builder
	ok := 0
	for _, p := range r.Pages {
		if p.Err == nil {
			ok++
		}
	}
	fmt.Fprintf(&b, "%d of %d files imported; %d careers added, %d updated, %d conflicts\n", ok, len(r.Pages), len(r.Added), len(r.Updated), len(r.Conflicts))
	for _, p := range r.Pages {
		if p.Err != nil {
			fmt.Fprintf(&b, "  %s: error: %v\n", p.File, p.Err)
			continue
		}
		fmt.Fprintf(&b, "  %s: %s (%d fields), %s (%d fields)\n", p.File, p.Careers[0], p.Fields[0], p.Careers[1], p.Fields[1])
		for _, a := range p.Ambiguous {
			if a.Resolved != nil {
				fmt.Fprintf(&b, "    ambiguous %s %q: read as %q + %q (%s)\n", a.Label, a.Raw, a.Resolved[0], a.Resolved[1], a.ResolvedBy)
			} else {
				fmt.Fprintf(&b, "    ambiguous %s %q: stored as unknown (could be %s)\n", a.Label, a.Raw, candidateList(a.Candidates))
			}
		}
		if p.Truncation != nil {
			fmt.Fprintf(&b, "    cut off: %s; last line %q\n", p.Truncation, clip(p.Truncation.LastLine, 60))
		}
	}
	for _, n := range r.Added {
		fmt.Fprintf(&b, "  added: %s\n", n)
	}
	for _, n := range r.Updated {
		fmt.Fprintf(&b, "  updated: %s\n", n)
	}
	for _, c := range r.Conflicts {
		fmt.Fprintf(&b, "  conflict: %s\n", c)
	}
	return b.String()
}

func candidateList(cs [][2]string) string {
	var parts []string
	for _, c := range cs {
		parts = append(parts, fmt.Sprintf("%q + %q", c[0], c[1]))
	}
	return strings.Join(parts, " or ")
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// ImportOfficial merges a release of official statistics into the store in
// one transaction, replacing the occupations' earlier figures. It returns
// how many occupations it wrote.
func (s *Store) ImportOfficial(ctx context.Context, ds *official.Dataset) (int, error) {
	if len(ds.Occupations) == 0 {
		return 0, ErrNothingImported
	}
	var n int
	if err := s.update(ctx, func(bl *Builder) { n = bl.AddOfficial(ds) }); err != nil {
		return 0, err
	}
	return n, nil
}
