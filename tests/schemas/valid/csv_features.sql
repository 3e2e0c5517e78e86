-- csv_features.sql: structures for the CSV tests that fill their own rows
-- (c-api-groups-timeseries-csv.md §7): text, float and integer rendering, a
-- self reference, an FK to another collection, enums, date-times, a NOT NULL
-- REAL with a CHECK, a vector, a set and a time series whose values are
-- relations, and a files table (which "files" resolves to as a group).

CREATE TABLE Configuration (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL) STRICT;

CREATE TABLE Region (id INTEGER PRIMARY KEY AUTOINCREMENT, label TEXT UNIQUE NOT NULL) STRICT;

CREATE TABLE Item (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    note TEXT,
    amount REAL,
    quantity INTEGER,
    status INTEGER,
    date_due TEXT,
    weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
    region_id INTEGER,
    item_parent INTEGER,
    FOREIGN KEY (region_id) REFERENCES Region(id) ON DELETE SET NULL ON UPDATE CASCADE,
    FOREIGN KEY (item_parent) REFERENCES Item(id) ON DELETE SET NULL ON UPDATE CASCADE
) STRICT;

CREATE TABLE Item_vector_steps (
    id INTEGER NOT NULL REFERENCES Item(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    step_size REAL,
    step_level INTEGER,
    step_region_id INTEGER,
    FOREIGN KEY (step_region_id) REFERENCES Region(id) ON DELETE SET NULL ON UPDATE CASCADE,
    PRIMARY KEY (id, vector_index)
) STRICT;

CREATE TABLE Item_set_codes (
    id INTEGER NOT NULL REFERENCES Item(id) ON DELETE CASCADE ON UPDATE CASCADE,
    code TEXT NOT NULL,
    UNIQUE (id, code)
) STRICT;

CREATE TABLE Item_time_series_readings (
    id INTEGER NOT NULL REFERENCES Item(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    reading REAL,
    humidity INTEGER,
    reading_region INTEGER REFERENCES Region(id) ON DELETE SET NULL ON UPDATE CASCADE,
    date_verified TEXT,
    PRIMARY KEY (id, date_time)
) STRICT;

CREATE TABLE Item_time_series_files (
    readings_file TEXT
) STRICT;
