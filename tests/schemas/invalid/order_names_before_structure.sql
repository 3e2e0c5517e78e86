-- order_names_before_structure.sql (schema.md section 9.2/9.3)
-- Alpha has no label AND Zeta_notes is a stray table: all collection names (9.2) are
-- checked before any per-table structure (9.3)
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Invalid collection name 'Zeta_notes': collection names cannot contain underscores

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Alpha (
    id INTEGER PRIMARY KEY,
    name TEXT
) STRICT;

CREATE TABLE Zeta_notes (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;
