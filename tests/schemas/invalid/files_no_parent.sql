-- files_no_parent.sql (schema.md section 9.3)
-- time-series files table whose parent collection Turbine does not exist
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Time series files table 'Turbine_time_series_files' references non-existent collection 'Turbine'

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;

CREATE TABLE Turbine_time_series_files (
    speed_file TEXT
) STRICT;
