-- fk_set_null_not_null_set.sql (schema.md section 9.7 K1)
-- set value relation region_ref is NOT NULL with ON DELETE SET NULL
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Foreign key column 'region_ref' in table 'Plant_set_regions' has ON DELETE SET NULL but NOT NULL constraint

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
    capacity REAL
) STRICT;

CREATE TABLE Plant_set_regions (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    region_ref INTEGER NOT NULL REFERENCES Region(id) ON DELETE SET NULL ON UPDATE CASCADE,
    UNIQUE (id, region_ref)
) STRICT;
