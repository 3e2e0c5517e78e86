-- type_boolean.sql (schema.md section 2.3)
-- a scalar declared BOOLEAN
-- Expected error (also in expected.tsv):
--   Unknown data type: BOOLEAN

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL,
    active BOOLEAN
);
