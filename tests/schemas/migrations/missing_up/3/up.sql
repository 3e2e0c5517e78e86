-- Version 3: adds the vector group Reservoir_vector_volume_curve and a new
-- collection Gauge related to Reservoir.
CREATE TABLE Reservoir_vector_volume_curve (
    id INTEGER NOT NULL REFERENCES Reservoir(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    curve_level REAL,
    curve_volume REAL,
    PRIMARY KEY (id, vector_index)
) STRICT;

CREATE TABLE Gauge (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    reservoir_id INTEGER,
    FOREIGN KEY (reservoir_id) REFERENCES Reservoir(id) ON DELETE CASCADE ON UPDATE CASCADE
) STRICT;
