/*
 * The columnar block at the C API boundary (c-api-groups-timeseries-csv.md
 * §3): the six out-parameters of a group read are the fields of the core's
 * qv_block, and the input arrays of a group write those of qv_block_input.
 * Every group reader and writer is one call to qc_read_block() or
 * qc_write_block(), which check the arguments in the spec's order.
 */
#ifndef QC_BLOCK_H
#define QC_BLOCK_H

#include <quiver/groups.h>

#include "capi.h"

/* "Null argument: <name>" for the input arrays, required only when there are columns (§3.2 rule 1). */
#define QC_REQUIRE_BLOCK(column_names, column_types, column_data, column_count)                              \
    do {                                                                                                     \
        if ((column_count) > 0) {                                                                            \
            QC_REQUIRE(column_names);                                                                        \
            QC_REQUIRE(column_types);                                                                        \
            QC_REQUIRE(column_data);                                                                         \
        }                                                                                                    \
    } while (0)

typedef qv_status (*qc_block_reader)(qv_db *db, const char *collection, const char *group, int64_t id,
                                     qv_block *out);
typedef qv_status (*qc_block_writer)(qv_db *db, const char *collection, const char *group, int64_t id,
                                     const qv_block_input *input);

/* Runs a core group reader straight into the caller's variables.  They are
 * passed in as they are, so the core leaving its output untouched on a
 * validation failure leaves them untouched, and a reset reaches them too.
 * The parameters carry the prototypes' names, which the NULL checks report. */
static inline quiver_error_t qc_read_block(qc_block_reader reader, quiver_database_t *db,
                                           const char *collection, const char *group, int64_t id,
                                           char ***out_column_names, int **out_column_types,
                                           void ***out_column_data, uint8_t ***out_column_has_value,
                                           size_t *out_column_count, size_t *out_row_count)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(group);
    QC_REQUIRE(out_column_names);
    QC_REQUIRE(out_column_types);
    QC_REQUIRE(out_column_data);
    QC_REQUIRE(out_column_has_value);
    QC_REQUIRE(out_column_count);
    QC_REQUIRE(out_row_count);
    qv_block block;
    block.column_names = *out_column_names;
    block.column_types = *out_column_types;
    block.column_data = *out_column_data;
    block.column_has_value = *out_column_has_value;
    block.column_count = *out_column_count;
    block.row_count = *out_row_count;
    qv_status status = reader(qc_db(db), collection, group, id, &block);
    *out_column_names = block.column_names;
    *out_column_types = block.column_types;
    *out_column_data = block.column_data;
    *out_column_has_value = block.column_has_value;
    *out_column_count = block.column_count;
    *out_row_count = block.row_count;
    return qc_status(qc_db(db), status);
}

/* Runs a core group writer on the caller's arrays (column_has_value is optional). */
static inline quiver_error_t qc_write_block(qc_block_writer writer, quiver_database_t *db,
                                            const char *collection, const char *group, int64_t id,
                                            const char *const *column_names, const int *column_types,
                                            const void *const *column_data,
                                            const uint8_t *const *column_has_value, size_t column_count,
                                            size_t row_count)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(group);
    QC_REQUIRE_BLOCK(column_names, column_types, column_data, column_count);
    qv_block_input input = {column_names,     column_types, column_data,
                            column_has_value, column_count, row_count};
    return qc_status(qc_db(db), writer(qc_db(db), collection, group, id, &input));
}

#endif
