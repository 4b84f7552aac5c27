package knowledge

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/careerbot/careerbot/knowledge/official"
)

// The data of issue 12 in the database (migration 002): the OEWS state
// estimates in state_wages, and the O*NET lists in career_lists, each
// packed into one row per occupation code or per career and list.

// packedKinds are the lists kept in career_lists rather than list_items.
var packedKinds = append([]ListKind{ListInterests}, lazyKinds...)

// packedList reports whether a list is kept in career_lists; save leaves
// it out of list_items.
func packedList(kind ListKind) bool { return slices.Contains(packedKinds, kind) }

// saveOfficialMore writes the packed lists of the builder's changed
// careers and, when they changed, the state estimates, in save's
// transaction.
func saveOfficialMore(ctx context.Context, tx *sql.Tx, bl *Builder) error {
	keys := make([]string, 0, len(bl.dirty))
	for k := range bl.dirty {
		if c, ok := bl.careers[k]; ok && c.Official() {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	del, err := tx.PrepareContext(ctx, "DELETE FROM career_lists WHERE career_id = (SELECT id FROM careers WHERE key = ?)")
	if err != nil {
		return fmt.Errorf("save lists: %w", err)
	}
	defer del.Close()
	ins, err := tx.PrepareContext(ctx, `INSERT INTO career_lists (career_id, list, items, source_id)
		VALUES ((SELECT id FROM careers WHERE key = ?), ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("save lists: %w", err)
	}
	defer ins.Close()
	for _, k := range keys {
		c := bl.careers[k]
		if _, err := del.ExecContext(ctx, k); err != nil {
			return fmt.Errorf("save lists of %s: %w", c.Name, err)
		}
		for _, kind := range packedKinds {
			l, ok := c.Lists[kind]
			if !ok || len(l.Items) == 0 {
				continue
			}
			var b strings.Builder
			for _, it := range l.Items {
				if strings.ContainsAny(it.Name+it.Share, "\t\r\n") {
					return fmt.Errorf("save lists of %s: %s item %q holds a tab or line break", c.Name, kind, it.Name)
				}
				b.WriteString(it.Name + "\t" + it.Share + "\n")
			}
			if _, err := ins.ExecContext(ctx, k, kind, b.String(), l.Source); err != nil {
				return fmt.Errorf("save lists of %s: %w", c.Name, err)
			}
		}
	}
	return saveStates(ctx, tx, bl)
}

// saveStates replaces the stored state estimates with the builder's when
// they changed (an official import, or seeding a new database).
func saveStates(ctx context.Context, tx *sql.Tx, bl *Builder) error {
	if !bl.statesDirty {
		return nil
	}
	rows, err := bl.states.get()
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM state_wages"); err != nil {
		return fmt.Errorf("save state wages: %w", err)
	}
	st, err := tx.PrepareContext(ctx, "INSERT INTO state_wages (code, areas) VALUES (?, ?)")
	if err != nil {
		return fmt.Errorf("save state wages: %w", err)
	}
	defer st.Close()
	for i := 0; i < len(rows); {
		j := i
		var b strings.Builder
		for ; j < len(rows) && rows[j].Code == rows[i].Code; j++ {
			w := rows[j]
			territory := "0"
			if w.Territory {
				territory = "1"
			}
			fields := []string{w.Area, w.AreaTitle, territory, w.Employment, w.HourlyMean, w.HourlyMedian,
				w.AnnualMean, w.AnnualMedian, w.Annual10, w.Annual25, w.Annual75, w.Annual90}
			for _, f := range fields {
				if strings.ContainsAny(f, "\t\r\n") {
					return fmt.Errorf("save state wages %s %s: %q holds a tab or line break", w.Code, w.Area, f)
				}
			}
			b.WriteString(strings.Join(fields, "\t") + "\n")
		}
		if _, err := st.ExecContext(ctx, rows[i].Code, b.String()); err != nil {
			return fmt.Errorf("save state wages %s: %w", rows[i].Code, err)
		}
		i = j
	}
	return nil
}

// loadOfficialMore reads the packed lists and the state estimates into the
// builder. A database without them (imported before issue 12) leaves the
// builder without.
func (s *Store) loadOfficialMore(ctx context.Context, bl *Builder) error {
	err := s.each(ctx, `SELECT c.key, l.list, l.items, l.source_id FROM career_lists l JOIN careers c ON c.id = l.career_id`, func(r *sql.Rows) error {
		var key, items, src string
		var kind ListKind
		if err := r.Scan(&key, &kind, &items, &src); err != nil {
			return err
		}
		c, ok := bl.careers[key]
		if !ok {
			return fmt.Errorf("lists of career %s, which does not exist", key)
		}
		l := List{Kind: kind, Source: src}
		for _, line := range strings.Split(strings.TrimSuffix(items, "\n"), "\n") {
			name, share, _ := strings.Cut(line, "\t")
			l.Items = append(l.Items, Item{Name: name, Share: share})
		}
		c.Lists[kind] = l
		return nil
	})
	if err != nil {
		return fmt.Errorf("load lists: %w", err)
	}
	rows, err := s.readStates(ctx)
	if err != nil {
		return err
	}
	if len(rows) > 0 {
		bl.states = loadedStates(rows)
	}
	return nil
}

// readStates reads the stored state estimates.
func (s *Store) readStates(ctx context.Context) ([]official.StateWage, error) {
	var rows []official.StateWage
	err := s.each(ctx, "SELECT code, areas FROM state_wages ORDER BY code", func(r *sql.Rows) error {
		var code, areas string
		if err := r.Scan(&code, &areas); err != nil {
			return err
		}
		for _, line := range strings.Split(strings.TrimSuffix(areas, "\n"), "\n") {
			f := strings.Split(line, "\t")
			if len(f) != 12 {
				return fmt.Errorf("state wages of %s: %d fields in a line; want 12", code, len(f))
			}
			w := official.StateWage{Code: code, Area: f[0], AreaTitle: f[1], Territory: f[2] == "1", Employment: f[3],
				HourlyMean: f[4], HourlyMedian: f[5], AnnualMean: f[6], AnnualMedian: f[7],
				Annual10: f[8], Annual25: f[9], Annual75: f[10], Annual90: f[11]}
			// The numbers for ranking are the text's: stored once, not twice.
			w.AnnualMedianValue, _ = parseNumber(w.AnnualMedian)
			w.AnnualMeanValue, _ = parseNumber(w.AnnualMean)
			w.EmploymentValue, _ = parseNumber(w.Employment)
			rows = append(rows, w)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load state wages: %w", err)
	}
	return rows, nil
}
