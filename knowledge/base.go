package knowledge

import "context"

// Base is the in-memory knowledge the bot answers from.
type Base struct{}

// LoadSeeds builds a Base from the pages embedded in the binary.
func LoadSeeds(ctx context.Context) (*Base, error) { return &Base{}, nil }
