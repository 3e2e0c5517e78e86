-- type_int_lowercase.sql (schema.md section 2.3)
-- a scalar declared int: SQLite (3.37+) reports the STRICT type names INT, INTEGER,
-- REAL, TEXT, BLOB, ANY in upper case, so the message says INT
-- Expected error (also in expected.tsv):
--   Unknown data type: INT

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL,
    unit_count int
);
