/*
 * The readers of the C API (c-api.md §11).  The core returns blocks in
 * exactly the C API's shape (released by the functions of free.c), so each
 * reader checks its arguments in the spec's order and passes them through.
 * Readers of one shape differ only in name and element type: a macro per
 * shape defines them, checking every pointer under its prototype's name.
 */
#include <quiver/read.h>

#include "capi.h"

#define SCALAR_BULK_READER(name, T)                                                                          \
    quiver_error_t quiver_database_##name(quiver_database_t *db, const char *collection,                     \
                                          const char *attribute, T **out_values, uint8_t **out_mask,         \
                                          size_t *out_count)                                                 \
    {                                                                                                        \
        QC_REQUIRE(db);                                                                                      \
        QC_REQUIRE(collection);                                                                              \
        QC_REQUIRE(attribute);                                                                               \
        QC_REQUIRE(out_values);                                                                              \
        QC_REQUIRE(out_mask);                                                                                \
        QC_REQUIRE(out_count);                                                                               \
        return qc_status(qc_db(db),                                                                          \
                         qv_##name(qc_db(db), collection, attribute, out_values, out_mask, out_count));      \
    }

SCALAR_BULK_READER(read_scalar_integers, int64_t)
SCALAR_BULK_READER(read_scalar_floats, double)

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

#define SCALAR_BY_ID_READER(name, T)                                                                         \
    quiver_error_t quiver_database_##name(quiver_database_t *db, const char *collection,                     \
                                          const char *attribute, int64_t id, T *out_value,                   \
                                          int *out_has_value)                                                \
    {                                                                                                        \
        QC_REQUIRE(db);                                                                                      \
        QC_REQUIRE(collection);                                                                              \
        QC_REQUIRE(attribute);                                                                               \
        QC_REQUIRE(out_value);                                                                               \
        QC_REQUIRE(out_has_value);                                                                           \
        return qc_status(qc_db(db),                                                                          \
                         qv_##name(qc_db(db), collection, attribute, id, out_value, out_has_value));         \
    }

SCALAR_BY_ID_READER(read_scalar_integer_by_id, int64_t)
SCALAR_BY_ID_READER(read_scalar_float_by_id, double)
SCALAR_BY_ID_READER(read_scalar_string_by_id, char *)

/* @p out_entries is the prototype's name of the outer array: out_vectors or out_sets. */
#define GROUP_BULK_READER(name, T, out_entries)                                                              \
    quiver_error_t quiver_database_##name(quiver_database_t *db, const char *collection,                     \
                                          const char *attribute, T ***out_entries, size_t **out_sizes,       \
                                          size_t *out_count)                                                 \
    {                                                                                                        \
        QC_REQUIRE(db);                                                                                      \
        QC_REQUIRE(collection);                                                                              \
        QC_REQUIRE(attribute);                                                                               \
        QC_REQUIRE(out_entries);                                                                             \
        QC_REQUIRE(out_sizes);                                                                               \
        QC_REQUIRE(out_count);                                                                               \
        return qc_status(qc_db(db),                                                                          \
                         qv_##name(qc_db(db), collection, attribute, out_entries, out_sizes, out_count));    \
    }

GROUP_BULK_READER(read_vector_integers, int64_t, out_vectors)
GROUP_BULK_READER(read_vector_floats, double, out_vectors)
GROUP_BULK_READER(read_vector_strings, char *, out_vectors)
GROUP_BULK_READER(read_set_integers, int64_t, out_sets)
GROUP_BULK_READER(read_set_floats, double, out_sets)
GROUP_BULK_READER(read_set_strings, char *, out_sets)

#define GROUP_BY_ID_READER(name, T)                                                                          \
    quiver_error_t quiver_database_##name(quiver_database_t *db, const char *collection,                     \
                                          const char *attribute, int64_t id, T **out_values,                 \
                                          size_t *out_count)                                                 \
    {                                                                                                        \
        QC_REQUIRE(db);                                                                                      \
        QC_REQUIRE(collection);                                                                              \
        QC_REQUIRE(attribute);                                                                               \
        QC_REQUIRE(out_values);                                                                              \
        QC_REQUIRE(out_count);                                                                               \
        return qc_status(qc_db(db), qv_##name(qc_db(db), collection, attribute, id, out_values, out_count)); \
    }

GROUP_BY_ID_READER(read_vector_integers_by_id, int64_t)
GROUP_BY_ID_READER(read_vector_floats_by_id, double)
GROUP_BY_ID_READER(read_vector_strings_by_id, char *)
GROUP_BY_ID_READER(read_set_integers_by_id, int64_t)
GROUP_BY_ID_READER(read_set_floats_by_id, double)
GROUP_BY_ID_READER(read_set_strings_by_id, char *)

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
