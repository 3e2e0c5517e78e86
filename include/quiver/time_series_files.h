/**
 * @file quiver/time_series_files.h
 * @brief The time-series files table of a collection: one row of TEXT
 *        columns, each holding a file path (or NULL).
 *
 * The table of collection `C` is `C_time_series_files`.  Every function first
 * checks that @p collection is a table of the schema (any table passes,
 * c-api.md §1.7).
 *
 * Spec: c-api-groups-timeseries-csv.md §6.
 */
#ifndef QV_TIME_SERIES_FILES_H
#define QV_TIME_SERIES_FILES_H

#include <quiver/common.h>
#include <quiver/database.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Sets *out_result to 1 when `<collection>_time_series_files` exists, else 0. @since 0.10.0 */
QV_API qv_status qv_has_time_series_files(qv_db *db, const char *collection, int *out_result);

/**
 * The column names of the files table in declaration order, as an array of
 * @p *out_count malloc() strings released with qv_free_strings() (NULL when
 * there are none).  On failure nothing is written.
 * @since 0.10.0
 */
QV_API qv_status qv_list_time_series_files_columns(qv_db *db, const char *collection, char ***out_columns,
                                                   size_t *out_count);

/**
 * One (column, path) pair per column of the files table, sorted by byte-wise
 * column name.  A path is a copy of the text in the table's first row; it is
 * NULL when the cell is NULL or not text, or when the table has no row.
 * Release both arrays with qv_free_strings(..., *out_count).  On failure
 * nothing is written.
 * @since 0.10.0
 */
QV_API qv_status qv_read_time_series_files(qv_db *db, const char *collection, char ***out_columns,
                                           char ***out_paths, size_t *out_count);

/**
 * Rewrites the files table as one row holding the @p count given (column,
 * path) pairs: every existing row is deleted, and columns not given become
 * NULL/DEFAULT (a full rewrite, not a merge).  A NULL path writes SQL NULL;
 * paths are trimmed of surrounding space, TAB, CR and LF; for a repeated
 * column the last pair wins.  @p count 0 changes nothing.  A NULL entry of
 * @p columns fails with "Null argument: columns[<i>]" before anything else is
 * checked.  All names are validated before the write, which runs in a
 * transaction of its own unless one is already open.
 * @since 0.10.0
 */
QV_API qv_status qv_update_time_series_files(qv_db *db, const char *collection, const char *const *columns,
                                             const char *const *paths, size_t count);

#ifdef __cplusplus
}
#endif

#endif
