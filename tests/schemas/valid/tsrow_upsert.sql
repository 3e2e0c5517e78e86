-- tsrow_upsert.sql: single-row upserts (c-api-groups-timeseries-csv.md §5.5).
--
--   Fuel                        Coal (1)
--   Plant                       Alpha (1), Beta (2)
--   Plant_time_series_output    dimension date_time; values of every type, a second
--                               date_ column (date_checked), a relation (fuel_id) and
--                               a NOT NULL column with a DEFAULT; Alpha has one row
--   Plant_time_series_blocks    dimensions (date_time, block)
--   Plant_time_series_steps     primary key (id, step), no date column: writable
--   Plant_time_series_loose     no primary key: no dimension columns, not writable

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
    date_checked TEXT,
    fuel_id INTEGER REFERENCES Fuel(id) ON DELETE SET NULL ON UPDATE CASCADE,
    quality INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (id, date_time)
) STRICT;

CREATE TABLE Plant_time_series_blocks (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    block INTEGER NOT NULL,
    level REAL,
    PRIMARY KEY (id, date_time, block)
) STRICT;

CREATE TABLE Plant_time_series_steps (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    step INTEGER NOT NULL,
    pace REAL,
    PRIMARY KEY (id, step)
) STRICT;

CREATE TABLE Plant_time_series_loose (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT,
    reading REAL
) STRICT;

INSERT INTO Configuration (id, label) VALUES (1, 'base');
INSERT INTO Fuel (label) VALUES ('Coal');
INSERT INTO Plant (label) VALUES ('Alpha'), ('Beta');
INSERT INTO Plant_time_series_output (id, date_time, energy, note, units, date_checked, fuel_id, quality)
    VALUES (1, '2024-01-01T00:00:00', 10.0, 'first', 1, '2024-01-02T00:00:00', 1, 5);
