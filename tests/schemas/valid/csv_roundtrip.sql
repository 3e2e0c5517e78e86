-- csv_roundtrip.sql: structure only (tests/data/csv/roundtrip_data.sql fills
-- it) for the CSV round-trip test (c-api-groups-timeseries-csv.md §7.6):
-- enum-mapped integers, date-times (declared and by the date_ prefix), floats,
-- text, NULLs, relations to another collection and self references, in the
-- scalars and in a vector, a set and a time-series group.

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL,
    date_start TEXT,
    status INTEGER
) STRICT;

CREATE TABLE Zone (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    level INTEGER,
    zone_parent INTEGER,
    FOREIGN KEY (zone_parent) REFERENCES Zone(id) ON DELETE SET NULL ON UPDATE CASCADE
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL,
    kind INTEGER,
    stage INTEGER NOT NULL DEFAULT 0,
    date_commissioned TEXT,
    notes TEXT,
    zone_id INTEGER,
    plant_backup INTEGER,
    FOREIGN KEY (zone_id) REFERENCES Zone(id) ON DELETE SET NULL ON UPDATE CASCADE,
    FOREIGN KEY (plant_backup) REFERENCES Plant(id) ON DELETE SET NULL ON UPDATE CASCADE
) STRICT;

CREATE TABLE Plant_vector_costs (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    cost REAL NOT NULL,
    cost_zone_id INTEGER,
    cost_note TEXT,
    FOREIGN KEY (cost_zone_id) REFERENCES Zone(id) ON DELETE SET NULL ON UPDATE CASCADE,
    PRIMARY KEY (id, vector_index)
) STRICT;

CREATE TABLE Plant_set_tags (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    tag TEXT NOT NULL,
    share REAL NOT NULL,
    UNIQUE (id, tag, share)
) STRICT;

CREATE TABLE Plant_time_series_output (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    block INTEGER NOT NULL,
    energy REAL,
    mode INTEGER,
    output_zone_id INTEGER REFERENCES Zone(id),
    date_updated TEXT,
    PRIMARY KEY (id, date_time, block)
) STRICT;
