/*
 * The database handle and the services every area uses: the schema model
 * (loaded lazily, once), the prepared-statement cache, internal transactions,
 * the logger and the handle's error channel.
 */
#ifndef QVI_DB_H
#define QVI_DB_H

#include <sqlite3.h>

#include <quiver/database.h>

#include "buf.h"
#include "error.h"
#include "log.h"
#include "schema.h"

typedef struct {
    char *sql;           /* key: the statement text */
    sqlite3_stmt *stmt;
    int in_use;          /* acquired and not yet released */
} qvi_stmt_entry;

typedef struct {
    qvi_stmt_entry *entries; /* open addressing, capacity a power of two */
    size_t capacity;
    size_t count;
    qvi_stmt_entry *last;    /* the entry handed out last (release finds it without hashing), or NULL */
} qvi_stmt_cache;

struct qv_db {
    sqlite3 *sqlite;
    char *path;          /* exactly as given at open */
    qv_options options;
    qvi_schema *schema;  /* NULL until loaded (qvi_db_schema) */
    qvi_stmt_cache cache;
    int dry_run;
    qvi_logger log;
    qv_error err;        /* message of the last failure on this handle */
};

/* The schema model, loading and validating it on first use (schema.md §11.2).
 * NULL on failure, with the loader/validator message in db->err. */
const qvi_schema *qvi_db_schema(qv_db *db);

/* A prepared statement for @p sql from the handle's cache (prepared on first
 * use, reused afterwards).  Must be given back with qvi_stmt_release() after
 * use.  NULL with "Failed to prepare statement: <sqlite message>" on failure,
 * or "Failed to execute statement: not an error" for text without a statement.
 * A statement already acquired and not yet released is never handed out
 * twice: a second acquire of the same text gets a private statement. */
sqlite3_stmt *qvi_stmt_acquire(qv_db *db, const char *sql);
/* qvi_stmt_acquire() for the SQL composed in @p sql, which is released either
 * way; "Memory allocation failed" when composing it ran out of memory. */
sqlite3_stmt *qvi_stmt_acquire_built(qv_db *db, qvi_buf *sql);
/* "<verb>"<table>" WHERE id = ?" (@p verb such as "DELETE FROM ") with @p id bound.
 * `id` stays unquoted: in a table without that column, SQLite then reports
 * "no such column" instead of reading "id" as a string. */
sqlite3_stmt *qvi_stmt_acquire_by_id(qv_db *db, const char *verb, const qvi_table *table, int64_t id);
/* Resets and unbinds a statement from qvi_stmt_acquire() (finalizes a private one). */
void qvi_stmt_release(qv_db *db, sqlite3_stmt *stmt);
void qvi_stmt_cache_clear(qvi_stmt_cache *cache);

/* Steps a statement that returns no rows; "Failed to execute statement: <msg>" on error. */
qv_status qvi_step_done(qv_db *db, sqlite3_stmt *stmt);
/* Binds @p text trimmed of surrounding space, \t, \n, \r (c-api.md §1.6). */
int qvi_bind_trimmed(sqlite3_stmt *stmt, int index, const char *text);
/* The same without SQLite's copy of the text, which must then stay valid until the statement
 * is released (qvi_stmt_release() unbinds it): for values the caller holds for the whole call. */
int qvi_bind_trimmed_static(sqlite3_stmt *stmt, int index, const char *text);

/* 1 when SQLite is inside a transaction (begin_transaction, dry run or a raw BEGIN). */
int qvi_in_transaction(const qv_db *db);
/* Internal transactions of the write functions (c-api.md §9.1): start one when
 * none is open (*started = 1), and finish it: commit when @p status is QV_OK,
 * roll back otherwise.  Returns @p status, or the commit failure. */
qv_status qvi_txn_begin(qv_db *db, int *started);
qv_status qvi_txn_finish(qv_db *db, int started, qv_status status);
/* Executes a statement without results ("BEGIN TRANSACTION;" ...) through the cache;
 * on failure the message is "Failed to <op>: <sqlite message>". */
qv_status qvi_exec(qv_db *db, const char *sql, const char *op);

#define QVI_LOG(db, level, ...) qvi_log(&(db)->log, (level), __VA_ARGS__)

#endif
