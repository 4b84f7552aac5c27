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
// binary: the seed pages and the official statistics bundle.
func seedBuilder() (*Builder, error) {
	pages, err := SeedPages()
	if err != nil {
		return nil, err
	}
	ds, states, err := bundledOfficial()
	if err != nil {
		return nil, err
	}
	bl := NewBuilder()
	bl.AddOfficial(ds)
	bl.states, bl.statesDirty = states, true
	bl.AddPages(pages, false)
	return bl, nil
}

// LoadSeeds builds a Base from the knowledge embedded in the binary.
func LoadSeeds(ctx context.Context) (*Base, error) {
	bl, err := seedBuilder()
	if err != nil {
		return nil, err
	}
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
