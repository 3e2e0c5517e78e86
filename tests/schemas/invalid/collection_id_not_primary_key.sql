-- collection_id_not_primary_key.sql (schema.md §9.3)
-- collection whose id column is not part of the primary key
-- Expected error: see expected.tsv

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER NOT NULL UNIQUE,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;
