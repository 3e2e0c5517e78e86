/*
 * Schema discovery (schema.md §2): reads sqlite_master and the table, foreign
 * key and index PRAGMAs once into the model of schema.h, and the lookups the
 * rest of the library uses instead of touching the catalog again.
 */
#include "schema.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"

static char *dup_text(const unsigned char *text)
{
    const char *s = text ? (const char *)text : "";
    size_t n = strlen(s) + 1;
    char *copy = malloc(n);
    if (copy)
        memcpy(copy, s, n);
    return copy;
}

static int is_identifier(const char *name)
{
    if (name == NULL || *name == '\0')
        return 0;
    for (const char *p = name; *p; ++p) {
        char c = *p;
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
            return 0;
    }
    return 1;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static const char ts_files_suffix[] = "_time_series_files";

static void free_table(qvi_table *t)
{
    for (size_t i = 0; i < t->column_count; ++i) {
        free(t->columns[i].name);
        free(t->columns[i].default_value);
    }
    free(t->columns);
    free(t->by_name);
    for (size_t i = 0; i < t->fk_count; ++i) {
        free(t->fks[i].from);
        free(t->fks[i].table);
        free(t->fks[i].to);
        free(t->fks[i].on_update);
        free(t->fks[i].on_delete);
    }
    free(t->fks);
    for (size_t i = 0; i < t->index_count; ++i) {
        free(t->indexes[i].name);
        for (size_t j = 0; j < t->indexes[i].column_count; ++j)
            free(t->indexes[i].columns[j]);
        free(t->indexes[i].columns);
    }
    free(t->indexes);
    free(t->parent);
    free(t->name);
}

void qvi_schema_free(qvi_schema *schema)
{
    if (schema == NULL)
        return;
    for (size_t i = 0; i < schema->table_count; ++i)
        free_table(&schema->tables[i]);
    free(schema->tables);
    free(schema);
}

/* Grows *array (of elements of @p size) so that index *count is valid. */
static int grow(void **array, size_t *capacity, size_t count, size_t size)
{
    if (count < *capacity)
        return 1;
    size_t n = *capacity ? *capacity * 2 : 8;
    void *p = realloc(*array, n * size);
    if (p == NULL)
        return 0;
    memset((char *)p + *capacity * size, 0, (n - *capacity) * size);
    *array = p;
    *capacity = n;
    return 1;
}

/* Prepares "PRAGMA <pragma>("<name>")".  Names reaching here passed
 * is_identifier(), and the buffer keeps long names whole. */
static qv_status prepare_pragma(sqlite3 *sqlite, const char *pragma, const char *name, sqlite3_stmt **stmt,
                                qv_error *err)
{
    qvi_buf sql = QVI_BUF_INIT;
    qvi_buf_appendf(&sql, "PRAGMA %s(", pragma);
    qvi_buf_ident(&sql, name);
    qvi_buf_append(&sql, ")");
    char *text = qvi_buf_take(&sql);
    if (text == NULL)
        return qvi_out_of_memory(err);
    int rc = sqlite3_prepare_v2(sqlite, text, -1, stmt, NULL);
    free(text);
    if (rc != SQLITE_OK)
        return qvi_failed(err, "prepare statement", "%s", sqlite3_errmsg(sqlite));
    return QV_OK;
}

/* Finalizes a PRAGMA statement whose loop stopped at @p rc; a step error becomes the failure. */
static qv_status finish_pragma(sqlite3 *sqlite, sqlite3_stmt *stmt, int rc, qv_status status, qv_error *err)
{
    if (status == QV_OK && rc != SQLITE_DONE)
        status = qvi_failed(err, "execute statement", "%s", sqlite3_errmsg(sqlite));
    sqlite3_finalize(stmt);
    return status;
}

static int map_type(const char *declared, qv_data_type *out)
{
    static const struct {
        const char *name;
        qv_data_type type;
    } types[] = {{"INTEGER", QV_TYPE_INTEGER},
                 {"REAL", QV_TYPE_FLOAT},
                 {"TEXT", QV_TYPE_STRING},
                 {"DATE_TIME", QV_TYPE_DATE_TIME}};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; ++i) {
        if (strcmp(declared, types[i].name) == 0) {
            *out = types[i].type;
            return 1;
        }
    }
    return 0;
}

static qv_status load_columns(sqlite3 *sqlite, qvi_table *t, qv_error *err)
{
    sqlite3_stmt *stmt;
    size_t capacity = 0;
    if (prepare_pragma(sqlite, "table_info", t->name, &stmt, err) != QV_OK)
        return QV_ERROR;
    qv_status status = QV_OK;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        if (!grow((void **)&t->columns, &capacity, t->column_count, sizeof *t->columns)) {
            status = qvi_out_of_memory(err);
            break;
        }
        qvi_column *c = &t->columns[t->column_count];
        const char *declared = (const char *)sqlite3_column_text(stmt, 2);
        if (declared == NULL)
            declared = "";
        if (!map_type(declared, &c->type)) {
            status = qvi_error_set(err, "Unknown data type: %s", declared);
            break;
        }
        c->name = dup_text(sqlite3_column_text(stmt, 1));
        c->not_null = sqlite3_column_int(stmt, 3) != 0;
        c->primary_key = sqlite3_column_int(stmt, 5) != 0;
        c->default_value =
            sqlite3_column_type(stmt, 4) == SQLITE_NULL ? NULL : dup_text(sqlite3_column_text(stmt, 4));
        c->fk = -1;
        t->column_count++;
        if (c->name == NULL || (sqlite3_column_type(stmt, 4) != SQLITE_NULL && !c->default_value)) {
            status = qvi_out_of_memory(err);
            break;
        }
        if (c->type == QV_TYPE_STRING && strncmp(c->name, "date_", 5) == 0)
            c->type = QV_TYPE_DATE_TIME;
    }
    return finish_pragma(sqlite, stmt, rc, status, err);
}

static qv_status load_foreign_keys(sqlite3 *sqlite, qvi_table *t, qv_error *err)
{
    sqlite3_stmt *stmt;
    size_t capacity = 0;
    if (prepare_pragma(sqlite, "foreign_key_list", t->name, &stmt, err) != QV_OK)
        return QV_ERROR;
    qv_status status = QV_OK;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        if (!grow((void **)&t->fks, &capacity, t->fk_count, sizeof *t->fks)) {
            status = qvi_out_of_memory(err);
            break;
        }
        qvi_foreign_key *fk = &t->fks[t->fk_count++];
        fk->table = dup_text(sqlite3_column_text(stmt, 2));
        fk->from = dup_text(sqlite3_column_text(stmt, 3));
        fk->to = dup_text(sqlite3_column_text(stmt, 4));
        fk->on_update = dup_text(sqlite3_column_text(stmt, 5));
        fk->on_delete = dup_text(sqlite3_column_text(stmt, 6));
        if (!fk->table || !fk->from || !fk->to || !fk->on_update || !fk->on_delete) {
            status = qvi_out_of_memory(err);
            break;
        }
    }
    return finish_pragma(sqlite, stmt, rc, status, err);
}

static qv_status load_index_columns(sqlite3 *sqlite, qvi_index *index, qv_error *err)
{
    sqlite3_stmt *stmt;
    size_t capacity = 0;
    if (prepare_pragma(sqlite, "index_info", index->name, &stmt, err) != QV_OK)
        return QV_ERROR;
    qv_status status = QV_OK;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        if (!grow((void **)&index->columns, &capacity, index->column_count, sizeof *index->columns)) {
            status = qvi_out_of_memory(err);
            break;
        }
        char *name = dup_text(sqlite3_column_text(stmt, 2));
        if (name == NULL) {
            status = qvi_out_of_memory(err);
            break;
        }
        index->columns[index->column_count++] = name;
    }
    return finish_pragma(sqlite, stmt, rc, status, err);
}

static qv_status load_indexes(sqlite3 *sqlite, qvi_table *t, qv_error *err)
{
    sqlite3_stmt *stmt;
    size_t capacity = 0;
    if (prepare_pragma(sqlite, "index_list", t->name, &stmt, err) != QV_OK)
        return QV_ERROR;
    qv_status status = QV_OK;
    int rc = SQLITE_DONE;
    while (status == QV_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const char *name = (const char *)sqlite3_column_text(stmt, 1);
        if (!is_identifier(name))
            continue; /* schema.md §2.2 item 4: such indexes are skipped */
        if (!grow((void **)&t->indexes, &capacity, t->index_count, sizeof *t->indexes)) {
            status = qvi_out_of_memory(err);
            break;
        }
        qvi_index *index = &t->indexes[t->index_count++];
        index->name = dup_text((const unsigned char *)name);
        index->unique = sqlite3_column_int(stmt, 2) != 0;
        if (index->name == NULL)
            status = qvi_out_of_memory(err);
        else
            status = load_index_columns(sqlite, index, err);
    }
    return finish_pragma(sqlite, stmt, rc, status, err);
}

static int compare_tables(const void *a, const void *b)
{
    return strcmp(((const qvi_table *)a)->name, ((const qvi_table *)b)->name);
}

static void classify(qvi_table *t)
{
    const char *name = t->name;
    if (strchr(name, '_') == NULL || strcmp(name, "Configuration") == 0)
        t->kinds |= QVI_KIND_COLLECTION;
    if (strstr(name, "_vector_"))
        t->kinds |= QVI_KIND_VECTOR;
    if (strstr(name, "_set_"))
        t->kinds |= QVI_KIND_SET;
    if (ends_with(name, ts_files_suffix))
        t->kinds |= QVI_KIND_TS_FILES;
    else if (strstr(name, "_time_series_"))
        t->kinds |= QVI_KIND_TIME_SERIES;
}

/* The parent collection (schema.md §2.4).  A name matching a group kind and
 * the files suffix (A_vector_x_time_series_files) is validated as a group
 * table first (§9.3), so the group rule wins: the prefix before the first '_'. */
static qv_status derive(qvi_table *t, qv_error *err)
{
    size_t n;
    classify(t);
    if (t->kinds & (QVI_KIND_VECTOR | QVI_KIND_SET | QVI_KIND_TIME_SERIES))
        n = (size_t)(strchr(t->name, '_') - t->name);
    else if (t->kinds & QVI_KIND_TS_FILES)
        n = strlen(t->name) - strlen(ts_files_suffix);
    else
        return QV_OK;
    t->parent = malloc(n + 1);
    if (t->parent == NULL)
        return qvi_out_of_memory(err);
    memcpy(t->parent, t->name, n);
    t->parent[n] = '\0';
    return QV_OK;
}

static qv_status finish_table(qvi_table *t, qv_error *err)
{
    if (derive(t, err) != QV_OK)
        return QV_ERROR;
    for (size_t i = 0; i < t->fk_count; ++i) {
        int c = qvi_table_column_index(t, t->fks[i].from);
        if (c >= 0 && t->columns[c].fk < 0)
            t->columns[c].fk = (int)i;
    }
    return QV_OK;
}

static qv_status build_name_order(qvi_table *t, qv_error *err)
{
    t->by_name = malloc((t->column_count ? t->column_count : 1) * sizeof *t->by_name);
    if (t->by_name == NULL)
        return qvi_out_of_memory(err);
    /* Insertion sort: tables have few columns, and qsort() would need a global
     * to reach the names (handles may load schemas on several threads). */
    for (size_t i = 0; i < t->column_count; ++i) {
        size_t j = i;
        while (j > 0 && strcmp(t->columns[t->by_name[j - 1]].name, t->columns[i].name) > 0) {
            t->by_name[j] = t->by_name[j - 1];
            --j;
        }
        t->by_name[j] = i;
    }
    return QV_OK;
}

static qv_status load_table(sqlite3 *sqlite, qvi_table *t, qv_error *err)
{
    if (!is_identifier(t->name))
        return qvi_cannot(err, "query columns", "invalid table name: %s", t->name);
    if (load_columns(sqlite, t, err) != QV_OK || build_name_order(t, err) != QV_OK ||
        load_foreign_keys(sqlite, t, err) != QV_OK || load_indexes(sqlite, t, err) != QV_OK ||
        finish_table(t, err) != QV_OK)
        return QV_ERROR;
    return QV_OK;
}

/* 1 when @p table is named "<name>_...". */
static int has_prefix(const char *table, const char *name)
{
    size_t n = strlen(name);
    return strncmp(table, name, n) == 0 && table[n] == '_';
}

/* The first index (in the sorted tables) whose name is not below "<name>_":
 * where the tables named "<name>_..." start. */
static size_t prefixed_start(const qvi_schema *schema, const char *name)
{
    size_t n = strlen(name), lo = 0, hi = schema->table_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *t = schema->tables[mid].name;
        int c = strncmp(t, name, n);
        if (c == 0) /* t starts with name: below "<name>_" when its next byte is */
            c = (unsigned char)t[n] < '_' ? -1 : 0;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

qv_status qvi_schema_load(sqlite3 *sqlite, qvi_schema **out, qv_error *err)
{
    sqlite3_stmt *stmt;
    size_t capacity = 0;
    qvi_schema *schema = calloc(1, sizeof *schema);
    if (schema == NULL)
        return qvi_out_of_memory(err);
    if (sqlite3_prepare_v2(sqlite,
                           "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'",
                           -1, &stmt, NULL) != SQLITE_OK) {
        qvi_schema_free(schema);
        return qvi_error_set(err, "Failed to query table names");
    }
    qv_status status = QV_OK;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        if (!grow((void **)&schema->tables, &capacity, schema->table_count, sizeof *schema->tables)) {
            status = qvi_out_of_memory(err);
            break;
        }
        qvi_table *t = &schema->tables[schema->table_count++];
        t->name = dup_text(sqlite3_column_text(stmt, 0));
        if (t->name == NULL) {
            status = qvi_out_of_memory(err);
            break;
        }
    }
    if (status == QV_OK && rc != SQLITE_DONE)
        status = qvi_error_set(err, "Failed to query table names");
    sqlite3_finalize(stmt);
    for (size_t i = 0; status == QV_OK && i < schema->table_count; ++i)
        status = load_table(sqlite, &schema->tables[i], err);
    if (status != QV_OK) {
        qvi_schema_free(schema);
        return status;
    }
    if (schema->table_count > 1) /* tables is NULL when there are none, which qsort() must not get */
        qsort(schema->tables, schema->table_count, sizeof *schema->tables, compare_tables);
    for (size_t i = 0; i < schema->table_count; ++i) {
        qvi_table *t = &schema->tables[i];
        t->prefixed_first = t->prefixed_end = prefixed_start(schema, t->name);
        while (t->prefixed_end < schema->table_count &&
               has_prefix(schema->tables[t->prefixed_end].name, t->name))
            t->prefixed_end++;
    }
    *out = schema;
    return QV_OK;
}

const qvi_table *qvi_schema_table(const qvi_schema *schema, const char *name)
{
    size_t lo = 0, hi = schema->table_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(name, schema->tables[mid].name);
        if (c == 0)
            return &schema->tables[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

const qvi_table *qvi_schema_collection(const qvi_schema *schema, const char *name)
{
    const qvi_table *t = qvi_schema_table(schema, name);
    return t && (t->kinds & QVI_KIND_COLLECTION) ? t : NULL;
}

const char *qvi_kind_word(unsigned kind)
{
    switch (kind) {
    case QVI_KIND_VECTOR:
        return "vector";
    case QVI_KIND_SET:
        return "set";
    case QVI_KIND_TIME_SERIES:
        return "time_series";
    case QVI_KIND_TS_FILES:
        return "time_series_files";
    default:
        return "";
    }
}

const char *qvi_type_name(qv_data_type type)
{
    switch (type) {
    case QV_TYPE_INTEGER:
        return "INTEGER";
    case QV_TYPE_FLOAT:
        return "REAL";
    case QV_TYPE_STRING:
        return "TEXT";
    case QV_TYPE_DATE_TIME:
        return "DATE_TIME";
    default:
        return "NULL";
    }
}

const char *qvi_table_group_name(const qvi_table *table, unsigned kind)
{
    if (!(table->kinds & kind) || table->parent == NULL)
        return NULL;
    size_t parent_length = strlen(table->parent);
    const char *word = qvi_kind_word(kind);
    size_t word_length = strlen(word);
    const char *name = table->name;
    if (strncmp(name, table->parent, parent_length) != 0 || name[parent_length] != '_' ||
        strncmp(name + parent_length + 1, word, word_length) != 0 ||
        name[parent_length + 1 + word_length] != '_')
        return NULL;
    return name + parent_length + word_length + 2;
}

const qvi_table *qvi_schema_group(const qvi_schema *schema, const char *collection, unsigned kind,
                                  const char *group)
{
    /* Composed with memcpy: this runs for every array of every write, where
     * snprintf() alone cost more than the lookup. */
    const char *word = qvi_kind_word(kind);
    size_t c = strlen(collection), w = strlen(word), g = strlen(group);
    size_t n = c + w + g + 3;
    char stack_name[256];
    char *name = n <= sizeof stack_name ? stack_name : malloc(n);
    if (name == NULL)
        return NULL;
    memcpy(name, collection, c);
    name[c] = '_';
    memcpy(name + c + 1, word, w);
    name[c + 1 + w] = '_';
    memcpy(name + c + w + 2, group, g + 1);
    const qvi_table *t = qvi_schema_table(schema, name);
    if (name != stack_name)
        free(name);
    return t && (t->kinds & kind) ? t : NULL;
}

const qvi_table *qvi_schema_next_group(const qvi_schema *schema, const char *collection, unsigned kind,
                                       const qvi_table *previous)
{
    /* A group of the collection is named "<collection>_<kind word>_...": only
     * the tables with that prefix, which sorting keeps together, are searched. */
    size_t i = previous ? (size_t)(previous - schema->tables) + 1 : prefixed_start(schema, collection);
    for (; i < schema->table_count && has_prefix(schema->tables[i].name, collection); ++i) {
        const qvi_table *t = &schema->tables[i];
        if ((t->kinds & kind) && t->parent && strcmp(t->parent, collection) == 0 &&
            qvi_table_group_name(t, kind) != NULL)
            return t;
    }
    return NULL;
}

int qvi_table_column_index(const qvi_table *table, const char *name)
{
    size_t lo = 0, hi = table->column_count;
    if (table->by_name == NULL) { /* while loading, before the name order exists */
        for (size_t i = 0; i < table->column_count; ++i)
            if (strcmp(table->columns[i].name, name) == 0)
                return (int)i;
        return -1;
    }
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(name, table->columns[table->by_name[mid]].name);
        if (c == 0)
            return (int)table->by_name[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return -1;
}

const qvi_column *qvi_table_column(const qvi_table *table, const char *name)
{
    int i = qvi_table_column_index(table, name);
    return i < 0 ? NULL : &table->columns[i];
}

const qvi_foreign_key *qvi_table_fk(const qvi_table *table, const char *column)
{
    const qvi_column *c = qvi_table_column(table, column);
    return c && c->fk >= 0 ? &table->fks[c->fk] : NULL;
}

const qvi_column *qvi_table_column_by_name_order(const qvi_table *table, size_t i)
{
    return &table->columns[table->by_name[i]];
}

const qvi_column *qvi_ts_dimension(const qvi_table *table)
{
    for (size_t i = 0; i < table->column_count; ++i) {
        const qvi_column *c = qvi_table_column_by_name_order(table, i);
        if (strcmp(c->name, "id") == 0)
            continue;
        if (c->type == QV_TYPE_DATE_TIME || strncmp(c->name, "date_", 5) == 0)
            return c;
    }
    return NULL;
}

int qvi_ts_is_dimension(const qvi_column *column)
{
    return column->primary_key && strcmp(column->name, "id") != 0;
}
