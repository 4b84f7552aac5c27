package knowledgetest

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"

	"github.com/careerbot/careerbot/knowledge"
)

// ScalePagesEnv sets how many synthetic pages ScaleDB imports (default
// 50,000: about 100,000 careers, the scale of issue 11).
const ScalePagesEnv = "CAREERBOT_SCALE_PAGES"

// ScaleDBEnv names a database ScaleDB made before, to reuse it instead of
// importing again (it is not checked: delete it when the pages change).
const ScaleDBEnv = "CAREERBOT_SCALE_DB"

var scale struct {
	once  sync.Once
	path  string
	pages int
	err   error
}

// ScaleDB returns the path of a database made by importing
// ComparisonPages(n, 1) into a new database, in one import as `careerbot
// import DIR` does; n is $CAREERBOT_SCALE_PAGES, else 50,000. It is made
// once per process, in a temporary directory that lasts as long as the
// process (benchmarks of several functions share it).
func ScaleDB(tb testing.TB) (path string, pages int) {
	tb.Helper()
	scale.once.Do(func() {
		scale.pages = 50_000
		if v, err := strconv.Atoi(os.Getenv(ScalePagesEnv)); err == nil && v >= 2 {
			scale.pages = v
		}
		if p := os.Getenv(ScaleDBEnv); p != "" {
			scale.path = p
			if _, err := os.Stat(p); err == nil {
				return
			}
			// Made now, reused by later runs.
		} else {
			dir, err := os.MkdirTemp("", "careerbot-scale")
			if err != nil {
				scale.err = err
				return
			}
			scale.path = filepath.Join(dir, "scale.db")
		}
		ctx := context.Background()
		s, err := knowledge.OpenStore(ctx, scale.path)
		if err != nil {
			scale.err = err
			return
		}
		defer s.Close()
		_, scale.err = s.Import(ctx, ComparisonPages(scale.pages, 1), false)
	})
	if scale.err != nil {
		tb.Fatalf("scale database: %v", scale.err)
	}
	return scale.path, scale.pages
}

// RemoveScaleDB removes the database ScaleDB made in a temporary directory
// (not one named by $CAREERBOT_SCALE_DB). Call it from TestMain.
func RemoveScaleDB() {
	if scale.path != "" && os.Getenv(ScaleDBEnv) == "" {
		os.RemoveAll(filepath.Dir(scale.path))
	}
}
