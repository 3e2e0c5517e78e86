/*
 * quiver/c/options.h - database and CSV options of the flat C API.
 *
 * Spec: c-api.md §3 and §6, schema.md §12, c-api-groups-timeseries-csv.md §7.1.
 */

#ifndef QUIVER_C_OPTIONS_H
#define QUIVER_C_OPTIONS_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Minimum level of log messages printed on the console (schema.md §12.1). */
typedef enum {
    QUIVER_LOG_DEBUG = 0,
    QUIVER_LOG_INFO = 1,
    QUIVER_LOG_WARN = 2,
    QUIVER_LOG_ERROR = 3,
    QUIVER_LOG_OFF = 4,
} quiver_log_level_t;

/** Options of the open functions; fill with quiver_database_options_default(). */
typedef struct {
    int read_only;
    quiver_log_level_t console_level;
} quiver_database_options_t;

/**
 * Options of CSV export and import; fill with quiver_csv_options_default().
 *
 * Group i of the enum-label tables maps attribute enum_attribute_names[i] in locale
 * enum_locale_names[i] to the next enum_entry_counts[i] (label, value) pairs of
 * enum_labels / enum_values. All pointers are borrowed for the call
 * (c-api-groups-timeseries-csv.md §7.1).
 */
typedef struct {
    const char* date_time_format;             /* strftime-style format; "" = leave date-times as stored */
    const char* const* enum_attribute_names;  /* [enum_group_count] */
    const char* const* enum_locale_names;     /* [enum_group_count] */
    const size_t* enum_entry_counts;          /* [enum_group_count] */
    const char* const* enum_labels;           /* [sum of enum_entry_counts] */
    const int64_t* enum_values;               /* [sum of enum_entry_counts] */
    size_t enum_group_count;                  /* number of (attribute, locale) groups */
} quiver_csv_options_t;

/**
 * Returns the default database options, { read_only = 0, console_level = QUIVER_LOG_INFO }.
 *
 * Returned by value; nothing to free. A NULL options pointer given to the open functions means
 * these defaults. Spec: c-api.md §6, schema.md §12.1.
 */
QUIVER_C_API quiver_database_options_t quiver_database_options_default(void);

/**
 * Returns the default CSV options: date_time_format = "" (static string, not NULL), every array
 * pointer NULL and enum_group_count = 0.
 *
 * Returned by value; nothing to free. A NULL options pointer given to the CSV functions means these
 * defaults. Spec: c-api.md §6, c-api-groups-timeseries-csv.md §7.1.
 */
QUIVER_C_API quiver_csv_options_t quiver_csv_options_default(void);

#ifdef __cplusplus
}
#endif

#endif /* QUIVER_C_OPTIONS_H */
