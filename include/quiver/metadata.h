/**
 * @file quiver/metadata.h
 * @brief Metadata of the data model: the scalar attributes of a collection and
 *        its vector, set and time-series groups, as the schema declares them.
 *
 * Everything here is read from the schema model loaded for the handle (the
 * catalog is not queried again).  Column lists are in declaration order, group
 * lists in group-name (byte-wise) order.  Where a function takes a collection,
 * any table of the schema is accepted (c-api.md §1.7).
 *
 * The structs have the layout of the C API's quiver_scalar_metadata_t and
 * quiver_group_metadata_t, so libquiver_c hands them over unchanged.  Their
 * strings and arrays are plain malloc() blocks owned by the caller.
 */
#ifndef QV_METADATA_H
#define QV_METADATA_H

#include <quiver/common.h>
#include <quiver/database.h>

#ifdef __cplusplus
extern "C" {
#endif

/** One column (schema.md §3.2). */
typedef struct {
    char *name;
    qv_data_type data_type;      /**< never QV_TYPE_NULL */
    int not_null;                /**< declared NOT NULL, or an INTEGER primary-key column */
    int primary_key;             /**< part of the primary key */
    char *default_value;         /**< raw DEFAULT text (`6`, `'abc'` with quotes), NULL when none */
    int is_foreign_key;          /**< the column is the source of a foreign key */
    char *references_collection; /**< target table of the first such key, NULL when none */
    char *references_column;     /**< its target column, "" when unnamed, NULL when no key */
} qv_scalar_metadata;

/** One vector, set or time-series group (c-api.md §12.2). */
typedef struct {
    char *group_name;
    char *dimension_column;            /**< time series: the ordering dimension; NULL otherwise */
    qv_scalar_metadata *value_columns; /**< NULL when value_column_count is 0 */
    size_t value_column_count;
} qv_group_metadata;

/**
 * Fills @p out with the metadata of column @p attribute of @p collection.
 * @param[out] out owned by the caller, released with qv_scalar_metadata_clear(); untouched on failure.
 * @since 0.10.0
 */
QV_API qv_status qv_get_scalar_metadata(qv_db *db, const char *collection, const char *attribute,
                                        qv_scalar_metadata *out) QV_WARN_UNUSED;

/**
 * Fill @p out with the metadata of group @p group of @p collection, the table
 * `<collection>_vector_<group>` (`_set_`, `_time_series_`).  Value columns are
 * all columns except `id`, and `vector_index` for vectors or the dimension
 * column for time series.  The time-series variant fails with
 * `Dimension column not found: ...` when the table has no dimension column.
 * @param[out] out owned by the caller, released with qv_group_metadata_clear(); untouched on failure.
 * @since 0.10.0
 */
QV_API qv_status qv_get_vector_metadata(qv_db *db, const char *collection, const char *group,
                                        qv_group_metadata *out) QV_WARN_UNUSED;
QV_API qv_status qv_get_set_metadata(qv_db *db, const char *collection, const char *group,
                                     qv_group_metadata *out) QV_WARN_UNUSED;
QV_API qv_status qv_get_time_series_metadata(qv_db *db, const char *collection, const char *group,
                                             qv_group_metadata *out) QV_WARN_UNUSED;

/**
 * Every column of @p collection, `id` and `label` included, in declaration order.
 * @param[out] out a new array, owned by the caller (qv_free_scalar_metadata_array()),
 *             NULL when the count is 0; untouched on failure, like @p out_count.
 * @since 0.10.0
 */
QV_API qv_status qv_list_scalar_attributes(qv_db *db, const char *collection, qv_scalar_metadata **out,
                                           size_t *out_count) QV_WARN_UNUSED;

/**
 * The groups of one kind whose parent is @p collection, in group-name order
 * (time-series files tables are not groups).  An unknown collection is not an
 * error: it has no groups.  The time-series variant fails when any of the
 * collection's time-series tables has no dimension column.
 * @param[out] out a new array, owned by the caller (qv_free_group_metadata_array()),
 *             NULL when the count is 0; untouched on failure, like @p out_count.
 * @since 0.10.0
 */
QV_API qv_status qv_list_vector_groups(qv_db *db, const char *collection, qv_group_metadata **out,
                                       size_t *out_count) QV_WARN_UNUSED;
QV_API qv_status qv_list_set_groups(qv_db *db, const char *collection, qv_group_metadata **out,
                                    size_t *out_count) QV_WARN_UNUSED;
QV_API qv_status qv_list_time_series_groups(qv_db *db, const char *collection, qv_group_metadata **out,
                                            size_t *out_count) QV_WARN_UNUSED;

/** Frees the strings of @p metadata and sets them to NULL; the integer fields stay.  Repeatable. */
QV_API void qv_scalar_metadata_clear(qv_scalar_metadata *metadata);
/** Frees the strings and value columns of @p metadata and resets them to NULL and 0.  Repeatable. */
QV_API void qv_group_metadata_clear(qv_group_metadata *metadata);
/** Clears the first @p count structs and frees the array (NULL is a no-op). */
QV_API void qv_free_scalar_metadata_array(qv_scalar_metadata *metadata, size_t count);
QV_API void qv_free_group_metadata_array(qv_group_metadata *metadata, size_t count);

#ifdef __cplusplus
}
#endif

#endif
