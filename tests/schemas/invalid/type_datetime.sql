-- type_datetime.sql (schema.md section 2.3)
-- a scalar declared DATETIME (only DATE_TIME or TEXT + date_ prefix)
-- Expected error (also in expected.tsv):
--   Unknown data type: DATETIME

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL,
    date_built DATETIME
);
