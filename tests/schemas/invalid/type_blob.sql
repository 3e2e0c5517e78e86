-- type_blob.sql (schema.md section 2.3)
-- a scalar declared BLOB
-- Expected error (also in expected.tsv):
--   Unknown data type: BLOB

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL,
    picture BLOB
) STRICT;
