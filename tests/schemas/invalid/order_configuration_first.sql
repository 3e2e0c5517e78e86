-- order_configuration_first.sql (schema.md section 9.1/9.2)
-- no Configuration AND a stray table Plant_notes: 9.1 runs first
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Schema must have a 'Configuration' table

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;

CREATE TABLE Plant_notes (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;
