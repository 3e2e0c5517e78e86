/*
 * Transactions and dry runs (c-api.md §9).  "A transaction is open" is
 * SQLite's own view (not autocommit), so a raw BEGIN or COMMIT run through
 * the query functions is seen here too.
 */
#include "db.h"

int qvi_in_transaction(const qv_db *db)
{
    return !sqlite3_get_autocommit(db->sqlite);
}

int qv_db_in_transaction(const qv_db *db)
{
    return qvi_in_transaction(db);
}

int qv_db_in_dry_run(const qv_db *db)
{
    return db->dry_run;
}

qv_status qv_db_begin_transaction(qv_db *db)
{
    if (db->dry_run)
        return QV_OK; /* absorbed, so code with explicit transactions runs inside a dry run */
    if (qvi_in_transaction(db))
        return qvi_cannot(&db->err, "begin_transaction", "transaction already active");
    if (qvi_exec(db, "BEGIN TRANSACTION;", "begin transaction") != QV_OK)
        return QV_ERROR;
    QVI_LOG(db, QV_LOG_DEBUG, "User transaction started");
    return QV_OK;
}

qv_status qv_db_commit(qv_db *db)
{
    if (db->dry_run)
        return QV_OK;
    if (!qvi_in_transaction(db))
        return qvi_cannot(&db->err, "commit", "no active transaction");
    if (qvi_exec(db, "COMMIT;", "commit transaction") != QV_OK)
        return QV_ERROR;
    QVI_LOG(db, QV_LOG_DEBUG, "User transaction committed");
    return QV_OK;
}

/* ROLLBACK whose failure is only logged (c-api.md §9 rollback step 3). */
static void rollback_logged(qv_db *db)
{
    qv_error saved = db->err;
    if (qvi_exec(db, "ROLLBACK;", "rollback transaction") != QV_OK)
        QVI_LOG(db, QV_LOG_ERROR, "Failed to rollback transaction: %s", sqlite3_errmsg(db->sqlite));
    db->err = saved; /* a rollback after a failure must not replace that failure's message */
}

qv_status qv_db_rollback(qv_db *db)
{
    if (db->dry_run)
        return QV_OK;
    if (!qvi_in_transaction(db))
        return qvi_cannot(&db->err, "rollback", "no active transaction");
    rollback_logged(db);
    QVI_LOG(db, QV_LOG_DEBUG, "User transaction rolled back");
    return QV_OK;
}

qv_status qv_db_begin_dry_run(qv_db *db)
{
    if (db->dry_run)
        return qvi_cannot(&db->err, "begin_dry_run", "dry run already active");
    if (qvi_in_transaction(db))
        return qvi_cannot(&db->err, "begin_dry_run", "transaction already active");
    if (qvi_exec(db, "BEGIN TRANSACTION;", "begin transaction") != QV_OK)
        return QV_ERROR;
    db->dry_run = 1;
    QVI_LOG(db, QV_LOG_DEBUG, "Dry run started");
    return QV_OK;
}

qv_status qv_db_end_dry_run(qv_db *db)
{
    if (!db->dry_run)
        return qvi_cannot(&db->err, "end_dry_run", "no active dry run");
    if (qvi_in_transaction(db)) {
        rollback_logged(db);
        if (qvi_in_transaction(db))
            return qvi_failed(&db->err, "end_dry_run", "rollback left the transaction open");
    }
    db->dry_run = 0;
    QVI_LOG(db, QV_LOG_DEBUG, "Dry run rolled back");
    return QV_OK;
}

qv_status qvi_txn_begin(qv_db *db, int *started)
{
    *started = 0;
    if (qvi_in_transaction(db))
        return QV_OK;
    if (qvi_exec(db, "BEGIN TRANSACTION;", "begin transaction") != QV_OK)
        return QV_ERROR;
    *started = 1;
    QVI_LOG(db, QV_LOG_DEBUG, "Transaction started");
    return QV_OK;
}

qv_status qvi_txn_finish(qv_db *db, int started, qv_status status)
{
    if (!started)
        return status;
    if (status == QV_OK) {
        if (qvi_exec(db, "COMMIT;", "commit transaction") == QV_OK) {
            QVI_LOG(db, QV_LOG_DEBUG, "Transaction committed");
            return QV_OK;
        }
        status = QV_ERROR;
    }
    rollback_logged(db);
    QVI_LOG(db, QV_LOG_DEBUG, "Transaction rolled back");
    return status;
}
