-- no_tables.sql (schema.md section 9.1)
-- a script that executes but creates no table at all
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Schema must have a 'Configuration' table

-- nothing but a version
PRAGMA user_version = 4;
