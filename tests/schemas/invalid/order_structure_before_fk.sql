-- order_structure_before_fk.sql (schema.md section 9.5)
-- a bad foreign key in Area (first in name order) AND a label without NOT NULL in
-- Plant: the label error is reported
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Collection 'Plant' label column must have NOT NULL constraint

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
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE
) STRICT;
