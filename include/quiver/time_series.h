/**
 * @file quiver/time_series.h
 * @brief Time-series groups: reading and replacing all rows of an element.
 *
 * A time-series table `<collection>_time_series_<group>` has `id`, one or more
 * dimension columns (its primary key without `id`) and value columns.  Its
 * ordering dimension is the first column other than `id`, in byte-wise name
 * order, that is DATE_TIME or whose name starts with `date_`.  Date-time text
 * is neither validated nor normalised: it is stored as given (trimmed) and
 * ordered by plain text comparison.
 *
 * Spec: c-api-groups-timeseries-csv.md §5.1-5.4.
 */
#ifndef QV_TIME_SERIES_H
#define QV_TIME_SERIES_H

#include <quiver/common.h>
#include <quiver/database.h>
#include <quiver/groups.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Reads all rows of element @p id in time-series group @p group, ordered by
 * the ordering dimension (text order).  The ordering dimension comes first,
 * typed ::QV_TYPE_STRING; then every other column but `id`, in declaration
 * order, with its schema type.  NULL cells have mask 0.  A missing element or
 * one without rows gives the empty block.
 * @param[out] out the block, released with qv_block_clear(); untouched on a
 *             validation failure, reset to the empty block when a failure
 *             happens while it is being built.
 * @since 0.10.0
 */
QV_API qv_status qv_read_time_series_group(qv_db *db, const char *collection, const char *group, int64_t id,
                                           qv_block *out);

/**
 * Replaces all rows of element @p id in time-series group @p group with the
 * rows of @p input; `column_count` 0 with `row_count` 0 clears them.  Every
 * dimension column must be given; text is accepted for TEXT and DATE_TIME
 * columns only (relation labels are not resolved) and integers for REAL
 * columns are stored as reals.  The element's existence is not checked (a
 * missing one fails on its foreign key).  Everything is validated before the
 * first write, which runs in a transaction of its own unless one is open.
 * @since 0.10.0
 */
QV_API qv_status qv_update_time_series_group(qv_db *db, const char *collection, const char *group, int64_t id,
                                             const qv_block_input *input);

#ifdef __cplusplus
}
#endif

#endif
