-- collection_name_vector_wrong_case.sql (schema.md section 9.2)
-- Plant_Vector_costs: _Vector_ is not _vector_ (case-sensitive), so it is a badly
-- named collection
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Invalid collection name 'Plant_Vector_costs': collection names cannot contain underscores

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;

CREATE TABLE Plant_Vector_costs (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    cost REAL,
    PRIMARY KEY (id, vector_index)
) STRICT;
