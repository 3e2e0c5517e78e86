-- type_varchar.sql (schema.md section 2.3)
-- a scalar declared VARCHAR(10)
-- Expected error (also in expected.tsv):
--   Unknown data type: VARCHAR(10)

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL,
    code VARCHAR(10)
);
