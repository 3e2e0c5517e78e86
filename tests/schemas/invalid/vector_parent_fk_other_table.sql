-- vector_parent_fk_other_table.sql (schema.md section 9.3)
-- vector id FK references another collection (Region) instead of the parent
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Vector table 'Plant_vector_costs' must have foreign key to parent collection 'Plant'

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Region (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;

CREATE TABLE Plant_vector_costs (
    id INTEGER NOT NULL REFERENCES Region(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    cost REAL,
    PRIMARY KEY (id, vector_index)
) STRICT;
