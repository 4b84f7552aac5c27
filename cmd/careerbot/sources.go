package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/careerbot/careerbot/knowledge"
	"github.com/careerbot/careerbot/knowledge/official"
)

// runImportOfficial imports official statistics as the agencies publish
// them: careerbot import-official [--db FILE] DATASETS_DIR.
func runImportOfficial(ctx context.Context, args []string, io stdio) int {
	flags := newFlags("import-official", "import-official [--db FILE] DATASETS_DIR",
		"Imports newer O*NET and BLS files, as the agencies publish them (onet/*.xlsx or *.txt,\nbls/*.xlsx under DATASETS_DIR), into a database.", io)
	db := dbFlag(flags)
	if code, ok := parseFlags(flags, args, io); !ok {
		return code
	}
	if flags.NArg() != 1 {
		return usageError(flags, io, "give one DATASETS_DIR")
	}
	ds, err := official.ReadDir(flags.Arg(0))
	if err != nil {
		fmt.Fprintf(io.err, "careerbot: import-official %s: %v\n", flags.Arg(0), err)
		return 1
	}
	store, path, created, err := openImportStore(ctx, *db)
	if err != nil {
		fmt.Fprintf(io.err, "careerbot: %v\n", err)
		return 1
	}
	defer store.Close()
	n, err := store.ImportOfficial(ctx, ds)
	if errors.Is(err, knowledge.ErrNothingImported) {
		fmt.Fprintf(io.err, "careerbot: no occupations in %s; %s\n", flags.Arg(0), untouched(store, path, created))
		return 1
	}
	if err != nil {
		fmt.Fprintf(io.err, "careerbot: %v\n", err)
		return 1
	}
	wages, proj := 0, 0
	for _, o := range ds.Occupations {
		if o.Wages != nil {
			wages++
		}
		if o.Projection != nil {
			proj++
		}
	}
	fmt.Fprintf(io.out, "%d occupations imported (%d with wages, %d with projections; %d state wage rows)\nfrom: %s\ndatabase: %s\n",
		n, wages, proj, len(ds.StateWages), releases(ds), path)
	return 0
}

func releases(ds *official.Dataset) string {
	var out []string
	for _, r := range ds.Release {
		out = append(out, r)
	}
	sort.Strings(out)
	if len(out) == 0 {
		return "no release named"
	}
	return strings.Join(out, "; ")
}

// runSources lists where the bot's knowledge comes from, with the
// attribution O*NET's licence requires.
func runSources(ctx context.Context, args []string, io stdio) int {
	flags := newFlags("sources", "sources [--db FILE]", "Lists the sources of the knowledge, with their attribution.", io)
	db := dbFlag(flags)
	if code, ok := parseFlags(flags, args, io); !ok {
		return code
	}
	if flags.NArg() > 0 {
		return usageError(flags, io, "sources takes no arguments")
	}
	kb, err := openBase(ctx, *db)
	if err != nil {
		fmt.Fprintf(io.err, "careerbot: %v\n", err)
		return 1
	}
	count := kb.SourceCounts()
	// The state estimates belong to no career's list of sources: they are
	// looked up by occupation and state.
	if _, ok := kb.Source(knowledge.SourceOEWSState); ok {
		count[knowledge.SourceOEWSState] += 0
	}
	var ids []string
	for id := range count {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	fmt.Fprintln(io.out, "Sources of careerbot's knowledge:")
	for _, id := range ids {
		src, _ := kb.Source(id)
		line := fmt.Sprintf("  %s (%d careers)", src.Title, count[id])
		if id == knowledge.SourceOEWSState {
			line = fmt.Sprintf("  %s (wages by state)", src.Title)
		}
		if src.URL != "" {
			line += " " + src.URL
		}
		fmt.Fprintln(io.out, line)
	}
	fmt.Fprintln(io.out)
	attributions := kb.ONETAttributions()
	if len(attributions) == 0 {
		attributions = []string{knowledge.ONETAttribution}
	}
	for _, a := range attributions {
		fmt.Fprintln(io.out, a)
	}
	fmt.Fprintln(io.out, knowledge.BLSNotice)
	return 0
}
