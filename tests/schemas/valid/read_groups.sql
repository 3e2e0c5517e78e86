-- read_groups.sql: schema and rows for the vector and set readers (c-api.md §11.3-11.5).
--
--   Plant 1..5        Plant 3 has no group rows at all; Plant 2's vector row is all NULL
--   Plant_vector_costs   not STRICT; rows inserted out of vector_index order; cells of other
--                        storage classes (level 'x' and 2.5) and NULLs
--   Plant_vector_outputs group name (outputs) differs from its column (output)
--   Plant_vector_stock   group name equals its column
--   Plant_set_codes      not STRICT; integer, REAL, TEXT and NULL codes in one set
--   Plant_set_shares     REAL set, inserted in descending order
--   Plant_set_tags       TEXT set, inserted out of order
--   Site                 has a vector and a set table, but no rows anywhere
-- Vector tables in name order: costs, outputs, stock; set tables: codes, shares, tags.

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL,
    region TEXT
) STRICT;

CREATE TABLE Site (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant_vector_costs (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    cost REAL,
    level INTEGER,
    note TEXT,
    PRIMARY KEY (id, vector_index)
);

CREATE TABLE Plant_vector_outputs (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    output INTEGER,
    PRIMARY KEY (id, vector_index)
) STRICT;

CREATE TABLE Plant_vector_stock (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    stock INTEGER,
    PRIMARY KEY (id, vector_index)
) STRICT;

CREATE TABLE Plant_set_codes (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    code INTEGER,
    UNIQUE (id, code)
);

CREATE TABLE Plant_set_shares (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    share REAL NOT NULL,
    UNIQUE (id, share)
) STRICT;

CREATE TABLE Plant_set_tags (
    id INTEGER NOT NULL REFERENCES Plant(id) ON DELETE CASCADE ON UPDATE CASCADE,
    tag TEXT NOT NULL,
    UNIQUE (id, tag)
) STRICT;

CREATE TABLE Site_vector_levels (
    id INTEGER NOT NULL REFERENCES Site(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    level REAL,
    PRIMARY KEY (id, vector_index)
) STRICT;

CREATE TABLE Site_set_kinds (
    id INTEGER NOT NULL REFERENCES Site(id) ON DELETE CASCADE ON UPDATE CASCADE,
    kind TEXT NOT NULL,
    UNIQUE (id, kind)
) STRICT;

INSERT INTO Configuration (id, label) VALUES (1, 'default');

INSERT INTO Plant (id, label, region) VALUES (1, 'Plant 1', 'north');
INSERT INTO Plant (id, label, region) VALUES (2, 'Plant 2', 'south');
INSERT INTO Plant (id, label, region) VALUES (3, 'Plant 3', NULL);
INSERT INTO Plant (id, label, region) VALUES (4, 'Plant 4', 'east');
INSERT INTO Plant (id, label, region) VALUES (5, 'Plant 5', 'west');

INSERT INTO Site (id, label) VALUES (1, 'Site 1');

-- Inserted with Plant 4 first and out of vector_index order.
INSERT INTO Plant_vector_costs VALUES (4, 3, 4.3, 43, 'c');
INSERT INTO Plant_vector_costs VALUES (4, 1, 4.1, 41, 'a');
INSERT INTO Plant_vector_costs VALUES (4, 2, NULL, 2.5, NULL);
INSERT INTO Plant_vector_costs VALUES (1, 2, 1.5, 12, '');
INSERT INTO Plant_vector_costs VALUES (1, 1, 1, 'x', 'only');
INSERT INTO Plant_vector_costs VALUES (2, 1, NULL, NULL, NULL);
INSERT INTO Plant_vector_costs VALUES (5, 1, 5.0, 5, ' five ');

INSERT INTO Plant_vector_outputs VALUES (1, 1, 100);
INSERT INTO Plant_vector_outputs VALUES (1, 2, 200);
INSERT INTO Plant_vector_outputs VALUES (1, 3, 300);

INSERT INTO Plant_vector_stock VALUES (5, 1, 7);

INSERT INTO Plant_set_codes VALUES (2, 30);
INSERT INTO Plant_set_codes VALUES (2, 'x');
INSERT INTO Plant_set_codes VALUES (2, NULL);
INSERT INTO Plant_set_codes VALUES (2, 10);
INSERT INTO Plant_set_codes VALUES (2, 2.5);

INSERT INTO Plant_set_shares VALUES (4, 0.75);
INSERT INTO Plant_set_shares VALUES (4, 0.25);

INSERT INTO Plant_set_tags VALUES (5, 'solo');
INSERT INTO Plant_set_tags VALUES (1, 'zeta');
INSERT INTO Plant_set_tags VALUES (1, 'alpha');
INSERT INTO Plant_set_tags VALUES (1, 'mid');
