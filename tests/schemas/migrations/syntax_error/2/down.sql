-- Reverts version 2.
DROP TABLE Reservoir_set_uses;
ALTER TABLE Reservoir DROP COLUMN date_built;
