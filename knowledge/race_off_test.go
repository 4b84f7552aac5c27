//go:build !race

package knowledge_test

const raceEnabled = false
