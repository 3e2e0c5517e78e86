-- type_untyped.sql (schema.md section 2.3)
-- an untyped column (reported type is the empty string; message ends with ": ")
-- Expected error (also in expected.tsv):
--   Unknown data type: 

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL,
    notes
);
