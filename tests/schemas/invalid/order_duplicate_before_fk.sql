-- order_duplicate_before_fk.sql (schema.md section 9.5)
-- a bad foreign key in Area (first in name order) AND a duplicate attribute in
-- Plant: the duplicate is reported
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Duplicate attribute 'capacity' found in table 'Plant_set_capacities' (already defined in collection 'Plant')

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Region (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Area (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL,
    region_id INTEGER REFERENCES Region(id)
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;

CREATE TABLE Plant_set_capacities (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    capacity REAL NOT NULL,
    UNIQUE (id, capacity)
) STRICT;
