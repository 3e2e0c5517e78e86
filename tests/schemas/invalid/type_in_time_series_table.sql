-- type_in_time_series_table.sql (schema.md section 2.3)
-- an unknown type in a time-series table (types are checked in every table, even
-- ones the validator does not inspect)
-- Expected error (also in expected.tsv):
--   Unknown data type: DOUBLE

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;

CREATE TABLE Plant_time_series_output (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    generation DOUBLE,
    PRIMARY KEY (id, date_time)
);
