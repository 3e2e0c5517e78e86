-- configuration_no_id.sql (schema.md §9.3)
-- Configuration without an id column (it is validated as a collection)
-- Expected error: see expected.tsv

CREATE TABLE Configuration (
    label TEXT UNIQUE NOT NULL,
    horizon INTEGER
) STRICT;
CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;
