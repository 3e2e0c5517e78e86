-- files_column_not_text.sql (schema.md section 9.3)
-- files table with a REAL and an INTEGER column; columns are checked in name order,
-- so count_file (declared last) is reported
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Time series files table 'Plant_time_series_files' column 'count_file' must be TEXT type (for file paths)

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
    weight_file REAL,
    count_file INTEGER
) STRICT;
