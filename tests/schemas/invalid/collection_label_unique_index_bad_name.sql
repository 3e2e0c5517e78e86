-- collection_label_unique_index_bad_name.sql (schema.md section 9.3)
-- the only unique index on label is named "Plant-label"; indexes whose name has a
-- character other than letters, digits, _ are skipped by the loader (2.2)
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Collection 'Plant' label column must have UNIQUE constraint

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT NOT NULL,
    capacity REAL
) STRICT;

CREATE UNIQUE INDEX "Plant-label" ON Plant(label);
