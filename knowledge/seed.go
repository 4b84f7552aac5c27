package knowledge

import (
	"context"
	"fmt"
	"io/fs"
	"sort"

	"github.com/careerbot/careerbot/seeds"
)

// SeedPages parses the pages embedded in the binary.
func SeedPages() ([]*Page, error) {
	names, err := fs.Glob(seeds.Pages, "*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var pages []*Page
	for _, n := range names {
		data, err := fs.ReadFile(seeds.Pages, n)
		if err != nil {
			return nil, fmt.Errorf("read seed %s: %w", n, err)
		}
		p, err := ParsePage(n, data)
		if err != nil {
			return nil, fmt.Errorf("parse seed %s: %w", n, err)
		}
		pages = append(pages, p)
	}
	return pages, nil
}

// seedBuilder returns a builder holding the knowledge embedded in the
// binary, all of it: the seed pages and the official statistics bundle,
// for a new database to start with.
func seedBuilder() (*Builder, error) {
	pages, err := SeedPages()
	if err != nil {
		return nil, err
	}
	ds, err := bundledOfficialAll()
	if err != nil {
		return nil, err
	}
	bl := NewBuilder()
	bl.AddOfficial(ds)
	bl.AddPages(pages, false)
	bl.seeded = true
	return bl, nil
}

// LoadSeeds builds a Base from the knowledge embedded in the binary. The
// lists of issue 12 (tasks, technology, related occupations, knowledge,
// education) and the state estimates are read when first asked for: most
// of the bundle, and no start-up needs them all.
func LoadSeeds(ctx context.Context) (*Base, error) {
	pages, err := SeedPages()
	if err != nil {
		return nil, err
	}
	ds, lists, states, err := bundledOfficial()
	if err != nil {
		return nil, err
	}
	bl := NewBuilder()
	bl.AddOfficial(ds)
	bl.lists, bl.states = lists, states
	bl.AddPages(pages, false)
	return bl.Build(), nil
}

// LoadSeedPages builds a Base from the embedded comparison pages alone,
// without the official statistics: the knowledge the pages give, for tests
// that check page figures across the whole base.
func LoadSeedPages(ctx context.Context) (*Base, error) {
	pages, err := SeedPages()
	if err != nil {
		return nil, err
	}
	bl := NewBuilder()
	bl.AddPages(pages, false)
	return bl.Build(), nil
}
