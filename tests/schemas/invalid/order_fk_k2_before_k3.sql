-- order_fk_k2_before_k3.sql (schema.md section 9.7)
-- one FK violates K2b (no actions) and K3 (bad name): K2b is reported
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Foreign key 'supplier' in table 'Plant' must use ON UPDATE CASCADE

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
    supplier INTEGER,
    FOREIGN KEY (supplier) REFERENCES Region(id)
) STRICT;
