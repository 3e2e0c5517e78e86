/*
 * The database handle: opening and closing connections, lazy schema loading,
 * the version, and the small execution helpers every area shares.
 */
#include <stdlib.h>
#include <string.h>

#include "db.h"

/* schema.md §13 and c-api.md §18.4: a second writer waits this long for the lock. */
enum { BUSY_TIMEOUT_MS = 5000 };

const char *qv_version(void)
{
    return QV_VERSION_STRING;
}

void qv_free(void *block)
{
    free(block);
}

void qv_free_strings(char **strings, size_t count)
{
    if (strings == NULL)
        return;
    for (size_t i = 0; i < count; ++i)
        free(strings[i]);
    free(strings);
}

qv_options qv_options_default(void)
{
    qv_options options = {0, QV_LOG_INFO};
    return options;
}

qv_status qv_db_open(const char *path, const qv_options *options, qv_db **out_db, qv_error *err)
{
    qv_db *db = calloc(1, sizeof *db);
    if (db == NULL)
        return qvi_out_of_memory(err);
    db->options = options ? *options : qv_options_default();
    db->path = strdup(path);
    if (db->path == NULL) {
        free(db);
        return qvi_out_of_memory(err);
    }
    sqlite3_initialize();
    qvi_logger_init(&db->log, db->options.console_level, strcmp(path, ":memory:") == 0);
    QVI_LOG(db, QV_LOG_DEBUG, "Opening database: %s", path);

    int flags = db->options.read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (sqlite3_open_v2(path, &db->sqlite, flags, NULL) != SQLITE_OK) {
        const char *reason = db->sqlite ? sqlite3_errmsg(db->sqlite) : "out of memory";
        qvi_failed(err, "open database", "%s", reason);
        QVI_LOG(db, QV_LOG_ERROR, "%s", err->message);
        sqlite3_close(db->sqlite);
        db->sqlite = NULL;
        qv_db_close(db);
        return QV_ERROR;
    }
    sqlite3_exec(db->sqlite, "PRAGMA foreign_keys = ON;", NULL, NULL, NULL);
    sqlite3_busy_timeout(db->sqlite, BUSY_TIMEOUT_MS);
    QVI_LOG(db, QV_LOG_DEBUG, "Database opened successfully, foreign keys enabled");
    QVI_LOG(db, QV_LOG_INFO, "Database opened successfully: %s", path);
    *out_db = db;
    return QV_OK;
}

void qv_db_close(qv_db *db)
{
    if (db == NULL)
        return;
    if (db->sqlite) {
        QVI_LOG(db, QV_LOG_DEBUG, "Closing database: %s", db->path);
        qvi_stmt_cache_clear(&db->cache);
        sqlite3_close_v2(db->sqlite);
        QVI_LOG(db, QV_LOG_INFO, "Database closed");
    }
    qvi_schema_free(db->schema);
    qvi_logger_close(&db->log);
    free(db->path);
    free(db);
}

const char *qv_db_errmsg(const qv_db *db)
{
    return db->err.message;
}

const char *qv_db_path(const qv_db *db)
{
    return db->path;
}

int qv_db_is_healthy(const qv_db *db)
{
    return db->sqlite != NULL;
}

const qvi_schema *qvi_db_schema(qv_db *db)
{
    if (db->schema)
        return db->schema;
    qvi_schema *schema = NULL;
    if (qvi_schema_load(db->sqlite, &schema, &db->err) != QV_OK)
        return NULL;
    if (qvi_schema_validate(schema, &db->err) != QV_OK) {
        qvi_schema_free(schema); /* a failed load is not cached: the next call tries again */
        return NULL;
    }
    db->schema = schema;
    return schema;
}

qv_status qv_db_current_version(qv_db *db, int64_t *out_version)
{
    sqlite3_stmt *stmt = qvi_stmt_acquire(db, "PRAGMA user_version");
    if (stmt == NULL)
        return QV_ERROR;
    qv_status status = QV_OK;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        *out_version = sqlite3_column_int64(stmt, 0);
    else
        status = qvi_failed(&db->err, "read user_version", "%s", sqlite3_errmsg(db->sqlite));
    qvi_stmt_release(db, stmt);
    return status;
}

sqlite3_stmt *qvi_stmt_acquire_built(qv_db *db, qvi_buf *sql)
{
    sqlite3_stmt *stmt = NULL;
    if (sql->failed)
        qvi_out_of_memory(&db->err);
    else
        stmt = qvi_stmt_acquire(db, sql->data);
    qvi_buf_free(sql);
    return stmt;
}

sqlite3_stmt *qvi_stmt_acquire_by_id(qv_db *db, const char *verb, const qvi_table *table, int64_t id)
{
    qvi_buf sql = QVI_BUF_INIT;
    qvi_buf_append(&sql, verb);
    qvi_buf_ident(&sql, table->name);
    qvi_buf_append(&sql, " WHERE id = ?");
    sqlite3_stmt *stmt = qvi_stmt_acquire_built(db, &sql);
    if (stmt)
        sqlite3_bind_int64(stmt, 1, id);
    return stmt;
}

qv_status qvi_step_done(qv_db *db, sqlite3_stmt *stmt)
{
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        ;
    if (rc != SQLITE_DONE)
        return qvi_failed(&db->err, "execute statement", "%s", sqlite3_errmsg(db->sqlite));
    return QV_OK;
}

static int is_trimmed_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int bind_trimmed(sqlite3_stmt *stmt, int index, const char *text, sqlite3_destructor_type copy)
{
    const char *end = text + strlen(text);
    while (text < end && is_trimmed_space(*text))
        ++text;
    while (end > text && is_trimmed_space(end[-1]))
        --end;
    return sqlite3_bind_text(stmt, index, text, (int)(end - text), copy);
}

int qvi_bind_trimmed(sqlite3_stmt *stmt, int index, const char *text)
{
    return bind_trimmed(stmt, index, text, SQLITE_TRANSIENT);
}

int qvi_bind_trimmed_static(sqlite3_stmt *stmt, int index, const char *text)
{
    return bind_trimmed(stmt, index, text, SQLITE_STATIC);
}

qv_status qvi_exec(qv_db *db, const char *sql, const char *op)
{
    sqlite3_stmt *stmt = qvi_stmt_acquire(db, sql);
    if (stmt == NULL)
        return QV_ERROR;
    int rc = sqlite3_step(stmt);
    qv_status status = QV_OK;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        status = qvi_failed(&db->err, op, "%s", sqlite3_errmsg(db->sqlite));
    qvi_stmt_release(db, stmt);
    return status;
}
