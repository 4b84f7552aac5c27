//go:build race

package xlsx_test

// raceEnabled is true when the tests run under the race detector, which
// makes reading XML many times slower: the test of the whole published
// population then reads the first rows of each sheet only (go test without
// -race reads them all).
const raceEnabled = true
