/*
 * Set readers of the C API, in bulk and by id (c-api.md §11.4, §11.5), over
 * tests/schemas/valid/read_groups.sql:
 *   Plant_set_codes   element 2: 30, 'x', NULL, 10, 2.5 (not STRICT)
 *   Plant_set_shares  element 4: 0.75, 0.25
 *   Plant_set_tags    element 5: 'solo'; element 1: 'zeta', 'alpha', 'mid'
 * (in insertion order).  Values within an element come in the order SQLite
 * returns them for the spec's SQL, which with the sets' UNIQUE indexes is
 * index order: NULL, numbers ascending, then text.
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

START_TEST(strings_by_element_in_index_order)
{
    char ***sets = NULL;
    size_t *sizes = NULL, count = 0;
    qt_assert_ok(quiver_database_read_set_strings(db, "Plant", "tag", &sets, &sizes, &count));
    const size_t expected_sizes[] = {3, 1};
    const char *cells[] = {"alpha", "mid", "zeta", "solo"};
    qt_assert_string_entries(sets, sizes, count, expected_sizes, QT_LENGTH(expected_sizes), cells);
    quiver_database_free_string_vectors(sets, sizes, count);
}
END_TEST

/* One set holding every storage class: each reader keeps only its kinds. */
START_TEST(mixed_cells_by_reader)
{
    int64_t **ints = NULL;
    double **floats = NULL;
    char ***strings = NULL;
    size_t *sizes = NULL, count = 0;

    qt_assert_ok(quiver_database_read_set_integers(db, "Plant", "code", &ints, &sizes, &count));
    const size_t int_sizes[] = {2};
    const int64_t int_cells[] = {10, 30};
    qt_assert_int_entries(ints, sizes, count, int_sizes, 1, int_cells);
    quiver_database_free_integer_vectors(ints, sizes, count);

    qt_assert_ok(quiver_database_read_set_floats(db, "Plant", "code", &floats, &sizes, &count));
    const size_t float_sizes[] = {3};
    const double float_cells[] = {2.5, 10.0, 30.0};
    qt_assert_float_entries(floats, sizes, count, float_sizes, 1, float_cells);
    quiver_database_free_float_vectors(floats, sizes, count);

    qt_assert_ok(quiver_database_read_set_strings(db, "Plant", "code", &strings, &sizes, &count));
    const size_t string_sizes[] = {1};
    const char *string_cells[] = {"x"};
    qt_assert_string_entries(strings, sizes, count, string_sizes, 1, string_cells);
    quiver_database_free_string_vectors(strings, sizes, count);
}
END_TEST

/* An element whose cells are all of another kind keeps an empty entry. */
START_TEST(floats_and_empty_entries)
{
    double **floats = NULL;
    int64_t **ints = NULL;
    size_t *sizes = NULL, count = 0;

    qt_assert_ok(quiver_database_read_set_floats(db, "Plant", "share", &floats, &sizes, &count));
    const size_t float_sizes[] = {2};
    const double shares[] = {0.25, 0.75};
    qt_assert_float_entries(floats, sizes, count, float_sizes, 1, shares);
    quiver_database_free_float_vectors(floats, sizes, count);

    qt_assert_ok(quiver_database_read_set_integers(db, "Plant", "share", &ints, &sizes, &count));
    const size_t empty[] = {0};
    qt_assert_int_entries(ints, sizes, count, empty, 1, NULL);
    quiver_database_free_integer_vectors(ints, sizes, count);
}
END_TEST

/* Every set table has id: the first in name order (codes) is read. */
START_TEST(first_set_table_in_name_order)
{
    int64_t **ints = NULL;
    size_t *sizes = NULL, count = 0;
    qt_assert_ok(quiver_database_read_set_integers(db, "Plant", "id", &ints, &sizes, &count));
    const size_t expected_sizes[] = {5};
    const int64_t ids[] = {2, 2, 2, 2, 2};
    qt_assert_int_entries(ints, sizes, count, expected_sizes, 1, ids);
    quiver_database_free_integer_vectors(ints, sizes, count);
}
END_TEST

START_TEST(no_rows_writes_null)
{
    int64_t **ints = STALE_INT_VECTORS;
    double **floats = STALE_FLOAT_VECTORS;
    char ***strings = STALE_STRING_VECTORS;
    size_t *sizes = STALE_SIZES, count = STALE_COUNT;

    qt_assert_ok(quiver_database_read_set_strings(db, "Site", "kind", &strings, &sizes, &count));
    ck_assert_uint_eq(count, 0);
    ck_assert_ptr_null(strings);
    ck_assert_ptr_null(sizes);

    sizes = STALE_SIZES;
    count = STALE_COUNT;
    qt_assert_ok(quiver_database_read_set_integers(db, "Site", "kind", &ints, &sizes, &count));
    ck_assert_uint_eq(count, 0);
    ck_assert_ptr_null(ints);
    ck_assert_ptr_null(sizes);

    sizes = STALE_SIZES;
    count = STALE_COUNT;
    qt_assert_ok(quiver_database_read_set_floats(db, "Site", "kind", &floats, &sizes, &count));
    ck_assert_uint_eq(count, 0);
    ck_assert_ptr_null(floats);
    ck_assert_ptr_null(sizes);
}
END_TEST

START_TEST(by_id)
{
    int64_t *ints = NULL;
    double *floats = NULL;
    char **strings = NULL;
    size_t count = 0;

    qt_assert_ok(quiver_database_read_set_strings_by_id(db, "Plant", "tag", 1, &strings, &count));
    const char *tags[] = {"alpha", "mid", "zeta"};
    qt_assert_strings(strings, count, tags, QT_LENGTH(tags));
    quiver_database_free_string_array(strings, count);

    qt_assert_ok(quiver_database_read_set_integers_by_id(db, "Plant", "code", 2, &ints, &count));
    const int64_t codes[] = {10, 30};
    qt_assert_ints(ints, count, codes, QT_LENGTH(codes));
    quiver_database_free_integer_array(ints);

    qt_assert_ok(quiver_database_read_set_floats_by_id(db, "Plant", "code", 2, &floats, &count));
    const double widened[] = {2.5, 10.0, 30.0};
    qt_assert_floats(floats, count, widened, QT_LENGTH(widened));
    quiver_database_free_float_array(floats);

    qt_assert_ok(quiver_database_read_set_strings_by_id(db, "Plant", "code", 2, &strings, &count));
    const char *texts[] = {"x"};
    qt_assert_strings(strings, count, texts, 1);
    quiver_database_free_string_array(strings, count);

    qt_assert_ok(quiver_database_read_set_floats_by_id(db, "Plant", "share", 4, &floats, &count));
    const double shares[] = {0.25, 0.75};
    qt_assert_floats(floats, count, shares, QT_LENGTH(shares));
    quiver_database_free_float_array(floats);
}
END_TEST

/* No rows for the element, no such element, or only cells of another kind: count 0 and NULL. */
START_TEST(by_id_empty_results)
{
    int64_t *ints = STALE_INTS;
    double *floats = STALE_FLOATS;
    char **strings = STALE_STRINGS;
    size_t count = STALE_COUNT;

    qt_assert_ok(quiver_database_read_set_strings_by_id(db, "Plant", "tag", 3, &strings, &count));
    ck_assert_uint_eq(count, 0);
    ck_assert_ptr_null(strings);

    count = STALE_COUNT;
    qt_assert_ok(quiver_database_read_set_integers_by_id(db, "Plant", "code", 99, &ints, &count));
    ck_assert_uint_eq(count, 0);
    ck_assert_ptr_null(ints);

    ints = STALE_INTS;
    count = STALE_COUNT;
    qt_assert_ok(quiver_database_read_set_integers_by_id(db, "Plant", "share", 4, &ints, &count));
    ck_assert_uint_eq(count, 0);
    ck_assert_ptr_null(ints);

    count = STALE_COUNT;
    qt_assert_ok(quiver_database_read_set_floats_by_id(db, "Plant", "tag", 1, &floats, &count));
    ck_assert_uint_eq(count, 0);
    ck_assert_ptr_null(floats);
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

    qt_assert_error(quiver_database_read_set_integers(db, "Missing", "code", &ints, &sizes, &count),
                    "Cannot read_set_integers: collection not found: Missing");
    qt_assert_error(quiver_database_read_set_floats(db, "Missing", "share", &floats, &sizes, &count),
                    "Cannot read_set_floats: collection not found: Missing");
    qt_assert_error(quiver_database_read_set_strings(db, "PLANT", "tag", &strings, &sizes, &count),
                    "Cannot read_set_strings: collection not found: PLANT");
    qt_assert_error(quiver_database_read_set_integers_by_id(db, "Missing", "code", 1, &values, &count),
                    "Cannot read_set_integers_by_id: collection not found: Missing");
    qt_assert_error(quiver_database_read_set_floats_by_id(db, "Missing", "share", 1, &reals, &count),
                    "Cannot read_set_floats_by_id: collection not found: Missing");
    qt_assert_error(quiver_database_read_set_strings_by_id(db, "Missing", "tag", 1, &texts, &count),
                    "Cannot read_set_strings_by_id: collection not found: Missing");

    /* The table named after the attribute exists but lacks that column. */
    qt_assert_error(quiver_database_read_set_strings(db, "Plant", "tags", &strings, &sizes, &count),
                    "Cannot read_set_strings: column 'tags' not found in table 'Plant_set_tags'");
    qt_assert_error(quiver_database_read_set_integers(db, "Plant", "codes", &ints, &sizes, &count),
                    "Cannot read_set_integers: column 'codes' not found in table 'Plant_set_codes'");
    qt_assert_error(quiver_database_read_set_floats(db, "Plant", "shares", &floats, &sizes, &count),
                    "Cannot read_set_floats: column 'shares' not found in table 'Plant_set_shares'");
    qt_assert_error(quiver_database_read_set_integers_by_id(db, "Plant", "codes", 2, &values, &count),
                    "Cannot read_set_integers_by_id: column 'codes' not found in table 'Plant_set_codes'");
    qt_assert_error(quiver_database_read_set_floats_by_id(db, "Plant", "shares", 4, &reals, &count),
                    "Cannot read_set_floats_by_id: column 'shares' not found in table 'Plant_set_shares'");
    qt_assert_error(quiver_database_read_set_strings_by_id(db, "Plant", "tags", 1, &texts, &count),
                    "Cannot read_set_strings_by_id: column 'tags' not found in table 'Plant_set_tags'");

    /* Vector columns and scalars are not set attributes. */
    qt_assert_error(quiver_database_read_set_floats(db, "Plant", "cost", &floats, &sizes, &count),
                    "Set attribute 'cost' not found for collection 'Plant'");
    qt_assert_error(quiver_database_read_set_strings(db, "Plant", "region", &strings, &sizes, &count),
                    "Set attribute 'region' not found for collection 'Plant'");
    qt_assert_error(quiver_database_read_set_integers(db, "Site", "code", &ints, &sizes, &count),
                    "Set attribute 'code' not found for collection 'Site'");
    qt_assert_error(quiver_database_read_set_integers(db, "Plant_set_codes", "code", &ints, &sizes, &count),
                    "Set attribute 'code' not found for collection 'Plant_set_codes'");
    qt_assert_error(quiver_database_read_set_integers_by_id(db, "Plant", "level", 1, &values, &count),
                    "Set attribute 'level' not found for collection 'Plant'");
    qt_assert_error(quiver_database_read_set_floats_by_id(db, "Plant", "Share", 4, &reals, &count),
                    "Set attribute 'Share' not found for collection 'Plant'");
    qt_assert_error(quiver_database_read_set_strings_by_id(db, "Plant", "tag'--", 1, &texts, &count),
                    "Set attribute 'tag'--' not found for collection 'Plant'");

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

    QT_ASSERT_NESTED_NULL_CHECKS(quiver_database_read_set_integers, "out_sets", ints, sizes);
    QT_ASSERT_NESTED_NULL_CHECKS(quiver_database_read_set_floats, "out_sets", floats, sizes);
    QT_ASSERT_NESTED_NULL_CHECKS(quiver_database_read_set_strings, "out_sets", strings, sizes);

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

    QT_ASSERT_BY_ID_NULL_CHECKS(quiver_database_read_set_integers_by_id, ints);
    QT_ASSERT_BY_ID_NULL_CHECKS(quiver_database_read_set_floats_by_id, floats);
    QT_ASSERT_BY_ID_NULL_CHECKS(quiver_database_read_set_strings_by_id, strings);

    ck_assert_ptr_eq(ints, STALE_INTS);
    ck_assert_ptr_eq(floats, STALE_FLOATS);
    ck_assert_ptr_eq(strings, STALE_STRINGS);
}
END_TEST

/* 100 entries of three strings each, inserted in descending order. */
START_TEST(large_sets)
{
    quiver_database_t *large = qt_open_schema("valid/read_large.sql");
    char ***sets = NULL;
    size_t *sizes = NULL, count = 0;
    qt_assert_ok(quiver_database_read_set_strings(large, "Series", "tag", &sets, &sizes, &count));
    ck_assert_uint_eq(count, 100);
    for (size_t i = 0; i < count; ++i) {
        ck_assert_uint_eq(sizes[i], 3);
        ck_assert_str_eq(sets[i][0], "tag 1");
        ck_assert_str_eq(sets[i][1], "tag 2");
        ck_assert_str_eq(sets[i][2], "tag 3");
    }
    quiver_database_free_string_vectors(sets, sizes, count);
    quiver_database_close(large);
}
END_TEST

static Suite *read_set_suite(void)
{
    Suite *s = suite_create("read_set");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, open_db, close_db);
    tcase_add_test(tc, strings_by_element_in_index_order);
    tcase_add_test(tc, mixed_cells_by_reader);
    tcase_add_test(tc, floats_and_empty_entries);
    tcase_add_test(tc, first_set_table_in_name_order);
    tcase_add_test(tc, no_rows_writes_null);
    tcase_add_test(tc, by_id);
    tcase_add_test(tc, by_id_empty_results);
    tcase_add_test(tc, lookup_errors);
    tcase_add_test(tc, null_arguments_bulk);
    tcase_add_test(tc, null_arguments_by_id);
    suite_add_tcase(s, tc);

    TCase *large = tcase_create("large");
    tcase_add_test(large, large_sets);
    suite_add_tcase(s, large);
    return s;
}

int main(void)
{
    return qt_run(read_set_suite());
}
