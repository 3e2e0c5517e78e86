-- order_table_name_bytewise.sql (schema.md section 9.3)
-- apple (created first) and Zebra both lack a label: byte-wise name order puts Zebra
-- (Z = 0x5A) before apple (a = 0x61)
-- Expected error (also in expected.tsv):
--   Failed to validate schema: Collection 'Zebra' must have a 'label' column

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE apple (
    id INTEGER PRIMARY KEY,
    name TEXT
) STRICT;

CREATE TABLE Zebra (
    id INTEGER PRIMARY KEY,
    name TEXT
) STRICT;
