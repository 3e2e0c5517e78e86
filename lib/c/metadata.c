/*
 * Metadata functions of the C API (c-api.md §12).  The core's metadata structs
 * have the C API's layout (checked below), so results are handed over as they
 * are; the free functions differ from the core's only in rejecting NULL.
 */
#include <stddef.h>

#include <quiver/metadata.h>

#include "capi.h"

#define QC_SAME_FIELD(a, b, field)                                                                           \
    _Static_assert(offsetof(a, field) == offsetof(b, field) &&                                               \
                       sizeof(((a *)0)->field) == sizeof(((b *)0)->field),                                   \
                   #field " differs between " #a " and " #b)

_Static_assert(sizeof(qv_scalar_metadata) == sizeof(quiver_scalar_metadata_t), "scalar metadata size");
QC_SAME_FIELD(qv_scalar_metadata, quiver_scalar_metadata_t, name);
QC_SAME_FIELD(qv_scalar_metadata, quiver_scalar_metadata_t, data_type);
QC_SAME_FIELD(qv_scalar_metadata, quiver_scalar_metadata_t, not_null);
QC_SAME_FIELD(qv_scalar_metadata, quiver_scalar_metadata_t, primary_key);
QC_SAME_FIELD(qv_scalar_metadata, quiver_scalar_metadata_t, default_value);
QC_SAME_FIELD(qv_scalar_metadata, quiver_scalar_metadata_t, is_foreign_key);
QC_SAME_FIELD(qv_scalar_metadata, quiver_scalar_metadata_t, references_collection);
QC_SAME_FIELD(qv_scalar_metadata, quiver_scalar_metadata_t, references_column);
_Static_assert(sizeof(qv_group_metadata) == sizeof(quiver_group_metadata_t), "group metadata size");
QC_SAME_FIELD(qv_group_metadata, quiver_group_metadata_t, group_name);
QC_SAME_FIELD(qv_group_metadata, quiver_group_metadata_t, dimension_column);
QC_SAME_FIELD(qv_group_metadata, quiver_group_metadata_t, value_columns);
QC_SAME_FIELD(qv_group_metadata, quiver_group_metadata_t, value_column_count);

static qv_scalar_metadata *core_scalar(quiver_scalar_metadata_t *metadata)
{
    return (qv_scalar_metadata *)metadata;
}

static qv_group_metadata *core_group(quiver_group_metadata_t *metadata)
{
    return (qv_group_metadata *)metadata;
}

quiver_error_t quiver_database_get_scalar_metadata(quiver_database_t *db, const char *collection,
                                                   const char *attribute,
                                                   quiver_scalar_metadata_t *out_metadata)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(attribute);
    QC_REQUIRE(out_metadata);
    return qc_status(qc_db(db),
                     qv_get_scalar_metadata(qc_db(db), collection, attribute, core_scalar(out_metadata)));
}

typedef qv_status (*qc_group_getter)(qv_db *db, const char *collection, const char *group,
                                     qv_group_metadata *out);

/* The three group getters differ only in the core function they call. */
static quiver_error_t get_group(qc_group_getter getter, quiver_database_t *db, const char *collection,
                                const char *group_name, quiver_group_metadata_t *out_metadata)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(group_name);
    QC_REQUIRE(out_metadata);
    return qc_status(qc_db(db), getter(qc_db(db), collection, group_name, core_group(out_metadata)));
}

quiver_error_t quiver_database_get_vector_metadata(quiver_database_t *db, const char *collection,
                                                   const char *group_name,
                                                   quiver_group_metadata_t *out_metadata)
{
    return get_group(qv_get_vector_metadata, db, collection, group_name, out_metadata);
}

quiver_error_t quiver_database_get_set_metadata(quiver_database_t *db, const char *collection,
                                                const char *group_name, quiver_group_metadata_t *out_metadata)
{
    return get_group(qv_get_set_metadata, db, collection, group_name, out_metadata);
}

quiver_error_t quiver_database_get_time_series_metadata(quiver_database_t *db, const char *collection,
                                                        const char *group_name,
                                                        quiver_group_metadata_t *out_metadata)
{
    return get_group(qv_get_time_series_metadata, db, collection, group_name, out_metadata);
}

quiver_error_t quiver_database_free_scalar_metadata(quiver_scalar_metadata_t *metadata)
{
    QC_REQUIRE(metadata);
    qv_scalar_metadata_clear(core_scalar(metadata));
    return QUIVER_OK;
}

quiver_error_t quiver_database_free_group_metadata(quiver_group_metadata_t *metadata)
{
    QC_REQUIRE(metadata);
    qv_group_metadata_clear(core_group(metadata));
    return QUIVER_OK;
}

quiver_error_t quiver_database_list_scalar_attributes(quiver_database_t *db, const char *collection,
                                                      quiver_scalar_metadata_t **out_metadata,
                                                      size_t *out_count)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(out_metadata);
    QC_REQUIRE(out_count);
    return qc_status(qc_db(db), qv_list_scalar_attributes(qc_db(db), collection,
                                                          (qv_scalar_metadata **)out_metadata, out_count));
}

typedef qv_status (*qc_group_lister)(qv_db *db, const char *collection, qv_group_metadata **out,
                                     size_t *out_count);

/* The three group listers differ only in the core function they call. */
static quiver_error_t list_groups(qc_group_lister lister, quiver_database_t *db, const char *collection,
                                  quiver_group_metadata_t **out_metadata, size_t *out_count)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(out_metadata);
    QC_REQUIRE(out_count);
    return qc_status(qc_db(db), lister(qc_db(db), collection, (qv_group_metadata **)out_metadata, out_count));
}

quiver_error_t quiver_database_list_vector_groups(quiver_database_t *db, const char *collection,
                                                  quiver_group_metadata_t **out_metadata, size_t *out_count)
{
    return list_groups(qv_list_vector_groups, db, collection, out_metadata, out_count);
}

quiver_error_t quiver_database_list_set_groups(quiver_database_t *db, const char *collection,
                                               quiver_group_metadata_t **out_metadata, size_t *out_count)
{
    return list_groups(qv_list_set_groups, db, collection, out_metadata, out_count);
}

quiver_error_t quiver_database_list_time_series_groups(quiver_database_t *db, const char *collection,
                                                       quiver_group_metadata_t **out_metadata,
                                                       size_t *out_count)
{
    return list_groups(qv_list_time_series_groups, db, collection, out_metadata, out_count);
}

quiver_error_t quiver_database_free_scalar_metadata_array(quiver_scalar_metadata_t *metadata, size_t count)
{
    QC_REQUIRE(metadata);
    qv_free_scalar_metadata_array(core_scalar(metadata), count);
    return QUIVER_OK;
}

quiver_error_t quiver_database_free_group_metadata_array(quiver_group_metadata_t *metadata, size_t count)
{
    QC_REQUIRE(metadata);
    qv_free_group_metadata_array(core_group(metadata), count);
    return QUIVER_OK;
}
