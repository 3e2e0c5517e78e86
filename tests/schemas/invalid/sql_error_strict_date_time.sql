-- sql_error_strict_date_time.sql (schema.md §11.3)
-- DATE_TIME is not a valid type in a STRICT table (SQLite rejects the CREATE)
-- Expected error: see expected.tsv

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
