-- timeseries_data.sql: time-series groups with rows, for the group reader and
-- writer (c-api-groups-timeseries-csv.md §5.1-5.4).
--
--   Fuel                         Coal (1), Gas (2)
--   Plant                        Alpha (1), Beta (2), Gamma (3)
--   Plant_time_series_output     dimension date_time; values of every type, a second
--                                date_ column (date_verified, reported as DATE_TIME),
--                                a relation (fuel_id) and a NOT NULL column with a
--                                DEFAULT; Alpha's rows are inserted out of date order
--   Plant_time_series_window     date_time and date_end: rows are ordered by
--                                date_end, the first date_ column in name order
--   Plant_time_series_steps      primary key (id, step), no date column: writable
--                                (step is the dimension) but not readable
--   Plant_time_series_loose      a date_time column but no primary key: readable,
--                                not writable (no dimension columns)

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Fuel (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant_time_series_output (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    energy REAL,
    note TEXT,
    units INTEGER,
    date_verified TEXT,
    fuel_id INTEGER REFERENCES Fuel(id) ON DELETE SET NULL ON UPDATE CASCADE,
    quality INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (id, date_time)
) STRICT;

CREATE TABLE Plant_time_series_window (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    date_end TEXT,
    level REAL,
    PRIMARY KEY (id, date_time)
) STRICT;

CREATE TABLE Plant_time_series_steps (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    step INTEGER NOT NULL,
    amount REAL,
    PRIMARY KEY (id, step)
) STRICT;

CREATE TABLE Plant_time_series_loose (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT,
    reading REAL
) STRICT;

INSERT INTO Configuration (id, label) VALUES (1, 'base');
INSERT INTO Fuel (label) VALUES ('Coal'), ('Gas');
INSERT INTO Plant (label) VALUES ('Alpha'), ('Beta'), ('Gamma');

INSERT INTO Plant_time_series_output VALUES
    (1, '2024-03-01T00:00:00', 30.0, NULL, 3, NULL, 2, 5),
    (1, '2024-01-01T00:00:00', 10.0, 'first', 1, '2024-01-02T00:00:00', 1, 1),
    (1, '2024-02-01T00:00:00', NULL, 'gap', NULL, NULL, NULL, 1),
    (2, '2024-01-01T00:00:00', 7.5, 'beta', 2, NULL, NULL, 1);

INSERT INTO Plant_time_series_window VALUES
    (1, '2024-01-01T00:00:00', '2024-12-31T00:00:00', 1.0),
    (1, '2024-06-01T00:00:00', '2024-06-30T00:00:00', 2.0);

INSERT INTO Plant_time_series_loose VALUES (1, '2024-02-01T00:00:00', 2.0), (1, '2024-01-01T00:00:00', 1.0);
