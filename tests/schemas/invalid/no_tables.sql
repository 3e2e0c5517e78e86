-- no_tables.sql (schema.md §9.1)
-- a script that executes but creates no table at all
-- Expected error: see expected.tsv

-- nothing but a version
PRAGMA user_version = 4;
