-- order_fk_list_order.sql (schema.md section 9.7)
-- two bad FKs in one table: region_id (declared first, no ON UPDATE) and zone_id
-- (declared second, ON DELETE RESTRICT). PRAGMA foreign_key_list lists the last
-- declared FK first, so zone_id is reported
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Foreign key 'zone_id' in table 'Plant' must use ON DELETE SET NULL or ON DELETE CASCADE

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Region (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Zone (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL,
    region_id INTEGER,
    zone_id INTEGER,
    FOREIGN KEY (region_id) REFERENCES Region(id) ON DELETE SET NULL,
    FOREIGN KEY (zone_id) REFERENCES Zone(id) ON DELETE RESTRICT ON UPDATE CASCADE
) STRICT;
