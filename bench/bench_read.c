/*
 * Read benchmark: bulk reads of 100,000 rows through libquiver_c against raw
 * sqlite3 running the same query and building the same result (one malloc'd
 * array per output, strings copied), so the ratio is quiver's own overhead.
 * Built and run by `make bench`; never part of `make check`.
 *
 * Usage: bench_read [rows] [rounds]   (defaults 100000 and 15; the best round counts)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include <quiver/c/common.h>
#include <quiver/c/database.h>
#include <quiver/c/options.h>

enum { VECTOR_LENGTH = 10 };

static const char *schema_sql =
    "CREATE TABLE Configuration (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL) STRICT;"
    "CREATE TABLE Item (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL, amount INTEGER, weight REAL,"
    " name TEXT) STRICT;"
    "CREATE TABLE Item_vector_points (id INTEGER NOT NULL REFERENCES Item(id) ON DELETE CASCADE ON UPDATE "
    "CASCADE,"
    " vector_index INTEGER NOT NULL, point REAL, PRIMARY KEY (id, vector_index)) STRICT;"
    "INSERT INTO Configuration (id, label) VALUES (1, 'default');";

static void die(const char *what, const char *detail)
{
    fprintf(stderr, "bench_read: %s: %s\n", what, detail);
    exit(EXIT_FAILURE);
}

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static void exec(sqlite3 *sqlite, const char *sql)
{
    char *message = NULL;
    if (sqlite3_exec(sqlite, sql, NULL, NULL, &message) != SQLITE_OK)
        die(sql, message ? message : "failed");
}

/* Item 1..rows (every tenth value NULL) and rows / VECTOR_LENGTH elements with vectors. */
static void populate(const char *path, int rows)
{
    sqlite3 *sqlite = NULL;
    if (sqlite3_open(path, &sqlite) != SQLITE_OK)
        die("open", sqlite3_errmsg(sqlite));
    exec(sqlite, schema_sql);
    exec(sqlite, "BEGIN");
    sqlite3_stmt *item = NULL, *point = NULL;
    sqlite3_prepare_v2(sqlite, "INSERT INTO Item VALUES (?, ?, ?, ?, ?)", -1, &item, NULL);
    sqlite3_prepare_v2(sqlite, "INSERT INTO Item_vector_points VALUES (?, ?, ?)", -1, &point, NULL);
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
        if (sqlite3_step(item) != SQLITE_DONE)
            die("insert", sqlite3_errmsg(sqlite));
        sqlite3_reset(item);
        sqlite3_clear_bindings(item);
    }
    for (int i = 0; i < rows; ++i) {
        sqlite3_bind_int(point, 1, i / VECTOR_LENGTH + 1);
        sqlite3_bind_int(point, 2, i % VECTOR_LENGTH + 1);
        sqlite3_bind_double(point, 3, i * 0.25);
        if (sqlite3_step(point) != SQLITE_DONE)
            die("insert", sqlite3_errmsg(sqlite));
        sqlite3_reset(point);
    }
    sqlite3_finalize(item);
    sqlite3_finalize(point);
    exec(sqlite, "COMMIT");
    sqlite3_close(sqlite);
}

/* The raw baselines.  Like quiver they prepare once per handle (cached statement),
 * allocate each output array once (the row count is known here) and copy strings. */
typedef struct {
    sqlite3 *sqlite;
    sqlite3_stmt *stmt;
    size_t rows;
} raw;

static void raw_floats(raw *r)
{
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

static void raw_integers(raw *r)
{
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

static void raw_strings(raw *r)
{
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

static void raw_ids(raw *r)
{
    int64_t *ids = malloc(r->rows * sizeof *ids);
    size_t n = 0;
    while (sqlite3_step(r->stmt) == SQLITE_ROW)
        ids[n++] = sqlite3_column_int64(r->stmt, 0);
    sqlite3_reset(r->stmt);
    free(ids);
}

static void raw_vectors(raw *r)
{
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
    if (status != QUIVER_OK)
        die("quiver", quiver_get_last_error());
    if (*count != expected)
        die("quiver", "unexpected row count");
}

static void quiver_floats(void)
{
    double *values;
    uint8_t *mask;
    size_t count;
    check(quiver_database_read_scalar_floats(db, "Item", "weight", &values, &mask, &count), &count,
          expected_rows);
    quiver_database_free_float_array(values);
    quiver_database_free_mask(mask);
}

static void quiver_integers(void)
{
    int64_t *values;
    uint8_t *mask;
    size_t count;
    check(quiver_database_read_scalar_integers(db, "Item", "amount", &values, &mask, &count), &count,
          expected_rows);
    quiver_database_free_integer_array(values);
    quiver_database_free_mask(mask);
}

static void quiver_strings(void)
{
    char **values;
    size_t count;
    check(quiver_database_read_scalar_strings(db, "Item", "name", &values, &count), &count, expected_rows);
    quiver_database_free_string_array(values, count);
}

static void quiver_ids(void)
{
    int64_t *ids;
    size_t count;
    check(quiver_database_read_element_ids(db, "Item", &ids, &count), &count, expected_rows);
    quiver_database_free_integer_array(ids);
}

static void quiver_vectors(void)
{
    double **vectors;
    size_t *sizes, count;
    check(quiver_database_read_vector_floats(db, "Item", "point", &vectors, &sizes, &count), &count,
          expected_rows / VECTOR_LENGTH);
    quiver_database_free_float_vectors(vectors, sizes, count);
}

typedef struct {
    const char *name;
    const char *sql; /* what quiver runs for this read */
    void (*through_quiver)(void);
    void (*through_sqlite)(raw *);
} bench_case;

static const bench_case cases[] = {
    {"read_scalar_floats", "SELECT \"weight\" FROM \"Item\" ORDER BY rowid", quiver_floats, raw_floats},
    {"read_scalar_integers", "SELECT \"amount\" FROM \"Item\" ORDER BY rowid", quiver_integers, raw_integers},
    {"read_scalar_strings", "SELECT \"name\" FROM \"Item\" ORDER BY rowid", quiver_strings, raw_strings},
    {"read_element_ids", "SELECT id FROM \"Item\" ORDER BY rowid", quiver_ids, raw_ids},
    {"read_vector_floats", "SELECT id, \"point\" FROM \"Item_vector_points\" ORDER BY id, vector_index",
     quiver_vectors, raw_vectors},
};

int main(int argc, char **argv)
{
    int rows = argc > 1 ? atoi(argv[1]) : 100000;
    int rounds = argc > 2 ? atoi(argv[2]) : 15;
    if (rows < VECTOR_LENGTH || rounds < 1)
        die("usage", "bench_read [rows >= 10] [rounds >= 1]");
    rows -= rows % VECTOR_LENGTH;
    expected_rows = (size_t)rows;

    const char *tmp = getenv("TMPDIR");
    char dir[512];
    snprintf(dir, sizeof dir, "%s/quiver-bench-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (mkdtemp(dir) == NULL)
        die("mkdtemp", dir);
    char path[600];
    snprintf(path, sizeof path, "%s/bench.db", dir);
    populate(path, rows);

    quiver_database_options_t options = quiver_database_options_default();
    options.console_level = QUIVER_LOG_OFF;
    if (quiver_database_open(path, &options, &db) != QUIVER_OK)
        die("open", quiver_get_last_error());
    raw r = {NULL, NULL, (size_t)rows};
    if (sqlite3_open(path, &r.sqlite) != SQLITE_OK)
        die("open", sqlite3_errmsg(r.sqlite));

    printf("bulk reads of %d rows, best of %d rounds\n", rows, rounds);
    printf("%-22s %12s %12s %8s\n", "read", "quiver ms", "sqlite3 ms", "ratio");
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; ++c) {
        if (sqlite3_prepare_v2(r.sqlite, cases[c].sql, -1, &r.stmt, NULL) != SQLITE_OK)
            die("prepare", sqlite3_errmsg(r.sqlite));
        cases[c].through_quiver(); /* warm up: schema load, statement cache, page cache */
        cases[c].through_sqlite(&r);
        double best_quiver = 1e300, best_sqlite = 1e300;
        for (int i = 0; i < rounds; ++i) {
            /* Alternate which side runs first, so neither always inherits the other's cache state. */
            for (int side = 0; side < 2; ++side) {
                int quiver_side = (side + i) % 2 == 0;
                double start = now_ms();
                if (quiver_side)
                    cases[c].through_quiver();
                else
                    cases[c].through_sqlite(&r);
                double elapsed = now_ms() - start;
                double *best = quiver_side ? &best_quiver : &best_sqlite;
                if (elapsed < *best)
                    *best = elapsed;
            }
        }
        sqlite3_finalize(r.stmt);
        printf("%-22s %12.3f %12.3f %8.2f\n", cases[c].name, best_quiver, best_sqlite,
               best_quiver / best_sqlite);
    }

    sqlite3_close(r.sqlite);
    quiver_database_close(db);
    unlink(path);
    rmdir(dir);
    return EXIT_SUCCESS;
}
