-- Issue 12: BLS OEWS state estimates and the O*NET lists (tasks,
-- technology, related occupations, interests, knowledge areas, education
-- shares). The bot reads both whole, never an item or a state at a time,
-- so each is packed one row per occupation code or per career and list:
-- about 5,000 rows instead of 110,000 keeps creating and loading a
-- database quick.

-- One row per OEWS occupation code ("29-1141"). areas holds one line per
-- state or territory, fields separated by tabs: FIPS code, name, territory
-- (0/1), employment, hourly mean, hourly median, annual mean, annual
-- median, annual 10th, 25th, 75th and 90th percentiles. Figures are text as
-- BLS prints them ("$90,010"); an empty field means BLS published none.
CREATE TABLE state_wages (
    code  TEXT PRIMARY KEY,
    areas TEXT NOT NULL
) WITHOUT ROWID;

-- One row per career and list; items holds one line per item, in order:
-- name, a tab, share. Other lists stay in list_items.
CREATE TABLE career_lists (
    career_id INTEGER NOT NULL REFERENCES careers(id) ON DELETE CASCADE,
    list      TEXT NOT NULL,
    items     TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(id),
    PRIMARY KEY (career_id, list)
);
