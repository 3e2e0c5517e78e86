-- Reverts version 3.
DROP TABLE Gauge;
DROP TABLE Reservoir_vector_volume_curve;
