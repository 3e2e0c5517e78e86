/*
 * Private helpers of libquiver_c, the thin translation layer over the core:
 * NULL-argument checks in the spec's order, the thread-local error slot, and
 * the casts between the C API's opaque types and the core's.  Internal names
 * use the prefix qc_, which the export filter (^quiver_) cannot match.
 */
#ifndef QC_CAPI_H
#define QC_CAPI_H

#include <quiver/c/database.h>
#include <quiver/c/element.h>
#include <quiver/database.h>
#include <quiver/element.h>

/* Stores @p message in the calling thread's slot and returns QUIVER_ERROR. */
quiver_error_t qc_fail(const char *message);
/* "Null argument: <name>". */
quiver_error_t qc_null_argument(const char *name);
/* QUIVER_OK for QV_OK; otherwise copies the handle's message into the slot. */
quiver_error_t qc_status(const qv_db *db, qv_status status);

/* Returns "Null argument: <arg>" from the enclosing function when @p arg is NULL. */
#define QC_REQUIRE(arg)                                                                            \
    do {                                                                                           \
        if ((arg) == NULL)                                                                         \
            return qc_null_argument(#arg);                                                         \
    } while (0)

/* The C API's handles are the core's objects under another name. */
static inline qv_db *qc_db(quiver_database_t *db)
{
    return (qv_db *)db;
}

static inline qv_element *qc_element(quiver_element_t *element)
{
    return (qv_element *)element;
}

static inline const qv_element *qc_const_element(const quiver_element_t *element)
{
    return (const qv_element *)element;
}

#endif
