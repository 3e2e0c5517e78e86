-- fk_naming_no_underscore.sql (schema.md section 9.7 K3)
-- scalar relation regionid (no underscore: neither region_id, region_..., nor
-- containing _id)
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Foreign key column 'regionid' in table 'Plant' should follow naming pattern '<collection>_id'

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
    regionid INTEGER,
    FOREIGN KEY (regionid) REFERENCES Region(id) ON DELETE SET NULL ON UPDATE CASCADE
) STRICT;
