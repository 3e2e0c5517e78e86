/*
 * The time-series files table of the C API (c-api-groups-timeseries-csv.md
 * §6): NULL checks in the spec's order, then one core call; and the free
 * function of the (column, path) pairs.
 */
#include <quiver/time_series_files.h>

#include "capi.h"

quiver_error_t quiver_database_has_time_series_files(quiver_database_t *db, const char *collection,
                                                     int *out_result)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(out_result);
    return qc_status(qc_db(db), qv_has_time_series_files(qc_db(db), collection, out_result));
}

quiver_error_t quiver_database_list_time_series_files_columns(quiver_database_t *db, const char *collection,
                                                              char ***out_columns, size_t *out_count)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(out_columns);
    QC_REQUIRE(out_count);
    return qc_status(qc_db(db),
                     qv_list_time_series_files_columns(qc_db(db), collection, out_columns, out_count));
}

quiver_error_t quiver_database_read_time_series_files(quiver_database_t *db, const char *collection,
                                                      char ***out_columns, char ***out_paths,
                                                      size_t *out_count)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(out_columns);
    QC_REQUIRE(out_paths);
    QC_REQUIRE(out_count);
    return qc_status(qc_db(db),
                     qv_read_time_series_files(qc_db(db), collection, out_columns, out_paths, out_count));
}

quiver_error_t quiver_database_update_time_series_files(quiver_database_t *db, const char *collection,
                                                        const char *const *columns, const char *const *paths,
                                                        size_t count)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    if (count > 0) {
        QC_REQUIRE(columns);
        QC_REQUIRE(paths);
    }
    return qc_status(qc_db(db), qv_update_time_series_files(qc_db(db), collection, columns, paths, count));
}

quiver_error_t quiver_database_free_time_series_files(char **columns, char **paths, size_t count)
{
    QC_REQUIRE(columns);
    QC_REQUIRE(paths);
    qv_free_strings(columns, count);
    qv_free_strings(paths, count);
    return QUIVER_OK;
}
