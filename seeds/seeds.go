// Package seeds holds the source pages careerbot ships with, embedded in the
// binary so that a fresh build answers with no setup.
package seeds

import "embed"

// Pages holds the comparison pages (*.txt) the default knowledge is built from.
//
//go:embed *.txt
var Pages embed.FS
