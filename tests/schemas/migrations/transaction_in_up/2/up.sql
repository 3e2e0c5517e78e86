-- Version 2 wrapped in its own transaction: up.sql already runs inside one, so
-- BEGIN fails and the database stays at version 1.
BEGIN TRANSACTION;

ALTER TABLE Reservoir ADD COLUMN date_built TEXT;

COMMIT;
