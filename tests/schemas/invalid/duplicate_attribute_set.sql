-- duplicate_attribute_set.sql (schema.md section 9.6)
-- set value column fuel repeats the scalar fuel
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Duplicate attribute 'fuel' found in table 'Plant_set_fuels' (already defined in collection 'Plant')

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL,
    fuel TEXT
) STRICT;

CREATE TABLE Plant_set_fuels (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    fuel TEXT NOT NULL,
    UNIQUE (id, fuel)
) STRICT;
