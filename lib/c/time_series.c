/*
 * Time-series groups of the C API (c-api-groups-timeseries-csv.md §3.3,
 * §5.3-5.4): the reader and writer go through qc_read_block() and
 * qc_write_block() (block.h) like the vector and set ones; and the free
 * function of every columnar block.
 */
#include <quiver/time_series.h>

#include "block.h"

quiver_error_t quiver_database_read_time_series_group(quiver_database_t *db, const char *collection,
                                                      const char *group, int64_t id, char ***out_column_names,
                                                      int **out_column_types, void ***out_column_data,
                                                      uint8_t ***out_column_has_value,
                                                      size_t *out_column_count, size_t *out_row_count)
{
    return qc_read_block(qv_read_time_series_group, db, collection, group, id, out_column_names,
                         out_column_types, out_column_data, out_column_has_value, out_column_count,
                         out_row_count);
}

quiver_error_t quiver_database_update_time_series_group(
    quiver_database_t *db, const char *collection, const char *group, int64_t id,
    const char *const *column_names, const int *column_types, const void *const *column_data,
    const uint8_t *const *column_has_value, size_t column_count, size_t row_count)
{
    return qc_write_block(qv_update_time_series_group, db, collection, group, id, column_names, column_types,
                          column_data, column_has_value, column_count, row_count);
}

quiver_error_t quiver_database_free_time_series_data(char **column_names, int *column_types,
                                                     void **column_data, uint8_t **column_has_value,
                                                     size_t column_count, size_t row_count)
{
    qv_block block = {column_names, column_types, column_data, column_has_value, column_count, row_count};
    qv_error err;
    if (qv_block_clear(&block, &err) != QV_OK)
        return qc_fail(err.message);
    return QUIVER_OK;
}
