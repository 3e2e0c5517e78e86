-- table_name_empty.sql (schema.md section 2.2)
-- a table whose name is the empty string (SQLite accepts CREATE TABLE ""); the
-- message ends with ": "
-- Expected error (also in expected.tsv):
--   Cannot query columns: invalid table name: 

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;

CREATE TABLE "" (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;
