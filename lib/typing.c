/*
 * The typing policy of element writes (c-api.md §10.5): which value kinds a
 * column accepts, the mismatch messages, and binding with int-for-REAL
 * coercion.
 */
#include "write.h"

int qvi_type_accepts(qv_data_type column, qv_data_type value)
{
    switch (value) {
    case QV_TYPE_NULL:
        return 1;
    case QV_TYPE_INTEGER:
        return column == QV_TYPE_INTEGER || column == QV_TYPE_FLOAT;
    case QV_TYPE_FLOAT:
        return column == QV_TYPE_FLOAT;
    case QV_TYPE_STRING:
        return column == QV_TYPE_STRING || column == QV_TYPE_DATE_TIME;
    default:
        return 0;
    }
}

qv_status qvi_check_scalar_type(qv_error *err, const char *op, const qvi_column *column,
                                const qvi_value *value)
{
    if (qvi_type_accepts(column->type, value->type))
        return QV_OK;
    return qvi_cannot(err, op, "type mismatch for column '%s': expected %s, got %s", column->name,
                      qvi_type_name(column->type), qvi_type_name(value->type));
}

qv_status qvi_check_cell_type(qv_error *err, const char *op, const qvi_column *column, size_t index,
                              const qvi_value *value)
{
    if (qvi_type_accepts(column->type, value->type))
        return QV_OK;
    return qvi_cannot(err, op, "type mismatch for array '%s' index %zu: expected %s, got %s", column->name,
                      index, qvi_type_name(column->type), qvi_type_name(value->type));
}

int qvi_bind_value(sqlite3_stmt *stmt, int index, const qvi_column *column, const qvi_value *value)
{
    switch (value->type) {
    case QV_TYPE_INTEGER:
        if (column->type == QV_TYPE_FLOAT) /* stored as REAL even in a non-STRICT table */
            return sqlite3_bind_double(stmt, index, (double)value->as.integer);
        return sqlite3_bind_int64(stmt, index, value->as.integer);
    case QV_TYPE_FLOAT:
        return sqlite3_bind_double(stmt, index, value->as.real);
    case QV_TYPE_STRING:
        return qvi_bind_trimmed(stmt, index, value->as.string);
    default:
        return sqlite3_bind_null(stmt, index);
    }
}
