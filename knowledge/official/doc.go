// Package official reads the U.S. Department of Labor's occupational
// statistics as the agencies publish them — O*NET occupations, titles,
// descriptions, skills and job zones, and (when present) task statements,
// technology, related occupations, interests, knowledge areas and required
// education; BLS OEWS national wages and state estimates; BLS Employment
// Projections — and joins them by SOC code into plain Go values (Dataset,
// Occupation, StateWage). The workbooks are read with knowledge/official/xlsx,
// not a general spreadsheet library, which serve would otherwise link (and
// initialise) for a command it never runs.
//
// It also owns the compact bundle format that carries those values inside the
// binary (WriteBundle, ReadBundle), so a fresh clone knows every occupation
// without the raw files. Turning occupations into careers of the knowledge
// base is the knowledge package's job, not this one's.
//
// Published special cells are facts, not errors: a wage of "#" is at or above
// the top figure OEWS publishes and becomes e.g. "$239,200 or more"; "*" (and
// "**" for employment, "—" in the projections) means not published and
// becomes "".
package official
