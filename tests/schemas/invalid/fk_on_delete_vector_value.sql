-- fk_on_delete_vector_value.sql (schema.md section 9.7 K2c)
-- vector value relation with ON DELETE SET DEFAULT
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Foreign key 'region_id' in table 'Plant_vector_costs' must use ON DELETE SET NULL or ON DELETE CASCADE

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
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    region_id INTEGER REFERENCES Region(id) ON DELETE SET DEFAULT ON UPDATE CASCADE,
    PRIMARY KEY (id, vector_index)
) STRICT;
