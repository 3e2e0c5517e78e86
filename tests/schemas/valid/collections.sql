-- collections.sql: several collections (some with no attribute besides id/label),
-- a vector group whose single value column has the same name as the group,
-- and groups whose names contain underscores.
--
--   City_vector_population     group "population", value column population
--   River_vector_flow_curve    group "flow_curve" (underscore in the group name)
--   City_set_twin_towns        group "twin_towns" (underscore), value column twin_town
--   Company_set_sectors        set group of another collection

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL,
    base_year INTEGER NOT NULL DEFAULT 2020
) STRICT;

CREATE TABLE Country (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE City (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    latitude REAL,
    longitude REAL,
    country_id INTEGER,
    FOREIGN KEY (country_id) REFERENCES Country(id) ON DELETE SET NULL ON UPDATE CASCADE
) STRICT;

CREATE TABLE River (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    length_km REAL
) STRICT;

CREATE TABLE Company (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    employees INTEGER
) STRICT;

CREATE TABLE City_vector_population (
    id INTEGER NOT NULL REFERENCES City(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    population INTEGER,
    PRIMARY KEY (id, vector_index)
) STRICT;

CREATE TABLE River_vector_flow_curve (
    id INTEGER NOT NULL REFERENCES River(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    flow_level REAL,
    flow_rate REAL,
    PRIMARY KEY (id, vector_index)
) STRICT;

CREATE TABLE City_set_twin_towns (
    id INTEGER NOT NULL REFERENCES City(id) ON DELETE CASCADE ON UPDATE CASCADE,
    twin_town TEXT NOT NULL,
    UNIQUE (id, twin_town)
) STRICT;

CREATE TABLE Company_set_sectors (
    id INTEGER NOT NULL REFERENCES Company(id) ON DELETE CASCADE ON UPDATE CASCADE,
    sector TEXT NOT NULL,
    UNIQUE (id, sector)
) STRICT;
