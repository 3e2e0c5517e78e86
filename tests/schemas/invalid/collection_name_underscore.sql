-- collection_name_underscore.sql (schema.md section 9.2)
-- a stray table Plant_notes (not a group table, so a collection with an underscore)
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Invalid collection name 'Plant_notes': collection names cannot contain underscores

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;

CREATE TABLE Plant_notes (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL,
    note TEXT
) STRICT;
