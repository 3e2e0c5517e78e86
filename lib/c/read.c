/*
 * The readers of the C API (c-api.md §11).  The core returns blocks in
 * exactly the C API's shape (released by the functions of free.c), so each
 * reader checks its arguments in the spec's order and passes them through.
 */
#include <quiver/read.h>

#include "capi.h"

quiver_error_t quiver_database_read_scalar_integers(quiver_database_t *db, const char *collection,
                                                    const char *attribute, int64_t **out_values,
                                                    uint8_t **out_mask, size_t *out_count)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(attribute);
    QC_REQUIRE(out_values);
    QC_REQUIRE(out_mask);
    QC_REQUIRE(out_count);
    return qc_status(qc_db(db), qv_read_scalar_integers(qc_db(db), collection, attribute, out_values,
                                                        out_mask, out_count));
}

quiver_error_t quiver_database_read_scalar_floats(quiver_database_t *db, const char *collection,
                                                  const char *attribute, double **out_values,
                                                  uint8_t **out_mask, size_t *out_count)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(attribute);
    QC_REQUIRE(out_values);
    QC_REQUIRE(out_mask);
    QC_REQUIRE(out_count);
    return qc_status(
        qc_db(db), qv_read_scalar_floats(qc_db(db), collection, attribute, out_values, out_mask, out_count));
}

quiver_error_t quiver_database_read_scalar_strings(quiver_database_t *db, const char *collection,
                                                   const char *attribute, char ***out_values,
                                                   size_t *out_count)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(attribute);
    QC_REQUIRE(out_values);
    QC_REQUIRE(out_count);
    return qc_status(qc_db(db),
                     qv_read_scalar_strings(qc_db(db), collection, attribute, out_values, out_count));
}

quiver_error_t quiver_database_read_scalar_integer_by_id(quiver_database_t *db, const char *collection,
                                                         const char *attribute, int64_t id,
                                                         int64_t *out_value, int *out_has_value)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(attribute);
    QC_REQUIRE(out_value);
    QC_REQUIRE(out_has_value);
    return qc_status(qc_db(db), qv_read_scalar_integer_by_id(qc_db(db), collection, attribute, id, out_value,
                                                             out_has_value));
}

quiver_error_t quiver_database_read_scalar_float_by_id(quiver_database_t *db, const char *collection,
                                                       const char *attribute, int64_t id, double *out_value,
                                                       int *out_has_value)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(attribute);
    QC_REQUIRE(out_value);
    QC_REQUIRE(out_has_value);
    return qc_status(qc_db(db), qv_read_scalar_float_by_id(qc_db(db), collection, attribute, id, out_value,
                                                           out_has_value));
}

quiver_error_t quiver_database_read_scalar_string_by_id(quiver_database_t *db, const char *collection,
                                                        const char *attribute, int64_t id, char **out_value,
                                                        int *out_has_value)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(attribute);
    QC_REQUIRE(out_value);
    QC_REQUIRE(out_has_value);
    return qc_status(qc_db(db), qv_read_scalar_string_by_id(qc_db(db), collection, attribute, id, out_value,
                                                            out_has_value));
}

quiver_error_t quiver_database_read_vector_integers(quiver_database_t *db, const char *collection,
                                                    const char *attribute, int64_t ***out_vectors,
                                                    size_t **out_sizes, size_t *out_count)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(attribute);
    QC_REQUIRE(out_vectors);
    QC_REQUIRE(out_sizes);
    QC_REQUIRE(out_count);
    return qc_status(qc_db(db), qv_read_vector_integers(qc_db(db), collection, attribute, out_vectors,
                                                        out_sizes, out_count));
}

quiver_error_t quiver_database_read_vector_floats(quiver_database_t *db, const char *collection,
                                                  const char *attribute, double ***out_vectors,
                                                  size_t **out_sizes, size_t *out_count)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(attribute);
    QC_REQUIRE(out_vectors);
    QC_REQUIRE(out_sizes);
    QC_REQUIRE(out_count);
    return qc_status(qc_db(db), qv_read_vector_floats(qc_db(db), collection, attribute, out_vectors,
                                                      out_sizes, out_count));
}

quiver_error_t quiver_database_read_vector_strings(quiver_database_t *db, const char *collection,
                                                   const char *attribute, char ****out_vectors,
                                                   size_t **out_sizes, size_t *out_count)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(attribute);
    QC_REQUIRE(out_vectors);
    QC_REQUIRE(out_sizes);
    QC_REQUIRE(out_count);
    return qc_status(qc_db(db), qv_read_vector_strings(qc_db(db), collection, attribute, out_vectors,
                                                       out_sizes, out_count));
}

quiver_error_t quiver_database_read_set_integers(quiver_database_t *db, const char *collection,
                                                 const char *attribute, int64_t ***out_sets,
                                                 size_t **out_sizes, size_t *out_count)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(attribute);
    QC_REQUIRE(out_sets);
    QC_REQUIRE(out_sizes);
    QC_REQUIRE(out_count);
    return qc_status(qc_db(db),
                     qv_read_set_integers(qc_db(db), collection, attribute, out_sets, out_sizes, out_count));
}

quiver_error_t quiver_database_read_set_floats(quiver_database_t *db, const char *collection,
                                               const char *attribute, double ***out_sets, size_t **out_sizes,
                                               size_t *out_count)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(attribute);
    QC_REQUIRE(out_sets);
    QC_REQUIRE(out_sizes);
    QC_REQUIRE(out_count);
    return qc_status(qc_db(db),
                     qv_read_set_floats(qc_db(db), collection, attribute, out_sets, out_sizes, out_count));
}

quiver_error_t quiver_database_read_set_strings(quiver_database_t *db, const char *collection,
                                                const char *attribute, char ****out_sets, size_t **out_sizes,
                                                size_t *out_count)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(attribute);
    QC_REQUIRE(out_sets);
    QC_REQUIRE(out_sizes);
    QC_REQUIRE(out_count);
    return qc_status(qc_db(db),
                     qv_read_set_strings(qc_db(db), collection, attribute, out_sets, out_sizes, out_count));
}

quiver_error_t quiver_database_read_vector_integers_by_id(quiver_database_t *db, const char *collection,
                                                          const char *attribute, int64_t id,
                                                          int64_t **out_values, size_t *out_count)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(attribute);
    QC_REQUIRE(out_values);
    QC_REQUIRE(out_count);
    return qc_status(qc_db(db), qv_read_vector_integers_by_id(qc_db(db), collection, attribute, id,
                                                              out_values, out_count));
}

quiver_error_t quiver_database_read_vector_floats_by_id(quiver_database_t *db, const char *collection,
                                                        const char *attribute, int64_t id,
                                                        double **out_values, size_t *out_count)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(attribute);
    QC_REQUIRE(out_values);
    QC_REQUIRE(out_count);
    return qc_status(
        qc_db(db), qv_read_vector_floats_by_id(qc_db(db), collection, attribute, id, out_values, out_count));
}

quiver_error_t quiver_database_read_vector_strings_by_id(quiver_database_t *db, const char *collection,
                                                         const char *attribute, int64_t id,
                                                         char ***out_values, size_t *out_count)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(attribute);
    QC_REQUIRE(out_values);
    QC_REQUIRE(out_count);
    return qc_status(
        qc_db(db), qv_read_vector_strings_by_id(qc_db(db), collection, attribute, id, out_values, out_count));
}

quiver_error_t quiver_database_read_set_integers_by_id(quiver_database_t *db, const char *collection,
                                                       const char *attribute, int64_t id,
                                                       int64_t **out_values, size_t *out_count)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(attribute);
    QC_REQUIRE(out_values);
    QC_REQUIRE(out_count);
    return qc_status(qc_db(db),
                     qv_read_set_integers_by_id(qc_db(db), collection, attribute, id, out_values, out_count));
}

quiver_error_t quiver_database_read_set_floats_by_id(quiver_database_t *db, const char *collection,
                                                     const char *attribute, int64_t id, double **out_values,
                                                     size_t *out_count)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(attribute);
    QC_REQUIRE(out_values);
    QC_REQUIRE(out_count);
    return qc_status(qc_db(db),
                     qv_read_set_floats_by_id(qc_db(db), collection, attribute, id, out_values, out_count));
}

quiver_error_t quiver_database_read_set_strings_by_id(quiver_database_t *db, const char *collection,
                                                      const char *attribute, int64_t id, char ***out_values,
                                                      size_t *out_count)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(attribute);
    QC_REQUIRE(out_values);
    QC_REQUIRE(out_count);
    return qc_status(qc_db(db),
                     qv_read_set_strings_by_id(qc_db(db), collection, attribute, id, out_values, out_count));
}

quiver_error_t quiver_database_read_element_ids(quiver_database_t *db, const char *collection,
                                                int64_t **out_ids, size_t *out_count)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(out_ids);
    QC_REQUIRE(out_count);
    return qc_status(qc_db(db), qv_read_element_ids(qc_db(db), collection, out_ids, out_count));
}

quiver_error_t quiver_database_number_of_elements(quiver_database_t *db, const char *collection,
                                                  int64_t *out_count)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(out_count);
    return qc_status(qc_db(db), qv_number_of_elements(qc_db(db), collection, out_count));
}
