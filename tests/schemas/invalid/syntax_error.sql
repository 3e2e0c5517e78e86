-- syntax_error.sql (schema.md section 11.3)
-- a trailing comma in a column list: SQLite syntax error
-- Expected error (also in expected.tsv):
--   Failed to execute SQL: near ")": syntax error

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL,
) STRICT;
