-- writes_plant.sql: the element-write tests' model (create, update, delete).
--
--   Region, Plant, Unit        collections; Plant has scalars of every type, a
--                              relation region_id (SET NULL), a self relation
--                              plant_backup (SET NULL) and a plain INTEGER;
--                              Unit.plant_id is a CASCADE relation to Plant
--   Plant_vector_costs         two columns (costs REAL, cost_year INTEGER): a group
--                              named like one of its columns
--   Plant_vector_segments      group "segments" without a column named segments
--   Plant_vector_links         self relation plant_link (SET NULL) ...
--   Plant_set_partners         ... shared with a set group (CASCADE): an array named
--                              plant_link routes to both
--   Plant_set_tags             TEXT set
--   Plant_set_owners           two-column set (owner TEXT, share REAL)
--   Plant_set_regions          set of relations to Region (CASCADE)
--   Plant_time_series_output   date_time dimension, nullable REAL and TEXT values
--   Plant_time_series_prices   shares the date_time dimension name with output
--   Plant_time_series_files    never a routing target

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Region (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    area REAL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL,
    unit_count INTEGER NOT NULL DEFAULT 1,
    kind TEXT DEFAULT 'hydro',
    date_start TEXT,
    region_id INTEGER,
    plant_backup INTEGER,
    FOREIGN KEY (region_id) REFERENCES Region(id) ON DELETE SET NULL ON UPDATE CASCADE,
    FOREIGN KEY (plant_backup) REFERENCES Plant(id) ON DELETE SET NULL ON UPDATE CASCADE
) STRICT;

CREATE TABLE Unit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    plant_id INTEGER,
    FOREIGN KEY (plant_id) REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE
) STRICT;

CREATE TABLE Plant_vector_costs (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    costs REAL,
    cost_year INTEGER,
    PRIMARY KEY (id, vector_index)
) STRICT;

CREATE TABLE Plant_vector_segments (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    segment_size REAL,
    PRIMARY KEY (id, vector_index)
) STRICT;

CREATE TABLE Plant_vector_links (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    plant_link INTEGER REFERENCES Plant(id) ON DELETE SET NULL ON UPDATE CASCADE,
    link_weight REAL,
    PRIMARY KEY (id, vector_index)
) STRICT;

CREATE TABLE Plant_set_partners (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    plant_link INTEGER REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    UNIQUE (id, plant_link)
) STRICT;

CREATE TABLE Plant_set_tags (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    tag TEXT NOT NULL,
    UNIQUE (id, tag)
) STRICT;

CREATE TABLE Plant_set_owners (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    owner TEXT NOT NULL,
    share REAL NOT NULL,
    UNIQUE (id, owner, share)
) STRICT;

CREATE TABLE Plant_set_regions (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    region_served INTEGER NOT NULL REFERENCES Region(id) ON DELETE CASCADE ON UPDATE CASCADE,
    UNIQUE (id, region_served)
) STRICT;

CREATE TABLE Plant_time_series_output (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    output REAL,
    status TEXT,
    PRIMARY KEY (id, date_time)
) STRICT;

CREATE TABLE Plant_time_series_prices (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    price REAL,
    PRIMARY KEY (id, date_time)
) STRICT;

CREATE TABLE Plant_time_series_files (
    output_file TEXT
) STRICT;
