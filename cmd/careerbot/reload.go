package main

import (
	"context"
	"log/slog"
	"os"
	"sync/atomic"
	"time"

	"github.com/careerbot/careerbot/knowledge"
)

// reloadInterval is how often serve looks for a newer import. Looking costs
// one stat, and one PRAGMA when the file changed; reloading happens only
// when something was committed.
const reloadInterval = 2 * time.Second

// recentWrite is how long after the file's last write serve still asks
// SQLite whether it changed, though the stat shows no change: a file
// system that keeps coarse times (FAT: two seconds) can show the same
// modification time for a later write.
const recentWrite = 5 * time.Second

// liveBase is the knowledge serve answers from: loaded once at start and
// loaded again, in the background, whenever an import changes the database.
// Questions keep being answered from the previous knowledge until the new
// one is whole.
type liveBase struct {
	path string // empty: the knowledge embedded in the binary, which never changes
	log  *slog.Logger
	kb   atomic.Pointer[knowledge.Base]

	// Used only by the watching goroutine after openLiveBase returns.
	store   *knowledge.Store
	file    os.FileInfo // the file store has open as last seen, to notice a file put in its place or written
	version int64       // PRAGMA data_version when kb was read
	failing string      // the last reload error logged, so it is logged once
}

// openLiveBase loads the knowledge at path (read-only), or the embedded
// knowledge when path is empty.
func openLiveBase(ctx context.Context, path string, log *slog.Logger) (*liveBase, error) {
	l := &liveBase{path: path, log: log}
	if path == "" {
		kb, err := knowledge.LoadSeeds(ctx)
		if err != nil {
			return nil, err
		}
		kb.Prepare()
		l.kb.Store(kb)
		return l, nil
	}
	if err := l.reopen(ctx); err != nil {
		return nil, err
	}
	if _, err := l.reload(ctx); err != nil {
		l.Close()
		return nil, err
	}
	return l, nil
}

// Base returns the knowledge to answer from now.
func (l *liveBase) Base() *knowledge.Base { return l.kb.Load() }

// Careers returns how many careers the current knowledge has.
func (l *liveBase) Careers() int { return l.kb.Load().CareerCount() }

// Close closes the database.
func (l *liveBase) Close() error {
	if l.store == nil {
		return nil
	}
	return l.store.Close()
}

// watch checks the database every interval until ctx ends, and gives use
// each newer knowledge it loads.
func (l *liveBase) watch(ctx context.Context, interval time.Duration, use func(*knowledge.Base)) {
	if l.path == "" {
		return
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		changed, err := l.check(ctx)
		if err != nil {
			if ctx.Err() == nil && err.Error() != l.failing {
				l.log.Warn("knowledge reload failed; answering from the knowledge loaded before", "db", l.path, "err", err)
			}
			l.failing = err.Error()
			continue
		}
		l.failing = ""
		if changed {
			use(l.Base())
			l.log.Info("knowledge reloaded", "db", l.path, "careers", l.Careers())
		}
	}
}

// check reloads the knowledge if the database changed since it was read:
// another connection committed (data_version), or another file was put at
// the path. SQLite is asked only when the file was written since the last
// look: every commit writes the file, and a query every two seconds kept
// some 3.5 MB of SQLite's code and the runtime's tables resident in an
// idle server, a tenth of its memory.
func (l *liveBase) check(ctx context.Context) (bool, error) {
	fi, err := os.Stat(l.path)
	if err != nil {
		return false, err
	}
	if !os.SameFile(fi, l.file) {
		if err := l.reopen(ctx); err != nil {
			return false, err
		}
	} else if l.version >= 0 && unwritten(l.file, fi, time.Now()) {
		return false, nil // read, and not written since
	}
	changed, err := l.reload(ctx)
	if err == nil {
		l.file = fi // a failed reload is tried again next time
	}
	return changed, err
}

// unwritten reports whether the file seen as was, now is, has not been
// written since: same size and time, that time not recent.
func unwritten(was, is os.FileInfo, now time.Time) bool {
	return was.Size() == is.Size() && was.ModTime().Equal(is.ModTime()) && now.Sub(is.ModTime()) > recentWrite
}

// reopen opens the file now at the path, closing the one open before.
func (l *liveBase) reopen(ctx context.Context) error {
	// Stat first: a file put in place between the stat and the open is
	// then noticed by the next check rather than missed.
	fi, statErr := os.Stat(l.path)
	s, err := openReadStore(ctx, l.path)
	if err != nil {
		return err
	}
	if statErr != nil {
		s.Close()
		return statErr
	}
	if l.store != nil {
		l.store.Close()
	}
	l.store, l.file, l.version = s, fi, -1
	return nil
}

// reload loads the knowledge again if data_version moved. The version is
// read before the load, so a commit during the load is caught next time.
func (l *liveBase) reload(ctx context.Context) (bool, error) {
	v, err := l.store.DataVersion(ctx)
	if err != nil {
		return false, err
	}
	if v == l.version {
		return false, nil
	}
	kb, err := l.store.Base(ctx)
	if err != nil {
		return false, err
	}
	kb.Prepare() // before it answers anyone
	l.kb.Store(kb)
	l.version = v
	return true, nil
}
