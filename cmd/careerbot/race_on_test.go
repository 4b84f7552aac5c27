//go:build race

package main

// raceEnabled is true when the tests run under the race detector, which
// makes SQLite (compiled from C to Go) many times slower: the heaviest
// tests then run fewer rounds.
const raceEnabled = true
