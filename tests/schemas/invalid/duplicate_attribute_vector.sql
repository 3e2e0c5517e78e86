-- duplicate_attribute_vector.sql (schema.md section 9.6)
-- vector value column capacity repeats the scalar capacity
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Duplicate attribute 'capacity' found in table 'Plant_vector_costs' (already defined in collection 'Plant')

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;

CREATE TABLE Plant_vector_costs (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    capacity REAL,
    PRIMARY KEY (id, vector_index)
) STRICT;
