-- Reverts version 2.
DROP TABLE Reservoir;
