-- tsrow_files.sql: time-series files tables (c-api-groups-timeseries-csv.md §6).
--
--   Plant                      files table with columns declared out of name order,
--                              a DEFAULT, and two rows; not STRICT, so its first row
--                              can hold a blob, which reads as NULL
--   Farm                       files table without rows
--   Site                       no files table

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Farm (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Site (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant_time_series_files (
    zeta_file TEXT,
    alpha_file TEXT,
    mid_file TEXT DEFAULT 'default.csv'
);

CREATE TABLE Farm_time_series_files (
    yield_file TEXT
) STRICT;

INSERT INTO Configuration (id, label) VALUES (1, 'base');
INSERT INTO Plant_time_series_files VALUES ('z.csv', X'00FF', NULL), ('other.csv', 'other.csv', 'other.csv');
