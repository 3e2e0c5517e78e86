/*
 * Single time-series rows of the C API (c-api-groups-timeseries-csv.md
 * §5.5-5.6): NULL checks in the spec's order, then one core call.
 */
#include <quiver/time_series_rows.h>

#include "block.h"

quiver_error_t quiver_database_upsert_time_series_row(quiver_database_t *db, const char *collection,
                                                      const char *group, int64_t id,
                                                      const char *const *column_names,
                                                      const int *column_types, const void *const *column_data,
                                                      size_t column_count)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(group);
    QC_REQUIRE_BLOCK(column_names, column_types, column_data, column_count);
    return qc_status(qc_db(db), qv_upsert_time_series_row(qc_db(db), collection, group, id, column_names,
                                                          column_types, column_data, column_count));
}

quiver_error_t quiver_database_read_time_series_row(quiver_database_t *db, const char *collection,
                                                    const char *group, const char *attribute,
                                                    const char *date_time, int *out_data_type,
                                                    void **out_values, size_t *out_count)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(group);
    QC_REQUIRE(attribute);
    QC_REQUIRE(date_time);
    QC_REQUIRE(out_data_type);
    QC_REQUIRE(out_values);
    QC_REQUIRE(out_count);
    qv_data_type type;
    qv_status status = qv_read_time_series_row(qc_db(db), collection, group, attribute, date_time, &type,
                                               out_values, out_count);
    if (status == QV_OK)
        *out_data_type = (int)type;
    return qc_status(qc_db(db), status);
}
