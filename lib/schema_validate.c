/*
 * The schema validator (schema.md §9): every rule, in the spec's order, over
 * the model of schema.h.  The first violation is reported as
 * "Failed to validate schema: <reason>"; nothing here touches SQLite.
 *
 * The order of the checks is part of the contract (it decides which message a
 * schema with several faults reports): Configuration, collection names,
 * per-table structure, duplicate attributes, foreign keys.  Tables are
 * visited in the model's byte-wise name order and, where columns are
 * iterated, in byte-wise column name order (`by_name`).
 */
#include <ctype.h>
#include <string.h>

#include "schema.h"

#include "error.h"

enum { GROUP_KINDS = QVI_KIND_VECTOR | QVI_KIND_SET | QVI_KIND_TIME_SERIES };

#define INVALID(err, ...) qvi_failed((err), "validate schema", __VA_ARGS__)

static int starts_with(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

static int primary_key_count(const qvi_table *t)
{
    int n = 0;
    for (size_t i = 0; i < t->column_count; ++i)
        n += t->columns[i].primary_key != 0;
    return n;
}

/* §9.2: a table of no group kind is a collection, whose name may not hold '_'. */
static qv_status check_collection_names(const qvi_schema *s, qv_error *err)
{
    for (size_t i = 0; i < s->table_count; ++i) {
        const qvi_table *t = &s->tables[i];
        if ((t->kinds & (GROUP_KINDS | QVI_KIND_TS_FILES)) == 0 && strchr(t->name, '_') &&
            strcmp(t->name, "Configuration") != 0)
            return INVALID(err, "Invalid collection name '%s': collection names cannot contain underscores",
                           t->name);
    }
    return QV_OK;
}

static int has_unique_label_index(const qvi_table *t)
{
    for (size_t i = 0; i < t->index_count; ++i) {
        const qvi_index *index = &t->indexes[i];
        if (index->unique && index->column_count == 1 && strcmp(index->columns[0], "label") == 0)
            return 1;
    }
    return 0;
}

static qv_status check_collection(const qvi_table *t, qv_error *err)
{
    const qvi_column *id = qvi_table_column(t, "id");
    if (id == NULL || !id->primary_key)
        return INVALID(err, "Collection '%s' must have 'id' as primary key", t->name);
    const qvi_column *label = qvi_table_column(t, "label");
    if (label == NULL)
        return INVALID(err, "Collection '%s' must have a 'label' column", t->name);
    if (label->type != QV_TYPE_STRING)
        return INVALID(err, "Collection '%s' label column must be TEXT type", t->name);
    if (!label->not_null)
        return INVALID(err, "Collection '%s' label column must have NOT NULL constraint", t->name);
    if (!has_unique_label_index(t))
        return INVALID(err, "Collection '%s' label column must have UNIQUE constraint", t->name);
    return QV_OK;
}

static qv_status check_vector(const qvi_schema *s, const qvi_table *t, qv_error *err)
{
    const char *parent = t->parent;
    if (qvi_schema_collection(s, parent) == NULL)
        return INVALID(err, "Vector table '%s' references non-existent collection '%s'", t->name, parent);
    const qvi_column *id = qvi_table_column(t, "id");
    if (id == NULL)
        return INVALID(err, "Vector table '%s' must have 'id' column", t->name);
    if (id->primary_key && primary_key_count(t) == 1)
        return INVALID(err,
                       "Vector table '%s' must have composite primary key (id, vector_index), not just 'id'",
                       t->name);
    if (qvi_table_column(t, "vector_index") == NULL)
        return INVALID(err, "Vector table '%s' must have 'vector_index' column", t->name);
    for (size_t i = 0; i < t->fk_count; ++i) {
        const qvi_foreign_key *fk = &t->fks[i];
        if (strcmp(fk->from, "id") != 0 || strcmp(fk->table, parent) != 0)
            continue;
        if (strcmp(fk->on_delete, "CASCADE") != 0 || strcmp(fk->on_update, "CASCADE") != 0)
            return INVALID(err, "Vector table '%s' FK to parent must use ON DELETE CASCADE ON UPDATE CASCADE",
                           t->name);
        return QV_OK;
    }
    return INVALID(err, "Vector table '%s' must have foreign key to parent collection '%s'", t->name, parent);
}

static int in_unique_index(const qvi_table *t, const char *column)
{
    for (size_t i = 0; i < t->index_count; ++i) {
        const qvi_index *index = &t->indexes[i];
        if (!index->unique)
            continue;
        for (size_t j = 0; j < index->column_count; ++j)
            if (strcmp(index->columns[j], column) == 0)
                return 1;
    }
    return 0;
}

static qv_status check_set(const qvi_table *t, qv_error *err)
{
    int any_unique = 0;
    for (size_t i = 0; i < t->index_count; ++i)
        any_unique |= t->indexes[i].unique;
    if (!any_unique)
        return INVALID(err, "Set table '%s' must have a UNIQUE constraint", t->name);
    for (size_t i = 0; i < t->column_count; ++i) {
        const qvi_column *c = qvi_table_column_by_name_order(t, i);
        if (strcmp(c->name, "id") == 0 || c->fk >= 0)
            continue;
        if (!in_unique_index(t, c->name))
            return INVALID(err, "Set table '%s' column '%s' must be part of a UNIQUE constraint", t->name,
                           c->name);
    }
    return QV_OK;
}

static qv_status check_files(const qvi_schema *s, const qvi_table *t, qv_error *err)
{
    if (qvi_schema_collection(s, t->parent) == NULL)
        return INVALID(err, "Time series files table '%s' references non-existent collection '%s'", t->name,
                       t->parent);
    for (size_t i = 0; i < t->column_count; ++i) {
        const qvi_column *c = qvi_table_column_by_name_order(t, i);
        if (c->type != QV_TYPE_STRING)
            return INVALID(err, "Time series files table '%s' column '%s' must be TEXT type (for file paths)",
                           t->name, c->name);
    }
    return QV_OK;
}

/* §9.3: the first matching kind decides; time-series tables get no check. */
static qv_status check_tables(const qvi_schema *s, qv_error *err)
{
    for (size_t i = 0; i < s->table_count; ++i) {
        const qvi_table *t = &s->tables[i];
        qv_status status = QV_OK;
        if (t->kinds & QVI_KIND_COLLECTION)
            status = check_collection(t, err);
        else if (t->kinds & QVI_KIND_VECTOR)
            status = check_vector(s, t, err);
        else if (t->kinds & QVI_KIND_SET)
            status = check_set(t, err);
        else if (t->kinds & QVI_KIND_TS_FILES)
            status = check_files(s, t, err);
        if (status != QV_OK)
            return status;
    }
    return QV_OK;
}

/* The columns of a group table that count as attributes in §9.6. */
static int counts_as_attribute(const qvi_table *group, const qvi_column *c)
{
    if (strcmp(c->name, "id") == 0 || c->fk >= 0)
        return 0;
    if ((group->kinds & QVI_KIND_VECTOR) && strcmp(c->name, "vector_index") == 0)
        return 0;
    if ((group->kinds & QVI_KIND_TIME_SERIES) && starts_with(c->name, "date_"))
        return 0;
    return 1;
}

static int is_group_of(const qvi_table *t, const char *collection)
{
    return (t->kinds & GROUP_KINDS) && t->parent && strcmp(t->parent, collection) == 0;
}

/* Whether @p name was already seen: a column of @p collection other than
 * id/label, or a counted column of a group table of it before @p group. */
static int seen_before(const qvi_schema *s, const qvi_table *collection, const qvi_table *group,
                       const char *name)
{
    if (strcmp(name, "id") != 0 && strcmp(name, "label") != 0 && qvi_table_column(collection, name))
        return 1;
    /* Tables are sorted by name, so the earlier groups are those before @p group. */
    for (const qvi_table *t = s->tables; t < group; ++t) {
        if (!is_group_of(t, collection->name))
            continue;
        const qvi_column *c = qvi_table_column(t, name);
        if (c && counts_as_attribute(t, c))
            return 1;
    }
    return 0;
}

/* §9.6.  The set of names of the spec is not built: a name is a duplicate when
 * it occurs in the collection or in an earlier group, which the model answers
 * by binary search (schemas are small, and this needs no allocation). */
static qv_status check_duplicates(const qvi_schema *s, qv_error *err)
{
    for (size_t i = 0; i < s->table_count; ++i) {
        const qvi_table *collection = &s->tables[i];
        if (!(collection->kinds & QVI_KIND_COLLECTION) || strcmp(collection->name, "Configuration") == 0)
            continue;
        for (size_t g = 0; g < s->table_count; ++g) {
            const qvi_table *group = &s->tables[g];
            if (!is_group_of(group, collection->name))
                continue;
            for (size_t k = 0; k < group->column_count; ++k) {
                const qvi_column *c = qvi_table_column_by_name_order(group, k);
                if (counts_as_attribute(group, c) && seen_before(s, collection, group, c->name))
                    return INVALID(err,
                                   "Duplicate attribute '%s' found in table '%s' (already defined in "
                                   "collection '%s')",
                                   c->name, group->name, collection->name);
            }
        }
    }
    return QV_OK;
}

/* ASCII case-insensitive "starts with" / "contains" (§4.1 compares names so). */
static int starts_with_nocase(const char *s, const char *prefix)
{
    for (; *prefix; ++s, ++prefix)
        if (tolower((unsigned char)*s) != tolower((unsigned char)*prefix))
            return 0;
    return 1;
}

static int contains_nocase(const char *s, const char *needle)
{
    for (; *s; ++s)
        if (starts_with_nocase(s, needle))
            return 1;
    return 0;
}

/* §4.1: <target>_id, <target>_..., or "_id" anywhere.  The first rule is a
 * case of the second; both are kept to mirror the spec. */
static int follows_naming_rule(const char *column, const char *target)
{
    size_t n = strlen(target);
    if (starts_with_nocase(column, target) && column[n] == '_')
        return 1;
    return contains_nocase(column, "_id");
}

static qv_status check_foreign_key(const qvi_table *t, const qvi_foreign_key *fk, const qvi_column *c,
                                   qv_error *err)
{
    int set_null = strcmp(fk->on_delete, "SET NULL") == 0;
    int vector_id = (t->kinds & QVI_KIND_VECTOR) && strcmp(fk->from, "id") == 0;
    if (set_null && c->not_null)
        return INVALID(err,
                       "Foreign key column '%s' in table '%s' has ON DELETE SET NULL but NOT NULL constraint",
                       fk->from, t->name);
    if (vector_id) {
        if (strcmp(fk->on_delete, "CASCADE") != 0 || strcmp(fk->on_update, "CASCADE") != 0)
            return INVALID(err, "Vector table '%s' parent FK must use ON DELETE CASCADE ON UPDATE CASCADE",
                           t->name);
    } else if (!(t->kinds & QVI_KIND_TIME_SERIES)) {
        if (strcmp(fk->on_update, "CASCADE") != 0)
            return INVALID(err, "Foreign key '%s' in table '%s' must use ON UPDATE CASCADE", fk->from,
                           t->name);
        if (!set_null && strcmp(fk->on_delete, "CASCADE") != 0)
            return INVALID(err,
                           "Foreign key '%s' in table '%s' must use ON DELETE SET NULL or ON DELETE CASCADE",
                           fk->from, t->name);
    }
    if (!vector_id && !(t->kinds & (QVI_KIND_SET | QVI_KIND_TIME_SERIES)) &&
        !follows_naming_rule(fk->from, fk->table))
        return INVALID(err,
                       "Foreign key column '%s' in table '%s' should follow naming pattern '<collection>_id'",
                       fk->from, t->name);
    return QV_OK;
}

/* §9.7: every table in name order, its FKs in PRAGMA order. */
static qv_status check_foreign_keys(const qvi_schema *s, qv_error *err)
{
    for (size_t i = 0; i < s->table_count; ++i) {
        const qvi_table *t = &s->tables[i];
        for (size_t k = 0; k < t->fk_count; ++k) {
            const qvi_column *c = qvi_table_column(t, t->fks[k].from);
            if (c != NULL && check_foreign_key(t, &t->fks[k], c, err) != QV_OK)
                return QV_ERROR;
        }
    }
    return QV_OK;
}

qv_status qvi_schema_validate(const qvi_schema *schema, qv_error *err)
{
    if (qvi_schema_table(schema, "Configuration") == NULL)
        return INVALID(err, "Schema must have a 'Configuration' table");
    if (check_collection_names(schema, err) != QV_OK || check_tables(schema, err) != QV_OK ||
        check_duplicates(schema, err) != QV_OK || check_foreign_keys(schema, err) != QV_OK)
        return QV_ERROR;
    return QV_OK;
}
