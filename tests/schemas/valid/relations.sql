-- relations.sql: relations (foreign keys) in every place the validator checks them.
--
--   Substation.area_id              <target>_id style, ON DELETE SET NULL
--   Substation.substation_upstream  self relation <target>_<relation>, ON DELETE SET NULL
--   Feeder.substation_id            <target>_id style, ON DELETE CASCADE
--                                   (deleting a Substation deletes its Feeders)
--   Feeder_vector_transfers         vector group; feeder_transfer is a self relation
--                                   (Feeder -> Feeder), ON DELETE SET NULL
--   Substation_set_areas_served     set group whose value column area_served is a
--                                   relation to Area, ON DELETE CASCADE

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Area (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    code TEXT
) STRICT;

CREATE TABLE Substation (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    voltage REAL,
    area_id INTEGER,
    substation_upstream INTEGER,
    FOREIGN KEY (area_id) REFERENCES Area(id) ON DELETE SET NULL ON UPDATE CASCADE,
    FOREIGN KEY (substation_upstream) REFERENCES Substation(id) ON DELETE SET NULL ON UPDATE CASCADE
) STRICT;

CREATE TABLE Feeder (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    length_km REAL,
    substation_id INTEGER,
    FOREIGN KEY (substation_id) REFERENCES Substation(id) ON DELETE CASCADE ON UPDATE CASCADE
) STRICT;

-- vector group "transfers": an ordered list of (target feeder, capacity) pairs
CREATE TABLE Feeder_vector_transfers (
    id INTEGER NOT NULL,
    vector_index INTEGER NOT NULL,
    feeder_transfer INTEGER,
    transfer_capacity REAL,
    FOREIGN KEY (id) REFERENCES Feeder(id) ON DELETE CASCADE ON UPDATE CASCADE,
    FOREIGN KEY (feeder_transfer) REFERENCES Feeder(id) ON DELETE SET NULL ON UPDATE CASCADE,
    PRIMARY KEY (id, vector_index)
) STRICT;

-- set group "areas_served": the areas a substation supplies
CREATE TABLE Substation_set_areas_served (
    id INTEGER NOT NULL,
    area_served INTEGER NOT NULL,
    FOREIGN KEY (id) REFERENCES Substation(id) ON DELETE CASCADE ON UPDATE CASCADE,
    FOREIGN KEY (area_served) REFERENCES Area(id) ON DELETE CASCADE ON UPDATE CASCADE,
    UNIQUE (id, area_served)
) STRICT;
