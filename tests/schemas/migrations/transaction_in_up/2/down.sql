-- Reverts version 2.
ALTER TABLE Reservoir DROP COLUMN date_built;
