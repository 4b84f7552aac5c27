-- BLS OEWS state estimates (issue 12): one row per occupation code and
-- area (50 states, DC, Guam, Puerto Rico, the Virgin Islands). Figures are
-- text as BLS prints them ("$90,010"); '' means BLS published no figure.
-- O*NET tasks, technology, related occupations, interests, knowledge areas
-- and education shares are career lists and live in list_items.
CREATE TABLE state_wages (
    code          TEXT NOT NULL,  -- OEWS occupation code, "29-1141"
    area          TEXT NOT NULL,  -- FIPS code, "48"
    area_title    TEXT NOT NULL,  -- "Texas"
    territory     INTEGER NOT NULL DEFAULT 0 CHECK (territory IN (0, 1)),
    employment    TEXT NOT NULL DEFAULT '',
    hourly_mean   TEXT NOT NULL DEFAULT '',
    hourly_median TEXT NOT NULL DEFAULT '',
    annual_mean   TEXT NOT NULL DEFAULT '',
    annual_median TEXT NOT NULL DEFAULT '',
    annual_p10    TEXT NOT NULL DEFAULT '',
    annual_p25    TEXT NOT NULL DEFAULT '',
    annual_p75    TEXT NOT NULL DEFAULT '',
    annual_p90    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (code, area)
) WITHOUT ROWID;
