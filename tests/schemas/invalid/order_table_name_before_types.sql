-- order_table_name_before_types.sql (schema.md section 2.2)
-- a table named "Bad Name" that also has a BLOB column: the name is checked before
-- the columns
-- Expected error (also in expected.tsv):
--   Cannot query columns: invalid table name: Bad Name

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;

CREATE TABLE "Bad Name" (
    payload BLOB
);
