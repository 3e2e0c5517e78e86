/*
 * Whole-group reads and writes of vector and set groups
 * (c-api-groups-timeseries-csv.md §4): columnar reads of one element's rows,
 * and replacing them from an input block, with relation labels resolved.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "block.h"
#include "buf.h"
#include "write.h"

static int is_vector(unsigned kind)
{
    return kind == QVI_KIND_VECTOR;
}

static const char *group_entity(unsigned kind)
{
    return is_vector(kind) ? "Vector group" : "Set group";
}

/* `id`, and `vector_index` in a vector table: written by the library, never a value column. */
static int is_managed(const char *name, unsigned kind)
{
    return strcmp(name, "id") == 0 || (is_vector(kind) && strcmp(name, "vector_index") == 0);
}

static qv_status read_group(qv_db *db, const char *collection, const char *group, int64_t id, unsigned kind,
                            qv_block *out)
{
    const qvi_schema *s = qvi_db_schema(db);
    if (s == NULL)
        return QV_ERROR;
    if (qvi_schema_table(s, collection) == NULL)
        return qvi_cannot(&db->err, is_vector(kind) ? "get_vector_metadata" : "get_set_metadata",
                          "collection not found: %s", collection);
    const qvi_table *t = qvi_schema_group(s, collection, kind, group);
    if (t == NULL)
        return qvi_not_found(&db->err, group_entity(kind), "'%s' in collection '%s'", group, collection);

    const char **names = malloc((t->column_count + 1) * sizeof *names);
    qv_data_type *types = malloc((t->column_count + 1) * sizeof *types);
    qv_status status;
    if (names == NULL || types == NULL) {
        status = qvi_out_of_memory(&db->err);
    } else {
        size_t count = 0;
        for (size_t i = 0; i < t->column_count; ++i) {
            if (!is_managed(t->columns[i].name, kind)) {
                names[count] = t->columns[i].name;
                types[count++] = t->columns[i].type;
            }
        }
        status = qvi_block_read(db, t, names, types, count, is_vector(kind) ? "vector_index" : NULL, id, out);
    }
    free(names);
    free(types);
    return status;
}

qv_status qv_read_vector_group_by_id(qv_db *db, const char *collection, const char *group, int64_t id,
                                     qv_block *out)
{
    return read_group(db, collection, group, id, QVI_KIND_VECTOR, out);
}

qv_status qv_read_set_group_by_id(qv_db *db, const char *collection, const char *group, int64_t id,
                                  qv_block *out)
{
    return read_group(db, collection, group, id, QVI_KIND_SET, out);
}

/* --- writes ------------------------------------------------------------- */

/* One distinct input column of a group write. */
typedef struct {
    const qvi_column *column;
    qvi_value *resolved; /* its cells after relation resolution; NULL when no label was replaced */
} write_column;

typedef struct {
    qv_db *db;
    const char *caller;
    const char *collection;
    const char *group;
    unsigned kind;
    const qvi_table *table;
    const qvi_rows *rows;
    write_column *columns; /* parallel to rows->columns */
} group_write;

/* Cell (@p r, @p i) as written: a label in a relation column has become its target's id. */
static qvi_value write_cell(const group_write *w, size_t r, size_t i)
{
    if (w->columns[i].resolved)
        return w->columns[i].resolved[r];
    return qvi_rows_cell(w->rows, r, i);
}

/* Steps 6-7 of §4.3: column names in byte-wise order, then relation labels per column. */
static qv_status check_columns(group_write *w)
{
    const qvi_rows *rows = w->rows;
    for (size_t i = 0; i < rows->column_count; ++i) {
        const char *name = rows->columns[i].name;
        if (is_managed(name, w->kind))
            return qvi_cannot(&w->db->err, w->caller,
                              "column '%s' is managed by the group table, not a value column", name);
        const qvi_column *c = qvi_table_column(w->table, name);
        if (c == NULL)
            return qvi_cannot(&w->db->err, w->caller,
                              "column '%s' not found in group '%s' for collection '%s'", name, w->group,
                              w->collection);
        w->columns[i].column = c;
    }
    /* Relation resolution is the element writes' (c-api.md §10.4), over one column at a time.
     * A NULL data column makes any row count legal, so the size must not wrap. */
    qvi_value *cells = NULL;
    if (rows->row_count < SIZE_MAX / sizeof *cells)
        cells = malloc((rows->row_count + 1) * sizeof *cells);
    if (cells == NULL)
        return qvi_out_of_memory(&w->db->err);
    qv_status status = QV_OK;
    for (size_t i = 0; i < rows->column_count && status == QV_OK; ++i) {
        const qvi_column *c = w->columns[i].column;
        if (c->type != QV_TYPE_INTEGER && qvi_table_fk(w->table, c->name) == NULL)
            continue; /* text passes through unresolved; the type check judges it */
        for (size_t r = 0; r < rows->row_count; ++r)
            cells[r] = qvi_rows_cell(rows, r, i);
        status =
            qvi_resolve_labels(w->db, w->table, c->name, cells, rows->row_count, &w->columns[i].resolved);
    }
    free(cells);
    return status;
}

/* Step 9, the element writes' typing policy: columns in name order, then rows. */
static qv_status check_types(const group_write *w)
{
    for (size_t i = 0; i < w->rows->column_count; ++i) {
        for (size_t r = 0; r < w->rows->row_count; ++r) {
            qvi_value cell = write_cell(w, r, i);
            if (qvi_check_cell_type(&w->db->err, w->caller, w->columns[i].column, r, &cell) != QV_OK)
                return QV_ERROR;
        }
    }
    return QV_OK;
}

/* Step 10: one INSERT statement (id, vector_index, the columns by name), stepped once per row. */
static qv_status insert_rows(const group_write *w, int64_t id)
{
    qv_db *db = w->db;
    const qvi_rows *rows = w->rows;
    int vector = is_vector(w->kind);
    qvi_buf sql = QVI_BUF_INIT;
    qvi_buf_append(&sql, "INSERT INTO ");
    qvi_buf_ident(&sql, w->table->name);
    qvi_buf_append(&sql, vector ? " (id, vector_index" : " (id");
    for (size_t i = 0; i < rows->column_count; ++i) {
        qvi_buf_append(&sql, ", ");
        qvi_buf_ident(&sql, rows->columns[i].name);
    }
    qvi_buf_append(&sql, vector ? ") VALUES (?, ?" : ") VALUES (?");
    for (size_t i = 0; i < rows->column_count; ++i)
        qvi_buf_append(&sql, ", ?");
    qvi_buf_append(&sql, ")");
    sqlite3_stmt *stmt = qvi_stmt_acquire_built(db, &sql);
    if (stmt == NULL)
        return QV_ERROR;
    int first_value = vector ? 3 : 2;
    qv_status status = QV_OK;
    for (size_t r = 0; r < rows->row_count && status == QV_OK; ++r) {
        sqlite3_bind_int64(stmt, 1, id);
        if (vector)
            sqlite3_bind_int64(stmt, 2, (int64_t)r + 1);
        for (size_t i = 0; i < rows->column_count; ++i) {
            qvi_value cell = write_cell(w, r, i);
            qvi_bind_value(stmt, first_value + (int)i, w->columns[i].column, &cell);
        }
        status = qvi_step_done(db, stmt);
        sqlite3_reset(stmt);
    }
    qvi_stmt_release(db, stmt);
    return status;
}

/* Steps 3-11 of §4.3 over decoded rows. */
static qv_status write_group(group_write *w, int64_t id)
{
    qv_db *db = w->db;
    const qvi_schema *s = qvi_db_schema(db);
    if (s == NULL)
        return QV_ERROR;
    const qvi_table *collection = qvi_schema_table(s, w->collection);
    if (collection == NULL)
        return qvi_cannot(&db->err, w->caller, "collection not found: %s", w->collection);
    w->table = qvi_schema_group(s, w->collection, w->kind, w->group);
    if (w->table == NULL)
        return qvi_not_found(&db->err, group_entity(w->kind), "'%s' in collection '%s'", w->group,
                             w->collection);
    if (qvi_require_element(db, collection, id) != QV_OK || check_columns(w) != QV_OK) /* §4.3 step 5 */
        return QV_ERROR;

    int started;
    if (qvi_txn_begin(db, &started) != QV_OK)
        return QV_ERROR;
    qv_status status = check_types(w);
    if (status == QV_OK)
        status = qvi_group_delete_rows(db, w->table, id);
    /* With no columns the decoded rows are empty: the group is cleared, whatever row_count says. */
    if (status == QV_OK && w->rows->column_count > 0)
        status = insert_rows(w, id);
    status = qvi_txn_finish(db, started, status);
    if (status == QV_OK)
        QVI_LOG(db, QV_LOG_DEBUG, "%s: %zu rows written to %s for id %lld", w->caller,
                w->rows->column_count ? w->rows->row_count : 0, w->table->name, (long long)id);
    return status;
}

static qv_status update_group(qv_db *db, const char *collection, const char *group, int64_t id,
                              const qv_block_input *input, unsigned kind)
{
    group_write w = {.db = db,
                     .caller = is_vector(kind) ? "update_vector_group" : "update_set_group",
                     .collection = collection,
                     .group = group,
                     .kind = kind};
    qvi_rows rows;
    if (qvi_rows_decode(input, w.caller, &rows, &db->err) != QV_OK)
        return QV_ERROR;
    w.rows = &rows;
    w.columns = calloc(rows.column_count ? rows.column_count : 1, sizeof *w.columns);
    qv_status status = w.columns ? write_group(&w, id) : qvi_out_of_memory(&db->err);
    if (w.columns)
        for (size_t i = 0; i < rows.column_count; ++i)
            free(w.columns[i].resolved);
    free(w.columns);
    qvi_rows_free(&rows);
    return status;
}

qv_status qv_update_vector_group(qv_db *db, const char *collection, const char *group, int64_t id,
                                 const qv_block_input *input)
{
    return update_group(db, collection, group, id, input, QVI_KIND_VECTOR);
}

qv_status qv_update_set_group(qv_db *db, const char *collection, const char *group, int64_t id,
                              const qv_block_input *input)
{
    return update_group(db, collection, group, id, input, QVI_KIND_SET);
}
