-- order_loading_before_validation.sql (schema.md section 2.2/9)
-- no Configuration AND an INT column: loading errors come before any validation
-- Expected error (also in expected.tsv):
--   Unknown data type: INT

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;

CREATE TABLE Region (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL,
    zone_count INT
);
