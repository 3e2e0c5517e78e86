-- full.sql: every schema feature in one model (all tables STRICT).
--
--   Configuration                    case-wide settings with defaults and a DATE_TIME
--   Zone, Fuel, Unit                 collections; Unit has scalars of every type and
--                                    three relations (SET NULL, self, CASCADE)
--   Unit_vector_heat_curve           multi-column vector group (group name contains
--                                    an underscore); fuel_segment is a relation
--   Unit_set_owners                  multi-column set group
--   Unit_time_series_generation      dimension date_time; nullable REAL and TEXT values
--   Unit_time_series_availability    two dimensions: date_time + block (primary key)
--   Unit_time_series_fuel_mix        third time-series group; fuel_used is a relation
--   Zone_time_series_demand          time-series group of another collection
--   Unit_time_series_files           file paths, one TEXT column per attribute

PRAGMA user_version = 3;

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    horizon_years INTEGER NOT NULL DEFAULT 10,
    discount_rate REAL DEFAULT 0.075,
    currency TEXT NOT NULL DEFAULT 'USD',
    date_base TEXT
) STRICT;

CREATE TABLE Zone (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    peak_load REAL
) STRICT;

CREATE TABLE Fuel (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    price REAL NOT NULL DEFAULT 0,
    emission_factor REAL
) STRICT;

CREATE TABLE Unit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL NOT NULL DEFAULT 0,
    min_output REAL,
    unit_count INTEGER NOT NULL DEFAULT 1,
    technology TEXT DEFAULT 'thermal',
    date_commissioning TEXT,
    zone_id INTEGER,
    unit_backup INTEGER,
    fuel_id INTEGER,
    FOREIGN KEY (zone_id) REFERENCES Zone(id) ON DELETE SET NULL ON UPDATE CASCADE,
    FOREIGN KEY (unit_backup) REFERENCES Unit(id) ON DELETE SET NULL ON UPDATE CASCADE,
    FOREIGN KEY (fuel_id) REFERENCES Fuel(id) ON DELETE CASCADE ON UPDATE CASCADE
) STRICT;

-- vector group "heat_curve": three vectors of equal length, one of them a relation
CREATE TABLE Unit_vector_heat_curve (
    id INTEGER NOT NULL REFERENCES Unit(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    segment_output REAL,
    segment_heat_rate REAL,
    fuel_segment INTEGER,
    FOREIGN KEY (fuel_segment) REFERENCES Fuel(id) ON DELETE SET NULL ON UPDATE CASCADE,
    PRIMARY KEY (id, vector_index)
) STRICT;

-- set group "owners": unique (owner, share) pairs
CREATE TABLE Unit_set_owners (
    id INTEGER NOT NULL REFERENCES Unit(id) ON DELETE CASCADE ON UPDATE CASCADE,
    owner TEXT NOT NULL,
    share REAL NOT NULL,
    UNIQUE (id, owner, share)
) STRICT;

-- time-series group "generation": one dimension, nullable REAL and TEXT values
CREATE TABLE Unit_time_series_generation (
    id INTEGER NOT NULL REFERENCES Unit(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    generation REAL,
    status TEXT,
    PRIMARY KEY (id, date_time)
) STRICT;

-- time-series group "availability": two dimensions (date_time, block)
CREATE TABLE Unit_time_series_availability (
    id INTEGER NOT NULL REFERENCES Unit(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    block INTEGER NOT NULL,
    availability REAL,
    PRIMARY KEY (id, date_time, block)
) STRICT;

-- time-series group "fuel_mix": shares the date_time dimension name (allowed) and
-- has a relation value column
CREATE TABLE Unit_time_series_fuel_mix (
    id INTEGER NOT NULL REFERENCES Unit(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    fuel_used INTEGER,
    fuel_share REAL,
    FOREIGN KEY (fuel_used) REFERENCES Fuel(id) ON DELETE SET NULL ON UPDATE CASCADE,
    PRIMARY KEY (id, date_time)
) STRICT;

-- time-series group of a second collection
CREATE TABLE Zone_time_series_demand (
    id INTEGER NOT NULL REFERENCES Zone(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    demand REAL,
    PRIMARY KEY (id, date_time)
) STRICT;

-- external time-series files of Unit
CREATE TABLE Unit_time_series_files (
    generation_file TEXT,
    availability_file TEXT
) STRICT;
