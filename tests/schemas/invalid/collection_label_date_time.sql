-- collection_label_date_time.sql (schema.md section 9.3)
-- label declared DATE_TIME in a non-STRICT table (type DATE_TIME is not TEXT)
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Collection 'Plant' label column must be TEXT type

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label DATE_TIME UNIQUE NOT NULL,
    capacity REAL
);
