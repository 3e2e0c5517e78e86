/*
 * quiver_database_update_element (c-api.md §10.2-10.5, §18.5 and
 * c-api-groups-timeseries-csv.md §5.8): scalar updates, whole-row group
 * replacement, clearing with empty arrays, time series, relations, every
 * error message, and atomicity outside and inside a caller's transaction.
 */
#include <stdlib.h>

#include "write_helpers.h"

static quiver_database_t *db;
static char *path;

/* Plant P1 (id 1) with two costs, two tags, an owner and two output rows; P2 (id 2) with one cost;
 * regions North (1) and South (2). */
static void setup(void)
{
    const double costs[] = {1.5, 2.5};
    const int64_t years[] = {2020, 2021};
    const char *const tags[] = {"red", "blue"};
    const char *const owners[] = {"ann"};
    const double shares[] = {1};
    const char *const dates[] = {"2024-01-01", "2024-02-01"};
    const double output[] = {10, 20};
    int64_t id;
    db = qt_file_schema("valid/writes_plant.sql", "update.db");
    path = strdup(qt_temp_path("update.db"));
    qt_create_labelled(db, "Region", "North");
    qt_create_labelled(db, "Region", "South");
    quiver_element_t *e = qt_labelled("P1");
    qt_assert_ok(quiver_element_set_float(e, "capacity", 50));
    qt_assert_ok(quiver_element_set_string(e, "kind", "wind"));
    qt_assert_ok(quiver_element_set_array_float(e, "costs", costs, 2, NULL));
    qt_assert_ok(quiver_element_set_array_integer(e, "cost_year", years, 2, NULL));
    qt_assert_ok(quiver_element_set_array_string(e, "tag", tags, 2, NULL));
    qt_assert_ok(quiver_element_set_array_string(e, "owner", owners, 1, NULL));
    qt_assert_ok(quiver_element_set_array_float(e, "share", shares, 1, NULL));
    qt_assert_ok(quiver_element_set_array_string(e, "date_time", dates, 2, NULL));
    qt_assert_ok(quiver_element_set_array_float(e, "output", output, 2, NULL));
    qt_assert_ok(quiver_database_create_element(db, "Plant", e, &id));
    ck_assert_int_eq(id, 1);
    quiver_element_destroy(e);
    e = qt_labelled("P2");
    qt_assert_ok(quiver_element_set_array_float(e, "costs", costs, 1, NULL));
    qt_assert_ok(quiver_database_create_element(db, "Plant", e, &id));
    ck_assert_int_eq(id, 2);
    quiver_element_destroy(e);
}

static void teardown(void)
{
    quiver_database_close(db);
    free(path);
}

/* update_element must fail with @p message and change nothing in the file. */
static void assert_update_rejected(const char *collection, int64_t id, const quiver_element_t *e,
                                   const char *message)
{
    char *before = qt_dump(path);
    qt_assert_error(quiver_database_update_element(db, collection, id, e), message);
    char *after = qt_dump(path);
    ck_assert_str_eq(after, before);
    free(before);
    free(after);
}

static const char *costs_rows(void)
{
    return qt_rows(path, "SELECT id, vector_index, costs, cost_year FROM Plant_vector_costs ORDER BY id, "
                         "vector_index");
}

START_TEST(null_arguments)
{
    quiver_element_t *e = qt_labelled("X");
    qt_assert_error(quiver_database_update_element(NULL, NULL, 1, NULL), "Null argument: db");
    qt_assert_error(quiver_database_update_element(db, NULL, 1, e), "Null argument: collection");
    qt_assert_error(quiver_database_update_element(db, "Plant", 1, NULL), "Null argument: element");
    ck_assert_str_eq(qt_rows(path, "SELECT label FROM Plant ORDER BY id"), "P1;P2");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(scalars)
{
    quiver_element_t *e = qt_element();
    qt_assert_ok(quiver_element_set_string(e, "label", "  Plant one\n"));
    qt_assert_ok(quiver_element_set_integer(e, "capacity", 75)); /* int-for-REAL */
    qt_assert_ok(quiver_element_set_null(e, "kind"));
    qt_assert_ok(quiver_element_set_string(e, "date_start", "2030-01-01T00:00:00"));
    qt_assert_ok(quiver_database_update_element(db, "Plant", 1, e));
    ck_assert_str_eq(qt_rows(path,
                             "SELECT id, label, capacity, typeof(capacity), unit_count, kind, date_start "
                             "FROM Plant ORDER BY id"),
                     "1|Plant one|75.0|real|1|NULL|2030-01-01T00:00:00;2|P2|NULL|null|1|hydro|NULL");
    /* scalars only: the group rows stay */
    ck_assert_str_eq(costs_rows(), "1|1|1.5|2020;1|2|2.5|2021;2|1|1.5|NULL");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(collection_not_found)
{
    quiver_element_t *e = qt_labelled("X");
    assert_update_rejected("Nope", 1, e, "Cannot update_element: collection not found: Nope");
    assert_update_rejected("Plant\"; DROP TABLE Plant; --", 1, e,
                           "Cannot update_element: collection not found: Plant\"; DROP TABLE Plant; --");
    quiver_element_clear(e);
    assert_update_rejected("Nope", 1, e, "Cannot update_element: collection not found: Nope");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(needs_an_attribute)
{
    quiver_element_t *e = qt_element();
    assert_update_rejected("Plant", 1, e,
                           "Cannot update_element: element must have at least one attribute to update");
    /* checked before the element's existence */
    assert_update_rejected("Plant", 99, e,
                           "Cannot update_element: element must have at least one attribute to update");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(element_not_found)
{
    quiver_element_t *e = qt_labelled("X");
    assert_update_rejected("Plant", 99, e, "Element not found: 99 in collection 'Plant'");
    assert_update_rejected("Plant", -1, e, "Element not found: -1 in collection 'Plant'");
    /* checked before the scalars */
    qt_assert_ok(quiver_element_set_integer(e, "nope", 1));
    assert_update_rejected("Plant", 99, e, "Element not found: 99 in collection 'Plant'");
    quiver_element_destroy(e);
}
END_TEST

static const struct {
    const char *column;
    char kind;
    const char *message;
} scalar_errors[] = {
    {"nope", 'i', "Column 'nope' not found in table 'Plant'"},
    {"unit_count", 'f',
     "Cannot update_element: type mismatch for column 'unit_count': expected INTEGER, got REAL"},
    {"capacity", 's', "Cannot update_element: type mismatch for column 'capacity': expected REAL, got TEXT"},
    {"kind", 'i', "Cannot update_element: type mismatch for column 'kind': expected TEXT, got INTEGER"},
    {"date_start", 'f',
     "Cannot update_element: type mismatch for column 'date_start': expected DATE_TIME, got REAL"},
    {"unit_count", 's',
     "Cannot resolve attribute: 'unit_count' is INTEGER but received string '7' (not a foreign key)"},
    {"region_id", 's', "Failed to resolve label '7' to ID in table 'Region'"},
};

START_TEST(scalar_errors_change_nothing)
{
    quiver_element_t *e = qt_element();
    /* a valid scalar sorted before the faulty one must not be written either */
    qt_assert_ok(quiver_element_set_float(e, "capacity", 1));
    qt_assert_ok(quiver_element_set_string(e, "label", "changed"));
    switch (scalar_errors[_i].kind) {
    case 'i':
        qt_assert_ok(quiver_element_set_integer(e, scalar_errors[_i].column, 7));
        break;
    case 'f':
        qt_assert_ok(quiver_element_set_float(e, scalar_errors[_i].column, 7.0));
        break;
    default:
        qt_assert_ok(quiver_element_set_string(e, scalar_errors[_i].column, "7"));
        break;
    }
    assert_update_rejected("Plant", 1, e, scalar_errors[_i].message);
    quiver_element_destroy(e);
}
END_TEST

START_TEST(sqlite_constraints)
{
    quiver_element_t *e = qt_labelled(" P2 ");
    assert_update_rejected("Plant", 1, e,
                           "Failed to execute statement: UNIQUE constraint failed: Plant.label");
    qt_assert_ok(quiver_element_set_null(e, "label"));
    assert_update_rejected("Plant", 1, e,
                           "Failed to execute statement: NOT NULL constraint failed: Plant.label");
    quiver_element_clear(e);
    qt_assert_ok(quiver_element_set_integer(e, "region_id", 42));
    assert_update_rejected("Plant", 1, e, "Failed to execute statement: FOREIGN KEY constraint failed");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(relations)
{
    quiver_element_t *e = qt_element();
    qt_assert_ok(quiver_element_set_string(e, "region_id", "\tSouth "));
    /* after creation an element may refer to itself by label */
    qt_assert_ok(quiver_element_set_string(e, "plant_backup", "P1"));
    qt_assert_ok(quiver_database_update_element(db, "Plant", 1, e));
    ck_assert_str_eq(qt_rows(path, "SELECT region_id, plant_backup FROM Plant WHERE id = 1"), "2|1");
    /* NULL clears a relation; an integer is stored as given */
    qt_assert_ok(quiver_element_set_null(e, "region_id"));
    qt_assert_ok(quiver_element_set_integer(e, "plant_backup", 2));
    qt_assert_ok(quiver_database_update_element(db, "Plant", 1, e));
    ck_assert_str_eq(qt_rows(path, "SELECT region_id, plant_backup FROM Plant WHERE id = 1"), "NULL|2");
    quiver_element_destroy(e);
}
END_TEST

/* An array replaces the element's whole rows: unsupplied columns become NULL. */
START_TEST(array_replaces_whole_rows)
{
    const double costs[] = {9, 8, 7};
    quiver_element_t *e = qt_element();
    qt_assert_ok(quiver_element_set_array_float(e, "costs", costs, 3, NULL));
    qt_assert_ok(quiver_database_update_element(db, "Plant", 1, e));
    ck_assert_str_eq(costs_rows(), "1|1|9.0|NULL;1|2|8.0|NULL;1|3|7.0|NULL;2|1|1.5|NULL");
    /* other groups and scalars are untouched */
    ck_assert_str_eq(qt_rows(path, "SELECT tag FROM Plant_set_tags WHERE id = 1 ORDER BY tag"), "blue;red");
    ck_assert_str_eq(qt_rows(path, "SELECT label, capacity, kind FROM Plant WHERE id = 1"), "P1|50.0|wind");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(scalars_and_arrays_together)
{
    const char *const tags[] = {" green "};
    const char *const regions[] = {"South", "North"};
    quiver_element_t *e = qt_element();
    qt_assert_ok(quiver_element_set_integer(e, "unit_count", 3));
    qt_assert_ok(quiver_element_set_array_string(e, "tag", tags, 1, NULL));
    qt_assert_ok(quiver_element_set_array_string(e, "region_served", regions, 2, NULL));
    qt_assert_ok(quiver_database_update_element(db, "Plant", 1, e));
    ck_assert_str_eq(qt_rows(path, "SELECT unit_count FROM Plant WHERE id = 1"), "3");
    ck_assert_str_eq(qt_rows(path, "SELECT id, tag FROM Plant_set_tags ORDER BY id, tag"), "1|green");
    ck_assert_str_eq(qt_rows(path, "SELECT id, region_served FROM Plant_set_regions ORDER BY region_served"),
                     "1|1;1|2");
    quiver_element_destroy(e);
}
END_TEST

/* An empty array clears every row of the element in the tables it routes to. */
START_TEST(empty_array_clears)
{
    quiver_element_t *e = qt_element();
    qt_assert_ok(quiver_element_set_array_float(e, "costs", NULL, 0, NULL));
    qt_assert_ok(quiver_element_set_array_string(e, "tag", NULL, 0, NULL));
    qt_assert_ok(quiver_database_update_element(db, "Plant", 1, e));
    ck_assert_str_eq(costs_rows(), "2|1|1.5|NULL");
    ck_assert_str_eq(qt_rows(path, "SELECT count(*) FROM Plant_set_tags"), "0");
    ck_assert_str_eq(qt_rows(path, "SELECT count(*) FROM Plant_set_owners"), "1");
    quiver_element_destroy(e);
}
END_TEST

/* An empty array named like a vector group without such a column still clears it. */
START_TEST(empty_array_on_group_name)
{
    const double sizes[] = {4, 5};
    quiver_element_t *e = qt_element();
    qt_assert_ok(quiver_element_set_array_float(e, "segment_size", sizes, 2, NULL));
    qt_assert_ok(quiver_database_update_element(db, "Plant", 1, e));
    ck_assert_str_eq(qt_rows(path, "SELECT vector_index, segment_size FROM Plant_vector_segments"),
                     "1|4.0;2|5.0");
    quiver_element_clear(e);
    qt_assert_ok(quiver_element_set_array_float(e, "segments", NULL, 0, NULL));
    qt_assert_ok(quiver_database_update_element(db, "Plant", 1, e));
    ck_assert_str_eq(qt_rows(path, "SELECT count(*) FROM Plant_vector_segments"), "0");
    /* a non-empty one reports the missing column */
    qt_assert_ok(quiver_element_set_array_float(e, "segments", sizes, 2, NULL));
    assert_update_rejected("Plant", 1, e, "Column 'segments' not found in table 'Plant_vector_segments'");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(unroutable_arrays)
{
    const double one[] = {1};
    quiver_element_t *e = qt_element();
    /* unlike create, an empty array with an unknown name is an error */
    qt_assert_ok(quiver_element_set_array_float(e, "nope", NULL, 0, NULL));
    assert_update_rejected(
        "Plant", 1, e,
        "Cannot update_element: array 'nope' does not match any vector, set, or time series table "
        "in collection 'Plant'");
    quiver_element_clear(e);
    qt_assert_ok(quiver_element_set_array_float(e, "costs\" WHERE 1; --", one, 1, NULL));
    assert_update_rejected(
        "Plant", 1, e,
        "Cannot update_element: array 'costs\" WHERE 1; --' does not match any vector, set, or "
        "time series table in collection 'Plant'");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(array_errors_change_nothing)
{
    const double two[] = {1, 2};
    const int64_t one_year[] = {2030};
    const char *const text[] = {"a", "b"};
    const char *const missing[] = {"North", "Atlantis"};
    quiver_element_t *e = qt_element();
    qt_assert_ok(quiver_element_set_float(e, "capacity", 99)); /* would be written first by the original */

    qt_assert_ok(quiver_element_set_array_float(e, "costs", two, 2, NULL));
    qt_assert_ok(quiver_element_set_array_integer(e, "cost_year", one_year, 1, NULL));
    assert_update_rejected(
        "Plant", 1, e,
        "Cannot update_element: vector columns in table 'Plant_vector_costs' must have the same "
        "length");
    /* empty and non-empty columns of one table */
    qt_assert_ok(quiver_element_set_array_integer(e, "cost_year", NULL, 0, NULL));
    assert_update_rejected(
        "Plant", 1, e,
        "Cannot update_element: vector columns in table 'Plant_vector_costs' must have the same "
        "length");
    qt_assert_ok(quiver_element_set_array_string(e, "cost_year", text, 2, NULL));
    assert_update_rejected(
        "Plant", 1, e,
        "Cannot resolve attribute: 'cost_year' is INTEGER but received string 'a' (not a foreign "
        "key)");
    quiver_element_clear(e);
    qt_assert_ok(quiver_element_set_float(e, "capacity", 99));
    qt_assert_ok(quiver_element_set_array_string(e, "costs", text, 2, NULL));
    assert_update_rejected(
        "Plant", 1, e,
        "Cannot update_element: type mismatch for array 'costs' index 0: expected REAL, got TEXT");
    quiver_element_clear(e);
    qt_assert_ok(quiver_element_set_float(e, "capacity", 99));
    qt_assert_ok(quiver_element_set_array_string(e, "region_served", missing, 2, NULL));
    assert_update_rejected("Plant", 1, e, "Failed to resolve label 'Atlantis' to ID in table 'Region'");
    quiver_element_destroy(e);
}
END_TEST

/* A later table's failure rolls back the scalar update and the earlier tables (outside a transaction). */
START_TEST(atomic_outside_transaction)
{
    const double costs[] = {5};
    const char *const tags[] = {"dup", "dup "};
    quiver_element_t *e = qt_element();
    qt_assert_ok(quiver_element_set_string(e, "kind", "solar"));
    qt_assert_ok(quiver_element_set_array_float(e, "costs", costs, 1, NULL));
    qt_assert_ok(quiver_element_set_array_string(e, "tag", tags, 2, NULL));
    assert_update_rejected("Plant", 1, e,
                           "Failed to execute statement: UNIQUE constraint failed: Plant_set_tags.id, "
                           "Plant_set_tags.tag");
    int active = -1;
    qt_assert_ok(quiver_database_in_transaction(db, &active));
    ck_assert_int_eq(active, 0);
    quiver_element_destroy(e);
}
END_TEST

/* §18.5: inside a caller's transaction a rejected update writes nothing, not even its scalars. */
START_TEST(rejected_inside_transaction_writes_nothing)
{
    const double two[] = {1, 2};
    const int64_t one_year[] = {2030};
    char *before = qt_dump(path);
    quiver_element_t *e = qt_element();
    qt_assert_ok(quiver_element_set_string(e, "kind", "solar"));
    qt_assert_ok(quiver_element_set_array_float(e, "costs", two, 2, NULL));
    qt_assert_ok(quiver_element_set_array_integer(e, "cost_year", one_year, 1, NULL));
    qt_assert_ok(quiver_database_begin_transaction(db));
    qt_assert_error(
        quiver_database_update_element(db, "Plant", 1, e),
        "Cannot update_element: vector columns in table 'Plant_vector_costs' must have the same length");
    quiver_element_clear(e);
    qt_assert_ok(quiver_element_set_string(e, "kind", "solar"));
    qt_assert_ok(quiver_element_set_array_float(e, "nope", NULL, 0, NULL));
    qt_assert_error(
        quiver_database_update_element(db, "Plant", 1, e),
        "Cannot update_element: array 'nope' does not match any vector, set, or time series table in "
        "collection 'Plant'");
    qt_assert_ok(quiver_database_commit(db));
    char *after = qt_dump(path);
    ck_assert_str_eq(after, before);
    free(before);
    free(after);
    quiver_element_destroy(e);
}
END_TEST

START_TEST(rejected_inside_dry_run_writes_nothing)
{
    quiver_element_t *e = qt_element();
    qt_assert_ok(quiver_database_begin_dry_run(db));
    qt_assert_ok(quiver_element_set_string(e, "kind", "solar"));
    qt_assert_ok(quiver_element_set_string(e, "plant_backup", "P9"));
    qt_assert_error(quiver_database_update_element(db, "Plant", 1, e),
                    "Failed to resolve label 'P9' to ID in table 'Plant'");
    quiver_element_clear(e);
    qt_assert_ok(quiver_element_set_string(e, "kind", "solar"));
    qt_assert_ok(quiver_database_update_element(db, "Plant", 1, e));
    qt_assert_ok(quiver_database_end_dry_run(db));
    ck_assert_str_eq(qt_rows(path, "SELECT kind FROM Plant WHERE id = 1"), "wind");
    quiver_element_destroy(e);
}
END_TEST

/* Time series are replaced through the date_time dimension, which fans out to both groups. */
START_TEST(time_series_replaced)
{
    const char *const dates[] = {"2025-01-01", "2025-06-01", "2025-12-01"};
    const double prices[] = {1, 2, 3};
    quiver_element_t *e = qt_element();
    qt_assert_ok(quiver_element_set_array_string(e, "date_time", dates, 3, NULL));
    qt_assert_ok(quiver_element_set_array_float(e, "price", prices, 3, NULL));
    qt_assert_ok(quiver_database_update_element(db, "Plant", 1, e));
    ck_assert_str_eq(
        qt_rows(path, "SELECT date_time, price FROM Plant_time_series_prices ORDER BY date_time"),
        "2025-01-01|1.0;2025-06-01|2.0;2025-12-01|3.0");
    ck_assert_str_eq(qt_rows(path, "SELECT date_time, output, status FROM Plant_time_series_output "
                                   "ORDER BY date_time"),
                     "2025-01-01|NULL|NULL;2025-06-01|NULL|NULL;2025-12-01|NULL|NULL");
    /* empty arrays for the whole group clear it */
    quiver_element_clear(e);
    qt_assert_ok(quiver_element_set_array_string(e, "date_time", NULL, 0, NULL));
    qt_assert_ok(quiver_element_set_array_float(e, "price", NULL, 0, NULL));
    qt_assert_ok(quiver_database_update_element(db, "Plant", 1, e));
    ck_assert_str_eq(qt_rows(path, "SELECT count(*) FROM Plant_time_series_prices"), "0");
    ck_assert_str_eq(qt_rows(path, "SELECT count(*) FROM Plant_time_series_output"), "0");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(time_series_length_mismatch)
{
    const char *const dates[] = {"2025-01-01", "2025-06-01"};
    const double output[] = {1};
    quiver_element_t *e = qt_element();
    qt_assert_ok(quiver_element_set_array_string(e, "date_time", dates, 2, NULL));
    qt_assert_ok(quiver_element_set_array_float(e, "output", output, 1, NULL));
    assert_update_rejected(
        "Plant", 1, e,
        "Cannot update_element: time series columns in table 'Plant_time_series_output' must have "
        "the same length");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(ambiguous_routing_warns)
{
    const char *log_path = qt_temp_path("update.log");
    const char *const links[] = {"P2"};
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *logged = NULL;
    setenv("QUIVER_LOG_FILE", log_path, 1);
    qt_assert_ok(quiver_database_open(path, &options, &logged));
    unsetenv("QUIVER_LOG_FILE");
    quiver_element_t *e = qt_element();
    qt_assert_ok(quiver_element_set_array_string(e, "plant_link", links, 1, NULL));
    qt_assert_ok(quiver_database_update_element(logged, "Plant", 1, e));
    quiver_database_close(logged);
    ck_assert_str_eq(qt_rows(path, "SELECT id, vector_index, plant_link FROM Plant_vector_links"), "1|1|2");
    ck_assert_str_eq(qt_rows(path, "SELECT id, plant_link FROM Plant_set_partners"), "1|2");

    FILE *log = fopen(log_path, "r");
    char line[1024];
    int warned = 0, updated = 0;
    ck_assert_ptr_nonnull(log);
    while (fgets(line, sizeof line, log)) {
        warned |=
            strstr(line, "[warning] update_element: array 'plant_link' matches 2 group tables "
                         "(Plant_set_partners, Plant_vector_links) and will be written to all of them; use "
                         "update_vector_group/update_set_group to target one group\n") != NULL;
        updated |= strstr(line, "[info] Updated element 1 in Plant\n") != NULL;
    }
    fclose(log);
    ck_assert(warned && updated);
    quiver_element_destroy(e);
}
END_TEST

/* §10.2: the fan-out warning belongs to step 8 (writing the arrays): a call
 * rejected earlier, here by the scalar type check of step 7, logs none. */
START_TEST(rejected_update_does_not_warn)
{
    const char *log_path = qt_temp_path("update_rejected.log");
    const char *const links[] = {"P2"};
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *logged = NULL;
    setenv("QUIVER_LOG_FILE", log_path, 1);
    qt_assert_ok(quiver_database_open(path, &options, &logged));
    unsetenv("QUIVER_LOG_FILE");
    quiver_element_t *e = qt_element();
    qt_assert_ok(quiver_element_set_array_string(e, "plant_link", links, 1, NULL));
    qt_assert_ok(quiver_element_set_string(e, "capacity", "high"));
    qt_assert_error(quiver_database_update_element(logged, "Plant", 1, e),
                    "Cannot update_element: type mismatch for column 'capacity': expected REAL, got TEXT");
    quiver_database_close(logged);

    FILE *log = fopen(log_path, "r");
    char line[1024];
    int warned = 0;
    ck_assert_ptr_nonnull(log);
    while (fgets(line, sizeof line, log))
        warned |= strstr(line, "matches 2 group tables") != NULL;
    fclose(log);
    ck_assert_msg(!warned, "warning logged by a rejected call");
    quiver_element_destroy(e);
}
END_TEST

/* Changing the id propagates to group rows through ON UPDATE CASCADE. */
START_TEST(id_change_cascades)
{
    quiver_element_t *e = qt_element();
    qt_assert_ok(quiver_element_set_integer(e, "id", 10));
    qt_assert_ok(quiver_database_update_element(db, "Plant", 1, e));
    ck_assert_str_eq(qt_rows(path, "SELECT id FROM Plant ORDER BY id"), "2;10");
    ck_assert_str_eq(costs_rows(), "2|1|1.5|NULL;10|1|1.5|2020;10|2|2.5|2021");
    quiver_element_destroy(e);
}
END_TEST

/* Arrays are written for the id given as the argument: with a new id in the same call they fail
 * the foreign-key check, and the whole update is rolled back. */
START_TEST(id_change_with_arrays)
{
    const double costs[] = {5};
    quiver_element_t *e = qt_element();
    qt_assert_ok(quiver_element_set_integer(e, "id", 10));
    qt_assert_ok(quiver_element_set_array_float(e, "costs", costs, 1, NULL));
    assert_update_rejected("Plant", 1, e, "Failed to execute statement: FOREIGN KEY constraint failed");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(read_only_handle)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *reader = NULL;
    options.read_only = 1;
    qt_assert_ok(quiver_database_open(path, &options, &reader));
    quiver_element_t *e = qt_labelled("new");
    char *before = qt_dump(path);
    qt_assert_error(quiver_database_update_element(reader, "Plant", 1, e),
                    "Failed to execute statement: attempt to write a readonly database");
    qt_assert_error(quiver_database_update_element(reader, "Plant", 5, e),
                    "Element not found: 5 in collection 'Plant'");
    char *after = qt_dump(path);
    ck_assert_str_eq(after, before);
    free(before);
    free(after);
    quiver_database_close(reader);
    quiver_element_destroy(e);
}
END_TEST

static Suite *update_suite(void)
{
    Suite *s = suite_create("update");
    TCase *tc = tcase_create("update_element");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, null_arguments);
    tcase_add_test(tc, scalars);
    tcase_add_test(tc, collection_not_found);
    tcase_add_test(tc, needs_an_attribute);
    tcase_add_test(tc, element_not_found);
    tcase_add_loop_test(tc, scalar_errors_change_nothing, 0, sizeof scalar_errors / sizeof scalar_errors[0]);
    tcase_add_test(tc, sqlite_constraints);
    tcase_add_test(tc, relations);
    tcase_add_test(tc, array_replaces_whole_rows);
    tcase_add_test(tc, scalars_and_arrays_together);
    tcase_add_test(tc, empty_array_clears);
    tcase_add_test(tc, empty_array_on_group_name);
    tcase_add_test(tc, unroutable_arrays);
    tcase_add_test(tc, array_errors_change_nothing);
    tcase_add_test(tc, atomic_outside_transaction);
    tcase_add_test(tc, rejected_inside_transaction_writes_nothing);
    tcase_add_test(tc, rejected_inside_dry_run_writes_nothing);
    tcase_add_test(tc, time_series_replaced);
    tcase_add_test(tc, time_series_length_mismatch);
    tcase_add_test(tc, ambiguous_routing_warns);
    tcase_add_test(tc, rejected_update_does_not_warn);
    tcase_add_test(tc, id_change_cascades);
    tcase_add_test(tc, id_change_with_arrays);
    tcase_add_test(tc, read_only_handle);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return qt_run(update_suite());
}
