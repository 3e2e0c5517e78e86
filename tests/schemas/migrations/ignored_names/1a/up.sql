-- Directory "1a" must be ignored (not a migration).
THIS MIGRATION MUST BE IGNORED;
