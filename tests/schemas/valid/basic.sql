-- basic.sql: the Configuration collection plus one collection whose scalar
-- attributes cover every Quiver data type, NOT NULL columns with DEFAULTs and
-- nullable columns without defaults.
--
--   INTEGER   priority, serial_number
--   REAL      gain, offset_value
--   TEXT      unit, description
--   DATE_TIME date_installed (declared TEXT, re-typed by the date_ prefix rule)

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL,
    study_name TEXT NOT NULL DEFAULT 'unnamed study',
    stage_count INTEGER NOT NULL DEFAULT 12,
    deficit_cost REAL NOT NULL DEFAULT 1000.5,
    date_initial TEXT DEFAULT '2024-01-01T00:00:00'
) STRICT;

CREATE TABLE Sensor (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    priority INTEGER NOT NULL DEFAULT 3,
    gain REAL NOT NULL DEFAULT 1.5,
    unit TEXT NOT NULL DEFAULT 'kW',
    serial_number INTEGER,
    offset_value REAL,
    description TEXT,
    date_installed TEXT
) STRICT;
