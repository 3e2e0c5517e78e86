-- collection_label_non_unique_index.sql (schema.md section 9.3)
-- label covered only by a non-unique CREATE INDEX
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Collection 'Plant' label column must have UNIQUE constraint

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT NOT NULL,
    capacity REAL
) STRICT;

CREATE INDEX Plant_label_index ON Plant(label);
