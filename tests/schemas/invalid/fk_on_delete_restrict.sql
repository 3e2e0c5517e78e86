-- fk_on_delete_restrict.sql (schema.md section 9.7 K2c)
-- scalar relation with ON DELETE RESTRICT
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Foreign key 'region_id' in table 'Plant' must use ON DELETE SET NULL or ON DELETE CASCADE

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
