package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/careerbot/careerbot/knowledge/official"
)

// runBundleOfficial reads the agencies' published files and writes the
// compact bundle embedded as seeds.Official:
//
//	careerbot bundle-official DATASETS_DIR OUT_FILE
func runBundleOfficial(ctx context.Context, args []string, io stdio) int {
	fs := newFlags("bundle-official", "bundle-official DATASETS_DIR OUT_FILE",
		"Rebuilds the embedded O*NET/BLS bundle from the agencies' files (make seeds-official).", io)
	if code, ok := parseFlags(fs, args, io); !ok {
		return code
	}
	if fs.NArg() != 2 {
		return usageError(fs, io, "give DATASETS_DIR and OUT_FILE")
	}
	dir, out := fs.Arg(0), fs.Arg(1)
	ds, err := official.ReadDir(dir)
	if err != nil {
		fmt.Fprintf(io.err, "bundle-official: %v\n", err)
		return 1
	}
	if err := ctx.Err(); err != nil {
		fmt.Fprintf(io.err, "bundle-official: %v\n", err)
		return 1
	}
	size, err := writeBundleFile(out, ds)
	if err != nil {
		fmt.Fprintf(io.err, "bundle-official: %v\n", err)
		return 1
	}
	var wages, projections int
	for _, o := range ds.Occupations {
		if o.Wages != nil {
			wages++
		}
		if o.Projection != nil {
			projections++
		}
	}
	fmt.Fprintf(io.out, "wrote %s: %d occupations, %d with wages, %d with projections, %d state wage rows, %d bytes\n",
		out, len(ds.Occupations), wages, projections, len(ds.StateWages), size)
	return 0
}

// writeBundleFile writes the bundle to a temporary file beside path and
// renames it into place, so an interrupted run leaves the old bundle intact.
func writeBundleFile(path string, ds *official.Dataset) (int64, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*.tmp")
	if err != nil {
		return 0, fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	if err := official.WriteBundle(tmp, ds); err != nil {
		tmp.Close()
		return 0, fmt.Errorf("write %s: %w", path, err)
	}
	info, err := tmp.Stat()
	if err == nil {
		err = tmp.Close()
	} else {
		tmp.Close()
	}
	if err != nil {
		return 0, fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return 0, fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return 0, fmt.Errorf("write %s: %w", path, err)
	}
	return info.Size(), nil
}
