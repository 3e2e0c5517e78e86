/**
 * @file quiver/database.h
 * @brief Database handles of the quiver core: open, create from a schema or
 *        migrations, close, transactions and dry runs.
 *
 * A ::qv_db is used by one thread at a time; different handles may be used on
 * different threads.  Every failing call on a handle leaves its message in the
 * handle, read with qv_db_errmsg(); successful calls leave it untouched.
 */
#ifndef QV_DATABASE_H
#define QV_DATABASE_H

#include <quiver/common.h>

#ifdef __cplusplus
extern "C" {
#endif

/** An open database (opaque). Created by the qv_db_open* functions, released by qv_db_close(). */
typedef struct qv_db qv_db;

/** The default options: read-write, console level info. */
QV_API qv_options qv_options_default(void);

/**
 * Opens (creating when needed, unless read-only) the SQLite database at @p path
 * (":memory:" for a private in-memory one); the schema is loaded on first use.
 * @param options NULL for the defaults.
 * @param[out] out_db the new handle, owned by the caller (qv_db_close()); untouched on failure.
 * @param[out] err the message on failure.
 */
QV_API qv_status qv_db_open(const char *path, const qv_options *options, qv_db **out_db,
                            qv_error *err) QV_WARN_UNUSED;
/** Creates a fresh database at @p db_path (replacing an existing file) from the SQL
 *  file @p schema_path, and validates it (schema.md §11.3). */
QV_API qv_status qv_db_from_schema(const char *db_path, const char *schema_path, const qv_options *options,
                                   qv_db **out_db, qv_error *err) QV_WARN_UNUSED;
/** Opens or creates @p db_path and applies the pending migrations of the
 *  directory @p migrations_path (schema.md §11.4-11.5). */
QV_API qv_status qv_db_from_migrations(const char *db_path, const char *migrations_path,
                                       const qv_options *options, qv_db **out_db, qv_error *err) QV_WARN_UNUSED;
/** Closes the connection (rolling back an open transaction) and frees the handle. NULL is a no-op. */
QV_API void qv_db_close(qv_db *db);

/** The message of the last failure on @p db ("" when none); borrowed, valid until the next call. */
QV_API const char *qv_db_errmsg(const qv_db *db);
/** The path exactly as given at open; borrowed, valid until close. */
QV_API const char *qv_db_path(const qv_db *db);
/** 1 while the handle holds an open connection. */
QV_API int qv_db_is_healthy(const qv_db *db);
/** PRAGMA user_version. */
QV_API qv_status qv_db_current_version(qv_db *db, int64_t *out_version);

/* Transactions and dry runs (c-api.md §9). */
QV_API qv_status qv_db_begin_transaction(qv_db *db);
QV_API qv_status qv_db_commit(qv_db *db);
QV_API qv_status qv_db_rollback(qv_db *db);
/** 1 when a transaction is open (including during a dry run or after a raw BEGIN). */
QV_API int qv_db_in_transaction(const qv_db *db);
QV_API qv_status qv_db_begin_dry_run(qv_db *db);
QV_API qv_status qv_db_end_dry_run(qv_db *db);
QV_API int qv_db_in_dry_run(const qv_db *db);

#ifdef __cplusplus
}
#endif

#endif
