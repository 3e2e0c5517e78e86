-- collection_no_label.sql (schema.md section 9.3)
-- collection without a label column
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Collection 'Plant' must have a 'label' column

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;
