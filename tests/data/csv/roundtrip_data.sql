-- Rows for tests/schemas/valid/csv_roundtrip.sql (see tests/check_csv_roundtrip.c).
-- Text values never start or end with blanks: import strips them (§7.6).
-- The test sets Eta's capacity to the largest double with a bound parameter.
INSERT INTO Configuration (label, date_start, status) VALUES ('Main, "base" case', '2020-01-01T00:00:00', 2);

INSERT INTO Zone (label, level, zone_parent) VALUES ('North', 1, NULL), ('South, coast', 2, NULL),
    ('Quote"Zone', NULL, NULL), ('Empty', 7, NULL);
UPDATE Zone SET zone_parent = 2 WHERE id = 1;  -- a reference to a later row
UPDATE Zone SET zone_parent = 3 WHERE id = 3;  -- itself

INSERT INTO Plant (label, capacity, kind, stage, date_commissioned, notes, zone_id, plant_backup) VALUES
    ('Alpha', 100000.0, 1, 0, '2020-03-15T08:00:00', 'base load, coal', 1, NULL),
    ('Beta 2', 0.1, 2, 1, NULL, 'say "hi"', 2, NULL),
    ('Gamma, "G"', 1234567.89, 7, 2, '1999-12-31T23:59:59', 'x"y', NULL, NULL),
    ('Delta', 9e999, NULL, 0, '2024-02-29T12:00:00', 'line one' || char(10) || 'line two', 3, NULL),
    ('Epsilon', -9e999, 1, 0, NULL, 'cr' || char(13) || 'inside', NULL, NULL),
    ('Zeta', 0.30000000000000004, 2, 1, NULL, '"quoted"', NULL, NULL),
    ('Eta', NULL, 1, 0, NULL, 'tab' || char(9) || 'inside; and;semicolons', 1, NULL),
    ('Theta', -2.5e-300, 2, 0, NULL, 'ação, 日本語 "x"', 4, NULL),
    ('Iota', 12345678901234567890.0, NULL, 0, NULL, NULL, NULL, NULL),
    ('Kappa', NULL, NULL, 0, NULL, '""', NULL, NULL);
UPDATE Plant SET plant_backup = 1 WHERE label IN ('Beta 2', 'Gamma, "G"');
UPDATE Plant SET plant_backup = 10 WHERE label = 'Alpha';       -- a later row
UPDATE Plant SET plant_backup = 4 WHERE label = 'Delta';        -- itself

INSERT INTO Plant_vector_costs (id, vector_index, cost, cost_zone_id, cost_note) VALUES
    (3, 1, 1.5, 2, 'third, first'), (1, 1, 12.5, NULL, NULL), (1, 2, 3.0, 1, 'two' || char(10) || 'lines'),
    (1, 3, 1e-05, 3, '"q"'), (3, 2, -0.001, NULL, 'x'), (10, 1, 7, 4, NULL);

INSERT INTO Plant_set_tags (id, tag, share) VALUES
    (2, 'peak load', 0.5), (1, 'coal', 1), (1, 'base, "firm"', 0.25), (2, 'peak load', 0.75), (4, 'x', 1e21);

INSERT INTO Plant_time_series_output (id, date_time, block, energy, mode, output_zone_id, date_updated) VALUES
    (1, '2024-01-01T00:00:00', 2, 20.0, 1, 1, '2024-01-02T03:04:05'),
    (1, '2024-01-01T00:00:00', 1, 10.5, 2, NULL, NULL),
    (1, '2024-02-01T00:00:00', 1, NULL, NULL, 2, NULL),
    (2, '2024-01-15T12:00:00', 1, 5.0, 9, 3, '2024-01-16T00:00:00'),
    (10, '2023-06-30T23:00:00', 3, -1e-07, 1, NULL, NULL);
