-- collection_label_date_time.sql (schema.md §9.3)
-- label declared DATE_TIME in a non-STRICT table (type DATE_TIME is not TEXT)
-- Expected error: see expected.tsv

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label DATE_TIME UNIQUE NOT NULL,
    capacity REAL
);
