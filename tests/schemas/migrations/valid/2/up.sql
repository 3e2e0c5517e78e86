-- Version 2: adds the scalar Reservoir.date_built (DATE_TIME) and the set group
-- Reservoir_set_uses.
ALTER TABLE Reservoir ADD COLUMN date_built TEXT;

CREATE TABLE Reservoir_set_uses (
    id INTEGER NOT NULL REFERENCES Reservoir(id) ON DELETE CASCADE ON UPDATE CASCADE,
    purpose TEXT NOT NULL,
    UNIQUE (id, purpose)
) STRICT;
