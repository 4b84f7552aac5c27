-- Issue 11: the database answers questions itself instead of being read
-- whole. A reader keeps the knowledge embedded in the program in memory and
-- reads from the database only the careers an import changed or added
-- (embedded = 0), through the tables below, all written by the import's
-- own transaction.

-- 1: the career is exactly as the embedded knowledge of the program that
-- wrote it has it, so readers answer it from memory. shadows: the career
-- differs from an embedded career of the same key, which it replaces.
ALTER TABLE careers ADD COLUMN embedded INTEGER NOT NULL DEFAULT 0;
ALTER TABLE careers ADD COLUMN shadows INTEGER NOT NULL DEFAULT 0;
CREATE INDEX careers_shadows ON careers(shadows) WHERE shadows = 1;
-- Careers by name, for listing the first few the embedded knowledge lacks.
CREATE INDEX careers_name ON careers(name) WHERE embedded = 0 AND shadows = 0;

-- Every name of a database career (its title at pos 0, then its other
-- names), by its normalised key (knowledge.Normalize); "A (B)" also under
-- "a" and "b".
CREATE TABLE name_keys (
    key       TEXT NOT NULL,
    career_id INTEGER NOT NULL REFERENCES careers(id) ON DELETE CASCADE,
    pos       INTEGER NOT NULL,
    name      TEXT NOT NULL
);
CREATE INDEX name_keys_key ON name_keys(key);
CREATE INDEX name_keys_career ON name_keys(career_id);

-- Normalised word → names holding it, shortest names first (a short
-- name holding a word matches it best), with the name's key so that a
-- lookup scores names without reading them; and how many names hold each
-- word (for its weight).
CREATE TABLE name_words (
    word      TEXT NOT NULL,
    nwords    INTEGER NOT NULL,
    career_id INTEGER NOT NULL,
    pos       INTEGER NOT NULL,
    key       TEXT NOT NULL,
    PRIMARY KEY (word, nwords, career_id, pos)
) WITHOUT ROWID;
CREATE INDEX name_words_career ON name_words(career_id);
CREATE TABLE words (
    word  TEXT PRIMARY KEY,
    names INTEGER NOT NULL
) WITHOUT ROWID;

-- Each word of 4 to 24 letters with one letter deleted: a misspelt word
-- finds the words one or two letters away through it.
CREATE TABLE word_deletes (
    del  TEXT NOT NULL,
    word TEXT NOT NULL,
    PRIMARY KEY (del, word)
) WITHOUT ROWID;

-- The numeric value of each figure careers are ranked by (pay, growth,
-- jobs, openings, satisfaction), for rankings by an index rather than by
-- reading every career.
CREATE TABLE rank_values (
    field     TEXT NOT NULL,
    value     REAL NOT NULL,
    career_id INTEGER NOT NULL,
    PRIMARY KEY (field, value, career_id)
) WITHOUT ROWID;
CREATE INDEX rank_values_career ON rank_values(career_id);

-- Skills by normalised name: which careers list them, where, with what share.
CREATE TABLE skill_keys (
    key       TEXT NOT NULL,
    career_id INTEGER NOT NULL,
    list      TEXT NOT NULL,
    rank      INTEGER NOT NULL,
    share     REAL NOT NULL,
    PRIMARY KEY (key, career_id)
) WITHOUT ROWID;
CREATE INDEX skill_keys_career ON skill_keys(career_id);

CREATE INDEX pair_facts_b ON pair_facts(b);

-- Figures about the index as a whole: max_words (words of the longest
-- name), names (names indexed), state_wages ("imported" once an official
-- import replaced the embedded state estimates).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
