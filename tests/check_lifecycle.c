/*
 * Lifecycle of the C API: version, error channel, open, close, path,
 * health and version queries (c-api.md §5, §8), creation from a schema file
 * (schema.md §11.3) and logging (schema.md §12.2 with c-api.md §18.1).
 */
#include <errno.h>
#include <pthread.h>
#include <regex.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "helpers.h"
#include "inspect.h"

START_TEST(version_is_package_version)
{
    ck_assert_str_eq(quiver_version(), "0.10.0");
}
END_TEST

START_TEST(open_memory_and_close)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = NULL;
    const char *path = NULL;
    int healthy = 0;
    int64_t version = -1;
    qt_assert_ok(quiver_database_open(":memory:", &options, &db));
    qt_assert_ok(quiver_database_path(db, &path));
    ck_assert_str_eq(path, ":memory:");
    qt_assert_ok(quiver_database_is_healthy(db, &healthy));
    ck_assert_int_eq(healthy, 1);
    qt_assert_ok(quiver_database_current_version(db, &version));
    ck_assert_int_eq(version, 0);
    qt_assert_ok(quiver_database_close(db));
}
END_TEST

START_TEST(open_null_arguments)
{
    quiver_database_t *db = (quiver_database_t *)0x1;
    qt_assert_error(quiver_database_open(NULL, NULL, &db), "Null argument: path");
    qt_assert_error(quiver_database_open(":memory:", NULL, NULL), "Null argument: out_db");
    ck_assert_ptr_eq(db, (quiver_database_t *)0x1);
}
END_TEST

START_TEST(close_null_is_ok)
{
    ck_assert_int_eq(quiver_database_close(NULL), QUIVER_OK);
}
END_TEST

START_TEST(read_only_missing_file)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = NULL;
    options.read_only = 1;
    qt_assert_error(quiver_database_open(qt_temp_path("missing.db"), &options, &db),
                    "Failed to open database: unable to open database file");
    ck_assert_ptr_null(db);
}
END_TEST

START_TEST(from_schema_basic)
{
    quiver_database_t *db = qt_open_schema("valid/basic.sql");
    ck_assert_ptr_nonnull(db);
    quiver_database_close(db);
}
END_TEST

/* A file at qt_temp_path(@p name) holding one table "Previous" and version 7. */
static const char *previous_database(const char *name, char *out, size_t size)
{
    snprintf(out, size, "%s", qt_temp_path(name));
    qt_file_exec(out, "CREATE TABLE Previous (x INTEGER); PRAGMA user_version = 7;");
    return out;
}

static void assert_previous_kept(const char *path)
{
    char tables[256];
    qt_file_tables(path, tables, sizeof tables);
    ck_assert_str_eq(tables, "Previous");
    ck_assert_int_eq(qt_file_version(path), 7);
}

static void assert_empty_database(const char *path)
{
    char tables[256];
    qt_file_tables(path, tables, sizeof tables);
    ck_assert_str_eq(tables, "-");
    ck_assert_int_eq(qt_file_version(path), 0);
}

static void write_text(const char *path, const char *text)
{
    FILE *file = fopen(path, "w");
    ck_assert_ptr_nonnull(file);
    fputs(text, file);
    fclose(file);
}

START_TEST(from_schema_null_arguments)
{
    quiver_database_t *db = (quiver_database_t *)0x1;
    qt_assert_error(quiver_database_from_schema(NULL, NULL, NULL, NULL), "Null argument: db_path");
    qt_assert_error(quiver_database_from_schema(":memory:", NULL, NULL, &db), "Null argument: schema_path");
    qt_assert_error(quiver_database_from_schema(":memory:", "x.sql", NULL, NULL), "Null argument: out_db");
    ck_assert_ptr_eq(db, (quiver_database_t *)0x1);
}
END_TEST

/* Steps 1-2 fail before anything is deleted (schema.md §11.3). */
START_TEST(from_schema_read_only_option)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = (quiver_database_t *)0x1;
    char path[4096];
    previous_database("read_only_option.db", path, sizeof path);
    options.read_only = 1;
    qt_assert_error(quiver_database_from_schema(path, qt_schema("valid/basic.sql"), &options, &db),
                    "Cannot from_schema: read_only mode (use Database constructor to open existing)");
    /* Read-only is checked before the schema path. */
    qt_assert_error(quiver_database_from_schema(path, "", &options, &db),
                    "Cannot from_schema: read_only mode (use Database constructor to open existing)");
    ck_assert_ptr_eq(db, (quiver_database_t *)0x1);
    assert_previous_kept(path);
}
END_TEST

START_TEST(from_schema_missing_file)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = (quiver_database_t *)0x1;
    char path[4096], message[8192];
    const char *missing = qt_schema("valid/no_such_schema.sql");
    previous_database("missing_schema.db", path, sizeof path);
    snprintf(message, sizeof message, "Schema file not found: %s", missing);
    qt_assert_error(quiver_database_from_schema(path, missing, &options, &db), message);
    qt_assert_error(quiver_database_from_schema(path, "", &options, &db), "Schema file not found: ");
    ck_assert_ptr_eq(db, (quiver_database_t *)0x1);
    assert_previous_kept(path);
}
END_TEST

/* Steps 5-6 fail after the old file was removed: a new, empty database remains. */
START_TEST(from_schema_empty_file)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = (quiver_database_t *)0x1;
    char path[4096], schema[4096], message[8192];
    previous_database("empty_schema.db", path, sizeof path);
    snprintf(schema, sizeof schema, "%s", qt_temp_path("empty.sql"));
    write_text(schema, "");
    snprintf(message, sizeof message, "Cannot apply_schema: schema file is empty: %s", schema);
    qt_assert_error(quiver_database_from_schema(path, schema, &options, &db), message);
    ck_assert_ptr_eq(db, (quiver_database_t *)0x1);
    assert_empty_database(path);
}
END_TEST

START_TEST(from_schema_directory)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = (quiver_database_t *)0x1;
    char directory[4096], message[8192];
    snprintf(directory, sizeof directory, "%s", qt_schema("valid"));
    snprintf(message, sizeof message, "Cannot apply_schema: schema file is empty: %s", directory);
    qt_assert_error(quiver_database_from_schema(":memory:", directory, &options, &db), message);
    ck_assert_ptr_eq(db, (quiver_database_t *)0x1);
}
END_TEST

/* schema.md §11.3 step 5: the path exists (a socket) but cannot be opened as a file;
 * the previous database is already gone and a new, empty one stays behind. */
START_TEST(from_schema_unopenable_file)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = (quiver_database_t *)0x1;
    char path[4096], message[8192];
    struct sockaddr_un address = {.sun_family = AF_UNIX};
    previous_database("unopenable_schema.db", path, sizeof path);
    ck_assert_uint_lt(strlen(qt_temp_path("schema.sock")), sizeof address.sun_path);
    snprintf(address.sun_path, sizeof address.sun_path, "%s", qt_temp_path("schema.sock"));
    int sock = socket(AF_UNIX, SOCK_STREAM, 0);
    ck_assert_int_ge(sock, 0);
    ck_assert_int_eq(bind(sock, (struct sockaddr *)&address, sizeof address), 0);
    snprintf(message, sizeof message, "Failed to apply_schema: could not open file: %s", address.sun_path);
    qt_assert_error(quiver_database_from_schema(path, address.sun_path, &options, &db), message);
    ck_assert_ptr_eq(db, (quiver_database_t *)0x1);
    assert_empty_database(path);
    close(sock);
}
END_TEST

START_TEST(from_schema_sql_errors)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = (quiver_database_t *)0x1;
    char path[4096];
    previous_database("sql_error.db", path, sizeof path);
    qt_assert_error(quiver_database_from_schema(path, qt_schema("invalid/syntax_error.sql"), &options, &db),
                    "Failed to execute SQL: near \")\": syntax error");
    assert_empty_database(path);
    /* The script runs inside from_schema's own transaction. */
    qt_assert_error(
        quiver_database_from_schema(path, qt_schema("invalid/sql_error_transaction.sql"), &options, &db),
        "Failed to execute SQL: cannot start a transaction within a transaction");
    assert_empty_database(path);
    ck_assert_ptr_eq(db, (quiver_database_t *)0x1);
}
END_TEST

/* PRAGMA user_version in the file takes effect; otherwise the version is 0. */
START_TEST(from_schema_user_version)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = NULL;
    int64_t version = -1;
    qt_assert_ok(quiver_database_from_schema(":memory:", qt_schema("valid/full.sql"), &options, &db));
    qt_assert_ok(quiver_database_current_version(db, &version));
    ck_assert_int_eq(version, 3);
    quiver_database_close(db);
    db = qt_open_schema("valid/basic.sql");
    qt_assert_ok(quiver_database_current_version(db, &version));
    ck_assert_int_eq(version, 0);
    quiver_database_close(db);
}
END_TEST

/* An existing database is replaced, not reused; the handle reports the path as given. */
START_TEST(from_schema_replaces_file)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = NULL;
    const char *reported = NULL;
    char path[4096], tables[256];
    previous_database("replaced.db", path, sizeof path);
    qt_assert_ok(quiver_database_from_schema(path, qt_schema("valid/basic.sql"), &options, &db));
    qt_assert_ok(quiver_database_path(db, &reported));
    ck_assert_str_eq(reported, path);
    quiver_database_close(db);
    qt_file_tables(path, tables, sizeof tables);
    ck_assert_str_eq(tables, "Configuration,Sensor");
    ck_assert_int_eq(qt_file_version(path), 0);
}
END_TEST

/* A database made by from_schema opens read-only; the file is left as it was. */
START_TEST(from_schema_then_open_read_only)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = qt_file_schema("valid/full.sql", "read_only.db");
    char path[4096], tables[1024], before[1024];
    int64_t version = -1;
    int healthy = 0;
    snprintf(path, sizeof path, "%s", qt_temp_path("read_only.db"));
    quiver_database_close(db);
    qt_file_tables(path, before, sizeof before);
    options.read_only = 1;
    db = NULL;
    qt_assert_ok(quiver_database_open(path, &options, &db));
    qt_assert_ok(quiver_database_is_healthy(db, &healthy));
    ck_assert_int_eq(healthy, 1);
    qt_assert_ok(quiver_database_current_version(db, &version));
    ck_assert_int_eq(version, 3);
    quiver_database_close(db);
    qt_file_tables(path, tables, sizeof tables);
    ck_assert_str_eq(tables, before);
}
END_TEST

/* Opening succeeds on any file; current_version reports what SQLite says (schema.md §11.1). */
START_TEST(open_non_database_file)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = NULL;
    int64_t version = -7;
    const char *path = qt_temp_path("not_a_database.db");
    write_text(path, "This is a plain text file, long enough to hold what SQLite reads as a header.\n");
    qt_assert_ok(quiver_database_open(path, &options, &db));
    qt_assert_error(quiver_database_current_version(db, &version),
                    "Failed to read user_version: file is not a database");
    ck_assert_int_eq(version, -7);
    quiver_database_close(db);
}
END_TEST

/* open does not load the schema; the first schema-using call does, a failure
 * is not cached, and query_* never needs it (schema.md §11.2, §11.6). */
START_TEST(open_loads_schema_lazily)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = NULL;
    int64_t count = -7, version = -7;
    char *text = (char *)0x1;
    int has_value = -1;
    qt_assert_ok(quiver_database_open(":memory:", &options, &db));
    qt_assert_error(quiver_database_number_of_elements(db, "Configuration", &count),
                    "Failed to validate schema: Schema must have a 'Configuration' table");
    ck_assert_int_eq(count, -7);
    qt_assert_ok(quiver_database_current_version(db, &version));
    qt_assert_ok(quiver_database_query_string(
        db, "CREATE TABLE Configuration (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL)", &text,
        &has_value));
    ck_assert_ptr_null(text);
    ck_assert_int_eq(has_value, 0);
    qt_assert_ok(quiver_database_number_of_elements(db, "Configuration", &count));
    ck_assert_int_eq(count, 0);
    quiver_database_close(db);
}
END_TEST

/* Read-only handles read; writes fail with SQLite's message after their own checks. */
START_TEST(read_only_writes_fail)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = qt_file_schema("valid/basic.sql", "read_only_writes.db");
    quiver_element_t *element = NULL;
    int64_t id = -7, count = -7, value = -7;
    int has_value = -1;
    char path[4096];
    snprintf(path, sizeof path, "%s", qt_temp_path("read_only_writes.db"));
    quiver_database_close(db);
    options.read_only = 1;
    db = NULL;
    qt_assert_ok(quiver_database_open(path, &options, &db));
    qt_assert_ok(quiver_element_create(&element));
    qt_assert_ok(quiver_element_set_string(element, "label", "x"));
    qt_assert_error(quiver_database_create_element(db, "Configuration", element, &id),
                    "Failed to execute statement: attempt to write a readonly database");
    ck_assert_int_eq(id, -7);
    qt_assert_error(quiver_database_delete_element(db, "Configuration", 99),
                    "Element not found: 99 in collection 'Configuration'");
    qt_assert_error(quiver_database_query_integer(db, "INSERT INTO Configuration (label) VALUES ('y')",
                                                  &value, &has_value),
                    "Failed to execute statement: attempt to write a readonly database");
    qt_assert_ok(quiver_database_number_of_elements(db, "Configuration", &count));
    ck_assert_int_eq(count, 0);
    quiver_element_destroy(element);
    quiver_database_close(db);
    ck_assert_int_eq(qt_file_integer(path, "SELECT count(*) FROM Configuration"), 0);
}
END_TEST

/* No directory is created for a database path (c-api.md §18.1). */
START_TEST(open_in_missing_directory)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = NULL;
    char path[4096];
    snprintf(path, sizeof path, "%s/file.db", qt_temp_path("no_such_directory"));
    qt_assert_error(quiver_database_open(path, &options, &db),
                    "Failed to open database: unable to open database file");
    ck_assert_ptr_null(db);
    ck_assert_int_eq(access(qt_temp_path("no_such_directory"), F_OK), -1);
}
END_TEST

static int count_lines_matching(const char *path, const char *pattern)
{
    regex_t re;
    char line[4096];
    int count = 0;
    FILE *file = fopen(path, "r");
    if (file == NULL)
        return 0;
    ck_assert_int_eq(regcomp(&re, pattern, REG_EXTENDED | REG_NOSUB), 0);
    while (fgets(line, sizeof line, file)) {
        line[strcspn(line, "\n")] = '\0';
        count += regexec(&re, line, 0, NULL, 0) == 0;
    }
    regfree(&re);
    fclose(file);
    return count;
}

#define LINE_PREFIX                                                                                          \
    "^\\[[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}\\] \\[quiver_database_[0-9]+\\] "

/* QUIVER_LOG_FILE receives every line at debug and above whatever the console
 * level, appended; nothing is written next to the database. */
START_TEST(log_file_from_environment)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = NULL;
    char log[4096], directory[4096], db_path[4200], sibling[4200], pattern[8192];
    snprintf(log, sizeof log, "%s", qt_temp_path("quiver-test.log"));
    snprintf(directory, sizeof directory, "%s", qt_temp_path("logged"));
    ck_assert_int_eq(mkdir(directory, 0755), 0);
    snprintf(db_path, sizeof db_path, "%s/logged.db", directory);
    snprintf(sibling, sizeof sibling, "%s/quiver_database.log", directory);
    write_text(log, "earlier line\n");
    ck_assert_int_eq(setenv("QUIVER_LOG_FILE", log, 1), 0);

    qt_assert_ok(quiver_database_from_schema(db_path, qt_schema("valid/basic.sql"), &options, &db));
    quiver_database_close(db);
    qt_assert_error(quiver_database_from_schema(db_path, qt_schema("invalid/no_tables.sql"), &options, &db),
                    "Failed to validate schema: Schema must have a 'Configuration' table");
    unsetenv("QUIVER_LOG_FILE");

    ck_assert_int_eq(count_lines_matching(log, "^earlier line$"), 1);
    snprintf(pattern, sizeof pattern, LINE_PREFIX "\\[debug\\] Opening database: %s$", db_path);
    ck_assert_int_eq(count_lines_matching(log, pattern), 2);
    snprintf(pattern, sizeof pattern, LINE_PREFIX "\\[info\\] Database opened successfully: %s$", db_path);
    ck_assert_int_eq(count_lines_matching(log, pattern), 2);
    ck_assert_int_eq(count_lines_matching(log, LINE_PREFIX "\\[info\\] Schema applied successfully$"), 1);
    ck_assert_int_eq(count_lines_matching(log, LINE_PREFIX
                                          "\\[error\\] Failed to apply schema: Failed to validate "
                                          "schema: Schema must have a 'Configuration' table$"),
                     1);
    ck_assert_int_eq(count_lines_matching(log, LINE_PREFIX "\\[info\\] Database closed$"), 2);
    ck_assert_int_eq(access(sibling, F_OK), -1);
}
END_TEST

/* Without QUIVER_LOG_FILE no file is written anywhere near the database. */
START_TEST(no_log_file_by_default)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = NULL;
    char directory[4096], db_path[4200], sibling[4200];
    unsetenv("QUIVER_LOG_FILE");
    snprintf(directory, sizeof directory, "%s", qt_temp_path("unlogged"));
    ck_assert_int_eq(mkdir(directory, 0755), 0);
    snprintf(db_path, sizeof db_path, "%s/unlogged.db", directory);
    snprintf(sibling, sizeof sibling, "%s/quiver_database.log", directory);
    qt_assert_ok(quiver_database_from_schema(db_path, qt_schema("valid/basic.sql"), &options, &db));
    quiver_database_close(db);
    ck_assert_int_eq(access(sibling, F_OK), -1);
}
END_TEST

/* In-memory handles log to QUIVER_LOG_FILE too, without the "no file logging" warning. */
START_TEST(log_file_in_memory)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = NULL;
    char log[4096];
    snprintf(log, sizeof log, "%s", qt_temp_path("memory.log"));
    ck_assert_int_eq(setenv("QUIVER_LOG_FILE", log, 1), 0);
    qt_assert_ok(quiver_database_open(":memory:", &options, &db));
    quiver_database_close(db);
    unsetenv("QUIVER_LOG_FILE");
    ck_assert_int_eq(count_lines_matching(log, LINE_PREFIX "\\[debug\\] Opening database: :memory:$"), 1);
    ck_assert_int_eq(count_lines_matching(log, "in-memory only"), 0);
}
END_TEST

/* A log file that cannot be opened does not stop the open. */
START_TEST(log_file_unwritable)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = NULL;
    char log[4200];
    snprintf(log, sizeof log, "%s/log", qt_temp_path("no_log_directory"));
    ck_assert_int_eq(setenv("QUIVER_LOG_FILE", log, 1), 0);
    qt_assert_ok(quiver_database_open(":memory:", &options, &db));
    quiver_database_close(db);
    unsetenv("QUIVER_LOG_FILE");
    ck_assert_int_eq(access(log, F_OK), -1);
}
END_TEST

/* Opens and closes a file database with @p level, capturing standard error into @p capture. */
static void open_capturing_stderr(int level, const char *capture)
{
    quiver_database_options_t options = quiver_database_options_default();
    quiver_database_t *db = NULL;
    options.console_level = (quiver_log_level_t)level;
    fflush(stderr);
    int saved = dup(STDERR_FILENO);
    FILE *file = fopen(capture, "w");
    ck_assert_ptr_nonnull(file);
    dup2(fileno(file), STDERR_FILENO);
    quiver_error_t status = quiver_database_open(qt_temp_path("console.db"), &options, &db);
    quiver_database_close(db);
    fflush(stderr);
    dup2(saved, STDERR_FILENO);
    close(saved);
    fclose(file);
    ck_assert_int_eq(status, QUIVER_OK);
}

/* The console shows lines at console_level and above; unknown levels act as info. */
START_TEST(console_level_filtering)
{
    char capture[4096];
    snprintf(capture, sizeof capture, "%s", qt_temp_path("stderr.txt"));
    unsetenv("QUIVER_LOG_FILE");
    open_capturing_stderr(QUIVER_LOG_DEBUG, capture);
    ck_assert_int_eq(count_lines_matching(capture, LINE_PREFIX "\\[debug\\] Opening database: "), 1);
    ck_assert_int_eq(count_lines_matching(capture, LINE_PREFIX "\\[info\\] Database closed$"), 1);
    open_capturing_stderr(99, capture);
    ck_assert_int_eq(count_lines_matching(capture, "\\[debug\\]"), 0);
    ck_assert_int_eq(count_lines_matching(capture, LINE_PREFIX "\\[info\\] Database opened successfully: "),
                     1);
    open_capturing_stderr(QUIVER_LOG_WARN, capture);
    ck_assert_int_eq(count_lines_matching(capture, "."), 0);
    open_capturing_stderr(QUIVER_LOG_OFF, capture);
    ck_assert_int_eq(count_lines_matching(capture, "."), 0);
}
END_TEST

/* Two threads, each with its own handle, never see each other's messages. */
static void *fail_in_thread(void *arg)
{
    const char *name = arg;
    quiver_database_t *db = NULL;
    quiver_clear_last_error();
    for (int i = 0; i < 200; ++i) {
        if (strcmp(name, "a") == 0) {
            if (quiver_database_open(NULL, NULL, &db) != QUIVER_ERROR ||
                strcmp(quiver_get_last_error(), "Null argument: path") != 0)
                return (void *)1;
        } else {
            if (quiver_database_open(":memory:", NULL, NULL) != QUIVER_ERROR ||
                strcmp(quiver_get_last_error(), "Null argument: out_db") != 0)
                return (void *)1;
        }
    }
    return NULL;
}

START_TEST(error_is_per_thread)
{
    pthread_t a, b;
    void *ra, *rb;
    quiver_clear_last_error();
    ck_assert_int_eq(pthread_create(&a, NULL, fail_in_thread, (void *)"a"), 0);
    ck_assert_int_eq(pthread_create(&b, NULL, fail_in_thread, (void *)"b"), 0);
    pthread_join(a, &ra);
    pthread_join(b, &rb);
    ck_assert_ptr_null(ra);
    ck_assert_ptr_null(rb);
    ck_assert_str_eq(quiver_get_last_error(), "");
}
END_TEST

static Suite *lifecycle_suite(void)
{
    Suite *s = suite_create("lifecycle");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, version_is_package_version);
    tcase_add_test(tc, open_memory_and_close);
    tcase_add_test(tc, open_null_arguments);
    tcase_add_test(tc, close_null_is_ok);
    tcase_add_test(tc, read_only_missing_file);
    tcase_add_test(tc, from_schema_basic);
    tcase_add_test(tc, error_is_per_thread);
    suite_add_tcase(s, tc);
    tc = tcase_create("from_schema");
    tcase_add_test(tc, from_schema_null_arguments);
    tcase_add_test(tc, from_schema_read_only_option);
    tcase_add_test(tc, from_schema_missing_file);
    tcase_add_test(tc, from_schema_empty_file);
    tcase_add_test(tc, from_schema_directory);
    tcase_add_test(tc, from_schema_unopenable_file);
    tcase_add_test(tc, from_schema_sql_errors);
    tcase_add_test(tc, from_schema_user_version);
    tcase_add_test(tc, from_schema_replaces_file);
    tcase_add_test(tc, from_schema_then_open_read_only);
    suite_add_tcase(s, tc);
    tc = tcase_create("open");
    tcase_add_test(tc, open_non_database_file);
    tcase_add_test(tc, open_in_missing_directory);
    tcase_add_test(tc, open_loads_schema_lazily);
    tcase_add_test(tc, read_only_writes_fail);
    suite_add_tcase(s, tc);
    tc = tcase_create("logging");
    tcase_add_test(tc, log_file_from_environment);
    tcase_add_test(tc, no_log_file_by_default);
    tcase_add_test(tc, log_file_in_memory);
    tcase_add_test(tc, log_file_unwritable);
    tcase_add_test(tc, console_level_filtering);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return qt_run(lifecycle_suite());
}
