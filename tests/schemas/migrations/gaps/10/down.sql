-- Reverts version 10.
ALTER TABLE Reservoir DROP COLUMN capacity;
