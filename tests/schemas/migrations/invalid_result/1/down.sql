-- Reverts version 1.
DROP TABLE Reservoir;
DROP TABLE Basin;
DROP TABLE Configuration;
