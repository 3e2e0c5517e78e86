-- Reverts version 1.
DROP TABLE Basin;
DROP TABLE Configuration;
