/*
 * Read benchmark: bulk reads of 100,000 rows through libquiver_c against raw
 * sqlite3 running the same query and building the same result (one malloc'd
 * array per output, strings copied), so the ratio is quiver's own overhead.
 * Built and run by `make bench`; never part of `make check`.
 *
 * Usage: bench_read [rows] [rounds]   (defaults 100000 and 7; the median round counts)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_common.h"

enum { VECTOR_LENGTH = 10 };

static const char *schema_sql =
    "CREATE TABLE Configuration (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL) STRICT;"
    "CREATE TABLE Item (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL, amount INTEGER, weight REAL,"
    " name TEXT) STRICT;"
    "CREATE TABLE Item_vector_points (id INTEGER NOT NULL REFERENCES Item(id) ON DELETE CASCADE ON UPDATE "
    "CASCADE,"
    " vector_index INTEGER NOT NULL, point REAL, PRIMARY KEY (id, vector_index)) STRICT;"
    "INSERT INTO Configuration (id, label) VALUES (1, 'default');";

/* Item 1..rows (every tenth value NULL) and rows / VECTOR_LENGTH elements with vectors. */
static void populate(const char *path, int rows)
{
    sqlite3 *sqlite = bench_sqlite_open(path);
    bench_sqlite_exec(sqlite, schema_sql);
    bench_sqlite_exec(sqlite, "BEGIN");
    sqlite3_stmt *item = bench_sqlite_prepare(sqlite, "INSERT INTO Item VALUES (?, ?, ?, ?, ?)");
    sqlite3_stmt *point = bench_sqlite_prepare(sqlite, "INSERT INTO Item_vector_points VALUES (?, ?, ?)");
    char text[64];
    for (int i = 1; i <= rows; ++i) {
        snprintf(text, sizeof text, "Item %d", i);
        sqlite3_bind_int(item, 1, i);
        sqlite3_bind_text(item, 2, text, -1, SQLITE_TRANSIENT);
        if (i % 10) {
            sqlite3_bind_int64(item, 3, (int64_t)i * 7);
            sqlite3_bind_double(item, 4, i * 0.5);
            snprintf(text, sizeof text, "name of item %d", i);
            sqlite3_bind_text(item, 5, text, -1, SQLITE_TRANSIENT);
        }
        bench_sqlite_done(sqlite, item);
        sqlite3_clear_bindings(item);
    }
    for (int i = 0; i < rows; ++i) {
        sqlite3_bind_int(point, 1, i / VECTOR_LENGTH + 1);
        sqlite3_bind_int(point, 2, i % VECTOR_LENGTH + 1);
        sqlite3_bind_double(point, 3, i * 0.25);
        bench_sqlite_done(sqlite, point);
    }
    sqlite3_finalize(item);
    sqlite3_finalize(point);
    bench_sqlite_exec(sqlite, "COMMIT");
    sqlite3_close(sqlite);
}

/* The raw baselines.  Like quiver they prepare once per handle (cached statement),
 * allocate each output array once (the row count is known here) and copy strings. */
typedef struct {
    sqlite3 *sqlite;
    sqlite3_stmt *stmt; /* the current case's query */
    size_t rows;
} raw;

static void raw_floats(void *ctx)
{
    raw *r = ctx;
    double *values = malloc(r->rows * sizeof *values);
    uint8_t *mask = malloc(r->rows);
    size_t n = 0;
    while (sqlite3_step(r->stmt) == SQLITE_ROW) {
        int present = sqlite3_column_type(r->stmt, 0) == SQLITE_FLOAT;
        values[n] = present ? sqlite3_column_double(r->stmt, 0) : 0.0;
        mask[n++] = (uint8_t)present;
    }
    sqlite3_reset(r->stmt);
    free(values);
    free(mask);
}

static void raw_integers(void *ctx)
{
    raw *r = ctx;
    int64_t *values = malloc(r->rows * sizeof *values);
    uint8_t *mask = malloc(r->rows);
    size_t n = 0;
    while (sqlite3_step(r->stmt) == SQLITE_ROW) {
        int present = sqlite3_column_type(r->stmt, 0) == SQLITE_INTEGER;
        values[n] = present ? sqlite3_column_int64(r->stmt, 0) : 0;
        mask[n++] = (uint8_t)present;
    }
    sqlite3_reset(r->stmt);
    free(values);
    free(mask);
}

static void raw_strings(void *ctx)
{
    raw *r = ctx;
    char **values = malloc(r->rows * sizeof *values);
    size_t n = 0;
    while (sqlite3_step(r->stmt) == SQLITE_ROW) {
        const unsigned char *text = sqlite3_column_text(r->stmt, 0);
        values[n++] = text ? strdup((const char *)text) : NULL;
    }
    sqlite3_reset(r->stmt);
    for (size_t i = 0; i < n; ++i)
        free(values[i]);
    free(values);
}

static void raw_ids(void *ctx)
{
    raw *r = ctx;
    int64_t *ids = malloc(r->rows * sizeof *ids);
    size_t n = 0;
    while (sqlite3_step(r->stmt) == SQLITE_ROW)
        ids[n++] = sqlite3_column_int64(r->stmt, 0);
    sqlite3_reset(r->stmt);
    free(ids);
}

static void raw_vectors(void *ctx)
{
    raw *r = ctx;
    size_t elements = r->rows / VECTOR_LENGTH;
    double **vectors = malloc(elements * sizeof *vectors);
    size_t *sizes = malloc(elements * sizeof *sizes);
    size_t n = 0;
    int64_t current = -1;
    while (sqlite3_step(r->stmt) == SQLITE_ROW) {
        int64_t id = sqlite3_column_int64(r->stmt, 0);
        if (id != current) {
            vectors[n] = malloc(VECTOR_LENGTH * sizeof **vectors);
            sizes[n++] = 0;
            current = id;
        }
        vectors[n - 1][sizes[n - 1]++] = sqlite3_column_double(r->stmt, 1);
    }
    sqlite3_reset(r->stmt);
    for (size_t i = 0; i < n; ++i)
        free(vectors[i]);
    free(vectors);
    free(sizes);
}

/* The quiver side of each case. */
static quiver_database_t *db;
static size_t expected_rows;

static void check(quiver_error_t status, const size_t *count, size_t expected)
{
    bench_ok(status, "quiver");
    if (*count != expected)
        bench_die("quiver", "unexpected row count");
}

static void quiver_floats(void *ctx)
{
    (void)ctx;
    double *values;
    uint8_t *mask;
    size_t count;
    check(quiver_database_read_scalar_floats(db, "Item", "weight", &values, &mask, &count), &count,
          expected_rows);
    quiver_database_free_float_array(values);
    quiver_database_free_mask(mask);
}

static void quiver_integers(void *ctx)
{
    (void)ctx;
    int64_t *values;
    uint8_t *mask;
    size_t count;
    check(quiver_database_read_scalar_integers(db, "Item", "amount", &values, &mask, &count), &count,
          expected_rows);
    quiver_database_free_integer_array(values);
    quiver_database_free_mask(mask);
}

static void quiver_strings(void *ctx)
{
    (void)ctx;
    char **values;
    size_t count;
    check(quiver_database_read_scalar_strings(db, "Item", "name", &values, &count), &count, expected_rows);
    quiver_database_free_string_array(values, count);
}

static void quiver_ids(void *ctx)
{
    (void)ctx;
    int64_t *ids;
    size_t count;
    check(quiver_database_read_element_ids(db, "Item", &ids, &count), &count, expected_rows);
    quiver_database_free_integer_array(ids);
}

static void quiver_vectors(void *ctx)
{
    (void)ctx;
    double **vectors;
    size_t *sizes, count;
    check(quiver_database_read_vector_floats(db, "Item", "point", &vectors, &sizes, &count), &count,
          expected_rows / VECTOR_LENGTH);
    quiver_database_free_float_vectors(vectors, sizes, count);
}

typedef struct {
    bench_workload workload;
    const char *sql; /* what quiver runs for this read */
} bench_case;

static const bench_case cases[] = {
    {{"read_scalar_floats", NULL, quiver_floats, raw_floats},
     "SELECT \"weight\" FROM \"Item\" ORDER BY rowid"},
    {{"read_scalar_integers", NULL, quiver_integers, raw_integers},
     "SELECT \"amount\" FROM \"Item\" ORDER BY rowid"},
    {{"read_scalar_strings", NULL, quiver_strings, raw_strings},
     "SELECT \"name\" FROM \"Item\" ORDER BY rowid"},
    {{"read_element_ids", NULL, quiver_ids, raw_ids}, "SELECT id FROM \"Item\" ORDER BY rowid"},
    {{"read_vector_floats", NULL, quiver_vectors, raw_vectors},
     "SELECT id, \"point\" FROM \"Item_vector_points\" ORDER BY id, vector_index"},
};

int main(int argc, char **argv)
{
    int rounds = bench_init("bench_read", argc, argv, 2, 7, "bench_read [rows >= 10] [rounds >= 1]");
    int rows = argc > 1 ? atoi(argv[1]) : 100000;
    if (rows < VECTOR_LENGTH)
        bench_die("usage", "bench_read [rows >= 10] [rounds >= 1]");
    rows -= rows % VECTOR_LENGTH;
    expected_rows = (size_t)rows;

    bench_scratch();
    const char *path = bench_path("read.db");
    populate(path, rows);
    db = bench_quiver_open(path);
    raw r = {bench_sqlite_open(path), NULL, (size_t)rows};

    printf("bulk reads of %d rows, median of %d rounds\n", rows, rounds);
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; ++c) {
        r.stmt = bench_sqlite_prepare(r.sqlite, cases[c].sql);
        bench_run(&cases[c].workload, &r, rounds);
        sqlite3_finalize(r.stmt);
    }

    sqlite3_close(r.sqlite);
    quiver_database_close(db);
    bench_cleanup();
    return EXIT_SUCCESS;
}
