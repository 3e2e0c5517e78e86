-- Reverts version 3.
DROP TABLE Reservoir;
