-- set_parent_fk_no_actions.sql (schema.md section 9.7 K2b)
-- a set table's id -> parent FK without actions (the action rules apply to it)
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Foreign key 'id' in table 'Plant_set_fuels' must use ON UPDATE CASCADE

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;

CREATE TABLE Plant_set_fuels (
    id INTEGER NOT NULL REFERENCES Plant(id),
    fuel TEXT NOT NULL,
    UNIQUE (id, fuel)
) STRICT;
