-- edge_cases.sql: a valid, fully usable schema exercising rules that are easy to
-- get wrong in a loader/validator. Every table here is meant to work at run time.
--
--  * lower/mixed-case standard type names (reported as INTEGER/REAL/TEXT);
--  * label uniqueness through a separate CREATE UNIQUE INDEX (Station);
--  * an index whose name contains '-' is silently skipped (harmless here);
--  * a non-STRICT table with a column declared DATE_TIME (accepted);
--  * date_ prefix rule: date_reading TEXT -> DATE_TIME; `date`, `datetime`,
--    `update_date`, `Date_w` stay TEXT; date_n INTEGER stays INTEGER;
--  * relation naming, compared case-insensitively: Station_ID (rule 1),
--    station_alt (rule 2, self), owner_id_main (rule 3: contains _id);
--  * a relation column (station_link) shared by a vector group and a set group
--    (FK columns are skipped by the duplicate-attribute check);
--  * a set-table FK value column (station_watcher) that is in no UNIQUE index
--    (FK columns are exempt), and that does not follow the naming rule (set
--    tables are exempt from it);
--  * a time-series FK without ON DELETE/ON UPDATE actions and with a
--    non-conventional name (time-series tables are exempt from both rules);
--  * a set table whose only unique index is its composite PRIMARY KEY (id, alias)
--    (SQLite's sqlite_autoindex_... counts as a UNIQUE constraint);
--  * Configuration is exempt from the duplicate-attribute check: its vector
--    group reuses the Configuration scalar name `scale`;
--  * the same column name in different collections is not a duplicate (`code`);
--  * views, triggers and indexes with underscores in their names are ignored.

CREATE TABLE Configuration (
    id integer PRIMARY KEY,
    label text UNIQUE NOT NULL,
    scale Real DEFAULT 1.0
);

CREATE TABLE Configuration_vector_scale (
    id INTEGER NOT NULL REFERENCES Configuration(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    scale REAL,
    PRIMARY KEY (id, vector_index)
);

CREATE TABLE Owner (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL UNIQUE,
    code TEXT
) STRICT;

CREATE TABLE Owner_set_aliases (
    id INTEGER NOT NULL REFERENCES Owner(id) ON DELETE CASCADE ON UPDATE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (id, alias)
) STRICT;

CREATE TABLE Station (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    code TEXT,
    weight REAL,
    date_reading TEXT,
    date TEXT,
    datetime TEXT,
    update_date TEXT,
    Date_w TEXT,
    date_n INTEGER,
    date_legacy DATE_TIME,
    Station_ID INTEGER,
    station_alt INTEGER,
    owner_id_main INTEGER,
    FOREIGN KEY (Station_ID) REFERENCES Station(id) ON DELETE SET NULL ON UPDATE CASCADE,
    FOREIGN KEY (station_alt) REFERENCES Station(id) ON DELETE SET NULL ON UPDATE CASCADE,
    FOREIGN KEY (owner_id_main) REFERENCES Owner(id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE UNIQUE INDEX Station_label_unique ON Station(label);
CREATE INDEX "Station-weight" ON Station(weight);
CREATE INDEX Station_code_index ON Station(code);

CREATE TABLE Station_vector_links (
    id INTEGER NOT NULL REFERENCES Station(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    station_link INTEGER REFERENCES Station(id) ON DELETE SET NULL ON UPDATE CASCADE,
    link_weight REAL,
    PRIMARY KEY (id, vector_index)
) STRICT;

CREATE TABLE Station_set_neighbors (
    id INTEGER NOT NULL REFERENCES Station(id) ON DELETE CASCADE ON UPDATE CASCADE,
    station_link INTEGER REFERENCES Station(id) ON DELETE CASCADE ON UPDATE CASCADE,
    station_watcher INTEGER REFERENCES Station(id) ON DELETE SET NULL ON UPDATE CASCADE,
    neighbor_kind TEXT NOT NULL,
    UNIQUE (id, station_link, neighbor_kind)
) STRICT;

CREATE TABLE Station_time_series_readings (
    id INTEGER NOT NULL REFERENCES Station(id) ON DELETE CASCADE ON UPDATE CASCADE,
    date_time TEXT NOT NULL,
    reading REAL,
    observer INTEGER REFERENCES Owner(id),
    PRIMARY KEY (id, date_time)
) STRICT;

CREATE VIEW Station_summary_view AS SELECT id, label FROM Station;

CREATE TRIGGER Station_after_insert_trigger AFTER INSERT ON Station
BEGIN
    SELECT NEW.id;
END;
