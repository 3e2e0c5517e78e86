/*
 * Transactions and dry runs (c-api.md §9, §17.21): begin/commit/rollback,
 * dry runs absorbing them, raw transaction statements run through queries,
 * and closing a handle with a transaction open.  Writes are query INSERTs.
 */
#include <stdint.h>

#include "helpers.h"

static quiver_database_t *db;

static void setup(void)
{
    db = qt_open_schema("valid/basic.sql");
}

static void teardown(void)
{
    quiver_database_close(db);
    db = NULL;
}

static void exec_on(quiver_database_t *handle, const char *sql)
{
    int64_t value = 0;
    int has = 0;
    qt_assert_ok(quiver_database_query_integer(handle, sql, &value, &has));
}

static void exec(const char *sql)
{
    exec_on(db, sql);
}

static void insert(const char *label)
{
    int types[] = {QUIVER_DATA_TYPE_STRING};
    const void *values[] = {label};
    int64_t value = 0;
    int has = 0;
    qt_assert_ok(quiver_database_query_integer_params(db, "INSERT INTO Sensor (label) VALUES (?)", types,
                                                      values, 1, &value, &has));
}

static int64_t count_on(quiver_database_t *handle)
{
    int64_t value = -1;
    int has = 0;
    qt_assert_ok(quiver_database_query_integer(handle, "SELECT COUNT(*) FROM Sensor", &value, &has));
    return value;
}

static int64_t count_sensors(void)
{
    return count_on(db);
}

static int in_transaction(void)
{
    int active = -1;
    qt_assert_ok(quiver_database_in_transaction(db, &active));
    return active;
}

static int in_dry_run(void)
{
    int active = -1;
    qt_assert_ok(quiver_database_in_dry_run(db, &active));
    return active;
}

/* ---- arguments ---- */

START_TEST(null_arguments)
{
    int active = -1;
    qt_assert_error(quiver_database_begin_transaction(NULL), "Null argument: db");
    qt_assert_error(quiver_database_commit(NULL), "Null argument: db");
    qt_assert_error(quiver_database_rollback(NULL), "Null argument: db");
    qt_assert_error(quiver_database_begin_dry_run(NULL), "Null argument: db");
    qt_assert_error(quiver_database_end_dry_run(NULL), "Null argument: db");
    qt_assert_error(quiver_database_in_transaction(NULL, &active), "Null argument: db");
    qt_assert_error(quiver_database_in_transaction(NULL, NULL), "Null argument: db");
    qt_assert_error(quiver_database_in_transaction(db, NULL), "Null argument: out_active");
    qt_assert_error(quiver_database_in_dry_run(NULL, &active), "Null argument: db");
    qt_assert_error(quiver_database_in_dry_run(NULL, NULL), "Null argument: db");
    qt_assert_error(quiver_database_in_dry_run(db, NULL), "Null argument: out_active");
    ck_assert_int_eq(active, -1);
}
END_TEST

START_TEST(initially_inactive)
{
    ck_assert_int_eq(in_transaction(), 0);
    ck_assert_int_eq(in_dry_run(), 0);
}
END_TEST

/* ---- begin, commit, rollback ---- */

START_TEST(begin_commit)
{
    qt_assert_ok(quiver_database_begin_transaction(db));
    ck_assert_int_eq(in_transaction(), 1);
    ck_assert_int_eq(in_dry_run(), 0);
    insert("a");
    insert("b");
    ck_assert_int_eq(count_sensors(), 2);
    qt_assert_ok(quiver_database_commit(db));
    ck_assert_int_eq(in_transaction(), 0);
    ck_assert_int_eq(count_sensors(), 2);
}
END_TEST

START_TEST(begin_rollback)
{
    insert("before");
    qt_assert_ok(quiver_database_begin_transaction(db));
    insert("a");
    exec("UPDATE Sensor SET priority = 99");
    ck_assert_int_eq(count_sensors(), 2);
    qt_assert_ok(quiver_database_rollback(db));
    ck_assert_int_eq(in_transaction(), 0);
    ck_assert_int_eq(count_sensors(), 1);
    int64_t priority = -1;
    int has = 0;
    qt_assert_ok(quiver_database_query_integer(db, "SELECT priority FROM Sensor", &priority, &has));
    ck_assert_int_eq(priority, 3);
}
END_TEST

START_TEST(no_active_transaction)
{
    qt_assert_error(quiver_database_commit(db), "Cannot commit: no active transaction");
    qt_assert_error(quiver_database_rollback(db), "Cannot rollback: no active transaction");
    /* also after a completed transaction */
    qt_assert_ok(quiver_database_begin_transaction(db));
    qt_assert_ok(quiver_database_commit(db));
    qt_assert_error(quiver_database_commit(db), "Cannot commit: no active transaction");
    qt_assert_ok(quiver_database_begin_transaction(db));
    qt_assert_ok(quiver_database_rollback(db));
    qt_assert_error(quiver_database_rollback(db), "Cannot rollback: no active transaction");
}
END_TEST

/* No nesting, no savepoint: the second begin fails and the first stays open. */
START_TEST(nested_begin)
{
    qt_assert_ok(quiver_database_begin_transaction(db));
    insert("a");
    qt_assert_error(quiver_database_begin_transaction(db),
                    "Cannot begin_transaction: transaction already active");
    ck_assert_int_eq(in_transaction(), 1);
    insert("b");
    qt_assert_ok(quiver_database_rollback(db));
    ck_assert_int_eq(count_sensors(), 0);
}
END_TEST

/* A failing COMMIT (a deferred foreign key still violated) keeps the transaction open. */
START_TEST(commit_failure)
{
    exec("CREATE TABLE Parent (id INTEGER PRIMARY KEY)");
    exec("CREATE TABLE Child (parent INTEGER REFERENCES Parent(id) DEFERRABLE INITIALLY DEFERRED)");
    qt_assert_ok(quiver_database_begin_transaction(db));
    exec("INSERT INTO Child VALUES (42)");
    qt_assert_error(quiver_database_commit(db),
                    "Failed to commit transaction: FOREIGN KEY constraint failed");
    ck_assert_int_eq(in_transaction(), 1);
    exec("INSERT INTO Parent VALUES (42)");
    qt_assert_ok(quiver_database_commit(db));
    ck_assert_int_eq(in_transaction(), 0);
    int64_t children = -1;
    int has = 0;
    qt_assert_ok(quiver_database_query_integer(db, "SELECT COUNT(*) FROM Child", &children, &has));
    ck_assert_int_eq(children, 1);
}
END_TEST

/* Transaction control needs no schema (c-api.md §1.8). */
START_TEST(no_schema_needed)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *plain = NULL;
    int active = -1;
    qt_assert_ok(quiver_database_open(":memory:", &options, &plain));
    qt_assert_ok(quiver_database_begin_transaction(plain));
    qt_assert_ok(quiver_database_in_transaction(plain, &active));
    ck_assert_int_eq(active, 1);
    qt_assert_ok(quiver_database_commit(plain));
    qt_assert_ok(quiver_database_begin_dry_run(plain));
    exec_on(plain, "CREATE TABLE t (x INTEGER)");
    qt_assert_ok(quiver_database_end_dry_run(plain));
    int64_t value = -1;
    int has = -1;
    qt_assert_error(quiver_database_query_integer(plain, "SELECT COUNT(*) FROM t", &value, &has),
                    "Failed to prepare statement: no such table: t");
    quiver_database_close(plain);
}
END_TEST

/* ---- dry runs ---- */

START_TEST(dry_run_undoes_writes)
{
    insert("kept");
    qt_assert_ok(quiver_database_begin_dry_run(db));
    ck_assert_int_eq(in_dry_run(), 1);
    ck_assert_int_eq(in_transaction(), 1);
    insert("a");
    insert("b");
    exec("DELETE FROM Sensor WHERE label = 'kept'");
    ck_assert_int_eq(count_sensors(), 2);
    qt_assert_ok(quiver_database_end_dry_run(db));
    ck_assert_int_eq(in_dry_run(), 0);
    ck_assert_int_eq(in_transaction(), 0);
    ck_assert_int_eq(count_sensors(), 1);
    char *label = NULL;
    int has = 0;
    qt_assert_ok(quiver_database_query_string(db, "SELECT label FROM Sensor", &label, &has));
    ck_assert_str_eq(label, "kept");
    quiver_database_free_string(label);
}
END_TEST

/* begin_transaction, commit and rollback are absorbed: they do nothing. */
START_TEST(dry_run_absorbs_transaction_calls)
{
    qt_assert_ok(quiver_database_begin_dry_run(db));
    qt_assert_ok(quiver_database_begin_transaction(db));
    qt_assert_ok(quiver_database_begin_transaction(db)); /* not even "already active" */
    insert("a");
    qt_assert_ok(quiver_database_commit(db));
    ck_assert_int_eq(in_transaction(), 1);
    ck_assert_int_eq(in_dry_run(), 1);
    insert("b");
    qt_assert_ok(quiver_database_rollback(db)); /* undoes nothing */
    ck_assert_int_eq(count_sensors(), 2);
    ck_assert_int_eq(in_transaction(), 1);
    qt_assert_ok(quiver_database_commit(db));
    qt_assert_ok(quiver_database_rollback(db));
    qt_assert_ok(quiver_database_end_dry_run(db));
    ck_assert_int_eq(count_sensors(), 0);
    /* after the dry run, the calls work (and fail) normally again */
    qt_assert_error(quiver_database_commit(db), "Cannot commit: no active transaction");
    qt_assert_error(quiver_database_rollback(db), "Cannot rollback: no active transaction");
    qt_assert_ok(quiver_database_begin_transaction(db));
    insert("c");
    qt_assert_ok(quiver_database_commit(db));
    ck_assert_int_eq(count_sensors(), 1);
}
END_TEST

START_TEST(dry_run_errors)
{
    qt_assert_error(quiver_database_end_dry_run(db), "Cannot end_dry_run: no active dry run");
    qt_assert_ok(quiver_database_begin_dry_run(db));
    insert("a");
    qt_assert_error(quiver_database_begin_dry_run(db), "Cannot begin_dry_run: dry run already active");
    ck_assert_int_eq(in_dry_run(), 1);
    ck_assert_int_eq(count_sensors(), 1); /* the failed call changed nothing */
    qt_assert_ok(quiver_database_end_dry_run(db));
    qt_assert_error(quiver_database_end_dry_run(db), "Cannot end_dry_run: no active dry run");
    ck_assert_int_eq(count_sensors(), 0);
}
END_TEST

START_TEST(dry_run_inside_transaction)
{
    qt_assert_ok(quiver_database_begin_transaction(db));
    insert("a");
    qt_assert_error(quiver_database_begin_dry_run(db), "Cannot begin_dry_run: transaction already active");
    ck_assert_int_eq(in_dry_run(), 0);
    ck_assert_int_eq(in_transaction(), 1);
    qt_assert_ok(quiver_database_commit(db));
    ck_assert_int_eq(count_sensors(), 1);
    /* a raw BEGIN counts as an open transaction too */
    exec("BEGIN");
    qt_assert_error(quiver_database_begin_dry_run(db), "Cannot begin_dry_run: transaction already active");
    exec("ROLLBACK");
}
END_TEST

START_TEST(dry_runs_in_sequence)
{
    for (int round = 0; round < 3; ++round) {
        qt_assert_ok(quiver_database_begin_dry_run(db));
        insert("same label every round");
        ck_assert_int_eq(count_sensors(), 1);
        qt_assert_ok(quiver_database_end_dry_run(db));
        ck_assert_int_eq(count_sensors(), 0);
    }
}
END_TEST

/* ---- raw transaction statements through queries (c-api.md §9 end_dry_run 3, §13.3) ---- */

START_TEST(raw_commit_escapes_dry_run)
{
    qt_assert_ok(quiver_database_begin_dry_run(db));
    insert("committed");
    exec("COMMIT");
    ck_assert_int_eq(in_transaction(), 0);
    ck_assert_int_eq(in_dry_run(), 1); /* still marked, nothing open */
    insert("autocommitted");
    qt_assert_ok(quiver_database_begin_transaction(db)); /* still absorbed */
    ck_assert_int_eq(in_transaction(), 0);
    qt_assert_ok(quiver_database_end_dry_run(db));
    ck_assert_int_eq(in_dry_run(), 0);
    ck_assert_int_eq(count_sensors(), 2);
}
END_TEST

START_TEST(raw_rollback_inside_dry_run)
{
    qt_assert_ok(quiver_database_begin_dry_run(db));
    insert("a");
    exec("ROLLBACK");
    ck_assert_int_eq(in_transaction(), 0);
    ck_assert_int_eq(count_sensors(), 0);
    qt_assert_ok(quiver_database_end_dry_run(db));
    ck_assert_int_eq(in_dry_run(), 0);
}
END_TEST

/* A raw BEGIN reopens a transaction inside a dry run; end_dry_run rolls it back. */
START_TEST(raw_begin_after_raw_commit_in_dry_run)
{
    qt_assert_ok(quiver_database_begin_dry_run(db));
    exec("COMMIT");
    exec("BEGIN");
    insert("a");
    qt_assert_ok(quiver_database_end_dry_run(db));
    ck_assert_int_eq(in_transaction(), 0);
    ck_assert_int_eq(count_sensors(), 0);
}
END_TEST

START_TEST(raw_begin_then_api)
{
    exec("BEGIN");
    ck_assert_int_eq(in_transaction(), 1);
    qt_assert_error(quiver_database_begin_transaction(db),
                    "Cannot begin_transaction: transaction already active");
    insert("a");
    qt_assert_ok(quiver_database_commit(db));
    ck_assert_int_eq(in_transaction(), 0);
    ck_assert_int_eq(count_sensors(), 1);
    qt_assert_ok(quiver_database_begin_transaction(db));
    exec("COMMIT");
    qt_assert_error(quiver_database_commit(db), "Cannot commit: no active transaction");
}
END_TEST

/* ---- closing with an open transaction rolls it back ---- */

static int64_t reopen_count(const char *file)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *handle = NULL;
    qt_assert_ok(quiver_database_open(qt_temp_path(file), &options, &handle));
    int64_t count = count_on(handle);
    quiver_database_close(handle);
    return count;
}

START_TEST(close_rolls_back_transaction)
{
    quiver_database_t *file = qt_file_schema("valid/basic.sql", "close_transaction.db");
    exec_on(file, "INSERT INTO Sensor (label) VALUES ('committed')");
    qt_assert_ok(quiver_database_begin_transaction(file));
    exec_on(file, "INSERT INTO Sensor (label) VALUES ('pending')");
    ck_assert_int_eq(count_on(file), 2);
    qt_assert_ok(quiver_database_close(file));
    ck_assert_int_eq(reopen_count("close_transaction.db"), 1);
}
END_TEST

START_TEST(close_rolls_back_dry_run)
{
    quiver_database_t *file = qt_file_schema("valid/basic.sql", "close_dry_run.db");
    qt_assert_ok(quiver_database_begin_dry_run(file));
    exec_on(file, "INSERT INTO Sensor (label) VALUES ('dry')");
    qt_assert_ok(quiver_database_close(file));
    ck_assert_int_eq(reopen_count("close_dry_run.db"), 0);
}
END_TEST

START_TEST(close_rolls_back_raw_begin)
{
    quiver_database_t *file = qt_file_schema("valid/basic.sql", "close_raw.db");
    exec_on(file, "BEGIN");
    exec_on(file, "INSERT INTO Sensor (label) VALUES ('raw')");
    qt_assert_ok(quiver_database_close(file));
    ck_assert_int_eq(reopen_count("close_raw.db"), 0);
}
END_TEST

START_TEST(commit_persists_to_file)
{
    quiver_database_t *file = qt_file_schema("valid/basic.sql", "commit.db");
    qt_assert_ok(quiver_database_begin_transaction(file));
    exec_on(file, "INSERT INTO Sensor (label) VALUES ('a')");
    exec_on(file, "INSERT INTO Sensor (label) VALUES ('b')");
    qt_assert_ok(quiver_database_commit(file));
    qt_assert_ok(quiver_database_close(file));
    ck_assert_int_eq(reopen_count("commit.db"), 2);
}
END_TEST

/* A second connection does not see uncommitted or dry-run writes. */
START_TEST(isolation_from_other_handles)
{
    quiver_database_t *file = qt_file_schema("valid/basic.sql", "isolation.db");
    qt_assert_ok(quiver_database_begin_dry_run(file));
    exec_on(file, "INSERT INTO Sensor (label) VALUES ('dry')");
    ck_assert_int_eq(reopen_count("isolation.db"), 0);
    qt_assert_ok(quiver_database_end_dry_run(file));
    qt_assert_ok(quiver_database_close(file));
}
END_TEST

static Suite *transactions_suite(void)
{
    Suite *s = suite_create("transactions");

    TCase *basic = tcase_create("transactions");
    tcase_add_checked_fixture(basic, setup, teardown);
    tcase_add_test(basic, null_arguments);
    tcase_add_test(basic, initially_inactive);
    tcase_add_test(basic, begin_commit);
    tcase_add_test(basic, begin_rollback);
    tcase_add_test(basic, no_active_transaction);
    tcase_add_test(basic, nested_begin);
    tcase_add_test(basic, commit_failure);
    tcase_add_test(basic, no_schema_needed);
    suite_add_tcase(s, basic);

    TCase *dry = tcase_create("dry runs");
    tcase_add_checked_fixture(dry, setup, teardown);
    tcase_add_test(dry, dry_run_undoes_writes);
    tcase_add_test(dry, dry_run_absorbs_transaction_calls);
    tcase_add_test(dry, dry_run_errors);
    tcase_add_test(dry, dry_run_inside_transaction);
    tcase_add_test(dry, dry_runs_in_sequence);
    tcase_add_test(dry, raw_commit_escapes_dry_run);
    tcase_add_test(dry, raw_rollback_inside_dry_run);
    tcase_add_test(dry, raw_begin_after_raw_commit_in_dry_run);
    tcase_add_test(dry, raw_begin_then_api);
    suite_add_tcase(s, dry);

    TCase *closing = tcase_create("close");
    tcase_add_test(closing, close_rolls_back_transaction);
    tcase_add_test(closing, close_rolls_back_dry_run);
    tcase_add_test(closing, close_rolls_back_raw_begin);
    tcase_add_test(closing, commit_persists_to_file);
    tcase_add_test(closing, isolation_from_other_handles);
    suite_add_tcase(s, closing);
    return s;
}

int main(void)
{
    return qt_run(transactions_suite());
}
