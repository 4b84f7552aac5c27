// Package knowledge owns what careerbot knows: careers and their figures,
// what each figure measures (one model for every source: measure,
// statistic, unit, number and basis, read through the field table), the
// sources they come from, the parser for career-comparison pages, the
// SQLite store that keeps imported knowledge, and the name resolver that
// turns free text into careers.
//
// Knowledge is answered from memory (a Base, immutable once built) and kept
// in SQLite; it never imports chat code.
package knowledge
