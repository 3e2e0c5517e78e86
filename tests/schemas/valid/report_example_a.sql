-- report_example_a.sql: Example A of schema.md §10.1 with the data of c-api.md
-- §14.3-14.4: one Region and three Plants.  Plant A has unit_count 3, a region,
-- a commissioning date, two segments and two fuels; Plant B has unit_count 3;
-- Plant C has unit_count 1 and plant_backup = Plant A.

PRAGMA user_version = 1;

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    horizon_years INTEGER NOT NULL DEFAULT 5,
    discount_rate REAL DEFAULT 0.08,
    date_start TEXT                                   -- DATE_TIME by the date_ rule
) STRICT;

CREATE TABLE Region (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    code TEXT
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL NOT NULL DEFAULT 0,
    unit_count INTEGER,
    owner TEXT,
    date_commissioned TEXT,                           -- DATE_TIME
    region_id INTEGER,                                -- relation to Region (<target>_id)
    plant_backup INTEGER,                             -- self relation (<target>_<type>)
    FOREIGN KEY (region_id) REFERENCES Region(id) ON DELETE SET NULL ON UPDATE CASCADE,
    FOREIGN KEY (plant_backup) REFERENCES Plant(id) ON DELETE SET NULL ON UPDATE CASCADE
) STRICT;

-- vector group "segments": three vector attributes of equal length, one of them a relation
CREATE TABLE Plant_vector_segments (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    segment_size REAL,
    segment_cost REAL,
    region_served INTEGER,
    FOREIGN KEY (region_served) REFERENCES Region(id) ON DELETE SET NULL ON UPDATE CASCADE,
    PRIMARY KEY (id, vector_index)
) STRICT;

-- set group "fuels"
CREATE TABLE Plant_set_fuels (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    fuel TEXT NOT NULL,
    UNIQUE (id, fuel)
) STRICT;

-- time-series group "output", dimension date_time
CREATE TABLE Plant_time_series_output (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    generation REAL,
    status TEXT,
    PRIMARY KEY (id, date_time)
) STRICT;

-- file paths for external time series
CREATE TABLE Plant_time_series_files (
    generation_file TEXT,
    price_file TEXT
) STRICT;

INSERT INTO Region (label, code) VALUES ('North', 'N');

INSERT INTO Plant (label, unit_count, date_commissioned, region_id)
    VALUES ('Plant A', 3, '2020-05-01T00:00:00', 1);
INSERT INTO Plant (label, unit_count) VALUES ('Plant B', 3);
INSERT INTO Plant (label, unit_count, plant_backup) VALUES ('Plant C', 1, 1);

INSERT INTO Plant_vector_segments (id, vector_index, segment_size, segment_cost, region_served)
    VALUES (1, 1, 50.0, 10.0, 1), (1, 2, 25.0, 12.5, NULL);

INSERT INTO Plant_set_fuels (id, fuel) VALUES (1, 'coal'), (1, 'gas');
