/*
 * The element's representation, shared with the write functions.  Scalars
 * and arrays are arrays of entries sorted by name (strcmp), so the writes
 * iterate in the order the spec prescribes without sorting.
 */
#ifndef QVI_ELEMENT_H
#define QVI_ELEMENT_H

#include <quiver/element.h>

/* One value; type QV_TYPE_NULL for SQL NULL.  Strings are owned. */
typedef struct {
    qv_data_type type; /* QV_TYPE_INTEGER, QV_TYPE_FLOAT, QV_TYPE_STRING or QV_TYPE_NULL */
    union {
        int64_t integer;
        double real;
        char *string;
    } as;
} qvi_value;

typedef struct {
    char *name;
    qvi_value value;
} qvi_scalar;

typedef struct {
    char *name;
    qv_data_type type; /* kind of every present cell */
    size_t count;
    qvi_value *cells;  /* count cells; a NULL cell has type QV_TYPE_NULL */
} qvi_array;

struct qv_element {
    qvi_scalar *scalars;
    size_t scalar_count, scalar_capacity;
    qvi_array *arrays;
    size_t array_count, array_capacity;
};

void qvi_value_clear(qvi_value *value);

#endif
