/*
 * Helpers of the element-write tests: building elements in one line, and
 * reading a database file with SQLite directly, so the tests check what was
 * written without relying on the library's own readers.
 */
#ifndef QT_WRITE_HELPERS_H
#define QT_WRITE_HELPERS_H

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "helpers.h"

/* The rows of @p sql run on the file @p path: columns joined by '|', rows by
 * ';', NULL as "NULL", REALs as SQLite prints them.  A static buffer, valid
 * until the next call. */
static inline const char *qt_rows(const char *path, const char *sql)
{
    static char out[8192];
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;
    ck_assert_int_eq(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    ck_assert_msg(sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) == SQLITE_OK, "%s: %s", sql,
                  sqlite3_errmsg(db));
    out[0] = '\0';
    int rows = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        if (rows++)
            strncat(out, ";", sizeof out - strlen(out) - 1);
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            const char *text = (const char *)sqlite3_column_text(stmt, c);
            if (c)
                strncat(out, "|", sizeof out - strlen(out) - 1);
            strncat(out, text ? text : "NULL", sizeof out - strlen(out) - 1);
        }
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return out;
}

/* Every row of every table of the file, in table-name and rowid order, as one
 * malloc'd text (free()): for asserting that a call changed nothing. */
static inline char *qt_dump(const char *path)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *tables = NULL;
    char *dump = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&dump, &size);
    ck_assert_ptr_nonnull(out);
    ck_assert_int_eq(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    ck_assert_int_eq(sqlite3_prepare_v2(db,
                                        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
                                        -1, &tables, NULL),
                     SQLITE_OK);
    while (sqlite3_step(tables) == SQLITE_ROW) {
        const char *name = (const char *)sqlite3_column_text(tables, 0);
        char *sql = sqlite3_mprintf("SELECT * FROM \"%w\" ORDER BY rowid", name);
        sqlite3_stmt *rows = NULL;
        ck_assert_int_eq(sqlite3_prepare_v2(db, sql, -1, &rows, NULL), SQLITE_OK);
        fprintf(out, "%s:\n", name);
        while (sqlite3_step(rows) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(rows); ++c) {
                const char *text = (const char *)sqlite3_column_text(rows, c);
                fprintf(out, "%s%s", c ? "|" : "  ", text ? text : "NULL");
            }
            fputc('\n', out);
        }
        sqlite3_finalize(rows);
        sqlite3_free(sql);
    }
    sqlite3_finalize(tables);
    sqlite3_close(db);
    fclose(out);
    return dump;
}

/* A new element, failing the test if that fails. */
static inline quiver_element_t *qt_element(void)
{
    quiver_element_t *e = NULL;
    qt_assert_ok(quiver_element_create(&e));
    return e;
}

/* An element with only a label. */
static inline quiver_element_t *qt_labelled(const char *label)
{
    quiver_element_t *e = qt_element();
    qt_assert_ok(quiver_element_set_string(e, "label", label));
    return e;
}

/* Creates an element with only a label in @p collection and returns its id. */
static inline int64_t qt_create_labelled(quiver_database_t *db, const char *collection, const char *label)
{
    quiver_element_t *e = qt_labelled(label);
    int64_t id = -1;
    qt_assert_ok(quiver_database_create_element(db, collection, e, &id));
    quiver_element_destroy(e);
    return id;
}

#endif
