-- tsrow_many.sql: 2000 elements for the row reader's bulk behaviour
-- (c-api-groups-timeseries-csv.md §5.6).  Element i has no rows when i is a
-- multiple of 3; otherwise v = i at 2020 and, at 2021, v = 10 * i for odd i
-- and NULL for even i (so the 2020 value shows through).

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant_time_series_values (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    v REAL,
    PRIMARY KEY (id, date_time)
) STRICT;

INSERT INTO Configuration (id, label) VALUES (1, 'base');
INSERT INTO Plant (id, label)
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
    SELECT i, 'P' || i FROM n;
INSERT INTO Plant_time_series_values (id, date_time, v)
    SELECT id, '2020-01-01T00:00:00', id * 1.0 FROM Plant WHERE id % 3 <> 0;
INSERT INTO Plant_time_series_values (id, date_time, v)
    SELECT id, '2021-01-01T00:00:00', CASE WHEN id % 2 = 1 THEN id * 10.0 END FROM Plant WHERE id % 3 <> 0;
