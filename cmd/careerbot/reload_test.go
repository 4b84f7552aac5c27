package main

import (
	"context"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestReloadLooksOnlyAfterAWrite: serve asks SQLite whether the database
// changed only when the file was written since it last looked. The store is
// closed under the watcher, so a look that asked SQLite would fail.
func TestReloadLooksOnlyAfterAWrite(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kb.db")
	copyCorpusDB(t, path)
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(path, old, old); err != nil {
		t.Fatal(err)
	}
	l, err := openLiveBase(ctx, path, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if changed, err := l.check(ctx); changed || err != nil {
		t.Fatalf("check of an unchanged database = %v, %v; want false, nil", changed, err)
	}
	l.store.Close()
	if changed, err := l.check(ctx); changed || err != nil {
		t.Errorf("check of a file not written since = %v, %v; want false, nil without asking SQLite", changed, err)
	}
	if err := os.Chtimes(path, time.Now(), time.Now()); err != nil {
		t.Fatal(err)
	}
	if _, err := l.check(ctx); err == nil {
		t.Errorf("check of a file written since did not ask SQLite (its store is closed)")
	}
	if _, err := l.check(ctx); err == nil {
		t.Errorf("check after a failed look did not look again")
	}
}

func TestUnwritten(t *testing.T) {
	now := time.Date(2026, 12, 6, 12, 0, 0, 0, time.UTC)
	long := now.Add(-time.Hour)
	tests := []struct {
		name    string
		was, is fileInfo
		want    bool
	}{
		{"same size and old time", fileInfo{10, long}, fileInfo{10, long}, true},
		{"grew", fileInfo{10, long}, fileInfo{20, long}, false},
		{"written later", fileInfo{10, long}, fileInfo{10, long.Add(time.Nanosecond)}, false},
		{"time moved back", fileInfo{10, long}, fileInfo{10, long.Add(-time.Second)}, false},
		{"same time, but recent", fileInfo{10, now.Add(-time.Second)}, fileInfo{10, now.Add(-time.Second)}, false},
		{"same time, just past recent", fileInfo{10, now.Add(-recentWrite - time.Second)}, fileInfo{10, now.Add(-recentWrite - time.Second)}, true},
	}
	for _, tt := range tests {
		if got := unwritten(tt.was, tt.is, now); got != tt.want {
			t.Errorf("%s: unwritten = %v; want %v", tt.name, got, tt.want)
		}
	}
}

// fileInfo is an os.FileInfo of a size and a modification time.
type fileInfo struct {
	size int64
	mod  time.Time
}

func (f fileInfo) Name() string       { return "kb.db" }
func (f fileInfo) Size() int64        { return f.size }
func (f fileInfo) Mode() fs.FileMode  { return 0o644 }
func (f fileInfo) ModTime() time.Time { return f.mod }
func (f fileInfo) IsDir() bool        { return false }
func (f fileInfo) Sys() any           { return nil }
