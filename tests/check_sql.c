/*
 * The SQL plumbing every area shares, tested against the core's internals:
 * the prepared-statement cache (lib/stmt_cache.c: reuse, statements released
 * in any order, private copies, entries moved by a rebuild) and identifier
 * quoting (qvi_buf_ident in lib/buf.c).  Links the core's convenience library
 * only, so it does without tests/helpers.c.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "db.h"

static qv_db *db;

static void open_memory(void)
{
    qv_options options = qv_options_default();
    options.console_level = QV_LOG_OFF;
    qv_error err;
    ck_assert_msg(qv_db_open(":memory:", &options, &db, &err) == QV_OK, "%s", err.message);
}

static void close_memory(void)
{
    qv_db_close(db);
    db = NULL;
}

static sqlite3_stmt *acquire(const char *sql)
{
    sqlite3_stmt *stmt = qvi_stmt_acquire(db, sql);
    ck_assert_msg(stmt != NULL, "%s: %s", sql, db->err.message);
    return stmt;
}

/* Steps a one-row, one-column statement and returns its integer. */
static int64_t first_integer(sqlite3_stmt *stmt)
{
    ck_assert_int_eq(sqlite3_step(stmt), SQLITE_ROW);
    return sqlite3_column_int64(stmt, 0);
}

/* Acquires and releases @p count distinct statements, enough to make the table grow (and move). */
static void churn(int count)
{
    char sql[64];
    for (int i = 0; i < count; ++i) {
        snprintf(sql, sizeof sql, "SELECT %d", 1000 + i);
        qvi_stmt_release(db, acquire(sql));
    }
}

START_TEST(cache_reuses_a_released_statement)
{
    sqlite3_stmt *first = acquire("SELECT 1");
    ck_assert_int_eq(first_integer(first), 1);
    qvi_stmt_release(db, first); /* mid-run: release resets it */
    sqlite3_stmt *again = acquire("SELECT 1");
    ck_assert_ptr_eq(again, first);
    ck_assert_int_eq(first_integer(again), 1);
    qvi_stmt_release(db, again);
}
END_TEST

START_TEST(cache_releases_in_any_order)
{
    sqlite3_stmt *a = acquire("SELECT ?");
    sqlite3_stmt *b = acquire("SELECT 2");
    ck_assert_ptr_ne(a, b);
    ck_assert_int_eq(sqlite3_bind_int64(a, 1, 7), SQLITE_OK);
    qvi_stmt_release(db, a); /* not the statement handed out last */
    qvi_stmt_release(db, b);
    ck_assert_ptr_eq(acquire("SELECT 2"), b);
    sqlite3_stmt *a_again = acquire("SELECT ?");
    ck_assert_ptr_eq(a_again, a);
    /* Released means unbound as well as reset. */
    ck_assert_int_eq(sqlite3_step(a_again), SQLITE_ROW);
    ck_assert_int_eq(sqlite3_column_type(a_again, 0), SQLITE_NULL);
    qvi_stmt_release(db, a_again);
    qvi_stmt_release(db, b);
}
END_TEST

START_TEST(cache_hands_out_a_private_copy_of_a_statement_in_use)
{
    sqlite3_stmt *cached = acquire("SELECT 3");
    sqlite3_stmt *copy = acquire("SELECT 3");
    ck_assert_ptr_ne(copy, cached);
    ck_assert_int_eq(first_integer(copy), 3);
    ck_assert_int_eq(first_integer(cached), 3);
    qvi_stmt_release(db, copy); /* finalized (valgrind would report it otherwise) */
    qvi_stmt_release(db, cached);
    ck_assert_ptr_eq(acquire("SELECT 3"), cached);
    qvi_stmt_release(db, cached);
}
END_TEST

START_TEST(cache_keeps_a_statement_held_across_a_rebuild)
{
    sqlite3_stmt *held = acquire("SELECT 4");
    churn(200); /* the table grows from 64 slots twice, moving every entry */
    qvi_stmt_release(db, held);
    ck_assert_ptr_eq(acquire("SELECT 4"), held);
    qvi_stmt_release(db, held);
}
END_TEST

START_TEST(cache_keeps_a_statement_held_across_the_limit)
{
    sqlite3_stmt *held = acquire("SELECT 5");
    churn(700); /* past the limit the idle statements are dropped, not the one in use */
    qvi_stmt_release(db, held);
    ck_assert_ptr_eq(acquire("SELECT 5"), held);
    ck_assert_int_eq(first_integer(held), 5);
    qvi_stmt_release(db, held);
}
END_TEST

START_TEST(cache_finds_texts_of_every_length)
{
    /* Lengths around the hash's 8-byte steps: texts differing in their tail bytes only. */
    char sql[128], other[128];
    for (int padding = 0; padding < 20; ++padding) {
        snprintf(sql, sizeof sql, "SELECT %d%*s", padding, padding, "");
        snprintf(other, sizeof other, "SELECT %d%*s", padding + 100, padding, "");
        sqlite3_stmt *a = acquire(sql);
        sqlite3_stmt *b = acquire(other);
        qvi_stmt_release(db, a);
        qvi_stmt_release(db, b);
        ck_assert_ptr_eq(acquire(sql), a);
        ck_assert_int_eq(first_integer(a), padding);
        ck_assert_ptr_eq(acquire(other), b);
        ck_assert_int_eq(first_integer(b), padding + 100);
        qvi_stmt_release(db, a);
        qvi_stmt_release(db, b);
    }
}
END_TEST

static const struct {
    const char *name;
    const char *quoted;
} identifiers[] = {
    {"Plant", "\"Plant\""},
    {"", "\"\""},
    {"a\"b", "\"a\"\"b\""},
    {"\"", "\"\"\"\""},
    {"\"\"x\"", "\"\"\"\"\"x\"\"\""},
    {"Plant_time_series_a_rather_long_group_name_that_outgrows_the_first_buffer",
     "\"Plant_time_series_a_rather_long_group_name_that_outgrows_the_first_buffer\""},
};

START_TEST(ident_doubles_quotes)
{
    qvi_buf buf = QVI_BUF_INIT;
    qvi_buf_append(&buf, "x ");
    qvi_buf_ident(&buf, identifiers[_i].name);
    qvi_buf_append(&buf, " y");
    char expected[256];
    snprintf(expected, sizeof expected, "x %s y", identifiers[_i].quoted);
    ck_assert_int_eq(buf.failed, 0);
    ck_assert_str_eq(buf.data, expected);
    ck_assert_uint_eq(buf.length, strlen(expected));
    qvi_buf_free(&buf);
}
END_TEST

START_TEST(ident_names_the_table_in_sql)
{
    ck_assert_int_eq(qvi_exec(db, "CREATE TABLE \"we\"\"ird \"\"\" (x INTEGER)", "create"), QV_OK);
    ck_assert_int_eq(qvi_exec(db, "INSERT INTO \"we\"\"ird \"\"\" VALUES (42)", "insert"), QV_OK);
    qvi_buf sql = QVI_BUF_INIT;
    qvi_buf_append(&sql, "SELECT x FROM ");
    qvi_buf_ident(&sql, "we\"ird \"");
    sqlite3_stmt *stmt = acquire(sql.data);
    ck_assert_int_eq(first_integer(stmt), 42);
    qvi_stmt_release(db, stmt);
    qvi_buf_free(&sql);
}
END_TEST

static Suite *sql_suite(void)
{
    Suite *s = suite_create("sql");
    TCase *cache = tcase_create("statement_cache");
    tcase_add_checked_fixture(cache, open_memory, close_memory);
    tcase_add_test(cache, cache_reuses_a_released_statement);
    tcase_add_test(cache, cache_releases_in_any_order);
    tcase_add_test(cache, cache_hands_out_a_private_copy_of_a_statement_in_use);
    tcase_add_test(cache, cache_keeps_a_statement_held_across_a_rebuild);
    tcase_add_test(cache, cache_keeps_a_statement_held_across_the_limit);
    tcase_add_test(cache, cache_finds_texts_of_every_length);
    suite_add_tcase(s, cache);
    TCase *ident = tcase_create("identifiers");
    tcase_add_checked_fixture(ident, open_memory, close_memory);
    tcase_add_loop_test(ident, ident_doubles_quotes, 0, (int)(sizeof identifiers / sizeof identifiers[0]));
    tcase_add_test(ident, ident_names_the_table_in_sql);
    suite_add_tcase(s, ident);
    return s;
}

int main(void)
{
    SRunner *runner = srunner_create(sql_suite());
    srunner_run_all(runner, CK_NORMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
