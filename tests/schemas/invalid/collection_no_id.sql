-- collection_no_id.sql (schema.md §9.3)
-- collection without an id column
-- Expected error: see expected.tsv

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    plant_number INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;
