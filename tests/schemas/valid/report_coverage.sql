-- report_coverage.sql: data for summarize_collection (c-api.md §14.4).
--
--   Configuration   exactly one element: "(1 element)"
--   Basin           two elements, target of the relation Gauge.basin_id
--   Lake            no element: "(0 elements)", every count 0, group 0/0
--   Gauge           65 elements and every kind of column:
--     sixty_four    64 distinct values over 65 rows: the distribution is listed
--     sixty_five    65 distinct values: no distribution
--     offset_value  negative values sort first: {-5: 1, -1: 2, 0: 1, 7: 1}
--     never_set     all NULL: no distribution (0 distinct values)
--     priority      NOT NULL DEFAULT 2, one distinct value
--     reading, station, date_read   REAL, TEXT, DATE_TIME: never a distribution
--     basin_id      INTEGER relation: listed like any INTEGER column
--   Gauge_vector_calibration   several rows per element, counted once: 2/65
--   Gauge_set_tags             1/65
--   Gauge_time_series_flow     two dimensions (date_time, block): 2/65
--   Gauge_time_series_notes    no `id` column (the validator allows it): 0/65
--   Meter           not STRICT: its INTEGER column also holds a REAL and a TEXT value,
--                   listed in SQLite's order (numbers, then text) and text form

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Basin (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Lake (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    depth INTEGER
) STRICT;

CREATE TABLE Lake_set_species (
    id INTEGER NOT NULL REFERENCES Lake(id) ON DELETE CASCADE ON UPDATE CASCADE,
    species TEXT NOT NULL,
    UNIQUE (id, species)
) STRICT;

CREATE TABLE Gauge (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    sixty_four INTEGER,
    sixty_five INTEGER,
    offset_value INTEGER,
    never_set INTEGER,
    priority INTEGER NOT NULL DEFAULT 2,
    reading REAL,
    station TEXT,
    date_read TEXT,
    basin_id INTEGER,
    FOREIGN KEY (basin_id) REFERENCES Basin(id) ON DELETE SET NULL ON UPDATE CASCADE
) STRICT;

CREATE TABLE Gauge_vector_calibration (
    id INTEGER NOT NULL REFERENCES Gauge(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    factor REAL,
    PRIMARY KEY (id, vector_index)
) STRICT;

CREATE TABLE Gauge_set_tags (
    id INTEGER NOT NULL REFERENCES Gauge(id) ON DELETE CASCADE ON UPDATE CASCADE,
    tag TEXT NOT NULL,
    UNIQUE (id, tag)
) STRICT;

CREATE TABLE Gauge_time_series_flow (
    id INTEGER NOT NULL REFERENCES Gauge(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    block INTEGER NOT NULL,
    flow REAL,
    PRIMARY KEY (id, date_time, block)
) STRICT;

CREATE TABLE Gauge_time_series_notes (
    date_time TEXT NOT NULL,
    note TEXT
) STRICT;

CREATE TABLE Meter (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL,
    reading_count INTEGER
);

INSERT INTO Configuration (label) VALUES ('base');
INSERT INTO Meter (label, reading_count) VALUES ('M1', 'many'), ('M2', 1.5), ('M3', 2), ('M4', 2), ('M5', NULL);
INSERT INTO Basin (label) VALUES ('Upper'), ('Lower');

-- Gauges 1..65: sixty_four cycles through 1..64 (1 appears twice), sixty_five is the id.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 65)
INSERT INTO Gauge (label, sixty_four, sixty_five)
    SELECT 'G' || i, (i - 1) % 64 + 1, i FROM n;

UPDATE Gauge SET offset_value = -1, reading = 0.5, station = 'north', date_read = '2024-01-01T00:00:00',
                 basin_id = 1 WHERE id IN (1, 2);
UPDATE Gauge SET offset_value = -5, basin_id = 2 WHERE id = 3;
UPDATE Gauge SET offset_value = 0 WHERE id = 4;
UPDATE Gauge SET offset_value = 7 WHERE id = 5;

INSERT INTO Gauge_vector_calibration (id, vector_index, factor) VALUES (1, 1, 1.0), (1, 2, 1.1), (1, 3, 1.2),
                                                                       (2, 1, 0.9);
INSERT INTO Gauge_set_tags (id, tag) VALUES (5, 'river'), (5, 'telemetry');
INSERT INTO Gauge_time_series_flow (id, date_time, block, flow) VALUES
    (1, '2024-01-01T00:00:00', 1, 10.0), (1, '2024-01-01T00:00:00', 2, 11.0), (1, '2024-01-02T00:00:00', 1, 9.5),
    (3, '2024-01-01T00:00:00', 1, 4.0);
INSERT INTO Gauge_time_series_notes (date_time, note) VALUES ('2024-01-01T00:00:00', 'installed');
