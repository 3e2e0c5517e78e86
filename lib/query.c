/*
 * Raw SQL queries (c-api.md §13): typed parameters checked before any SQL
 * runs, the first statement of the text prepared through the handle's cache,
 * every row stepped (so DML and transaction statements take effect), and
 * row 0, column 0 kept in the kind the caller asked for.  No schema is used.
 */
#include <stdlib.h>
#include <string.h>

#include <quiver/query.h>

#include "db.h"

/* Row 0, column 0 as the caller wants it. */
typedef struct {
    qv_data_type want; /* QV_TYPE_INTEGER, QV_TYPE_FLOAT or QV_TYPE_STRING */
    int has_value;
    int64_t integer;
    double real;
    char *text; /* malloc'd copy, owned here until handed to the caller */
} query_result;

static qv_status check_params(qv_db *db, const qv_param *params, size_t count)
{
    for (size_t i = 0; i < count; ++i) {
        switch (params[i].type) {
        case QV_TYPE_INTEGER:
        case QV_TYPE_FLOAT:
        case QV_TYPE_NULL:
            break;
        case QV_TYPE_STRING:
            if (params[i].text == NULL)
                return qvi_cannot(&db->err, "query", "parameter at index %zu has null string value", i);
            break;
        case QV_TYPE_DATE_TIME: /* c-api.md §17.16: date-times are passed as strings */
        default:
            return qvi_cannot(&db->err, "query", "unknown parameter type %d", (int)params[i].type);
        }
    }
    return QV_OK;
}

static qv_status bind_params(qv_db *db, sqlite3_stmt *stmt, const qv_param *params, size_t count)
{
    int expected = sqlite3_bind_parameter_count(stmt);
    if ((size_t)expected != count)
        return qvi_failed(&db->err, "execute statement", "expected %d bound parameter(s) but got %zu",
                          expected, count);
    for (size_t i = 0; i < count; ++i) {
        int index = (int)i + 1;
        int rc;
        switch (params[i].type) {
        case QV_TYPE_INTEGER:
            rc = sqlite3_bind_int64(stmt, index, params[i].integer);
            break;
        case QV_TYPE_FLOAT:
            rc = sqlite3_bind_double(stmt, index, params[i].real);
            break;
        case QV_TYPE_STRING: /* the caller's text outlives the statement's use (run_query) */
            rc = qvi_bind_trimmed_static(stmt, index, params[i].text);
            break;
        default: /* QV_TYPE_NULL: check_params let nothing else through */
            rc = sqlite3_bind_null(stmt, index);
            break;
        }
        if (rc != SQLITE_OK)
            return qvi_failed(&db->err, "execute statement", "%s", sqlite3_errmsg(db->sqlite));
    }
    return QV_OK;
}

static qv_status keep_value(qv_db *db, sqlite3_stmt *stmt, query_result *result)
{
    int type = sqlite3_column_type(stmt, 0);
    if (result->want == QV_TYPE_STRING && type == SQLITE_TEXT) {
        const unsigned char *text = sqlite3_column_text(stmt, 0);
        size_t size = (size_t)sqlite3_column_bytes(stmt, 0);
        if (text == NULL || (result->text = malloc(size + 1)) == NULL)
            return qvi_out_of_memory(&db->err);
        memcpy(result->text, text, size);
        result->text[size] = '\0';
        result->has_value = 1;
    } else if (result->want == QV_TYPE_INTEGER && type == SQLITE_INTEGER) {
        result->integer = sqlite3_column_int64(stmt, 0);
        result->has_value = 1;
    } else if (result->want == QV_TYPE_FLOAT && (type == SQLITE_FLOAT || type == SQLITE_INTEGER)) {
        result->real = sqlite3_column_double(stmt, 0);
        result->has_value = 1;
    }
    return QV_OK;
}

/* A failed first step of a cached statement may be SQLite re-preparing it after
 * a schema change (a dropped table, say).  Without the cache that text would
 * have failed to compile, so compiling it afresh tells which message is due. */
static qv_status step_failed(qv_db *db, const char *sql)
{
    qvi_failed(&db->err, "execute statement", "%s", sqlite3_errmsg(db->sqlite));
    sqlite3_stmt *fresh = NULL;
    if (sqlite3_prepare_v2(db->sqlite, sql, -1, &fresh, NULL) != SQLITE_OK)
        qvi_failed(&db->err, "prepare statement", "%s", sqlite3_errmsg(db->sqlite));
    sqlite3_finalize(fresh);
    return QV_ERROR;
}

/* Steps to completion; a BLOB anywhere fails the query, even after row 0. */
static qv_status step_all(qv_db *db, sqlite3_stmt *stmt, const char *sql, query_result *result)
{
    int rc;
    int first = 1;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        int columns = sqlite3_column_count(stmt);
        for (int c = 0; c < columns; ++c)
            if (sqlite3_column_type(stmt, c) == SQLITE_BLOB)
                return qvi_failed(&db->err, "execute statement", "BLOB type not supported");
        if (first && keep_value(db, stmt, result) != QV_OK)
            return QV_ERROR;
        first = 0;
    }
    if (rc == SQLITE_DONE)
        return QV_OK;
    if (first)
        return step_failed(db, sql);
    return qvi_failed(&db->err, "execute statement", "%s", sqlite3_errmsg(db->sqlite));
}

static qv_status run_query(qv_db *db, const char *sql, const qv_param *params, size_t count,
                           query_result *result)
{
    if (check_params(db, params, count) != QV_OK)
        return QV_ERROR;
    sqlite3_stmt *stmt = qvi_stmt_acquire(db, sql);
    if (stmt == NULL)
        return QV_ERROR;
    QVI_LOG(db, QV_LOG_DEBUG, "Executing query: %s", sql);
    qv_status status = bind_params(db, stmt, params, count);
    if (status == QV_OK)
        status = step_all(db, stmt, sql, result);
    qvi_stmt_release(db, stmt);
    if (status != QV_OK) {
        free(result->text);
        result->text = NULL;
    }
    return status;
}

qv_status qv_query_string(qv_db *db, const char *sql, const qv_param *params, size_t param_count,
                          char **out_value, int *out_has_value)
{
    query_result result = {.want = QV_TYPE_STRING};
    if (run_query(db, sql, params, param_count, &result) != QV_OK)
        return QV_ERROR;
    *out_value = result.text;
    *out_has_value = result.has_value;
    return QV_OK;
}

qv_status qv_query_integer(qv_db *db, const char *sql, const qv_param *params, size_t param_count,
                           int64_t *out_value, int *out_has_value)
{
    query_result result = {.want = QV_TYPE_INTEGER};
    if (run_query(db, sql, params, param_count, &result) != QV_OK)
        return QV_ERROR;
    if (result.has_value)
        *out_value = result.integer;
    *out_has_value = result.has_value;
    return QV_OK;
}

qv_status qv_query_float(qv_db *db, const char *sql, const qv_param *params, size_t param_count,
                         double *out_value, int *out_has_value)
{
    query_result result = {.want = QV_TYPE_FLOAT};
    if (run_query(db, sql, params, param_count, &result) != QV_OK)
        return QV_ERROR;
    if (result.has_value)
        *out_value = result.real;
    *out_has_value = result.has_value;
    return QV_OK;
}
