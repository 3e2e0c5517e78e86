-- Version 2 executes without error but makes the schema invalid: the vector
-- table's primary key is id alone. All migrations are committed (version 2)
-- before validation reports the error.
CREATE TABLE Reservoir_vector_levels (
    id INTEGER PRIMARY KEY REFERENCES Reservoir(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    level REAL
) STRICT;
