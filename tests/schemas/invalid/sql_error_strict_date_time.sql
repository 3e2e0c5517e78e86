-- sql_error_strict_date_time.sql (schema.md section 11.3)
-- DATE_TIME is not a valid type in a STRICT table (SQLite rejects the CREATE)
-- Expected error (also in expected.tsv):
--   Failed to execute SQL: unknown datatype for Plant.date_built: "DATE_TIME"

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL,
    date_built DATE_TIME
) STRICT;
