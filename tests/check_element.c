/*
 * The element builder of the C API (c-api.md §7): setters, replacement,
 * counts, the exact to_string format, and every error with its message.
 */
#include <string.h>

#include "helpers.h"

static quiver_element_t *new_element(void)
{
    quiver_element_t *e = NULL;
    qt_assert_ok(quiver_element_create(&e));
    ck_assert_ptr_nonnull(e);
    return e;
}

/* The element's to_string text, compared with @p expected. */
static void assert_renders(quiver_element_t *e, const char *expected)
{
    char *text = NULL;
    qt_assert_ok(quiver_element_to_string(e, &text));
    ck_assert_str_eq(text, expected);
    qt_assert_ok(quiver_database_free_string(text));
}

START_TEST(create_and_destroy)
{
    quiver_element_t *e = new_element();
    int result = -1;
    size_t count = 99;
    qt_assert_ok(quiver_element_has_scalars(e, &result));
    ck_assert_int_eq(result, 0);
    qt_assert_ok(quiver_element_has_arrays(e, &result));
    ck_assert_int_eq(result, 0);
    qt_assert_ok(quiver_element_scalar_count(e, &count));
    ck_assert_uint_eq(count, 0);
    count = 99;
    qt_assert_ok(quiver_element_array_count(e, &count));
    ck_assert_uint_eq(count, 0);
    assert_renders(e, "Element {\n}");
    qt_assert_ok(quiver_element_destroy(e));
}
END_TEST

START_TEST(null_arguments)
{
    quiver_element_t *e = new_element();
    const int64_t ints[] = {1};
    const double floats[] = {1.0};
    const char *const strings[] = {"a"};
    int result = -7;
    size_t count = 77;
    char *text = (char *)"sentinel";

    qt_assert_error(quiver_element_create(NULL), "Null argument: out_element");
    qt_assert_error(quiver_element_destroy(NULL), "Null argument: element");
    qt_assert_error(quiver_element_clear(NULL), "Null argument: element");

    qt_assert_error(quiver_element_set_integer(NULL, "a", 1), "Null argument: element");
    qt_assert_error(quiver_element_set_integer(e, NULL, 1), "Null argument: name");
    qt_assert_error(quiver_element_set_float(NULL, "a", 1.0), "Null argument: element");
    qt_assert_error(quiver_element_set_float(e, NULL, 1.0), "Null argument: name");
    qt_assert_error(quiver_element_set_string(NULL, NULL, NULL), "Null argument: element");
    qt_assert_error(quiver_element_set_string(e, NULL, NULL), "Null argument: name");
    qt_assert_error(quiver_element_set_string(e, "a", NULL), "Null argument: value");
    qt_assert_error(quiver_element_set_null(NULL, "a"), "Null argument: element");
    qt_assert_error(quiver_element_set_null(e, NULL), "Null argument: name");

    /* NULL checks come before the count check */
    qt_assert_error(quiver_element_set_array_integer(NULL, "a", ints, 1, NULL), "Null argument: element");
    qt_assert_error(quiver_element_set_array_integer(NULL, NULL, NULL, -1, NULL), "Null argument: element");
    qt_assert_error(quiver_element_set_array_integer(e, NULL, NULL, -1, NULL), "Null argument: name");
    qt_assert_error(quiver_element_set_array_float(NULL, "a", floats, 1, NULL), "Null argument: element");
    qt_assert_error(quiver_element_set_array_float(e, NULL, NULL, -1, NULL), "Null argument: name");
    qt_assert_error(quiver_element_set_array_string(NULL, "a", strings, 1, NULL), "Null argument: element");
    qt_assert_error(quiver_element_set_array_string(e, NULL, NULL, -1, NULL), "Null argument: name");

    qt_assert_error(quiver_element_has_scalars(NULL, &result), "Null argument: element");
    qt_assert_error(quiver_element_has_scalars(e, NULL), "Null argument: out_result");
    qt_assert_error(quiver_element_has_arrays(NULL, &result), "Null argument: element");
    qt_assert_error(quiver_element_has_arrays(e, NULL), "Null argument: out_result");
    qt_assert_error(quiver_element_scalar_count(NULL, &count), "Null argument: element");
    qt_assert_error(quiver_element_scalar_count(e, NULL), "Null argument: out_count");
    qt_assert_error(quiver_element_array_count(NULL, &count), "Null argument: element");
    qt_assert_error(quiver_element_array_count(e, NULL), "Null argument: out_count");
    qt_assert_error(quiver_element_to_string(NULL, &text), "Null argument: element");
    qt_assert_error(quiver_element_to_string(e, NULL), "Null argument: out_string");
    ck_assert_int_eq(result, -7);
    ck_assert_uint_eq(count, 77);
    ck_assert_str_eq(text, "sentinel");

    /* nothing was stored by the failed calls */
    assert_renders(e, "Element {\n}");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(invalid_values_count)
{
    quiver_element_t *e = new_element();
    const int64_t ints[] = {1, 2};
    const double floats[] = {1.0};
    const char *const strings[] = {"a"};
    qt_assert_error(quiver_element_set_array_integer(e, "a", ints, -1, NULL),
                    "Invalid values/count combination");
    qt_assert_error(quiver_element_set_array_integer(e, "a", NULL, 2, NULL),
                    "Invalid values/count combination");
    qt_assert_error(quiver_element_set_array_float(e, "a", floats, -5, NULL),
                    "Invalid values/count combination");
    qt_assert_error(quiver_element_set_array_float(e, "a", NULL, 1, NULL),
                    "Invalid values/count combination");
    qt_assert_error(quiver_element_set_array_string(e, "a", strings, -1, NULL),
                    "Invalid values/count combination");
    qt_assert_error(quiver_element_set_array_string(e, "a", NULL, 1, NULL),
                    "Invalid values/count combination");
    assert_renders(e, "Element {\n}");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(empty_arrays_count)
{
    quiver_element_t *e = new_element();
    int result = 0;
    size_t count = 0;
    qt_assert_ok(quiver_element_set_array_integer(e, "i", NULL, 0, NULL));
    qt_assert_ok(quiver_element_set_array_float(e, "f", NULL, 0, NULL));
    qt_assert_ok(quiver_element_set_array_string(e, "s", NULL, 0, NULL));
    qt_assert_ok(quiver_element_has_arrays(e, &result));
    ck_assert_int_eq(result, 1);
    qt_assert_ok(quiver_element_array_count(e, &count));
    ck_assert_uint_eq(count, 3);
    qt_assert_ok(quiver_element_has_scalars(e, &result));
    ck_assert_int_eq(result, 0);
    assert_renders(e, "Element {\n  arrays:\n    f: []\n    i: []\n    s: []\n}");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(spec_example)
{
    quiver_element_t *e = new_element();
    const int64_t arr[] = {1, 0, 3};
    const uint8_t arr_mask[] = {1, 0, 1};
    const char *const sarr[] = {"a", NULL};
    qt_assert_ok(quiver_element_set_string(e, "label", "x y"));
    qt_assert_ok(quiver_element_set_float(e, "f", 3.14));
    qt_assert_ok(quiver_element_set_integer(e, "i", -5));
    qt_assert_ok(quiver_element_set_null(e, "n"));
    qt_assert_ok(quiver_element_set_array_integer(e, "arr", arr, 3, arr_mask));
    qt_assert_ok(quiver_element_set_array_integer(e, "empty", NULL, 0, NULL));
    qt_assert_ok(quiver_element_set_array_string(e, "sarr", sarr, 2, NULL));
    assert_renders(e, "Element {\n"
                      "  scalars:\n"
                      "    f: 3.140000\n"
                      "    i: -5\n"
                      "    label: \"x y\"\n"
                      "    n: null\n"
                      "  arrays:\n"
                      "    arr: [1, null, 3]\n"
                      "    empty: []\n"
                      "    sarr: [\"a\", null]\n"
                      "}");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(value_rendering)
{
    quiver_element_t *e = new_element();
    qt_assert_ok(quiver_element_set_float(e, "tiny", -2.5e-7));
    qt_assert_ok(quiver_element_set_float(e, "huge", 1e20));
    qt_assert_ok(quiver_element_set_integer(e, "max", INT64_MAX));
    qt_assert_ok(quiver_element_set_integer(e, "min", INT64_MIN));
    qt_assert_ok(quiver_element_set_string(e, "raw", "say \"hi\"\tnow"));
    qt_assert_ok(quiver_element_set_string(e, "blank", ""));
    assert_renders(e, "Element {\n"
                      "  scalars:\n"
                      "    blank: \"\"\n"
                      "    huge: 100000000000000000000.000000\n"
                      "    max: 9223372036854775807\n"
                      "    min: -9223372036854775808\n"
                      "    raw: \"say \"hi\"\tnow\"\n"
                      "    tiny: -0.000000\n"
                      "}");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(scalars_only_and_arrays_only)
{
    quiver_element_t *e = new_element();
    const double f[] = {0.5, 2.0};
    const uint8_t mask[] = {0, 1};
    qt_assert_ok(quiver_element_set_integer(e, "x", 7));
    assert_renders(e, "Element {\n  scalars:\n    x: 7\n}");
    qt_assert_ok(quiver_element_clear(e));
    qt_assert_ok(quiver_element_set_array_float(e, "v", f, 2, mask));
    assert_renders(e, "Element {\n  arrays:\n    v: [null, 2.000000]\n}");
    quiver_element_destroy(e);
}
END_TEST

/* Names are kept in byte-wise order (upper case before lower case). */
START_TEST(byte_wise_name_order)
{
    quiver_element_t *e = new_element();
    const int64_t one[] = {1};
    qt_assert_ok(quiver_element_set_integer(e, "b", 2));
    qt_assert_ok(quiver_element_set_integer(e, "a", 1));
    qt_assert_ok(quiver_element_set_integer(e, "B", 3));
    qt_assert_ok(quiver_element_set_integer(e, "_", 4));
    qt_assert_ok(quiver_element_set_array_integer(e, "z", one, 1, NULL));
    qt_assert_ok(quiver_element_set_array_integer(e, "Z", one, 1, NULL));
    assert_renders(e, "Element {\n"
                      "  scalars:\n"
                      "    B: 3\n"
                      "    _: 4\n"
                      "    a: 1\n"
                      "    b: 2\n"
                      "  arrays:\n"
                      "    Z: [1]\n"
                      "    z: [1]\n"
                      "}");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(setting_again_replaces)
{
    quiver_element_t *e = new_element();
    const int64_t ints[] = {1, 2};
    const char *const strings[] = {"p", "q", "r"};
    size_t count = 0;
    qt_assert_ok(quiver_element_set_integer(e, "x", 1));
    qt_assert_ok(quiver_element_set_string(e, "x", "text"));
    qt_assert_ok(quiver_element_set_float(e, "x", 1.5));
    qt_assert_ok(quiver_element_set_null(e, "y"));
    qt_assert_ok(quiver_element_set_string(e, "y", "now text"));
    qt_assert_ok(quiver_element_set_array_integer(e, "v", ints, 2, NULL));
    qt_assert_ok(quiver_element_set_array_string(e, "v", strings, 3, NULL));
    /* a scalar and an array may share a name; they stay separate */
    qt_assert_ok(quiver_element_set_array_integer(e, "x", ints, 1, NULL));
    qt_assert_ok(quiver_element_scalar_count(e, &count));
    ck_assert_uint_eq(count, 2);
    qt_assert_ok(quiver_element_array_count(e, &count));
    ck_assert_uint_eq(count, 2);
    assert_renders(e, "Element {\n"
                      "  scalars:\n"
                      "    x: 1.500000\n"
                      "    y: \"now text\"\n"
                      "  arrays:\n"
                      "    v: [\"p\", \"q\", \"r\"]\n"
                      "    x: [1]\n"
                      "}");
    quiver_element_destroy(e);
}
END_TEST

/* Values are copied: the caller's buffers may change or go away. */
START_TEST(values_are_copied)
{
    quiver_element_t *e = new_element();
    char name[8] = "lbl";
    char value[8] = "abc";
    int64_t ints[2] = {10, 20};
    char s0[4] = "s0";
    const char *strings[2] = {s0, "s1"};
    qt_assert_ok(quiver_element_set_string(e, name, value));
    qt_assert_ok(quiver_element_set_array_integer(e, "ints", ints, 2, NULL));
    qt_assert_ok(quiver_element_set_array_string(e, "strs", strings, 2, NULL));
    strcpy(name, "zzz");
    strcpy(value, "xyz");
    ints[0] = 99;
    strcpy(s0, "XX");
    assert_renders(e, "Element {\n"
                      "  scalars:\n"
                      "    lbl: \"abc\"\n"
                      "  arrays:\n"
                      "    ints: [10, 20]\n"
                      "    strs: [\"s0\", \"s1\"]\n"
                      "}");
    quiver_element_destroy(e);
}
END_TEST

/* A zero mask byte makes a cell NULL without reading values[i]; for strings a
 * NULL entry is NULL too, with or without a mask. */
START_TEST(masks_and_null_strings)
{
    quiver_element_t *e = new_element();
    const int64_t ints[] = {1, 2, 3};
    const double floats[] = {1.25, 2.5};
    const char *const strings[] = {"a", NULL, "c"};
    const uint8_t mask3[] = {0, 1, 0};
    const uint8_t mask2[] = {1, 0};
    const uint8_t all[] = {1, 1, 1};
    qt_assert_ok(quiver_element_set_array_integer(e, "i", ints, 3, mask3));
    qt_assert_ok(quiver_element_set_array_float(e, "f", floats, 2, mask2));
    qt_assert_ok(quiver_element_set_array_string(e, "s", strings, 3, mask3));
    qt_assert_ok(quiver_element_set_array_string(e, "t", strings, 3, all));
    assert_renders(e, "Element {\n"
                      "  arrays:\n"
                      "    f: [1.250000, null]\n"
                      "    i: [null, 2, null]\n"
                      "    s: [null, null, null]\n"
                      "    t: [\"a\", null, \"c\"]\n"
                      "}");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(clear_empties_both_maps)
{
    quiver_element_t *e = new_element();
    const int64_t ints[] = {1};
    int result = -1;
    qt_assert_ok(quiver_element_set_integer(e, "a", 1));
    qt_assert_ok(quiver_element_set_array_integer(e, "b", ints, 1, NULL));
    qt_assert_ok(quiver_element_clear(e));
    qt_assert_ok(quiver_element_has_scalars(e, &result));
    ck_assert_int_eq(result, 0);
    qt_assert_ok(quiver_element_has_arrays(e, &result));
    ck_assert_int_eq(result, 0);
    assert_renders(e, "Element {\n}");
    /* still usable after clear */
    qt_assert_ok(quiver_element_set_integer(e, "c", 3));
    assert_renders(e, "Element {\n  scalars:\n    c: 3\n}");
    quiver_element_destroy(e);
}
END_TEST

/* Successful calls leave the last error alone (c-api.md §1.2). */
START_TEST(success_keeps_last_error)
{
    quiver_element_t *e = new_element();
    qt_assert_error(quiver_element_destroy(NULL), "Null argument: element");
    qt_assert_ok(quiver_element_set_integer(e, "a", 1));
    ck_assert_str_eq(quiver_get_last_error(), "Null argument: element");
    quiver_element_destroy(e);
}
END_TEST

static Suite *element_suite(void)
{
    Suite *s = suite_create("element");
    TCase *tc = tcase_create("builder");
    tcase_add_test(tc, create_and_destroy);
    tcase_add_test(tc, null_arguments);
    tcase_add_test(tc, invalid_values_count);
    tcase_add_test(tc, empty_arrays_count);
    tcase_add_test(tc, spec_example);
    tcase_add_test(tc, value_rendering);
    tcase_add_test(tc, scalars_only_and_arrays_only);
    tcase_add_test(tc, byte_wise_name_order);
    tcase_add_test(tc, setting_again_replaces);
    tcase_add_test(tc, values_are_copied);
    tcase_add_test(tc, masks_and_null_strings);
    tcase_add_test(tc, clear_empties_both_maps);
    tcase_add_test(tc, success_keeps_last_error);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return qt_run(element_suite());
}
