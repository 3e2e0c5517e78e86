/*
 * quiver_database_delete_element (c-api.md §10.6): the element and its group
 * rows go, relations pointing at it become NULL (ON DELETE SET NULL) or their
 * rows are deleted in turn (ON DELETE CASCADE); errors change nothing.
 */
#include <stdlib.h>

#include "write_helpers.h"

static quiver_database_t *db;
static char *path;

/* Regions North (1), South (2); plants P1 (1) and P2 (2), where P2 has region
 * North, backup P1, costs, tags, regions served {North, South}, links and
 * partners {P1}, output rows; unit U1 of P1, unit U2 of P2. */
static void setup(void)
{
    const double costs[] = {1, 2};
    const char *const tags[] = {"a", "b"};
    const char *const served[] = {"North", "South"};
    const char *const link[] = {"P1"};
    const char *const dates[] = {"2024-01-01"};
    int64_t id;
    db = qt_file_schema("valid/writes_plant.sql", "delete.db");
    path = strdup(qt_temp_path("delete.db"));
    qt_create_labelled(db, "Region", "North");
    qt_create_labelled(db, "Region", "South");
    qt_create_labelled(db, "Plant", "P1");
    quiver_element_t *e = qt_labelled("P2");
    qt_assert_ok(quiver_element_set_string(e, "region_id", "North"));
    qt_assert_ok(quiver_element_set_string(e, "plant_backup", "P1"));
    qt_assert_ok(quiver_element_set_array_float(e, "costs", costs, 2, NULL));
    qt_assert_ok(quiver_element_set_array_string(e, "tag", tags, 2, NULL));
    qt_assert_ok(quiver_element_set_array_string(e, "region_served", served, 2, NULL));
    qt_assert_ok(quiver_element_set_array_string(e, "plant_link", link, 1, NULL));
    qt_assert_ok(quiver_element_set_array_string(e, "date_time", dates, 1, NULL));
    qt_assert_ok(quiver_database_create_element(db, "Plant", e, &id));
    ck_assert_int_eq(id, 2);
    quiver_element_destroy(e);
    e = qt_labelled("U1");
    qt_assert_ok(quiver_element_set_string(e, "plant_id", "P1"));
    qt_assert_ok(quiver_database_create_element(db, "Unit", e, &id));
    qt_assert_ok(quiver_element_set_string(e, "label", "U2"));
    qt_assert_ok(quiver_element_set_string(e, "plant_id", "P2"));
    qt_assert_ok(quiver_database_create_element(db, "Unit", e, &id));
    quiver_element_destroy(e);
}

static void teardown(void)
{
    quiver_database_close(db);
    free(path);
}

static void assert_delete_rejected(const char *collection, int64_t id, const char *message)
{
    char *before = qt_dump(path);
    qt_assert_error(quiver_database_delete_element(db, collection, id), message);
    char *after = qt_dump(path);
    ck_assert_str_eq(after, before);
    free(before);
    free(after);
}

/* Rows of P2 in every group table, as "costs,tags,regions,links,partners,output,prices" counts. */
static const char *group_counts(int64_t id)
{
    static char sql[1024];
    snprintf(sql, sizeof sql,
             "SELECT (SELECT count(*) FROM Plant_vector_costs WHERE id = %1$lld), "
             "(SELECT count(*) FROM Plant_set_tags WHERE id = %1$lld), "
             "(SELECT count(*) FROM Plant_set_regions WHERE id = %1$lld), "
             "(SELECT count(*) FROM Plant_vector_links WHERE id = %1$lld), "
             "(SELECT count(*) FROM Plant_set_partners WHERE id = %1$lld), "
             "(SELECT count(*) FROM Plant_time_series_output WHERE id = %1$lld), "
             "(SELECT count(*) FROM Plant_time_series_prices WHERE id = %1$lld)",
             (long long)id);
    return qt_rows(path, sql);
}

START_TEST(null_arguments)
{
    qt_assert_error(quiver_database_delete_element(NULL, NULL, 1), "Null argument: db");
    qt_assert_error(quiver_database_delete_element(db, NULL, 1), "Null argument: collection");
    ck_assert_str_eq(qt_rows(path, "SELECT count(*) FROM Plant"), "2");
}
END_TEST

START_TEST(collection_not_found)
{
    assert_delete_rejected("Nope", 1, "Cannot delete_element: collection not found: Nope");
    assert_delete_rejected("Plant\"; DROP TABLE Plant; --", 1,
                           "Cannot delete_element: collection not found: Plant\"; DROP TABLE Plant; --");
    assert_delete_rejected("Plant WHERE 1 = 1", 1,
                           "Cannot delete_element: collection not found: Plant WHERE 1 = 1");
}
END_TEST

START_TEST(element_not_found)
{
    assert_delete_rejected("Plant", 3, "Element not found: 3 in collection 'Plant'");
    assert_delete_rejected("Region", 0, "Element not found: 0 in collection 'Region'");
}
END_TEST

START_TEST(deletes_element_and_group_rows)
{
    ck_assert_str_eq(group_counts(2), "2|2|2|1|1|1|1");
    qt_assert_ok(quiver_database_delete_element(db, "Plant", 2));
    ck_assert_str_eq(qt_rows(path, "SELECT id, label FROM Plant ORDER BY id"), "1|P1");
    ck_assert_str_eq(group_counts(2), "0|0|0|0|0|0|0");
    /* the CASCADE relation Unit.plant_id took U2 with it */
    ck_assert_str_eq(qt_rows(path, "SELECT label, plant_id FROM Unit ORDER BY id"), "U1|1");
    assert_delete_rejected("Plant", 2, "Element not found: 2 in collection 'Plant'");
}
END_TEST

/* Deleting a target: SET NULL relations are cleared, CASCADE ones take their rows along. */
START_TEST(relations_to_deleted_element)
{
    qt_assert_ok(quiver_database_delete_element(db, "Plant", 1));
    ck_assert_str_eq(qt_rows(path, "SELECT id, plant_backup, region_id FROM Plant"), "2|NULL|1");
    /* vector link (SET NULL) keeps its row with a NULL cell; set partner (CASCADE) row is gone */
    ck_assert_str_eq(qt_rows(path, "SELECT id, vector_index, plant_link FROM Plant_vector_links"),
                     "2|1|NULL");
    ck_assert_str_eq(qt_rows(path, "SELECT count(*) FROM Plant_set_partners"), "0");
    ck_assert_str_eq(qt_rows(path, "SELECT label FROM Unit"), "U2");

    qt_assert_ok(quiver_database_delete_element(db, "Region", 1));
    ck_assert_str_eq(qt_rows(path, "SELECT region_id FROM Plant"), "NULL");
    ck_assert_str_eq(qt_rows(path, "SELECT region_served FROM Plant_set_regions"), "2");
    ck_assert_str_eq(qt_rows(path, "SELECT label FROM Region"), "South");
}
END_TEST

START_TEST(inside_transaction)
{
    qt_assert_ok(quiver_database_begin_transaction(db));
    qt_assert_ok(quiver_database_delete_element(db, "Plant", 2));
    int active = 0;
    qt_assert_ok(quiver_database_in_transaction(db, &active));
    ck_assert_int_eq(active, 1);
    qt_assert_ok(quiver_database_rollback(db));
    ck_assert_str_eq(qt_rows(path, "SELECT count(*) FROM Plant"), "2");
    ck_assert_str_eq(group_counts(2), "2|2|2|1|1|1|1");

    qt_assert_ok(quiver_database_begin_dry_run(db));
    qt_assert_ok(quiver_database_delete_element(db, "Plant", 2));
    qt_assert_ok(quiver_database_end_dry_run(db));
    ck_assert_str_eq(qt_rows(path, "SELECT count(*) FROM Plant"), "2");
}
END_TEST

START_TEST(read_only_handle)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *reader = NULL;
    options.read_only = 1;
    qt_assert_ok(quiver_database_open(path, &options, &reader));
    char *before = qt_dump(path);
    qt_assert_error(quiver_database_delete_element(reader, "Plant", 2),
                    "Failed to execute statement: attempt to write a readonly database");
    qt_assert_error(quiver_database_delete_element(reader, "Plant", 9),
                    "Element not found: 9 in collection 'Plant'");
    char *after = qt_dump(path);
    ck_assert_str_eq(after, before);
    free(before);
    free(after);
    quiver_database_close(reader);
}
END_TEST

START_TEST(success_keeps_last_error)
{
    qt_assert_error(quiver_database_delete_element(db, "Plant", 7),
                    "Element not found: 7 in collection 'Plant'");
    qt_assert_ok(quiver_database_delete_element(db, "Unit", 1));
    ck_assert_str_eq(quiver_get_last_error(), "Element not found: 7 in collection 'Plant'");
}
END_TEST

static Suite *delete_suite(void)
{
    Suite *s = suite_create("delete");
    TCase *tc = tcase_create("delete_element");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, null_arguments);
    tcase_add_test(tc, collection_not_found);
    tcase_add_test(tc, element_not_found);
    tcase_add_test(tc, deletes_element_and_group_rows);
    tcase_add_test(tc, relations_to_deleted_element);
    tcase_add_test(tc, inside_transaction);
    tcase_add_test(tc, read_only_handle);
    tcase_add_test(tc, success_keeps_last_error);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return qt_run(delete_suite());
}
