-- collection_label_nullable.sql (schema.md §9.3)
-- label without NOT NULL
-- Expected error: see expected.tsv

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE,
    capacity REAL
) STRICT;
