-- collection_label_nullable.sql (schema.md section 9.3)
-- label without NOT NULL
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Collection 'Plant' label column must have NOT NULL constraint

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE,
    capacity REAL
) STRICT;
