-- duplicate_attribute_time_series_dimension.sql (schema.md section 9.6)
-- two time-series groups both have a block dimension (only date_ columns are
-- skipped)
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Duplicate attribute 'block' found in table 'Plant_time_series_prices' (already defined in collection 'Plant')

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
    block INTEGER NOT NULL,
    generation REAL,
    PRIMARY KEY (id, date_time, block)
) STRICT;

CREATE TABLE Plant_time_series_prices (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    block INTEGER NOT NULL,
    price REAL,
    PRIMARY KEY (id, date_time, block)
) STRICT;
