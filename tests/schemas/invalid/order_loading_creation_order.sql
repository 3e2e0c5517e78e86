-- order_loading_creation_order.sql (schema.md §2.2)
-- Zeta (created first, BOOLEAN) and Alpha (created second, INT): loading follows
-- sqlite_master (creation) order, not name order
-- Expected error: see expected.tsv

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
