-- set_no_unique.sql (schema.md section 9.3)
-- set table without any UNIQUE constraint or unique index
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Set table 'Plant_set_fuels' must have a UNIQUE constraint

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
    fuel TEXT NOT NULL
) STRICT;
