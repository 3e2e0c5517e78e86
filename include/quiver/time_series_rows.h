/**
 * @file quiver/time_series_rows.h
 * @brief Time-series rows: inserting or replacing one row, and reading one
 *        value per element "as of" a date.
 *
 * The key of a row is `id` plus the table's dimension columns (its primary
 * key without `id`); the "as of" axis is the ordering dimension (see
 * quiver/time_series.h).  Date-time text is never validated: it is compared
 * as plain text, so `2024-01-01` sorts before `2024-01-01T00:00:00`.
 *
 * Spec: c-api-groups-timeseries-csv.md §5.5-5.6.
 */
#ifndef QV_TIME_SERIES_ROWS_H
#define QV_TIME_SERIES_ROWS_H

#include <quiver/common.h>
#include <quiver/database.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Inserts one row of time-series group @p group for element @p id, or
 * replaces the row with the same `id` and dimension values (SQLite's INSERT
 * OR REPLACE: columns not given become DEFAULT/NULL, they do not keep their
 * old values).
 *
 * `column_data[c]` points to ONE value: an `int64_t`, a `double`, or a
 * `const char *` (for both ::QV_TYPE_STRING and ::QV_TYPE_DATE_TIME).  A NULL
 * `column_data[c]`, or a NULL string, writes SQL NULL.  When a name appears
 * twice the later column wins.  With @p column_count > 0 the three arrays must
 * not be NULL.  Every dimension column must be given; the type rules are those
 * of qv_update_time_series_group().  Everything is validated before the write,
 * which runs in a transaction of its own unless one is already open.  The
 * element's existence is not checked (a missing one fails on its foreign key).
 * @since 0.10.0
 */
QV_API qv_status qv_upsert_time_series_row(qv_db *db, const char *collection, const char *group, int64_t id,
                                           const char *const *column_names, const int *column_types,
                                           const void *const *column_data, size_t column_count);

/**
 * For every element of @p collection, in rowid order (aligned with
 * qv_read_element_ids()), the value of @p attribute in the element's row with
 * the greatest ordering dimension at or before @p date_time among its rows
 * where @p attribute is not NULL.  @p date_time is trimmed of surrounding
 * space, TAB, CR and LF and compared as text.
 *
 * @p attribute is any column but `id` and the ordering dimension.  In a
 * series with further dimension columns several rows can share the chosen
 * date; the value is then the one of the last of them in SQLite's order
 * (in practice the greatest remaining dimensions), NULL included.
 *
 * @param[out] out_type   the attribute's type (::QV_TYPE_INTEGER, ::QV_TYPE_FLOAT,
 *                        ::QV_TYPE_STRING or ::QV_TYPE_DATE_TIME), set even for an
 *                        empty collection
 * @param[out] out_values `int64_t *`, `double *` or `char **` (malloc() strings)
 *                        with one entry per element; an element without a value,
 *                        or whose value is of another storage class, gets 0, a
 *                        quiet NaN or NULL.  NULL for an empty collection.  Release
 *                        with qv_free(), or qv_free_strings() for text types.
 * @param[out] out_count  the number of elements
 * On failure nothing is written.
 * @since 0.10.0
 */
QV_API qv_status qv_read_time_series_row(qv_db *db, const char *collection, const char *group,
                                         const char *attribute, const char *date_time, qv_data_type *out_type,
                                         void **out_values, size_t *out_count);

#ifdef __cplusplus
}
#endif

#endif
