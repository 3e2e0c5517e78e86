-- fk_vector_id_actions.sql (schema.md section 9.7 K2a)
-- vector id has the proper CASCADE FK to Plant (passes 9.3) and a second FK to
-- Region without ON UPDATE CASCADE
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Vector table 'Plant_vector_costs' parent FK must use ON DELETE CASCADE ON UPDATE CASCADE

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
    id INTEGER NOT NULL,
    vector_index INTEGER NOT NULL,
    cost REAL,
    FOREIGN KEY (id) REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    FOREIGN KEY (id) REFERENCES Region(id) ON DELETE CASCADE,
    PRIMARY KEY (id, vector_index)
) STRICT;
