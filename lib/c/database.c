/*
 * Lifecycle, transactions and dry runs of the C API (c-api.md §8-9): NULL
 * checks in the spec's order, one core call, the core's message on failure.
 */
#include "capi.h"

static qv_options core_options(const quiver_database_options_t *options)
{
    qv_options core = qv_options_default();
    if (options) {
        core.read_only = options->read_only;
        core.console_level = (qv_log_level)options->console_level;
    }
    return core;
}

/* Finishes an open function: the handle on success, the message on failure. */
static quiver_error_t opened(qv_status status, qv_db *db, const qv_error *err, quiver_database_t **out_db)
{
    if (status != QV_OK)
        return qc_fail(err->message);
    *out_db = (quiver_database_t *)db;
    return QUIVER_OK;
}

quiver_error_t quiver_database_open(const char *path, const quiver_database_options_t *options,
                                    quiver_database_t **out_db)
{
    QC_REQUIRE(path);
    QC_REQUIRE(out_db);
    qv_options core = core_options(options);
    qv_db *db = NULL;
    qv_error err;
    qv_status status = qv_db_open(path, &core, &db, &err);
    return opened(status, db, &err, out_db);
}

quiver_error_t quiver_database_from_schema(const char *db_path, const char *schema_path,
                                           const quiver_database_options_t *options, quiver_database_t **out_db)
{
    QC_REQUIRE(db_path);
    QC_REQUIRE(schema_path);
    QC_REQUIRE(out_db);
    qv_options core = core_options(options);
    qv_db *db = NULL;
    qv_error err;
    qv_status status = qv_db_from_schema(db_path, schema_path, &core, &db, &err);
    return opened(status, db, &err, out_db);
}

quiver_error_t quiver_database_from_migrations(const char *db_path, const char *migrations_path,
                                               const quiver_database_options_t *options,
                                               quiver_database_t **out_db)
{
    QC_REQUIRE(db_path);
    QC_REQUIRE(migrations_path);
    QC_REQUIRE(out_db);
    qv_options core = core_options(options);
    qv_db *db = NULL;
    qv_error err;
    qv_status status = qv_db_from_migrations(db_path, migrations_path, &core, &db, &err);
    return opened(status, db, &err, out_db);
}

quiver_error_t quiver_database_close(quiver_database_t *db)
{
    qv_db_close(qc_db(db));
    return QUIVER_OK;
}

quiver_error_t quiver_database_is_healthy(quiver_database_t *db, int *out_healthy)
{
    QC_REQUIRE(db);
    QC_REQUIRE(out_healthy);
    *out_healthy = qv_db_is_healthy(qc_db(db));
    return QUIVER_OK;
}

quiver_error_t quiver_database_path(quiver_database_t *db, const char **out_path)
{
    QC_REQUIRE(db);
    QC_REQUIRE(out_path);
    *out_path = qv_db_path(qc_db(db));
    return QUIVER_OK;
}

quiver_error_t quiver_database_current_version(quiver_database_t *db, int64_t *out_version)
{
    QC_REQUIRE(db);
    QC_REQUIRE(out_version);
    return qc_status(qc_db(db), qv_db_current_version(qc_db(db), out_version));
}

quiver_error_t quiver_database_begin_transaction(quiver_database_t *db)
{
    QC_REQUIRE(db);
    return qc_status(qc_db(db), qv_db_begin_transaction(qc_db(db)));
}

quiver_error_t quiver_database_commit(quiver_database_t *db)
{
    QC_REQUIRE(db);
    return qc_status(qc_db(db), qv_db_commit(qc_db(db)));
}

quiver_error_t quiver_database_rollback(quiver_database_t *db)
{
    QC_REQUIRE(db);
    return qc_status(qc_db(db), qv_db_rollback(qc_db(db)));
}

quiver_error_t quiver_database_in_transaction(quiver_database_t *db, int *out_active)
{
    QC_REQUIRE(db);
    QC_REQUIRE(out_active);
    *out_active = qv_db_in_transaction(qc_db(db));
    return QUIVER_OK;
}

quiver_error_t quiver_database_begin_dry_run(quiver_database_t *db)
{
    QC_REQUIRE(db);
    return qc_status(qc_db(db), qv_db_begin_dry_run(qc_db(db)));
}

quiver_error_t quiver_database_end_dry_run(quiver_database_t *db)
{
    QC_REQUIRE(db);
    return qc_status(qc_db(db), qv_db_end_dry_run(qc_db(db)));
}

quiver_error_t quiver_database_in_dry_run(quiver_database_t *db, int *out_active)
{
    QC_REQUIRE(db);
    QC_REQUIRE(out_active);
    *out_active = qv_db_in_dry_run(qc_db(db));
    return QUIVER_OK;
}
