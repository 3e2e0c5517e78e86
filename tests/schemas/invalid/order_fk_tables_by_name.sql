-- order_fk_tables_by_name.sql (schema.md section 9.7)
-- bad FKs in Plant (created first) and Area: tables are visited in name order, so
-- Area is reported
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Foreign key 'region_id' in table 'Area' must use ON UPDATE CASCADE

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
    region_id INTEGER,
    FOREIGN KEY (region_id) REFERENCES Region(id) ON DELETE RESTRICT ON UPDATE CASCADE
) STRICT;

CREATE TABLE Area (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL,
    region_id INTEGER REFERENCES Region(id) ON DELETE SET NULL
) STRICT;
