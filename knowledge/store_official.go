package knowledge

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/careerbot/careerbot/knowledge/official"
)

// The OEWS state estimates in the database (table state_wages, migration
// 002). The O*NET lists of issue 12 need no code here: they are career
// lists and list_items stores them.

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
	st, err := tx.PrepareContext(ctx, `INSERT INTO state_wages (code, area, area_title, territory, employment,
		hourly_mean, hourly_median, annual_mean, annual_median, annual_p10, annual_p25, annual_p75, annual_p90)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("save state wages: %w", err)
	}
	defer st.Close()
	for _, w := range rows {
		territory := 0
		if w.Territory {
			territory = 1
		}
		if _, err := st.ExecContext(ctx, w.Code, w.Area, w.AreaTitle, territory, w.Employment,
			w.HourlyMean, w.HourlyMedian, w.AnnualMean, w.AnnualMedian, w.Annual10, w.Annual25, w.Annual75, w.Annual90); err != nil {
			return fmt.Errorf("save state wages %s %s: %w", w.Code, w.Area, err)
		}
	}
	return nil
}

// loadStates reads the stored state estimates into the builder. A database
// without any (imported before issue 12) leaves the builder without.
func (s *Store) loadStates(ctx context.Context, bl *Builder) error {
	var rows []official.StateWage
	err := s.each(ctx, `SELECT code, area, area_title, territory, employment, hourly_mean, hourly_median,
		annual_mean, annual_median, annual_p10, annual_p25, annual_p75, annual_p90
		FROM state_wages ORDER BY code, area`, func(r *sql.Rows) error {
		var w official.StateWage
		if err := r.Scan(&w.Code, &w.Area, &w.AreaTitle, &w.Territory, &w.Employment, &w.HourlyMean, &w.HourlyMedian,
			&w.AnnualMean, &w.AnnualMedian, &w.Annual10, &w.Annual25, &w.Annual75, &w.Annual90); err != nil {
			return err
		}
		// The numbers for ranking are the text's: stored once, not twice.
		w.AnnualMedianValue, _ = parseNumber(w.AnnualMedian)
		w.AnnualMeanValue, _ = parseNumber(w.AnnualMean)
		w.EmploymentValue, _ = parseNumber(w.Employment)
		rows = append(rows, w)
		return nil
	})
	if err != nil {
		return fmt.Errorf("load state wages: %w", err)
	}
	if len(rows) > 0 {
		bl.states = loadedStates(rows)
	}
	return nil
}
