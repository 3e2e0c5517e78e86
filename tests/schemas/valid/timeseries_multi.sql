-- timeseries_multi.sql: multi-dimension time series (c-api-groups-timeseries-csv.md
-- §5.1, §5.3-5.4, §7 example).
--
--   Plant                         Alpha (1), Beta (2)
--   Plant_time_series_output      primary key (id, date_time, block); Alpha's rows
--                                 are those of the spec's example, inserted out of order
--   Plant_time_series_scenarios   dimensions declared scenario first, then date_time;
--                                 a TEXT value column

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant_time_series_output (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    block INTEGER NOT NULL,
    energy REAL,
    PRIMARY KEY (id, date_time, block)
) STRICT;

CREATE TABLE Plant_time_series_scenarios (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    scenario INTEGER NOT NULL,
    level REAL,
    date_time TEXT NOT NULL,
    tag TEXT,
    PRIMARY KEY (id, scenario, date_time)
) STRICT;

INSERT INTO Configuration (id, label) VALUES (1, 'base');
INSERT INTO Plant (label) VALUES ('Alpha'), ('Beta');

INSERT INTO Plant_time_series_output VALUES
    (1, '2024-02-01T00:00:00', 2, 40.25),
    (1, '2024-01-01T00:00:00', 2, 20.0),
    (1, '2024-02-01T00:00:00', 1, NULL),
    (1, '2024-01-01T00:00:00', 1, 10.5);

INSERT INTO Plant_time_series_scenarios VALUES
    (1, 2, 0.5, '2024-01-01T00:00:00', 'b'),
    (1, 1, 0.25, '2024-01-01T00:00:00', 'a'),
    (1, 1, 0.75, '2023-12-01T00:00:00', NULL);
