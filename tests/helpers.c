/*
 * Test helpers.  Schema and data directories come from the environment the
 * test harness sets (QUIVER_TEST_SCHEMAS, QUIVER_TEST_DATA), so out-of-tree
 * and distcheck builds find them.
 */
#define _XOPEN_SOURCE 700
#include "helpers.h"

#include <ftw.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

enum { RING = 8, PATH_SIZE = 4096 };

static const char *ring_format(const char *base, const char *relative)
{
    static char ring[RING][PATH_SIZE];
    static int next;
    char *slot = ring[next];
    next = (next + 1) % RING;
    int n = snprintf(slot, PATH_SIZE, "%s/%s", base, relative);
    if (n < 0 || n >= PATH_SIZE) { /* not ck_assert: this also runs outside tests, from main() */
        fprintf(stderr, "test path too long: %s/%s\n", base, relative);
        abort();
    }
    return slot;
}

static const char *env_dir(const char *variable, const char *fallback)
{
    const char *dir = getenv(variable);
    return dir && *dir ? dir : fallback;
}

const char *qt_schema(const char *relative)
{
    return ring_format(env_dir("QUIVER_TEST_SCHEMAS", "tests/schemas"), relative);
}

const char *qt_data(const char *relative)
{
    return ring_format(env_dir("QUIVER_TEST_DATA", "tests/data"), relative);
}

static char temp_dir[PATH_SIZE];
static pid_t temp_owner;

static int remove_entry(const char *path, const struct stat *info, int flag, struct FTW *ftw)
{
    (void)info;
    (void)flag;
    (void)ftw;
    remove(path);
    return 0;
}

static void remove_temp_dir(void)
{
    /* Check forks a child per test: only the process that made the directory removes it. */
    if (temp_dir[0] && getpid() == temp_owner)
        nftw(temp_dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

const char *qt_temp_path(const char *name)
{
    if (temp_dir[0] == '\0' || temp_owner != getpid()) {
        snprintf(temp_dir, sizeof temp_dir, "%s/quiver-test-XXXXXX", env_dir("TMPDIR", "/tmp"));
        ck_assert_ptr_nonnull(mkdtemp(temp_dir));
        if (temp_owner == 0)
            atexit(remove_temp_dir);
        temp_owner = getpid();
    }
    return ring_format(temp_dir, name);
}

quiver_database_options_t qt_quiet_options(void)
{
    quiver_database_options_t options = quiver_database_options_default();
    options.console_level = QUIVER_LOG_OFF;
    return options;
}

quiver_database_t *qt_open_schema(const char *relative)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = NULL;
    qt_assert_ok(quiver_database_from_schema(":memory:", qt_schema(relative), &options, &db));
    return db;
}

quiver_database_t *qt_file_schema(const char *relative, const char *file)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = NULL;
    qt_assert_ok(quiver_database_from_schema(qt_temp_path(file), qt_schema(relative), &options, &db));
    return db;
}

int qt_run(Suite *suite)
{
    SRunner *runner = srunner_create(suite);
    srunner_run_all(runner, CK_NORMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
