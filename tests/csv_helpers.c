/*
 * Helpers of the CSV tests (see csv_helpers.h).
 */
#include "csv_helpers.h"

#include <stdio.h>
#include <string.h>

#include "db.h"

char *csv_read_file(const char *path, size_t *out_length)
{
    FILE *file = fopen(path, "rb");
    if (file == NULL)
        return NULL;
    size_t capacity = 4096, length = 0, n;
    char *bytes = malloc(capacity + 1);
    ck_assert_ptr_nonnull(bytes);
    while ((n = fread(bytes + length, 1, capacity - length, file)) > 0) {
        length += n;
        if (length == capacity) {
            capacity *= 2;
            bytes = realloc(bytes, capacity + 1);
            ck_assert_ptr_nonnull(bytes);
        }
    }
    fclose(file);
    bytes[length] = '\0';
    if (out_length)
        *out_length = length;
    return bytes;
}

void csv_write_file(const char *path, const char *bytes, size_t length)
{
    FILE *file = fopen(path, "wb");
    ck_assert_msg(file != NULL, "cannot write %s", path);
    if (length == (size_t)-1)
        length = strlen(bytes);
    ck_assert_uint_eq(fwrite(bytes, 1, length, file), length);
    ck_assert_int_eq(fclose(file), 0);
}

void csv_assert_file_text(const char *path, const char *expected)
{
    size_t length = 0;
    char *actual = csv_read_file(path, &length);
    ck_assert_msg(actual != NULL, "cannot read %s", path);
    ck_assert_msg(length == strlen(expected) && memcmp(actual, expected, length) == 0,
                  "%s differs:\n--- expected\n%s--- actual\n%s---", path, expected, actual);
    free(actual);
}

void csv_assert_file_data(const char *path, const char *expected_name)
{
    char relative[256];
    snprintf(relative, sizeof relative, "csv/%s", expected_name);
    char *expected = csv_read_file(qt_data(relative), NULL);
    ck_assert_msg(expected != NULL, "cannot read expected file %s", expected_name);
    csv_assert_file_text(path, expected);
    free(expected);
}

static sqlite3 *connection(quiver_database_t *db)
{
    return ((qv_db *)db)->sqlite;
}

static void append(char **text, size_t *length, const char *piece, size_t piece_length)
{
    *text = realloc(*text, *length + piece_length + 1);
    ck_assert_ptr_nonnull(*text);
    memcpy(*text + *length, piece, piece_length);
    *length += piece_length;
    (*text)[*length] = '\0';
}

char *csv_dump(quiver_database_t *db)
{
    sqlite3 *sqlite = connection(db);
    sqlite3_stmt *tables = NULL;
    char *text = NULL;
    size_t length = 0;
    append(&text, &length, "", 0);
    ck_assert_int_eq(sqlite3_prepare_v2(sqlite,
                                        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
                                        -1, &tables, NULL),
                     SQLITE_OK);
    while (sqlite3_step(tables) == SQLITE_ROW) {
        const char *name = (const char *)sqlite3_column_text(tables, 0);
        char *sql = sqlite3_mprintf("SELECT rowid, * FROM \"%w\" ORDER BY rowid", name);
        sqlite3_stmt *rows = NULL;
        ck_assert_int_eq(sqlite3_prepare_v2(sqlite, sql, -1, &rows, NULL), SQLITE_OK);
        sqlite3_free(sql);
        append(&text, &length, "[", 1);
        append(&text, &length, name, strlen(name));
        append(&text, &length, "]\n", 2);
        while (sqlite3_step(rows) == SQLITE_ROW) {
            for (int i = 0; i < sqlite3_column_count(rows); ++i) {
                /* type code, then the value; doubles in hex so every bit counts */
                int type = sqlite3_column_type(rows, i);
                char prefix[48];
                int n = snprintf(prefix, sizeof prefix, "%s%d:", i ? "|" : "", type);
                append(&text, &length, prefix, (size_t)n);
                if (type == SQLITE_FLOAT) {
                    n = snprintf(prefix, sizeof prefix, "%a", sqlite3_column_double(rows, i));
                    append(&text, &length, prefix, (size_t)n);
                } else if (type != SQLITE_NULL) {
                    const char *value = (const char *)sqlite3_column_text(rows, i);
                    append(&text, &length, value, (size_t)sqlite3_column_bytes(rows, i));
                }
            }
            append(&text, &length, "\n", 1);
        }
        sqlite3_finalize(rows);
    }
    sqlite3_finalize(tables);
    return text;
}

int64_t csv_integer(quiver_database_t *db, const char *sql)
{
    sqlite3_stmt *stmt = NULL;
    ck_assert_msg(sqlite3_prepare_v2(connection(db), sql, -1, &stmt, NULL) == SQLITE_OK, "%s: %s", sql,
                  sqlite3_errmsg(connection(db)));
    int64_t value = -999;
    if (sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_type(stmt, 0) != SQLITE_NULL)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

const char *csv_text(quiver_database_t *db, const char *sql)
{
    static char value[1024];
    sqlite3_stmt *stmt = NULL;
    ck_assert_msg(sqlite3_prepare_v2(connection(db), sql, -1, &stmt, NULL) == SQLITE_OK, "%s: %s", sql,
                  sqlite3_errmsg(connection(db)));
    snprintf(value, sizeof value, "<null>");
    if (sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_type(stmt, 0) != SQLITE_NULL)
        snprintf(value, sizeof value, "%s", (const char *)sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    return value;
}

void csv_exec(quiver_database_t *db, const char *sql)
{
    char *message = NULL;
    int rc = sqlite3_exec(connection(db), sql, NULL, NULL, &message);
    ck_assert_msg(rc == SQLITE_OK, "%s: %s", sql, message ? message : "");
    sqlite3_free(message);
}

void csv_exec_double(quiver_database_t *db, const char *sql, double value)
{
    sqlite3_stmt *stmt = NULL;
    ck_assert_msg(sqlite3_prepare_v2(connection(db), sql, -1, &stmt, NULL) == SQLITE_OK, "%s: %s", sql,
                  sqlite3_errmsg(connection(db)));
    ck_assert_int_eq(sqlite3_bind_double(stmt, 1, value), SQLITE_OK);
    ck_assert_int_eq(sqlite3_step(stmt), SQLITE_DONE);
    sqlite3_finalize(stmt);
}

void csv_enums_add(csv_enums *enums, const char *attribute, const char *locale, size_t count,
                   const char *const *labels, const int64_t *values)
{
    ck_assert_uint_lt(enums->groups, 8);
    ck_assert_uint_le(enums->entries + count, 32);
    enums->attributes[enums->groups] = attribute;
    enums->locales[enums->groups] = locale;
    enums->counts[enums->groups++] = count;
    for (size_t i = 0; i < count; ++i) {
        enums->labels[enums->entries] = labels[i];
        enums->values[enums->entries++] = values[i];
    }
}

quiver_csv_options_t csv_options(const char *format, const csv_enums *enums)
{
    quiver_csv_options_t options = quiver_csv_options_default();
    if (format)
        options.date_time_format = format;
    if (enums && enums->groups) {
        options.enum_attribute_names = enums->attributes;
        options.enum_locale_names = enums->locales;
        options.enum_entry_counts = enums->counts;
        options.enum_labels = enums->labels;
        options.enum_values = enums->values;
        options.enum_group_count = enums->groups;
    }
    return options;
}
