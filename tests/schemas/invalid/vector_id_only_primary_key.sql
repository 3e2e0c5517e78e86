-- vector_id_only_primary_key.sql (schema.md section 9.3)
-- vector table whose primary key is id alone
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Vector table 'Plant_vector_costs' must have composite primary key (id, vector_index), not just 'id'

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
    id INTEGER PRIMARY KEY REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    cost REAL
) STRICT;
