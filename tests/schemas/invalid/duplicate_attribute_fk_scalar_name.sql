-- duplicate_attribute_fk_scalar_name.sql (schema.md section 9.6)
-- a non-FK vector column reuses the name of the scalar relation region_id
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Duplicate attribute 'region_id' found in table 'Plant_vector_costs' (already defined in collection 'Plant')

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Region (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL,
    region_id INTEGER,
    FOREIGN KEY (region_id) REFERENCES Region(id) ON DELETE SET NULL ON UPDATE CASCADE
) STRICT;

CREATE TABLE Plant_vector_costs (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    region_id REAL,
    PRIMARY KEY (id, vector_index)
) STRICT;
