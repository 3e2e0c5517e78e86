-- tsrow_data.sql: the "as of" row reader (c-api-groups-timeseries-csv.md §5.6).
--
--   Plant                       Alpha (1), Beta (2), Gamma (3, no rows), Delta (4,
--                               rows only after every queried date); inserted out of
--                               id order
--   Site                        an empty collection with a time-series group
--   Plant_time_series_values    one dimension; REAL v (the spec's example), INTEGER
--                               quantity, TEXT note, DATE_TIME date_valid
--   Plant_time_series_blocks    dimensions (date_time, block); rows tie on date_time
--   Plant_time_series_window    date_time and date_end: the ordering dimension is
--                               date_end (first date_ column in name order)
--   Plant_time_series_steps     primary key (id, step), no date column
--   Plant_time_series_loose     not STRICT: values whose storage class does not
--                               match the column type
--   Shuffled                    id INTEGER PRIMARY KEY DESC is not a rowid alias:
--                               rowid (insertion) order 30, 10, 20 differs from id order
--   Keyed                       WITHOUT ROWID: elements cannot be listed in rowid order

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Site (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Site_time_series_level (
    id INTEGER NOT NULL REFERENCES Site(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    height REAL,
    PRIMARY KEY (id, date_time)
) STRICT;

CREATE TABLE Plant_time_series_values (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    v REAL,
    quantity INTEGER,
    note TEXT,
    date_valid TEXT,
    PRIMARY KEY (id, date_time)
) STRICT;

CREATE TABLE Plant_time_series_blocks (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    block INTEGER NOT NULL,
    level REAL,
    PRIMARY KEY (id, date_time, block)
) STRICT;

CREATE TABLE Plant_time_series_window (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    date_end TEXT,
    width REAL,
    PRIMARY KEY (id, date_time)
) STRICT;

CREATE TABLE Plant_time_series_steps (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    step INTEGER NOT NULL,
    pace REAL,
    PRIMARY KEY (id, step)
) STRICT;

CREATE TABLE Plant_time_series_loose (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    amount INTEGER,
    ratio REAL,
    remark TEXT,
    PRIMARY KEY (id, date_time)
);

CREATE TABLE Shuffled (
    id INTEGER PRIMARY KEY DESC,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Shuffled_time_series_marks (
    id INTEGER NOT NULL REFERENCES Shuffled(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    mark REAL,
    PRIMARY KEY (id, date_time)
) STRICT;

CREATE TABLE Keyed (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE Keyed_time_series_grades (
    id INTEGER NOT NULL REFERENCES Keyed(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    grade REAL,
    PRIMARY KEY (id, date_time)
) STRICT;

INSERT INTO Configuration (id, label) VALUES (1, 'base');
INSERT INTO Plant (id, label) VALUES (3, 'Gamma'), (1, 'Alpha'), (4, 'Delta'), (2, 'Beta');

-- The spec's example for v (§5.6), plus one column of every other type.
INSERT INTO Plant_time_series_values VALUES
    (1, '2022-01-01T00:00:00', 3.0, 30, NULL, NULL),
    (2, '2021-01-01T00:00:00', 1.0, 0, NULL, NULL),
    (1, '2020-01-01T00:00:00', 1.0, 10, 'first', '2020-06-30T00:00:00'),
    (2, '2020-01-01T00:00:00', NULL, NULL, NULL, NULL),
    (1, '2021-01-01T00:00:00', NULL, NULL, 'second', NULL),
    (2, '2022-01-01T00:00:00', NULL, NULL, 'beta', '2022-12-31T00:00:00'),
    (4, '2030-01-01T00:00:00', 9.0, 9, 'late', '2030-01-01T00:00:00');

-- Alpha: at 2020 block 2 is NULL, block 1 has a value; Beta: the other way round.
INSERT INTO Plant_time_series_blocks VALUES
    (1, '2020-01-01T00:00:00', 2, NULL),
    (1, '2020-01-01T00:00:00', 1, 1.5),
    (1, '2019-01-01T00:00:00', 1, 0.5),
    (2, '2020-01-01T00:00:00', 2, 2.5),
    (2, '2020-01-01T00:00:00', 1, NULL),
    (2, '2021-01-01T00:00:00', 3, 7.0);

INSERT INTO Plant_time_series_window VALUES
    (1, '2024-01-01T00:00:00', '2024-12-31T00:00:00', 1.0),
    (1, '2024-06-01T00:00:00', '2024-06-30T00:00:00', 2.0);

INSERT INTO Plant_time_series_loose VALUES
    (1, '2019-01-01T00:00:00', 5, 0.5, 'ok'),
    (1, '2020-01-01T00:00:00', 'abc', 'xyz', X'00FF'),
    (2, '2020-01-01T00:00:00', 2.5, 4, 'fine'),
    (2, '2021-01-01T00:00:00', 7.0, NULL, NULL);

INSERT INTO Shuffled (id, label) VALUES (30, 'c'), (10, 'a'), (20, 'b');
INSERT INTO Shuffled_time_series_marks VALUES
    (10, '2020-01-01T00:00:00', 1.0),
    (20, '2020-01-01T00:00:00', 2.0),
    (30, '2019-01-01T00:00:00', 3.0),
    (30, '2021-01-01T00:00:00', NULL);

INSERT INTO Keyed (id, label) VALUES (1, 'k');
INSERT INTO Keyed_time_series_grades VALUES (1, '2020-01-01T00:00:00', 1.0);
