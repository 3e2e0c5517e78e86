-- type_int.sql (schema.md section 2.3)
-- a scalar declared INT (only INTEGER maps)
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
    unit_count INT
);
