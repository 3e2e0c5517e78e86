-- files_column_date_prefix.sql (schema.md section 9.3)
-- files table column date_file TEXT becomes DATE_TIME (date_ rule) and is rejected
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Time series files table 'Plant_time_series_files' column 'date_file' must be TEXT type (for file paths)

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;

CREATE TABLE Plant_time_series_files (
    generation_file TEXT,
    date_file TEXT
) STRICT;
