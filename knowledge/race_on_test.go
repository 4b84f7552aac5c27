//go:build race

package knowledge_test

// raceEnabled is true when the tests run under the race detector, which
// makes SQLite (compiled from C to Go) many times slower: the heaviest
// tests then run fewer rounds.
const raceEnabled = true
