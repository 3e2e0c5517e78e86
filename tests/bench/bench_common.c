/*
 * Timing, scratch files and reporting shared by the benchmarks (see
 * bench_common.h).  Medians rather than minima: a write benchmark's best round
 * is often an outlier of the page cache, and the median is what repeats.
 */
#include "bench_common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <quiver/c/options.h>

enum { MAX_FILES = 16, MAX_ROUNDS = 1000 };

static const char *program = "bench";
static char scratch[512];
static char files[MAX_FILES][600];
static size_t file_count;

int bench_init(const char *name, int argc, char **argv, int position, int default_rounds, const char *usage)
{
    program = name;
    int rounds = argc > position ? atoi(argv[position]) : default_rounds;
    if (rounds < 1 || rounds > MAX_ROUNDS) {
        fprintf(stderr, "usage: %s\n", usage);
        exit(EXIT_FAILURE);
    }
    return rounds;
}

void bench_die(const char *what, const char *detail)
{
    fprintf(stderr, "%s: %s: %s\n", program, what, detail);
    exit(EXIT_FAILURE);
}

void bench_ok(quiver_error_t status, const char *what)
{
    if (status != QUIVER_OK)
        bench_die(what, quiver_get_last_error());
}

double bench_now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

void bench_scratch(void)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(scratch, sizeof scratch, "%s/quiver-bench-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (mkdtemp(scratch) == NULL)
        bench_die("mkdtemp", scratch);
}

const char *bench_path(const char *file)
{
    if (file_count == MAX_FILES)
        bench_die("bench_path", "too many scratch files");
    char *path = files[file_count++];
    snprintf(path, sizeof files[0], "%s/%s", scratch, file);
    return path;
}

void bench_cleanup(void)
{
    static const char *const suffixes[] = {"", "-journal", "-wal", "-shm"};
    char name[sizeof files[0] + 16];
    for (size_t i = 0; i < file_count; ++i) {
        for (size_t s = 0; s < sizeof suffixes / sizeof suffixes[0]; ++s) {
            snprintf(name, sizeof name, "%.*s%s", (int)sizeof files[0], files[i], suffixes[s]);
            unlink(name);
        }
    }
    file_count = 0;
    rmdir(scratch);
}

sqlite3 *bench_sqlite_open(const char *path)
{
    sqlite3 *sqlite = NULL;
    if (sqlite3_open(path, &sqlite) != SQLITE_OK)
        bench_die("open", sqlite3_errmsg(sqlite));
    /* The same settings quiver's handles run with. */
    bench_sqlite_exec(sqlite, "PRAGMA foreign_keys = ON;");
    sqlite3_busy_timeout(sqlite, 5000);
    return sqlite;
}

void bench_sqlite_exec(sqlite3 *sqlite, const char *sql)
{
    char *message = NULL;
    if (sqlite3_exec(sqlite, sql, NULL, NULL, &message) != SQLITE_OK)
        bench_die(sql, message ? message : "failed");
}

sqlite3_stmt *bench_sqlite_prepare(sqlite3 *sqlite, const char *sql)
{
    sqlite3_stmt *stmt = NULL;
    if (sqlite3_prepare_v2(sqlite, sql, -1, &stmt, NULL) != SQLITE_OK)
        bench_die(sql, sqlite3_errmsg(sqlite));
    return stmt;
}

void bench_sqlite_done(sqlite3 *sqlite, sqlite3_stmt *stmt)
{
    if (sqlite3_step(stmt) != SQLITE_DONE)
        bench_die(sqlite3_sql(stmt), sqlite3_errmsg(sqlite));
    sqlite3_reset(stmt);
}

quiver_database_t *bench_quiver_open(const char *path)
{
    quiver_database_options_t options = quiver_database_options_default();
    options.console_level = QUIVER_LOG_OFF;
    quiver_database_t *db = NULL;
    bench_ok(quiver_database_open(path, &options, &db), "open");
    return db;
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *values, int count)
{
    qsort(values, (size_t)count, sizeof *values, compare_doubles);
    if (count % 2)
        return values[count / 2];
    return (values[count / 2 - 1] + values[count / 2]) / 2;
}

static double timed(const bench_workload *w, void *ctx, int quiver_side)
{
    if (w->prepare)
        w->prepare(ctx, quiver_side);
    double start = bench_now_ms();
    if (quiver_side)
        w->quiver(ctx);
    else
        w->sqlite(ctx);
    return bench_now_ms() - start;
}

void bench_run(const bench_workload *w, void *ctx, int rounds)
{
    double quiver_ms[MAX_ROUNDS], sqlite_ms[MAX_ROUNDS];
    timed(w, ctx, 1);
    timed(w, ctx, 0);
    for (int i = 0; i < rounds; ++i) {
        /* Alternate which side runs first, so neither always inherits the other's cache state. */
        int first = i % 2 == 0;
        double a = timed(w, ctx, first);
        double b = timed(w, ctx, !first);
        quiver_ms[i] = first ? a : b;
        sqlite_ms[i] = first ? b : a;
    }
    double q = median(quiver_ms, rounds), s = median(sqlite_ms, rounds);
    printf("%-44s quiver=%.3fms  sqlite=%.3fms  ratio=%.2f\n", w->name, q, s, q / s);
    fflush(stdout);
}

void bench_skip(const char *workload, const char *reason)
{
    printf("%-44s skipped: %s\n", workload, reason);
    fflush(stdout);
}
