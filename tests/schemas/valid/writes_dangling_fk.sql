-- writes_dangling_fk.sql: a relation whose target table does not exist (the
-- validator does not check FK targets, schema.md §9.8).  Writing a label to it
-- fails in the label lookup with SQLite's "no such table".

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Plant (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT UNIQUE NOT NULL,
    ghost_id INTEGER,
    FOREIGN KEY (ghost_id) REFERENCES Ghost(id) ON DELETE SET NULL ON UPDATE CASCADE
) STRICT;
