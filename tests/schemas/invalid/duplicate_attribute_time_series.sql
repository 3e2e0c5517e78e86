-- duplicate_attribute_time_series.sql (schema.md section 9.6)
-- time-series value column generation repeats the scalar generation
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Duplicate attribute 'generation' found in table 'Plant_time_series_output' (already defined in collection 'Plant')

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL,
    generation REAL
) STRICT;

CREATE TABLE Plant_time_series_output (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    generation REAL,
    PRIMARY KEY (id, date_time)
) STRICT;
