-- order_fk_k2_before_k3.sql (schema.md §9.7)
-- one FK violates K2b (no actions) and K3 (bad name): K2b is reported
-- Expected error: see expected.tsv

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
