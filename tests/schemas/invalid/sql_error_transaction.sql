-- sql_error_transaction.sql (schema.md section 11.3)
-- the schema file contains BEGIN/COMMIT; from_schema already runs it inside a
-- transaction
-- Expected error (also in expected.tsv):
--   Failed to execute SQL: cannot start a transaction within a transaction

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
