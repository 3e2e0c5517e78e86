-- Version 2 with an SQL error in its second statement. The first statement
-- (ALTER TABLE) must be rolled back with it: Reservoir keeps no date_built column
-- and the database stays at version 1; version 3 is never applied.
ALTER TABLE Reservoir ADD COLUMN date_built TEXT;

CREAT TABLE Reservoir_set_uses (
    id INTEGER NOT NULL REFERENCES Reservoir(id) ON DELETE CASCADE ON UPDATE CASCADE,
    purpose TEXT NOT NULL,
    UNIQUE (id, purpose)
) STRICT;
