-- collection_label_unique_multicolumn.sql (schema.md section 9.3)
-- label only in a multi-column UNIQUE (label, code)
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Collection 'Plant' label column must have UNIQUE constraint

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT NOT NULL,
    code TEXT,
    UNIQUE (label, code)
) STRICT;
