-- sql_error_transaction.sql (schema.md §11.3)
-- the schema file contains BEGIN/COMMIT; from_schema already runs it inside a
-- transaction
-- Expected error: see expected.tsv

BEGIN TRANSACTION;

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    capacity REAL
) STRICT;

COMMIT;
