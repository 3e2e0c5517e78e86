/*
 * Shared helpers of the Check test programs: schema paths, temporary files,
 * quiet database handles and assertions on the C API's error channel.
 */
#ifndef QT_HELPERS_H
#define QT_HELPERS_H

#include <check.h>
#include <stdlib.h>

#include <quiver/c/common.h>
#include <quiver/c/database.h>
#include <quiver/c/element.h>
#include <quiver/c/options.h>

/* Path of a test schema, relative to tests/schemas (e.g. "valid/basic.sql").
 * Returned from a small ring of static buffers: copy it to keep it long. */
const char *qt_schema(const char *relative);
/* Path of a data file, relative to tests/data. */
const char *qt_data(const char *relative);
/* A path named @p name in this process's temporary directory (created on first
 * use, removed with its content at exit).  Same buffer rules as qt_schema(). */
const char *qt_temp_path(const char *name);

/* Options that keep the console quiet. */
quiver_database_options_t qt_quiet_options(void);
/* An in-memory database built from a test schema; fails the test on error. */
quiver_database_t *qt_open_schema(const char *relative);
/* A file database at qt_temp_path(@p file) built from a test schema. */
quiver_database_t *qt_file_schema(const char *relative, const char *file);

/* Runs a suite in the usual way; returns the exit status for main(). */
int qt_run(Suite *suite);

/* The call must fail with exactly @p expected as the thread's last error. */
#define qt_assert_error(call, expected)                                                            \
    do {                                                                                           \
        ck_assert_int_eq((call), QUIVER_ERROR);                                                    \
        ck_assert_str_eq(quiver_get_last_error(), (expected));                                     \
    } while (0)

/* The call must succeed; on failure the message is shown. */
#define qt_assert_ok(call)                                                                         \
    do {                                                                                           \
        quiver_error_t qt_status_ = (call);                                                        \
        ck_assert_msg(qt_status_ == QUIVER_OK, "%s failed: %s", #call, quiver_get_last_error());  \
    } while (0)

#endif
