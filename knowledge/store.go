package knowledge

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"

	"github.com/careerbot/careerbot/knowledge/official"
	_ "modernc.org/sqlite" // pure-Go SQLite driver, registered as "sqlite"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store keeps knowledge in a SQLite file.
type Store struct {
	db   *sql.DB
	path string
}

// OpenStore opens (creating if needed) the database at path and brings its
// schema up to date. A new database starts with the seed knowledge embedded
// in the binary, so imports add to what the bot already knows.
func OpenStore(ctx context.Context, path string) (*Store, error) {
	dsn := "file:" + path + "?_pragma=foreign_keys(1)&_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s := &Store{db: db, path: path}
	fresh, err := s.migrate(ctx)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if fresh {
		bl, err := seedBuilder()
		if err != nil {
			db.Close()
			return nil, err
		}
		if err := s.Save(ctx, bl); err != nil {
			db.Close()
			return nil, fmt.Errorf("seed %s: %w", path, err)
		}
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// migrate applies the embedded migrations the database lacks, tracked by
// SQLite's user_version. It reports whether the database was new.
func (s *Store) migrate(ctx context.Context) (fresh bool, err error) {
	var version int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return false, fmt.Errorf("read schema version: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return false, err
	}
	sort.Strings(names)
	if version > len(names) {
		return false, fmt.Errorf("database schema version %d is newer than this program knows (%d)", version, len(names))
	}
	for i := version; i < len(names); i++ {
		body, err := migrations.ReadFile(names[i])
		if err != nil {
			return false, err
		}
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return false, err
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			tx.Rollback()
			return false, fmt.Errorf("migration %s: %w", names[i], err)
		}
		if _, err := tx.ExecContext(ctx, "PRAGMA user_version = "+strconv.Itoa(i+1)); err != nil {
			tx.Rollback()
			return false, err
		}
		if err := tx.Commit(); err != nil {
			return false, fmt.Errorf("migration %s: %w", names[i], err)
		}
	}
	return version == 0, nil
}

// Builder loads everything stored into a Builder, to merge imports into.
func (s *Store) Builder(ctx context.Context) (*Builder, error) {
	bl := NewBuilder()
	if err := s.load(ctx, bl); err != nil {
		return nil, fmt.Errorf("load %s: %w", s.path, err)
	}
	if err := s.loadOfficialMore(ctx, bl); err != nil { // store_official.go
		return nil, fmt.Errorf("load %s: %w", s.path, err)
	}
	bl.dirty = map[string]bool{}
	return bl, nil
}

// Load returns the stored knowledge as a Base.
func (s *Store) Load(ctx context.Context) (*Base, error) {
	bl, err := s.Builder(ctx)
	if err != nil {
		return nil, err
	}
	return bl.Build(), nil
}

func (s *Store) load(ctx context.Context, bl *Builder) error {
	rows, err := s.db.QueryContext(ctx, "SELECT id, kind, title, url FROM sources")
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
			c.Aliases = append(c.Aliases, name)
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
			c.Facts[f.Field] = f
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
	rows, err := s.db.QueryContext(ctx, query)
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
	if err := saveOfficialMore(ctx, tx, bl); err != nil { // store_official.go
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

func save(ctx context.Context, tx *sql.Tx, bl *Builder) error {
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
		for i, a := range c.Aliases {
			if err := exec("INSERT INTO career_names (career_id, position, name) VALUES (?, ?, ?)", id, i, a); err != nil {
				return fmt.Errorf("save career %s: %w", c.Name, err)
			}
		}
		for i, src := range c.Sources {
			if err := exec("INSERT INTO career_sources (career_id, position, source_id) VALUES (?, ?, ?)", id, i, src); err != nil {
				return fmt.Errorf("save career %s: %w", c.Name, err)
			}
		}
		for _, f := range c.Facts {
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

// Import parses files and merges them into the store in one transaction.
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
	bl, err := s.Builder(ctx)
	if err != nil {
		return nil, err
	}
	report := bl.AddPages(pages, replace)
	report.Pages = append(report.Pages, failed...)
	if err := s.Save(ctx, bl); err != nil {
		return nil, fmt.Errorf("save %s: %w", s.path, err)
	}
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
	bl, err := s.Builder(ctx)
	if err != nil {
		return 0, err
	}
	n := bl.AddOfficial(ds)
	if err := s.Save(ctx, bl); err != nil {
		return 0, fmt.Errorf("save %s: %w", s.path, err)
	}
	return n, nil
}
