/*
 * Free functions for read results (c-api.md §15): NULL where allowed, and
 * release of exactly the shapes the readers return (built here with malloc).
 * Leaks and double frees show under valgrind and ASan.
 */
#include <stdint.h>
#include <string.h>

#include "helpers.h"

static char *copy(const char *text)
{
    char *s = malloc(strlen(text) + 1);
    ck_assert_ptr_nonnull(s);
    return strcpy(s, text);
}

static void *block(size_t size)
{
    void *p = malloc(size);
    ck_assert_ptr_nonnull(p);
    memset(p, 0, size);
    return p;
}

START_TEST(null_is_a_no_op)
{
    ck_assert_int_eq(quiver_database_free_integer_array(NULL), QUIVER_OK);
    ck_assert_int_eq(quiver_database_free_float_array(NULL), QUIVER_OK);
    ck_assert_int_eq(quiver_database_free_mask(NULL), QUIVER_OK);
    ck_assert_int_eq(quiver_database_free_string(NULL), QUIVER_OK);
    ck_assert_int_eq(quiver_database_free_string_array(NULL, 0), QUIVER_OK);
    ck_assert_int_eq(quiver_database_free_string_array(NULL, 5), QUIVER_OK);
    ck_assert_int_eq(quiver_database_free_integer_vectors(NULL, NULL, 0), QUIVER_OK);
    ck_assert_int_eq(quiver_database_free_integer_vectors(NULL, NULL, 3), QUIVER_OK);
    ck_assert_int_eq(quiver_database_free_float_vectors(NULL, NULL, 3), QUIVER_OK);
    ck_assert_int_eq(quiver_database_free_string_vectors(NULL, NULL, 3), QUIVER_OK);
}
END_TEST

/* With NULL vectors the sizes array is still freed (and not read). */
START_TEST(sizes_freed_without_vectors)
{
    size_t *sizes = block(3 * sizeof *sizes);
    ck_assert_int_eq(quiver_database_free_integer_vectors(NULL, sizes, 3), QUIVER_OK);
    sizes = block(3 * sizeof *sizes);
    ck_assert_int_eq(quiver_database_free_float_vectors(NULL, sizes, 3), QUIVER_OK);
    sizes = block(3 * sizeof *sizes);
    ck_assert_int_eq(quiver_database_free_string_vectors(NULL, sizes, 3), QUIVER_OK);
}
END_TEST

START_TEST(flat_arrays)
{
    int64_t *integers = block(4 * sizeof *integers);
    double *floats = block(4 * sizeof *floats);
    uint8_t *mask = block(4);
    ck_assert_int_eq(quiver_database_free_integer_array(integers), QUIVER_OK);
    ck_assert_int_eq(quiver_database_free_float_array(floats), QUIVER_OK);
    ck_assert_int_eq(quiver_database_free_mask(mask), QUIVER_OK);
    ck_assert_int_eq(quiver_database_free_string(copy("single")), QUIVER_OK);
}
END_TEST

START_TEST(string_array)
{
    char **values = block(3 * sizeof *values);
    values[0] = copy("a");
    values[1] = NULL; /* a NULL entry (an absent value) is allowed */
    values[2] = copy("c");
    ck_assert_int_eq(quiver_database_free_string_array(values, 3), QUIVER_OK);
    /* count 0 with an allocated array frees just the array */
    ck_assert_int_eq(quiver_database_free_string_array(block(sizeof(char *)), 0), QUIVER_OK);
}
END_TEST

START_TEST(integer_and_float_vectors)
{
    int64_t **integers = block(3 * sizeof *integers);
    size_t *integer_sizes = block(3 * sizeof *integer_sizes);
    integers[0] = block(2 * sizeof **integers);
    integer_sizes[0] = 2;
    integers[1] = NULL; /* an empty entry */
    integer_sizes[1] = 0;
    integers[2] = block(1 * sizeof **integers);
    integer_sizes[2] = 1;
    ck_assert_int_eq(quiver_database_free_integer_vectors(integers, integer_sizes, 3), QUIVER_OK);

    double **floats = block(2 * sizeof *floats);
    size_t *float_sizes = block(2 * sizeof *float_sizes);
    floats[0] = NULL;
    floats[1] = block(3 * sizeof **floats);
    float_sizes[1] = 3;
    ck_assert_int_eq(quiver_database_free_float_vectors(floats, float_sizes, 2), QUIVER_OK);

    /* vectors without sizes */
    integers = block(1 * sizeof *integers);
    integers[0] = block(sizeof **integers);
    ck_assert_int_eq(quiver_database_free_integer_vectors(integers, NULL, 1), QUIVER_OK);
}
END_TEST

START_TEST(string_vectors)
{
    char ***vectors = block(3 * sizeof *vectors);
    size_t *sizes = block(3 * sizeof *sizes);
    vectors[0] = block(2 * sizeof **vectors);
    vectors[0][0] = copy("x");
    vectors[0][1] = NULL; /* a NULL cell */
    sizes[0] = 2;
    vectors[1] = NULL; /* an empty entry: size 0, NULL pointer */
    sizes[1] = 0;
    vectors[2] = block(1 * sizeof **vectors);
    vectors[2][0] = copy("y");
    sizes[2] = 1;
    ck_assert_int_eq(quiver_database_free_string_vectors(vectors, sizes, 3), QUIVER_OK);
}
END_TEST

/* The free functions succeed without touching the thread's last error. */
START_TEST(last_error_untouched)
{
    quiver_database_t *db = NULL;
    qt_assert_error(quiver_database_open(NULL, NULL, &db), "Null argument: path");
    quiver_database_free_string(NULL);
    quiver_database_free_string_array(NULL, 2);
    quiver_database_free_string_vectors(NULL, NULL, 2);
    ck_assert_str_eq(quiver_get_last_error(), "Null argument: path");
}
END_TEST

/* A string from a query is released by free_string, and also by plain free()
 * (the allocation requirement of c-api.md §1.5). */
START_TEST(query_strings)
{
    quiver_database_t *db = qt_open_schema("valid/basic.sql");
    char *text = NULL;
    int has = 0;
    qt_assert_ok(quiver_database_query_string(db, "SELECT 'owned by the caller'", &text, &has));
    ck_assert_int_eq(quiver_database_free_string(text), QUIVER_OK);
    qt_assert_ok(quiver_database_query_string(db, "SELECT 'plain malloc'", &text, &has));
    free(text);
    quiver_database_close(db);
}
END_TEST

static Suite *free_suite(void)
{
    Suite *s = suite_create("free");
    TCase *tc = tcase_create("free");
    tcase_add_test(tc, null_is_a_no_op);
    tcase_add_test(tc, sizes_freed_without_vectors);
    tcase_add_test(tc, flat_arrays);
    tcase_add_test(tc, string_array);
    tcase_add_test(tc, integer_and_float_vectors);
    tcase_add_test(tc, string_vectors);
    tcase_add_test(tc, last_error_untouched);
    tcase_add_test(tc, query_strings);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return qt_run(free_suite());
}
