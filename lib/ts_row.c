/*
 * Single time-series rows (c-api-groups-timeseries-csv.md §5.5-5.6): the
 * upsert of one row keyed by id and the dimension columns, and the "as of"
 * reader that returns one value per element of a collection.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <quiver/time_series_rows.h>

#include "buf.h"
#include "time_series.h"
#include "write.h"

/* ---- upsert (§5.5) ----------------------------------------------------- */

/* INSERT OR REPLACE INTO <table> (id, <the row's columns by name>) VALUES (...). */
static qv_status upsert(qv_db *db, const qvi_ts_write *w, const qvi_rows *row, int64_t id)
{
    qvi_buf sql = QVI_BUF_INIT;
    qvi_buf_append(&sql, "INSERT OR REPLACE INTO ");
    qvi_buf_ident(&sql, w->table->name);
    qvi_buf_append(&sql, " (");
    qvi_buf_ident(&sql, "id");
    for (size_t i = 0; i < row->column_count; ++i) {
        qvi_buf_append(&sql, ", ");
        qvi_buf_ident(&sql, row->columns[i].name);
    }
    qvi_buf_append(&sql, ") VALUES (?");
    for (size_t i = 0; i < row->column_count; ++i)
        qvi_buf_append(&sql, ", ?");
    qvi_buf_append(&sql, ")");
    sqlite3_stmt *stmt = qvi_stmt_acquire_built(db, &sql);
    if (stmt == NULL)
        return QV_ERROR;
    sqlite3_bind_int64(stmt, 1, id);
    for (size_t i = 0; i < row->column_count; ++i) {
        qvi_value cell = qvi_rows_cell(row, 0, i);
        qvi_bind_value(stmt, (int)i + 2, w->columns[i], &cell);
    }
    qv_status status = qvi_step_done(db, stmt);
    qvi_stmt_release(db, stmt);
    return status;
}

qv_status qv_upsert_time_series_row(qv_db *db, const char *collection, const char *group, int64_t id,
                                    const char *const *column_names, const int *column_types,
                                    const void *const *column_data, size_t column_count)
{
    static const char caller[] = "upsert_time_series_row";
    /* Every column is converted, in the given order, before any lookup (step 2),
     * so a bad type code fails even where the value pointer is NULL (SQL NULL). */
    for (size_t c = 0; c < column_count; ++c) {
        if (column_names[c] == NULL)
            return qvi_error_set(&db->err, "Null argument: column_names[%zu]", c);
        if (column_types[c] < QV_TYPE_INTEGER || column_types[c] > QV_TYPE_DATE_TIME)
            return qvi_cannot(&db->err, caller, "unknown column type %d", column_types[c]);
    }
    /* Each value pointer is a one-entry array, so the row is a one-row block
     * and shares the group writer's decoding and checks. */
    qv_block_input input = {column_names, column_types, column_data, NULL, column_count, 1};
    qvi_rows row;
    if (qvi_rows_decode(&input, caller, &row, &db->err) != QV_OK)
        return QV_ERROR;
    qvi_ts_write w;
    qv_status status = qvi_ts_check_rows(db, caller, collection, group, &row, &w);
    if (status == QV_OK) {
        int started;
        status = qvi_txn_begin(db, &started);
        if (status == QV_OK)
            status = qvi_txn_finish(db, started, upsert(db, &w, &row, id));
        if (status == QV_OK)
            QVI_LOG(db, QV_LOG_DEBUG, "%s: row written to %s for id %lld", caller, w.table->name,
                    (long long)id);
        qvi_ts_write_free(&w);
    }
    qvi_rows_free(&row);
    return status;
}

/* ---- "as of" reader (§5.6) ------------------------------------------- */

/* An element of the collection: its id and its position in rowid order. */
typedef struct {
    int64_t id;
    size_t position;
} element_slot;

static int compare_slots(const void *a, const void *b)
{
    const element_slot *x = a, *y = b;
    if (x->id != y->id)
        return x->id < y->id ? -1 : 1;
    return x->position < y->position ? -1 : x->position > y->position;
}

static qv_status step_failed(qv_db *db)
{
    return qvi_failed(&db->err, "execute statement", "%s", sqlite3_errmsg(db->sqlite));
}

/* The elements of @p table in rowid order (their positions), sorted by id so
 * that the value query, ordered by id, can be merged in one pass. */
static qv_status read_elements(qv_db *db, const qvi_table *table, element_slot **out, size_t *out_count)
{
    qvi_buf sql = QVI_BUF_INIT;
    qvi_buf_append(&sql, "SELECT ");
    qvi_buf_ident(&sql, "id");
    qvi_buf_append(&sql, " FROM ");
    qvi_buf_ident(&sql, table->name);
    qvi_buf_append(&sql, " ORDER BY rowid");
    sqlite3_stmt *stmt = qvi_stmt_acquire_built(db, &sql);
    if (stmt == NULL)
        return QV_ERROR;
    element_slot *slots = NULL;
    size_t count = 0, capacity = 0;
    qv_status status = QV_OK;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        if (count == capacity) {
            size_t grown = capacity ? 2 * capacity : 64;
            element_slot *more = realloc(slots, grown * sizeof *more);
            if (more == NULL) {
                status = qvi_out_of_memory(&db->err);
                break;
            }
            slots = more;
            capacity = grown;
        }
        slots[count].id = sqlite3_column_int64(stmt, 0);
        slots[count].position = count;
        count++;
    }
    if (status == QV_OK && rc != SQLITE_DONE)
        status = step_failed(db);
    qvi_stmt_release(db, stmt);
    if (status != QV_OK) {
        free(slots);
        return status;
    }
    if (count > 1)
        qsort(slots, count, sizeof *slots, compare_slots);
    *out = slots;
    *out_count = count;
    return QV_OK;
}

/* The normative query of §5.6: per element, the rows at the latest date at or
 * before the argument among those where the attribute is not NULL.  With
 * further dimensions several rows can match one element; the outer query
 * does not filter NULLs again, and the last row per id wins. */
static sqlite3_stmt *latest_values(qv_db *db, const qvi_table *t, const qvi_column *dimension,
                                   const qvi_column *attribute)
{
    qvi_buf sql = QVI_BUF_INIT;
    qvi_buf_append(&sql, "SELECT t.");
    qvi_buf_ident(&sql, "id");
    qvi_buf_append(&sql, ", t.");
    qvi_buf_ident(&sql, attribute->name);
    qvi_buf_append(&sql, " FROM ");
    qvi_buf_ident(&sql, t->name);
    qvi_buf_append(&sql, " t INNER JOIN (SELECT ");
    qvi_buf_ident(&sql, "id");
    qvi_buf_append(&sql, ", MAX(");
    qvi_buf_ident(&sql, dimension->name);
    qvi_buf_append(&sql, ") AS max_dt FROM ");
    qvi_buf_ident(&sql, t->name);
    qvi_buf_append(&sql, " WHERE ");
    qvi_buf_ident(&sql, dimension->name);
    qvi_buf_append(&sql, " <= ? AND ");
    qvi_buf_ident(&sql, attribute->name);
    qvi_buf_append(&sql, " IS NOT NULL GROUP BY ");
    qvi_buf_ident(&sql, "id");
    qvi_buf_append(&sql, ") latest ON t.");
    qvi_buf_ident(&sql, "id");
    qvi_buf_append(&sql, " = latest.");
    qvi_buf_ident(&sql, "id");
    qvi_buf_append(&sql, " AND t.");
    qvi_buf_ident(&sql, dimension->name);
    qvi_buf_append(&sql, " = latest.max_dt ORDER BY t.");
    qvi_buf_ident(&sql, "id");
    return qvi_stmt_acquire_built(db, &sql);
}

/* Entries of @p count placeholders: 0, quiet NaN or NULL by @p type. */
static void *placeholders(qv_data_type type, size_t count)
{
    if (type == QV_TYPE_INTEGER)
        return calloc(count, sizeof(int64_t));
    if (type == QV_TYPE_FLOAT) {
        double *values = malloc(count * sizeof *values);
        for (size_t i = 0; values && i < count; ++i)
            values[i] = NAN;
        return values;
    }
    return calloc(count, sizeof(char *));
}

/* Stores column 1 of the current row at @p i, or the placeholder when its
 * storage class is not the one of @p type.  0 when a copy could not be made. */
static int store(void *values, qv_data_type type, size_t i, sqlite3_stmt *stmt)
{
    int storage = sqlite3_column_type(stmt, 1);
    if (type == QV_TYPE_INTEGER) {
        ((int64_t *)values)[i] = storage == SQLITE_INTEGER ? sqlite3_column_int64(stmt, 1) : 0;
        return 1;
    }
    if (type == QV_TYPE_FLOAT) {
        ((double *)values)[i] = storage == SQLITE_FLOAT ? sqlite3_column_double(stmt, 1) : NAN;
        return 1;
    }
    char **strings = values;
    free(strings[i]);
    strings[i] = NULL;
    if (storage != SQLITE_TEXT)
        return 1;
    const unsigned char *text = sqlite3_column_text(stmt, 1);
    size_t length = (size_t)sqlite3_column_bytes(stmt, 1);
    strings[i] = text ? malloc(length + 1) : NULL;
    if (strings[i] == NULL)
        return 0;
    memcpy(strings[i], text, length + 1);
    return 1;
}

static void free_values(void *values, qv_data_type type, size_t count)
{
    if (type == QV_TYPE_STRING || type == QV_TYPE_DATE_TIME)
        qv_free_strings(values, count);
    else
        free(values);
}

/* Runs the value query and merges its rows (ordered by id) into @p values,
 * laid out by the elements' rowid positions. */
static qv_status merge_values(qv_db *db, sqlite3_stmt *stmt, const char *date_time, const element_slot *slots,
                              size_t count, qv_data_type type, void *values)
{
    qvi_bind_trimmed(stmt, 1, date_time);
    size_t k = 0;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        int64_t id = sqlite3_column_int64(stmt, 0);
        while (k < count && slots[k].id < id)
            k++;
        for (size_t j = k; j < count && slots[j].id == id; ++j)
            if (!store(values, type, slots[j].position, stmt))
                return qvi_out_of_memory(&db->err);
    }
    return rc == SQLITE_DONE ? QV_OK : step_failed(db);
}

qv_status qv_read_time_series_row(qv_db *db, const char *collection, const char *group, const char *attribute,
                                  const char *date_time, qv_data_type *out_type, void **out_values,
                                  size_t *out_count)
{
    const qvi_schema *s = qvi_db_schema(db);
    if (s == NULL)
        return QV_ERROR;
    const qvi_table *elements = qvi_schema_table(s, collection);
    if (elements == NULL)
        return qvi_cannot(&db->err, "read_time_series_row", "collection not found: %s", collection);
    const qvi_table *t = qvi_schema_group(s, collection, QVI_KIND_TIME_SERIES, group);
    if (t == NULL)
        return qvi_error_set(&db->err, "Time series group '%s' not found for collection '%s'", group,
                             collection);
    const qvi_column *dimension = qvi_ts_dimension(t);
    if (dimension == NULL)
        return qvi_not_found(&db->err, "Dimension column", "time series table '%s'", t->name);
    const qvi_column *column = strcmp(attribute, "id") == 0 ? NULL : qvi_table_column(t, attribute);
    if (column == NULL || column == dimension)
        return qvi_not_found(&db->err, "Time series attribute", "'%s' in group '%s' of collection '%s'",
                             attribute, group, collection);

    element_slot *slots = NULL;
    size_t count = 0;
    if (read_elements(db, elements, &slots, &count) != QV_OK)
        return QV_ERROR;
    qv_status status = QV_OK;
    void *values = NULL;
    if (count > 0) {
        sqlite3_stmt *stmt = latest_values(db, t, dimension, column);
        if (stmt == NULL) {
            status = QV_ERROR;
        } else {
            values = placeholders(column->type, count);
            if (values == NULL)
                status = qvi_out_of_memory(&db->err);
            else
                status = merge_values(db, stmt, date_time, slots, count, column->type, values);
            qvi_stmt_release(db, stmt);
        }
    }
    free(slots);
    if (status != QV_OK) {
        if (values)
            free_values(values, column->type, count);
        return status;
    }
    *out_type = column->type;
    *out_values = values;
    *out_count = count;
    return QV_OK;
}
