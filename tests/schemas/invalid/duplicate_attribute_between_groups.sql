-- duplicate_attribute_between_groups.sql (schema.md section 9.6)
-- a vector group and a time-series group share the non-FK column cost; group tables
-- are visited in name order (Plant_time_series_costs before Plant_vector_segments),
-- so the vector table is reported though it was created first
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Duplicate attribute 'cost' found in table 'Plant_vector_segments' (already defined in collection 'Plant')

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;

CREATE TABLE Plant_vector_segments (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    cost REAL,
    PRIMARY KEY (id, vector_index)
) STRICT;

CREATE TABLE Plant_time_series_costs (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    cost REAL,
    PRIMARY KEY (id, date_time)
) STRICT;
