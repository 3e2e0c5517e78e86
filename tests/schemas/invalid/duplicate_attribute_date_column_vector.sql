-- duplicate_attribute_date_column_vector.sql (schema.md section 9.6)
-- date_ columns are only skipped in time-series tables: a vector column date_start
-- repeats the scalar date_start
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Duplicate attribute 'date_start' found in table 'Plant_vector_costs' (already defined in collection 'Plant')

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL,
    date_start TEXT
) STRICT;

CREATE TABLE Plant_vector_costs (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    date_start TEXT,
    cost REAL,
    PRIMARY KEY (id, vector_index)
) STRICT;
