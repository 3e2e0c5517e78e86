-- csv_plant.sql: the worked example of c-api-groups-timeseries-csv.md §7.7,
-- schema and data, for the CSV export and import tests.  The rows are inserted
-- directly with the values the example's C calls store (the vector cost 7 is
-- stored as 7.0; the time-series rows of Alpha are inserted block 2 first).

PRAGMA foreign_keys = ON;
CREATE TABLE Configuration (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL) STRICT;
CREATE TABLE Zone (id INTEGER PRIMARY KEY AUTOINCREMENT, label TEXT UNIQUE NOT NULL) STRICT;
CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL,
    kind INTEGER,
    date_commissioned TEXT,
    notes TEXT,
    zone_id INTEGER,
    backup_id INTEGER,
    FOREIGN KEY (zone_id) REFERENCES Zone(id) ON DELETE SET NULL ON UPDATE CASCADE,
    FOREIGN KEY (backup_id) REFERENCES Plant(id) ON DELETE SET NULL ON UPDATE CASCADE
) STRICT;
CREATE TABLE Plant_vector_costs (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    cost REAL NOT NULL,
    PRIMARY KEY (id, vector_index)
) STRICT;
CREATE TABLE Plant_set_tags (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    tag TEXT NOT NULL,
    UNIQUE (id, tag)
) STRICT;
CREATE TABLE Plant_time_series_output (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    block INTEGER NOT NULL,
    energy REAL,
    PRIMARY KEY (id, date_time, block)
) STRICT;

INSERT INTO Configuration (label) VALUES ('Main');
INSERT INTO Zone (label) VALUES ('North'), ('South');
INSERT INTO Plant (label, capacity, kind, date_commissioned, notes, zone_id, backup_id) VALUES
    ('Alpha', 100000.0, 1, '2020-03-15T08:00:00', 'base load, coal', 1, NULL),
    ('Beta 2', 0.1, 2, NULL, 'say "hi"', 2, 1),
    ('Gamma', 1234567.89, 7, NULL, 'x"y', NULL, NULL);
INSERT INTO Plant_vector_costs (id, vector_index, cost) VALUES
    (1, 1, 12.5), (1, 2, 3.0), (1, 3, 1e-05), (2, 1, 7);
INSERT INTO Plant_set_tags (id, tag) VALUES (1, 'coal'), (1, 'peak load');
INSERT INTO Plant_time_series_output (id, date_time, block, energy) VALUES
    (1, '2024-01-01T00:00:00', 2, 20.0),
    (1, '2024-01-01T00:00:00', 1, 10.5),
    (1, '2024-02-01T00:00:00', 1, NULL),
    (1, '2024-02-01T00:00:00', 2, 40.25),
    (2, '2024-01-15T12:00:00', 1, 5.0);
