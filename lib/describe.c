/*
 * describe and describe_collection (c-api.md §14.1-14.3): the structure of the
 * database as text, built from the schema model; the only queries are the
 * version and one statement counting the rows of every collection reported.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include <quiver/report.h>

#include "report.h"

/* Statements stay well below SQLite's default limit of 2000 result columns. */
enum { SELECT_BATCH = 256 };

const qvi_group_section qvi_group_sections[QVI_GROUP_SECTION_COUNT] = {
    {QVI_KIND_VECTOR, "Vectors"},
    {QVI_KIND_SET, "Sets"},
    {QVI_KIND_TIME_SERIES, "Time Series"},
};

qv_status qvi_select_integers(qv_db *db, const char *from, size_t count, qvi_expr_fn expr,
                              const void *context, int64_t *out)
{
    qvi_buf sql = QVI_BUF_INIT;
    qv_status status = QV_OK;
    for (size_t first = 0; status == QV_OK && first < count; first += SELECT_BATCH) {
        size_t n = count - first < SELECT_BATCH ? count - first : SELECT_BATCH;
        qvi_buf_reset(&sql);
        qvi_buf_append(&sql, "SELECT ");
        for (size_t i = 0; i < n; ++i) {
            if (i)
                qvi_buf_append(&sql, ", ");
            expr(&sql, first + i, context);
        }
        if (from) {
            qvi_buf_append(&sql, " FROM ");
            qvi_buf_ident(&sql, from);
        }
        if (sql.failed) {
            status = qvi_out_of_memory(&db->err);
            break;
        }
        sqlite3_stmt *stmt = qvi_stmt_acquire(db, sql.data);
        if (stmt == NULL) {
            status = QV_ERROR;
            break;
        }
        if (sqlite3_step(stmt) == SQLITE_ROW) {
            for (size_t i = 0; i < n; ++i)
                out[first + i] = sqlite3_column_int64(stmt, (int)i);
        } else {
            status = qvi_failed(&db->err, "execute statement", "%s", sqlite3_errmsg(db->sqlite));
        }
        qvi_stmt_release(db, stmt);
    }
    qvi_buf_free(&sql);
    return status;
}

void qvi_report_header(qvi_buf *report, const char *name, int64_t count)
{
    qvi_buf_appendf(report, "Collection: %s (%" PRId64 " element%s)\n", name, count, count == 1 ? "" : "s");
}

static void append_scalars(qvi_buf *report, const qvi_table *t)
{
    if (t->column_count == 0)
        return;
    qvi_buf_append(report, "  Scalars:\n");
    for (size_t i = 0; i < t->column_count; ++i) {
        const qvi_column *c = &t->columns[i];
        /* The declared flag, not the derived one of the metadata: `id` shows only PRIMARY KEY. */
        qvi_buf_appendf(report, "    - %s (%s)%s%s\n", c->name, qvi_type_name(c->type),
                        c->primary_key ? " PRIMARY KEY" : "",
                        c->not_null && !c->primary_key ? " NOT NULL" : "");
    }
}

static void append_group_columns(qvi_buf *report, const qvi_table *g, unsigned kind)
{
    const char *separator = "";
    for (size_t i = 0; i < g->column_count; ++i) {
        const qvi_column *c = &g->columns[i];
        if (strcmp(c->name, "id") == 0 || (kind == QVI_KIND_VECTOR && strcmp(c->name, "vector_index") == 0))
            continue;
        if (kind == QVI_KIND_TIME_SERIES && strncmp(c->name, "date_", 5) == 0)
            qvi_buf_appendf(report, "%s[%s]", separator, c->name);
        else
            qvi_buf_appendf(report, "%s%s(%s)", separator, c->name, qvi_type_name(c->type));
        separator = ", ";
    }
}

static void append_section(qvi_buf *report, const qvi_schema *s, const qvi_table *t, int64_t count)
{
    qvi_report_header(report, t->name, count);
    append_scalars(report, t);
    for (size_t k = 0; k < QVI_GROUP_SECTION_COUNT; ++k) {
        unsigned kind = qvi_group_sections[k].kind;
        int titled = 0;
        for (const qvi_table *g = qvi_schema_next_group(s, t->name, kind, NULL); g;
             g = qvi_schema_next_group(s, t->name, kind, g)) {
            if (!titled)
                qvi_buf_appendf(report, "  %s:\n", qvi_group_sections[k].title);
            titled = 1;
            qvi_buf_appendf(report, "    - %s: ", qvi_table_group_name(g, kind));
            append_group_columns(report, g, kind);
            qvi_buf_append(report, "\n");
        }
    }
}

static void count_rows_expr(qvi_buf *sql, size_t i, const void *context)
{
    const qvi_table *const *tables = context;
    qvi_buf_append(sql, "(SELECT COUNT(*) FROM ");
    qvi_buf_ident(sql, tables[i]->name);
    qvi_buf_append(sql, ")");
}

qv_status qvi_report_take(qv_db *db, qvi_buf *report, char **out_report)
{
    char *text = qvi_buf_take(report);
    if (text == NULL)
        return qvi_out_of_memory(&db->err);
    *out_report = text;
    return QV_OK;
}

qv_status qv_describe(qv_db *db, char **out_report)
{
    const qvi_schema *s = qvi_db_schema(db);
    if (s == NULL)
        return QV_ERROR;
    int64_t version;
    if (qv_db_current_version(db, &version) != QV_OK)
        return QV_ERROR;

    size_t n = 0;
    for (size_t i = 0; i < s->table_count; ++i)
        n += (s->tables[i].kinds & QVI_KIND_COLLECTION) != 0;
    const qvi_table **tables = malloc((n ? n : 1) * sizeof *tables);
    int64_t *counts = malloc((n ? n : 1) * sizeof *counts);
    if (tables == NULL || counts == NULL) {
        free(tables);
        free(counts);
        return qvi_out_of_memory(&db->err);
    }
    for (size_t i = 0, j = 0; i < s->table_count; ++i) {
        if (s->tables[i].kinds & QVI_KIND_COLLECTION)
            tables[j++] = &s->tables[i];
    }

    qv_status status = qvi_select_integers(db, NULL, n, count_rows_expr, tables, counts);
    if (status == QV_OK) {
        qvi_buf report = QVI_BUF_INIT;
        qvi_buf_appendf(&report, "Database: %s\nVersion: %" PRId64 "\n", db->path, version);
        for (size_t i = 0; i < n; ++i) {
            qvi_buf_append(&report, "\n");
            append_section(&report, s, tables[i], counts[i]);
        }
        status = qvi_report_take(db, &report, out_report);
    }
    free(tables);
    free(counts);
    return status;
}

static void count_all_expr(qvi_buf *sql, size_t i, const void *context)
{
    (void)i;
    (void)context;
    qvi_buf_append(sql, "COUNT(*)");
}

qv_status qv_describe_collection(qv_db *db, const char *collection, char **out_report)
{
    const qvi_schema *s = qvi_db_schema(db);
    if (s == NULL)
        return QV_ERROR;
    const qvi_table *t = qvi_schema_table(s, collection);
    if (t == NULL)
        return qvi_cannot(&db->err, "describe_collection", "collection not found: %s", collection);
    int64_t count;
    if (qvi_select_integers(db, t->name, 1, count_all_expr, NULL, &count) != QV_OK)
        return QV_ERROR;
    qvi_buf report = QVI_BUF_INIT;
    append_section(&report, s, t, count);
    return qvi_report_take(db, &report, out_report);
}
