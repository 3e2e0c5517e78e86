/*
 * Looking at a database file behind the library's back, with SQLite itself,
 * so tests can assert what creation and migration left on disk without
 * relying on the library under test.
 */
#ifndef QT_INSPECT_H
#define QT_INSPECT_H

#include <check.h>
#include <sqlite3.h>
#include <stdint.h>
#include <string.h>

/* The tables of the file at @p path (sqlite_% excluded), in name order,
 * comma separated, "-" when there is none.  Written into @p out. */
static inline void qt_file_tables(const char *path, char *out, size_t size)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;
    ck_assert_int_eq(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    ck_assert_int_eq(sqlite3_prepare_v2(db,
                                        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE "
                                        "'sqlite_%' ORDER BY name COLLATE BINARY",
                                        -1, &stmt, NULL),
                     SQLITE_OK);
    out[0] = '\0';
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        if (out[0])
            strncat(out, ",", size - strlen(out) - 1);
        strncat(out, (const char *)sqlite3_column_text(stmt, 0), size - strlen(out) - 1);
    }
    if (out[0] == '\0')
        strncat(out, "-", size - 1);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
}

/* The first column of the first row of @p sql on the file at @p path. */
static inline int64_t qt_file_integer(const char *path, const char *sql)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;
    ck_assert_int_eq(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    ck_assert_int_eq(sqlite3_prepare_v2(db, sql, -1, &stmt, NULL), SQLITE_OK);
    ck_assert_int_eq(sqlite3_step(stmt), SQLITE_ROW);
    int64_t value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

/* PRAGMA user_version of the file at @p path. */
static inline int64_t qt_file_version(const char *path)
{
    return qt_file_integer(path, "PRAGMA user_version");
}

/* Runs @p sql on the file at @p path (for preparing test files). */
static inline void qt_file_exec(const char *path, const char *sql)
{
    sqlite3 *db = NULL;
    ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
    ck_assert_int_eq(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
}

#endif
