-- type_int_lowercase.sql (schema.md §2.3)
-- a scalar declared int: SQLite (3.37+) reports the STRICT type names INT, INTEGER,
-- REAL, TEXT, BLOB, ANY in upper case, so the message says INT
-- Expected error: see expected.tsv

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
