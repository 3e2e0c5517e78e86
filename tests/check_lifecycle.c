/*
 * Lifecycle of the C API: version, error channel, open, close, path,
 * health and version queries (c-api.md §5, §8).
 */
#include <pthread.h>
#include <string.h>

#include "helpers.h"

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
    ck_assert_int_eq(pthread_create(&a, NULL, fail_in_thread, "a"), 0);
    ck_assert_int_eq(pthread_create(&b, NULL, fail_in_thread, "b"), 0);
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
    return s;
}

int main(void)
{
    return qt_run(lifecycle_suite());
}
