-- collection_id_not_primary_key.sql (schema.md section 9.3)
-- collection whose id column is not part of the primary key
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Collection 'Plant' must have 'id' as primary key

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER NOT NULL UNIQUE,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;
