package main

import (
	"context"
	"fmt"
	"runtime/debug"
)

// version is stamped at build time: go build -ldflags "-X main.version=v1.2.3"
// (make build and the Dockerfile do). A plain go build says "dev".
var version = "dev"

// build describes the running binary.
type build struct {
	version, revision, goVersion string
}

// buildInfo returns the stamped version with the commit and Go version the
// toolchain recorded in the binary.
func buildInfo() build {
	b := build{version: version, revision: "unknown", goVersion: "unknown"}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return b
	}
	b.goVersion = info.GoVersion
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" {
			b.revision = s.Value
		}
	}
	return b
}

// runVersion implements careerbot version.
func runVersion(ctx context.Context, args []string, io stdio) int {
	fs := newFlags("version", "version", "Prints the version, commit and Go version of this binary.", io)
	if code, ok := parseFlags(fs, args, io); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(fs, io, "version takes no arguments")
	}
	b := buildInfo()
	fmt.Fprintf(io.out, "careerbot %s (commit %s, %s)\n", b.version, b.revision, b.goVersion)
	return 0
}
