-- configuration_lowercase.sql (schema.md section 9.1)
-- the table is named configuration (the name is case-sensitive)
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Schema must have a 'Configuration' table

CREATE TABLE configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;
