/*
 * Relation resolution (c-api.md §10.4): a string written where a relation
 * expects an id is looked up as a label of the target table.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "write.h"

/* Looks up every string of @p values (copied into @p resolved) among the labels of @p target. */
static qv_status lookup_labels(qv_db *db, const char *target, const qvi_value *values, size_t count,
                               qvi_value *resolved)
{
    qvi_buf sql = QVI_BUF_INIT;
    qvi_buf_append(&sql, "SELECT id FROM ");
    qvi_buf_ident(&sql, target); /* taken from the schema's foreign key, never from the caller */
    qvi_buf_append(&sql, " WHERE label = ?");
    sqlite3_stmt *stmt = qvi_stmt_acquire_built(db, &sql);
    if (stmt == NULL)
        return QV_ERROR;

    qv_status status = QV_OK;
    for (size_t i = 0; i < count && status == QV_OK; ++i) {
        if (values[i].type != QV_TYPE_STRING)
            continue;
        sqlite3_reset(stmt);
        qvi_bind_trimmed(stmt, 1, values[i].as.string);
        if (sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_type(stmt, 0) == SQLITE_INTEGER) {
            resolved[i].type = QV_TYPE_INTEGER;
            resolved[i].as.integer = sqlite3_column_int64(stmt, 0);
        } else {
            /* "Failed to ..." without the pattern's colon, as the catalogue (§16.4) has it. */
            status = qvi_error_set(&db->err, "Failed to resolve label '%s' to ID in table '%s'",
                                   values[i].as.string, target);
        }
    }
    qvi_stmt_release(db, stmt);
    return status;
}

qv_status qvi_resolve_labels(qv_db *db, const qvi_table *table, const char *column, const qvi_value *values,
                             size_t count, qvi_value **out_resolved)
{
    *out_resolved = NULL;
    size_t first_string = 0;
    while (first_string < count && values[first_string].type != QV_TYPE_STRING)
        ++first_string;
    if (first_string == count)
        return QV_OK;

    const qvi_column *c = qvi_table_column(table, column);
    if (c == NULL)
        return QV_OK; /* left for the type check, which reports the unknown column */
    const qvi_foreign_key *fk = qvi_table_fk(table, column);
    if (fk == NULL) {
        if (c->type == QV_TYPE_INTEGER)
            return qvi_cannot(&db->err, "resolve attribute",
                              "'%s' is INTEGER but received string '%s' (not a foreign key)", column,
                              values[first_string].as.string);
        return QV_OK;
    }

    qvi_value *resolved = malloc(count * sizeof *resolved);
    if (resolved == NULL)
        return qvi_out_of_memory(&db->err);
    memcpy(resolved, values, count * sizeof *resolved);
    if (lookup_labels(db, fk->table, values, count, resolved) != QV_OK) {
        free(resolved);
        return QV_ERROR;
    }
    *out_resolved = resolved;
    return QV_OK;
}
