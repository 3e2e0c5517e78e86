-- vector_parent_wrong_case.sql (schema.md section 9.3)
-- vector table plant_vector_costs while the collection is Plant (collection lookup
-- is case-sensitive)
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Vector table 'plant_vector_costs' references non-existent collection 'plant'

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;

CREATE TABLE plant_vector_costs (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    cost REAL,
    PRIMARY KEY (id, vector_index)
) STRICT;
