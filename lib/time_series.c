/*
 * Time-series groups (c-api-groups-timeseries-csv.md §5.1-5.4): the columnar
 * read of one element's rows, and replacing them from an input block.
 */
#include <stdlib.h>
#include <string.h>

#include <quiver/time_series.h>

#include "buf.h"
#include "time_series.h"
#include "write.h"

static qv_status dimension_not_found(qv_db *db, const qvi_table *table)
{
    return qvi_not_found(&db->err, "Dimension column", "time series table '%s'", table->name);
}

qv_status qv_read_time_series_group(qv_db *db, const char *collection, const char *group, int64_t id,
                                    qv_block *out)
{
    const qvi_schema *s = qvi_db_schema(db);
    if (s == NULL)
        return QV_ERROR;
    if (qvi_schema_table(s, collection) == NULL)
        return qvi_cannot(&db->err, "get_time_series_metadata", "collection not found: %s", collection);
    const qvi_table *t = qvi_schema_group(s, collection, QVI_KIND_TIME_SERIES, group);
    if (t == NULL)
        return qvi_not_found(&db->err, "Time series group", "'%s' in collection '%s'", group, collection);
    const qvi_column *dimension = qvi_ts_dimension(t);
    if (dimension == NULL)
        return dimension_not_found(db, t);

    const char **names = malloc(t->column_count * sizeof *names);
    qv_data_type *types = malloc(t->column_count * sizeof *types);
    qv_status status;
    if (names == NULL || types == NULL) {
        status = qvi_out_of_memory(&db->err);
    } else {
        size_t count = 0;
        names[count] = dimension->name;
        types[count++] = QV_TYPE_STRING; /* reported as text, not DATE_TIME (§5.3) */
        for (size_t i = 0; i < t->column_count; ++i) {
            const qvi_column *c = &t->columns[i];
            if (c != dimension && strcmp(c->name, "id") != 0) {
                names[count] = c->name;
                types[count++] = c->type;
            }
        }
        status = qvi_block_read(db, t, names, types, count, dimension->name, id, out);
    }
    free(names);
    free(types);
    return status;
}

/* 1 when @p name is one of the decoded columns (a binary search: they are sorted). */
static int has_column(const qvi_rows *rows, const char *name)
{
    size_t lo = 0, hi = rows->column_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(name, rows->columns[mid].name);
        if (c == 0)
            return 1;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

qv_status qvi_ts_check_rows(qv_db *db, const char *caller, const char *collection, const char *group,
                            const qvi_rows *rows, qvi_ts_write *out)
{
    const qvi_schema *s = qvi_db_schema(db);
    if (s == NULL)
        return QV_ERROR;
    if (qvi_schema_table(s, collection) == NULL)
        return qvi_cannot(&db->err, caller, "collection not found: %s", collection);
    const qvi_table *t = qvi_schema_group(s, collection, QVI_KIND_TIME_SERIES, group);
    if (t == NULL)
        return qvi_error_set(&db->err, "Time series group '%s' not found for collection '%s'", group,
                             collection);
    const qvi_column *first_dimension = NULL;
    for (size_t i = 0; i < t->column_count && first_dimension == NULL; ++i)
        if (qvi_ts_is_dimension(&t->columns[i]))
            first_dimension = &t->columns[i];
    if (first_dimension == NULL)
        return dimension_not_found(db, t);

    /* The names are looked up once, not per row. */
    const qvi_column **columns = calloc(rows->column_count + 1, sizeof *columns);
    if (columns == NULL)
        return qvi_out_of_memory(&db->err);
    for (size_t i = 0; i < rows->column_count; ++i)
        if (strcmp(rows->columns[i].name, "id") != 0)
            columns[i] = qvi_table_column(t, rows->columns[i].name);

    /* Every row has the same columns: when the first row has every dimension, all have. */
    for (size_t i = 0; i < t->column_count && rows->row_count > 0; ++i) {
        const qvi_column *d = &t->columns[i];
        if (qvi_ts_is_dimension(d) && !has_column(rows, d->name)) {
            free(columns);
            return qvi_cannot(&db->err, caller, "row missing required '%s' column", d->name);
        }
    }
    for (size_t r = 0; r < rows->row_count; ++r) {
        for (size_t i = 0; i < rows->column_count; ++i) {
            const qvi_column *c = columns[i];
            if (c == NULL) {
                free(columns);
                return qvi_cannot(&db->err, caller, "column '%s' not found in group '%s' for collection '%s'",
                                  rows->columns[i].name, group, collection);
            }
            qvi_value cell = qvi_rows_cell(rows, r, i);
            if (!qvi_type_accepts(c->type, cell.type)) { /* no label resolution here */
                free(columns);
                return qvi_cannot(&db->err, caller, "column '%s' has type %s but received %s", c->name,
                                  qvi_type_name(c->type), qvi_type_name(cell.type));
            }
        }
    }
    out->table = t;
    out->first_dimension = first_dimension;
    out->columns = columns;
    return QV_OK;
}

void qvi_ts_write_free(qvi_ts_write *write)
{
    free(write->columns);
    write->columns = NULL;
}

/* One INSERT (id, the first dimension, the other columns by name), stepped once per row. */
static qv_status insert_rows(qv_db *db, const qvi_ts_write *w, const qvi_rows *rows, int64_t id)
{
    /* order[k]: the decoded column bound to parameter k + 2. */
    size_t *order = malloc((rows->column_count + 1) * sizeof *order);
    qvi_buf sql = QVI_BUF_INIT;
    size_t n = 0;
    qvi_buf_append(&sql, "INSERT INTO ");
    qvi_buf_ident(&sql, w->table->name);
    qvi_buf_append(&sql, " (id, ");
    qvi_buf_ident(&sql, w->first_dimension->name);
    for (size_t i = 0; i < rows->column_count && order; ++i)
        if (w->columns[i] == w->first_dimension)
            order[n++] = i;
    for (size_t i = 0; i < rows->column_count && order; ++i) {
        if (w->columns[i] == w->first_dimension)
            continue;
        order[n++] = i;
        qvi_buf_append(&sql, ", ");
        qvi_buf_ident(&sql, rows->columns[i].name);
    }
    qvi_buf_append(&sql, ") VALUES (?");
    for (size_t k = 0; k < n; ++k)
        qvi_buf_append(&sql, ", ?");
    qvi_buf_append(&sql, ")");
    if (order == NULL) {
        qvi_buf_free(&sql);
        return qvi_out_of_memory(&db->err);
    }
    sqlite3_stmt *stmt = qvi_stmt_acquire_built(db, &sql);
    if (stmt == NULL) {
        free(order);
        return QV_ERROR;
    }
    qv_status status = QV_OK;
    for (size_t r = 0; r < rows->row_count && status == QV_OK; ++r) {
        sqlite3_bind_int64(stmt, 1, id);
        for (size_t k = 0; k < n; ++k) {
            qvi_value cell = qvi_rows_cell(rows, r, order[k]);
            qvi_bind_value(stmt, (int)k + 2, w->columns[order[k]], &cell);
        }
        status = qvi_step_done(db, stmt);
        sqlite3_reset(stmt);
    }
    qvi_stmt_release(db, stmt);
    free(order);
    return status;
}

qv_status qv_update_time_series_group(qv_db *db, const char *collection, const char *group, int64_t id,
                                      const qv_block_input *input)
{
    static const char caller[] = "update_time_series_group";
    qvi_rows rows;
    if (qvi_rows_decode(input, caller, &rows, &db->err) != QV_OK)
        return QV_ERROR;
    qvi_ts_write w;
    qv_status status = qvi_ts_check_rows(db, caller, collection, group, &rows, &w);
    if (status == QV_OK) {
        int started;
        status = qvi_txn_begin(db, &started);
        if (status == QV_OK) {
            status = qvi_group_delete_rows(db, w.table, id);
            if (status == QV_OK && rows.row_count > 0)
                status = insert_rows(db, &w, &rows, id);
            status = qvi_txn_finish(db, started, status);
        }
        if (status == QV_OK)
            QVI_LOG(db, QV_LOG_DEBUG, "%s: %zu rows written to %s for id %lld", caller, rows.row_count,
                    w.table->name, (long long)id);
        qvi_ts_write_free(&w);
    }
    qvi_rows_free(&rows);
    return status;
}
