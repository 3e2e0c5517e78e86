/*
 * Shared scaffolding of the benchmarks in tests/bench/: wall-clock timing, a
 * scratch directory, raw sqlite3 helpers, and the runner that times one
 * workload through quiver and through raw sqlite3 and prints
 *
 *   <workload>  quiver=<median>ms  sqlite=<median>ms  ratio=<quiver / sqlite>
 *
 * The benchmarks are built and run by `make bench`, never by `make check`.
 */
#ifndef BENCH_COMMON_H
#define BENCH_COMMON_H

#include <stddef.h>

#include <sqlite3.h>

#include <quiver/c/common.h>
#include <quiver/c/database.h>

/* One workload: the same work done through quiver and through raw sqlite3. */
typedef struct {
    const char *name;
    /* Untimed, before every timed run of one side (quiver_side 1 or 0): brings that
     * side's database back to the workload's starting state.  May be NULL. */
    void (*prepare)(void *ctx, int quiver_side);
    void (*quiver)(void *ctx);
    void (*sqlite)(void *ctx);
} bench_workload;

/* Names the program in messages ("bench_write: ...") and reads the round count:
 * argv[position] when given, else @p default_rounds.  Prints the usage and exits
 * on a bad count. */
int bench_init(const char *program, int argc, char **argv, int position, int default_rounds,
               const char *usage);

/* Prints "<program>: <what>: <detail>" to stderr and exits with failure. */
void bench_die(const char *what, const char *detail);
/* Dies with the C API's last error unless @p status is QUIVER_OK. */
void bench_ok(quiver_error_t status, const char *what);

/* Monotonic wall clock in milliseconds. */
double bench_now_ms(void);

/* A fresh scratch directory under $TMPDIR (or /tmp); bench_path() names files in
 * it; bench_cleanup() removes the files named so far and the directory. */
void bench_scratch(void);
const char *bench_path(const char *file);
void bench_cleanup(void);

/* sqlite3 helpers that die on failure. */
sqlite3 *bench_sqlite_open(const char *path);
void bench_sqlite_exec(sqlite3 *sqlite, const char *sql);
sqlite3_stmt *bench_sqlite_prepare(sqlite3 *sqlite, const char *sql);
void bench_sqlite_done(sqlite3 *sqlite, sqlite3_stmt *stmt);

/* Opens @p path through quiver with console logging off. */
quiver_database_t *bench_quiver_open(const char *path);

/* Runs @p w once per side to warm up (statement caches, page cache), then
 * @p rounds timed runs per side, alternating which side goes first, and prints
 * the medians and their ratio. */
void bench_run(const bench_workload *w, void *ctx, int rounds);
/* Prints "<workload>  skipped: <reason>" in place of a result line. */
void bench_skip(const char *workload, const char *reason);

#endif
