/*
 * Time-series benchmark: the time-series functions of libquiver_c against raw
 * sqlite3 doing the same work with statements prepared once:
 *
 *   update_time_series_group   per element: DELETE its rows, INSERT ROWS rows
 *                              (own transaction per call, or the caller's)
 *   read_time_series_group     per element: SELECT its rows ordered by date_time
 *                              into the same columnar block (names, types, typed
 *                              arrays, strings copied, one mask per column)
 *   read_time_series_row       the "as of" value of every element (the normative
 *                              query of c-api-groups-timeseries-csv.md §5.6), with
 *                              the element ids read in rowid order, QUERIES times
 *   upsert_time_series_row     one INSERT OR REPLACE per element (own transaction
 *                              per call, or the caller's)
 *
 * A workload whose function the library does not export is skipped with a
 * note instead of a result line (the functions are weak references).  Each
 * side writes its own file; both run with synchronous = OFF.
 *
 * Usage: bench_time_series [elements] [rows] [rounds]   (defaults 300, 100 and 5)
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_common.h"

/* Weak references: the program links, and skips the workload, when the library does not export one. */
#pragma weak quiver_database_update_time_series_group
#pragma weak quiver_database_read_time_series_group
#pragma weak quiver_database_free_time_series_data
#pragma weak quiver_database_read_time_series_row
#pragma weak quiver_database_upsert_time_series_row

enum { QUERIES = 10, MAX_ROWS = 1440, DATE_SIZE = 40, COLUMNS = 3 };

static const char *schema_sql =
    "CREATE TABLE Configuration (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL) STRICT;"
    "CREATE TABLE Item (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL) STRICT;"
    "CREATE TABLE Item_time_series_data (id INTEGER NOT NULL REFERENCES Item(id) ON DELETE CASCADE"
    " ON UPDATE CASCADE, date_time TEXT NOT NULL, value REAL, quantity INTEGER,"
    " PRIMARY KEY (id, date_time)) STRICT;"
    "INSERT INTO Configuration (id, label) VALUES (1, 'default');";

/* What quiver runs (its identifiers are quoted; the text differs, the plans do not). */
static const char *insert_sql = "INSERT INTO Item_time_series_data (id, date_time, quantity, value) "
                                "VALUES (?, ?, ?, ?)";
static const char *delete_sql = "DELETE FROM Item_time_series_data WHERE id = ?";
static const char *select_sql = "SELECT date_time, value, quantity FROM Item_time_series_data WHERE id = ? "
                                "ORDER BY date_time";
static const char *ids_sql = "SELECT id FROM Item ORDER BY rowid";
static const char *latest_sql =
    "SELECT t.id, t.value FROM Item_time_series_data t INNER JOIN (SELECT id, MAX(date_time) AS max_dt "
    "FROM Item_time_series_data WHERE date_time <= ? AND value IS NOT NULL GROUP BY id) latest "
    "ON t.id = latest.id AND t.date_time = latest.max_dt ORDER BY t.id";
static const char *upsert_sql =
    "INSERT OR REPLACE INTO Item_time_series_data (id, date_time, quantity, value) "
    "VALUES (?, ?, ?, ?)";

static const char *const column_names[COLUMNS] = {"date_time", "value", "quantity"};
static const int column_types[COLUMNS] = {QUIVER_DATA_TYPE_STRING, QUIVER_DATA_TYPE_FLOAT,
                                          QUIVER_DATA_TYPE_INTEGER};

typedef struct {
    int elements, rows;
    int caller_txn;
    char dates[MAX_ROWS][DATE_SIZE];
    const char *date_pointers[MAX_ROWS];
    double *values;      /* elements x rows */
    int64_t *quantities; /* elements x rows */
    double checksum;

    quiver_database_t *db;
    sqlite3 *sqlite;
    sqlite3_stmt *insert, *delete, *select, *ids, *latest, *upsert, *begin, *commit;
} bench;

/* --- the raw side ---------------------------------------------------------------------------------- */

static void raw_begin(bench *b, int per_call)
{
    if (per_call == !b->caller_txn)
        bench_sqlite_done(b->sqlite, b->begin);
}

static void raw_commit(bench *b, int per_call)
{
    if (per_call == !b->caller_txn)
        bench_sqlite_done(b->sqlite, b->commit);
}

static void raw_bind_row(bench *b, sqlite3_stmt *stmt, int e, int r)
{
    size_t cell = (size_t)e * (size_t)b->rows + (size_t)r;
    sqlite3_bind_int64(stmt, 1, e + 1);
    sqlite3_bind_text(stmt, 2, b->dates[r], -1, SQLITE_STATIC);
    sqlite3_bind_int64(stmt, 3, b->quantities[cell]);
    sqlite3_bind_double(stmt, 4, b->values[cell]);
}

static void raw_update(void *ctx)
{
    bench *b = ctx;
    raw_begin(b, 0);
    for (int e = 0; e < b->elements; ++e) {
        raw_begin(b, 1);
        sqlite3_bind_int64(b->delete, 1, e + 1);
        bench_sqlite_done(b->sqlite, b->delete);
        for (int r = 0; r < b->rows; ++r) {
            raw_bind_row(b, b->insert, e, r);
            bench_sqlite_done(b->sqlite, b->insert);
        }
        raw_commit(b, 1);
    }
    raw_commit(b, 0);
}

static void *grow(void *block, size_t size)
{
    void *p = realloc(block, size);
    if (p == NULL)
        bench_die("realloc", "block");
    return p;
}

static char *copy_text(sqlite3_stmt *stmt, int column)
{
    const unsigned char *text = sqlite3_column_text(stmt, column);
    size_t size = (size_t)sqlite3_column_bytes(stmt, column);
    char *copy = malloc(size + 1);
    if (copy == NULL)
        bench_die("malloc", "text");
    memcpy(copy, text, size + 1);
    return copy;
}

/* The columnar block quiver hands out, built and freed the same way (arrays grown geometrically). */
static void raw_read_group(void *ctx)
{
    bench *b = ctx;
    for (int e = 0; e < b->elements; ++e) {
        char **names = malloc(COLUMNS * sizeof *names);
        int *types = malloc(COLUMNS * sizeof *types);
        void **data = calloc(COLUMNS, sizeof *data);
        uint8_t **masks = calloc(COLUMNS, sizeof *masks);
        if (names == NULL || types == NULL || data == NULL || masks == NULL)
            bench_die("malloc", "block");
        for (int c = 0; c < COLUMNS; ++c) {
            names[c] = strdup(column_names[c]);
            types[c] = column_types[c];
        }
        size_t rows = 0, capacity = 0;
        sqlite3_bind_int64(b->select, 1, e + 1);
        while (sqlite3_step(b->select) == SQLITE_ROW) {
            if (rows == capacity) {
                capacity = capacity ? 2 * capacity : 16;
                data[0] = grow(data[0], capacity * sizeof(char *));
                data[1] = grow(data[1], capacity * sizeof(double));
                data[2] = grow(data[2], capacity * sizeof(int64_t));
                for (int c = 0; c < COLUMNS; ++c)
                    masks[c] = grow(masks[c], capacity);
            }
            ((char **)data[0])[rows] = copy_text(b->select, 0);
            masks[0][rows] = 1;
            masks[1][rows] = sqlite3_column_type(b->select, 1) != SQLITE_NULL;
            ((double *)data[1])[rows] = masks[1][rows] ? sqlite3_column_double(b->select, 1) : 0.0;
            masks[2][rows] = sqlite3_column_type(b->select, 2) != SQLITE_NULL;
            ((int64_t *)data[2])[rows] = masks[2][rows] ? sqlite3_column_int64(b->select, 2) : 0;
            rows++;
        }
        sqlite3_reset(b->select);
        b->checksum += (double)rows;
        for (size_t r = 0; r < rows; ++r)
            free(((char **)data[0])[r]);
        for (int c = 0; c < COLUMNS; ++c) {
            free(names[c]);
            free(data[c]);
            free(masks[c]);
        }
        free(names);
        free(types);
        free(data);
        free(masks);
    }
}

static void raw_read_row(void *ctx)
{
    bench *b = ctx;
    for (int q = 0; q < QUERIES; ++q) {
        int64_t *ids = NULL;
        size_t count = 0, capacity = 0;
        while (sqlite3_step(b->ids) == SQLITE_ROW) {
            if (count == capacity) {
                capacity = capacity ? 2 * capacity : 64;
                ids = grow(ids, capacity * sizeof *ids);
            }
            ids[count++] = sqlite3_column_int64(b->ids, 0);
        }
        sqlite3_reset(b->ids);
        double *values = malloc(count * sizeof *values);
        if (values == NULL)
            bench_die("malloc", "values");
        for (size_t i = 0; i < count; ++i)
            values[i] = NAN;
        /* Ids come in ascending order here (INTEGER PRIMARY KEY), so the merge needs no sort. */
        sqlite3_bind_text(b->latest, 1, b->dates[(q * b->rows) / QUERIES], -1, SQLITE_STATIC);
        size_t k = 0;
        while (sqlite3_step(b->latest) == SQLITE_ROW) {
            int64_t id = sqlite3_column_int64(b->latest, 0);
            while (k < count && ids[k] < id)
                k++;
            if (k < count && ids[k] == id)
                values[k] = sqlite3_column_type(b->latest, 1) == SQLITE_FLOAT
                                ? sqlite3_column_double(b->latest, 1)
                                : NAN;
        }
        sqlite3_reset(b->latest);
        b->checksum += count ? values[count - 1] : 0;
        free(values);
        free(ids);
    }
}

static void raw_upsert(void *ctx)
{
    bench *b = ctx;
    raw_begin(b, 0);
    for (int e = 0; e < b->elements; ++e) {
        raw_begin(b, 1);
        raw_bind_row(b, b->upsert, e, e % b->rows);
        bench_sqlite_done(b->sqlite, b->upsert);
        raw_commit(b, 1);
    }
    raw_commit(b, 0);
}

/* --- the quiver side ------------------------------------------------------------------------------- */

static void quiver_begin(bench *b)
{
    if (b->caller_txn)
        bench_ok(quiver_database_begin_transaction(b->db), "begin_transaction");
}

static void quiver_commit(bench *b)
{
    if (b->caller_txn)
        bench_ok(quiver_database_commit(b->db), "commit");
}

static void quiver_update(void *ctx)
{
    bench *b = ctx;
    quiver_begin(b);
    for (int e = 0; e < b->elements; ++e) {
        size_t first = (size_t)e * (size_t)b->rows;
        const void *data[COLUMNS] = {b->date_pointers, b->values + first, b->quantities + first};
        bench_ok(quiver_database_update_time_series_group(b->db, "Item", "data", e + 1, column_names,
                                                          column_types, data, NULL, COLUMNS, (size_t)b->rows),
                 "update_time_series_group");
    }
    quiver_commit(b);
}

static void quiver_read_group(void *ctx)
{
    bench *b = ctx;
    for (int e = 0; e < b->elements; ++e) {
        char **names;
        int *types;
        void **data;
        uint8_t **masks;
        size_t columns, rows;
        bench_ok(quiver_database_read_time_series_group(b->db, "Item", "data", e + 1, &names, &types, &data,
                                                        &masks, &columns, &rows),
                 "read_time_series_group");
        b->checksum += (double)rows;
        quiver_database_free_time_series_data(names, types, data, masks, columns, rows);
    }
}

static void quiver_read_row(void *ctx)
{
    bench *b = ctx;
    for (int q = 0; q < QUERIES; ++q) {
        int type;
        void *values;
        size_t count;
        bench_ok(quiver_database_read_time_series_row(b->db, "Item", "data", "value",
                                                      b->dates[(q * b->rows) / QUERIES], &type, &values,
                                                      &count),
                 "read_time_series_row");
        b->checksum += count ? ((double *)values)[count - 1] : 0;
        quiver_database_free_float_array(values);
    }
}

static void quiver_upsert(void *ctx)
{
    bench *b = ctx;
    quiver_begin(b);
    for (int e = 0; e < b->elements; ++e) {
        int r = e % b->rows;
        size_t cell = (size_t)e * (size_t)b->rows + (size_t)r;
        const char *date = b->dates[r];
        const void *data[COLUMNS] = {&date, &b->values[cell], &b->quantities[cell]};
        bench_ok(quiver_database_upsert_time_series_row(b->db, "Item", "data", e + 1, column_names,
                                                        column_types, data, COLUMNS),
                 "upsert_time_series_row");
    }
    quiver_commit(b);
}

/* --- setup ----------------------------------------------------------------------------------------- */

static void side_exec(const bench *b, int quiver_side, const char *sql)
{
    if (!quiver_side) {
        bench_sqlite_exec(b->sqlite, sql);
        return;
    }
    char *ignored = NULL;
    int has_value;
    bench_ok(quiver_database_query_string(b->db, sql, &ignored, &has_value), sql);
    quiver_database_free_string(ignored);
}

/* Elements 1..elements, each with its rows, through the raw statements on either file. */
static void fill(bench *b, const char *path)
{
    sqlite3 *s = bench_sqlite_open(path);
    bench_sqlite_exec(s, schema_sql);
    char sql[300];
    snprintf(sql, sizeof sql,
             "INSERT INTO Item (id, label) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
             "WHERE i < %d) SELECT i, 'Item ' || i FROM n",
             b->elements);
    bench_sqlite_exec(s, sql);
    bench_sqlite_exec(s, "BEGIN");
    sqlite3_stmt *insert = bench_sqlite_prepare(s, insert_sql);
    for (int e = 0; e < b->elements; ++e) {
        for (int r = 0; r < b->rows; ++r) {
            raw_bind_row(b, insert, e, r);
            bench_sqlite_done(s, insert);
        }
    }
    sqlite3_finalize(insert);
    bench_sqlite_exec(s, "COMMIT");
    sqlite3_close(s);
}

/* Runs @p w, or prints a note instead when the library lacks @p function. */
static void run_or_skip(const bench_workload *w, bench *b, int rounds, int caller_txn, int available,
                        const char *function)
{
    if (!available) {
        char note[160];
        snprintf(note, sizeof note, "%s is not implemented by this libquiver_c", function);
        bench_skip(w->name, note);
        return;
    }
    b->caller_txn = caller_txn;
    bench_run(w, b, rounds);
}

int main(int argc, char **argv)
{
    const char *usage = "bench_time_series [elements >= 1] [rows 1..1440] [rounds >= 1]";
    int rounds = bench_init("bench_time_series", argc, argv, 3, 5, usage);
    static bench b;
    b.elements = argc > 1 ? atoi(argv[1]) : 300;
    b.rows = argc > 2 ? atoi(argv[2]) : 100;
    if (b.elements < 1 || b.rows < 1 || b.rows > MAX_ROWS)
        bench_die("usage", usage);
    for (int r = 0; r < b.rows; ++r) {
        snprintf(b.dates[r], sizeof b.dates[r], "2024-01-01T%02d:%02d:00", r / 60, r % 60);
        b.date_pointers[r] = b.dates[r];
    }
    size_t cells = (size_t)b.elements * (size_t)b.rows;
    b.values = malloc(cells * sizeof *b.values);
    b.quantities = malloc(cells * sizeof *b.quantities);
    if (b.values == NULL || b.quantities == NULL)
        bench_die("malloc", "cells");
    for (size_t i = 0; i < cells; ++i) {
        b.values[i] = (double)i * 0.5;
        b.quantities[i] = (int64_t)i * 3;
    }

    bench_scratch();
    const char *quiver_path = bench_path("quiver.db");
    const char *sqlite_path = bench_path("sqlite.db");
    fill(&b, quiver_path);
    fill(&b, sqlite_path);
    b.db = bench_quiver_open(quiver_path);
    b.sqlite = bench_sqlite_open(sqlite_path);
    side_exec(&b, 1, "PRAGMA synchronous = OFF");
    side_exec(&b, 0, "PRAGMA synchronous = OFF");
    b.insert = bench_sqlite_prepare(b.sqlite, insert_sql);
    b.delete = bench_sqlite_prepare(b.sqlite, delete_sql);
    b.select = bench_sqlite_prepare(b.sqlite, select_sql);
    b.ids = bench_sqlite_prepare(b.sqlite, ids_sql);
    b.latest = bench_sqlite_prepare(b.sqlite, latest_sql);
    b.upsert = bench_sqlite_prepare(b.sqlite, upsert_sql);
    b.begin = bench_sqlite_prepare(b.sqlite, "BEGIN");
    b.commit = bench_sqlite_prepare(b.sqlite, "COMMIT");

    printf("time series of %d elements x %d rows (date_time, REAL, INTEGER), median of %d rounds\n",
           b.elements, b.rows, rounds);
    static const bench_workload update_own = {"update_time_series_group (own txn per call)", NULL,
                                              quiver_update, raw_update};
    static const bench_workload update_caller = {"update_time_series_group (caller txn)", NULL, quiver_update,
                                                 raw_update};
    static const bench_workload read_group = {"read_time_series_group", NULL, quiver_read_group,
                                              raw_read_group};
    static const bench_workload read_row = {"read_time_series_row (x10, all elements)", NULL, quiver_read_row,
                                            raw_read_row};
    static const bench_workload upsert_own = {"upsert_time_series_row (own txn per call)", NULL,
                                              quiver_upsert, raw_upsert};
    static const bench_workload upsert_caller = {"upsert_time_series_row (caller txn)", NULL, quiver_upsert,
                                                 raw_upsert};
    int update = quiver_database_update_time_series_group != NULL;
    int read =
        quiver_database_read_time_series_group != NULL && quiver_database_free_time_series_data != NULL;
    int row = quiver_database_read_time_series_row != NULL;
    int upsert = quiver_database_upsert_time_series_row != NULL;
    run_or_skip(&update_own, &b, rounds, 0, update, "quiver_database_update_time_series_group");
    run_or_skip(&update_caller, &b, rounds, 1, update, "quiver_database_update_time_series_group");
    run_or_skip(&read_group, &b, rounds, 0, read, "quiver_database_read_time_series_group");
    run_or_skip(&read_row, &b, rounds, 0, row, "quiver_database_read_time_series_row");
    run_or_skip(&upsert_own, &b, rounds, 0, upsert, "quiver_database_upsert_time_series_row");
    run_or_skip(&upsert_caller, &b, rounds, 1, upsert, "quiver_database_upsert_time_series_row");

    sqlite3_stmt *all[] = {b.insert, b.delete, b.select, b.ids, b.latest, b.upsert, b.begin, b.commit};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; ++i)
        sqlite3_finalize(all[i]);
    sqlite3_close(b.sqlite);
    quiver_database_close(b.db);
    free(b.values);
    free(b.quantities);
    bench_cleanup();
    return b.checksum == 0 ? EXIT_FAILURE : EXIT_SUCCESS;
}
