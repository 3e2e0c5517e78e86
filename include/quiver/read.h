/**
 * @file quiver/read.h
 * @brief Reading elements back: scalar, vector and set attributes (in bulk or
 *        for one element), element ids and element counts.
 *
 * Every function loads the schema on first use, then checks its names against
 * it: @p collection may be any table of the schema, @p attribute a column name.
 * Types are not checked against the declared column type: a stored value of
 * another kind is reported as absent (integer readers: only SQLite integers;
 * float readers: reals and integers, widened; string readers: only text).
 *
 * Results are plain malloc() blocks owned by the caller, in exactly the shape
 * the flat C API returns: release single blocks with qv_free(), string arrays
 * with qv_free_strings() and nested results with qv_free_integer_vectors(),
 * qv_free_float_vectors() or qv_free_string_vectors().  An empty result is a
 * count of 0 and NULL in every pointer output.  On failure nothing is
 * written and the message is in the handle (qv_db_errmsg()).
 */
#ifndef QV_READ_H
#define QV_READ_H

#include <quiver/common.h>
#include <quiver/database.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @name Scalar bulk readers
 * One entry per row of @p collection, in rowid order (aligned with
 * qv_read_element_ids()).  Numeric readers give a mask byte per entry (1 =
 * present); absent entries hold 0.  The string reader's absent entries are NULL.
 * @{
 */
QV_API qv_status qv_read_scalar_integers(qv_db *db, const char *collection, const char *attribute,
                                         int64_t **out_values, uint8_t **out_mask, size_t *out_count);
QV_API qv_status qv_read_scalar_floats(qv_db *db, const char *collection, const char *attribute,
                                       double **out_values, uint8_t **out_mask, size_t *out_count);
QV_API qv_status qv_read_scalar_strings(qv_db *db, const char *collection, const char *attribute,
                                        char ***out_values, size_t *out_count);
/** @} */

/**
 * @name Scalar by-id readers
 * A missing element, a NULL or a value of another kind sets *out_has_value to
 * 0; *out_value is then left untouched by the numeric readers and set to NULL
 * by the string reader.  The string is owned by the caller (qv_free()).
 * @{
 */
QV_API qv_status qv_read_scalar_integer_by_id(qv_db *db, const char *collection, const char *attribute,
                                              int64_t id, int64_t *out_value, int *out_has_value);
QV_API qv_status qv_read_scalar_float_by_id(qv_db *db, const char *collection, const char *attribute,
                                            int64_t id, double *out_value, int *out_has_value);
QV_API qv_status qv_read_scalar_string_by_id(qv_db *db, const char *collection, const char *attribute,
                                             int64_t id, char **out_value, int *out_has_value);
/** @} */

/**
 * @name Vector and set bulk readers
 * @p attribute is a column of a vector (set) table of @p collection: the table
 * `<collection>_vector_<attribute>` (`_set_`) when it exists, else the first
 * such table in name order that has the column.  One entry per element that
 * has rows, in ascending id order; within an entry the cells in vector_index
 * order (sets: the order SQLite returns), skipping absent cells, so an entry
 * may be empty (size 0, NULL pointer).  Release with the qv_free_*_vectors()
 * function of the type.
 * @{
 */
QV_API qv_status qv_read_vector_integers(qv_db *db, const char *collection, const char *attribute,
                                         int64_t ***out_vectors, size_t **out_sizes, size_t *out_count);
QV_API qv_status qv_read_vector_floats(qv_db *db, const char *collection, const char *attribute,
                                       double ***out_vectors, size_t **out_sizes, size_t *out_count);
QV_API qv_status qv_read_vector_strings(qv_db *db, const char *collection, const char *attribute,
                                        char ****out_vectors, size_t **out_sizes, size_t *out_count);
QV_API qv_status qv_read_set_integers(qv_db *db, const char *collection, const char *attribute,
                                      int64_t ***out_sets, size_t **out_sizes, size_t *out_count);
QV_API qv_status qv_read_set_floats(qv_db *db, const char *collection, const char *attribute,
                                    double ***out_sets, size_t **out_sizes, size_t *out_count);
QV_API qv_status qv_read_set_strings(qv_db *db, const char *collection, const char *attribute,
                                     char ****out_sets, size_t **out_sizes, size_t *out_count);
/** @} */

/**
 * @name Vector and set by-id readers
 * The present cells of element @p id (absent ones dropped); a missing element
 * gives an empty result.  Release with qv_free() or qv_free_strings().
 * @{
 */
QV_API qv_status qv_read_vector_integers_by_id(qv_db *db, const char *collection, const char *attribute,
                                               int64_t id, int64_t **out_values, size_t *out_count);
QV_API qv_status qv_read_vector_floats_by_id(qv_db *db, const char *collection, const char *attribute,
                                             int64_t id, double **out_values, size_t *out_count);
QV_API qv_status qv_read_vector_strings_by_id(qv_db *db, const char *collection, const char *attribute,
                                              int64_t id, char ***out_values, size_t *out_count);
QV_API qv_status qv_read_set_integers_by_id(qv_db *db, const char *collection, const char *attribute,
                                            int64_t id, int64_t **out_values, size_t *out_count);
QV_API qv_status qv_read_set_floats_by_id(qv_db *db, const char *collection, const char *attribute,
                                          int64_t id, double **out_values, size_t *out_count);
QV_API qv_status qv_read_set_strings_by_id(qv_db *db, const char *collection, const char *attribute,
                                           int64_t id, char ***out_values, size_t *out_count);
/** @} */

/** The ids of every row of @p collection in rowid order; release with qv_free(). */
QV_API qv_status qv_read_element_ids(qv_db *db, const char *collection, int64_t **out_ids, size_t *out_count);
/** The current number of rows of @p collection (COUNT(*), computed on every call). */
QV_API qv_status qv_number_of_elements(qv_db *db, const char *collection, int64_t *out_count);

/** Release a nested numeric result: the @p count inner arrays, @p vectors, then @p sizes (NULLs allowed). */
QV_API void qv_free_integer_vectors(int64_t **vectors, size_t *sizes, size_t count);
QV_API void qv_free_float_vectors(double **vectors, size_t *sizes, size_t count);
/** Releases a nested string result: each inner array's sizes[i] strings, the inner arrays,
 *  @p vectors, then @p sizes (NULLs allowed). */
QV_API void qv_free_string_vectors(char ***vectors, size_t *sizes, size_t count);

#ifdef __cplusplus
}
#endif

#endif
