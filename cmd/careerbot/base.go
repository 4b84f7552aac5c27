package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"

	"github.com/careerbot/careerbot/knowledge"
)

// openBase opens the knowledge the bot answers from: the database file at
// dbPath, read-only, or the knowledge embedded in the binary when dbPath is
// empty. A database adds to the embedded knowledge what it holds beyond it,
// read as questions need it.
func openBase(ctx context.Context, dbPath string) (*knowledge.Base, error) {
	// Building the knowledge allocates tens of megabytes that mostly stay:
	// collecting garbage while it grows only costs start-up time.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(loadMemoryLimit()))
	if dbPath == "" {
		return knowledge.LoadSeeds(ctx)
	}
	s, err := openReadStore(ctx, dbPath)
	if err != nil {
		return nil, err
	}
	// The knowledge reads the database while it answers: the store stays
	// open for the life of the process.
	kb, err := s.Base(ctx)
	if err != nil {
		s.Close()
		return nil, err
	}
	return kb, nil
}

// loadMemoryLimit is the memory at which the collector runs anyway while
// the knowledge is built: it bounds the peak memory of a one-question ask,
// which would otherwise hold every short-lived allocation of the build
// (peak RSS 58 → 52 MiB with a database). It is counted from what the
// process holds already, so a process holding more (tests) does not spend
// the build collecting.
func loadMemoryLimit() int64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return int64(ms.Sys-ms.HeapReleased) + 38<<20
}

// openReadStore opens the database at path read-only. Only an import
// creates or updates a database, so the errors say to run one.
func openReadStore(ctx context.Context, path string) (*knowledge.Store, error) {
	s, err := knowledge.OpenReadOnly(ctx, path)
	switch {
	case errors.Is(err, knowledge.ErrNoDatabase):
		return nil, fmt.Errorf("%w; create one with careerbot import", err)
	case errors.Is(err, knowledge.ErrOldSchema):
		return nil, fmt.Errorf("%w; update it by importing into it: careerbot import --db %s FILE", err, path)
	}
	return s, err
}

// dbFlag adds --db to fs, defaulting to $CAREERBOT_DB.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", os.Getenv("CAREERBOT_DB"), "SQLite database `file` (default $CAREERBOT_DB; empty: the knowledge built into the binary)")
}

// openImportStore opens the database an import writes to: the one named,
// else the default one. It returns the store, its path, and whether the
// file was created by opening it.
func openImportStore(ctx context.Context, named string) (s *knowledge.Store, path string, created bool, err error) {
	path = named
	if path == "" {
		if path, err = defaultDBPath(); err != nil {
			return nil, "", false, err
		}
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, "", false, fmt.Errorf("create %s: %w", filepath.Dir(path), err)
	}
	_, statErr := os.Stat(path)
	created = errors.Is(statErr, fs.ErrNotExist)
	s, err = knowledge.OpenStore(ctx, path)
	return s, path, created, err
}

// untouched closes a store nothing was imported into and says what became
// of its file: a database this import created is removed again, so that a
// failed first import leaves nothing behind.
func untouched(s *knowledge.Store, path string, created bool) string {
	if !created {
		return path + " is unchanged"
	}
	s.Close()
	for _, suffix := range []string{"", "-journal", "-wal", "-shm"} {
		os.Remove(path + suffix)
	}
	return "no database was written"
}

// defaultDBPath is where imports go when neither --db nor CAREERBOT_DB says.
func defaultDBPath() (string, error) {
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("find a data directory: %w (set --db or CAREERBOT_DB)", err)
		}
		dir = filepath.Join(home, ".local", "share")
	}
	dir = filepath.Join(dir, "careerbot")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("create %s: %w", dir, err)
	}
	return filepath.Join(dir, "careerbot.db"), nil
}
