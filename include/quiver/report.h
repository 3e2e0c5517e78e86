/**
 * @file quiver/report.h
 * @brief Human-readable reports on a database: its structure (describe) and
 *        the data coverage of one collection (summarize).
 *
 * The layouts are fixed by c-api.md §14: every line ends with a newline,
 * indentation is spaces, collections and groups come in byte-wise name order.
 * Reports only read.  They are plain malloc() strings owned by the caller,
 * released with qv_free().
 */
#ifndef QV_REPORT_H
#define QV_REPORT_H

#include <quiver/common.h>
#include <quiver/database.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * The path and version of the database, then the structure of every
 * collection: scalars with type and constraints, vector, set and time-series
 * groups with their columns.
 * @param[out] out_report a new string owned by the caller; untouched on failure.
 * @since 0.10.0
 */
QV_API qv_status qv_describe(qv_db *db, char **out_report) QV_WARN_UNUSED;

/**
 * The structure of one collection, as the section qv_describe() prints for it
 * (any table of the schema is accepted).
 * @param[out] out_report a new string owned by the caller; untouched on failure.
 * @since 0.10.0
 */
QV_API qv_status qv_describe_collection(qv_db *db, const char *collection, char **out_report) QV_WARN_UNUSED;

/**
 * The data coverage of one collection: non-NULL and NULL counts per column,
 * the distribution of small-cardinality INTEGER columns, and how many elements
 * have rows in each group.
 * @param[out] out_report a new string owned by the caller; untouched on failure.
 * @since 0.10.0
 */
QV_API qv_status qv_summarize_collection(qv_db *db, const char *collection, char **out_report) QV_WARN_UNUSED;

#ifdef __cplusplus
}
#endif

#endif
