-- fk_naming_files.sql (schema.md section 9.7 K3)
-- the naming rule also applies to files tables: TEXT column path_owner references
-- Region(label)
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Foreign key column 'path_owner' in table 'Plant_time_series_files' should follow naming pattern '<collection>_id'

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
    capacity REAL
) STRICT;

CREATE TABLE Plant_time_series_files (
    generation_file TEXT,
    path_owner TEXT REFERENCES Region(label) ON DELETE SET NULL ON UPDATE CASCADE
) STRICT;
