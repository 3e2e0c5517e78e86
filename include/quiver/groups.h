/**
 * @file quiver/groups.h
 * @brief Columnar group blocks, and whole-group reads and writes of vector and
 *        set groups.
 *
 * Every whole-group read returns one ::qv_block: column names, a type code,
 * a typed data array and a presence mask per column.  Every whole-group
 * write takes one ::qv_block_input of the same shape.  The time-series group
 * functions (quiver/time_series.h) use the same two types.
 *
 * Spec: c-api-groups-timeseries-csv.md §3 (blocks) and §4 (vector and set groups).
 */
#ifndef QV_GROUPS_H
#define QV_GROUPS_H

#include <quiver/common.h>
#include <quiver/database.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * A columnar block returned by a group read; every pointer is a malloc() block
 * owned by the caller, released with qv_block_clear().
 *
 * `column_data[c]` holds `row_count` entries whose C type follows
 * `column_types[c]`: `int64_t` for ::QV_TYPE_INTEGER, `double` for
 * ::QV_TYPE_FLOAT, `char *` (a malloc() string, or NULL) for ::QV_TYPE_STRING
 * and ::QV_TYPE_DATE_TIME.  `column_has_value[c][r]` is 1 when the cell holds a
 * value and 0 for SQL NULL; the data entry of a NULL cell is 0, 0.0 or NULL.
 * A result without rows is all NULL with both counts 0 (no column names either).
 */
typedef struct {
    char **column_names;        /**< column_count names */
    int *column_types;          /**< column_count ::qv_data_type codes */
    void **column_data;         /**< column_count typed arrays of row_count entries */
    uint8_t **column_has_value; /**< column_count masks of row_count bytes */
    size_t column_count;
    size_t row_count;
} qv_block;

/**
 * A columnar block given to a group write; borrowed for the duration of the call.
 *
 * `column_data[c]` is `const int64_t *`, `const double *` or
 * `const char *const *` (for both ::QV_TYPE_STRING and ::QV_TYPE_DATE_TIME),
 * each with `row_count` entries.  A cell is SQL NULL when its mask byte is 0,
 * when `column_data[c]` is NULL, or when it is a NULL string; `column_has_value`
 * and each `column_has_value[c]` may be NULL ("all present").  The type code
 * of a cell that is NULL by mask or by a NULL column is never read.  When a
 * name appears twice the later column wins.  `column_count` 0 (arrays may then
 * be NULL) clears the group; columns with `row_count` 0 are an error.
 * With `column_count` > 0 the three arrays `column_names`, `column_types` and
 * `column_data` must not be NULL (libquiver_c checks them).
 */
typedef struct {
    const char *const *column_names;
    const int *column_types;
    const void *const *column_data;
    const uint8_t *const *column_has_value;
    size_t column_count;
    size_t row_count;
} qv_block_input;

/**
 * Releases what @p block points to, as quiver_database_free_time_series_data()
 * does (spec §3.3): names, masks, then the data per column type, then the
 * types; a block with NULL names, data and masks is a no-op.  On success the
 * block is reset to all NULL/0.  A type code other than 0-3 on a non-NULL data
 * column fails with "Cannot free_time_series_data: unknown data type <code>"
 * (in @p err, which may be NULL), leaving the rest of the block allocated.
 * @since 0.10.0
 */
QV_API qv_status qv_block_clear(qv_block *block, qv_error *err);

/**
 * Reads every value column of vector group @p group of element @p id (all
 * columns but `id` and `vector_index`, declaration order), rows in
 * vector_index order, NULL cells kept (mask 0).  A missing element, an element
 * without rows or a group without value columns gives the empty block.
 * Relation columns hold the target ids.
 * @param[out] out the block; untouched on a validation failure, reset to the
 *             empty block when a failure happens while it is being built.
 * @since 0.10.0
 */
QV_API qv_status qv_read_vector_group_by_id(qv_db *db, const char *collection, const char *group, int64_t id,
                                            qv_block *out);
/** As qv_read_vector_group_by_id() for set group @p group: every column but `id`, rows in insertion order.
 *  @since 0.10.0 */
QV_API qv_status qv_read_set_group_by_id(qv_db *db, const char *collection, const char *group, int64_t id,
                                         qv_block *out);

/**
 * Replaces all rows of element @p id in vector group @p group with the rows of
 * @p input (vector_index 1, 2, ... by position); `column_count` 0 clears them.
 * The element must exist; text in a relation column is resolved as a label of
 * the target.  Everything is validated before the first write, which runs in a
 * transaction of its own unless one is already open.
 * @since 0.10.0
 */
QV_API qv_status qv_update_vector_group(qv_db *db, const char *collection, const char *group, int64_t id,
                                        const qv_block_input *input);
/** As qv_update_vector_group() for set group @p group. @since 0.10.0 */
QV_API qv_status qv_update_set_group(qv_db *db, const char *collection, const char *group, int64_t id,
                                     const qv_block_input *input);

#ifdef __cplusplus
}
#endif

#endif
