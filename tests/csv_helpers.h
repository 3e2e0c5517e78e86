/*
 * Helpers of the CSV tests: reading and writing files byte for byte,
 * comparing a file with an expected one, looking into a database through the
 * handle's own SQLite connection (so in-memory databases and open
 * transactions can be inspected), and building enum options.
 */
#ifndef QT_CSV_HELPERS_H
#define QT_CSV_HELPERS_H

#include <stddef.h>
#include <stdint.h>

#include "helpers.h"

/* The bytes of the file at @p path (NUL-terminated, caller frees); NULL when it cannot be read. */
char *csv_read_file(const char *path, size_t *out_length);
/* Writes @p length bytes (strlen when @p length is (size_t)-1) to @p path. */
void csv_write_file(const char *path, const char *bytes, size_t length);
#define csv_write_text(path, text) csv_write_file((path), (text), (size_t)-1)

/* The file at @p path must hold exactly @p expected. */
void csv_assert_file_text(const char *path, const char *expected);
/* The file at @p path must equal tests/data/csv/@p expected_name byte for byte. */
void csv_assert_file_data(const char *path, const char *expected_name);

/* Every row of every table (sqlite_sequence included), as text; caller frees. */
char *csv_dump(quiver_database_t *db);
/* The first column of the first row of @p sql as an integer (-999 when NULL or no row). */
int64_t csv_integer(quiver_database_t *db, const char *sql);
/* The first column of the first row of @p sql as text ("<null>" when NULL or no row); static buffer. */
const char *csv_text(quiver_database_t *db, const char *sql);
/* Runs @p sql (several statements allowed) on the handle's connection. */
void csv_exec(quiver_database_t *db, const char *sql);
/* Runs one statement with @p value bound to its single parameter (SQLite's own
 * parsing of extreme literals is not exact under valgrind). */
void csv_exec_double(quiver_database_t *db, const char *sql, double value);

/* Enum options built group by group. */
typedef struct {
    const char *attributes[8];
    const char *locales[8];
    size_t counts[8];
    const char *labels[32];
    int64_t values[32];
    size_t groups;
    size_t entries;
} csv_enums;

/* Adds the group (@p attribute, @p locale) with @p count (label, value) pairs. */
void csv_enums_add(csv_enums *enums, const char *attribute, const char *locale, size_t count,
                   const char *const *labels, const int64_t *values);
/* Options with @p format (NULL: "") and the groups of @p enums (may be NULL). */
quiver_csv_options_t csv_options(const char *format, const csv_enums *enums);

#endif
