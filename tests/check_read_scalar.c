/*
 * Scalar readers, element ids and element counts of the C API (c-api.md
 * §11.1, §11.2, §11.6, §11.7) over tests/schemas/valid/read_scalars.sql.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "helpers.h"

/* Stale pointers a caller may still hold from an earlier call: never dereferenced. */
#define STALE_INTS ((int64_t *)(uintptr_t)0x10)
#define STALE_FLOATS ((double *)(uintptr_t)0x20)
#define STALE_MASK ((uint8_t *)(uintptr_t)0x30)
#define STALE_STRINGS ((char **)(uintptr_t)0x40)
#define STALE_STRING ((char *)(uintptr_t)0x50)
#define STALE_COUNT ((size_t)777)

static quiver_database_t *db;

static void open_db(void)
{
    db = qt_open_schema("valid/read_scalars.sql");
}

static void close_db(void)
{
    quiver_database_close(db);
    db = NULL;
}

static void assert_mask(const uint8_t *mask, const uint8_t *expected, size_t count)
{
    for (size_t i = 0; i < count; ++i)
        ck_assert_msg(mask[i] == expected[i], "mask[%zu] is %d, expected %d", i, mask[i], expected[i]);
}

/* Asserts strings entry by entry; NULL in @p expected means a NULL entry. */
static void assert_strings(char *const *values, const char *const *expected, size_t count)
{
    for (size_t i = 0; i < count; ++i) {
        if (expected[i] == NULL)
            ck_assert_msg(values[i] == NULL, "entry %zu is \"%s\", expected NULL", i, values[i]);
        else
            ck_assert_str_eq(values[i], expected[i]);
    }
}

START_TEST(integers_in_rowid_order_with_nulls)
{
    int64_t *values = NULL;
    uint8_t *mask = NULL;
    size_t count = 0;
    qt_assert_ok(quiver_database_read_scalar_integers(db, "Item", "quantity", &values, &mask, &count));
    ck_assert_uint_eq(count, 4);
    const int64_t expected[] = {-2, 50, INT64_MAX, 0};
    const uint8_t expected_mask[] = {1, 1, 1, 0};
    for (size_t i = 0; i < count; ++i)
        ck_assert_int_eq(values[i], expected[i]);
    assert_mask(mask, expected_mask, count);
    quiver_database_free_integer_array(values);
    quiver_database_free_mask(mask);
}
END_TEST

START_TEST(floats_in_rowid_order_with_nulls)
{
    double *values = NULL;
    uint8_t *mask = NULL;
    size_t count = 0;
    qt_assert_ok(quiver_database_read_scalar_floats(db, "Item", "weight", &values, &mask, &count));
    ck_assert_uint_eq(count, 4);
    const double expected[] = {2.25, 5.5, -0.5, 0.0};
    const uint8_t expected_mask[] = {1, 1, 1, 0};
    for (size_t i = 0; i < count; ++i)
        ck_assert_double_eq(values[i], expected[i]);
    assert_mask(mask, expected_mask, count);
    quiver_database_free_float_array(values);
    quiver_database_free_mask(mask);
}
END_TEST

/* Empty strings are present; values read back are never trimmed. */
START_TEST(strings_in_rowid_order_with_nulls)
{
    char **values = NULL;
    size_t count = 0;
    qt_assert_ok(quiver_database_read_scalar_strings(db, "Item", "name", &values, &count));
    ck_assert_uint_eq(count, 4);
    const char *expected[] = {"", "five", "  nine ", NULL};
    assert_strings(values, expected, count);
    quiver_database_free_string_array(values, count);
}
END_TEST

START_TEST(date_time_read_as_strings)
{
    char **values = NULL;
    size_t count = 0;
    qt_assert_ok(quiver_database_read_scalar_strings(db, "Item", "date_made", &values, &count));
    ck_assert_uint_eq(count, 4);
    const char *expected[] = {"2024-02-02T10:30:00", "2024-05-05T00:00:00", NULL, NULL};
    assert_strings(values, expected, count);
    quiver_database_free_string_array(values, count);
}
END_TEST

/* A column NULL everywhere gives one absent entry per element, not an empty result. */
START_TEST(all_null_column_keeps_entries)
{
    int64_t *ints = NULL;
    double *floats = NULL;
    char **strings = NULL;
    uint8_t *mask = NULL;
    size_t count = 0;
    const uint8_t none[] = {0, 0, 0, 0};
    const char *nulls[] = {NULL, NULL, NULL, NULL};

    qt_assert_ok(quiver_database_read_scalar_integers(db, "Item", "note", &ints, &mask, &count));
    ck_assert_uint_eq(count, 4);
    assert_mask(mask, none, count);
    for (size_t i = 0; i < count; ++i)
        ck_assert_int_eq(ints[i], 0);
    quiver_database_free_integer_array(ints);
    quiver_database_free_mask(mask);

    qt_assert_ok(quiver_database_read_scalar_floats(db, "Item", "note", &floats, &mask, &count));
    ck_assert_uint_eq(count, 4);
    assert_mask(mask, none, count);
    quiver_database_free_float_array(floats);
    quiver_database_free_mask(mask);

    qt_assert_ok(quiver_database_read_scalar_strings(db, "Item", "note", &strings, &count));
    ck_assert_uint_eq(count, 4);
    assert_strings(strings, nulls, count);
    quiver_database_free_string_array(strings, count);
}
END_TEST

START_TEST(id_and_label_are_readable)
{
    int64_t *ids = NULL;
    uint8_t *mask = NULL;
    char **labels = NULL;
    size_t count = 0;
    qt_assert_ok(quiver_database_read_scalar_integers(db, "Item", "id", &ids, &mask, &count));
    ck_assert_uint_eq(count, 4);
    const int64_t expected_ids[] = {2, 5, 9, 12};
    for (size_t i = 0; i < count; ++i) {
        ck_assert_int_eq(ids[i], expected_ids[i]);
        ck_assert_int_eq(mask[i], 1);
    }
    quiver_database_free_integer_array(ids);
    quiver_database_free_mask(mask);

    qt_assert_ok(quiver_database_read_scalar_strings(db, "Item", "label", &labels, &count));
    const char *expected_labels[] = {"Item 2", "Item 5", "Item 9", "Item 12"};
    ck_assert_uint_eq(count, 4);
    assert_strings(labels, expected_labels, count);
    quiver_database_free_string_array(labels, count);
}
END_TEST

/* The declared type is not checked: values of another kind are absent, integers widen to floats. */
START_TEST(readers_ignore_declared_type)
{
    int64_t *ints = NULL;
    double *floats = NULL;
    char **strings = NULL;
    uint8_t *mask = NULL;
    size_t count = 0;

    qt_assert_ok(quiver_database_read_scalar_integers(db, "Item", "weight", &ints, &mask, &count));
    ck_assert_uint_eq(count, 4);
    for (size_t i = 0; i < count; ++i) {
        ck_assert_int_eq(mask[i], 0);
        ck_assert_int_eq(ints[i], 0);
    }
    quiver_database_free_integer_array(ints);
    quiver_database_free_mask(mask);

    qt_assert_ok(quiver_database_read_scalar_floats(db, "Item", "quantity", &floats, &mask, &count));
    ck_assert_uint_eq(count, 4);
    const double widened[] = {-2.0, 50.0, (double)INT64_MAX, 0.0};
    const uint8_t widened_mask[] = {1, 1, 1, 0};
    for (size_t i = 0; i < count; ++i)
        ck_assert_double_eq(floats[i], widened[i]);
    assert_mask(mask, widened_mask, count);
    quiver_database_free_float_array(floats);
    quiver_database_free_mask(mask);

    const char *nulls[] = {NULL, NULL, NULL, NULL};
    qt_assert_ok(quiver_database_read_scalar_strings(db, "Item", "quantity", &strings, &count));
    ck_assert_uint_eq(count, 4);
    assert_strings(strings, nulls, count);
    quiver_database_free_string_array(strings, count);
    qt_assert_ok(quiver_database_read_scalar_strings(db, "Item", "weight", &strings, &count));
    ck_assert_uint_eq(count, 4);
    assert_strings(strings, nulls, count);
    quiver_database_free_string_array(strings, count);
}
END_TEST

/* Cells whose storage class differs from the declaration (a non-STRICT table). */
START_TEST(storage_class_decides_presence)
{
    int64_t *ints = NULL;
    double *floats = NULL;
    char **strings = NULL;
    uint8_t *mask = NULL;
    size_t count = 0;

    /* amount: INTEGER 7, REAL 2.5, TEXT 'abc', NULL */
    qt_assert_ok(quiver_database_read_scalar_integers(db, "Mixed", "amount", &ints, &mask, &count));
    ck_assert_uint_eq(count, 4);
    const uint8_t int_mask[] = {1, 0, 0, 0};
    assert_mask(mask, int_mask, count);
    ck_assert_int_eq(ints[0], 7);
    ck_assert_int_eq(ints[1], 0);
    ck_assert_int_eq(ints[2], 0);
    quiver_database_free_integer_array(ints);
    quiver_database_free_mask(mask);

    qt_assert_ok(quiver_database_read_scalar_floats(db, "Mixed", "amount", &floats, &mask, &count));
    const uint8_t float_mask[] = {1, 1, 0, 0};
    assert_mask(mask, float_mask, count);
    ck_assert_double_eq(floats[0], 7.0);
    ck_assert_double_eq(floats[1], 2.5);
    ck_assert_double_eq(floats[2], 0.0);
    quiver_database_free_float_array(floats);
    quiver_database_free_mask(mask);

    qt_assert_ok(quiver_database_read_scalar_strings(db, "Mixed", "amount", &strings, &count));
    const char *texts[] = {NULL, NULL, "abc", NULL};
    assert_strings(strings, texts, count);
    quiver_database_free_string_array(strings, count);

    /* ratio: REAL 3.0 (affinity), TEXT 'x', NULL, REAL 1048576.5 */
    qt_assert_ok(quiver_database_read_scalar_integers(db, "Mixed", "ratio", &ints, &mask, &count));
    const uint8_t none[] = {0, 0, 0, 0};
    assert_mask(mask, none, count);
    quiver_database_free_integer_array(ints);
    quiver_database_free_mask(mask);

    qt_assert_ok(quiver_database_read_scalar_floats(db, "Mixed", "ratio", &floats, &mask, &count));
    const uint8_t ratio_mask[] = {1, 0, 0, 1};
    assert_mask(mask, ratio_mask, count);
    ck_assert_double_eq(floats[0], 3.0);
    ck_assert_double_eq(floats[3], 1048576.5);
    quiver_database_free_float_array(floats);
    quiver_database_free_mask(mask);

    qt_assert_ok(quiver_database_read_scalar_strings(db, "Mixed", "ratio", &strings, &count));
    const char *ratio_texts[] = {NULL, "x", NULL, NULL};
    assert_strings(strings, ratio_texts, count);
    quiver_database_free_string_array(strings, count);
}
END_TEST

/* c-api.md §1.4: count 0 and NULL written over whatever the caller's variables held. */
START_TEST(empty_collection_writes_null)
{
    int64_t *ints = STALE_INTS;
    double *floats = STALE_FLOATS;
    char **strings = STALE_STRINGS;
    uint8_t *mask = STALE_MASK;
    size_t count = STALE_COUNT;

    qt_assert_ok(quiver_database_read_scalar_integers(db, "Empty", "quantity", &ints, &mask, &count));
    ck_assert_uint_eq(count, 0);
    ck_assert_ptr_null(ints);
    ck_assert_ptr_null(mask);

    mask = STALE_MASK;
    count = STALE_COUNT;
    qt_assert_ok(quiver_database_read_scalar_floats(db, "Empty", "quantity", &floats, &mask, &count));
    ck_assert_uint_eq(count, 0);
    ck_assert_ptr_null(floats);
    ck_assert_ptr_null(mask);

    count = STALE_COUNT;
    qt_assert_ok(quiver_database_read_scalar_strings(db, "Empty", "label", &strings, &count));
    ck_assert_uint_eq(count, 0);
    ck_assert_ptr_null(strings);

    ints = STALE_INTS;
    count = STALE_COUNT;
    qt_assert_ok(quiver_database_read_element_ids(db, "Empty", &ints, &count));
    ck_assert_uint_eq(count, 0);
    ck_assert_ptr_null(ints);

    int64_t number = 99;
    qt_assert_ok(quiver_database_number_of_elements(db, "Empty", &number));
    ck_assert_int_eq(number, 0);
}
END_TEST

/* Any table of the schema is accepted as a collection (c-api.md §1.7). */
START_TEST(any_table_is_a_collection)
{
    int64_t *values = NULL;
    uint8_t *mask = NULL;
    char **labels = NULL;
    size_t count = 0;
    int64_t number = 0;

    /* Item_vector_sizes rows in rowid order: (9, 90), (2, 20), (2, NULL). */
    qt_assert_ok(
        quiver_database_read_scalar_integers(db, "Item_vector_sizes", "size", &values, &mask, &count));
    ck_assert_uint_eq(count, 3);
    const uint8_t expected_mask[] = {1, 1, 0};
    assert_mask(mask, expected_mask, count);
    ck_assert_int_eq(values[0], 90);
    ck_assert_int_eq(values[1], 20);
    quiver_database_free_integer_array(values);
    quiver_database_free_mask(mask);

    qt_assert_ok(quiver_database_read_element_ids(db, "Item_vector_sizes", &values, &count));
    ck_assert_uint_eq(count, 3);
    ck_assert_int_eq(values[0], 9);
    ck_assert_int_eq(values[1], 2);
    ck_assert_int_eq(values[2], 2);
    quiver_database_free_integer_array(values);

    qt_assert_ok(quiver_database_number_of_elements(db, "Item_vector_sizes", &number));
    ck_assert_int_eq(number, 3);

    qt_assert_ok(quiver_database_read_scalar_strings(db, "Configuration", "label", &labels, &count));
    ck_assert_uint_eq(count, 1);
    ck_assert_str_eq(labels[0], "default");
    quiver_database_free_string_array(labels, count);
    qt_assert_ok(quiver_database_number_of_elements(db, "Configuration", &number));
    ck_assert_int_eq(number, 1);
}
END_TEST

START_TEST(element_ids_in_rowid_order)
{
    int64_t *ids = NULL;
    size_t count = 0;
    qt_assert_ok(quiver_database_read_element_ids(db, "Item", &ids, &count));
    ck_assert_uint_eq(count, 4);
    const int64_t expected[] = {2, 5, 9, 12};
    for (size_t i = 0; i < count; ++i)
        ck_assert_int_eq(ids[i], expected[i]);
    quiver_database_free_integer_array(ids);
}
END_TEST

/* The number of rows, not the largest id. */
START_TEST(number_of_elements_counts_rows)
{
    int64_t number = -1;
    qt_assert_ok(quiver_database_number_of_elements(db, "Item", &number));
    ck_assert_int_eq(number, 4);
    qt_assert_ok(quiver_database_number_of_elements(db, "Mixed", &number));
    ck_assert_int_eq(number, 4);
}
END_TEST

START_TEST(integer_by_id)
{
    int64_t value = 777;
    int has = -1;
    qt_assert_ok(quiver_database_read_scalar_integer_by_id(db, "Item", "quantity", 5, &value, &has));
    ck_assert_int_eq(has, 1);
    ck_assert_int_eq(value, 50);
    qt_assert_ok(quiver_database_read_scalar_integer_by_id(db, "Item", "quantity", 9, &value, &has));
    ck_assert_int_eq(value, INT64_MAX);

    /* NULL, missing element, value of another kind: has_value 0, value untouched. */
    const struct {
        const char *collection, *attribute;
        int64_t id;
    } absent[] = {{"Item", "quantity", 12}, {"Item", "quantity", 99}, {"Item", "weight", 5},
                  {"Item", "name", 5},      {"Mixed", "amount", 2},   {"Mixed", "amount", 3}};
    for (size_t i = 0; i < sizeof absent / sizeof absent[0]; ++i) {
        value = 777;
        has = -1;
        qt_assert_ok(quiver_database_read_scalar_integer_by_id(db, absent[i].collection, absent[i].attribute,
                                                               absent[i].id, &value, &has));
        ck_assert_int_eq(has, 0);
        ck_assert_int_eq(value, 777);
    }
}
END_TEST

START_TEST(float_by_id)
{
    double value = 7.5;
    int has = -1;
    qt_assert_ok(quiver_database_read_scalar_float_by_id(db, "Item", "weight", 2, &value, &has));
    ck_assert_int_eq(has, 1);
    ck_assert_double_eq(value, 2.25);
    /* Integers widen. */
    qt_assert_ok(quiver_database_read_scalar_float_by_id(db, "Item", "quantity", 5, &value, &has));
    ck_assert_int_eq(has, 1);
    ck_assert_double_eq(value, 50.0);

    const struct {
        const char *collection, *attribute;
        int64_t id;
    } absent[] = {{"Item", "weight", 12}, {"Item", "weight", -1}, {"Item", "name", 5}, {"Mixed", "ratio", 2}};
    for (size_t i = 0; i < sizeof absent / sizeof absent[0]; ++i) {
        value = 7.5;
        has = -1;
        qt_assert_ok(quiver_database_read_scalar_float_by_id(db, absent[i].collection, absent[i].attribute,
                                                             absent[i].id, &value, &has));
        ck_assert_int_eq(has, 0);
        ck_assert_double_eq(value, 7.5);
    }
}
END_TEST

START_TEST(string_by_id)
{
    char *value = STALE_STRING;
    int has = -1;
    qt_assert_ok(quiver_database_read_scalar_string_by_id(db, "Item", "name", 9, &value, &has));
    ck_assert_int_eq(has, 1);
    ck_assert_str_eq(value, "  nine ");
    quiver_database_free_string(value);

    /* The empty string is a value. */
    value = STALE_STRING;
    qt_assert_ok(quiver_database_read_scalar_string_by_id(db, "Item", "name", 2, &value, &has));
    ck_assert_int_eq(has, 1);
    ck_assert_str_eq(value, "");
    quiver_database_free_string(value);

    /* Absent: the string reader writes NULL over a stale pointer. */
    const struct {
        const char *collection, *attribute;
        int64_t id;
    } absent[] = {
        {"Item", "name", 12}, {"Item", "name", 99}, {"Item", "quantity", 5}, {"Mixed", "amount", 1}};
    for (size_t i = 0; i < sizeof absent / sizeof absent[0]; ++i) {
        value = STALE_STRING;
        has = -1;
        qt_assert_ok(quiver_database_read_scalar_string_by_id(db, absent[i].collection, absent[i].attribute,
                                                              absent[i].id, &value, &has));
        ck_assert_int_eq(has, 0);
        ck_assert_ptr_null(value);
    }
}
END_TEST

/* Every reader of this file with an unknown collection or column: exact message, outputs untouched. */
START_TEST(unknown_collection_and_column)
{
    int64_t *ints = STALE_INTS;
    double *floats = STALE_FLOATS;
    char **strings = STALE_STRINGS;
    uint8_t *mask = STALE_MASK;
    size_t count = STALE_COUNT;
    int64_t value = 777, number = 777;
    double real = 7.5;
    char *text = STALE_STRING;
    int has = -1;

    qt_assert_error(quiver_database_read_scalar_integers(db, "Missing", "quantity", &ints, &mask, &count),
                    "Cannot read_scalar_integers: collection not found: Missing");
    qt_assert_error(quiver_database_read_scalar_integers(db, "Item", "missing", &ints, &mask, &count),
                    "Cannot read_scalar_integers: column 'missing' not found in table 'Item'");
    qt_assert_error(quiver_database_read_scalar_floats(db, "Missing", "weight", &floats, &mask, &count),
                    "Cannot read_scalar_floats: collection not found: Missing");
    qt_assert_error(quiver_database_read_scalar_floats(db, "Item", "Weight", &floats, &mask, &count),
                    "Cannot read_scalar_floats: column 'Weight' not found in table 'Item'");
    qt_assert_error(quiver_database_read_scalar_strings(db, "item", "name", &strings, &count),
                    "Cannot read_scalar_strings: collection not found: item");
    qt_assert_error(quiver_database_read_scalar_strings(db, "Item", "", &strings, &count),
                    "Cannot read_scalar_strings: column '' not found in table 'Item'");
    qt_assert_error(quiver_database_read_scalar_integer_by_id(db, "Missing", "quantity", 5, &value, &has),
                    "Cannot read_scalar_integer_by_id: collection not found: Missing");
    qt_assert_error(quiver_database_read_scalar_integer_by_id(db, "Item", "missing", 5, &value, &has),
                    "Cannot read_scalar_integer_by_id: column 'missing' not found in table 'Item'");
    qt_assert_error(quiver_database_read_scalar_float_by_id(db, "Missing", "weight", 5, &real, &has),
                    "Cannot read_scalar_float_by_id: collection not found: Missing");
    qt_assert_error(quiver_database_read_scalar_float_by_id(db, "Item", "missing", 5, &real, &has),
                    "Cannot read_scalar_float_by_id: column 'missing' not found in table 'Item'");
    qt_assert_error(quiver_database_read_scalar_string_by_id(db, "Missing", "name", 5, &text, &has),
                    "Cannot read_scalar_string_by_id: collection not found: Missing");
    qt_assert_error(quiver_database_read_scalar_string_by_id(db, "Item", "missing", 5, &text, &has),
                    "Cannot read_scalar_string_by_id: column 'missing' not found in table 'Item'");
    qt_assert_error(quiver_database_read_element_ids(db, "Missing", &ints, &count),
                    "Cannot read_element_ids: collection not found: Missing");
    qt_assert_error(quiver_database_number_of_elements(db, "Missing", &number),
                    "Cannot number_of_elements: collection not found: Missing");
    /* SQLite's own tables are not part of the schema. */
    qt_assert_error(quiver_database_number_of_elements(db, "sqlite_sequence", &number),
                    "Cannot number_of_elements: collection not found: sqlite_sequence");
    qt_assert_error(quiver_database_read_element_ids(db, "sqlite_master", &ints, &count),
                    "Cannot read_element_ids: collection not found: sqlite_master");

    ck_assert_ptr_eq(ints, STALE_INTS);
    ck_assert_ptr_eq(floats, STALE_FLOATS);
    ck_assert_ptr_eq(strings, STALE_STRINGS);
    ck_assert_ptr_eq(mask, STALE_MASK);
    ck_assert_uint_eq(count, STALE_COUNT);
    ck_assert_int_eq(value, 777);
    ck_assert_int_eq(number, 777);
    ck_assert_double_eq(real, 7.5);
    ck_assert_ptr_eq(text, STALE_STRING);
    ck_assert_int_eq(has, -1);
}
END_TEST

/* The spec's SQL orders by rowid: a WITHOUT ROWID table fails with SQLite's message, outputs untouched;
 * the by-id readers and the count do not need a rowid. */
START_TEST(without_rowid_table)
{
    int64_t *ints = STALE_INTS;
    uint8_t *mask = STALE_MASK;
    size_t count = STALE_COUNT;
    int64_t value = 0, number = 0;
    int has = 0;
    qt_assert_error(quiver_database_read_scalar_integers(db, "Keyed", "quantity", &ints, &mask, &count),
                    "Failed to prepare statement: no such column: rowid");
    qt_assert_error(quiver_database_read_element_ids(db, "Keyed", &ints, &count),
                    "Failed to prepare statement: no such column: rowid");
    ck_assert_ptr_eq(ints, STALE_INTS);
    ck_assert_ptr_eq(mask, STALE_MASK);
    ck_assert_uint_eq(count, STALE_COUNT);
    qt_assert_ok(quiver_database_read_scalar_integer_by_id(db, "Keyed", "quantity", 3, &value, &has));
    ck_assert_int_eq(has, 1);
    ck_assert_int_eq(value, 30);
    qt_assert_ok(quiver_database_number_of_elements(db, "Keyed", &number));
    ck_assert_int_eq(number, 1);
}
END_TEST

/* Names are looked up, never placed into SQL unchecked, and echoed verbatim. */
START_TEST(hostile_names)
{
    int64_t *ints = STALE_INTS;
    uint8_t *mask = STALE_MASK;
    size_t count = STALE_COUNT;
    int64_t number = 0;
    qt_assert_error(quiver_database_read_scalar_integers(db, "Item\"; DROP TABLE Item; --", "quantity", &ints,
                                                         &mask, &count),
                    "Cannot read_scalar_integers: collection not found: Item\"; DROP TABLE Item; --");
    qt_assert_error(quiver_database_read_scalar_integers(
                        db, "Item", "quantity\" FROM Item; DELETE FROM Item; --", &ints, &mask, &count),
                    "Cannot read_scalar_integers: column 'quantity\" FROM Item; DELETE FROM Item; --' not "
                    "found in table 'Item'");
    qt_assert_error(quiver_database_read_element_ids(db, "%s%n%x", &ints, &count),
                    "Cannot read_element_ids: collection not found: %s%n%x");
    qt_assert_error(quiver_database_number_of_elements(db, "Item WHERE 0", &number),
                    "Cannot number_of_elements: collection not found: Item WHERE 0");
    ck_assert_ptr_eq(ints, STALE_INTS);
    ck_assert_ptr_eq(mask, STALE_MASK);
    ck_assert_uint_eq(count, STALE_COUNT);
    qt_assert_ok(quiver_database_number_of_elements(db, "Item", &number));
    ck_assert_int_eq(number, 4);
}
END_TEST

/* NULL arguments are reported in the order of the prototype (c-api.md §11.1). */
START_TEST(null_arguments_bulk)
{
    int64_t *ints = STALE_INTS;
    double *floats = STALE_FLOATS;
    char **strings = STALE_STRINGS;
    uint8_t *mask = STALE_MASK;
    size_t count = STALE_COUNT;

    qt_assert_error(quiver_database_read_scalar_integers(NULL, NULL, NULL, NULL, NULL, NULL),
                    "Null argument: db");
    qt_assert_error(quiver_database_read_scalar_integers(db, NULL, NULL, NULL, NULL, NULL),
                    "Null argument: collection");
    qt_assert_error(quiver_database_read_scalar_integers(db, "Missing", NULL, NULL, NULL, NULL),
                    "Null argument: attribute");
    qt_assert_error(quiver_database_read_scalar_integers(db, "Missing", "x", NULL, NULL, NULL),
                    "Null argument: out_values");
    qt_assert_error(quiver_database_read_scalar_integers(db, "Missing", "x", &ints, NULL, NULL),
                    "Null argument: out_mask");
    qt_assert_error(quiver_database_read_scalar_integers(db, "Missing", "x", &ints, &mask, NULL),
                    "Null argument: out_count");

    qt_assert_error(quiver_database_read_scalar_floats(NULL, NULL, NULL, NULL, NULL, NULL),
                    "Null argument: db");
    qt_assert_error(quiver_database_read_scalar_floats(db, NULL, NULL, NULL, NULL, NULL),
                    "Null argument: collection");
    qt_assert_error(quiver_database_read_scalar_floats(db, "Missing", NULL, NULL, NULL, NULL),
                    "Null argument: attribute");
    qt_assert_error(quiver_database_read_scalar_floats(db, "Missing", "x", NULL, NULL, NULL),
                    "Null argument: out_values");
    qt_assert_error(quiver_database_read_scalar_floats(db, "Missing", "x", &floats, NULL, NULL),
                    "Null argument: out_mask");
    qt_assert_error(quiver_database_read_scalar_floats(db, "Missing", "x", &floats, &mask, NULL),
                    "Null argument: out_count");

    qt_assert_error(quiver_database_read_scalar_strings(NULL, NULL, NULL, NULL, NULL), "Null argument: db");
    qt_assert_error(quiver_database_read_scalar_strings(db, NULL, NULL, NULL, NULL),
                    "Null argument: collection");
    qt_assert_error(quiver_database_read_scalar_strings(db, "Missing", NULL, NULL, NULL),
                    "Null argument: attribute");
    qt_assert_error(quiver_database_read_scalar_strings(db, "Missing", "x", NULL, NULL),
                    "Null argument: out_values");
    qt_assert_error(quiver_database_read_scalar_strings(db, "Missing", "x", &strings, NULL),
                    "Null argument: out_count");

    qt_assert_error(quiver_database_read_element_ids(NULL, NULL, NULL, NULL), "Null argument: db");
    qt_assert_error(quiver_database_read_element_ids(db, NULL, NULL, NULL), "Null argument: collection");
    qt_assert_error(quiver_database_read_element_ids(db, "Missing", NULL, NULL), "Null argument: out_ids");
    qt_assert_error(quiver_database_read_element_ids(db, "Missing", &ints, NULL), "Null argument: out_count");

    qt_assert_error(quiver_database_number_of_elements(NULL, NULL, NULL), "Null argument: db");
    qt_assert_error(quiver_database_number_of_elements(db, NULL, NULL), "Null argument: collection");
    qt_assert_error(quiver_database_number_of_elements(db, "Missing", NULL), "Null argument: out_count");

    ck_assert_ptr_eq(ints, STALE_INTS);
    ck_assert_ptr_eq(floats, STALE_FLOATS);
    ck_assert_ptr_eq(strings, STALE_STRINGS);
    ck_assert_ptr_eq(mask, STALE_MASK);
    ck_assert_uint_eq(count, STALE_COUNT);
}
END_TEST

START_TEST(null_arguments_by_id)
{
    int64_t value = 777;
    double real = 7.5;
    char *text = STALE_STRING;
    int has = -1;

    qt_assert_error(quiver_database_read_scalar_integer_by_id(NULL, NULL, NULL, 1, NULL, NULL),
                    "Null argument: db");
    qt_assert_error(quiver_database_read_scalar_integer_by_id(db, NULL, NULL, 1, NULL, NULL),
                    "Null argument: collection");
    qt_assert_error(quiver_database_read_scalar_integer_by_id(db, "Missing", NULL, 1, NULL, NULL),
                    "Null argument: attribute");
    qt_assert_error(quiver_database_read_scalar_integer_by_id(db, "Missing", "x", 1, NULL, NULL),
                    "Null argument: out_value");
    qt_assert_error(quiver_database_read_scalar_integer_by_id(db, "Missing", "x", 1, &value, NULL),
                    "Null argument: out_has_value");

    qt_assert_error(quiver_database_read_scalar_float_by_id(NULL, NULL, NULL, 1, NULL, NULL),
                    "Null argument: db");
    qt_assert_error(quiver_database_read_scalar_float_by_id(db, NULL, NULL, 1, NULL, NULL),
                    "Null argument: collection");
    qt_assert_error(quiver_database_read_scalar_float_by_id(db, "Missing", NULL, 1, NULL, NULL),
                    "Null argument: attribute");
    qt_assert_error(quiver_database_read_scalar_float_by_id(db, "Missing", "x", 1, NULL, NULL),
                    "Null argument: out_value");
    qt_assert_error(quiver_database_read_scalar_float_by_id(db, "Missing", "x", 1, &real, NULL),
                    "Null argument: out_has_value");

    qt_assert_error(quiver_database_read_scalar_string_by_id(NULL, NULL, NULL, 1, NULL, NULL),
                    "Null argument: db");
    qt_assert_error(quiver_database_read_scalar_string_by_id(db, NULL, NULL, 1, NULL, NULL),
                    "Null argument: collection");
    qt_assert_error(quiver_database_read_scalar_string_by_id(db, "Missing", NULL, 1, NULL, NULL),
                    "Null argument: attribute");
    qt_assert_error(quiver_database_read_scalar_string_by_id(db, "Missing", "x", 1, NULL, NULL),
                    "Null argument: out_value");
    qt_assert_error(quiver_database_read_scalar_string_by_id(db, "Missing", "x", 1, &text, NULL),
                    "Null argument: out_has_value");

    ck_assert_int_eq(value, 777);
    ck_assert_double_eq(real, 7.5);
    ck_assert_ptr_eq(text, STALE_STRING);
    ck_assert_int_eq(has, -1);
}
END_TEST

/* A database without a valid schema: the read fails with the validator's message (c-api.md §1.8). */
START_TEST(schema_loaded_on_first_read)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *empty = NULL;
    int64_t *ints = STALE_INTS;
    uint8_t *mask = STALE_MASK;
    size_t count = STALE_COUNT;
    int64_t number = 777;
    qt_assert_ok(quiver_database_open(":memory:", &options, &empty));
    qt_assert_error(quiver_database_read_scalar_integers(empty, "Item", "quantity", &ints, &mask, &count),
                    "Failed to validate schema: Schema must have a 'Configuration' table");
    qt_assert_error(quiver_database_number_of_elements(empty, "Item", &number),
                    "Failed to validate schema: Schema must have a 'Configuration' table");
    ck_assert_ptr_eq(ints, STALE_INTS);
    ck_assert_ptr_eq(mask, STALE_MASK);
    ck_assert_uint_eq(count, STALE_COUNT);
    ck_assert_int_eq(number, 777);
    quiver_database_close(empty);
}
END_TEST

/* Successful reads leave the last error as it was (c-api.md §1.2); reads repeat identically. */
START_TEST(success_keeps_last_error_and_repeats)
{
    int64_t number = 0;
    qt_assert_error(quiver_database_number_of_elements(db, "Missing", &number),
                    "Cannot number_of_elements: collection not found: Missing");
    for (int round = 0; round < 3; ++round) {
        char **names = NULL;
        size_t count = 0;
        qt_assert_ok(quiver_database_read_scalar_strings(db, "Item", "name", &names, &count));
        ck_assert_uint_eq(count, 4);
        ck_assert_str_eq(names[1], "five");
        quiver_database_free_string_array(names, count);
    }
    ck_assert_str_eq(quiver_get_last_error(), "Cannot number_of_elements: collection not found: Missing");
}
END_TEST

/* Results far larger than the first allocation: the arrays grow and are trimmed. */
START_TEST(large_collection)
{
    quiver_database_t *large = qt_open_schema("valid/read_large.sql");
    int64_t *ints = NULL, *ids = NULL;
    double *floats = NULL;
    char **strings = NULL;
    uint8_t *int_mask = NULL, *float_mask = NULL;
    size_t n_ints = 0, n_floats = 0, n_strings = 0, n_ids = 0;
    int64_t number = 0;

    qt_assert_ok(quiver_database_read_scalar_integers(large, "Series", "value", &ints, &int_mask, &n_ints));
    qt_assert_ok(
        quiver_database_read_scalar_floats(large, "Series", "weight", &floats, &float_mask, &n_floats));
    qt_assert_ok(quiver_database_read_scalar_strings(large, "Series", "name", &strings, &n_strings));
    qt_assert_ok(quiver_database_read_element_ids(large, "Series", &ids, &n_ids));
    qt_assert_ok(quiver_database_number_of_elements(large, "Series", &number));
    ck_assert_uint_eq(n_ints, 1000);
    ck_assert_uint_eq(n_floats, 1000);
    ck_assert_uint_eq(n_strings, 1000);
    ck_assert_uint_eq(n_ids, 1000);
    ck_assert_int_eq(number, 1000);
    for (int64_t id = 1; id <= 1000; ++id) {
        size_t i = (size_t)id - 1;
        int present = id % 7 != 0;
        ck_assert_int_eq(ids[i], id);
        ck_assert_int_eq(int_mask[i], present);
        ck_assert_int_eq(ints[i], present ? 3 * id : 0);
        ck_assert_int_eq(float_mask[i], present);
        ck_assert_double_eq(floats[i], present ? (double)id / 4.0 : 0.0);
        if (id % 5 == 0) {
            ck_assert_ptr_null(strings[i]);
        } else {
            char expected[32];
            snprintf(expected, sizeof expected, "name %lld", (long long)id);
            ck_assert_str_eq(strings[i], expected);
        }
    }
    quiver_database_free_integer_array(ints);
    quiver_database_free_mask(int_mask);
    quiver_database_free_float_array(floats);
    quiver_database_free_mask(float_mask);
    quiver_database_free_string_array(strings, n_strings);
    quiver_database_free_integer_array(ids);
    quiver_database_close(large);
}
END_TEST

static Suite *read_scalar_suite(void)
{
    Suite *s = suite_create("read_scalar");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, open_db, close_db);
    tcase_add_test(tc, integers_in_rowid_order_with_nulls);
    tcase_add_test(tc, floats_in_rowid_order_with_nulls);
    tcase_add_test(tc, strings_in_rowid_order_with_nulls);
    tcase_add_test(tc, date_time_read_as_strings);
    tcase_add_test(tc, all_null_column_keeps_entries);
    tcase_add_test(tc, id_and_label_are_readable);
    tcase_add_test(tc, readers_ignore_declared_type);
    tcase_add_test(tc, storage_class_decides_presence);
    tcase_add_test(tc, empty_collection_writes_null);
    tcase_add_test(tc, any_table_is_a_collection);
    tcase_add_test(tc, element_ids_in_rowid_order);
    tcase_add_test(tc, number_of_elements_counts_rows);
    tcase_add_test(tc, integer_by_id);
    tcase_add_test(tc, float_by_id);
    tcase_add_test(tc, string_by_id);
    tcase_add_test(tc, unknown_collection_and_column);
    tcase_add_test(tc, without_rowid_table);
    tcase_add_test(tc, hostile_names);
    tcase_add_test(tc, null_arguments_bulk);
    tcase_add_test(tc, null_arguments_by_id);
    tcase_add_test(tc, schema_loaded_on_first_read);
    tcase_add_test(tc, success_keeps_last_error_and_repeats);
    suite_add_tcase(s, tc);

    TCase *large = tcase_create("large");
    tcase_add_test(large, large_collection);
    suite_add_tcase(s, large);
    return s;
}

int main(void)
{
    return qt_run(read_scalar_suite());
}
