/*
 * summarize_collection (c-api.md §14.4): how much data a collection holds.
 *
 * All counts come from one statement over the collection table (batched only
 * for very wide tables): the row count, COUNT(<column>) per column,
 * COUNT(DISTINCT <column>) per INTEGER non-key column, and one scalar subquery
 * per group table.  Then one GROUP BY statement per INTEGER column whose
 * distinct values are few enough to list.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include <quiver/report.h>

#include "report.h"

/* A value distribution is printed for 1 to this many distinct non-NULL values. */
enum { MAX_LISTED_VALUES = 64 };

typedef struct {
    const qvi_table *table;
    size_t section; /* index into qvi_group_sections */
} summary_group;

typedef struct {
    const qvi_table *table;
    size_t *distinct; /* indices of the INTEGER non-key columns */
    size_t distinct_count;
    summary_group *groups; /* in report order: vectors, sets, time series, each by name */
    size_t group_count;
} summary_plan;

static int lists_values(const qvi_column *c)
{
    return c->type == QV_TYPE_INTEGER && !c->primary_key;
}

/* The i-th expression of the counting statement, in this order:
 *   [0]                          COUNT(*)
 *   [1, 1 + columns)             COUNT("<column>") per column
 *   [.., + distinct_count)       COUNT(DISTINCT "<column>") per INTEGER non-key column
 *   [.., + group_count)          (SELECT COUNT(DISTINCT "id") FROM "<group table>") */
static void summary_expr(qvi_buf *sql, size_t i, const void *context)
{
    const summary_plan *plan = context;
    const qvi_table *t = plan->table;
    if (i == 0) {
        qvi_buf_append(sql, "COUNT(*)");
        return;
    }
    i -= 1;
    if (i < t->column_count) {
        qvi_buf_append(sql, "COUNT(");
        qvi_buf_ident(sql, t->columns[i].name);
        qvi_buf_append(sql, ")");
        return;
    }
    i -= t->column_count;
    if (i < plan->distinct_count) {
        qvi_buf_append(sql, "COUNT(DISTINCT ");
        qvi_buf_ident(sql, t->columns[plan->distinct[i]].name);
        qvi_buf_append(sql, ")");
        return;
    }
    i -= plan->distinct_count;
    const qvi_table *g = plan->groups[i].table;
    /* A set or time-series table without `id` (the validator allows it) holds no element's rows. */
    if (qvi_table_column(g, "id") == NULL) {
        qvi_buf_append(sql, "0");
        return;
    }
    qvi_buf_append(sql, "(SELECT COUNT(DISTINCT \"id\") FROM ");
    qvi_buf_ident(sql, g->name);
    qvi_buf_append(sql, ")");
}

/* Appends "; values {<v>: <c>, ...}" for column @p c of @p t, values ascending. */
static qv_status append_values(qv_db *db, qvi_buf *report, const qvi_table *t, const qvi_column *c)
{
    qvi_buf sql = QVI_BUF_INIT;
    qvi_buf_append(&sql, "SELECT ");
    qvi_buf_ident(&sql, c->name);
    qvi_buf_append(&sql, ", COUNT(*) FROM ");
    qvi_buf_ident(&sql, t->name);
    qvi_buf_append(&sql, " WHERE ");
    qvi_buf_ident(&sql, c->name);
    qvi_buf_append(&sql, " IS NOT NULL GROUP BY 1 ORDER BY 1");
    sqlite3_stmt *stmt = qvi_stmt_acquire_built(db, &sql);
    if (stmt == NULL)
        return QV_ERROR;
    qvi_buf_append(report, "; values {");
    const char *separator = "";
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        /* STRICT tables hold integers only; SQLite's own text form covers anything else. */
        const unsigned char *value = sqlite3_column_text(stmt, 0);
        qvi_buf_appendf(report, "%s%s: %" PRId64, separator, value ? (const char *)value : "",
                        (int64_t)sqlite3_column_int64(stmt, 1));
        separator = ", ";
    }
    qvi_buf_append(report, "}");
    qv_status status = QV_OK;
    if (rc != SQLITE_DONE)
        status = qvi_failed(&db->err, "execute statement", "%s", sqlite3_errmsg(db->sqlite));
    qvi_stmt_release(db, stmt);
    return status;
}

static qv_status write_summary(qv_db *db, const summary_plan *plan, const int64_t *counts, qvi_buf *report)
{
    const qvi_table *t = plan->table;
    int64_t n = counts[0];
    const int64_t *non_null = counts + 1;
    const int64_t *distinct = non_null + t->column_count;
    const int64_t *non_empty = distinct + plan->distinct_count;

    qvi_report_header(report, t->name, n);
    qvi_buf_append(report, "  Scalars:\n");
    for (size_t i = 0, d = 0; i < t->column_count; ++i) {
        const qvi_column *c = &t->columns[i];
        qvi_buf_appendf(report, "    - %s: %" PRId64 " non-null, %" PRId64 " null", c->name, non_null[i],
                        n - non_null[i]);
        if (lists_values(c)) {
            int64_t values = distinct[d++];
            if (values >= 1 && values <= MAX_LISTED_VALUES && append_values(db, report, t, c) != QV_OK)
                return QV_ERROR;
        }
        qvi_buf_append(report, "\n");
    }
    for (size_t g = 0; g < plan->group_count; ++g) {
        const qvi_group_section *section = &qvi_group_sections[plan->groups[g].section];
        if (g == 0 || plan->groups[g - 1].section != plan->groups[g].section)
            qvi_buf_appendf(report, "  %s:\n", section->title);
        qvi_buf_appendf(report, "    - %s: %" PRId64 "/%" PRId64 " non-empty\n",
                        qvi_table_group_name(plan->groups[g].table, section->kind), non_empty[g], n);
    }
    return QV_OK;
}

/* Stores the group tables of @p t in report order into @p out (when not NULL); returns their number. */
static size_t collect_groups(const qvi_schema *s, const qvi_table *t, summary_group *out)
{
    size_t count = 0;
    for (size_t k = 0; k < QVI_GROUP_SECTION_COUNT; ++k) {
        unsigned kind = qvi_group_sections[k].kind;
        for (const qvi_table *g = qvi_schema_next_group(s, t->name, kind, NULL); g;
             g = qvi_schema_next_group(s, t->name, kind, g), ++count) {
            if (out) {
                out[count].table = g;
                out[count].section = k;
            }
        }
    }
    return count;
}

qv_status qv_summarize_collection(qv_db *db, const char *collection, char **out_report)
{
    const qvi_schema *s = qvi_db_schema(db);
    if (s == NULL)
        return QV_ERROR;
    const qvi_table *t = qvi_schema_table(s, collection);
    if (t == NULL)
        return qvi_cannot(&db->err, "summarize_collection", "collection not found: %s", collection);

    summary_plan plan = {t, NULL, 0, NULL, 0};
    for (size_t i = 0; i < t->column_count; ++i)
        plan.distinct_count += lists_values(&t->columns[i]);
    plan.group_count = collect_groups(s, t, NULL);
    size_t expr_count = 1 + t->column_count + plan.distinct_count + plan.group_count;
    plan.distinct = malloc((plan.distinct_count ? plan.distinct_count : 1) * sizeof *plan.distinct);
    plan.groups = malloc((plan.group_count ? plan.group_count : 1) * sizeof *plan.groups);
    int64_t *counts = malloc(expr_count * sizeof *counts);
    qv_status status = QV_OK;
    if (plan.distinct == NULL || plan.groups == NULL || counts == NULL) {
        status = qvi_out_of_memory(&db->err);
    } else {
        for (size_t i = 0, d = 0; i < t->column_count; ++i) {
            if (lists_values(&t->columns[i]))
                plan.distinct[d++] = i;
        }
        collect_groups(s, t, plan.groups);
        status = qvi_select_integers(db, t->name, expr_count, summary_expr, &plan, counts);
    }
    if (status == QV_OK) {
        qvi_buf report = QVI_BUF_INIT;
        status = write_summary(db, &plan, counts, &report);
        if (status == QV_OK)
            status = qvi_report_take(db, &report, out_report);
        else
            qvi_buf_free(&report);
    }
    free(plan.distinct);
    free(plan.groups);
    free(counts);
    return status;
}
