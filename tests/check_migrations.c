/*
 * quiver_database_from_migrations (schema.md §11.4-11.5, c-api.md §8): the
 * directories of tests/schemas/migrations/ against their expected.tsv, and
 * the rules for versions, pending migrations, ignored names and arguments.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "helpers.h"
#include "inspect.h"

enum { MAX_CASES = 64, FIELD_SIZE = 512 };

typedef struct {
    char directory[FIELD_SIZE];
    int64_t version;
    char message[FIELD_SIZE]; /* "OK" on success */
    char tables[FIELD_SIZE];
} migration_case;

static migration_case cases[MAX_CASES];
static int case_count;

/* Reads migrations/expected.tsv: directory, version, message or OK, tables. */
static int read_expected(void)
{
    FILE *file = fopen(qt_schema("migrations/expected.tsv"), "r");
    char line[4 * FIELD_SIZE];
    if (file == NULL)
        return 0;
    while (fgets(line, sizeof line, file) && case_count < MAX_CASES) {
        line[strcspn(line, "\n")] = '\0';
        char *fields[4];
        char *p = line;
        int n = 0;
        for (; n < 4 && p; ++n) {
            fields[n] = p;
            p = strchr(p, '\t');
            if (p)
                *p++ = '\0';
        }
        if (n != 4)
            continue;
        migration_case *c = &cases[case_count++];
        snprintf(c->directory, sizeof c->directory, "%.*s", FIELD_SIZE - 1, fields[0]);
        c->version = strtoll(fields[1], NULL, 10);
        snprintf(c->message, sizeof c->message, "%.*s", FIELD_SIZE - 1, fields[2]);
        snprintf(c->tables, sizeof c->tables, "%.*s", FIELD_SIZE - 1, fields[3]);
    }
    fclose(file);
    return case_count > 0;
}

/* Copies the migrations path into a buffer of the caller (qt_schema's ring is short). */
static const char *migrations(const char *directory, char *out, size_t size)
{
    char relative[FIELD_SIZE + 16];
    snprintf(relative, sizeof relative, "migrations/%s", directory);
    snprintf(out, size, "%s", qt_schema(relative));
    return out;
}

/* 1 when the file's table @p table has a column @p column. */
static int file_has_column(const char *path, const char *table, const char *column)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;
    int found = 0;
    ck_assert_int_eq(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    ck_assert_int_eq(
        sqlite3_prepare_v2(db, "SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2", -1, &stmt, NULL),
        SQLITE_OK);
    sqlite3_bind_text(stmt, 1, table, -1, SQLITE_STATIC);
    sqlite3_bind_text(stmt, 2, column, -1, SQLITE_STATIC);
    found = sqlite3_step(stmt) == SQLITE_ROW;
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return found;
}

START_TEST(directory_outcome)
{
    const migration_case *c = &cases[_i];
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = (quiver_database_t *)0x1;
    char path[FIELD_SIZE * 2], db_path[FIELD_SIZE * 2], tables[FIELD_SIZE * 2];
    char name[FIELD_SIZE + 8];
    snprintf(name, sizeof name, "%.*s.db", FIELD_SIZE - 1, c->directory);
    snprintf(db_path, sizeof db_path, "%s", qt_temp_path(name));
    migrations(c->directory, path, sizeof path);

    if (strcmp(c->message, "OK") == 0) {
        int64_t version = -1;
        qt_assert_ok(quiver_database_from_migrations(db_path, path, &options, &db));
        qt_assert_ok(quiver_database_current_version(db, &version));
        ck_assert_int_eq(version, c->version);
        quiver_database_close(db);
    } else {
        qt_assert_error(quiver_database_from_migrations(db_path, path, &options, &db), c->message);
        ck_assert_ptr_eq(db, (quiver_database_t *)0x1);
    }
    ck_assert_int_eq(qt_file_version(db_path), c->version);
    qt_file_tables(db_path, tables, sizeof tables);
    ck_assert_str_eq(tables, c->tables);
}
END_TEST

/* The failed migration is rolled back whole: its first statement left no trace. */
START_TEST(failed_migration_rolled_back)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = (quiver_database_t *)0x1;
    char path[FIELD_SIZE * 2];
    const char *db_path = qt_temp_path("syntax.db");
    qt_assert_error(quiver_database_from_migrations(db_path, migrations("syntax_error", path, sizeof path),
                                                    &options, &db),
                    "Failed to migrate_up: migration 2: Failed to execute SQL: near \"CREAT\": syntax error");
    ck_assert_ptr_eq(db, (quiver_database_t *)0x1);
    ck_assert(file_has_column(db_path, "Reservoir", "capacity"));
    ck_assert(!file_has_column(db_path, "Reservoir", "date_built"));
    ck_assert_int_eq(qt_file_version(db_path), 1);
}
END_TEST

/* Makes @p dir (under the test's temporary directory) and returns its path. */
static const char *make_dir(const char *relative, char *out, size_t size)
{
    snprintf(out, size, "%s", qt_temp_path(relative));
    ck_assert_msg(mkdir(out, 0755) == 0 || errno == EEXIST, "mkdir %s", out);
    return out;
}

static void write_file(const char *path, const char *text)
{
    FILE *file = fopen(path, "w");
    ck_assert_ptr_nonnull(file);
    fputs(text, file);
    fclose(file);
}

/* Writes <dir>/<name>/up.sql with @p sql. */
static void write_migration(const char *dir, const char *name, const char *sql)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    ck_assert(mkdir(path, 0755) == 0);
    snprintf(path, sizeof path, "%s/%s/up.sql", dir, name);
    write_file(path, sql);
}

/* Links <dir>/<name> to the directory tests/schemas/migrations/valid/<version>. */
static void link_valid(const char *dir, const char *name, int version)
{
    char target[FIELD_SIZE * 2], relative[64], link_path[4096];
    snprintf(relative, sizeof relative, "valid/%d", version);
    migrations(relative, target, sizeof target);
    snprintf(link_path, sizeof link_path, "%s/%s", dir, name);
    ck_assert_int_eq(symlink(target, link_path), 0);
}

/* Only pending migrations run: version 1 exists, so re-running 1 (CREATE TABLE
 * Configuration) would fail; 2 and 3 are applied on top, keeping the data. */
START_TEST(only_pending_applied)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = NULL;
    char first[4096], path[FIELD_SIZE * 2], tables[1024];
    const char *db_path = qt_temp_path("pending.db");
    make_dir("first_only", first, sizeof first);
    link_valid(first, "1", 1);
    qt_assert_ok(quiver_database_from_migrations(db_path, first, &options, &db));
    quiver_database_close(db);
    ck_assert_int_eq(qt_file_version(db_path), 1);
    qt_file_exec(db_path, "INSERT INTO Basin (label) VALUES ('kept');");

    int64_t version = -1;
    db = NULL;
    qt_assert_ok(
        quiver_database_from_migrations(db_path, migrations("valid", path, sizeof path), &options, &db));
    qt_assert_ok(quiver_database_current_version(db, &version));
    ck_assert_int_eq(version, 3);
    quiver_database_close(db);
    qt_file_tables(db_path, tables, sizeof tables);
    ck_assert_str_eq(tables,
                     "Basin,Configuration,Gauge,Reservoir,Reservoir_set_uses,Reservoir_vector_volume_curve");
    ck_assert_int_eq(qt_file_integer(db_path, "SELECT count(*) FROM Basin WHERE label = 'kept'"), 1);
}
END_TEST

/* Up to date: nothing runs and the schema is not loaded, so a file whose
 * version is already past every migration is returned even without tables. */
START_TEST(up_to_date_runs_nothing)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = NULL;
    char path[FIELD_SIZE * 2], tables[1024];
    int64_t version = -1;
    const char *db_path = qt_temp_path("ahead.db");
    qt_file_exec(db_path, "PRAGMA user_version = 5;");
    qt_assert_ok(
        quiver_database_from_migrations(db_path, migrations("valid", path, sizeof path), &options, &db));
    qt_assert_ok(quiver_database_current_version(db, &version));
    ck_assert_int_eq(version, 5);
    quiver_database_close(db);
    qt_file_tables(db_path, tables, sizeof tables);
    ck_assert_str_eq(tables, "-");

    db = NULL;
    qt_file_exec(db_path, "PRAGMA user_version = 3;");
    qt_assert_ok(
        quiver_database_from_migrations(db_path, migrations("valid", path, sizeof path), &options, &db));
    quiver_database_close(db);
    ck_assert_int_eq(qt_file_version(db_path), 3);
}
END_TEST

/* A second run on a migrated file changes nothing and keeps its rows. */
START_TEST(existing_file_kept)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = NULL;
    char path[FIELD_SIZE * 2];
    const char *db_path = qt_temp_path("kept.db");
    migrations("valid", path, sizeof path);
    qt_assert_ok(quiver_database_from_migrations(db_path, path, &options, &db));
    quiver_database_close(db);
    qt_file_exec(db_path, "INSERT INTO Gauge (label) VALUES ('g1');");
    db = NULL;
    qt_assert_ok(quiver_database_from_migrations(db_path, path, &options, &db));
    quiver_database_close(db);
    ck_assert_int_eq(qt_file_integer(db_path, "SELECT count(*) FROM Gauge WHERE label = 'g1'"), 1);
    ck_assert_int_eq(qt_file_version(db_path), 3);
}
END_TEST

/* Directory names parse with strtoll over the whole name: leading blanks and
 * '+' are accepted, trailing characters, zero, negatives and overflow are not.
 * Symbolic links to directories count; plain files do not. */
START_TEST(version_names)
{
    static const char broken[] = "THIS IS NOT SQL;";
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = NULL;
    char dir[4096], tables[1024], file[4200];
    const char *db_path = qt_temp_path("names.db");
    make_dir("names", dir, sizeof dir);
    link_valid(dir, "0001", 1);
    link_valid(dir, "+2", 2);
    link_valid(dir, " 3", 3);
    write_migration(dir, "3 ", broken);
    write_migration(dir, "0x4", broken);
    write_migration(dir, "0", broken);
    write_migration(dir, "-5", broken);
    write_migration(dir, "99999999999999999999", broken);
    snprintf(file, sizeof file, "%s/6", dir);
    write_file(file, broken);
    int64_t version = -1;
    qt_assert_ok(quiver_database_from_migrations(db_path, dir, &options, &db));
    qt_assert_ok(quiver_database_current_version(db, &version));
    ck_assert_int_eq(version, 3);
    quiver_database_close(db);
    qt_file_tables(db_path, tables, sizeof tables);
    ck_assert_str_eq(tables,
                     "Basin,Configuration,Gauge,Reservoir,Reservoir_set_uses,Reservoir_vector_volume_curve");
}
END_TEST

/* Two directories with one number are both applied (name order breaks the tie). */
START_TEST(same_version_twice)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = NULL;
    char dir[4096], tables[1024];
    const char *db_path = qt_temp_path("twice.db");
    make_dir("twice", dir, sizeof dir);
    link_valid(dir, "01", 1);
    write_migration(dir, "1", "CREATE TABLE Extra (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL);");
    qt_assert_ok(quiver_database_from_migrations(db_path, dir, &options, &db));
    quiver_database_close(db);
    qt_file_tables(db_path, tables, sizeof tables);
    ck_assert_str_eq(tables, "Basin,Configuration,Extra,Reservoir");
    ck_assert_int_eq(qt_file_version(db_path), 1);
}
END_TEST

/* PRAGMA user_version inside up.sql is overwritten by the directory's number. */
START_TEST(directory_number_wins)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = NULL;
    char dir[4096];
    const char *db_path = qt_temp_path("number.db");
    make_dir("number", dir, sizeof dir);
    write_migration(dir, "4",
                    "CREATE TABLE Configuration (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL);\n"
                    "PRAGMA user_version = 40;");
    qt_assert_ok(quiver_database_from_migrations(db_path, dir, &options, &db));
    quiver_database_close(db);
    ck_assert_int_eq(qt_file_version(db_path), 4);
}
END_TEST

START_TEST(in_memory)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = NULL;
    char path[FIELD_SIZE * 2];
    const char *db_path = NULL;
    int64_t version = -1;
    qt_assert_ok(
        quiver_database_from_migrations(":memory:", migrations("gaps", path, sizeof path), &options, &db));
    qt_assert_ok(quiver_database_current_version(db, &version));
    ck_assert_int_eq(version, 10);
    qt_assert_ok(quiver_database_path(db, &db_path));
    ck_assert_str_eq(db_path, ":memory:");
    quiver_database_close(db);
}
END_TEST

START_TEST(path_errors)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = (quiver_database_t *)0x1;
    char message[8192], path[FIELD_SIZE * 2];
    const char *db_path = qt_temp_path("errors.db");
    const char *missing = qt_temp_path("no-such-directory");

    snprintf(message, sizeof message, "Migrations path not found: %s", missing);
    qt_assert_error(quiver_database_from_migrations(db_path, missing, &options, &db), message);
    qt_assert_error(quiver_database_from_migrations(db_path, "", &options, &db),
                    "Migrations path not found: ");

    migrations("expected.tsv", path, sizeof path);
    snprintf(message, sizeof message, "Cannot from_migrations: path is not a directory: %s", path);
    qt_assert_error(quiver_database_from_migrations(db_path, path, &options, &db), message);

    /* Read-only is refused before the path is looked at. */
    options.read_only = 1;
    qt_assert_error(quiver_database_from_migrations(db_path, missing, &options, &db),
                    "Cannot from_migrations: read_only mode (use Database constructor to open existing)");
    ck_assert_ptr_eq(db, (quiver_database_t *)0x1);
    ck_assert_int_eq(access(db_path, F_OK), -1); /* nothing was created */
}
END_TEST

START_TEST(null_arguments)
{
    quiver_database_t *db = (quiver_database_t *)0x1;
    qt_assert_error(quiver_database_from_migrations(NULL, NULL, NULL, NULL), "Null argument: db_path");
    qt_assert_error(quiver_database_from_migrations(":memory:", NULL, NULL, &db),
                    "Null argument: migrations_path");
    qt_assert_error(quiver_database_from_migrations(":memory:", "x", NULL, NULL), "Null argument: out_db");
    ck_assert_ptr_eq(db, (quiver_database_t *)0x1);
}
END_TEST

/* A NULL options pointer means the defaults (read-write, console at info). */
START_TEST(null_options)
{
    quiver_database_t *db = NULL;
    char path[FIELD_SIZE * 2];
    qt_assert_ok(
        quiver_database_from_migrations(":memory:", migrations("empty", path, sizeof path), NULL, &db));
    quiver_database_close(db);
}
END_TEST

/* SQLite records user_version in 32 bits: a larger number fails instead of
 * being recorded as 0 (and re-applied on every run); the largest one works. */
START_TEST(version_range)
{
    static const char configuration[] =
        "CREATE TABLE Configuration (id INTEGER PRIMARY KEY, label TEXT UNIQUE "
        "NOT NULL);";
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = (quiver_database_t *)0x1;
    char dir[4096], tables[256];
    const char *db_path = qt_temp_path("range.db");
    make_dir("range_large", dir, sizeof dir);
    write_migration(dir, "2147483648", configuration);
    qt_assert_error(
        quiver_database_from_migrations(db_path, dir, &options, &db),
        "Failed to migrate_up: migration 2147483648: Failed to set user_version: version 2147483648 is "
        "larger than 2147483647, the largest SQLite records");
    ck_assert_ptr_eq(db, (quiver_database_t *)0x1);
    ck_assert_int_eq(qt_file_version(db_path), 0);
    qt_file_tables(db_path, tables, sizeof tables);
    ck_assert_str_eq(tables, "-");

    make_dir("range_largest", dir, sizeof dir);
    write_migration(dir, "2147483647", configuration);
    db = NULL;
    qt_assert_ok(quiver_database_from_migrations(db_path, dir, &options, &db));
    quiver_database_close(db);
    ck_assert_int_eq(qt_file_version(db_path), 2147483647);
}
END_TEST

static int log_contains(const char *path, const char *text)
{
    char line[4096];
    int found = 0;
    FILE *file = fopen(path, "r");
    if (file == NULL)
        return 0;
    while (!found && fgets(line, sizeof line, file))
        found = strstr(line, text) != NULL;
    fclose(file);
    return found;
}

/* The migration events of schema.md §12.2 reach QUIVER_LOG_FILE. */
START_TEST(migration_log)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = NULL;
    char path[FIELD_SIZE * 2], log[4096];
    snprintf(log, sizeof log, "%s", qt_temp_path("migrations.log"));
    ck_assert_int_eq(setenv("QUIVER_LOG_FILE", log, 1), 0);
    qt_assert_ok(
        quiver_database_from_migrations(":memory:", migrations("valid", path, sizeof path), &options, &db));
    quiver_database_close(db);
    qt_assert_error(quiver_database_from_migrations(":memory:", migrations("syntax_error", path, sizeof path),
                                                    &options, &db),
                    "Failed to migrate_up: migration 2: Failed to execute SQL: near \"CREAT\": syntax error");
    qt_assert_ok(
        quiver_database_from_migrations(":memory:", migrations("empty", path, sizeof path), &options, &db));
    quiver_database_close(db);
    unsetenv("QUIVER_LOG_FILE");
    ck_assert(log_contains(log, "] [info] Applying 3 pending migration(s) from version 0 to 3\n"));
    ck_assert(log_contains(log, "] [info] Applying migration 2\n"));
    ck_assert(log_contains(log, "] [debug] Set database version to 2\n"));
    ck_assert(log_contains(log, "] [info] Migration 3 applied successfully\n"));
    ck_assert(log_contains(log, "] [info] All migrations applied successfully. Database now at version 3\n"));
    ck_assert(log_contains(
        log, "] [error] Migration 2 failed: Failed to execute SQL: near \"CREAT\": syntax error\n"));
    ck_assert(log_contains(log, "] [debug] No migrations found in "));
}
END_TEST

static Suite *migrations_suite(void)
{
    Suite *s = suite_create("migrations");
    TCase *tc = tcase_create("directories");
    tcase_add_loop_test(tc, directory_outcome, 0, case_count);
    tcase_add_test(tc, failed_migration_rolled_back);
    suite_add_tcase(s, tc);
    tc = tcase_create("rules");
    tcase_add_test(tc, only_pending_applied);
    tcase_add_test(tc, up_to_date_runs_nothing);
    tcase_add_test(tc, existing_file_kept);
    tcase_add_test(tc, version_names);
    tcase_add_test(tc, same_version_twice);
    tcase_add_test(tc, directory_number_wins);
    tcase_add_test(tc, in_memory);
    tcase_add_test(tc, version_range);
    tcase_add_test(tc, migration_log);
    suite_add_tcase(s, tc);
    tc = tcase_create("arguments");
    tcase_add_test(tc, path_errors);
    tcase_add_test(tc, null_arguments);
    tcase_add_test(tc, null_options);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    if (!read_expected()) {
        fprintf(stderr, "cannot read %s\n", qt_schema("migrations/expected.tsv"));
        return EXIT_FAILURE;
    }
    return qt_run(migrations_suite());
}
