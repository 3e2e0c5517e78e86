/*
 * Test helpers for columnar group blocks: reading a block through the C API
 * into one struct, sentinels for "untouched" checks, cell accessors and
 * assertions on columns.
 */
#ifndef QT_BLOCK_HELPERS_H
#define QT_BLOCK_HELPERS_H

#include <string.h>

#include "helpers.h"

typedef struct {
    char **names;
    int *types;
    void **data;
    uint8_t **masks;
    size_t columns;
    size_t rows;
} qt_block;

typedef quiver_error_t (*qt_block_reader)(quiver_database_t *, const char *, const char *, int64_t, char ***,
                                          int **, void ***, uint8_t ***, size_t *, size_t *);

/* Values no reader ever returns, to prove outputs were (not) written. */
static inline void qt_block_sentinel(qt_block *b)
{
    b->names = (char **)0x11;
    b->types = (int *)0x22;
    b->data = (void **)0x33;
    b->masks = (uint8_t **)0x44;
    b->columns = 77;
    b->rows = 88;
}

static inline quiver_error_t qt_read(qt_block_reader reader, quiver_database_t *db, const char *collection,
                                     const char *group, int64_t id, qt_block *b)
{
    return reader(db, collection, group, id, &b->names, &b->types, &b->data, &b->masks, &b->columns,
                  &b->rows);
}

static inline void qt_block_free(qt_block *b)
{
    ck_assert_int_eq(
        quiver_database_free_time_series_data(b->names, b->types, b->data, b->masks, b->columns, b->rows),
        QUIVER_OK);
}

static inline void qt_assert_untouched(const qt_block *b)
{
    ck_assert_ptr_eq(b->names, (char **)0x11);
    ck_assert_ptr_eq(b->types, (int *)0x22);
    ck_assert_ptr_eq(b->data, (void **)0x33);
    ck_assert_ptr_eq(b->masks, (uint8_t **)0x44);
    ck_assert_uint_eq(b->columns, 77);
    ck_assert_uint_eq(b->rows, 88);
}

static inline void qt_assert_empty(const qt_block *b)
{
    ck_assert_ptr_null(b->names);
    ck_assert_ptr_null(b->types);
    ck_assert_ptr_null(b->data);
    ck_assert_ptr_null(b->masks);
    ck_assert_uint_eq(b->columns, 0);
    ck_assert_uint_eq(b->rows, 0);
}

static inline void qt_assert_column(const qt_block *b, size_t c, const char *name, int type)
{
    ck_assert_uint_lt(c, b->columns);
    ck_assert_str_eq(b->names[c], name);
    ck_assert_int_eq(b->types[c], type);
}

static inline int64_t qt_int(const qt_block *b, size_t c, size_t r)
{
    return ((int64_t *)b->data[c])[r];
}

static inline double qt_float(const qt_block *b, size_t c, size_t r)
{
    return ((double *)b->data[c])[r];
}

static inline const char *qt_text(const qt_block *b, size_t c, size_t r)
{
    return ((char **)b->data[c])[r];
}

static inline int qt_has(const qt_block *b, size_t c, size_t r)
{
    return b->masks[c][r];
}

#endif
