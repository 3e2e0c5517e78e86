-- collection_no_id.sql (schema.md section 9.3)
-- collection without an id column
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Collection 'Plant' must have 'id' as primary key

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    plant_number INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;
