-- order_structure_before_duplicate.sql (schema.md section 9.5)
-- a duplicate attribute in Plant AND a missing UNIQUE on Zone.label: per-table
-- checks of all tables run before the duplicate check
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Collection 'Zone' label column must have UNIQUE constraint

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;

CREATE TABLE Plant_vector_costs (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    capacity REAL,
    PRIMARY KEY (id, vector_index)
) STRICT;

CREATE TABLE Zone (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL
) STRICT;
