-- set_column_in_non_unique_index.sql (schema.md section 9.3)
-- a set value column covered only by a non-unique index
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Set table 'Plant_set_fuels' column 'share' must be part of a UNIQUE constraint

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;

CREATE TABLE Plant_set_fuels (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    fuel TEXT NOT NULL,
    share REAL,
    UNIQUE (id, fuel)
) STRICT;

CREATE INDEX Plant_set_fuels_share ON Plant_set_fuels(share);
