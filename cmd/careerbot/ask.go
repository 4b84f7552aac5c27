package main

import (
	"context"
	"fmt"
)

// runAsk is a placeholder until the router lands.
func runAsk(ctx context.Context, args []string, io stdio) int {
	fmt.Fprintln(io.err, "ask: not yet")
	return 1
}

func runChat(ctx context.Context, args []string, io stdio) int  { return runAsk(ctx, args, io) }
func runImport(ctx context.Context, args []string, io stdio) int { return runAsk(ctx, args, io) }
