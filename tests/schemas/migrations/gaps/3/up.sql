-- Version 3: needs version 1 (Basin).
CREATE TABLE Reservoir (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    basin_id INTEGER,
    FOREIGN KEY (basin_id) REFERENCES Basin(id) ON DELETE SET NULL ON UPDATE CASCADE
) STRICT;
