-- collection_label_not_text.sql (schema.md section 9.3)
-- label declared INTEGER
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Collection 'Plant' label column must be TEXT type

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label INTEGER UNIQUE NOT NULL,
    capacity REAL
) STRICT;
