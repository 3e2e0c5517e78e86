-- Directory "abc" must be ignored (not a migration).
THIS MIGRATION MUST BE IGNORED;
