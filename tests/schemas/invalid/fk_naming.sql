-- fk_naming.sql (schema.md section 9.7 K3)
-- scalar relation supplier -> Region follows none of the naming rules
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Foreign key column 'supplier' in table 'Plant' should follow naming pattern '<collection>_id'

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
    FOREIGN KEY (supplier) REFERENCES Region(id) ON DELETE SET NULL ON UPDATE CASCADE
) STRICT;
