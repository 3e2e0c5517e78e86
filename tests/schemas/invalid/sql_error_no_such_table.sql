-- sql_error_no_such_table.sql (schema.md section 11.3)
-- an index on a table that does not exist
-- Expected error (also in expected.tsv):
--   Failed to execute SQL: no such table: main.Plnat

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;

CREATE INDEX Plant_capacity_index ON Plnat(capacity);
