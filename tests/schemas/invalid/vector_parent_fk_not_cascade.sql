-- vector_parent_fk_not_cascade.sql (schema.md section 9.3)
-- vector parent FK with ON DELETE CASCADE but no ON UPDATE action
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Vector table 'Plant_vector_costs' FK to parent must use ON DELETE CASCADE ON UPDATE CASCADE

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
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE,
    vector_index INTEGER NOT NULL,
    cost REAL,
    PRIMARY KEY (id, vector_index)
) STRICT;
