-- groups_data.sql: vector and set groups with rows, for the whole-group readers
-- and writers (c-api-groups-timeseries-csv.md §4).
--
--   Fuel                      labels Coal (1), Gas (2): targets of relation columns
--   Unit                      Alpha (1), Beta (2), Gamma (3)
--   Unit_vector_heat_curve    a value column of every type; fuel_segment is a relation;
--                             segment_count has a DEFAULT; Alpha's rows are inserted
--                             out of vector_index order
--   Unit_vector_markers       a vector group without value columns
--   Unit_vector_loose         not STRICT: values whose storage class differs from
--                             the column type
--   Unit_set_owners           (owner, share) pairs, inserted out of name order
--   Unit_set_fuels            a relation set sharing the column name fuel_segment
--                             with the vector group (shared relation columns are allowed)
--   Unit_set_ghosts           a relation to a table that does not exist (not validated)
--   Unit_set_keywords         WITHOUT ROWID: writable, but the reader's ORDER BY rowid fails

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Fuel (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Unit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;

CREATE TABLE Unit_vector_heat_curve (
    id INTEGER NOT NULL REFERENCES Unit(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    segment_output REAL,
    segment_count INTEGER DEFAULT 7,
    segment_note TEXT,
    date_segment TEXT,
    fuel_segment INTEGER,
    FOREIGN KEY (fuel_segment) REFERENCES Fuel(id) ON DELETE SET NULL ON UPDATE CASCADE,
    PRIMARY KEY (id, vector_index)
) STRICT;

CREATE TABLE Unit_vector_markers (
    id INTEGER NOT NULL REFERENCES Unit(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    PRIMARY KEY (id, vector_index)
) STRICT;

CREATE TABLE Unit_vector_loose (
    id INTEGER NOT NULL REFERENCES Unit(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    loose_integer INTEGER,
    loose_real REAL,
    loose_text TEXT,
    PRIMARY KEY (id, vector_index)
);

CREATE TABLE Unit_set_owners (
    id INTEGER NOT NULL REFERENCES Unit(id) ON DELETE CASCADE ON UPDATE CASCADE,
    owner TEXT NOT NULL,
    share REAL NOT NULL,
    UNIQUE (id, owner, share)
) STRICT;

CREATE TABLE Unit_set_fuels (
    id INTEGER NOT NULL REFERENCES Unit(id) ON DELETE CASCADE ON UPDATE CASCADE,
    fuel_segment INTEGER NOT NULL,
    FOREIGN KEY (fuel_segment) REFERENCES Fuel(id) ON DELETE CASCADE ON UPDATE CASCADE,
    UNIQUE (id, fuel_segment)
) STRICT;

CREATE TABLE Unit_set_ghosts (
    id INTEGER NOT NULL REFERENCES Unit(id) ON DELETE CASCADE ON UPDATE CASCADE,
    ghost_ref INTEGER,
    FOREIGN KEY (ghost_ref) REFERENCES Ghost(id) ON DELETE CASCADE ON UPDATE CASCADE,
    UNIQUE (id, ghost_ref)
) STRICT;

CREATE TABLE Unit_set_keywords (
    id INTEGER NOT NULL REFERENCES Unit(id) ON DELETE CASCADE ON UPDATE CASCADE,
    keyword TEXT NOT NULL,
    PRIMARY KEY (id, keyword)
) STRICT, WITHOUT ROWID;

INSERT INTO Configuration (id, label) VALUES (1, 'base');
INSERT INTO Fuel (label) VALUES ('Coal'), ('Gas');
INSERT INTO Unit (label, capacity) VALUES ('Alpha', 100.0), ('Beta', 50.0), ('Gamma', NULL);

INSERT INTO Unit_vector_heat_curve VALUES (1, 2, NULL, NULL, NULL, NULL, NULL);
INSERT INTO Unit_vector_heat_curve VALUES (1, 1, 10.5, 3, 'low', '2024-01-01T00:00:00', 2);
INSERT INTO Unit_vector_heat_curve VALUES (2, 1, 99.0, 1, 'only', NULL, 1);

INSERT INTO Unit_vector_markers VALUES (1, 1), (1, 2);

INSERT INTO Unit_vector_loose VALUES (1, 1, 2.9, 7, 42);
INSERT INTO Unit_vector_loose VALUES (1, 2, -2.9, 1.5, 'text');
INSERT INTO Unit_vector_loose VALUES (1, 3, 'word', 'word', X'01');
INSERT INTO Unit_vector_loose VALUES (1, 4, 1e300, NULL, NULL), (1, 5, -1e300, NULL, NULL);

INSERT INTO Unit_set_owners VALUES (1, 'zeta', 0.25), (1, 'alpha', 0.75), (2, 'mid', 1.0);
INSERT INTO Unit_set_fuels VALUES (1, 2), (1, 1);
