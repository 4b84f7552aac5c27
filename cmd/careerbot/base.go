package main

import (
	"context"
	"errors"

	"github.com/careerbot/careerbot/knowledge"
)

// openBase loads the knowledge the bot answers from: the database file at
// dbPath, or the seed pages embedded in the binary when dbPath is empty.
func openBase(ctx context.Context, dbPath string) (*knowledge.Base, error) {
	if dbPath == "" {
		return knowledge.LoadSeeds(ctx)
	}
	return nil, errors.New("database files: not yet")
}
