/*
 * Vector readers of the C API, in bulk and by id (c-api.md §11.3, §11.5),
 * over tests/schemas/valid/read_groups.sql.  Plant_vector_costs holds, by
 * element and vector_index:
 *   1: (1.0, 'x', 'only') (1.5, 12, '')
 *   2: (NULL, NULL, NULL)
 *   3: no rows
 *   4: (4.1, 41, 'a') (NULL, 2.5, NULL) (4.3, 43, 'c')    inserted as 3, 1, 2
 *   5: (5.0, 5, ' five ')
 * for the columns cost (REAL), level (INTEGER) and note (TEXT).
 */
#include <string.h>

#include "read_helpers.h"

static quiver_database_t *db;

static void open_db(void)
{
    db = qt_open_schema("valid/read_groups.sql");
}

static void close_db(void)
{
    quiver_database_close(db);
    db = NULL;
}

/* Elements without rows are absent; all-absent rows give an empty entry; cells in vector_index order. */
START_TEST(floats_by_element_in_index_order)
{
    double **vectors = NULL;
    size_t *sizes = NULL, count = 0;
    qt_assert_ok(quiver_database_read_vector_floats(db, "Plant", "cost", &vectors, &sizes, &count));
    const size_t expected_sizes[] = {2, 0, 2, 1};
    const double cells[] = {1.0, 1.5, 4.1, 4.3, 5.0};
    qt_assert_float_entries(vectors, sizes, count, expected_sizes, QT_LENGTH(expected_sizes), cells);
    quiver_database_free_float_vectors(vectors, sizes, count);
}
END_TEST

/* Cells of another kind are skipped by the integer reader and widened by the float reader. */
START_TEST(integers_skip_other_kinds)
{
    int64_t **ints = NULL;
    double **floats = NULL;
    size_t *sizes = NULL, count = 0;
    qt_assert_ok(quiver_database_read_vector_integers(db, "Plant", "level", &ints, &sizes, &count));
    const size_t int_sizes[] = {1, 0, 2, 1};
    const int64_t int_cells[] = {12, 41, 43, 5};
    qt_assert_int_entries(ints, sizes, count, int_sizes, QT_LENGTH(int_sizes), int_cells);
    quiver_database_free_integer_vectors(ints, sizes, count);

    qt_assert_ok(quiver_database_read_vector_floats(db, "Plant", "level", &floats, &sizes, &count));
    const size_t float_sizes[] = {1, 0, 3, 1};
    const double float_cells[] = {12.0, 41.0, 2.5, 43.0, 5.0};
    qt_assert_float_entries(floats, sizes, count, float_sizes, QT_LENGTH(float_sizes), float_cells);
    quiver_database_free_float_vectors(floats, sizes, count);
}
END_TEST

START_TEST(strings_kept_verbatim)
{
    char ***vectors = NULL;
    size_t *sizes = NULL, count = 0;
    qt_assert_ok(quiver_database_read_vector_strings(db, "Plant", "note", &vectors, &sizes, &count));
    const size_t expected_sizes[] = {2, 0, 2, 1};
    const char *cells[] = {"only", "", "a", "c", " five "};
    qt_assert_string_entries(vectors, sizes, count, expected_sizes, QT_LENGTH(expected_sizes), cells);
    quiver_database_free_string_vectors(vectors, sizes, count);

    /* Numbers are not strings: every entry is kept, and empty. */
    qt_assert_ok(quiver_database_read_vector_strings(db, "Plant", "cost", &vectors, &sizes, &count));
    const size_t empty_sizes[] = {0, 0, 0, 0};
    qt_assert_string_entries(vectors, sizes, count, empty_sizes, QT_LENGTH(empty_sizes), NULL);
    quiver_database_free_string_vectors(vectors, sizes, count);
}
END_TEST

/* Table lookup (c-api.md §11.3): <C>_vector_<attribute> first, else the first vector table having the column.
 */
START_TEST(table_lookup)
{
    int64_t **vectors = NULL;
    size_t *sizes = NULL, count = 0;

    qt_assert_ok(quiver_database_read_vector_integers(db, "Plant", "stock", &vectors, &sizes, &count));
    const size_t stock_sizes[] = {1};
    const int64_t stock[] = {7};
    qt_assert_int_entries(vectors, sizes, count, stock_sizes, 1, stock);
    quiver_database_free_integer_vectors(vectors, sizes, count);

    qt_assert_ok(quiver_database_read_vector_integers(db, "Plant", "output", &vectors, &sizes, &count));
    const size_t output_sizes[] = {3};
    const int64_t outputs[] = {100, 200, 300};
    qt_assert_int_entries(vectors, sizes, count, output_sizes, 1, outputs);
    quiver_database_free_integer_vectors(vectors, sizes, count);

    /* Every vector table has vector_index and id: the first in name order (costs) is read. */
    qt_assert_ok(quiver_database_read_vector_integers(db, "Plant", "vector_index", &vectors, &sizes, &count));
    const size_t index_sizes[] = {2, 1, 3, 1};
    const int64_t indexes[] = {1, 2, 1, 1, 2, 3, 1};
    qt_assert_int_entries(vectors, sizes, count, index_sizes, QT_LENGTH(index_sizes), indexes);
    quiver_database_free_integer_vectors(vectors, sizes, count);

    qt_assert_ok(quiver_database_read_vector_integers(db, "Plant", "id", &vectors, &sizes, &count));
    const int64_t ids[] = {1, 1, 2, 4, 4, 4, 5};
    qt_assert_int_entries(vectors, sizes, count, index_sizes, QT_LENGTH(index_sizes), ids);
    quiver_database_free_integer_vectors(vectors, sizes, count);
}
END_TEST

/* No rows at all: count 0 and NULL over the caller's stale pointers. */
START_TEST(no_rows_writes_null)
{
    int64_t **ints = STALE_INT_VECTORS;
    double **floats = STALE_FLOAT_VECTORS;
    char ***strings = STALE_STRING_VECTORS;
    size_t *sizes = STALE_SIZES, count = STALE_COUNT;

    qt_assert_ok(quiver_database_read_vector_floats(db, "Site", "level", &floats, &sizes, &count));
    ck_assert_uint_eq(count, 0);
    ck_assert_ptr_null(floats);
    ck_assert_ptr_null(sizes);

    sizes = STALE_SIZES;
    count = STALE_COUNT;
    qt_assert_ok(quiver_database_read_vector_integers(db, "Site", "level", &ints, &sizes, &count));
    ck_assert_uint_eq(count, 0);
    ck_assert_ptr_null(ints);
    ck_assert_ptr_null(sizes);

    sizes = STALE_SIZES;
    count = STALE_COUNT;
    qt_assert_ok(quiver_database_read_vector_strings(db, "Site", "level", &strings, &sizes, &count));
    ck_assert_uint_eq(count, 0);
    ck_assert_ptr_null(strings);
    ck_assert_ptr_null(sizes);
}
END_TEST

START_TEST(by_id_drops_absent_cells)
{
    int64_t *ints = NULL;
    double *floats = NULL;
    char **strings = NULL;
    size_t count = 0;

    qt_assert_ok(quiver_database_read_vector_floats_by_id(db, "Plant", "cost", 4, &floats, &count));
    const double costs[] = {4.1, 4.3};
    qt_assert_floats(floats, count, costs, QT_LENGTH(costs));
    quiver_database_free_float_array(floats);

    qt_assert_ok(quiver_database_read_vector_floats_by_id(db, "Plant", "level", 4, &floats, &count));
    const double levels[] = {41.0, 2.5, 43.0};
    qt_assert_floats(floats, count, levels, QT_LENGTH(levels));
    quiver_database_free_float_array(floats);

    qt_assert_ok(quiver_database_read_vector_integers_by_id(db, "Plant", "level", 1, &ints, &count));
    const int64_t level_1[] = {12};
    qt_assert_ints(ints, count, level_1, 1);
    quiver_database_free_integer_array(ints);

    qt_assert_ok(quiver_database_read_vector_integers_by_id(db, "Plant", "output", 1, &ints, &count));
    const int64_t outputs[] = {100, 200, 300};
    qt_assert_ints(ints, count, outputs, QT_LENGTH(outputs));
    quiver_database_free_integer_array(ints);

    qt_assert_ok(quiver_database_read_vector_strings_by_id(db, "Plant", "note", 1, &strings, &count));
    const char *notes[] = {"only", ""};
    qt_assert_strings(strings, count, notes, QT_LENGTH(notes));
    quiver_database_free_string_array(strings, count);

    qt_assert_ok(quiver_database_read_vector_strings_by_id(db, "Plant", "note", 4, &strings, &count));
    const char *notes_4[] = {"a", "c"};
    qt_assert_strings(strings, count, notes_4, QT_LENGTH(notes_4));
    quiver_database_free_string_array(strings, count);
}
END_TEST

/* All cells absent (2), no rows (3), no such element (99): count 0 and NULL, not an error. */
START_TEST(by_id_empty_results)
{
    const int64_t ids[] = {2, 3, 99};
    for (size_t i = 0; i < QT_LENGTH(ids); ++i) {
        int64_t *ints = STALE_INTS;
        double *floats = STALE_FLOATS;
        char **strings = STALE_STRINGS;
        size_t count = STALE_COUNT;
        qt_assert_ok(quiver_database_read_vector_integers_by_id(db, "Plant", "level", ids[i], &ints, &count));
        ck_assert_uint_eq(count, 0);
        ck_assert_ptr_null(ints);
        count = STALE_COUNT;
        qt_assert_ok(quiver_database_read_vector_floats_by_id(db, "Plant", "cost", ids[i], &floats, &count));
        ck_assert_uint_eq(count, 0);
        ck_assert_ptr_null(floats);
        count = STALE_COUNT;
        qt_assert_ok(
            quiver_database_read_vector_strings_by_id(db, "Plant", "note", ids[i], &strings, &count));
        ck_assert_uint_eq(count, 0);
        ck_assert_ptr_null(strings);
    }
}
END_TEST

START_TEST(lookup_errors)
{
    int64_t **ints = STALE_INT_VECTORS;
    double **floats = STALE_FLOAT_VECTORS;
    char ***strings = STALE_STRING_VECTORS;
    size_t *sizes = STALE_SIZES, count = STALE_COUNT;
    int64_t *values = STALE_INTS;
    double *reals = STALE_FLOATS;
    char **texts = STALE_STRINGS;

    qt_assert_error(quiver_database_read_vector_integers(db, "Missing", "level", &ints, &sizes, &count),
                    "Cannot read_vector_integers: collection not found: Missing");
    qt_assert_error(quiver_database_read_vector_floats(db, "plant", "cost", &floats, &sizes, &count),
                    "Cannot read_vector_floats: collection not found: plant");
    qt_assert_error(quiver_database_read_vector_strings(db, "Missing", "note", &strings, &sizes, &count),
                    "Cannot read_vector_strings: collection not found: Missing");
    qt_assert_error(quiver_database_read_vector_integers_by_id(db, "Missing", "level", 1, &values, &count),
                    "Cannot read_vector_integers_by_id: collection not found: Missing");
    qt_assert_error(quiver_database_read_vector_floats_by_id(db, "Missing", "cost", 1, &reals, &count),
                    "Cannot read_vector_floats_by_id: collection not found: Missing");
    qt_assert_error(quiver_database_read_vector_strings_by_id(db, "Missing", "note", 1, &texts, &count),
                    "Cannot read_vector_strings_by_id: collection not found: Missing");

    /* The table named after the attribute exists but lacks that column. */
    qt_assert_error(
        quiver_database_read_vector_integers(db, "Plant", "outputs", &ints, &sizes, &count),
        "Cannot read_vector_integers: column 'outputs' not found in table 'Plant_vector_outputs'");
    qt_assert_error(quiver_database_read_vector_floats(db, "Plant", "costs", &floats, &sizes, &count),
                    "Cannot read_vector_floats: column 'costs' not found in table 'Plant_vector_costs'");
    qt_assert_error(quiver_database_read_vector_strings(db, "Plant", "costs", &strings, &sizes, &count),
                    "Cannot read_vector_strings: column 'costs' not found in table 'Plant_vector_costs'");
    qt_assert_error(quiver_database_read_vector_integers_by_id(db, "Plant", "outputs", 1, &values, &count),
                    "Cannot read_vector_integers_by_id: column 'outputs' not found in table "
                    "'Plant_vector_outputs'");
    qt_assert_error(
        quiver_database_read_vector_floats_by_id(db, "Plant", "costs", 1, &reals, &count),
        "Cannot read_vector_floats_by_id: column 'costs' not found in table 'Plant_vector_costs'");
    qt_assert_error(
        quiver_database_read_vector_strings_by_id(db, "Plant", "costs", 1, &texts, &count),
        "Cannot read_vector_strings_by_id: column 'costs' not found in table 'Plant_vector_costs'");

    /* No vector table has the column: scalars, set columns, wrong case, other collections. */
    qt_assert_error(quiver_database_read_vector_integers(db, "Plant", "region", &ints, &sizes, &count),
                    "Vector attribute 'region' not found for collection 'Plant'");
    qt_assert_error(quiver_database_read_vector_strings(db, "Plant", "tag", &strings, &sizes, &count),
                    "Vector attribute 'tag' not found for collection 'Plant'");
    qt_assert_error(quiver_database_read_vector_floats(db, "Plant", "Cost", &floats, &sizes, &count),
                    "Vector attribute 'Cost' not found for collection 'Plant'");
    qt_assert_error(quiver_database_read_vector_floats(db, "Site", "cost", &floats, &sizes, &count),
                    "Vector attribute 'cost' not found for collection 'Site'");
    qt_assert_error(quiver_database_read_vector_integers(db, "Configuration", "id", &ints, &sizes, &count),
                    "Vector attribute 'id' not found for collection 'Configuration'");
    /* A group table is accepted as a collection, but has no vector tables of its own. */
    qt_assert_error(
        quiver_database_read_vector_floats(db, "Plant_vector_costs", "cost", &floats, &sizes, &count),
        "Vector attribute 'cost' not found for collection 'Plant_vector_costs'");
    qt_assert_error(quiver_database_read_vector_integers_by_id(db, "Plant", "missing", 1, &values, &count),
                    "Vector attribute 'missing' not found for collection 'Plant'");
    qt_assert_error(quiver_database_read_vector_floats_by_id(db, "Plant", "share", 1, &reals, &count),
                    "Vector attribute 'share' not found for collection 'Plant'");
    qt_assert_error(quiver_database_read_vector_strings_by_id(db, "Plant", "label", 1, &texts, &count),
                    "Vector attribute 'label' not found for collection 'Plant'");

    /* Hostile names are looked up, never composed into SQL. */
    qt_assert_error(
        quiver_database_read_vector_integers(db, "Plant", "level\" FROM Plant; --", &ints, &sizes, &count),
        "Vector attribute 'level\" FROM Plant; --' not found for collection 'Plant'");
    qt_assert_error(quiver_database_read_vector_integers(db, "Plant\"--", "level", &ints, &sizes, &count),
                    "Cannot read_vector_integers: collection not found: Plant\"--");

    ck_assert_ptr_eq(ints, STALE_INT_VECTORS);
    ck_assert_ptr_eq(floats, STALE_FLOAT_VECTORS);
    ck_assert_ptr_eq(strings, STALE_STRING_VECTORS);
    ck_assert_ptr_eq(sizes, STALE_SIZES);
    ck_assert_uint_eq(count, STALE_COUNT);
    ck_assert_ptr_eq(values, STALE_INTS);
    ck_assert_ptr_eq(reals, STALE_FLOATS);
    ck_assert_ptr_eq(texts, STALE_STRINGS);
}
END_TEST

START_TEST(null_arguments_bulk)
{
    int64_t **ints = STALE_INT_VECTORS;
    double **floats = STALE_FLOAT_VECTORS;
    char ***strings = STALE_STRING_VECTORS;
    size_t *sizes = STALE_SIZES;

    QT_ASSERT_NESTED_NULL_CHECKS(quiver_database_read_vector_integers, "out_vectors", ints, sizes);
    QT_ASSERT_NESTED_NULL_CHECKS(quiver_database_read_vector_floats, "out_vectors", floats, sizes);
    QT_ASSERT_NESTED_NULL_CHECKS(quiver_database_read_vector_strings, "out_vectors", strings, sizes);

    ck_assert_ptr_eq(ints, STALE_INT_VECTORS);
    ck_assert_ptr_eq(floats, STALE_FLOAT_VECTORS);
    ck_assert_ptr_eq(strings, STALE_STRING_VECTORS);
    ck_assert_ptr_eq(sizes, STALE_SIZES);
}
END_TEST

START_TEST(null_arguments_by_id)
{
    int64_t *ints = STALE_INTS;
    double *floats = STALE_FLOATS;
    char **strings = STALE_STRINGS;

    QT_ASSERT_BY_ID_NULL_CHECKS(quiver_database_read_vector_integers_by_id, ints);
    QT_ASSERT_BY_ID_NULL_CHECKS(quiver_database_read_vector_floats_by_id, floats);
    QT_ASSERT_BY_ID_NULL_CHECKS(quiver_database_read_vector_strings_by_id, strings);

    ck_assert_ptr_eq(ints, STALE_INTS);
    ck_assert_ptr_eq(floats, STALE_FLOATS);
    ck_assert_ptr_eq(strings, STALE_STRINGS);
}
END_TEST

/* 751 entries and one of 150 cells: outer arrays and the per-element scratch grow. */
START_TEST(large_vectors)
{
    quiver_database_t *large = qt_open_schema("valid/read_large.sql");
    int64_t **vectors = NULL, *values = NULL;
    size_t *sizes = NULL, count = 0, n_values = 0;
    qt_assert_ok(quiver_database_read_vector_integers(large, "Series", "point", &vectors, &sizes, &count));
    ck_assert_uint_eq(count, 751);
    size_t entry = 0;
    for (int64_t id = 1; id <= 1000; ++id) {
        size_t length = id == 500 ? 150 : (size_t)(id % 4);
        if (length == 0)
            continue;
        ck_assert_uint_eq(sizes[entry], length);
        for (size_t j = 0; j < length; ++j)
            ck_assert_int_eq(vectors[entry][j], 1000 * id + (int64_t)j + 1);
        ++entry;
    }
    ck_assert_uint_eq(entry, count);
    quiver_database_free_integer_vectors(vectors, sizes, count);

    qt_assert_ok(
        quiver_database_read_vector_integers_by_id(large, "Series", "point", 500, &values, &n_values));
    ck_assert_uint_eq(n_values, 150);
    for (size_t j = 0; j < n_values; ++j)
        ck_assert_int_eq(values[j], 500000 + (int64_t)j + 1);
    quiver_database_free_integer_array(values);
    quiver_database_close(large);
}
END_TEST

static Suite *read_vector_suite(void)
{
    Suite *s = suite_create("read_vector");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, open_db, close_db);
    tcase_add_test(tc, floats_by_element_in_index_order);
    tcase_add_test(tc, integers_skip_other_kinds);
    tcase_add_test(tc, strings_kept_verbatim);
    tcase_add_test(tc, table_lookup);
    tcase_add_test(tc, no_rows_writes_null);
    tcase_add_test(tc, by_id_drops_absent_cells);
    tcase_add_test(tc, by_id_empty_results);
    tcase_add_test(tc, lookup_errors);
    tcase_add_test(tc, null_arguments_bulk);
    tcase_add_test(tc, null_arguments_by_id);
    suite_add_tcase(s, tc);

    TCase *large = tcase_create("large");
    tcase_add_test(large, large_vectors);
    suite_add_tcase(s, large);
    return s;
}

int main(void)
{
    return qt_run(read_vector_suite());
}
