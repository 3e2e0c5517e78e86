-- order_fk_k1_before_k2.sql (schema.md section 9.7)
-- one FK violates K1 (NOT NULL + SET NULL) and K2b (no ON UPDATE): K1 is reported
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Foreign key column 'region_id' in table 'Plant' has ON DELETE SET NULL but NOT NULL constraint

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
    capacity REAL,
    region_id INTEGER NOT NULL,
    FOREIGN KEY (region_id) REFERENCES Region(id) ON DELETE SET NULL
) STRICT;
