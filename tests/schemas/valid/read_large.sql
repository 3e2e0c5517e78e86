-- read_large.sql: enough rows to make the readers' result arrays grow several
-- times (c-api.md §11), generated with recursive CTEs.
--
--   Series 1..1000            value = 3 * id and weight = id / 4.0 except every 7th id (NULL);
--                             name = 'name ' || id except every 5th id (NULL)
--   Series_vector_points      element i has i % 4 rows (none when i % 4 = 0), element 500
--                             has 150; point = 1000 * i + vector_index; inserted in
--                             descending vector_index order
--   Series_set_tags           element i (i % 10 = 1) has 'tag 1' .. 'tag 3'

CREATE TABLE Configuration (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL
) STRICT;

CREATE TABLE Series (
    id INTEGER PRIMARY KEY,
    label TEXT UNIQUE NOT NULL,
    value INTEGER,
    weight REAL,
    name TEXT
) STRICT;

CREATE TABLE Series_vector_points (
    id INTEGER NOT NULL REFERENCES Series(id) ON DELETE CASCADE ON UPDATE CASCADE,
    vector_index INTEGER NOT NULL,
    point INTEGER,
    PRIMARY KEY (id, vector_index)
) STRICT;

CREATE TABLE Series_set_tags (
    id INTEGER NOT NULL REFERENCES Series(id) ON DELETE CASCADE ON UPDATE CASCADE,
    tag TEXT NOT NULL,
    UNIQUE (id, tag)
) STRICT;

INSERT INTO Configuration (id, label) VALUES (1, 'default');

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
INSERT INTO Series
SELECT i, 'Series ' || i,
       CASE WHEN i % 7 = 0 THEN NULL ELSE 3 * i END,
       CASE WHEN i % 7 = 0 THEN NULL ELSE i / 4.0 END,
       CASE WHEN i % 5 = 0 THEN NULL ELSE 'name ' || i END
FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000),
               k(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM k WHERE j < 150)
INSERT INTO Series_vector_points
SELECT i, j, 1000 * i + j FROM n JOIN k ON j <= CASE WHEN i = 500 THEN 150 ELSE i % 4 END
ORDER BY j DESC, i;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000),
               k(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM k WHERE j < 3)
INSERT INTO Series_set_tags
SELECT i, 'tag ' || j FROM n JOIN k WHERE i % 10 = 1 ORDER BY j DESC;
