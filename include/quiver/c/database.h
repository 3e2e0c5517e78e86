/*
 * quiver/c/database.h - database handle of the flat C API.
 *
 * Lifecycle, transactions and dry runs, element writes, reads, whole-group I/O, metadata, time
 * series, time-series files, CSV, queries, reports and the free functions for every result.
 * Spec: c-api.md and c-api-groups-timeseries-csv.md.
 */

#ifndef QUIVER_C_DATABASE_H
#define QUIVER_C_DATABASE_H

#include "common.h"
#include "options.h"
#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Type code of metadata columns and query parameters (c-api.md §3). */
typedef enum {
    QUIVER_DATA_TYPE_INTEGER = 0,
    QUIVER_DATA_TYPE_FLOAT = 1,
    QUIVER_DATA_TYPE_STRING = 2,
    QUIVER_DATA_TYPE_DATE_TIME = 3,
    QUIVER_DATA_TYPE_NULL = 4
} quiver_data_type_t;

/** Opaque database handle; create with an open function, release with quiver_database_close(). */
typedef struct quiver_database quiver_database_t;

/* Lifecycle (c-api.md §8) */

/**
 * Opens (creating it if needed, unless read-only) the SQLite database at @p path.
 *
 * @p options may be NULL (defaults). Output: *out_db, a new handle owned by the caller; release it
 * with quiver_database_close(). Spec: c-api.md §8.
 */
QUIVER_C_API quiver_error_t quiver_database_open(const char* path,
                                                 const quiver_database_options_t* options,
                                                 quiver_database_t** out_db);

/**
 * Opens or creates the database at @p db_path and applies the pending migrations found in
 * @p migrations_path.
 *
 * @p options may be NULL (defaults). Output: *out_db, a new handle owned by the caller; release it
 * with quiver_database_close(). Spec: c-api.md §8, schema.md §11.4-11.5.
 */
QUIVER_C_API quiver_error_t quiver_database_from_migrations(const char* db_path,
                                                            const char* migrations_path,
                                                            const quiver_database_options_t* options,
                                                            quiver_database_t** out_db);

/**
 * Creates a fresh database at @p db_path (deleting an existing file) from the schema file
 * @p schema_path.
 *
 * @p options may be NULL (defaults). Output: *out_db, a new handle owned by the caller; release it
 * with quiver_database_close(). Spec: c-api.md §8, schema.md §11.3.
 */
QUIVER_C_API quiver_error_t quiver_database_from_schema(const char* db_path,
                                                        const char* schema_path,
                                                        const quiver_database_options_t* options,
                                                        quiver_database_t** out_db);

/**
 * Closes the connection and releases the handle; an open transaction or dry run is rolled back.
 * NULL is a no-op. Always returns QUIVER_OK. Spec: c-api.md §8.
 */
QUIVER_C_API quiver_error_t quiver_database_close(quiver_database_t* db);

/**
 * Reports whether the handle holds an open connection.
 *
 * Output: *out_healthy = 1 or 0. Spec: c-api.md §8.
 */
QUIVER_C_API quiver_error_t quiver_database_is_healthy(quiver_database_t* db, int* out_healthy);

/**
 * Gives the path the handle was opened with.
 *
 * Output: *out_path, borrowed from the handle and valid until quiver_database_close(); do not free.
 * Spec: c-api.md §8.
 */
QUIVER_C_API quiver_error_t quiver_database_path(quiver_database_t* db, const char** out_path);

/* Transactions (c-api.md §9) */

/**
 * Begins an explicit (deferred) transaction; absorbed as a no-op during a dry run.
 * Spec: c-api.md §9.
 */
QUIVER_C_API quiver_error_t quiver_database_begin_transaction(quiver_database_t* db);

/**
 * Commits the open transaction; absorbed as a no-op during a dry run. Spec: c-api.md §9.
 */
QUIVER_C_API quiver_error_t quiver_database_commit(quiver_database_t* db);

/**
 * Rolls back the open transaction; absorbed as a no-op during a dry run. Spec: c-api.md §9.
 */
QUIVER_C_API quiver_error_t quiver_database_rollback(quiver_database_t* db);

/**
 * Reports whether a transaction is open (also during a dry run).
 *
 * Output: *out_active = 1 or 0. Spec: c-api.md §9.
 */
QUIVER_C_API quiver_error_t quiver_database_in_transaction(quiver_database_t* db, int* out_active);

/* Dry runs (c-api.md §9) */

/**
 * Starts a dry run: a transaction that quiver_database_end_dry_run() always rolls back.
 * Spec: c-api.md §9.
 */
QUIVER_C_API quiver_error_t quiver_database_begin_dry_run(quiver_database_t* db);

/**
 * Ends the dry run, rolling back everything written since it began. Spec: c-api.md §9.
 */
QUIVER_C_API quiver_error_t quiver_database_end_dry_run(quiver_database_t* db);

/**
 * Reports whether a dry run is active.
 *
 * Output: *out_active = 1 or 0. Spec: c-api.md §9.
 */
QUIVER_C_API quiver_error_t quiver_database_in_dry_run(quiver_database_t* db, int* out_active);

/**
 * Reads the schema version (PRAGMA user_version).
 *
 * Output: *out_version. Spec: c-api.md §8.
 */
QUIVER_C_API quiver_error_t quiver_database_current_version(quiver_database_t* db,
                                                            int64_t* out_version);

/* Repeated from quiver/c/element.h so that both headers can be included in any order. */
typedef struct quiver_element quiver_element_t;

/* Element writes (c-api.md §10) */

/**
 * Creates an element in @p collection from the scalars and arrays of @p element.
 *
 * Output: *out_id, the new element's id. The element is not modified or retained.
 * Spec: c-api.md §10.1, §10.3-10.5.
 */
QUIVER_C_API quiver_error_t quiver_database_create_element(quiver_database_t* db,
                                                           const char* collection,
                                                           quiver_element_t* element,
                                                           int64_t* out_id);

/**
 * Updates the given scalars of element @p id and replaces its rows in every group table one of the
 * element's arrays routes to. Spec: c-api.md §10.2-10.5.
 */
QUIVER_C_API quiver_error_t quiver_database_update_element(quiver_database_t* db,
                                                           const char* collection,
                                                           int64_t id,
                                                           const quiver_element_t* element);

/**
 * Deletes element @p id of @p collection; SQLite performs the cascades. Spec: c-api.md §10.6.
 */
QUIVER_C_API quiver_error_t quiver_database_delete_element(quiver_database_t* db,
                                                           const char* collection,
                                                           int64_t id);

/* Scalar, vector and set readers (c-api.md §11) */

/**
 * Reads integer scalar @p attribute of every element, in id order.
 *
 * Outputs: *out_values and *out_mask (1 = present), *out_count entries each, NULL when 0; owned by
 * the caller. Release with quiver_database_free_integer_array() and quiver_database_free_mask().
 * Spec: c-api.md §11.1.
 */
QUIVER_C_API quiver_error_t quiver_database_read_scalar_integers(quiver_database_t* db,
                                                                 const char* collection,
                                                                 const char* attribute,
                                                                 int64_t** out_values,
                                                                 uint8_t** out_mask,
                                                                 size_t* out_count);

/**
 * Reads float scalar @p attribute of every element, in id order (integers widened).
 *
 * Outputs: *out_values and *out_mask (1 = present), *out_count entries each, NULL when 0; owned by
 * the caller. Release with quiver_database_free_float_array() and quiver_database_free_mask().
 * Spec: c-api.md §11.1.
 */
QUIVER_C_API quiver_error_t quiver_database_read_scalar_floats(quiver_database_t* db,
                                                               const char* collection,
                                                               const char* attribute,
                                                               double** out_values,
                                                               uint8_t** out_mask,
                                                               size_t* out_count);

/**
 * Reads string scalar @p attribute of every element, in id order.
 *
 * Outputs: *out_values (NULL entries for absent values) and *out_count; NULL when 0. Owned by the
 * caller; release with quiver_database_free_string_array(values, count). Spec: c-api.md §11.1.
 */
QUIVER_C_API quiver_error_t quiver_database_read_scalar_strings(quiver_database_t* db,
                                                                const char* collection,
                                                                const char* attribute,
                                                                char*** out_values,
                                                                size_t* out_count);

/**
 * Reads integer vector @p attribute (a column name) of every element that has rows.
 *
 * Outputs: *out_vectors, *out_sizes and *out_count; NULL when 0. Owned by the caller; release with
 * quiver_database_free_integer_vectors(). Spec: c-api.md §11.3.
 */
QUIVER_C_API quiver_error_t quiver_database_read_vector_integers(quiver_database_t* db,
                                                                 const char* collection,
                                                                 const char* attribute,
                                                                 int64_t*** out_vectors,
                                                                 size_t** out_sizes,
                                                                 size_t* out_count);

/**
 * Reads float vector @p attribute (a column name) of every element that has rows.
 *
 * Outputs: *out_vectors, *out_sizes and *out_count; NULL when 0. Owned by the caller; release with
 * quiver_database_free_float_vectors(). Spec: c-api.md §11.3.
 */
QUIVER_C_API quiver_error_t quiver_database_read_vector_floats(quiver_database_t* db,
                                                               const char* collection,
                                                               const char* attribute,
                                                               double*** out_vectors,
                                                               size_t** out_sizes,
                                                               size_t* out_count);

/**
 * Reads string vector @p attribute (a column name) of every element that has rows.
 *
 * Outputs: *out_vectors, *out_sizes and *out_count; NULL when 0. Owned by the caller; release with
 * quiver_database_free_string_vectors(). Spec: c-api.md §11.3.
 */
QUIVER_C_API quiver_error_t quiver_database_read_vector_strings(quiver_database_t* db,
                                                                const char* collection,
                                                                const char* attribute,
                                                                char**** out_vectors,
                                                                size_t** out_sizes,
                                                                size_t* out_count);

/**
 * Reads integer set @p attribute (a column name) of every element that has rows.
 *
 * Outputs: *out_sets, *out_sizes and *out_count; NULL when 0. Owned by the caller; release with
 * quiver_database_free_integer_vectors(). Spec: c-api.md §11.4.
 */
QUIVER_C_API quiver_error_t quiver_database_read_set_integers(quiver_database_t* db,
                                                              const char* collection,
                                                              const char* attribute,
                                                              int64_t*** out_sets,
                                                              size_t** out_sizes,
                                                              size_t* out_count);

/**
 * Reads float set @p attribute (a column name) of every element that has rows.
 *
 * Outputs: *out_sets, *out_sizes and *out_count; NULL when 0. Owned by the caller; release with
 * quiver_database_free_float_vectors(). Spec: c-api.md §11.4.
 */
QUIVER_C_API quiver_error_t quiver_database_read_set_floats(quiver_database_t* db,
                                                            const char* collection,
                                                            const char* attribute,
                                                            double*** out_sets,
                                                            size_t** out_sizes,
                                                            size_t* out_count);

/**
 * Reads string set @p attribute (a column name) of every element that has rows.
 *
 * Outputs: *out_sets, *out_sizes and *out_count; NULL when 0. Owned by the caller; release with
 * quiver_database_free_string_vectors(). Spec: c-api.md §11.4.
 */
QUIVER_C_API quiver_error_t quiver_database_read_set_strings(quiver_database_t* db,
                                                             const char* collection,
                                                             const char* attribute,
                                                             char**** out_sets,
                                                             size_t** out_sizes,
                                                             size_t* out_count);

/**
 * Reads integer scalar @p attribute of element @p id.
 *
 * Outputs: *out_has_value = 1 and *out_value when present; otherwise *out_has_value = 0 and
 * *out_value is left untouched. Spec: c-api.md §11.2.
 */
QUIVER_C_API quiver_error_t quiver_database_read_scalar_integer_by_id(quiver_database_t* db,
                                                                      const char* collection,
                                                                      const char* attribute,
                                                                      int64_t id,
                                                                      int64_t* out_value,
                                                                      int* out_has_value);

/**
 * Reads float scalar @p attribute of element @p id.
 *
 * Outputs: *out_has_value = 1 and *out_value when present; otherwise *out_has_value = 0 and
 * *out_value is left untouched. Spec: c-api.md §11.2.
 */
QUIVER_C_API quiver_error_t quiver_database_read_scalar_float_by_id(quiver_database_t* db,
                                                                    const char* collection,
                                                                    const char* attribute,
                                                                    int64_t id,
                                                                    double* out_value,
                                                                    int* out_has_value);

/**
 * Reads string scalar @p attribute of element @p id.
 *
 * Outputs: *out_has_value and *out_value, a new string owned by the caller (NULL when absent);
 * release it with quiver_database_free_string(). Spec: c-api.md §11.2.
 */
QUIVER_C_API quiver_error_t quiver_database_read_scalar_string_by_id(quiver_database_t* db,
                                                                     const char* collection,
                                                                     const char* attribute,
                                                                     int64_t id,
                                                                     char** out_value,
                                                                     int* out_has_value);

/**
 * Reads the integer vector @p attribute of element @p id, NULL cells dropped.
 *
 * Outputs: *out_values and *out_count; NULL when 0. Owned by the caller; release with
 * quiver_database_free_integer_array(). Spec: c-api.md §11.5.
 */
QUIVER_C_API quiver_error_t quiver_database_read_vector_integers_by_id(quiver_database_t* db,
                                                                       const char* collection,
                                                                       const char* attribute,
                                                                       int64_t id,
                                                                       int64_t** out_values,
                                                                       size_t* out_count);

/**
 * Reads the float vector @p attribute of element @p id, NULL cells dropped.
 *
 * Outputs: *out_values and *out_count; NULL when 0. Owned by the caller; release with
 * quiver_database_free_float_array(). Spec: c-api.md §11.5.
 */
QUIVER_C_API quiver_error_t quiver_database_read_vector_floats_by_id(quiver_database_t* db,
                                                                     const char* collection,
                                                                     const char* attribute,
                                                                     int64_t id,
                                                                     double** out_values,
                                                                     size_t* out_count);

/**
 * Reads the string vector @p attribute of element @p id, NULL cells dropped.
 *
 * Outputs: *out_values and *out_count; NULL when 0. Owned by the caller; release with
 * quiver_database_free_string_array(values, count). Spec: c-api.md §11.5.
 */
QUIVER_C_API quiver_error_t quiver_database_read_vector_strings_by_id(quiver_database_t* db,
                                                                      const char* collection,
                                                                      const char* attribute,
                                                                      int64_t id,
                                                                      char*** out_values,
                                                                      size_t* out_count);

/**
 * Reads the integer set @p attribute of element @p id, NULL cells dropped.
 *
 * Outputs: *out_values and *out_count; NULL when 0. Owned by the caller; release with
 * quiver_database_free_integer_array(). Spec: c-api.md §11.5.
 */
QUIVER_C_API quiver_error_t quiver_database_read_set_integers_by_id(quiver_database_t* db,
                                                                    const char* collection,
                                                                    const char* attribute,
                                                                    int64_t id,
                                                                    int64_t** out_values,
                                                                    size_t* out_count);

/**
 * Reads the float set @p attribute of element @p id, NULL cells dropped.
 *
 * Outputs: *out_values and *out_count; NULL when 0. Owned by the caller; release with
 * quiver_database_free_float_array(). Spec: c-api.md §11.5.
 */
QUIVER_C_API quiver_error_t quiver_database_read_set_floats_by_id(quiver_database_t* db,
                                                                  const char* collection,
                                                                  const char* attribute,
                                                                  int64_t id,
                                                                  double** out_values,
                                                                  size_t* out_count);

/**
 * Reads the string set @p attribute of element @p id, NULL cells dropped.
 *
 * Outputs: *out_values and *out_count; NULL when 0. Owned by the caller; release with
 * quiver_database_free_string_array(values, count). Spec: c-api.md §11.5.
 */
QUIVER_C_API quiver_error_t quiver_database_read_set_strings_by_id(quiver_database_t* db,
                                                                   const char* collection,
                                                                   const char* attribute,
                                                                   int64_t id,
                                                                   char*** out_values,
                                                                   size_t* out_count);

/* Whole-group vector and set I/O (c-api-groups-timeseries-csv.md §3-4) */

/**
 * Reads all value columns of vector group @p group for element @p id, rows in vector_index order,
 * NULL cells kept (mask 0).
 *
 * Outputs: *out_column_names, *out_column_types, *out_column_data, *out_column_has_value (one mask
 * per column), *out_column_count, *out_row_count; an empty result is NULL arrays and 0 counts. The
 * block is owned by the caller; release it with quiver_database_free_time_series_data().
 * Spec: c-api-groups-timeseries-csv.md §3.1, §4.1.
 */
QUIVER_C_API quiver_error_t quiver_database_read_vector_group_by_id(quiver_database_t* db,
                                                                    const char* collection,
                                                                    const char* group,
                                                                    int64_t id,
                                                                    char*** out_column_names,
                                                                    int** out_column_types,
                                                                    void*** out_column_data,
                                                                    uint8_t*** out_column_has_value,
                                                                    size_t* out_column_count,
                                                                    size_t* out_row_count);

/**
 * Reads all value columns of set group @p group for element @p id, rows in insertion order, NULL
 * cells kept (mask 0).
 *
 * Outputs: *out_column_names, *out_column_types, *out_column_data, *out_column_has_value (one mask
 * per column), *out_column_count, *out_row_count; an empty result is NULL arrays and 0 counts. The
 * block is owned by the caller; release it with quiver_database_free_time_series_data().
 * Spec: c-api-groups-timeseries-csv.md §3.1, §4.2.
 */
QUIVER_C_API quiver_error_t quiver_database_read_set_group_by_id(quiver_database_t* db,
                                                                 const char* collection,
                                                                 const char* group,
                                                                 int64_t id,
                                                                 char*** out_column_names,
                                                                 int** out_column_types,
                                                                 void*** out_column_data,
                                                                 uint8_t*** out_column_has_value,
                                                                 size_t* out_column_count,
                                                                 size_t* out_row_count);

/**
 * Replaces all rows of element @p id in vector group @p group with the input block.
 *
 * Input block: @p column_count columns of @p row_count rows; @p column_has_value is optional.
 * column_count == 0 clears the element's rows in the group.
 * Spec: c-api-groups-timeseries-csv.md §3.2, §4.3.
 */
QUIVER_C_API quiver_error_t quiver_database_update_vector_group(quiver_database_t* db,
                                                                const char* collection,
                                                                const char* group,
                                                                int64_t id,
                                                                const char* const* column_names,
                                                                const int* column_types,
                                                                const void* const* column_data,
                                                                const uint8_t* const* column_has_value,
                                                                size_t column_count,
                                                                size_t row_count);

/**
 * Replaces all rows of element @p id in set group @p group with the input block.
 *
 * Input block: @p column_count columns of @p row_count rows; @p column_has_value is optional.
 * column_count == 0 clears the element's rows in the group.
 * Spec: c-api-groups-timeseries-csv.md §3.2, §4.3.
 */
QUIVER_C_API quiver_error_t quiver_database_update_set_group(quiver_database_t* db,
                                                             const char* collection,
                                                             const char* group,
                                                             int64_t id,
                                                             const char* const* column_names,
                                                             const int* column_types,
                                                             const void* const* column_data,
                                                             const uint8_t* const* column_has_value,
                                                             size_t column_count,
                                                             size_t row_count);

/* Element ids and counts (c-api.md §11) */

/**
 * Reads the ids of all elements of @p collection, in rowid order.
 *
 * Outputs: *out_ids and *out_count; NULL when 0. Owned by the caller; release with
 * quiver_database_free_integer_array(). Spec: c-api.md §11.6.
 */
QUIVER_C_API quiver_error_t quiver_database_read_element_ids(quiver_database_t* db,
                                                             const char* collection,
                                                             int64_t** out_ids,
                                                             size_t* out_count);

/**
 * Counts the rows of @p collection.
 *
 * Output: *out_count. Spec: c-api.md §11.7.
 */
QUIVER_C_API quiver_error_t quiver_database_number_of_elements(quiver_database_t* db,
                                                               const char* collection,
                                                               int64_t* out_count);

/* Metadata (c-api.md §3, §12) */

/**
 * Metadata of one column. The strings are allocated by the library and owned by the caller
 * until released with the metadata free functions.
 */
typedef struct {
    const char* name;
    quiver_data_type_t data_type;
    int not_null;
    int primary_key;
    const char* default_value;          /* NULL if the column has no DEFAULT */
    int is_foreign_key;
    const char* references_collection;  /* NULL if not a foreign key */
    const char* references_column;      /* NULL if not a foreign key */
} quiver_scalar_metadata_t;

/**
 * Metadata of one vector, set or time-series group. The strings and value_columns are
 * allocated by the library and owned by the caller until released with the metadata free
 * functions.
 */
typedef struct {
    const char* group_name;
    const char* dimension_column;       /* NULL for vector/set groups */
    quiver_scalar_metadata_t* value_columns;
    size_t value_column_count;
} quiver_group_metadata_t;

/**
 * Describes scalar column @p attribute of @p collection.
 *
 * Output: fills the caller's *out_metadata; its strings are owned by the caller and released with
 * quiver_database_free_scalar_metadata(). Spec: c-api.md §12.1.
 */
QUIVER_C_API quiver_error_t quiver_database_get_scalar_metadata(quiver_database_t* db,
                                                                const char* collection,
                                                                const char* attribute,
                                                                quiver_scalar_metadata_t* out_metadata);

/**
 * Describes vector group @p group_name of @p collection.
 *
 * Output: fills the caller's *out_metadata; its contents are owned by the caller and released with
 * quiver_database_free_group_metadata(). Spec: c-api.md §12.2.
 */
QUIVER_C_API quiver_error_t quiver_database_get_vector_metadata(quiver_database_t* db,
                                                                const char* collection,
                                                                const char* group_name,
                                                                quiver_group_metadata_t* out_metadata);

/**
 * Describes set group @p group_name of @p collection.
 *
 * Output: fills the caller's *out_metadata; its contents are owned by the caller and released with
 * quiver_database_free_group_metadata(). Spec: c-api.md §12.2.
 */
QUIVER_C_API quiver_error_t quiver_database_get_set_metadata(quiver_database_t* db,
                                                             const char* collection,
                                                             const char* group_name,
                                                             quiver_group_metadata_t* out_metadata);

/**
 * Describes time-series group @p group_name of @p collection, including its dimension column.
 *
 * Output: fills the caller's *out_metadata; its contents are owned by the caller and released with
 * quiver_database_free_group_metadata(). Spec: c-api.md §12.2.
 */
QUIVER_C_API quiver_error_t quiver_database_get_time_series_metadata(quiver_database_t* db,
                                                                     const char* collection,
                                                                     const char* group_name,
                                                                     quiver_group_metadata_t* out_metadata);

/**
 * Frees the strings of a caller-provided scalar metadata struct and sets them to NULL; the struct
 * itself is not freed. NULL is an error. Spec: c-api.md §12.4.
 */
QUIVER_C_API quiver_error_t quiver_database_free_scalar_metadata(quiver_scalar_metadata_t* metadata);

/**
 * Frees the contents of a caller-provided group metadata struct and resets them to NULL/0; the
 * struct itself is not freed. NULL is an error. Spec: c-api.md §12.4.
 */
QUIVER_C_API quiver_error_t quiver_database_free_group_metadata(quiver_group_metadata_t* metadata);

/**
 * Lists every column of @p collection (including id and label) in declaration order.
 *
 * Outputs: *out_metadata and *out_count; NULL when 0. Owned by the caller; release a non-NULL array
 * with quiver_database_free_scalar_metadata_array(). Spec: c-api.md §12.3.
 */
QUIVER_C_API quiver_error_t quiver_database_list_scalar_attributes(quiver_database_t* db,
                                                                   const char* collection,
                                                                   quiver_scalar_metadata_t** out_metadata,
                                                                   size_t* out_count);

/**
 * Lists the vector groups of @p collection in group-name order (an unknown collection gives an
 * empty result).
 *
 * Outputs: *out_metadata and *out_count; NULL when 0. Owned by the caller; release a non-NULL array
 * with quiver_database_free_group_metadata_array(). Spec: c-api.md §12.3.
 */
QUIVER_C_API quiver_error_t quiver_database_list_vector_groups(quiver_database_t* db,
                                                               const char* collection,
                                                               quiver_group_metadata_t** out_metadata,
                                                               size_t* out_count);

/**
 * Lists the set groups of @p collection in group-name order (an unknown collection gives an empty
 * result).
 *
 * Outputs: *out_metadata and *out_count; NULL when 0. Owned by the caller; release a non-NULL array
 * with quiver_database_free_group_metadata_array(). Spec: c-api.md §12.3.
 */
QUIVER_C_API quiver_error_t quiver_database_list_set_groups(quiver_database_t* db,
                                                            const char* collection,
                                                            quiver_group_metadata_t** out_metadata,
                                                            size_t* out_count);

/**
 * Lists the time-series groups of @p collection in group-name order (an unknown collection gives an
 * empty result).
 *
 * Outputs: *out_metadata and *out_count; NULL when 0. Owned by the caller; release a non-NULL array
 * with quiver_database_free_group_metadata_array(). Spec: c-api.md §12.3.
 */
QUIVER_C_API quiver_error_t quiver_database_list_time_series_groups(quiver_database_t* db,
                                                                    const char* collection,
                                                                    quiver_group_metadata_t** out_metadata,
                                                                    size_t* out_count);

/**
 * Frees an array of @p count scalar metadata structs returned by a list function, strings included.
 * NULL is an error. Spec: c-api.md §12.4.
 */
QUIVER_C_API quiver_error_t quiver_database_free_scalar_metadata_array(quiver_scalar_metadata_t* metadata,
                                                                       size_t count);

/**
 * Frees an array of @p count group metadata structs returned by a list function, contents included.
 * NULL is an error. Spec: c-api.md §12.4.
 */
QUIVER_C_API quiver_error_t quiver_database_free_group_metadata_array(quiver_group_metadata_t* metadata,
                                                                      size_t count);

/* Time series and time-series files (c-api-groups-timeseries-csv.md §3, §5-6) */

/**
 * Reads all rows of element @p id in time-series group @p group, ordered by the ordering dimension,
 * which comes first and is typed QUIVER_DATA_TYPE_STRING.
 *
 * Outputs: *out_column_names, *out_column_types, *out_column_data, *out_column_has_value (one mask
 * per column), *out_column_count, *out_row_count; an empty result is NULL arrays and 0 counts. The
 * block is owned by the caller; release it with quiver_database_free_time_series_data().
 * Spec: c-api-groups-timeseries-csv.md §3.1, §5.3.
 */
QUIVER_C_API quiver_error_t quiver_database_read_time_series_group(quiver_database_t* db,
                                                                   const char* collection,
                                                                   const char* group,
                                                                   int64_t id,
                                                                   char*** out_column_names,
                                                                   int** out_column_types,
                                                                   void*** out_column_data,
                                                                   uint8_t*** out_column_has_value,
                                                                   size_t* out_column_count,
                                                                   size_t* out_row_count);

/**
 * Replaces all rows of element @p id in time-series group @p group with the input block.
 *
 * Input block: @p column_count columns of @p row_count rows; @p column_has_value is optional.
 * column_count == 0 clears the element's rows in the group.
 * Spec: c-api-groups-timeseries-csv.md §3.2, §5.4.
 */
QUIVER_C_API quiver_error_t quiver_database_update_time_series_group(quiver_database_t* db,
                                                                     const char* collection,
                                                                     const char* group,
                                                                     int64_t id,
                                                                     const char* const* column_names,
                                                                     const int* column_types,
                                                                     const void* const* column_data,
                                                                     const uint8_t* const* column_has_value,
                                                                     size_t column_count,
                                                                     size_t row_count);

/**
 * Inserts or replaces (INSERT OR REPLACE) one row of time-series group @p group keyed by @p id and
 * the dimension columns; each column_data[c] points to one value.
 * Spec: c-api-groups-timeseries-csv.md §5.5.
 */
QUIVER_C_API quiver_error_t quiver_database_upsert_time_series_row(quiver_database_t* db,
                                                                   const char* collection,
                                                                   const char* group,
                                                                   int64_t id,
                                                                   const char* const* column_names,
                                                                   const int* column_types,
                                                                   const void* const* column_data,
                                                                   size_t column_count);

/**
 * Reads, for every element of @p collection in rowid order, the last non-NULL value of @p attribute
 * at or before @p date_time (text comparison).
 *
 * Outputs: *out_data_type (type code), *out_values (int64_t*, double* or char** by type; absent
 * values are 0, NaN or NULL) and *out_count; NULL when 0. Owned by the caller; release with
 * quiver_database_free_integer_array(), quiver_database_free_float_array() or
 * quiver_database_free_string_array(values, count) according to the type.
 * Spec: c-api-groups-timeseries-csv.md §5.6.
 */
QUIVER_C_API quiver_error_t quiver_database_read_time_series_row(quiver_database_t* db,
                                                                 const char* collection,
                                                                 const char* group,
                                                                 const char* attribute,
                                                                 const char* date_time,
                                                                 int* out_data_type,
                                                                 void** out_values,
                                                                 size_t* out_count);

/**
 * Frees a columnar block returned by quiver_database_read_vector_group_by_id(),
 * quiver_database_read_set_group_by_id() or quiver_database_read_time_series_group(); pass the
 * counts the reader returned. An all-NULL block is a no-op.
 * Spec: c-api-groups-timeseries-csv.md §3.3.
 */
QUIVER_C_API quiver_error_t quiver_database_free_time_series_data(char** column_names,
                                                                  int* column_types,
                                                                  void** column_data,
                                                                  uint8_t** column_has_value,
                                                                  size_t column_count,
                                                                  size_t row_count);

/**
 * Reports whether @p collection has a time-series files table (e.g. Plant_time_series_files).
 *
 * Output: *out_result = 1 or 0. Spec: c-api-groups-timeseries-csv.md §6.1.
 */
QUIVER_C_API quiver_error_t quiver_database_has_time_series_files(quiver_database_t* db,
                                                                  const char* collection,
                                                                  int* out_result);

/**
 * Lists the columns of the time-series files table of @p collection in declaration order.
 *
 * Outputs: *out_columns and *out_count; NULL when 0. Owned by the caller; release with
 * quiver_database_free_string_array(columns, count). Spec: c-api-groups-timeseries-csv.md §6.2.
 */
QUIVER_C_API quiver_error_t quiver_database_list_time_series_files_columns(quiver_database_t* db,
                                                                           const char* collection,
                                                                           char*** out_columns,
                                                                           size_t* out_count);

/**
 * Reads the (column, path) pairs of the time-series files table of @p collection, sorted by column
 * name.
 *
 * Outputs: *out_columns, *out_paths (NULL entries for NULL cells) and *out_count. Owned by the
 * caller; release with quiver_database_free_time_series_files().
 * Spec: c-api-groups-timeseries-csv.md §6.3.
 */
QUIVER_C_API quiver_error_t quiver_database_read_time_series_files(quiver_database_t* db,
                                                                   const char* collection,
                                                                   char*** out_columns,
                                                                   char*** out_paths,
                                                                   size_t* out_count);

/**
 * Rewrites the single row of the time-series files table of @p collection with the @p count
 * (column, path) pairs; columns not given become NULL. A NULL path is SQL NULL; count == 0 is a
 * no-op. Spec: c-api-groups-timeseries-csv.md §6.4.
 */
QUIVER_C_API quiver_error_t quiver_database_update_time_series_files(quiver_database_t* db,
                                                                     const char* collection,
                                                                     const char* const* columns,
                                                                     const char* const* paths,
                                                                     size_t count);

/**
 * Frees the result of quiver_database_read_time_series_files(): @p count entries of each array,
 * then both arrays. NULL arrays are an error. Spec: c-api-groups-timeseries-csv.md §6.5.
 */
QUIVER_C_API quiver_error_t quiver_database_free_time_series_files(char** columns,
                                                                   char** paths,
                                                                   size_t count);

/* Free functions for read results (c-api.md §15): they accept NULL and always return QUIVER_OK. */

/**
 * Frees an int64_t array returned by this API. Spec: c-api.md §15.
 */
QUIVER_C_API quiver_error_t quiver_database_free_integer_array(int64_t* values);

/**
 * Frees a double array returned by this API. Spec: c-api.md §15.
 */
QUIVER_C_API quiver_error_t quiver_database_free_float_array(double* values);

/**
 * Frees a string array returned by this API: its @p count strings, then the array.
 * Spec: c-api.md §15.
 */
QUIVER_C_API quiver_error_t quiver_database_free_string_array(char** values, size_t count);

/**
 * Frees a presence mask returned by this API. Spec: c-api.md §15.
 */
QUIVER_C_API quiver_error_t quiver_database_free_mask(uint8_t* mask);

/**
 * Frees a single string returned by this API (to_string, by-id and query readers, describe,
 * summarize). Spec: c-api.md §15.
 */
QUIVER_C_API quiver_error_t quiver_database_free_string(char* str);

/**
 * Frees integer vectors or sets: the @p count inner arrays, @p vectors, then @p sizes.
 * Spec: c-api.md §15.
 */
QUIVER_C_API quiver_error_t quiver_database_free_integer_vectors(int64_t** vectors,
                                                                 size_t* sizes,
                                                                 size_t count);

/**
 * Frees float vectors or sets: the @p count inner arrays, @p vectors, then @p sizes.
 * Spec: c-api.md §15.
 */
QUIVER_C_API quiver_error_t quiver_database_free_float_vectors(double** vectors,
                                                               size_t* sizes,
                                                               size_t count);

/**
 * Frees string vectors or sets: the sizes[i] strings of each inner array, the inner arrays,
 * @p vectors, then @p sizes (which must be the array returned with @p vectors). Spec: c-api.md §15.
 */
QUIVER_C_API quiver_error_t quiver_database_free_string_vectors(char*** vectors,
                                                                size_t* sizes,
                                                                size_t count);

/* CSV (c-api-groups-timeseries-csv.md §7) */

/**
 * Writes the scalars of @p collection (@p group == "") or one of its groups to the CSV file
 * @p path. @p options may be NULL (defaults). Spec: c-api-groups-timeseries-csv.md §7.3-7.4.
 */
QUIVER_C_API quiver_error_t quiver_database_export_csv(quiver_database_t* db,
                                                       const char* collection,
                                                       const char* group,
                                                       const char* path,
                                                       const quiver_csv_options_t* options);

/**
 * Replaces the whole scalar table of @p collection (@p group == "") or one of its group tables with
 * the contents of the CSV file @p path. Refused inside a transaction. @p options may be NULL
 * (defaults). Spec: c-api-groups-timeseries-csv.md §7.5.
 */
QUIVER_C_API quiver_error_t quiver_database_import_csv(quiver_database_t* db,
                                                       const char* collection,
                                                       const char* group,
                                                       const char* path,
                                                       const quiver_csv_options_t* options);

/* Queries (c-api.md §13) */

/**
 * Runs the first statement of @p sql and returns row 0, column 0 as text.
 *
 * Outputs: *out_has_value and *out_value, a new string owned by the caller (NULL when absent);
 * release it with quiver_database_free_string(). Spec: c-api.md §13.
 */
QUIVER_C_API quiver_error_t quiver_database_query_string(quiver_database_t* db,
                                                         const char* sql,
                                                         char** out_value,
                                                         int* out_has_value);

/**
 * Runs the first statement of @p sql and returns row 0, column 0 as an integer.
 *
 * Outputs: *out_has_value and *out_value (left untouched when absent). Spec: c-api.md §13.
 */
QUIVER_C_API quiver_error_t quiver_database_query_integer(quiver_database_t* db,
                                                          const char* sql,
                                                          int64_t* out_value,
                                                          int* out_has_value);

/**
 * Runs the first statement of @p sql and returns row 0, column 0 as a double (integers widened).
 *
 * Outputs: *out_has_value and *out_value (left untouched when absent). Spec: c-api.md §13.
 */
QUIVER_C_API quiver_error_t quiver_database_query_float(quiver_database_t* db,
                                                        const char* sql,
                                                        double* out_value,
                                                        int* out_has_value);

/**
 * Like quiver_database_query_string() with @p param_count parameters bound to ?1, ?2, ...;
 * param_types[i] is a quiver_data_type_t code (not DATE_TIME) and param_values[i] points to the
 * value (the string itself for STRING).
 *
 * Outputs: *out_has_value and *out_value, a new string owned by the caller (NULL when absent);
 * release it with quiver_database_free_string(). Spec: c-api.md §13, §13.1.
 */
QUIVER_C_API quiver_error_t quiver_database_query_string_params(quiver_database_t* db,
                                                                const char* sql,
                                                                const int* param_types,
                                                                const void* const* param_values,
                                                                size_t param_count,
                                                                char** out_value,
                                                                int* out_has_value);

/**
 * Like quiver_database_query_integer() with @p param_count parameters bound to ?1, ?2, ... (types
 * and values as in quiver_database_query_string_params()).
 *
 * Outputs: *out_has_value and *out_value (left untouched when absent). Spec: c-api.md §13, §13.1.
 */
QUIVER_C_API quiver_error_t quiver_database_query_integer_params(quiver_database_t* db,
                                                                 const char* sql,
                                                                 const int* param_types,
                                                                 const void* const* param_values,
                                                                 size_t param_count,
                                                                 int64_t* out_value,
                                                                 int* out_has_value);

/**
 * Like quiver_database_query_float() with @p param_count parameters bound to ?1, ?2, ... (types and
 * values as in quiver_database_query_string_params()).
 *
 * Outputs: *out_has_value and *out_value (left untouched when absent). Spec: c-api.md §13, §13.1.
 */
QUIVER_C_API quiver_error_t quiver_database_query_float_params(quiver_database_t* db,
                                                               const char* sql,
                                                               const int* param_types,
                                                               const void* const* param_values,
                                                               size_t param_count,
                                                               double* out_value,
                                                               int* out_has_value);

/* Reports (c-api.md §14) */

/**
 * Describes the whole database (path, version, every collection's structure).
 *
 * Output: *out_report, a new string owned by the caller; release it with
 * quiver_database_free_string(). Spec: c-api.md §14.1-14.2.
 */
QUIVER_C_API quiver_error_t quiver_database_describe(quiver_database_t* db, char** out_report);

/**
 * Describes the structure of @p collection.
 *
 * Output: *out_report, a new string owned by the caller; release it with
 * quiver_database_free_string(). Spec: c-api.md §14.2.
 */
QUIVER_C_API quiver_error_t quiver_database_describe_collection(quiver_database_t* db,
                                                                const char* collection,
                                                                char** out_report);

/**
 * Summarizes the data coverage of @p collection (null counts, value distributions, non-empty
 * groups).
 *
 * Output: *out_report, a new string owned by the caller; release it with
 * quiver_database_free_string(). Spec: c-api.md §14.4.
 */
QUIVER_C_API quiver_error_t quiver_database_summarize_collection(quiver_database_t* db,
                                                                 const char* collection,
                                                                 char** out_report);

#ifdef __cplusplus
}
#endif

#endif /* QUIVER_C_DATABASE_H */
