-- Careers and everything known about them. Every fact names its source.
CREATE TABLE sources (
    id    TEXT PRIMARY KEY,
    kind  TEXT NOT NULL CHECK (kind IN ('page', 'official')),
    title TEXT NOT NULL,
    url   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE careers (
    id   INTEGER PRIMARY KEY,
    key  TEXT NOT NULL UNIQUE, -- normalised name
    name TEXT NOT NULL         -- display name, the source's capitalisation
);

-- Other names a career is known by (aliases, alternate titles).
CREATE TABLE career_names (
    career_id INTEGER NOT NULL REFERENCES careers(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    name      TEXT NOT NULL,
    PRIMARY KEY (career_id, position)
);

CREATE TABLE career_sources (
    career_id INTEGER NOT NULL REFERENCES careers(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(id),
    PRIMARY KEY (career_id, position)
);

-- One figure of one career, exactly as the source shows it.
CREATE TABLE facts (
    career_id INTEGER NOT NULL REFERENCES careers(id) ON DELETE CASCADE,
    field     TEXT NOT NULL,
    value     TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(id),
    PRIMARY KEY (career_id, field)
);

-- Ranked lists: skills (with shares or importance), top skills, responsibilities.
CREATE TABLE list_items (
    career_id INTEGER NOT NULL REFERENCES careers(id) ON DELETE CASCADE,
    list      TEXT NOT NULL,
    rank      INTEGER NOT NULL,
    name      TEXT NOT NULL,
    share     TEXT NOT NULL DEFAULT '',
    source_id TEXT NOT NULL REFERENCES sources(id),
    PRIMARY KEY (career_id, list, rank)
);

-- Facts about two careers together, such as the time to become both.
CREATE TABLE pair_facts (
    a         TEXT NOT NULL,
    b         TEXT NOT NULL,
    field     TEXT NOT NULL,
    value     TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(id),
    PRIMARY KEY (a, b, field, value)
);
