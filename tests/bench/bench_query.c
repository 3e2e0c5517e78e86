/*
 * Query benchmark: quiver_database_query_{integer,float,string}_params called
 * CALLS times with one parameter against raw sqlite3 preparing the same
 * statement once and then, per call, binding, stepping, reading column 0 and
 * resetting.  The raw string case copies the text into a malloc'd block and
 * frees it, as a caller of quiver_database_query_string_params() does.
 *
 * The calls run inside one read transaction that the caller holds (quiver:
 * begin_transaction/commit; raw: BEGIN/COMMIT), because outside one every
 * statement takes and drops SQLite's file lock, a handful of system calls
 * that cost more than everything else together; one workload shows that case
 * with CALLS / 10 calls.
 *
 * Quiver's contract steps every query to completion (so DML runs), which for
 * these one-row lookups is one more sqlite3_step than the raw side needs;
 * that step is part of what the ratio measures.
 *
 * Usage: bench_query [calls] [rounds]   (defaults 100000 and 5)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_common.h"

enum { ROWS = 1000, TEXT_SIZE = 32 };

static const char *schema_sql =
    "CREATE TABLE Configuration (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL) STRICT;"
    "CREATE TABLE Item (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL, amount INTEGER, weight REAL,"
    " name TEXT) STRICT;"
    "INSERT INTO Configuration (id, label) VALUES (1, 'default');"
    "INSERT INTO Item (id, label, amount, weight, name) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL"
    " SELECT i + 1 FROM n WHERE i < 1000) SELECT i, 'Item ' || i, i * 7, i * 0.5, 'name of item ' || i FROM "
    "n;";

static const char *integer_sql = "SELECT amount FROM Item WHERE id = ?";
static const char *float_sql = "SELECT weight FROM Item WHERE id = ?";
static const char *string_sql = "SELECT name FROM Item WHERE label = ?";

typedef struct {
    int calls;
    int caller_txn;
    char labels[ROWS][TEXT_SIZE];
    quiver_database_t *db;
    sqlite3 *sqlite;
    sqlite3_stmt *stmt; /* the current workload's raw statement */
    int64_t checksum;   /* keeps the reads from being optimised away */
} bench;

static void quiver_begin(const bench *b)
{
    if (b->caller_txn)
        bench_ok(quiver_database_begin_transaction(b->db), "begin_transaction");
}

static void quiver_commit(const bench *b)
{
    if (b->caller_txn)
        bench_ok(quiver_database_commit(b->db), "commit");
}

static void raw_begin(const bench *b)
{
    if (b->caller_txn)
        bench_sqlite_exec(b->sqlite, "BEGIN");
}

static void raw_commit(const bench *b)
{
    if (b->caller_txn)
        bench_sqlite_exec(b->sqlite, "COMMIT");
}

static void quiver_integers(void *ctx)
{
    bench *b = ctx;
    static const int types[] = {QUIVER_DATA_TYPE_INTEGER};
    quiver_begin(b);
    for (int i = 0; i < b->calls; ++i) {
        int64_t id = i % ROWS + 1, value = 0;
        const void *values[] = {&id};
        int has_value;
        bench_ok(
            quiver_database_query_integer_params(b->db, integer_sql, types, values, 1, &value, &has_value),
            "query_integer_params");
        b->checksum += value;
    }
    quiver_commit(b);
}

static void raw_integers(void *ctx)
{
    bench *b = ctx;
    raw_begin(b);
    for (int i = 0; i < b->calls; ++i) {
        int64_t value = 0;
        sqlite3_bind_int64(b->stmt, 1, i % ROWS + 1);
        if (sqlite3_step(b->stmt) == SQLITE_ROW && sqlite3_column_type(b->stmt, 0) == SQLITE_INTEGER)
            value = sqlite3_column_int64(b->stmt, 0);
        sqlite3_reset(b->stmt);
        b->checksum += value;
    }
    raw_commit(b);
}

static void quiver_floats(void *ctx)
{
    bench *b = ctx;
    static const int types[] = {QUIVER_DATA_TYPE_INTEGER};
    quiver_begin(b);
    for (int i = 0; i < b->calls; ++i) {
        int64_t id = i % ROWS + 1;
        double value = 0;
        const void *values[] = {&id};
        int has_value;
        bench_ok(quiver_database_query_float_params(b->db, float_sql, types, values, 1, &value, &has_value),
                 "query_float_params");
        b->checksum += (int64_t)value;
    }
    quiver_commit(b);
}

static void raw_floats(void *ctx)
{
    bench *b = ctx;
    raw_begin(b);
    for (int i = 0; i < b->calls; ++i) {
        double value = 0;
        sqlite3_bind_int64(b->stmt, 1, i % ROWS + 1);
        if (sqlite3_step(b->stmt) == SQLITE_ROW && sqlite3_column_type(b->stmt, 0) != SQLITE_NULL)
            value = sqlite3_column_double(b->stmt, 0);
        sqlite3_reset(b->stmt);
        b->checksum += (int64_t)value;
    }
    raw_commit(b);
}

static void quiver_strings(void *ctx)
{
    bench *b = ctx;
    static const int types[] = {QUIVER_DATA_TYPE_STRING};
    quiver_begin(b);
    for (int i = 0; i < b->calls; ++i) {
        const void *values[] = {b->labels[i % ROWS]};
        char *value = NULL;
        int has_value;
        bench_ok(quiver_database_query_string_params(b->db, string_sql, types, values, 1, &value, &has_value),
                 "query_string_params");
        b->checksum += value ? value[0] : 0;
        quiver_database_free_string(value);
    }
    quiver_commit(b);
}

static void raw_strings(void *ctx)
{
    bench *b = ctx;
    raw_begin(b);
    for (int i = 0; i < b->calls; ++i) {
        char *value = NULL;
        sqlite3_bind_text(b->stmt, 1, b->labels[i % ROWS], -1, SQLITE_STATIC);
        if (sqlite3_step(b->stmt) == SQLITE_ROW && sqlite3_column_type(b->stmt, 0) == SQLITE_TEXT) {
            const unsigned char *text = sqlite3_column_text(b->stmt, 0);
            size_t size = (size_t)sqlite3_column_bytes(b->stmt, 0);
            value = malloc(size + 1);
            if (value == NULL)
                bench_die("malloc", "string");
            memcpy(value, text, size + 1);
        }
        sqlite3_reset(b->stmt);
        b->checksum += value ? value[0] : 0;
        free(value);
    }
    raw_commit(b);
}

int main(int argc, char **argv)
{
    int rounds = bench_init("bench_query", argc, argv, 2, 5, "bench_query [calls >= 1] [rounds >= 1]");
    static bench b;
    b.calls = argc > 1 ? atoi(argv[1]) : 100000;
    if (b.calls < 1)
        bench_die("usage", "bench_query [calls >= 1] [rounds >= 1]");
    for (int i = 0; i < ROWS; ++i)
        snprintf(b.labels[i], sizeof b.labels[i], "Item %d", i + 1);

    bench_scratch();
    const char *path = bench_path("query.db");
    b.sqlite = bench_sqlite_open(path);
    bench_sqlite_exec(b.sqlite, schema_sql);
    b.db = bench_quiver_open(path);

    printf("%d single-row queries with one parameter per workload, median of %d rounds\n", b.calls, rounds);
    static const struct {
        bench_workload workload;
        const char *const *sql;
        int caller_txn;
    } cases[] = {
        {{"query_integer_params (caller txn)", NULL, quiver_integers, raw_integers}, &integer_sql, 1},
        {{"query_float_params (caller txn)", NULL, quiver_floats, raw_floats}, &float_sql, 1},
        {{"query_string_params (caller txn)", NULL, quiver_strings, raw_strings}, &string_sql, 1},
        {{"query_integer_params (no txn, calls / 10)", NULL, quiver_integers, raw_integers}, &integer_sql, 0},
    };
    int calls = b.calls;
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; ++c) {
        b.caller_txn = cases[c].caller_txn;
        b.calls = b.caller_txn ? calls : (calls + 9) / 10;
        b.stmt = bench_sqlite_prepare(b.sqlite, *cases[c].sql);
        bench_run(&cases[c].workload, &b, rounds);
        sqlite3_finalize(b.stmt);
    }

    sqlite3_close(b.sqlite);
    quiver_database_close(b.db);
    bench_cleanup();
    return b.checksum == 0 ? EXIT_FAILURE : EXIT_SUCCESS;
}
