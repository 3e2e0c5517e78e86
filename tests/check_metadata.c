/*
 * Metadata functions of the C API (c-api.md §12, schema.md §3.2, §7): scalar
 * and group metadata, the list functions, the free functions and their NULL
 * rules, every error message, and outputs left untouched on failure.
 */
#include <stdio.h>

#include "helpers.h"

/* Keys, defaults and dimensions the shared schemas do not have.  Tag is not
 * STRICT, so its TEXT primary key has no implied NOT NULL and `at` may be
 * declared DATE_TIME. */
static const char keys_schema[] =
    "CREATE TABLE Configuration (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL);\n"
    "CREATE TABLE Tag (\n"
    "    id TEXT PRIMARY KEY,\n"
    "    label TEXT UNIQUE NOT NULL,\n"
    "    weight REAL DEFAULT -0.5,\n"
    "    note TEXT DEFAULT 'it''s',\n"
    "    created TEXT DEFAULT CURRENT_TIMESTAMP,\n"
    "    tag_parent INTEGER REFERENCES Tag ON DELETE SET NULL ON UPDATE CASCADE\n"
    ");\n"
    "CREATE TABLE Tag_time_series_usage (\n"
    "    id INTEGER NOT NULL REFERENCES Tag(id) ON DELETE CASCADE ON UPDATE CASCADE,\n"
    "    hits INTEGER DEFAULT 0,\n"
    "    date_time TEXT NOT NULL,\n"
    "    block INTEGER,\n"
    "    date_alpha TEXT,\n"
    "    PRIMARY KEY (id, date_time, block)\n"
    ");\n"
    "CREATE TABLE Tag_time_series_moments (id INTEGER NOT NULL, at DATE_TIME, date_z TEXT, level REAL);\n"
    "CREATE TABLE Tag_time_series_counter (id INTEGER NOT NULL, date_n INTEGER, tally REAL);\n";

static quiver_database_t *open_keys(void)
{
    const char *path = qt_temp_path("keys.sql");
    FILE *file = fopen(path, "w");
    ck_assert_ptr_nonnull(file);
    fputs(keys_schema, file);
    fclose(file);
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = NULL;
    qt_assert_ok(quiver_database_from_schema(":memory:", path, &options, &db));
    return db;
}

/* A database whose schema does not validate (no Configuration table). */
static quiver_database_t *open_empty(void)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = NULL;
    qt_assert_ok(quiver_database_open(":memory:", &options, &db));
    return db;
}

static const char no_schema[] = "Failed to validate schema: Schema must have a 'Configuration' table";

static void assert_column(const quiver_scalar_metadata_t *m, const char *name, quiver_data_type_t type,
                          int not_null, int primary_key, const char *default_value,
                          const char *references_collection, const char *references_column)
{
    ck_assert_str_eq(m->name, name);
    ck_assert_int_eq(m->data_type, type);
    ck_assert_int_eq(m->not_null, not_null);
    ck_assert_int_eq(m->primary_key, primary_key);
    ck_assert_pstr_eq(m->default_value, default_value);
    ck_assert_int_eq(m->is_foreign_key, references_collection != NULL);
    ck_assert_pstr_eq(m->references_collection, references_collection);
    ck_assert_pstr_eq(m->references_column, references_column);
}

/* get_scalar_metadata of @p attribute, checked as assert_column() does, then freed. */
static void assert_scalar(quiver_database_t *db, const char *collection, const char *attribute,
                          quiver_data_type_t type, int not_null, int primary_key, const char *default_value,
                          const char *references_collection, const char *references_column)
{
    quiver_scalar_metadata_t m = {0};
    qt_assert_ok(quiver_database_get_scalar_metadata(db, collection, attribute, &m));
    assert_column(&m, attribute, type, not_null, primary_key, default_value, references_collection,
                  references_column);
    qt_assert_ok(quiver_database_free_scalar_metadata(&m));
}

/* Sentinels: outputs a failing call must leave as they are. */
static quiver_scalar_metadata_t scalar_sentinel(void)
{
    quiver_scalar_metadata_t m = {"sentinel", QUIVER_DATA_TYPE_NULL, 7, 7, "d", 7, "c", "r"};
    return m;
}

static quiver_group_metadata_t group_sentinel(void)
{
    static quiver_scalar_metadata_t column = {"sentinel", QUIVER_DATA_TYPE_NULL, 7, 7, NULL, 0, NULL, NULL};
    quiver_group_metadata_t m = {"sentinel", "dimension", &column, 99};
    return m;
}

static void assert_scalar_is_sentinel(const quiver_scalar_metadata_t *m)
{
    quiver_scalar_metadata_t expected = scalar_sentinel();
    ck_assert_ptr_eq(m->name, expected.name);
    ck_assert_int_eq(m->data_type, expected.data_type);
    ck_assert_int_eq(m->not_null, expected.not_null);
    ck_assert_int_eq(m->primary_key, expected.primary_key);
    ck_assert_ptr_eq(m->default_value, expected.default_value);
    ck_assert_int_eq(m->is_foreign_key, expected.is_foreign_key);
    ck_assert_ptr_eq(m->references_collection, expected.references_collection);
    ck_assert_ptr_eq(m->references_column, expected.references_column);
}

static void assert_group_is_sentinel(const quiver_group_metadata_t *m)
{
    quiver_group_metadata_t expected = group_sentinel();
    ck_assert_ptr_eq(m->group_name, expected.group_name);
    ck_assert_ptr_eq(m->dimension_column, expected.dimension_column);
    ck_assert_ptr_eq(m->value_columns, expected.value_columns);
    ck_assert_uint_eq(m->value_column_count, expected.value_column_count);
}

static quiver_scalar_metadata_t *const scalar_list_sentinel = (quiver_scalar_metadata_t *)0x5ca1a5;
static quiver_group_metadata_t *const group_list_sentinel = (quiver_group_metadata_t *)0x6a0b;

/* --- get_scalar_metadata ------------------------------------------------- */

START_TEST(scalar_id_label_and_defaults)
{
    quiver_database_t *db = qt_open_schema("valid/basic.sql");
    /* `id INTEGER PRIMARY KEY` reports not_null although SQLite does not flag it. */
    assert_scalar(db, "Sensor", "id", QUIVER_DATA_TYPE_INTEGER, 1, 1, NULL, NULL, NULL);
    assert_scalar(db, "Sensor", "label", QUIVER_DATA_TYPE_STRING, 1, 0, NULL, NULL, NULL);
    /* Defaults are the raw SQL text, quotes included. */
    assert_scalar(db, "Sensor", "priority", QUIVER_DATA_TYPE_INTEGER, 1, 0, "3", NULL, NULL);
    assert_scalar(db, "Sensor", "gain", QUIVER_DATA_TYPE_FLOAT, 1, 0, "1.5", NULL, NULL);
    assert_scalar(db, "Sensor", "unit", QUIVER_DATA_TYPE_STRING, 1, 0, "'kW'", NULL, NULL);
    assert_scalar(db, "Sensor", "serial_number", QUIVER_DATA_TYPE_INTEGER, 0, 0, NULL, NULL, NULL);
    assert_scalar(db, "Sensor", "date_installed", QUIVER_DATA_TYPE_DATE_TIME, 0, 0, NULL, NULL, NULL);
    assert_scalar(db, "Configuration", "study_name", QUIVER_DATA_TYPE_STRING, 1, 0, "'unnamed study'", NULL,
                  NULL);
    assert_scalar(db, "Configuration", "date_initial", QUIVER_DATA_TYPE_DATE_TIME, 0, 0,
                  "'2024-01-01T00:00:00'", NULL, NULL);
    quiver_database_close(db);
}
END_TEST

START_TEST(scalar_foreign_keys)
{
    quiver_database_t *db = qt_open_schema("valid/full.sql");
    assert_scalar(db, "Unit", "zone_id", QUIVER_DATA_TYPE_INTEGER, 0, 0, NULL, "Zone", "id");
    assert_scalar(db, "Unit", "unit_backup", QUIVER_DATA_TYPE_INTEGER, 0, 0, NULL, "Unit", "id");
    assert_scalar(db, "Unit", "fuel_id", QUIVER_DATA_TYPE_INTEGER, 0, 0, NULL, "Fuel", "id");
    assert_scalar(db, "Unit", "technology", QUIVER_DATA_TYPE_STRING, 0, 0, "'thermal'", NULL, NULL);
    quiver_database_close(db);
}
END_TEST

START_TEST(scalar_keys_and_raw_defaults)
{
    quiver_database_t *db = open_keys();
    /* Only an INTEGER key column is derived NOT NULL: a TEXT key stays 0. */
    assert_scalar(db, "Tag", "id", QUIVER_DATA_TYPE_STRING, 0, 1, NULL, NULL, NULL);
    assert_scalar(db, "Tag", "weight", QUIVER_DATA_TYPE_FLOAT, 0, 0, "-0.5", NULL, NULL);
    assert_scalar(db, "Tag", "note", QUIVER_DATA_TYPE_STRING, 0, 0, "'it''s'", NULL, NULL);
    assert_scalar(db, "Tag", "created", QUIVER_DATA_TYPE_STRING, 0, 0, "CURRENT_TIMESTAMP", NULL, NULL);
    /* REFERENCES without a column: the target column is the empty string. */
    assert_scalar(db, "Tag", "tag_parent", QUIVER_DATA_TYPE_INTEGER, 0, 0, NULL, "Tag", "");
    quiver_database_close(db);
}
END_TEST

/* c-api.md §1.7: any table is accepted as the collection. */
START_TEST(scalar_of_group_table)
{
    quiver_database_t *db = qt_open_schema("valid/full.sql");
    assert_scalar(db, "Unit_vector_heat_curve", "vector_index", QUIVER_DATA_TYPE_INTEGER, 1, 1, NULL, NULL,
                  NULL);
    assert_scalar(db, "Unit_vector_heat_curve", "id", QUIVER_DATA_TYPE_INTEGER, 1, 1, NULL, "Unit", "id");
    quiver_database_close(db);
}
END_TEST

START_TEST(scalar_errors)
{
    quiver_database_t *db = qt_open_schema("valid/full.sql");
    quiver_scalar_metadata_t m = scalar_sentinel();
    qt_assert_error(quiver_database_get_scalar_metadata(db, "Nope", "id", &m),
                    "Cannot get_scalar_metadata: collection not found: Nope");
    qt_assert_error(quiver_database_get_scalar_metadata(db, "unit", "id", &m),
                    "Cannot get_scalar_metadata: collection not found: unit");
    qt_assert_error(quiver_database_get_scalar_metadata(db, "Unit", "nope", &m),
                    "Scalar attribute not found: 'nope' in collection 'Unit'");
    qt_assert_error(quiver_database_get_scalar_metadata(db, "Unit", "Capacity", &m),
                    "Scalar attribute not found: 'Capacity' in collection 'Unit'");
    /* Group columns are not scalar attributes of the collection. */
    qt_assert_error(quiver_database_get_scalar_metadata(db, "Unit", "segment_output", &m),
                    "Scalar attribute not found: 'segment_output' in collection 'Unit'");
    /* The collection is checked before the attribute. */
    qt_assert_error(quiver_database_get_scalar_metadata(db, "Nope", "nope", &m),
                    "Cannot get_scalar_metadata: collection not found: Nope");
    assert_scalar_is_sentinel(&m);
    quiver_database_close(db);
}
END_TEST

START_TEST(scalar_null_arguments)
{
    quiver_database_t *db = qt_open_schema("valid/basic.sql");
    quiver_scalar_metadata_t m = scalar_sentinel();
    qt_assert_error(quiver_database_get_scalar_metadata(NULL, NULL, NULL, NULL), "Null argument: db");
    qt_assert_error(quiver_database_get_scalar_metadata(db, NULL, NULL, NULL), "Null argument: collection");
    qt_assert_error(quiver_database_get_scalar_metadata(db, "Sensor", NULL, NULL),
                    "Null argument: attribute");
    qt_assert_error(quiver_database_get_scalar_metadata(db, "Sensor", "id", NULL),
                    "Null argument: out_metadata");
    qt_assert_error(quiver_database_get_scalar_metadata(NULL, "Sensor", "id", &m), "Null argument: db");
    assert_scalar_is_sentinel(&m);
    quiver_database_close(db);
}
END_TEST

/* --- get_vector / set / time_series metadata ------------------------------ */

START_TEST(vector_metadata)
{
    quiver_database_t *db = qt_open_schema("valid/full.sql");
    quiver_group_metadata_t g = {0};
    qt_assert_ok(quiver_database_get_vector_metadata(db, "Unit", "heat_curve", &g));
    ck_assert_str_eq(g.group_name, "heat_curve");
    ck_assert_ptr_null(g.dimension_column);
    ck_assert_uint_eq(g.value_column_count, 3);
    assert_column(&g.value_columns[0], "segment_output", QUIVER_DATA_TYPE_FLOAT, 0, 0, NULL, NULL, NULL);
    assert_column(&g.value_columns[1], "segment_heat_rate", QUIVER_DATA_TYPE_FLOAT, 0, 0, NULL, NULL, NULL);
    assert_column(&g.value_columns[2], "fuel_segment", QUIVER_DATA_TYPE_INTEGER, 0, 0, NULL, "Fuel", "id");
    qt_assert_ok(quiver_database_free_group_metadata(&g));
    quiver_database_close(db);
}
END_TEST

/* Only `id` and `vector_index` are left out: other key columns are value columns. */
START_TEST(vector_metadata_unusual_tables)
{
    quiver_database_t *db = qt_open_schema("valid/unchecked_structure.sql");
    quiver_group_metadata_t g = group_sentinel();
    qt_assert_ok(quiver_database_get_vector_metadata(db, "Probe", "bare", &g));
    ck_assert_str_eq(g.group_name, "bare");
    ck_assert_ptr_null(g.dimension_column);
    ck_assert_uint_eq(g.value_column_count, 0);
    ck_assert_ptr_null(g.value_columns);
    qt_assert_ok(quiver_database_free_group_metadata(&g));
    qt_assert_ok(quiver_database_get_vector_metadata(db, "Probe", "wide_key", &g));
    ck_assert_uint_eq(g.value_column_count, 2);
    assert_column(&g.value_columns[0], "layer", QUIVER_DATA_TYPE_INTEGER, 1, 1, NULL, NULL, NULL);
    assert_column(&g.value_columns[1], "layer_value", QUIVER_DATA_TYPE_FLOAT, 0, 0, NULL, NULL, NULL);
    qt_assert_ok(quiver_database_free_group_metadata(&g));
    quiver_database_close(db);
}
END_TEST

START_TEST(set_metadata)
{
    quiver_database_t *db = qt_open_schema("valid/edge_cases.sql");
    quiver_group_metadata_t g = {0};
    qt_assert_ok(quiver_database_get_set_metadata(db, "Station", "neighbors", &g));
    ck_assert_str_eq(g.group_name, "neighbors");
    ck_assert_ptr_null(g.dimension_column);
    ck_assert_uint_eq(g.value_column_count, 3);
    assert_column(&g.value_columns[0], "station_link", QUIVER_DATA_TYPE_INTEGER, 0, 0, NULL, "Station", "id");
    assert_column(&g.value_columns[1], "station_watcher", QUIVER_DATA_TYPE_INTEGER, 0, 0, NULL, "Station",
                  "id");
    assert_column(&g.value_columns[2], "neighbor_kind", QUIVER_DATA_TYPE_STRING, 1, 0, NULL, NULL, NULL);
    qt_assert_ok(quiver_database_free_group_metadata(&g));
    /* A composite primary key (id, alias): alias is a key column. */
    qt_assert_ok(quiver_database_get_set_metadata(db, "Owner", "aliases", &g));
    ck_assert_uint_eq(g.value_column_count, 1);
    assert_column(&g.value_columns[0], "alias", QUIVER_DATA_TYPE_STRING, 1, 1, NULL, NULL, NULL);
    qt_assert_ok(quiver_database_free_group_metadata(&g));
    quiver_database_close(db);
}
END_TEST

START_TEST(set_metadata_without_id)
{
    quiver_database_t *db = qt_open_schema("valid/unchecked_structure.sql");
    quiver_group_metadata_t g = {0};
    qt_assert_ok(quiver_database_get_set_metadata(db, "Probe", "codes", &g));
    ck_assert_uint_eq(g.value_column_count, 1);
    assert_column(&g.value_columns[0], "code", QUIVER_DATA_TYPE_STRING, 1, 0, NULL, NULL, NULL);
    qt_assert_ok(quiver_database_free_group_metadata(&g));
    quiver_database_close(db);
}
END_TEST

/* schema.md §10.2 / §7: extra dimensions are value columns with primary_key = 1. */
START_TEST(time_series_metadata_block)
{
    quiver_database_t *db = qt_open_schema("valid/full.sql");
    quiver_group_metadata_t g = {0};
    qt_assert_ok(quiver_database_get_time_series_metadata(db, "Unit", "availability", &g));
    ck_assert_str_eq(g.group_name, "availability");
    ck_assert_str_eq(g.dimension_column, "date_time");
    ck_assert_uint_eq(g.value_column_count, 2);
    assert_column(&g.value_columns[0], "block", QUIVER_DATA_TYPE_INTEGER, 1, 1, NULL, NULL, NULL);
    assert_column(&g.value_columns[1], "availability", QUIVER_DATA_TYPE_FLOAT, 0, 0, NULL, NULL, NULL);
    qt_assert_ok(quiver_database_free_group_metadata(&g));
    qt_assert_ok(quiver_database_get_time_series_metadata(db, "Unit", "fuel_mix", &g));
    ck_assert_str_eq(g.dimension_column, "date_time");
    ck_assert_uint_eq(g.value_column_count, 2);
    assert_column(&g.value_columns[0], "fuel_used", QUIVER_DATA_TYPE_INTEGER, 0, 0, NULL, "Fuel", "id");
    assert_column(&g.value_columns[1], "fuel_share", QUIVER_DATA_TYPE_FLOAT, 0, 0, NULL, NULL, NULL);
    qt_assert_ok(quiver_database_free_group_metadata(&g));
    quiver_database_close(db);
}
END_TEST

/* The dimension is the first column in byte-wise name order (not declaration
 * order) that is DATE_TIME or starts with date_; it is the only column left out
 * besides id, and an undeclared INTEGER key column is still NOT NULL. */
START_TEST(time_series_dimension_rule)
{
    quiver_database_t *db = open_keys();
    quiver_group_metadata_t g = {0};
    qt_assert_ok(quiver_database_get_time_series_metadata(db, "Tag", "usage", &g));
    ck_assert_str_eq(g.dimension_column, "date_alpha");
    ck_assert_uint_eq(g.value_column_count, 3);
    assert_column(&g.value_columns[0], "hits", QUIVER_DATA_TYPE_INTEGER, 0, 0, "0", NULL, NULL);
    assert_column(&g.value_columns[1], "date_time", QUIVER_DATA_TYPE_DATE_TIME, 1, 1, NULL, NULL, NULL);
    assert_column(&g.value_columns[2], "block", QUIVER_DATA_TYPE_INTEGER, 1, 1, NULL, NULL, NULL);
    qt_assert_ok(quiver_database_free_group_metadata(&g));
    /* A column declared DATE_TIME qualifies whatever its name. */
    qt_assert_ok(quiver_database_get_time_series_metadata(db, "Tag", "moments", &g));
    ck_assert_str_eq(g.dimension_column, "at");
    ck_assert_uint_eq(g.value_column_count, 2);
    assert_column(&g.value_columns[0], "date_z", QUIVER_DATA_TYPE_DATE_TIME, 0, 0, NULL, NULL, NULL);
    assert_column(&g.value_columns[1], "level", QUIVER_DATA_TYPE_FLOAT, 0, 0, NULL, NULL, NULL);
    qt_assert_ok(quiver_database_free_group_metadata(&g));
    /* A date_ name qualifies whatever its type. */
    qt_assert_ok(quiver_database_get_time_series_metadata(db, "Tag", "counter", &g));
    ck_assert_str_eq(g.dimension_column, "date_n");
    ck_assert_uint_eq(g.value_column_count, 1);
    assert_column(&g.value_columns[0], "tally", QUIVER_DATA_TYPE_FLOAT, 0, 0, NULL, NULL, NULL);
    qt_assert_ok(quiver_database_free_group_metadata(&g));
    quiver_database_close(db);
}
END_TEST

START_TEST(group_errors)
{
    quiver_database_t *db = qt_open_schema("valid/full.sql");
    quiver_group_metadata_t g = group_sentinel();
    qt_assert_error(quiver_database_get_vector_metadata(db, "Nope", "heat_curve", &g),
                    "Cannot get_vector_metadata: collection not found: Nope");
    qt_assert_error(quiver_database_get_set_metadata(db, "Nope", "owners", &g),
                    "Cannot get_set_metadata: collection not found: Nope");
    qt_assert_error(quiver_database_get_time_series_metadata(db, "Nope", "generation", &g),
                    "Cannot get_time_series_metadata: collection not found: Nope");
    qt_assert_error(quiver_database_get_vector_metadata(db, "Unit", "nope", &g),
                    "Vector group not found: 'nope' in collection 'Unit'");
    qt_assert_error(quiver_database_get_set_metadata(db, "Unit", "nope", &g),
                    "Set group not found: 'nope' in collection 'Unit'");
    qt_assert_error(quiver_database_get_time_series_metadata(db, "Unit", "nope", &g),
                    "Time series group not found: 'nope' in collection 'Unit'");
    /* A group of another kind, or a table name instead of a group name. */
    qt_assert_error(quiver_database_get_set_metadata(db, "Unit", "heat_curve", &g),
                    "Set group not found: 'heat_curve' in collection 'Unit'");
    qt_assert_error(quiver_database_get_vector_metadata(db, "Unit", "Unit_vector_heat_curve", &g),
                    "Vector group not found: 'Unit_vector_heat_curve' in collection 'Unit'");
    qt_assert_error(quiver_database_get_time_series_metadata(db, "Zone", "generation", &g),
                    "Time series group not found: 'generation' in collection 'Zone'");
    /* The files table is not a time-series group. */
    qt_assert_error(quiver_database_get_time_series_metadata(db, "Unit", "files", &g),
                    "Time series group not found: 'files' in collection 'Unit'");
    assert_group_is_sentinel(&g);
    quiver_database_close(db);
}
END_TEST

START_TEST(time_series_without_dimension)
{
    quiver_database_t *db = qt_open_schema("valid/unchecked_structure.sql");
    quiver_group_metadata_t g = group_sentinel();
    qt_assert_error(quiver_database_get_time_series_metadata(db, "Probe", "raw", &g),
                    "Dimension column not found: time series table 'Probe_time_series_raw'");
    assert_group_is_sentinel(&g);
    quiver_database_close(db);
}
END_TEST

START_TEST(group_null_arguments)
{
    quiver_database_t *db = qt_open_schema("valid/full.sql");
    quiver_group_metadata_t g = group_sentinel();
    quiver_error_t (*const functions[])(quiver_database_t *, const char *, const char *,
                                        quiver_group_metadata_t *) = {
        quiver_database_get_vector_metadata, quiver_database_get_set_metadata,
        quiver_database_get_time_series_metadata};
    for (size_t i = 0; i < sizeof functions / sizeof functions[0]; ++i) {
        qt_assert_error(functions[i](NULL, NULL, NULL, NULL), "Null argument: db");
        qt_assert_error(functions[i](db, NULL, NULL, NULL), "Null argument: collection");
        qt_assert_error(functions[i](db, "Unit", NULL, NULL), "Null argument: group_name");
        qt_assert_error(functions[i](db, "Unit", "owners", NULL), "Null argument: out_metadata");
        qt_assert_error(functions[i](NULL, "Unit", "owners", &g), "Null argument: db");
    }
    assert_group_is_sentinel(&g);
    quiver_database_close(db);
}
END_TEST

/* --- list functions ------------------------------------------------------- */

START_TEST(list_scalar_attributes)
{
    static const char *const names[] = {"id",           "label",       "priority",
                                        "gain",         "unit",        "serial_number",
                                        "offset_value", "description", "date_installed"};
    quiver_database_t *db = qt_open_schema("valid/basic.sql");
    quiver_scalar_metadata_t *list = scalar_list_sentinel;
    size_t count = 99;
    qt_assert_ok(quiver_database_list_scalar_attributes(db, "Sensor", &list, &count));
    ck_assert_uint_eq(count, sizeof names / sizeof names[0]);
    for (size_t i = 0; i < count; ++i)
        ck_assert_str_eq(list[i].name, names[i]);
    assert_column(&list[0], "id", QUIVER_DATA_TYPE_INTEGER, 1, 1, NULL, NULL, NULL);
    assert_column(&list[2], "priority", QUIVER_DATA_TYPE_INTEGER, 1, 0, "3", NULL, NULL);
    assert_column(&list[8], "date_installed", QUIVER_DATA_TYPE_DATE_TIME, 0, 0, NULL, NULL, NULL);
    qt_assert_ok(quiver_database_free_scalar_metadata_array(list, count));
    quiver_database_close(db);
}
END_TEST

START_TEST(list_scalar_attributes_relations)
{
    quiver_database_t *db = qt_open_schema("valid/relations.sql");
    quiver_scalar_metadata_t *list = NULL;
    size_t count = 0;
    qt_assert_ok(quiver_database_list_scalar_attributes(db, "Substation", &list, &count));
    ck_assert_uint_eq(count, 5);
    assert_column(&list[3], "area_id", QUIVER_DATA_TYPE_INTEGER, 0, 0, NULL, "Area", "id");
    assert_column(&list[4], "substation_upstream", QUIVER_DATA_TYPE_INTEGER, 0, 0, NULL, "Substation", "id");
    qt_assert_ok(quiver_database_free_scalar_metadata_array(list, count));
    /* Any table is accepted: a group table lists all its columns. */
    qt_assert_ok(quiver_database_list_scalar_attributes(db, "Feeder_vector_transfers", &list, &count));
    ck_assert_uint_eq(count, 4);
    assert_column(&list[0], "id", QUIVER_DATA_TYPE_INTEGER, 1, 1, NULL, "Feeder", "id");
    assert_column(&list[1], "vector_index", QUIVER_DATA_TYPE_INTEGER, 1, 1, NULL, NULL, NULL);
    assert_column(&list[2], "feeder_transfer", QUIVER_DATA_TYPE_INTEGER, 0, 0, NULL, "Feeder", "id");
    qt_assert_ok(quiver_database_free_scalar_metadata_array(list, count));
    quiver_database_close(db);
}
END_TEST

START_TEST(list_scalar_attributes_errors)
{
    quiver_database_t *db = qt_open_schema("valid/basic.sql");
    quiver_scalar_metadata_t *list = scalar_list_sentinel;
    size_t count = 99;
    qt_assert_error(quiver_database_list_scalar_attributes(db, "Nope", &list, &count),
                    "Cannot list_scalar_attributes: collection not found: Nope");
    qt_assert_error(quiver_database_list_scalar_attributes(NULL, NULL, NULL, NULL), "Null argument: db");
    qt_assert_error(quiver_database_list_scalar_attributes(db, NULL, NULL, NULL),
                    "Null argument: collection");
    qt_assert_error(quiver_database_list_scalar_attributes(db, "Sensor", NULL, NULL),
                    "Null argument: out_metadata");
    qt_assert_error(quiver_database_list_scalar_attributes(db, "Sensor", &list, NULL),
                    "Null argument: out_count");
    ck_assert_ptr_eq(list, scalar_list_sentinel);
    ck_assert_uint_eq(count, 99);
    quiver_database_close(db);
}
END_TEST

START_TEST(list_vector_groups)
{
    quiver_database_t *db = qt_open_schema("valid/collections.sql");
    quiver_group_metadata_t *list = group_list_sentinel;
    size_t count = 99;
    qt_assert_ok(quiver_database_list_vector_groups(db, "City", &list, &count));
    ck_assert_uint_eq(count, 1);
    ck_assert_str_eq(list[0].group_name, "population");
    ck_assert_ptr_null(list[0].dimension_column);
    ck_assert_uint_eq(list[0].value_column_count, 1);
    assert_column(&list[0].value_columns[0], "population", QUIVER_DATA_TYPE_INTEGER, 0, 0, NULL, NULL, NULL);
    qt_assert_ok(quiver_database_free_group_metadata_array(list, count));
    qt_assert_ok(quiver_database_list_vector_groups(db, "River", &list, &count));
    ck_assert_uint_eq(count, 1);
    ck_assert_str_eq(list[0].group_name, "flow_curve");
    ck_assert_uint_eq(list[0].value_column_count, 2);
    ck_assert_str_eq(list[0].value_columns[0].name, "flow_level");
    ck_assert_str_eq(list[0].value_columns[1].name, "flow_rate");
    qt_assert_ok(quiver_database_free_group_metadata_array(list, count));
    quiver_database_close(db);
}
END_TEST

/* Groups in name order, not creation order. */
START_TEST(list_vector_groups_name_order)
{
    quiver_database_t *db = qt_open_schema("valid/unchecked_structure.sql");
    quiver_group_metadata_t *list = NULL;
    size_t count = 0;
    qt_assert_ok(quiver_database_list_vector_groups(db, "Probe", &list, &count));
    ck_assert_uint_eq(count, 2);
    ck_assert_str_eq(list[0].group_name, "bare");
    ck_assert_uint_eq(list[0].value_column_count, 0);
    ck_assert_ptr_null(list[0].value_columns);
    ck_assert_str_eq(list[1].group_name, "wide_key");
    ck_assert_uint_eq(list[1].value_column_count, 2);
    qt_assert_ok(quiver_database_free_group_metadata_array(list, count));
    quiver_database_close(db);
}
END_TEST

START_TEST(list_set_groups)
{
    quiver_database_t *db = qt_open_schema("valid/unchecked_structure.sql");
    quiver_group_metadata_t *list = NULL;
    size_t count = 0;
    qt_assert_ok(quiver_database_list_set_groups(db, "Probe", &list, &count));
    ck_assert_uint_eq(count, 2);
    ck_assert_str_eq(list[0].group_name, "codes");
    ck_assert_uint_eq(list[0].value_column_count, 1);
    ck_assert_str_eq(list[0].value_columns[0].name, "code");
    ck_assert_str_eq(list[1].group_name, "loose");
    ck_assert_uint_eq(list[1].value_column_count, 1);
    assert_column(&list[1].value_columns[0], "loose_value", QUIVER_DATA_TYPE_STRING, 0, 0, NULL, NULL, NULL);
    qt_assert_ok(quiver_database_free_group_metadata_array(list, count));
    /* Groups are found by table name: their parent need not exist as a collection. */
    qt_assert_ok(quiver_database_list_set_groups(db, "Ghost", &list, &count));
    ck_assert_uint_eq(count, 1);
    ck_assert_str_eq(list[0].group_name, "orphans");
    qt_assert_ok(quiver_database_free_group_metadata_array(list, count));
    quiver_database_close(db);
}
END_TEST

START_TEST(list_time_series_groups)
{
    static const char *const names[] = {"availability", "fuel_mix", "generation"};
    quiver_database_t *db = qt_open_schema("valid/full.sql");
    quiver_group_metadata_t *list = NULL;
    size_t count = 0;
    /* Name order; Unit_time_series_files is not a group. */
    qt_assert_ok(quiver_database_list_time_series_groups(db, "Unit", &list, &count));
    ck_assert_uint_eq(count, 3);
    for (size_t i = 0; i < count; ++i) {
        ck_assert_str_eq(list[i].group_name, names[i]);
        ck_assert_str_eq(list[i].dimension_column, "date_time");
    }
    ck_assert_uint_eq(list[0].value_column_count, 2);
    assert_column(&list[0].value_columns[0], "block", QUIVER_DATA_TYPE_INTEGER, 1, 1, NULL, NULL, NULL);
    ck_assert_uint_eq(list[2].value_column_count, 2);
    assert_column(&list[2].value_columns[1], "status", QUIVER_DATA_TYPE_STRING, 0, 0, NULL, NULL, NULL);
    qt_assert_ok(quiver_database_free_group_metadata_array(list, count));
    quiver_database_close(db);
}
END_TEST

START_TEST(list_time_series_groups_dimensions)
{
    static const char *const names[] = {"counter", "moments", "usage"};
    static const char *const dimensions[] = {"date_n", "at", "date_alpha"};
    quiver_database_t *db = open_keys();
    quiver_group_metadata_t *list = NULL;
    size_t count = 0;
    qt_assert_ok(quiver_database_list_time_series_groups(db, "Tag", &list, &count));
    ck_assert_uint_eq(count, 3);
    for (size_t i = 0; i < count; ++i) {
        ck_assert_str_eq(list[i].group_name, names[i]);
        ck_assert_str_eq(list[i].dimension_column, dimensions[i]);
    }
    qt_assert_ok(quiver_database_free_group_metadata_array(list, count));
    quiver_database_close(db);
}
END_TEST

/* c-api.md §17.7: the group lists do not check the collection. */
START_TEST(list_groups_unknown_collection)
{
    quiver_database_t *db = qt_open_schema("valid/full.sql");
    quiver_group_metadata_t *list = group_list_sentinel;
    size_t count = 99;
    qt_assert_ok(quiver_database_list_vector_groups(db, "Nope", &list, &count));
    ck_assert_ptr_null(list);
    ck_assert_uint_eq(count, 0);
    list = group_list_sentinel;
    count = 99;
    qt_assert_ok(quiver_database_list_set_groups(db, "Nope", &list, &count));
    ck_assert_ptr_null(list);
    ck_assert_uint_eq(count, 0);
    list = group_list_sentinel;
    count = 99;
    qt_assert_ok(quiver_database_list_time_series_groups(db, "Nope", &list, &count));
    ck_assert_ptr_null(list);
    ck_assert_uint_eq(count, 0);
    /* A collection without groups of a kind: also NULL and 0. */
    list = group_list_sentinel;
    count = 99;
    qt_assert_ok(quiver_database_list_set_groups(db, "Zone", &list, &count));
    ck_assert_ptr_null(list);
    ck_assert_uint_eq(count, 0);
    quiver_database_close(db);
}
END_TEST

START_TEST(list_time_series_groups_without_dimension)
{
    quiver_database_t *db = qt_open_schema("valid/unchecked_structure.sql");
    quiver_group_metadata_t *list = group_list_sentinel;
    size_t count = 99;
    qt_assert_error(quiver_database_list_time_series_groups(db, "Probe", &list, &count),
                    "Dimension column not found: time series table 'Probe_time_series_raw'");
    /* An unknown collection still fails when a table names it as its parent. */
    qt_assert_error(quiver_database_list_time_series_groups(db, "Phantom", &list, &count),
                    "Dimension column not found: time series table 'Phantom_time_series_x'");
    ck_assert_ptr_eq(list, group_list_sentinel);
    ck_assert_uint_eq(count, 99);
    quiver_database_close(db);
}
END_TEST

START_TEST(list_groups_null_arguments)
{
    quiver_database_t *db = qt_open_schema("valid/full.sql");
    quiver_group_metadata_t *list = group_list_sentinel;
    size_t count = 99;
    quiver_error_t (*const functions[])(quiver_database_t *, const char *, quiver_group_metadata_t **,
                                        size_t *) = {quiver_database_list_vector_groups,
                                                     quiver_database_list_set_groups,
                                                     quiver_database_list_time_series_groups};
    for (size_t i = 0; i < sizeof functions / sizeof functions[0]; ++i) {
        qt_assert_error(functions[i](NULL, NULL, NULL, NULL), "Null argument: db");
        qt_assert_error(functions[i](db, NULL, NULL, NULL), "Null argument: collection");
        qt_assert_error(functions[i](db, "Unit", NULL, NULL), "Null argument: out_metadata");
        qt_assert_error(functions[i](db, "Unit", &list, NULL), "Null argument: out_count");
        qt_assert_error(functions[i](NULL, "Unit", &list, &count), "Null argument: db");
    }
    ck_assert_ptr_eq(list, group_list_sentinel);
    ck_assert_uint_eq(count, 99);
    quiver_database_close(db);
}
END_TEST

/* c-api.md §1.8: every metadata function loads the schema and reports its failure first. */
START_TEST(schema_errors_come_first)
{
    quiver_database_t *db = open_empty();
    quiver_scalar_metadata_t m = scalar_sentinel();
    quiver_group_metadata_t g = group_sentinel();
    quiver_scalar_metadata_t *scalars = scalar_list_sentinel;
    quiver_group_metadata_t *groups = group_list_sentinel;
    size_t count = 99;
    qt_assert_error(quiver_database_get_scalar_metadata(db, "Nope", "id", &m), no_schema);
    qt_assert_error(quiver_database_get_vector_metadata(db, "Nope", "g", &g), no_schema);
    qt_assert_error(quiver_database_get_set_metadata(db, "Nope", "g", &g), no_schema);
    qt_assert_error(quiver_database_get_time_series_metadata(db, "Nope", "g", &g), no_schema);
    qt_assert_error(quiver_database_list_scalar_attributes(db, "Nope", &scalars, &count), no_schema);
    qt_assert_error(quiver_database_list_vector_groups(db, "Nope", &groups, &count), no_schema);
    qt_assert_error(quiver_database_list_set_groups(db, "Nope", &groups, &count), no_schema);
    qt_assert_error(quiver_database_list_time_series_groups(db, "Nope", &groups, &count), no_schema);
    assert_scalar_is_sentinel(&m);
    assert_group_is_sentinel(&g);
    ck_assert_ptr_eq(scalars, scalar_list_sentinel);
    ck_assert_ptr_eq(groups, group_list_sentinel);
    ck_assert_uint_eq(count, 99);
    quiver_database_close(db);
}
END_TEST

/* --- free functions (c-api.md §12.4) -------------------------------------- */

START_TEST(free_functions_reject_null)
{
    qt_assert_error(quiver_database_free_scalar_metadata(NULL), "Null argument: metadata");
    qt_assert_error(quiver_database_free_group_metadata(NULL), "Null argument: metadata");
    qt_assert_error(quiver_database_free_scalar_metadata_array(NULL, 0), "Null argument: metadata");
    qt_assert_error(quiver_database_free_group_metadata_array(NULL, 3), "Null argument: metadata");
}
END_TEST

START_TEST(free_scalar_metadata_resets_strings)
{
    quiver_database_t *db = qt_open_schema("valid/full.sql");
    quiver_scalar_metadata_t m = {0};
    qt_assert_ok(quiver_database_get_scalar_metadata(db, "Fuel", "price", &m));
    assert_column(&m, "price", QUIVER_DATA_TYPE_FLOAT, 1, 0, "0", NULL, NULL);
    qt_assert_ok(quiver_database_free_scalar_metadata(&m));
    ck_assert_ptr_null(m.name);
    ck_assert_ptr_null(m.default_value);
    ck_assert_ptr_null(m.references_collection);
    ck_assert_ptr_null(m.references_column);
    /* The integer fields stay as they were. */
    ck_assert_int_eq(m.data_type, QUIVER_DATA_TYPE_FLOAT);
    ck_assert_int_eq(m.not_null, 1);
    qt_assert_ok(quiver_database_get_scalar_metadata(db, "Unit", "zone_id", &m));
    qt_assert_ok(quiver_database_free_scalar_metadata(&m));
    ck_assert_ptr_null(m.references_collection);
    ck_assert_ptr_null(m.references_column);
    ck_assert_int_eq(m.is_foreign_key, 1);
    /* Calling it again is harmless. */
    qt_assert_ok(quiver_database_free_scalar_metadata(&m));
    quiver_database_close(db);
}
END_TEST

START_TEST(free_group_metadata_resets_fields)
{
    quiver_database_t *db = qt_open_schema("valid/full.sql");
    quiver_group_metadata_t g = {0};
    qt_assert_ok(quiver_database_get_time_series_metadata(db, "Unit", "generation", &g));
    qt_assert_ok(quiver_database_free_group_metadata(&g));
    ck_assert_ptr_null(g.group_name);
    ck_assert_ptr_null(g.dimension_column);
    ck_assert_ptr_null(g.value_columns);
    ck_assert_uint_eq(g.value_column_count, 0);
    qt_assert_ok(quiver_database_free_group_metadata(&g));
    quiver_database_close(db);
}
END_TEST

/* Results belong to the caller: they stay valid after the handle is closed. */
START_TEST(results_outlive_the_handle)
{
    quiver_database_t *db = qt_open_schema("valid/full.sql");
    quiver_group_metadata_t *list = NULL;
    size_t count = 0;
    qt_assert_ok(quiver_database_list_time_series_groups(db, "Zone", &list, &count));
    quiver_database_close(db);
    ck_assert_uint_eq(count, 1);
    ck_assert_str_eq(list[0].group_name, "demand");
    ck_assert_str_eq(list[0].value_columns[0].name, "demand");
    qt_assert_ok(quiver_database_free_group_metadata_array(list, count));
}
END_TEST

static Suite *metadata_suite(void)
{
    Suite *suite = suite_create("metadata");
    TCase *scalar = tcase_create("scalar");
    tcase_add_test(scalar, scalar_id_label_and_defaults);
    tcase_add_test(scalar, scalar_foreign_keys);
    tcase_add_test(scalar, scalar_keys_and_raw_defaults);
    tcase_add_test(scalar, scalar_of_group_table);
    tcase_add_test(scalar, scalar_errors);
    tcase_add_test(scalar, scalar_null_arguments);
    suite_add_tcase(suite, scalar);

    TCase *group = tcase_create("group");
    tcase_add_test(group, vector_metadata);
    tcase_add_test(group, vector_metadata_unusual_tables);
    tcase_add_test(group, set_metadata);
    tcase_add_test(group, set_metadata_without_id);
    tcase_add_test(group, time_series_metadata_block);
    tcase_add_test(group, time_series_dimension_rule);
    tcase_add_test(group, group_errors);
    tcase_add_test(group, time_series_without_dimension);
    tcase_add_test(group, group_null_arguments);
    suite_add_tcase(suite, group);

    TCase *list = tcase_create("list");
    tcase_add_test(list, list_scalar_attributes);
    tcase_add_test(list, list_scalar_attributes_relations);
    tcase_add_test(list, list_scalar_attributes_errors);
    tcase_add_test(list, list_vector_groups);
    tcase_add_test(list, list_vector_groups_name_order);
    tcase_add_test(list, list_set_groups);
    tcase_add_test(list, list_time_series_groups);
    tcase_add_test(list, list_time_series_groups_dimensions);
    tcase_add_test(list, list_groups_unknown_collection);
    tcase_add_test(list, list_time_series_groups_without_dimension);
    tcase_add_test(list, list_groups_null_arguments);
    tcase_add_test(list, schema_errors_come_first);
    suite_add_tcase(suite, list);

    TCase *release = tcase_create("free");
    tcase_add_test(release, free_functions_reject_null);
    tcase_add_test(release, free_scalar_metadata_resets_strings);
    tcase_add_test(release, free_group_metadata_resets_fields);
    tcase_add_test(release, results_outlive_the_handle);
    suite_add_tcase(suite, release);
    return suite;
}

int main(void)
{
    return qt_run(metadata_suite());
}
