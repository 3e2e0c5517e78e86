-- vector_no_parent.sql (schema.md section 9.3)
-- vector table whose parent collection Turbine does not exist
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Vector table 'Turbine_vector_speeds' references non-existent collection 'Turbine'

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;

CREATE TABLE Turbine_vector_speeds (
    id INTEGER NOT NULL REFERENCES Turbine(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    speed REAL,
    PRIMARY KEY (id, vector_index)
) STRICT;
