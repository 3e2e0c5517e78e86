/*
 * Metadata of collections and groups (c-api.md §12, schema.md §3.2, §7),
 * copied out of the schema model into caller-owned structs.
 */
#include <stdlib.h>
#include <string.h>

#include <quiver/metadata.h>

#include "db.h"

/* What differs between the three group kinds: the table kind and the words of the messages. */
typedef struct {
    unsigned kind;
    const char *op;     /* "Cannot <op>: collection not found: ..." */
    const char *entity; /* "<entity> not found: '<group>' in collection '...'" */
} group_kind;

static const group_kind vector_kind = {QVI_KIND_VECTOR, "get_vector_metadata", "Vector group"};
static const group_kind set_kind = {QVI_KIND_SET, "get_set_metadata", "Set group"};
static const group_kind time_series_kind = {QVI_KIND_TIME_SERIES, "get_time_series_metadata",
                                            "Time series group"};

void qv_scalar_metadata_clear(qv_scalar_metadata *metadata)
{
    free(metadata->name);
    free(metadata->default_value);
    free(metadata->references_collection);
    free(metadata->references_column);
    metadata->name = NULL;
    metadata->default_value = NULL;
    metadata->references_collection = NULL;
    metadata->references_column = NULL;
}

void qv_group_metadata_clear(qv_group_metadata *metadata)
{
    free(metadata->group_name);
    free(metadata->dimension_column);
    if (metadata->value_columns) {
        for (size_t i = 0; i < metadata->value_column_count; ++i)
            qv_scalar_metadata_clear(&metadata->value_columns[i]);
        free(metadata->value_columns);
    }
    metadata->group_name = NULL;
    metadata->dimension_column = NULL;
    metadata->value_columns = NULL;
    metadata->value_column_count = 0;
}

void qv_free_scalar_metadata_array(qv_scalar_metadata *metadata, size_t count)
{
    if (metadata == NULL)
        return;
    for (size_t i = 0; i < count; ++i)
        qv_scalar_metadata_clear(&metadata[i]);
    free(metadata);
}

void qv_free_group_metadata_array(qv_group_metadata *metadata, size_t count)
{
    if (metadata == NULL)
        return;
    for (size_t i = 0; i < count; ++i)
        qv_group_metadata_clear(&metadata[i]);
    free(metadata);
}

/* Fills @p m (zeroed by the caller) from column @p c of @p t; 0 when out of memory,
 * leaving @p m for qv_scalar_metadata_clear(). */
static int fill_scalar(const qvi_table *t, const qvi_column *c, qv_scalar_metadata *m)
{
    m->name = strdup(c->name);
    m->data_type = c->type;
    /* schema.md §3.2: an INTEGER key column counts as NOT NULL although SQLite does not flag a rowid alias.
     */
    m->not_null = c->not_null || (c->primary_key && c->type == QV_TYPE_INTEGER);
    m->primary_key = c->primary_key;
    if (c->default_value && (m->default_value = strdup(c->default_value)) == NULL)
        return 0;
    if (c->fk >= 0) {
        const qvi_foreign_key *fk = &t->fks[c->fk];
        m->is_foreign_key = 1;
        m->references_collection = strdup(fk->table);
        m->references_column = strdup(fk->to);
        if (m->references_collection == NULL || m->references_column == NULL)
            return 0;
    }
    return m->name != NULL;
}

static int is_value_column(const qvi_column *c, unsigned kind, const qvi_column *dimension)
{
    if (strcmp(c->name, "id") == 0 || c == dimension)
        return 0;
    return !(kind == QVI_KIND_VECTOR && strcmp(c->name, "vector_index") == 0);
}

/* Fills @p m with group @p group, table @p t; on failure @p m holds nothing. */
static qv_status fill_group(qv_db *db, const qvi_table *t, unsigned kind, const char *group,
                            qv_group_metadata *m)
{
    const qvi_column *dimension = NULL;
    if (kind == QVI_KIND_TIME_SERIES && (dimension = qvi_ts_dimension(t)) == NULL)
        return qvi_not_found(&db->err, "Dimension column", "time series table '%s'", t->name);

    size_t count = 0;
    for (size_t i = 0; i < t->column_count; ++i)
        count += is_value_column(&t->columns[i], kind, dimension);

    memset(m, 0, sizeof *m);
    int ok = (m->group_name = strdup(group)) != NULL;
    if (ok && dimension)
        ok = (m->dimension_column = strdup(dimension->name)) != NULL;
    if (ok && count) {
        ok = (m->value_columns = calloc(count, sizeof *m->value_columns)) != NULL;
        if (ok)
            m->value_column_count = count;
    }
    for (size_t i = 0, j = 0; ok && i < t->column_count; ++i) {
        if (is_value_column(&t->columns[i], kind, dimension))
            ok = fill_scalar(t, &t->columns[i], &m->value_columns[j++]);
    }
    if (!ok) {
        qv_group_metadata_clear(m);
        return qvi_out_of_memory(&db->err);
    }
    return QV_OK;
}

qv_status qv_get_scalar_metadata(qv_db *db, const char *collection, const char *attribute,
                                 qv_scalar_metadata *out)
{
    const qvi_schema *s = qvi_db_schema(db);
    if (s == NULL)
        return QV_ERROR;
    const qvi_table *t = qvi_schema_table(s, collection);
    if (t == NULL)
        return qvi_cannot(&db->err, "get_scalar_metadata", "collection not found: %s", collection);
    const qvi_column *c = qvi_table_column(t, attribute);
    if (c == NULL)
        return qvi_not_found(&db->err, "Scalar attribute", "'%s' in collection '%s'", attribute, collection);
    qv_scalar_metadata m = {0};
    if (!fill_scalar(t, c, &m)) {
        qv_scalar_metadata_clear(&m);
        return qvi_out_of_memory(&db->err);
    }
    *out = m;
    return QV_OK;
}

static qv_status get_group(qv_db *db, const group_kind *k, const char *collection, const char *group,
                           qv_group_metadata *out)
{
    const qvi_schema *s = qvi_db_schema(db);
    if (s == NULL)
        return QV_ERROR;
    if (qvi_schema_table(s, collection) == NULL)
        return qvi_cannot(&db->err, k->op, "collection not found: %s", collection);
    /* A files table is not a time-series group (schema.md §2.4), so asking for
     * group "files" reports the group as missing. */
    const qvi_table *t = qvi_schema_group(s, collection, k->kind, group);
    if (t == NULL)
        return qvi_not_found(&db->err, k->entity, "'%s' in collection '%s'", group, collection);
    qv_group_metadata m;
    if (fill_group(db, t, k->kind, group, &m) != QV_OK)
        return QV_ERROR;
    *out = m;
    return QV_OK;
}

qv_status qv_get_vector_metadata(qv_db *db, const char *collection, const char *group, qv_group_metadata *out)
{
    return get_group(db, &vector_kind, collection, group, out);
}

qv_status qv_get_set_metadata(qv_db *db, const char *collection, const char *group, qv_group_metadata *out)
{
    return get_group(db, &set_kind, collection, group, out);
}

qv_status qv_get_time_series_metadata(qv_db *db, const char *collection, const char *group,
                                      qv_group_metadata *out)
{
    return get_group(db, &time_series_kind, collection, group, out);
}

qv_status qv_list_scalar_attributes(qv_db *db, const char *collection, qv_scalar_metadata **out,
                                    size_t *out_count)
{
    const qvi_schema *s = qvi_db_schema(db);
    if (s == NULL)
        return QV_ERROR;
    const qvi_table *t = qvi_schema_table(s, collection);
    if (t == NULL)
        return qvi_cannot(&db->err, "list_scalar_attributes", "collection not found: %s", collection);
    qv_scalar_metadata *list = NULL;
    if (t->column_count) {
        list = calloc(t->column_count, sizeof *list);
        int ok = list != NULL;
        for (size_t i = 0; ok && i < t->column_count; ++i)
            ok = fill_scalar(t, &t->columns[i], &list[i]);
        if (!ok) {
            qv_free_scalar_metadata_array(list, t->column_count);
            return qvi_out_of_memory(&db->err);
        }
    }
    *out = list;
    *out_count = t->column_count;
    return QV_OK;
}

static qv_status list_groups(qv_db *db, unsigned kind, const char *collection, qv_group_metadata **out,
                             size_t *out_count)
{
    const qvi_schema *s = qvi_db_schema(db);
    if (s == NULL)
        return QV_ERROR;
    size_t count = 0;
    for (const qvi_table *t = qvi_schema_next_group(s, collection, kind, NULL); t;
         t = qvi_schema_next_group(s, collection, kind, t))
        ++count;
    qv_group_metadata *list = NULL;
    if (count) {
        list = calloc(count, sizeof *list);
        if (list == NULL)
            return qvi_out_of_memory(&db->err);
        size_t i = 0;
        for (const qvi_table *t = qvi_schema_next_group(s, collection, kind, NULL); t;
             t = qvi_schema_next_group(s, collection, kind, t), ++i) {
            if (fill_group(db, t, kind, qvi_table_group_name(t, kind), &list[i]) != QV_OK) {
                qv_free_group_metadata_array(list, i);
                return QV_ERROR;
            }
        }
    }
    *out = list;
    *out_count = count;
    return QV_OK;
}

qv_status qv_list_vector_groups(qv_db *db, const char *collection, qv_group_metadata **out, size_t *out_count)
{
    return list_groups(db, QVI_KIND_VECTOR, collection, out, out_count);
}

qv_status qv_list_set_groups(qv_db *db, const char *collection, qv_group_metadata **out, size_t *out_count)
{
    return list_groups(db, QVI_KIND_SET, collection, out, out_count);
}

qv_status qv_list_time_series_groups(qv_db *db, const char *collection, qv_group_metadata **out,
                                     size_t *out_count)
{
    return list_groups(db, QVI_KIND_TIME_SERIES, collection, out, out_count);
}
