-- Version 1: Configuration, Basin and Reservoir (with a relation to Basin).
CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Basin (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    area REAL
) STRICT;

CREATE TABLE Reservoir (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL NOT NULL DEFAULT 0,
    basin_id INTEGER,
    FOREIGN KEY (basin_id) REFERENCES Basin(id) ON DELETE SET NULL ON UPDATE CASCADE
) STRICT;
