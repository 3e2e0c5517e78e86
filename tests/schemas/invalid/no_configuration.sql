-- no_configuration.sql (schema.md section 9.1)
-- no Configuration table
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Schema must have a 'Configuration' table

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;

CREATE TABLE Plant_vector_costs (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    cost REAL,
    PRIMARY KEY (id, vector_index)
) STRICT;
