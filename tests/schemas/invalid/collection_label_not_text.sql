-- collection_label_not_text.sql (schema.md §9.3)
-- label declared INTEGER
-- Expected error: see expected.tsv

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label INTEGER UNIQUE NOT NULL,
    capacity REAL
) STRICT;
