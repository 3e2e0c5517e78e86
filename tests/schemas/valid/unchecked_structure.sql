-- unchecked_structure.sql: structures the validator deliberately does NOT check
-- (schema.md 2.1, 6, 9.4, 9.8). The schema loads and validates, but several of
-- these tables are not usable at run time (e.g. list_time_series_groups of Probe
-- fails with `Dimension column not found: ...`). Use it for validation tests only,
-- not for data tests.
--
--  * SQLiteScratch: any table named sqlite<something> (any case) is skipped by the
--    table enumeration (NOT LIKE 'sqlite_%'), even with a BLOB/untyped column and
--    no id/label;
--  * Tagged: `id` is TEXT (id's type is not checked) and the primary key is
--    composite (id, label) (only "id is part of the primary key" is checked);
--  * Probe_vector_bare: no primary key at all and no value columns;
--  * Probe_vector_wide_key: primary key (id, vector_index, layer);
--  * Probe_set_codes: set table without `id` and without a parent foreign key;
--  * Probe_set_loose: parent FK with ON DELETE SET NULL on a nullable id;
--  * Ghost_set_orphans / Phantom_time_series_x: parent collections do not exist
--    (not checked for set and time-series tables);
--  * Probe_time_series_raw: no id, no date column, no foreign key, no key.

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE SQLiteScratch (
    payload BLOB,
    anything
);

CREATE TABLE Tagged (
    id TEXT NOT NULL,
    label TEXT UNIQUE NOT NULL,
    PRIMARY KEY (id, label)
) STRICT;

CREATE TABLE Probe (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL,
    depth REAL
) STRICT;

CREATE TABLE Probe_vector_bare (
    id INTEGER NOT NULL REFERENCES Probe(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL
) STRICT;

CREATE TABLE Probe_vector_wide_key (
    id INTEGER NOT NULL REFERENCES Probe(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    layer INTEGER NOT NULL,
    layer_value REAL,
    PRIMARY KEY (id, vector_index, layer)
) STRICT;

CREATE TABLE Probe_set_codes (
    code TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE Probe_set_loose (
    id INTEGER REFERENCES Probe(id) ON DELETE SET NULL ON UPDATE CASCADE,
    loose_value TEXT,
    UNIQUE (id, loose_value)
) STRICT;

CREATE TABLE Ghost_set_orphans (
    orphan TEXT UNIQUE
) STRICT;

CREATE TABLE Phantom_time_series_x (
    x REAL
) STRICT;

CREATE TABLE Probe_time_series_raw (
    sample INTEGER,
    raw_value REAL
) STRICT;
