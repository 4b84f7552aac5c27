package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/careerbot/careerbot/knowledge"
)

// runImport imports comparison pages into the database:
// careerbot import [--db FILE] [--replace] FILE|DIR...
func runImport(ctx context.Context, args []string, io stdio) int {
	flags := newFlags("import", "import [--db FILE] [--replace] FILE|DIR...",
		"Imports comparison pages (a file, or the .txt files of a directory) into a database.", io)
	db := dbFlag(flags)
	replace := flags.Bool("replace", false, "replace stored values that the pages give differently (default: keep them and report the conflict)")
	if code, ok := parseFlags(flags, args, io); !ok {
		return code
	}
	if flags.NArg() == 0 {
		return usageError(flags, io, "name at least one page file or directory")
	}
	files, err := readPages(flags.Args())
	if err != nil {
		fmt.Fprintf(io.err, "careerbot: %v\n", err)
		return 1
	}
	store, path, created, err := openImportStore(ctx, *db)
	if err != nil {
		fmt.Fprintf(io.err, "careerbot: %v\n", err)
		return 1
	}
	defer store.Close()
	report, err := store.Import(ctx, files, *replace)
	if report != nil {
		fmt.Fprint(io.out, report.Summary())
	}
	if errors.Is(err, knowledge.ErrNothingImported) {
		fmt.Fprintf(io.err, "careerbot: %v; %s\n", err, untouched(store, path, created))
		return 1
	}
	if err != nil {
		fmt.Fprintf(io.err, "careerbot: %v\n", err)
		return 1
	}
	fmt.Fprintf(io.out, "database: %s\n", path)
	return 0
}

// readPages reads the files named, and the .txt files in directories named.
// Files over the page size limit are passed on unread beyond the limit, so
// the parser reports them without loading gigabytes.
func readPages(paths []string) ([]knowledge.ImportFile, error) {
	var out []knowledge.ImportFile
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("import %s: %w", p, err)
		}
		var names []string
		if info.IsDir() {
			err := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				if !d.IsDir() && filepath.Ext(path) == ".txt" {
					names = append(names, path)
				}
				return nil
			})
			if err != nil {
				return nil, fmt.Errorf("import %s: %w", p, err)
			}
			sort.Strings(names)
		} else {
			names = []string{p}
		}
		for _, n := range names {
			data, err := readLimited(n, knowledge.MaxPageBytes+1)
			if err != nil {
				return nil, fmt.Errorf("import %s: %w", n, err)
			}
			out = append(out, knowledge.ImportFile{Name: n, Data: data})
		}
	}
	return out, nil
}

func readLimited(path string, limit int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	buf := make([]byte, limit)
	n, err := f.Read(buf)
	for err == nil && n < limit {
		var m int
		m, err = f.Read(buf[n:])
		n += m
	}
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return buf[:n], nil
}
