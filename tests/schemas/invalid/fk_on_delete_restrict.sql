-- fk_on_delete_restrict.sql (schema.md §9.7 K2c)
-- scalar relation with ON DELETE RESTRICT
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
    region_id INTEGER,
    FOREIGN KEY (region_id) REFERENCES Region(id) ON DELETE RESTRICT ON UPDATE CASCADE
) STRICT;
