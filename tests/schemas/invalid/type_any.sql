-- type_any.sql (schema.md section 2.3)
-- a STRICT column declared ANY
-- Expected error (also in expected.tsv):
--   Unknown data type: ANY

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL,
    payload ANY
) STRICT;
