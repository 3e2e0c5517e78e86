-- read_scalars.sql: schema and rows for the scalar readers, read_element_ids and
-- number_of_elements (c-api.md §11.1, §11.2, §11.6, §11.7).
--
--   Item                rows inserted out of id order with gaps: rowid order is 2, 5, 9, 12;
--                       id 12 has NULL in every nullable column, note is NULL everywhere
--   Mixed               not STRICT: amount (INTEGER) and ratio (REAL) also hold values of
--                       other storage classes (REAL 2.5, TEXT 'abc', TEXT 'x'); ratio's 3
--                       becomes REAL 3.0 through the column's affinity
--   Empty               no rows; AUTOINCREMENT creates sqlite_sequence
--   Item_vector_sizes   a group table with rows inserted so that rowid order differs from id order
--   Keyed               WITHOUT ROWID: the bulk readers' ORDER BY rowid cannot be prepared

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Item (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL,
    quantity INTEGER,
    weight REAL,
    name TEXT,
    date_made TEXT,
    note TEXT
) STRICT;

CREATE TABLE Mixed (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL,
    amount INTEGER,
    ratio REAL
);

CREATE TABLE Empty (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    quantity INTEGER
) STRICT;

CREATE TABLE Item_vector_sizes (
    id INTEGER NOT NULL REFERENCES Item(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    size INTEGER,
    PRIMARY KEY (id, vector_index)
) STRICT;

CREATE TABLE Keyed (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL,
    quantity INTEGER
) STRICT, WITHOUT ROWID;

INSERT INTO Configuration (id, label) VALUES (1, 'default');

INSERT INTO Item VALUES (5, 'Item 5', 50, 5.5, 'five', '2024-05-05T00:00:00', NULL);
INSERT INTO Item VALUES (2, 'Item 2', -2, 2.25, '', '2024-02-02T10:30:00', NULL);
INSERT INTO Item VALUES (12, 'Item 12', NULL, NULL, NULL, NULL, NULL);
INSERT INTO Item VALUES (9, 'Item 9', 9223372036854775807, -0.5, '  nine ', NULL, NULL);

INSERT INTO Mixed VALUES (1, 'integers', 7, 3);
INSERT INTO Mixed VALUES (2, 'reals', 2.5, 'x');
INSERT INTO Mixed VALUES (3, 'texts', 'abc', NULL);
INSERT INTO Mixed VALUES (4, 'nulls', NULL, 1048576.5);

INSERT INTO Item_vector_sizes VALUES (9, 1, 90);
INSERT INTO Item_vector_sizes VALUES (2, 1, 20);
INSERT INTO Item_vector_sizes VALUES (2, 2, NULL);

INSERT INTO Keyed VALUES (3, 'Keyed 3', 30);
