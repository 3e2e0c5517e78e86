-- configuration_no_id.sql (schema.md section 9.3)
-- Configuration without an id column (it is validated as a collection)
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Collection 'Configuration' must have 'id' as primary key

CREATE TABLE Configuration (
    label TEXT UNIQUE NOT NULL,
    horizon INTEGER
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;
