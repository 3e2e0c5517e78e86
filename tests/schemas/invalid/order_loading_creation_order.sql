-- order_loading_creation_order.sql (schema.md section 2.2)
-- Zeta (created first, BOOLEAN) and Alpha (created second, INT): loading follows
-- sqlite_master (creation) order, not name order
-- Expected error (also in expected.tsv):
--   Unknown data type: BOOLEAN

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Zeta (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL,
    active BOOLEAN
);

CREATE TABLE Alpha (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL,
    amount INT
);
