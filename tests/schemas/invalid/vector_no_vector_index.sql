-- vector_no_vector_index.sql (schema.md section 9.3)
-- vector table without a vector_index column
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Vector table 'Plant_vector_costs' must have 'vector_index' column

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
    position INTEGER NOT NULL,
    cost REAL,
    PRIMARY KEY (id, position)
) STRICT;
