-- fk_set_null_not_null_time_series.sql (schema.md section 9.7 K1)
-- K1 applies to time-series tables too: id NOT NULL with ON DELETE SET NULL
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Foreign key column 'id' in table 'Plant_time_series_output' has ON DELETE SET NULL but NOT NULL constraint

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
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE SET NULL ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    generation REAL,
    PRIMARY KEY (id, date_time)
) STRICT;
