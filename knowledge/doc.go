// Package knowledge owns what careerbot knows: careers and their figures,
// what each figure measures (one model for every source: measure,
// statistic, unit, number and basis, read through the field table), the
// sources they come from, the parser for career-comparison pages, the
// SQLite store that keeps imported knowledge, and the name resolver that
// turns free text into careers.
//
// The knowledge embedded in the binary is answered from memory (a Base,
// immutable once built). A database adds to it what imports brought: the
// careers it adds or changes are found through an index the import writes
// in its own transaction (names, words, misspellings, ranking values,
// skills) and read one at a time when a question needs them, so opening a
// database costs the same whatever it holds. It never imports chat code.
package knowledge
