/*
 * Element writes (c-api.md §10): create_element, update_element and
 * delete_element.  The checks live in write_plan.c; this file runs the
 * statements of a validated plan inside one transaction, one cached
 * statement per table, stepped once per row.
 */
#include <quiver/write.h>

#include "buf.h"
#include "write.h"

static qv_status statement_failed(qv_db *db)
{
    return qvi_failed(&db->err, "execute statement", "%s", sqlite3_errmsg(db->sqlite));
}

qv_status qvi_require_element(qv_db *db, const qvi_table *collection, int64_t id)
{
    sqlite3_stmt *stmt = qvi_stmt_acquire_by_id(db, "SELECT 1 FROM ", collection, id);
    if (stmt == NULL)
        return QV_ERROR;
    int rc = sqlite3_step(stmt);
    qv_status status = QV_OK;
    if (rc == SQLITE_DONE)
        status =
            qvi_not_found(&db->err, "Element", "%lld in collection '%s'", (long long)id, collection->name);
    else if (rc != SQLITE_ROW)
        status = statement_failed(db);
    qvi_stmt_release(db, stmt);
    return status;
}

static qv_status bind_scalars(qv_db *db, sqlite3_stmt *stmt, const qvi_write_plan *plan)
{
    for (size_t i = 0; i < plan->scalar_count; ++i) {
        const qvi_plan_scalar *s = &plan->scalars[i];
        if (qvi_bind_value(stmt, (int)i + 1, s->column, &s->value) != SQLITE_OK)
            return statement_failed(db);
    }
    return QV_OK;
}

static qv_status insert_element(qv_db *db, const qvi_write_plan *plan, int64_t *out_id)
{
    qvi_buf sql = QVI_BUF_INIT;
    qvi_buf_append(&sql, "INSERT INTO ");
    qvi_buf_ident(&sql, plan->collection->name);
    qvi_buf_append(&sql, " (");
    for (size_t i = 0; i < plan->scalar_count; ++i) {
        qvi_buf_append(&sql, i ? ", " : "");
        qvi_buf_ident(&sql, plan->scalars[i].name);
    }
    qvi_buf_append(&sql, ") VALUES (");
    for (size_t i = 0; i < plan->scalar_count; ++i)
        qvi_buf_append(&sql, i ? ", ?" : "?");
    qvi_buf_append(&sql, ")");
    sqlite3_stmt *stmt = qvi_stmt_acquire_built(db, &sql);
    if (stmt == NULL)
        return QV_ERROR;
    qv_status status = bind_scalars(db, stmt, plan);
    if (status == QV_OK)
        status = qvi_step_done(db, stmt);
    qvi_stmt_release(db, stmt);
    if (status == QV_OK) {
        *out_id = sqlite3_last_insert_rowid(db->sqlite);
        QVI_LOG(db, QV_LOG_DEBUG, "Inserted element with id: %lld", (long long)*out_id);
    }
    return status;
}

static qv_status update_scalars(qv_db *db, const qvi_write_plan *plan, int64_t id)
{
    qvi_buf sql = QVI_BUF_INIT;
    qvi_buf_append(&sql, "UPDATE ");
    qvi_buf_ident(&sql, plan->collection->name);
    qvi_buf_append(&sql, " SET ");
    for (size_t i = 0; i < plan->scalar_count; ++i) {
        qvi_buf_append(&sql, i ? ", " : "");
        qvi_buf_ident(&sql, plan->scalars[i].name);
        qvi_buf_append(&sql, " = ?");
    }
    qvi_buf_append(&sql, " WHERE id = ?");
    sqlite3_stmt *stmt = qvi_stmt_acquire_built(db, &sql);
    if (stmt == NULL)
        return QV_ERROR;
    qv_status status = bind_scalars(db, stmt, plan);
    if (status == QV_OK && sqlite3_bind_int64(stmt, (int)plan->scalar_count + 1, id) != SQLITE_OK)
        status = statement_failed(db);
    if (status == QV_OK)
        status = qvi_step_done(db, stmt);
    qvi_stmt_release(db, stmt);
    return status;
}

/* "INSERT INTO <T> (id[, vector_index], <columns in name order>) VALUES (...)". */
static sqlite3_stmt *acquire_group_insert(qv_db *db, const qvi_write_plan *plan, const qvi_plan_table *pt,
                                          int vector)
{
    qvi_buf sql = QVI_BUF_INIT;
    qvi_buf_append(&sql, "INSERT INTO ");
    qvi_buf_ident(&sql, pt->table->name);
    qvi_buf_append(&sql, vector ? " (id, vector_index" : " (id");
    for (size_t k = 0; k < pt->route_count; ++k) {
        qvi_buf_append(&sql, ", ");
        qvi_buf_ident(&sql, plan->routes[pt->first_route + k].column->name);
    }
    qvi_buf_append(&sql, vector ? ") VALUES (?, ?" : ") VALUES (?");
    for (size_t k = 0; k < pt->route_count; ++k)
        qvi_buf_append(&sql, ", ?");
    qvi_buf_append(&sql, ")");
    return qvi_stmt_acquire_built(db, &sql);
}

static qv_status insert_group_rows(qv_db *db, const qvi_write_plan *plan, const qvi_plan_table *pt,
                                   int64_t id)
{
    if (pt->row_count == 0)
        return QV_OK;
    int vector = (pt->table->kinds & QVI_KIND_VECTOR) != 0;
    sqlite3_stmt *stmt = acquire_group_insert(db, plan, pt, vector);
    if (stmt == NULL)
        return QV_ERROR;
    int first_value = vector ? 3 : 2;
    qv_status status = QV_OK;
    for (size_t row = 0; row < pt->row_count && status == QV_OK; ++row) {
        sqlite3_reset(stmt);
        int rc = sqlite3_bind_int64(stmt, 1, id);
        if (vector && rc == SQLITE_OK)
            rc = sqlite3_bind_int64(stmt, 2, (int64_t)row + 1); /* vector_index is 1-based */
        for (size_t k = 0; k < pt->route_count && rc == SQLITE_OK; ++k) {
            const qvi_plan_route *r = &plan->routes[pt->first_route + k];
            rc = qvi_bind_value(stmt, first_value + (int)k, r->column, &plan->arrays[r->array].cells[row]);
        }
        status = rc == SQLITE_OK ? qvi_step_done(db, stmt) : statement_failed(db);
    }
    qvi_stmt_release(db, stmt);
    if (status == QV_OK)
        QVI_LOG(db, QV_LOG_DEBUG, "Inserted %zu %s rows into %s", pt->row_count, qvi_group_noun(pt->table),
                pt->table->name);
    return status;
}

static qv_status delete_by_id(qv_db *db, const qvi_table *table, int64_t id)
{
    sqlite3_stmt *stmt = qvi_stmt_acquire_by_id(db, "DELETE FROM ", table, id);
    if (stmt == NULL)
        return QV_ERROR;
    qv_status status = qvi_step_done(db, stmt);
    qvi_stmt_release(db, stmt);
    return status;
}

qv_status qv_create_element(qv_db *db, const char *collection, const qv_element *element, int64_t *out_id)
{
    QVI_LOG(db, QV_LOG_DEBUG, "Creating element in collection: %s", collection);
    const qvi_schema *schema = qvi_db_schema(db);
    if (schema == NULL)
        return QV_ERROR;
    const qvi_table *table = qvi_schema_table(schema, collection);
    if (table == NULL)
        return qvi_cannot(&db->err, "create_element", "collection not found: %s", collection);
    if (element->scalar_count == 0)
        return qvi_cannot(&db->err, "create_element", "element must have at least one scalar attribute");

    qvi_write_plan plan;
    if (qvi_plan_build(db, schema, table, element, 0, &plan) != QV_OK)
        return QV_ERROR;
    int started;
    int64_t id = 0;
    qv_status status = qvi_txn_begin(db, &started);
    if (status == QV_OK) {
        status = insert_element(db, &plan, &id);
        if (status == QV_OK)
            qvi_plan_log_fan_out(db, &plan);
        for (size_t i = 0; i < plan.table_count && status == QV_OK; ++i)
            status = insert_group_rows(db, &plan, &plan.tables[i], id);
        status = qvi_txn_finish(db, started, status);
    }
    qvi_plan_free(&plan);
    if (status != QV_OK)
        return QV_ERROR;
    *out_id = id;
    QVI_LOG(db, QV_LOG_INFO, "Created element %lld in %s", (long long)id, collection);
    return QV_OK;
}

qv_status qv_update_element(qv_db *db, const char *collection, int64_t id, const qv_element *element)
{
    QVI_LOG(db, QV_LOG_DEBUG, "Updating element %lld in collection: %s", (long long)id, collection);
    const qvi_schema *schema = qvi_db_schema(db);
    if (schema == NULL)
        return QV_ERROR;
    const qvi_table *table = qvi_schema_table(schema, collection);
    if (table == NULL)
        return qvi_cannot(&db->err, "update_element", "collection not found: %s", collection);
    if (element->scalar_count == 0 && element->array_count == 0)
        return qvi_cannot(&db->err, "update_element", "element must have at least one attribute to update");
    if (qvi_require_element(db, table, id) != QV_OK)
        return QV_ERROR;

    qvi_write_plan plan;
    if (qvi_plan_build(db, schema, table, element, 1, &plan) != QV_OK)
        return QV_ERROR;
    int started;
    qv_status status = qvi_txn_begin(db, &started);
    if (status == QV_OK) {
        if (plan.scalar_count)
            status = update_scalars(db, &plan, id);
        if (status == QV_OK)
            qvi_plan_log_fan_out(db, &plan);
        for (size_t i = 0; i < plan.table_count && status == QV_OK; ++i) {
            status = delete_by_id(db, plan.tables[i].table, id);
            if (status == QV_OK)
                status = insert_group_rows(db, &plan, &plan.tables[i], id);
        }
        status = qvi_txn_finish(db, started, status);
    }
    qvi_plan_free(&plan);
    if (status != QV_OK)
        return QV_ERROR;
    QVI_LOG(db, QV_LOG_INFO, "Updated element %lld in %s", (long long)id, collection);
    return QV_OK;
}

qv_status qv_delete_element(qv_db *db, const char *collection, int64_t id)
{
    QVI_LOG(db, QV_LOG_DEBUG, "Deleting element %lld from collection: %s", (long long)id, collection);
    const qvi_schema *schema = qvi_db_schema(db);
    if (schema == NULL)
        return QV_ERROR;
    const qvi_table *table = qvi_schema_table(schema, collection);
    if (table == NULL)
        return qvi_cannot(&db->err, "delete_element", "collection not found: %s", collection);
    if (qvi_require_element(db, table, id) != QV_OK)
        return QV_ERROR;
    /* One statement joining any open transaction; SQLite carries out the cascades. */
    if (delete_by_id(db, table, id) != QV_OK)
        return QV_ERROR;
    QVI_LOG(db, QV_LOG_INFO, "Deleted element %lld from %s", (long long)id, collection);
    return QV_OK;
}
