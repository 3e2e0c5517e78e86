/*
 * quiver_database_upsert_time_series_row (c-api-groups-timeseries-csv.md
 * §5.5): insert, replace (not merge), several dimension columns, SQL NULL
 * from NULL pointers, the checks in the spec's order with their exact
 * messages, SQLite failures, and transactions.
 * Fixture: tests/schemas/valid/tsrow_upsert.sql.
 */
#include <stdio.h>
#include <string.h>

#include "helpers.h"

static quiver_database_t *db;

static void open_db(void)
{
    db = qt_open_schema("valid/tsrow_upsert.sql");
}

static void close_db(void)
{
    quiver_database_close(db);
    db = NULL;
}

enum {
    I = QUIVER_DATA_TYPE_INTEGER,
    F = QUIVER_DATA_TYPE_FLOAT,
    S = QUIVER_DATA_TYPE_STRING,
    T = QUIVER_DATA_TYPE_DATE_TIME
};

#define D1 "2024-01-01T00:00:00"
#define D2 "2024-02-01T00:00:00"

/* Pointers to one value each, as upsert takes them. */
#define TEXT(s) ((const void *)&(const char *){s})
#define INT(v) ((const void *)&(const int64_t){v})
#define REAL(v) ((const void *)&(const double){v})

static quiver_error_t upsert_in(const char *collection, const char *group, int64_t id,
                                const char *const *names, const int *types, const void *const *data,
                                size_t count)
{
    return quiver_database_upsert_time_series_row(db, collection, group, id, names, types, data, count);
}

static quiver_error_t upsert(const char *group, int64_t id, const char *const *names, const int *types,
                             const void *const *data, size_t count)
{
    return upsert_in("Plant", group, id, names, types, data, count);
}

/* The first value of @p sql as text ("-" when absent), in a static buffer. */
static const char *query(const char *sql)
{
    static char text[4096];
    char *value = NULL;
    int has_value = 0;
    qt_assert_ok(quiver_database_query_string(db, sql, &value, &has_value));
    snprintf(text, sizeof text, "%s", has_value && value ? value : "-");
    quiver_database_free_string(value);
    return text;
}

/* Every row of the output group, quote()d so storage classes show (10.0 vs 10, 'a' vs NULL). */
#define OUTPUT_ROWS                                                                                          \
    "SELECT group_concat(r, ';') FROM (SELECT id || '|' || date_time || '|' || quote(energy) || '|' || "     \
    "quote(note) || '|' || quote(units) || '|' || quote(date_checked) || '|' || quote(fuel_id) || '|' || "   \
    "quote(quality) AS r FROM Plant_time_series_output ORDER BY id, date_time)"
#define BLOCK_ROWS                                                                                           \
    "SELECT group_concat(r, ';') FROM (SELECT id || '|' || date_time || '|' || block || '|' || "             \
    "quote(level) AS r FROM Plant_time_series_blocks ORDER BY id, date_time, block)"

#define INITIAL_OUTPUT "1|" D1 "|10.0|'first'|1|'2024-01-02T00:00:00'|1|5"

static void assert_output(const char *expected)
{
    ck_assert_str_eq(query(OUTPUT_ROWS), expected);
}

static void assert_not_in_transaction(void)
{
    int active = -1;
    qt_assert_ok(quiver_database_in_transaction(db, &active));
    ck_assert_int_eq(active, 0);
}

/* ---- writes ------------------------------------------------------------ */

START_TEST(insert_new_row)
{
    const char *names[] = {"date_time", "energy", "note", "units", "date_checked", "fuel_id"};
    const int types[] = {S, F, S, I, T, I};
    const void *data[] = {TEXT(D2), REAL(2.5), TEXT("  b \n"), INT(3), TEXT("x"), INT(1)};
    qt_assert_ok(upsert("output", 1, names, types, data, 6));
    /* text is trimmed; quality, not given, takes its DEFAULT */
    assert_output(INITIAL_OUTPUT ";1|" D2 "|2.5|'b'|3|'x'|1|1");
    assert_not_in_transaction();
    /* another element, same date */
    qt_assert_ok(upsert("output", 2, names, types, data, 2));
    assert_output(INITIAL_OUTPUT ";1|" D2 "|2.5|'b'|3|'x'|1|1;2|" D2 "|2.5|NULL|NULL|NULL|NULL|1");
}
END_TEST

START_TEST(replace_is_not_a_merge)
{
    const char *names[] = {"energy", "date_time"};
    const int types[] = {F, S};
    const void *data[] = {REAL(11.0), TEXT(D1)};
    qt_assert_ok(upsert("output", 1, names, types, data, 2));
    /* the old row is deleted: columns not given are NULL or their DEFAULT again */
    assert_output("1|" D1 "|11.0|NULL|NULL|NULL|NULL|1");
    ck_assert_str_eq(query("SELECT CAST(COUNT(*) AS TEXT) FROM Plant_time_series_output"), "1");
}
END_TEST

START_TEST(integer_for_real_is_stored_as_real)
{
    const char *names[] = {"date_time", "energy"};
    const int types[] = {S, I};
    const void *data[] = {TEXT(D2), INT(3)};
    qt_assert_ok(upsert("output", 1, names, types, data, 2));
    ck_assert_str_eq(
        query("SELECT typeof(energy) || ' ' || energy FROM Plant_time_series_output WHERE date_time = '" D2
              "'"),
        "real 3.0");
}
END_TEST

START_TEST(text_tags_and_unvalidated_dates)
{
    /* STRING and DATE_TIME tags are interchangeable; date text is stored as given, trimmed */
    const char *names[] = {"date_time", "note", "date_checked"};
    const int types[] = {T, T, S};
    const void *data[] = {TEXT("  hello "), TEXT("n"), TEXT("2024-13-45")};
    qt_assert_ok(upsert("output", 2, names, types, data, 3));
    assert_output(INITIAL_OUTPUT ";2|hello|NULL|'n'|NULL|'2024-13-45'|NULL|1");
}
END_TEST

START_TEST(null_pointers_write_null)
{
    /* a NULL value pointer and a NULL string are SQL NULL; the type code of a
     * NULL cell is not matched against the column */
    const char *names[] = {"date_time", "energy", "note", "units", "date_checked"};
    const int types[] = {S, F, I, S, T};
    const void *data[] = {TEXT(D1), NULL, NULL, NULL, TEXT(NULL)};
    qt_assert_ok(upsert("output", 1, names, types, data, 5));
    assert_output("1|" D1 "|NULL|NULL|NULL|NULL|NULL|1");
}
END_TEST

START_TEST(repeated_name_last_wins)
{
    /* only the winning column's value is type-checked */
    const char *names[] = {"energy", "date_time", "energy", "note", "note"};
    const int types[] = {S, S, F, S, S};
    const void *data[] = {TEXT("not a number"), TEXT(D2), REAL(2.0), TEXT("a"), TEXT("b")};
    qt_assert_ok(upsert("output", 1, names, types, data, 5));
    assert_output(INITIAL_OUTPUT ";1|" D2 "|2.0|'b'|NULL|NULL|NULL|1");
}
END_TEST

START_TEST(multi_dimension_keys)
{
    const char *names[] = {"block", "date_time", "level"};
    const int types[] = {I, S, F};
    qt_assert_ok(upsert("blocks", 1, names, types, (const void *[]){INT(1), TEXT(D1), REAL(1.0)}, 3));
    qt_assert_ok(upsert("blocks", 1, names, types, (const void *[]){INT(2), TEXT(D1), REAL(2.0)}, 3));
    qt_assert_ok(upsert("blocks", 1, names, types, (const void *[]){INT(1), TEXT(D2), REAL(4.0)}, 3));
    ck_assert_str_eq(query(BLOCK_ROWS), "1|" D1 "|1|1.0;1|" D1 "|2|2.0;1|" D2 "|1|4.0");
    /* the key is (id, date_time, block): only block 1 at D1 is replaced */
    qt_assert_ok(upsert("blocks", 1, names, types, (const void *[]){INT(1), TEXT(D1), REAL(3.0)}, 3));
    ck_assert_str_eq(query(BLOCK_ROWS), "1|" D1 "|1|3.0;1|" D1 "|2|2.0;1|" D2 "|1|4.0");
    /* without a value column */
    qt_assert_ok(upsert("blocks", 2, names, types, (const void *[]){INT(5), TEXT(D1)}, 2));
    ck_assert_str_eq(query(BLOCK_ROWS), "1|" D1 "|1|3.0;1|" D1 "|2|2.0;1|" D2 "|1|4.0;2|" D1 "|5|NULL");
}
END_TEST

START_TEST(multi_dimension_missing_dimension)
{
    const char *names[] = {"date_time", "level", "block"};
    const int types[] = {S, F, I};
    const void *data[] = {TEXT(D1), REAL(1.0), INT(1)};
    qt_assert_error(upsert("blocks", 1, names, types, data, 2),
                    "Cannot upsert_time_series_row: row missing required 'block' column");
    /* dimensions are checked in declaration order: date_time first */
    qt_assert_error(upsert("blocks", 1, names + 1, types + 1, data + 1, 2),
                    "Cannot upsert_time_series_row: row missing required 'date_time' column");
    qt_assert_error(upsert("blocks", 1, names + 1, types + 1, data + 1, 1),
                    "Cannot upsert_time_series_row: row missing required 'date_time' column");
    ck_assert_str_eq(query(BLOCK_ROWS), "-");
}
END_TEST

START_TEST(dimension_by_primary_key_only)
{
    /* steps has no date column: its dimension is step (the primary key without id) */
    const char *names[] = {"step", "pace"};
    const int types[] = {I, F};
    qt_assert_ok(upsert("steps", 1, names, types, (const void *[]){INT(1), REAL(0.5)}, 2));
    qt_assert_ok(upsert("steps", 1, names, types, (const void *[]){INT(1), REAL(0.75)}, 2));
    ck_assert_str_eq(query("SELECT group_concat(step || ':' || pace) FROM Plant_time_series_steps"),
                     "1:0.75");
    qt_assert_error(upsert("steps", 1, names + 1, types + 1, (const void *[]){REAL(0.5)}, 1),
                    "Cannot upsert_time_series_row: row missing required 'step' column");
}
END_TEST

/* ---- validation -------------------------------------------------------- */

START_TEST(lookup_errors)
{
    const char *names[] = {"date_time", "energy"};
    const int types[] = {S, F};
    const void *data[] = {TEXT(D2), REAL(1.0)};
    qt_assert_error(upsert_in("Nope", "output", 1, names, types, data, 2),
                    "Cannot upsert_time_series_row: collection not found: Nope");
    qt_assert_error(upsert_in("Nope", "nope", 1, names, types, data, 2),
                    "Cannot upsert_time_series_row: collection not found: Nope");
    qt_assert_error(upsert("nope", 1, names, types, data, 2),
                    "Time series group 'nope' not found for collection 'Plant'");
    qt_assert_error(upsert_in("Configuration", "output", 1, names, types, data, 2),
                    "Time series group 'output' not found for collection 'Configuration'");
    qt_assert_error(upsert_in("Fuel", "output", 1, names, types, data, 2),
                    "Time series group 'output' not found for collection 'Fuel'");
    qt_assert_error(upsert("loose", 1, names, types, data, 2),
                    "Dimension column not found: time series table 'Plant_time_series_loose'");
    assert_output(INITIAL_OUTPUT);
}
END_TEST

START_TEST(no_columns)
{
    /* the arrays are not read; the empty row lacks the first dimension */
    qt_assert_error(upsert("output", 1, NULL, NULL, NULL, 0),
                    "Cannot upsert_time_series_row: row missing required 'date_time' column");
    qt_assert_error(upsert("blocks", 1, NULL, NULL, NULL, 0),
                    "Cannot upsert_time_series_row: row missing required 'date_time' column");
    /* the lookups come first */
    qt_assert_error(upsert("loose", 1, NULL, NULL, NULL, 0),
                    "Dimension column not found: time series table 'Plant_time_series_loose'");
    qt_assert_error(upsert_in("Nope", "output", 1, NULL, NULL, NULL, 0),
                    "Cannot upsert_time_series_row: collection not found: Nope");
    assert_output(INITIAL_OUTPUT);
}
END_TEST

START_TEST(column_errors)
{
    const char *names[] = {"date_time", "nope"};
    const int types[] = {S, F};
    const void *data[] = {TEXT(D2), REAL(1.0)};
    qt_assert_error(upsert("output", 1, names, types, data, 2),
                    "Cannot upsert_time_series_row: column 'nope' not found in group 'output' for collection "
                    "'Plant'");
    names[1] = "id";
    qt_assert_error(upsert("output", 1, names, (const int[]){S, I}, (const void *[]){TEXT(D2), INT(1)}, 2),
                    "Cannot upsert_time_series_row: column 'id' not found in group 'output' for collection "
                    "'Plant'");
    /* a column of another group */
    names[1] = "level";
    qt_assert_error(
        upsert("output", 1, names, types, data, 2),
        "Cannot upsert_time_series_row: column 'level' not found in group 'output' for collection "
        "'Plant'");
    names[1] = "Energy";
    qt_assert_error(
        upsert("output", 1, names, types, data, 2),
        "Cannot upsert_time_series_row: column 'Energy' not found in group 'output' for collection "
        "'Plant'");
    assert_output(INITIAL_OUTPUT);
}
END_TEST

START_TEST(type_errors)
{
    static const struct {
        const char *column;
        int type;
        const char *message;
    } cases[] = {
        {"units", F, "Cannot upsert_time_series_row: column 'units' has type INTEGER but received REAL"},
        {"units", S, "Cannot upsert_time_series_row: column 'units' has type INTEGER but received TEXT"},
        {"energy", S, "Cannot upsert_time_series_row: column 'energy' has type REAL but received TEXT"},
        {"note", I, "Cannot upsert_time_series_row: column 'note' has type TEXT but received INTEGER"},
        {"note", F, "Cannot upsert_time_series_row: column 'note' has type TEXT but received REAL"},
        {"date_checked", I,
         "Cannot upsert_time_series_row: column 'date_checked' has type DATE_TIME but received "
         "INTEGER"},
        {"date_checked", F,
         "Cannot upsert_time_series_row: column 'date_checked' has type DATE_TIME but received "
         "REAL"},
        /* no label resolution: a relation takes ids only */
        {"fuel_id", T, "Cannot upsert_time_series_row: column 'fuel_id' has type INTEGER but received TEXT"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; ++i) {
        const void *value = cases[i].type == I ? INT(1) : cases[i].type == F ? REAL(1.0) : TEXT("Coal");
        const char *names[] = {"date_time", cases[i].column};
        qt_assert_error(
            upsert("output", 1, names, (const int[]){S, cases[i].type}, (const void *[]){TEXT(D1), value}, 2),
            cases[i].message);
    }
    /* the dimension itself */
    qt_assert_error(
        upsert("output", 1, (const char *[]){"date_time"}, (const int[]){I}, (const void *[]){INT(1)}, 1),
        "Cannot upsert_time_series_row: column 'date_time' has type DATE_TIME but received INTEGER");
    assert_output(INITIAL_OUTPUT);
}
END_TEST

START_TEST(unknown_type_code)
{
    const char *names[] = {"date_time", "energy"};
    qt_assert_error(upsert("output", 1, names, (const int[]){S, 7}, (const void *[]){TEXT(D2), REAL(1.0)}, 2),
                    "Cannot upsert_time_series_row: unknown column type 7");
    qt_assert_error(
        upsert("output", 1, names, (const int[]){-1, F}, (const void *[]){TEXT(D2), REAL(1.0)}, 2),
        "Cannot upsert_time_series_row: unknown column type -1");
    qt_assert_error(upsert("output", 1, names, (const int[]){S, 4}, (const void *[]){TEXT(D2), REAL(1.0)}, 2),
                    "Cannot upsert_time_series_row: unknown column type 4");
    /* every column is converted, even one whose value pointer is NULL */
    qt_assert_error(upsert("output", 1, names, (const int[]){S, 9}, (const void *[]){TEXT(D2), NULL}, 2),
                    "Cannot upsert_time_series_row: unknown column type 9");
    /* before any lookup */
    qt_assert_error(
        upsert_in("Nope", "nope", 1, names, (const int[]){S, 7}, (const void *[]){TEXT(D2), NULL}, 2),
        "Cannot upsert_time_series_row: unknown column type 7");
    qt_assert_error(upsert("output", 1, (const char *[]){"nope", "energy"}, (const int[]){S, 7},
                           (const void *[]){TEXT(D2), NULL}, 2),
                    "Cannot upsert_time_series_row: unknown column type 7");
    assert_output(INITIAL_OUTPUT);
}
END_TEST

START_TEST(order_of_checks)
{
    /* a missing dimension is reported before an unknown column */
    qt_assert_error(upsert("blocks", 1, (const char *[]){"date_time", "nope"}, (const int[]){S, F},
                           (const void *[]){TEXT(D1), REAL(1.0)}, 2),
                    "Cannot upsert_time_series_row: row missing required 'block' column");
    /* then the columns in name order, each for existence and type */
    qt_assert_error(upsert("output", 1, (const char *[]){"date_time", "units", "aaa"}, (const int[]){S, F, F},
                           (const void *[]){TEXT(D1), REAL(1.0), REAL(1.0)}, 3),
                    "Cannot upsert_time_series_row: column 'aaa' not found in group 'output' for collection "
                    "'Plant'");
    qt_assert_error(upsert("output", 1, (const char *[]){"date_time", "zzz", "units"}, (const int[]){S, F, F},
                           (const void *[]){TEXT(D1), REAL(1.0), REAL(1.0)}, 3),
                    "Cannot upsert_time_series_row: column 'units' has type INTEGER but received REAL");
    assert_output(INITIAL_OUTPUT);
}
END_TEST

START_TEST(null_column_name)
{
    qt_assert_error(upsert("output", 1, (const char *[]){"date_time", NULL}, (const int[]){S, F},
                           (const void *[]){TEXT(D1), REAL(1.0)}, 2),
                    "Null argument: column_names[1]");
    assert_output(INITIAL_OUTPUT);
}
END_TEST

/* ---- failures from SQLite, atomicity, transactions ---------------------- */

START_TEST(sqlite_failures)
{
    const char *names[] = {"date_time", "energy", "fuel_id"};
    const int types[] = {S, F, I};
    /* the element's existence is not checked: its foreign key fails */
    qt_assert_error(upsert("output", 99, names, types, (const void *[]){TEXT(D2), REAL(1.0)}, 2),
                    "Failed to execute statement: FOREIGN KEY constraint failed");
    qt_assert_error(upsert("output", 1, names, types, (const void *[]){TEXT(D2), REAL(1.0), INT(99)}, 3),
                    "Failed to execute statement: FOREIGN KEY constraint failed");
    /* a NULL dimension is present for the checks and fails at the INSERT */
    qt_assert_error(
        upsert("output", 1, names, types, (const void *[]){NULL, REAL(1.0)}, 2),
        "Failed to execute statement: NOT NULL constraint failed: Plant_time_series_output.date_time");
    qt_assert_error(
        upsert("blocks", 1, (const char *[]){"date_time", "block"}, (const int[]){S, I},
               (const void *[]){TEXT(D1), NULL}, 2),
        "Failed to execute statement: NOT NULL constraint failed: Plant_time_series_blocks.block");
    /* each failure rolled back its own transaction */
    assert_output(INITIAL_OUTPUT);
    assert_not_in_transaction();
    /* replacing an existing row with a failing one keeps the old row */
    qt_assert_error(upsert("output", 1, names, types, (const void *[]){TEXT(D1), REAL(1.0), INT(99)}, 3),
                    "Failed to execute statement: FOREIGN KEY constraint failed");
    assert_output(INITIAL_OUTPUT);
}
END_TEST

START_TEST(caller_transaction)
{
    const char *names[] = {"date_time", "energy"};
    const int types[] = {S, F};
    qt_assert_ok(quiver_database_begin_transaction(db));
    qt_assert_ok(upsert("output", 1, names, types, (const void *[]){TEXT(D2), REAL(2.0)}, 2));
    qt_assert_ok(upsert("output", 2, names, types, (const void *[]){TEXT(D2), REAL(3.0)}, 2));
    qt_assert_ok(quiver_database_rollback(db));
    assert_output(INITIAL_OUTPUT);

    qt_assert_ok(quiver_database_begin_transaction(db));
    qt_assert_ok(upsert("output", 1, names, types, (const void *[]){TEXT(D2), REAL(2.0)}, 2));
    /* a failure inside the caller's transaction leaves it open and the earlier upsert in it */
    qt_assert_error(upsert("output", 99, names, types, (const void *[]){TEXT(D2), REAL(3.0)}, 2),
                    "Failed to execute statement: FOREIGN KEY constraint failed");
    int active = 0;
    qt_assert_ok(quiver_database_in_transaction(db, &active));
    ck_assert_int_eq(active, 1);
    qt_assert_ok(quiver_database_commit(db));
    assert_output(INITIAL_OUTPUT ";1|" D2 "|2.0|NULL|NULL|NULL|NULL|1");
}
END_TEST

START_TEST(dry_run)
{
    qt_assert_ok(quiver_database_begin_dry_run(db));
    qt_assert_ok(upsert("output", 1, (const char *[]){"date_time", "energy"}, (const int[]){S, F},
                        (const void *[]){TEXT(D2), REAL(2.0)}, 2));
    ck_assert_str_eq(query("SELECT CAST(COUNT(*) AS TEXT) FROM Plant_time_series_output"), "2");
    qt_assert_ok(quiver_database_end_dry_run(db));
    assert_output(INITIAL_OUTPUT);
}
END_TEST

START_TEST(null_arguments)
{
    const char *names[] = {"date_time"};
    const int types[] = {S};
    const void *data[] = {TEXT(D2)};
    qt_assert_error(quiver_database_upsert_time_series_row(NULL, "Plant", "output", 1, names, types, data, 1),
                    "Null argument: db");
    qt_assert_error(quiver_database_upsert_time_series_row(db, NULL, "output", 1, names, types, data, 1),
                    "Null argument: collection");
    qt_assert_error(quiver_database_upsert_time_series_row(db, "Plant", NULL, 1, names, types, data, 1),
                    "Null argument: group");
    qt_assert_error(quiver_database_upsert_time_series_row(db, "Plant", "output", 1, NULL, types, data, 1),
                    "Null argument: column_names");
    qt_assert_error(quiver_database_upsert_time_series_row(db, "Plant", "output", 1, names, NULL, data, 1),
                    "Null argument: column_types");
    qt_assert_error(quiver_database_upsert_time_series_row(db, "Plant", "output", 1, names, types, NULL, 1),
                    "Null argument: column_data");
    qt_assert_error(quiver_database_upsert_time_series_row(db, "Plant", "output", 1, NULL, NULL, NULL, 1),
                    "Null argument: column_names");
    qt_assert_error(quiver_database_upsert_time_series_row(db, "Nope", NULL, 1, names, types, data, 1),
                    "Null argument: group");
    assert_output(INITIAL_OUTPUT);
}
END_TEST

static Suite *upsert_suite(void)
{
    Suite *s = suite_create("upsert");

    TCase *writes = tcase_create("writes");
    tcase_add_checked_fixture(writes, open_db, close_db);
    tcase_add_test(writes, insert_new_row);
    tcase_add_test(writes, replace_is_not_a_merge);
    tcase_add_test(writes, integer_for_real_is_stored_as_real);
    tcase_add_test(writes, text_tags_and_unvalidated_dates);
    tcase_add_test(writes, null_pointers_write_null);
    tcase_add_test(writes, repeated_name_last_wins);
    tcase_add_test(writes, multi_dimension_keys);
    tcase_add_test(writes, multi_dimension_missing_dimension);
    tcase_add_test(writes, dimension_by_primary_key_only);
    suite_add_tcase(s, writes);

    TCase *checks = tcase_create("validation");
    tcase_add_checked_fixture(checks, open_db, close_db);
    tcase_add_test(checks, lookup_errors);
    tcase_add_test(checks, no_columns);
    tcase_add_test(checks, column_errors);
    tcase_add_test(checks, type_errors);
    tcase_add_test(checks, unknown_type_code);
    tcase_add_test(checks, order_of_checks);
    tcase_add_test(checks, null_column_name);
    tcase_add_test(checks, null_arguments);
    suite_add_tcase(s, checks);

    TCase *txn = tcase_create("transactions");
    tcase_add_checked_fixture(txn, open_db, close_db);
    tcase_add_test(txn, sqlite_failures);
    tcase_add_test(txn, caller_transaction);
    tcase_add_test(txn, dry_run);
    suite_add_tcase(s, txn);
    return s;
}

int main(void)
{
    return qt_run(upsert_suite());
}
