-- configuration_no_label.sql (schema.md section 9.3)
-- Configuration without a label column (the validator requires it)
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Collection 'Configuration' must have a 'label' column

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    horizon INTEGER NOT NULL DEFAULT 5
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;
