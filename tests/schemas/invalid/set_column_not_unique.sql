-- set_column_not_unique.sql (schema.md section 9.3)
-- two set value columns outside the UNIQUE; columns are checked in name order, so
-- blend (declared last) is reported
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Set table 'Plant_set_fuels' column 'blend' must be part of a UNIQUE constraint

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
    blend REAL,
    UNIQUE (id, fuel)
) STRICT;
