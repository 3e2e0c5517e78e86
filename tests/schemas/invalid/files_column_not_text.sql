-- files_column_not_text.sql (schema.md §9.3)
-- files table with a REAL and an INTEGER column; columns are checked in name order,
-- so count_file (declared last) is reported
-- Expected error: see expected.tsv

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
