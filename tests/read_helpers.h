/*
 * Assertions shared by the vector and set reader tests: nested results are
 * compared with expected sizes and the expected cells of all entries laid end
 * to end; empty entries must be NULL pointers.
 */
#ifndef QT_READ_HELPERS_H
#define QT_READ_HELPERS_H

#include <stdint.h>

#include "helpers.h"

/* Stale pointers a caller may still hold from an earlier call: never dereferenced. */
#define STALE_INTS ((int64_t *)(uintptr_t)0x10)
#define STALE_FLOATS ((double *)(uintptr_t)0x20)
#define STALE_STRINGS ((char **)(uintptr_t)0x40)
#define STALE_INT_VECTORS ((int64_t **)(uintptr_t)0x60)
#define STALE_FLOAT_VECTORS ((double **)(uintptr_t)0x70)
#define STALE_STRING_VECTORS ((char ***)(uintptr_t)0x80)
#define STALE_SIZES ((size_t *)(uintptr_t)0x90)
#define STALE_COUNT ((size_t)777)

#define QT_LENGTH(array) (sizeof(array) / sizeof((array)[0]))

/* The NULL checks of a bulk nested reader (c-api.md §11.3-11.4) in the spec's order:
 * db, collection, attribute, @p outs (the prototype's name of the entries output),
 * out_sizes, out_count.  Expects a file-level `db`; @p values and @p sizes must stay
 * untouched, which the caller asserts. */
#define QT_ASSERT_NESTED_NULL_CHECKS(reader, outs, values, sizes)                                 \
    do {                                                                                           \
        qt_assert_error(reader(NULL, NULL, NULL, NULL, NULL, NULL), "Null argument: db");          \
        qt_assert_error(reader(db, NULL, NULL, NULL, NULL, NULL), "Null argument: collection");    \
        qt_assert_error(reader(db, "Missing", NULL, NULL, NULL, NULL), "Null argument: attribute"); \
        qt_assert_error(reader(db, "Missing", "x", NULL, NULL, NULL), "Null argument: " outs);     \
        qt_assert_error(reader(db, "Missing", "x", &(values), NULL, NULL), "Null argument: out_sizes"); \
        qt_assert_error(reader(db, "Missing", "x", &(values), &(sizes), NULL),                     \
                        "Null argument: out_count");                                               \
    } while (0)

/* The NULL checks of a by-id vector or set reader (c-api.md §11.5) in the spec's order:
 * db, collection, attribute, out_values, out_count. */
#define QT_ASSERT_BY_ID_NULL_CHECKS(reader, values)                                                \
    do {                                                                                           \
        qt_assert_error(reader(NULL, NULL, NULL, 1, NULL, NULL), "Null argument: db");             \
        qt_assert_error(reader(db, NULL, NULL, 1, NULL, NULL), "Null argument: collection");       \
        qt_assert_error(reader(db, "Missing", NULL, 1, NULL, NULL), "Null argument: attribute");   \
        qt_assert_error(reader(db, "Missing", "x", 1, NULL, NULL), "Null argument: out_values");   \
        qt_assert_error(reader(db, "Missing", "x", 1, &(values), NULL), "Null argument: out_count"); \
    } while (0)

static inline void qt_assert_sizes(const size_t *sizes, size_t count, const size_t *expected,
                                   size_t expected_count)
{
    ck_assert_uint_eq(count, expected_count);
    for (size_t i = 0; i < count; ++i)
        ck_assert_msg(sizes[i] == expected[i], "size of entry %zu is %zu, expected %zu", i, sizes[i],
                      expected[i]);
}

static inline void qt_assert_int_entries(int64_t **vectors, const size_t *sizes, size_t count,
                                         const size_t *expected_sizes, size_t expected_count,
                                         const int64_t *cells)
{
    qt_assert_sizes(sizes, count, expected_sizes, expected_count);
    for (size_t i = 0, k = 0; i < count; ++i) {
        if (sizes[i] == 0)
            ck_assert_ptr_null(vectors[i]);
        for (size_t j = 0; j < sizes[i]; ++j, ++k)
            ck_assert_int_eq(vectors[i][j], cells[k]);
    }
}

static inline void qt_assert_float_entries(double **vectors, const size_t *sizes, size_t count,
                                           const size_t *expected_sizes, size_t expected_count,
                                           const double *cells)
{
    qt_assert_sizes(sizes, count, expected_sizes, expected_count);
    for (size_t i = 0, k = 0; i < count; ++i) {
        if (sizes[i] == 0)
            ck_assert_ptr_null(vectors[i]);
        for (size_t j = 0; j < sizes[i]; ++j, ++k)
            ck_assert_double_eq(vectors[i][j], cells[k]);
    }
}

static inline void qt_assert_string_entries(char ***vectors, const size_t *sizes, size_t count,
                                            const size_t *expected_sizes, size_t expected_count,
                                            const char *const *cells)
{
    qt_assert_sizes(sizes, count, expected_sizes, expected_count);
    for (size_t i = 0, k = 0; i < count; ++i) {
        if (sizes[i] == 0)
            ck_assert_ptr_null(vectors[i]);
        for (size_t j = 0; j < sizes[i]; ++j, ++k)
            ck_assert_str_eq(vectors[i][j], cells[k]);
    }
}

static inline void qt_assert_ints(const int64_t *values, size_t count, const int64_t *expected,
                                  size_t expected_count)
{
    ck_assert_uint_eq(count, expected_count);
    for (size_t i = 0; i < count; ++i)
        ck_assert_int_eq(values[i], expected[i]);
}

static inline void qt_assert_floats(const double *values, size_t count, const double *expected,
                                    size_t expected_count)
{
    ck_assert_uint_eq(count, expected_count);
    for (size_t i = 0; i < count; ++i)
        ck_assert_double_eq(values[i], expected[i]);
}

static inline void qt_assert_strings(char *const *values, size_t count, const char *const *expected,
                                     size_t expected_count)
{
    ck_assert_uint_eq(count, expected_count);
    for (size_t i = 0; i < count; ++i)
        ck_assert_str_eq(values[i], expected[i]);
}

#endif
