/*
 * Creating databases: from one schema file (schema.md §11.3) and from a
 * directory of numbered migrations (§11.4-11.5).
 */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "db.h"

typedef enum { READ_OK, READ_CANNOT_OPEN, READ_NO_MEMORY } read_result;

/* Reads a whole file into a NUL-terminated buffer (owned by the caller); a
 * directory opens and reads as empty, which the callers report as such. */
static read_result read_file(const char *path, char **out_text, size_t *out_size)
{
    FILE *file = fopen(path, "rb");
    if (file == NULL)
        return READ_CANNOT_OPEN;
    qvi_buf text = QVI_BUF_INIT;
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, file)) > 0)
        qvi_buf_append_n(&text, chunk, n);
    fclose(file);
    *out_size = text.length;
    *out_text = qvi_buf_take(&text);
    return *out_text ? READ_OK : READ_NO_MEMORY;
}

/* Runs a multi-statement script; "Failed to execute SQL: <sqlite message>". */
static qv_status exec_script(qv_db *db, const char *script)
{
    char *message = NULL;
    if (sqlite3_exec(db->sqlite, script, NULL, NULL, &message) != SQLITE_OK) {
        qvi_failed(&db->err, "execute SQL", "%s", message ? message : sqlite3_errmsg(db->sqlite));
        sqlite3_free(message);
        return QV_ERROR;
    }
    return QV_OK;
}

static void rollback_quietly(qv_db *db)
{
    if (qvi_in_transaction(db))
        sqlite3_exec(db->sqlite, "ROLLBACK;", NULL, NULL, NULL);
}

/* Runs the script in one transaction and loads the schema inside it, so a
 * script that does not validate leaves nothing behind (schema.md §11.3 step 6). */
static qv_status run_schema(qv_db *db, const char *script)
{
    qv_status status = exec_script(db, "BEGIN TRANSACTION;");
    if (status == QV_OK)
        status = exec_script(db, script);
    if (status == QV_OK && qvi_db_schema(db) == NULL)
        status = QV_ERROR;
    if (status == QV_OK)
        status = exec_script(db, "COMMIT;");
    if (status != QV_OK) {
        rollback_quietly(db);
        qvi_schema_free(db->schema);
        db->schema = NULL;
    }
    return status;
}

static qv_status apply_schema(qv_db *db, const char *schema_path)
{
    char *script = NULL;
    size_t size = 0;
    qv_status status;
    QVI_LOG(db, QV_LOG_INFO, "Applying schema from: %s", schema_path);
    switch (read_file(schema_path, &script, &size)) {
    case READ_CANNOT_OPEN:
        status = qvi_failed(&db->err, "apply_schema", "could not open file: %s", schema_path);
        break;
    case READ_NO_MEMORY:
        status = qvi_out_of_memory(&db->err);
        break;
    default:
        if (size == 0)
            status = qvi_cannot(&db->err, "apply_schema", "schema file is empty: %s", schema_path);
        else
            status = run_schema(db, script);
        free(script);
    }
    if (status != QV_OK) {
        QVI_LOG(db, QV_LOG_ERROR, "Failed to apply schema: %s", db->err.message);
        return QV_ERROR;
    }
    QVI_LOG(db, QV_LOG_INFO, "Schema applied successfully");
    return QV_OK;
}

/* Closes a handle whose creation failed, passing its message to @p err. */
static qv_status creation_failed(qv_db *db, qv_error *err)
{
    qvi_error_copy(err, db->err.message);
    qv_db_close(db);
    return QV_ERROR;
}

qv_status qv_db_from_schema(const char *db_path, const char *schema_path, const qv_options *options,
                            qv_db **out_db, qv_error *err)
{
    struct stat info;
    if (options && options->read_only)
        return qvi_cannot(err, "from_schema", "read_only mode (use Database constructor to open existing)");
    if (stat(schema_path, &info) != 0)
        return qvi_not_found(err, "Schema file", "%s", schema_path);
    if (strcmp(db_path, ":memory:") != 0)
        unlink(db_path); /* an existing database is replaced, not reused */
    qv_db *db = NULL;
    if (qv_db_open(db_path, options, &db, err) != QV_OK)
        return QV_ERROR;
    if (apply_schema(db, schema_path) != QV_OK)
        return creation_failed(db, err);
    *out_db = db;
    return QV_OK;
}

typedef struct {
    long long version;
    char *directory;
} migration;

static int compare_migrations(const void *a, const void *b)
{
    const migration *x = a, *y = b;
    if (x->version != y->version)
        return x->version < y->version ? -1 : 1;
    return strcmp(x->directory, y->directory);
}

/* The version a directory name stands for (schema.md §11.5), or 0 when it is not a migration. */
static long long parse_version(const char *name)
{
    char *end;
    errno = 0;
    long long v = strtoll(name, &end, 10);
    if (end == name || *end != '\0' || errno == ERANGE || v <= 0)
        return 0;
    return v;
}

static void free_migrations(migration *list, size_t count)
{
    for (size_t i = 0; i < count; ++i)
        free(list[i].directory);
    free(list);
}

/* Lists the migration directories of @p path in ascending version order. */
static qv_status list_migrations(qv_db *db, const char *path, migration **out, size_t *out_count)
{
    DIR *dir = opendir(path);
    migration *list = NULL;
    size_t count = 0, capacity = 0;
    if (dir == NULL)
        return qvi_cannot(&db->err, "from_migrations", "path is not a directory: %s", path);
    struct dirent *entry;
    qv_status status = QV_OK;
    while ((entry = readdir(dir)) != NULL) {
        long long version = parse_version(entry->d_name);
        if (version == 0)
            continue;
        qvi_buf full = QVI_BUF_INIT;
        qvi_buf_appendf(&full, "%s/%s", path, entry->d_name);
        char *directory = qvi_buf_take(&full);
        struct stat info;
        if (directory == NULL) {
            status = qvi_out_of_memory(&db->err);
            break;
        }
        if (stat(directory, &info) != 0 || !S_ISDIR(info.st_mode)) { /* stat: links to directories count */
            free(directory);
            continue;
        }
        if (count == capacity) {
            size_t n = capacity ? capacity * 2 : 8;
            migration *p = realloc(list, n * sizeof *p);
            if (p == NULL) {
                free(directory);
                status = qvi_out_of_memory(&db->err);
                break;
            }
            list = p;
            capacity = n;
        }
        list[count].version = version;
        list[count].directory = directory;
        count++;
    }
    closedir(dir);
    if (status != QV_OK) {
        free_migrations(list, count);
        return status;
    }
    if (count > 1) /* list is NULL when there are none, which qsort() must not get */
        qsort(list, count, sizeof *list, compare_migrations);
    *out = list;
    *out_count = count;
    return QV_OK;
}

/* SQLite keeps user_version in 32 signed bits and silently records 0 for a
 * larger number, which would re-apply the migration on every run. */
static qv_status set_user_version(qv_db *db, long long version)
{
    char pragma[64];
    if (version > INT32_MAX)
        return qvi_failed(&db->err, "set user_version",
                          "version %lld is larger than %ld, the largest SQLite records", version,
                          (long)INT32_MAX);
    snprintf(pragma, sizeof pragma, "PRAGMA user_version = %lld;", version);
    if (sqlite3_exec(db->sqlite, pragma, NULL, NULL, NULL) != SQLITE_OK)
        return qvi_failed(&db->err, "set user_version", "%s", sqlite3_errmsg(db->sqlite));
    return QV_OK;
}

static qv_status migrate_up(qv_db *db, const migration *m)
{
    char *script = NULL;
    size_t size = 0;
    qvi_buf up = QVI_BUF_INIT;
    qvi_buf_appendf(&up, "%s/up.sql", m->directory);
    char *up_path = qvi_buf_take(&up);
    if (up_path == NULL)
        return qvi_out_of_memory(&db->err);
    read_result read = read_file(up_path, &script, &size);
    free(up_path);
    if (read == READ_NO_MEMORY)
        return qvi_out_of_memory(&db->err);
    if (read == READ_CANNOT_OPEN || size == 0) {
        free(script);
        return qvi_cannot(&db->err, "migrate_up", "migration %lld has no up.sql file", m->version);
    }
    QVI_LOG(db, QV_LOG_INFO, "Applying migration %lld", m->version);
    qv_status status = exec_script(db, "BEGIN TRANSACTION;");
    if (status == QV_OK)
        status = exec_script(db, script);
    free(script);
    if (status == QV_OK)
        status = set_user_version(db, m->version);
    if (status == QV_OK && sqlite3_exec(db->sqlite, "COMMIT;", NULL, NULL, NULL) != SQLITE_OK)
        status = qvi_failed(&db->err, "commit transaction", "%s", sqlite3_errmsg(db->sqlite));
    if (status != QV_OK) {
        char inner[QV_ERROR_MAX];
        snprintf(inner, sizeof inner, "%s", db->err.message);
        rollback_quietly(db);
        qvi_failed(&db->err, "migrate_up", "migration %lld: %s", m->version, inner);
        QVI_LOG(db, QV_LOG_ERROR, "Migration %lld failed: %s", m->version, inner);
        return QV_ERROR;
    }
    QVI_LOG(db, QV_LOG_DEBUG, "Set database version to %lld", m->version);
    QVI_LOG(db, QV_LOG_INFO, "Migration %lld applied successfully", m->version);
    return QV_OK;
}

static qv_status apply_migrations(qv_db *db, const char *path)
{
    migration *list = NULL;
    size_t count = 0;
    int64_t current = 0;
    if (list_migrations(db, path, &list, &count) != QV_OK)
        return QV_ERROR;
    if (count == 0) {
        QVI_LOG(db, QV_LOG_DEBUG, "No migrations found in %s", path);
        free_migrations(list, count);
        return QV_OK;
    }
    if (qv_db_current_version(db, &current) != QV_OK) {
        free_migrations(list, count);
        return QV_ERROR;
    }
    size_t first = 0;
    while (first < count && list[first].version <= current)
        first++;
    if (first == count) {
        QVI_LOG(db, QV_LOG_DEBUG, "Database is up to date at version %lld", (long long)current);
        free_migrations(list, count);
        return QV_OK;
    }
    long long latest = list[count - 1].version;
    QVI_LOG(db, QV_LOG_INFO, "Applying %zu pending migration(s) from version %lld to %lld", count - first,
            (long long)current, latest);
    qv_status status = QV_OK;
    for (size_t i = first; status == QV_OK && i < count; ++i)
        status = migrate_up(db, &list[i]);
    free_migrations(list, count);
    if (status != QV_OK)
        return QV_ERROR;
    QVI_LOG(db, QV_LOG_INFO, "All migrations applied successfully. Database now at version %lld", latest);
    return qvi_db_schema(db) ? QV_OK : QV_ERROR;
}

qv_status qv_db_from_migrations(const char *db_path, const char *migrations_path, const qv_options *options,
                                qv_db **out_db, qv_error *err)
{
    struct stat info;
    if (options && options->read_only)
        return qvi_cannot(err, "from_migrations",
                          "read_only mode (use Database constructor to open existing)");
    if (stat(migrations_path, &info) != 0)
        return qvi_not_found(err, "Migrations path", "%s", migrations_path);
    if (!S_ISDIR(info.st_mode))
        return qvi_cannot(err, "from_migrations", "path is not a directory: %s", migrations_path);
    qv_db *db = NULL;
    if (qv_db_open(db_path, options, &db, err) != QV_OK)
        return QV_ERROR;
    if (apply_migrations(db, migrations_path) != QV_OK)
        return creation_failed(db, err);
    *out_db = db;
    return QV_OK;
}
