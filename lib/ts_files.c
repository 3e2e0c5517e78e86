/*
 * The time-series files table of a collection (c-api-groups-timeseries-csv.md
 * §6): existence, its columns, the (column, path) pairs of its first row, and
 * rewriting that row.
 */
#include <stdlib.h>
#include <string.h>

#include <quiver/time_series_files.h>

#include "buf.h"
#include "db.h"

/* The table <collection>_time_series_files, NULL when absent.  Fails (returns
 * QV_ERROR) only when the schema cannot be loaded, @p collection is not a
 * table ("Cannot <op>: collection not found: ...") or memory runs out. */
static qv_status files_table(qv_db *db, const char *op, const char *collection, const qvi_table **out)
{
    const qvi_schema *s = qvi_db_schema(db);
    if (s == NULL)
        return QV_ERROR;
    if (qvi_schema_table(s, collection) == NULL)
        return qvi_cannot(&db->err, op, "collection not found: %s", collection);
    qvi_buf name = QVI_BUF_INIT;
    qvi_buf_appendf(&name, "%s_%s", collection, qvi_kind_word(QVI_KIND_TS_FILES));
    if (name.failed) {
        qvi_buf_free(&name);
        return qvi_out_of_memory(&db->err);
    }
    *out = qvi_schema_table(s, name.data);
    qvi_buf_free(&name);
    return QV_OK;
}

/* As files_table(), with "Time series files table not found for collection '<collection>'" when absent. */
static qv_status existing_files_table(qv_db *db, const char *op, const char *collection,
                                      const qvi_table **out)
{
    if (files_table(db, op, collection, out) != QV_OK)
        return QV_ERROR;
    if (*out == NULL)
        return qvi_error_set(&db->err, "Time series files table not found for collection '%s'", collection);
    return QV_OK;
}

qv_status qv_has_time_series_files(qv_db *db, const char *collection, int *out_result)
{
    const qvi_table *t;
    if (files_table(db, "has_time_series_files", collection, &t) != QV_OK)
        return QV_ERROR;
    *out_result = t != NULL;
    return QV_OK;
}

/* Copies of the names of @p t's columns, in declaration order or (@p by_name) byte-wise name order. */
static char **column_names(const qvi_table *t, int by_name)
{
    char **names = calloc(t->column_count, sizeof *names);
    for (size_t i = 0; names && i < t->column_count; ++i) {
        const qvi_column *c = by_name ? qvi_table_column_by_name_order(t, i) : &t->columns[i];
        names[i] = strdup(c->name);
        if (names[i] == NULL) {
            qv_free_strings(names, i);
            return NULL;
        }
    }
    return names;
}

qv_status qv_list_time_series_files_columns(qv_db *db, const char *collection, char ***out_columns,
                                            size_t *out_count)
{
    const qvi_table *t;
    if (files_table(db, "list_time_series_files_columns", collection, &t) != QV_OK)
        return QV_ERROR;
    if (t == NULL)
        return qvi_not_found(&db->err, "Time series files table", "%s_%s", collection,
                             qvi_kind_word(QVI_KIND_TS_FILES));
    char **names = NULL;
    if (t->column_count > 0 && (names = column_names(t, 0)) == NULL)
        return qvi_out_of_memory(&db->err);
    *out_columns = names;
    *out_count = t->column_count;
    return QV_OK;
}

/* SELECT <every column, by name> FROM <t> LIMIT 1, into @p paths (NULL for non-text cells). */
static qv_status first_row_paths(qv_db *db, const qvi_table *t, char **paths)
{
    qvi_buf sql = QVI_BUF_INIT;
    qvi_buf_append(&sql, "SELECT ");
    for (size_t i = 0; i < t->column_count; ++i) {
        if (i > 0)
            qvi_buf_append(&sql, ", ");
        qvi_buf_ident(&sql, qvi_table_column_by_name_order(t, i)->name);
    }
    qvi_buf_append(&sql, " FROM ");
    qvi_buf_ident(&sql, t->name);
    qvi_buf_append(&sql, " LIMIT 1");
    sqlite3_stmt *stmt = qvi_stmt_acquire_built(db, &sql);
    if (stmt == NULL)
        return QV_ERROR;
    qv_status status = QV_OK;
    int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        for (size_t i = 0; i < t->column_count && status == QV_OK; ++i) {
            if (sqlite3_column_type(stmt, (int)i) != SQLITE_TEXT)
                continue;
            paths[i] = strdup((const char *)sqlite3_column_text(stmt, (int)i));
            if (paths[i] == NULL)
                status = qvi_out_of_memory(&db->err);
        }
    } else if (rc != SQLITE_DONE) {
        status = qvi_failed(&db->err, "execute statement", "%s", sqlite3_errmsg(db->sqlite));
    }
    qvi_stmt_release(db, stmt);
    return status;
}

qv_status qv_read_time_series_files(qv_db *db, const char *collection, char ***out_columns, char ***out_paths,
                                    size_t *out_count)
{
    const qvi_table *t;
    if (existing_files_table(db, "read_time_series_files", collection, &t) != QV_OK)
        return QV_ERROR;
    size_t count = t->column_count;
    char **names = NULL, **paths = NULL;
    if (count > 0) {
        names = column_names(t, 1);
        paths = calloc(count, sizeof *paths);
        if (names == NULL || paths == NULL) {
            qv_free_strings(names, names ? count : 0);
            free(paths);
            return qvi_out_of_memory(&db->err);
        }
        if (first_row_paths(db, t, paths) != QV_OK) {
            qv_free_strings(names, count);
            qv_free_strings(paths, count);
            return QV_ERROR;
        }
    }
    *out_columns = names;
    *out_paths = paths;
    *out_count = count;
    return QV_OK;
}

/* A given pair: its column and where it was given. */
typedef struct {
    const char *column;
    size_t index;
} pair;

static int compare_pairs(const void *a, const void *b)
{
    const pair *x = a, *y = b;
    int c = strcmp(x->column, y->column);
    if (c != 0)
        return c;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* DELETE FROM <t>, then INSERT INTO <t> (<columns>) VALUES (<paths>). */
static qv_status rewrite(qv_db *db, const qvi_table *t, const pair *pairs, size_t count,
                         const char *const *paths)
{
    qvi_buf sql = QVI_BUF_INIT;
    qvi_buf_append(&sql, "DELETE FROM ");
    qvi_buf_ident(&sql, t->name);
    sqlite3_stmt *stmt = qvi_stmt_acquire_built(db, &sql);
    if (stmt == NULL)
        return QV_ERROR;
    qv_status status = qvi_step_done(db, stmt);
    qvi_stmt_release(db, stmt);
    if (status != QV_OK)
        return status;

    qvi_buf_append(&sql, "INSERT INTO ");
    qvi_buf_ident(&sql, t->name);
    qvi_buf_append(&sql, " (");
    for (size_t i = 0; i < count; ++i) {
        if (i > 0)
            qvi_buf_append(&sql, ", ");
        qvi_buf_ident(&sql, pairs[i].column);
    }
    qvi_buf_append(&sql, ") VALUES (");
    for (size_t i = 0; i < count; ++i)
        qvi_buf_append(&sql, i > 0 ? ", ?" : "?");
    qvi_buf_append(&sql, ")");
    stmt = qvi_stmt_acquire_built(db, &sql);
    if (stmt == NULL)
        return QV_ERROR;
    for (size_t i = 0; i < count; ++i) {
        const char *path = paths[pairs[i].index];
        if (path == NULL)
            sqlite3_bind_null(stmt, (int)i + 1);
        else
            qvi_bind_trimmed(stmt, (int)i + 1, path);
    }
    status = qvi_step_done(db, stmt);
    qvi_stmt_release(db, stmt);
    return status;
}

qv_status qv_update_time_series_files(qv_db *db, const char *collection, const char *const *columns,
                                      const char *const *paths, size_t count)
{
    static const char op[] = "update_time_series_files";
    /* The pairs are taken in before any lookup, as the original converts them first. */
    for (size_t i = 0; i < count; ++i)
        if (columns[i] == NULL)
            return qvi_error_set(&db->err, "Null argument: columns[%zu]", i);
    const qvi_table *t;
    if (existing_files_table(db, op, collection, &t) != QV_OK)
        return QV_ERROR;
    if (count == 0)
        return QV_OK;

    pair *pairs = malloc(count * sizeof *pairs);
    if (pairs == NULL)
        return qvi_out_of_memory(&db->err);
    for (size_t i = 0; i < count; ++i) {
        pairs[i].column = columns[i];
        pairs[i].index = i;
    }
    qsort(pairs, count, sizeof *pairs, compare_pairs);
    /* Within a run of one name the last given pair sorts last and wins. */
    size_t distinct = 0;
    for (size_t i = 0; i < count; ++i)
        if (i + 1 == count || strcmp(pairs[i].column, pairs[i + 1].column) != 0)
            pairs[distinct++] = pairs[i];

    qv_status status = QV_OK;
    for (size_t i = 0; i < distinct && status == QV_OK; ++i)
        if (qvi_table_column(t, pairs[i].column) == NULL)
            status =
                qvi_cannot(&db->err, op, "column '%s' not found in table '%s'", pairs[i].column, t->name);
    if (status == QV_OK) {
        int started;
        status = qvi_txn_begin(db, &started);
        if (status == QV_OK)
            status = qvi_txn_finish(db, started, rewrite(db, t, pairs, distinct, paths));
    }
    free(pairs);
    return status;
}
