/*
 * Whole-group vector and set I/O of the C API (c-api-groups-timeseries-csv.md
 * §4): each function hands its core call to qc_read_block() or
 * qc_write_block() (block.h), which check the arguments in the spec's order.
 */
#include "block.h"

quiver_error_t quiver_database_read_vector_group_by_id(quiver_database_t *db, const char *collection,
                                                       const char *group, int64_t id,
                                                       char ***out_column_names, int **out_column_types,
                                                       void ***out_column_data,
                                                       uint8_t ***out_column_has_value,
                                                       size_t *out_column_count, size_t *out_row_count)
{
    return qc_read_block(qv_read_vector_group_by_id, db, collection, group, id, out_column_names,
                         out_column_types, out_column_data, out_column_has_value, out_column_count,
                         out_row_count);
}

quiver_error_t quiver_database_read_set_group_by_id(quiver_database_t *db, const char *collection,
                                                    const char *group, int64_t id, char ***out_column_names,
                                                    int **out_column_types, void ***out_column_data,
                                                    uint8_t ***out_column_has_value, size_t *out_column_count,
                                                    size_t *out_row_count)
{
    return qc_read_block(qv_read_set_group_by_id, db, collection, group, id, out_column_names,
                         out_column_types, out_column_data, out_column_has_value, out_column_count,
                         out_row_count);
}

quiver_error_t quiver_database_update_vector_group(quiver_database_t *db, const char *collection,
                                                   const char *group, int64_t id,
                                                   const char *const *column_names, const int *column_types,
                                                   const void *const *column_data,
                                                   const uint8_t *const *column_has_value,
                                                   size_t column_count, size_t row_count)
{
    return qc_write_block(qv_update_vector_group, db, collection, group, id, column_names, column_types,
                          column_data, column_has_value, column_count, row_count);
}

quiver_error_t quiver_database_update_set_group(quiver_database_t *db, const char *collection,
                                                const char *group, int64_t id,
                                                const char *const *column_names, const int *column_types,
                                                const void *const *column_data,
                                                const uint8_t *const *column_has_value, size_t column_count,
                                                size_t row_count)
{
    return qc_write_block(qv_update_set_group, db, collection, group, id, column_names, column_types,
                          column_data, column_has_value, column_count, row_count);
}
