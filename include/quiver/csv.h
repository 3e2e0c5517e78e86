/**
 * @file quiver/csv.h
 * @brief CSV export and import of a collection's scalars or of one of its
 *        groups (vector, set or time series).
 *
 * Export writes one table to a file: a `sep=,` line, a header of column names
 * and one record per row, with foreign keys as labels, enums as labels (when
 * the options map the column), date-times optionally reformatted and floats in
 * their shortest round-trip form.  Import replaces the whole table from such a
 * file, all or nothing.  The byte format and every message are those of
 * c-api-groups-timeseries-csv.md §7 and §10; doc/csv.md is the user guide.
 */
#ifndef QV_CSV_H
#define QV_CSV_H

#include <quiver/common.h>
#include <quiver/database.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Options of qv_export_csv() and qv_import_csv(); same layout as the C API's
 * quiver_csv_options_t.  Every pointer is borrowed for the duration of the call.
 *
 * Enum group i maps attribute enum_attribute_names[i] in locale
 * enum_locale_names[i] to the next enum_entry_counts[i] (label, value) pairs of
 * enum_labels / enum_values; groups take their entries consecutively from offset 0.
 * Groups with the same (attribute, locale) merge; a label repeated within one
 * (attribute, locale) keeps its last value.  Labels are searched in order of
 * first appearance, so results never depend on hashing.
 * @since 0.10.0
 */
typedef struct {
    const char *date_time_format;            /**< strftime/strptime format; "" or NULL: as stored */
    const char *const *enum_attribute_names; /**< [enum_group_count] column names */
    const char *const *enum_locale_names;    /**< [enum_group_count] locale of each group */
    const size_t *enum_entry_counts;         /**< [enum_group_count] entries per group */
    const char *const *enum_labels;          /**< [sum of enum_entry_counts] */
    const int64_t *enum_values;              /**< [sum of enum_entry_counts] */
    size_t enum_group_count;                 /**< number of (attribute, locale) groups */
} qv_csv_options;

/** The defaults: date_time_format "" (static), no enum groups. @since 0.10.0 */
QV_API qv_csv_options qv_csv_options_default(void);

/**
 * Writes the scalars of @p collection (@p group == "") or the group table
 * resolved from @p group (vector, then set, then time series) to @p path,
 * creating its parent directories first.  Rows are streamed to the file.
 * Reads only; works inside transactions and dry runs.
 * @param options NULL for the defaults.
 * @since 0.10.0
 */
QV_API qv_status qv_export_csv(qv_db *db, const char *collection, const char *group, const char *path,
                               const qv_csv_options *options);

/**
 * Replaces every row of the scalar table (@p group == "") or of the group table
 * from the CSV file at @p path, mapping labels back to ids (ids are kept for
 * labels that already exist).  All or nothing: any error leaves the database
 * unchanged.  Refused while a transaction or dry run is active.  Leaves
 * `PRAGMA foreign_keys` on.
 * @param options NULL for the defaults.
 * @since 0.10.0
 */
QV_API qv_status qv_import_csv(qv_db *db, const char *collection, const char *group, const char *path,
                               const qv_csv_options *options);

#ifdef __cplusplus
}
#endif

#endif
