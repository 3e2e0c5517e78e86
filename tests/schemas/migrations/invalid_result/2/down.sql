-- Reverts version 2.
DROP TABLE Reservoir_vector_levels;
