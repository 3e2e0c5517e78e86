-- quickstart.sql: the schema of doc/examples/quickstart.c.
--
--   Configuration          one row of case-wide settings (every quiver schema has it)
--   Plant                  a collection: id, a unique label, and scalar attributes
--   Plant_vector_output    a vector group: an ordered list of monthly outputs per plant
--   Plant_set_fuels        a set group: the unordered, distinct fuels a plant can burn

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL,
    base_year INTEGER NOT NULL DEFAULT 2025
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL NOT NULL DEFAULT 0,
    unit_count INTEGER NOT NULL DEFAULT 1,
    owner TEXT
) STRICT;

CREATE TABLE Plant_vector_output (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    output REAL,
    PRIMARY KEY (id, vector_index)
) STRICT;

CREATE TABLE Plant_set_fuels (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    fuel TEXT NOT NULL,
    UNIQUE (id, fuel)
) STRICT;
