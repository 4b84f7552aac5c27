package knowledge

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// The write side of the database's own index (migration 003): every save
// marks each career it writes as a copy of the embedded knowledge or not,
// and indexes those that are not — their names, words, ranking values and
// skills — in the same transaction, so readers (lazy.go) find them with a
// few indexed queries and never read the database whole.

// embeddedCareers is the knowledge embedded in the binary by key, to tell
// which careers an import leaves as they are embedded. Only writers need
// it, once per process.
var embeddedCareers = sync.OnceValues(func() (map[string]*Career, error) {
	bl, err := seedBuilder()
	if err != nil {
		return nil, err
	}
	return bl.careers, nil
})

// saveIndex indexes the builder's changed careers inside tx. A builder of
// the embedded knowledge itself (seeding a new database) has nothing to
// index: readers have all of it in memory.
func saveIndex(ctx context.Context, tx *sql.Tx, bl *Builder) error {
	if len(bl.dirty) == 0 {
		return nil
	}
	var embedded map[string]*Career
	if !bl.seeded {
		var err error
		if embedded, err = embeddedCareers(); err != nil {
			return err
		}
	}
	w, err := newIndexWriter(ctx, tx)
	if err != nil {
		return err
	}
	defer w.close()
	keys := slices.Sorted(maps.Keys(bl.dirty))
	for _, k := range keys {
		c, ok := bl.careers[k]
		if !ok {
			continue
		}
		if err := w.career(c, bl.seeded, embedded[k]); err != nil {
			return fmt.Errorf("index career %s: %w", c.Name, err)
		}
	}
	if bl.statesDirty && !bl.seeded {
		if err := w.exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('state_wages', 'imported')"); err != nil {
			return err
		}
	}
	return w.finish()
}

// indexWriter writes index rows with prepared statements.
type indexWriter struct {
	ctx      context.Context
	tx       *sql.Tx
	stmts    map[string]*sql.Stmt
	words    map[string]bool // words whose name counts changed
	maxWords int
}

func newIndexWriter(ctx context.Context, tx *sql.Tx) (*indexWriter, error) {
	return &indexWriter{ctx: ctx, tx: tx, stmts: map[string]*sql.Stmt{}, words: map[string]bool{}}, nil
}

func (w *indexWriter) close() {
	for _, st := range w.stmts {
		st.Close()
	}
}

func (w *indexWriter) exec(q string, args ...any) error {
	st, err := w.stmt(q)
	if err != nil {
		return err
	}
	_, err = st.ExecContext(w.ctx, args...)
	return err
}

// stmt prepares q once per save.
func (w *indexWriter) stmt(q string) (*sql.Stmt, error) {
	if st, ok := w.stmts[q]; ok {
		return st, nil
	}
	st, err := w.tx.PrepareContext(w.ctx, q)
	if err != nil {
		return nil, err
	}
	w.stmts[q] = st
	return st, nil
}

// career replaces the index rows of one career.
func (w *indexWriter) career(c *Career, seeded bool, embedded *Career) error {
	var id int64
	st, err := w.stmt("SELECT id FROM careers WHERE key = ?")
	if err != nil {
		return err
	}
	if err := st.QueryRowContext(w.ctx, c.Key).Scan(&id); err != nil {
		return err
	}
	if st, err = w.stmt("SELECT word FROM name_words WHERE career_id = ?"); err != nil {
		return err
	}
	rows, err := st.QueryContext(w.ctx, id)
	if err != nil {
		return err
	}
	for rows.Next() {
		var word string
		if err := rows.Scan(&word); err != nil {
			rows.Close()
			return err
		}
		w.words[word] = true
	}
	rows.Close()
	for _, q := range []string{"DELETE FROM name_keys WHERE career_id = ?", "DELETE FROM name_words WHERE career_id = ?",
		"DELETE FROM rank_values WHERE career_id = ?", "DELETE FROM skill_keys WHERE career_id = ?"} {
		if err := w.exec(q, id); err != nil {
			return err
		}
	}
	same := seeded || embedded != nil && sameCareer(c, embedded)
	shadows := !seeded && embedded != nil && !same
	if err := w.exec("UPDATE careers SET embedded = ?, shadows = ? WHERE id = ?", same, shadows, id); err != nil {
		return err
	}
	if same {
		return nil
	}
	tz := tokenizer{}
	for pos, name := range append([]string{c.Name}, c.Aliases.Strings()...) {
		all := tz.tokens(name)
		if len(all) == 0 {
			continue
		}
		w.maxWords = max(w.maxWords, len(all))
		for _, key := range nameKeys(tz, name, all) {
			if err := w.exec("INSERT INTO name_keys (key, career_id, pos, name) VALUES (?, ?, ?, ?)", key, id, pos, name); err != nil {
				return err
			}
		}
		words := dedupe(all)
		for _, word := range words {
			if err := w.exec("INSERT OR IGNORE INTO name_words (word, nwords, career_id, pos, key) VALUES (?, ?, ?, ?, ?)",
				word, len(words), id, pos, strings.Join(all, " ")); err != nil {
				return err
			}
			w.words[word] = true
		}
	}
	for _, f := range c.Facts() {
		if !RankedFields[f.Field] {
			continue
		}
		if v, ok := f.Number(); ok {
			if err := w.exec("INSERT OR IGNORE INTO rank_values (field, value, career_id) VALUES (?, ?, ?)", f.Field, v, id); err != nil {
				return err
			}
		}
	}
	seen := map[string]bool{}
	for _, kind := range skillKinds {
		for i, it := range c.Lists[kind].Items {
			k := Normalize(it.Name)
			if seen[k] || k == "" {
				continue
			}
			seen[k] = true
			share, _ := parseNumber(it.Share)
			if err := w.exec("INSERT INTO skill_keys (key, career_id, list, rank, share) VALUES (?, ?, ?, ?, ?)", k, id, kind, i+1, share); err != nil {
				return err
			}
		}
	}
	return nil
}

// RankedFields are the fields a database indexes for rankings: Ranked of
// another field holds only the embedded careers.
var RankedFields = map[Field]bool{
	FieldYearlySalary: true, FieldMedianAnnual: true, FieldMeanAnnual: true,
	FieldHourlyRate: true, FieldMedianHourly: true, FieldMeanHourly: true,
	FieldGrowthRate: true, FieldProjectedGrowth: true, FieldJobs: true, FieldEmployment: true,
	FieldAnnualOpenings: true, FieldSatisfaction: true,
}

// skillKinds are the lists WithSkill reads, in the order a career's first
// mention of a skill is taken from.
var skillKinds = []ListKind{ListSkills, ListTopSkills, ListSkillImportance}

// nameKeys are the exact keys a name is found by, as the in-memory index
// has them (nameIndex.add): all its words, and each half of "A (B)".
func nameKeys(tz tokenizer, name string, all []string) []string {
	key := strings.Join(all, " ")
	keys := []string{key}
	for _, part := range nameHalves(name) {
		if k := strings.Join(tz.tokens(part), " "); k != "" && !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return keys
}

// finish brings the word counts, misspelling table and figures about the
// index up to date with the careers written.
func (w *indexWriter) finish() error {
	words := slices.Sorted(maps.Keys(w.words))
	for _, word := range words {
		var n int
		if err := w.tx.QueryRowContext(w.ctx, "SELECT count(*) FROM name_words WHERE word = ?", word).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			if err := w.exec("DELETE FROM words WHERE word = ?", word); err != nil {
				return err
			}
			continue
		}
		if err := w.exec("INSERT OR REPLACE INTO words (word, names) VALUES (?, ?)", word, n); err != nil {
			return err
		}
		if len(word) < 4 || len(word) > maxFuzzyWord {
			continue
		}
		for _, d := range deletions(word) {
			if err := w.exec("INSERT OR IGNORE INTO word_deletes (del, word) VALUES (?, ?)", d, word); err != nil {
				return err
			}
		}
	}
	var names int
	if err := w.tx.QueryRowContext(w.ctx, "SELECT count(*) FROM (SELECT DISTINCT career_id, pos FROM name_keys)").Scan(&names); err != nil {
		return err
	}
	var old string
	err := w.tx.QueryRowContext(w.ctx, "SELECT value FROM meta WHERE key = 'max_words'").Scan(&old)
	if err != nil && err != sql.ErrNoRows {
		return err
	}
	if n, _ := strconv.Atoi(old); n > w.maxWords {
		w.maxWords = n
	}
	if err := w.exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('max_words', ?)", strconv.Itoa(w.maxWords)); err != nil {
		return err
	}
	if err := w.exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('names', ?)", strconv.Itoa(names)); err != nil {
		return err
	}
	var added int
	if err := w.tx.QueryRowContext(w.ctx, "SELECT count(*) FROM careers WHERE embedded = 0 AND shadows = 0").Scan(&added); err != nil {
		return err
	}
	return w.exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('new_careers', ?)", strconv.Itoa(added))
}

// sameCareer reports whether two careers hold the same names, sources,
// figures and lists.
func sameCareer(a, b *Career) bool {
	if a.Key != b.Key || a.Name != b.Name || !a.Aliases.Equal(b.Aliases) || !slices.Equal(a.Sources, b.Sources) {
		return false
	}
	if !slices.Equal(a.Facts(), b.Facts()) || len(a.Lists) != len(b.Lists) {
		return false
	}
	for kind, l := range a.Lists {
		o, ok := b.Lists[kind]
		if !ok || o.Source != l.Source || !slices.Equal(o.Items, l.Items) {
			return false
		}
	}
	return true
}

// indexVersion is the schema version (migration 003) that added the index.
const indexVersion = 3

// reindex indexes every career of a database made before the index, in
// the migration's transaction.
func reindex(ctx context.Context, s *Store, tx *sql.Tx) error {
	bl := NewBuilder()
	if err := s.load(ctx, bl); err != nil {
		return err
	}
	for k := range bl.careers {
		bl.dirty[k] = true
	}
	// The state estimates it holds are what the program before answered
	// from, whatever their release: readers keep answering from them.
	bl.statesDirty = bl.states != nil
	return saveIndex(ctx, tx, bl)
}
