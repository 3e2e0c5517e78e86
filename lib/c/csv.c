/*
 * CSV export and import of the C API (c-api-groups-timeseries-csv.md §7):
 * NULL checks in the spec's order, the options handed to the core field by
 * field, one core call.
 */
#include <quiver/csv.h>

#include "capi.h"

static qv_csv_options core_options(const quiver_csv_options_t *options)
{
    qv_csv_options core = {
        .date_time_format = options->date_time_format,
        .enum_attribute_names = options->enum_attribute_names,
        .enum_locale_names = options->enum_locale_names,
        .enum_entry_counts = options->enum_entry_counts,
        .enum_labels = options->enum_labels,
        .enum_values = options->enum_values,
        .enum_group_count = options->enum_group_count,
    };
    return core;
}

typedef qv_status (*csv_call)(qv_db *db, const char *collection, const char *group, const char *path,
                              const qv_csv_options *options);

/* Export and import check and pass the same arguments; the parameters carry the
 * prototypes' names, which the NULL checks report. */
static quiver_error_t run(csv_call call, quiver_database_t *db, const char *collection, const char *group,
                          const char *path, const quiver_csv_options_t *options)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(group);
    QC_REQUIRE(path);
    qv_csv_options core = options ? core_options(options) : qv_csv_options_default();
    return qc_status(qc_db(db), call(qc_db(db), collection, group, path, &core));
}

quiver_error_t quiver_database_export_csv(quiver_database_t *db, const char *collection, const char *group,
                                          const char *path, const quiver_csv_options_t *options)
{
    return run(qv_export_csv, db, collection, group, path, options);
}

quiver_error_t quiver_database_import_csv(quiver_database_t *db, const char *collection, const char *group,
                                          const char *path, const quiver_csv_options_t *options)
{
    return run(qv_import_csv, db, collection, group, path, options);
}
