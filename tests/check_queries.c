/*
 * Queries (c-api.md §13, §16.1, §17.16-17, §18.2): the six quiver_database_query_*
 * functions, their parameters and error order, and the core's qv_query_*.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <quiver/query.h>

#include "helpers.h"

static quiver_database_t *db;

/* Sentinels: outputs must keep them on failure (and, for numbers, when absent). */
static char sentinel_text[] = "sentinel";
#define SENTINEL_STRING sentinel_text
#define SENTINEL_INTEGER INT64_C(-7)
#define SENTINEL_FLOAT (-7.5)
#define SENTINEL_HAS (-1)

static void setup(void)
{
    db = qt_open_schema("valid/basic.sql");
}

static void teardown(void)
{
    quiver_database_close(db);
    db = NULL;
}

static int64_t query_count(const char *sql)
{
    int64_t value = SENTINEL_INTEGER;
    int has = SENTINEL_HAS;
    qt_assert_ok(quiver_database_query_integer(db, sql, &value, &has));
    ck_assert_int_eq(has, 1);
    return value;
}

/* Every query kind fails on @p sql with exactly @p message and leaves its outputs
 * untouched; with no parameter arrays the plain functions are checked too. */
static void assert_query_fails(const char *sql, const int *types, const void *const *values, size_t count,
                               const char *message)
{
    char *text = SENTINEL_STRING;
    int64_t integer = SENTINEL_INTEGER;
    double real = SENTINEL_FLOAT;
    int has = SENTINEL_HAS;
    qt_assert_error(quiver_database_query_string_params(db, sql, types, values, count, &text, &has), message);
    qt_assert_error(quiver_database_query_integer_params(db, sql, types, values, count, &integer, &has),
                    message);
    qt_assert_error(quiver_database_query_float_params(db, sql, types, values, count, &real, &has), message);
    if (types == NULL && values == NULL && count == 0) {
        qt_assert_error(quiver_database_query_string(db, sql, &text, &has), message);
        qt_assert_error(quiver_database_query_integer(db, sql, &integer, &has), message);
        qt_assert_error(quiver_database_query_float(db, sql, &real, &has), message);
    }
    ck_assert_ptr_eq(text, SENTINEL_STRING);
    ck_assert_int_eq(integer, SENTINEL_INTEGER);
    ck_assert_double_eq(real, SENTINEL_FLOAT);
    ck_assert_int_eq(has, SENTINEL_HAS);
}

/* ---- NULL arguments (c-api.md §13, §1.3) ---- */

START_TEST(null_arguments_plain)
{
    char *text = SENTINEL_STRING;
    int64_t integer = SENTINEL_INTEGER;
    double real = SENTINEL_FLOAT;
    int has = SENTINEL_HAS;
    qt_assert_error(quiver_database_query_string(NULL, NULL, NULL, NULL), "Null argument: db");
    qt_assert_error(quiver_database_query_string(db, NULL, NULL, NULL), "Null argument: sql");
    qt_assert_error(quiver_database_query_string(db, "SELECT 1", NULL, NULL), "Null argument: out_value");
    qt_assert_error(quiver_database_query_string(db, "SELECT 1", &text, NULL),
                    "Null argument: out_has_value");
    qt_assert_error(quiver_database_query_integer(NULL, "SELECT 1", &integer, &has), "Null argument: db");
    qt_assert_error(quiver_database_query_integer(db, NULL, &integer, &has), "Null argument: sql");
    qt_assert_error(quiver_database_query_integer(db, "SELECT 1", NULL, &has), "Null argument: out_value");
    qt_assert_error(quiver_database_query_integer(db, "SELECT 1", &integer, NULL),
                    "Null argument: out_has_value");
    qt_assert_error(quiver_database_query_float(NULL, "SELECT 1", &real, &has), "Null argument: db");
    qt_assert_error(quiver_database_query_float(db, NULL, &real, &has), "Null argument: sql");
    qt_assert_error(quiver_database_query_float(db, "SELECT 1", NULL, &has), "Null argument: out_value");
    qt_assert_error(quiver_database_query_float(db, "SELECT 1", &real, NULL), "Null argument: out_has_value");
    ck_assert_ptr_eq(text, SENTINEL_STRING);
    ck_assert_int_eq(integer, SENTINEL_INTEGER);
    ck_assert_double_eq(real, SENTINEL_FLOAT);
    ck_assert_int_eq(has, SENTINEL_HAS);
}
END_TEST

START_TEST(null_arguments_params)
{
    int types[] = {QUIVER_DATA_TYPE_INTEGER};
    int64_t one = 1;
    const void *values[] = {&one};
    char *text = SENTINEL_STRING;
    int64_t integer = SENTINEL_INTEGER;
    double real = SENTINEL_FLOAT;
    int has = SENTINEL_HAS;

    /* db, sql, out_value, out_has_value come before the parameter arrays */
    qt_assert_error(quiver_database_query_string_params(NULL, NULL, NULL, NULL, 1, NULL, NULL),
                    "Null argument: db");
    qt_assert_error(quiver_database_query_string_params(db, NULL, NULL, NULL, 1, NULL, NULL),
                    "Null argument: sql");
    qt_assert_error(quiver_database_query_string_params(db, "SELECT ?", NULL, NULL, 1, NULL, NULL),
                    "Null argument: out_value");
    qt_assert_error(quiver_database_query_string_params(db, "SELECT ?", NULL, NULL, 1, &text, NULL),
                    "Null argument: out_has_value");
    qt_assert_error(quiver_database_query_string_params(db, "SELECT ?", NULL, NULL, 1, &text, &has),
                    "Null argument: param_types");
    qt_assert_error(quiver_database_query_string_params(db, "SELECT ?", types, NULL, 1, &text, &has),
                    "Null argument: param_values");
    qt_assert_error(quiver_database_query_integer_params(db, "SELECT ?", NULL, values, 1, &integer, &has),
                    "Null argument: param_types");
    qt_assert_error(quiver_database_query_integer_params(db, "SELECT ?", types, NULL, 1, &integer, &has),
                    "Null argument: param_values");
    qt_assert_error(quiver_database_query_integer_params(db, "SELECT ?", types, values, 1, NULL, &has),
                    "Null argument: out_value");
    qt_assert_error(quiver_database_query_float_params(db, "SELECT ?", NULL, values, 1, &real, &has),
                    "Null argument: param_types");
    qt_assert_error(quiver_database_query_float_params(db, "SELECT ?", types, NULL, 1, &real, &has),
                    "Null argument: param_values");
    qt_assert_error(quiver_database_query_float_params(NULL, "SELECT ?", types, values, 1, &real, &has),
                    "Null argument: db");
    ck_assert_ptr_eq(text, SENTINEL_STRING);
    ck_assert_int_eq(integer, SENTINEL_INTEGER);
    ck_assert_double_eq(real, SENTINEL_FLOAT);
    ck_assert_int_eq(has, SENTINEL_HAS);
}
END_TEST

/* With param_count 0 the arrays may be NULL, or anything: they are not read. */
START_TEST(zero_params_arrays_not_checked)
{
    int64_t integer = SENTINEL_INTEGER;
    int has = SENTINEL_HAS;
    int types[] = {99};
    qt_assert_ok(quiver_database_query_integer_params(db, "SELECT 5", NULL, NULL, 0, &integer, &has));
    ck_assert_int_eq(integer, 5);
    ck_assert_int_eq(has, 1);
    qt_assert_ok(quiver_database_query_integer_params(db, "SELECT 6", types, NULL, 0, &integer, &has));
    ck_assert_int_eq(integer, 6);
}
END_TEST

/* ---- results (c-api.md §13.3) ---- */

static const struct {
    const char *sql;
    int has_value;
    const char *value;
} string_cases[] = {
    {"SELECT 'abc'", 1, "abc"},
    {"SELECT ''", 1, ""},
    {"SELECT '  padded  '", 1, "  padded  "}, /* values read back are never trimmed */
    {"SELECT 'ação ✓'", 1, "ação ✓"},
    {"SELECT NULL", 0, NULL},
    {"SELECT 15", 0, NULL},
    {"SELECT 1.5", 0, NULL},
    {"SELECT label FROM Sensor", 0, NULL}, /* no rows */
    {"SELECT 'first' UNION ALL SELECT 'second'", 1, "first"},
    {"SELECT 'a', 'b'", 1, "a"},
    {"SELECT 1, 'b'", 0, NULL},
    {"VALUES (NULL), ('later')", 0, NULL},
    {"SELECT study_name FROM Configuration", 0, NULL},
};

START_TEST(string_results)
{
    const char *sql = string_cases[_i].sql;
    for (int params = 0; params < 2; ++params) {
        char *text = SENTINEL_STRING;
        int has = SENTINEL_HAS;
        if (params)
            qt_assert_ok(quiver_database_query_string_params(db, sql, NULL, NULL, 0, &text, &has));
        else
            qt_assert_ok(quiver_database_query_string(db, sql, &text, &has));
        ck_assert_int_eq(has, string_cases[_i].has_value);
        if (string_cases[_i].value) {
            ck_assert_str_eq(text, string_cases[_i].value);
            ck_assert_ptr_ne(text, SENTINEL_STRING);
        } else {
            ck_assert_ptr_null(text); /* absent: NULL, overwriting the caller's variable */
        }
        quiver_database_free_string(text);
    }
}
END_TEST

static const struct {
    const char *sql;
    int has_value;
    int64_t value;
} integer_cases[] = {
    {"SELECT 42", 1, 42},
    {"SELECT -3", 1, -3},
    {"SELECT 9223372036854775807", 1, INT64_MAX},
    {"SELECT -9223372036854775807 - 1", 1, INT64_MIN},
    {"SELECT COUNT(*) FROM Sensor", 1, 0},
    {"VALUES (5), (6)", 1, 5},
    {"SELECT 8, 9", 1, 8},
    {"SELECT 1.5", 0, 0},
    {"SELECT 2.0", 0, 0}, /* a REAL is never narrowed */
    {"SELECT '12'", 0, 0},
    {"SELECT NULL", 0, 0},
    {"SELECT id FROM Sensor", 0, 0},
};

START_TEST(integer_results)
{
    const char *sql = integer_cases[_i].sql;
    for (int params = 0; params < 2; ++params) {
        int64_t integer = SENTINEL_INTEGER;
        int has = SENTINEL_HAS;
        if (params)
            qt_assert_ok(quiver_database_query_integer_params(db, sql, NULL, NULL, 0, &integer, &has));
        else
            qt_assert_ok(quiver_database_query_integer(db, sql, &integer, &has));
        ck_assert_int_eq(has, integer_cases[_i].has_value);
        ck_assert_int_eq(integer, has ? integer_cases[_i].value : SENTINEL_INTEGER);
    }
}
END_TEST

static const struct {
    const char *sql;
    int has_value;
    double value;
} float_cases[] = {
    {"SELECT 2.5", 1, 2.5},
    {"SELECT -0.125", 1, -0.125},
    {"SELECT 7", 1, 7.0}, /* INTEGER widened */
    {"SELECT COUNT(*) FROM Sensor", 1, 0.0},
    {"SELECT 1.5e10", 1, 1.5e10},
    {"VALUES (1.25), (2.5)", 1, 1.25},
    {"SELECT 'x'", 0, 0},
    {"SELECT '1.5'", 0, 0},
    {"SELECT NULL", 0, 0},
    {"SELECT gain FROM Sensor", 0, 0},
};

START_TEST(float_results)
{
    const char *sql = float_cases[_i].sql;
    for (int params = 0; params < 2; ++params) {
        double real = SENTINEL_FLOAT;
        int has = SENTINEL_HAS;
        if (params)
            qt_assert_ok(quiver_database_query_float_params(db, sql, NULL, NULL, 0, &real, &has));
        else
            qt_assert_ok(quiver_database_query_float(db, sql, &real, &has));
        ck_assert_int_eq(has, float_cases[_i].has_value);
        ck_assert_double_eq(real, has ? float_cases[_i].value : SENTINEL_FLOAT);
    }
}
END_TEST

/* SUM over integers is an INTEGER: query_float widens it, query_integer keeps it. */
START_TEST(aggregates)
{
    int64_t integer = SENTINEL_INTEGER;
    double real = SENTINEL_FLOAT;
    int has = SENTINEL_HAS;
    qt_assert_ok(quiver_database_query_string(
        db, "INSERT INTO Sensor (label, priority) VALUES ('a', 2), ('b', 5)", &(char *){NULL}, &has));
    ck_assert_int_eq(has, 0);
    qt_assert_ok(quiver_database_query_float(db, "SELECT SUM(priority) FROM Sensor", &real, &has));
    ck_assert_int_eq(has, 1);
    ck_assert_double_eq(real, 7.0);
    qt_assert_ok(quiver_database_query_integer(db, "SELECT SUM(priority) FROM Sensor", &integer, &has));
    ck_assert_int_eq(has, 1);
    ck_assert_int_eq(integer, 7);
    qt_assert_ok(quiver_database_query_float(db, "SELECT AVG(priority) FROM Sensor", &real, &has));
    ck_assert_double_eq(real, 3.5);
    integer = SENTINEL_INTEGER;
    qt_assert_ok(quiver_database_query_integer(db, "SELECT AVG(priority) FROM Sensor", &integer, &has));
    ck_assert_int_eq(has, 0);
    ck_assert_int_eq(integer, SENTINEL_INTEGER);
}
END_TEST

/* ---- parameters (c-api.md §13.1) ---- */

START_TEST(param_types_bound)
{
    int64_t integer = 12;
    double real = 2.5;
    const char *text = "word";
    int types[] = {QUIVER_DATA_TYPE_INTEGER, QUIVER_DATA_TYPE_FLOAT, QUIVER_DATA_TYPE_STRING,
                   QUIVER_DATA_TYPE_NULL, QUIVER_DATA_TYPE_NULL};
    const void *values[] = {&integer, &real, text, NULL, &integer}; /* a NULL parameter's value is ignored */
    char *out = NULL;
    int has = SENTINEL_HAS;
    qt_assert_ok(quiver_database_query_string_params(db,
                                                     "SELECT typeof(?1) || ',' || typeof(?2) || ',' || "
                                                     "typeof(?3) || ',' || typeof(?4) || ',' || typeof(?5)",
                                                     types, values, 5, &out, &has));
    ck_assert_int_eq(has, 1);
    ck_assert_str_eq(out, "integer,real,text,null,null");
    quiver_database_free_string(out);

    qt_assert_ok(quiver_database_query_string_params(db, "SELECT ?1 || '|' || ?2 || '|' || ?3", types, values,
                                                     3, &out, &has));
    ck_assert_str_eq(out, "12|2.5|word");
    quiver_database_free_string(out);
}
END_TEST

START_TEST(param_values_round_trip)
{
    int64_t big = INT64_MIN;
    double small = -0.5;
    int integer_type[] = {QUIVER_DATA_TYPE_INTEGER};
    int float_type[] = {QUIVER_DATA_TYPE_FLOAT};
    int null_type[] = {QUIVER_DATA_TYPE_NULL};
    const void *big_value[] = {&big};
    const void *small_value[] = {&small};
    const void *no_value[] = {NULL};
    int64_t integer = SENTINEL_INTEGER;
    double real = SENTINEL_FLOAT;
    int has = SENTINEL_HAS;
    qt_assert_ok(
        quiver_database_query_integer_params(db, "SELECT ?", integer_type, big_value, 1, &integer, &has));
    ck_assert_int_eq(has, 1);
    ck_assert_int_eq(integer, INT64_MIN);
    qt_assert_ok(
        quiver_database_query_float_params(db, "SELECT ? * 4", float_type, small_value, 1, &real, &has));
    ck_assert_int_eq(has, 1);
    ck_assert_double_eq(real, -2.0);
    /* an INTEGER parameter widened by query_float; a FLOAT parameter not narrowed by query_integer */
    qt_assert_ok(quiver_database_query_float_params(db, "SELECT ?", integer_type, big_value, 1, &real, &has));
    ck_assert_double_eq(real, (double)INT64_MIN);
    integer = SENTINEL_INTEGER;
    qt_assert_ok(
        quiver_database_query_integer_params(db, "SELECT ?", float_type, small_value, 1, &integer, &has));
    ck_assert_int_eq(has, 0);
    ck_assert_int_eq(integer, SENTINEL_INTEGER);
    qt_assert_ok(
        quiver_database_query_integer_params(db, "SELECT ?", null_type, no_value, 1, &integer, &has));
    ck_assert_int_eq(has, 0);
    ck_assert_int_eq(integer, SENTINEL_INTEGER);
    qt_assert_ok(
        quiver_database_query_integer_params(db, "SELECT ? IS NULL", null_type, no_value, 1, &integer, &has));
    ck_assert_int_eq(integer, 1);
}
END_TEST

/* ?N binds parameter N-1, whatever the order of the placeholders in the text. */
START_TEST(param_positions)
{
    const char *a = "a", *b = "b";
    int types[] = {QUIVER_DATA_TYPE_STRING, QUIVER_DATA_TYPE_STRING};
    const void *values[] = {a, b};
    char *out = NULL;
    int has = SENTINEL_HAS;
    qt_assert_ok(quiver_database_query_string_params(db, "SELECT ?2 || ?1", types, values, 2, &out, &has));
    ck_assert_str_eq(out, "ba");
    quiver_database_free_string(out);
    qt_assert_ok(quiver_database_query_string_params(db, "SELECT ? || ?", types, values, 2, &out, &has));
    ck_assert_str_eq(out, "ab");
    quiver_database_free_string(out);
    qt_assert_ok(
        quiver_database_query_string_params(db, "SELECT :first || :second", types, values, 2, &out, &has));
    ck_assert_str_eq(out, "ab");
    quiver_database_free_string(out);
}
END_TEST

static const struct {
    const char *param;
    const char *bound;
} trim_cases[] = {
    {"  Item 1  ", "Item 1"}, {"\turgent\n", "urgent"}, {"\r\n x \r\n", "x"}, {" \t\r\n ", ""}, {"", ""},
    {"a \t b", "a \t b"}, /* inner white space stays */
    {"\vx\f", "\vx\f"},   /* only space, \t, \n and \r are trimmed */
};

START_TEST(string_params_trimmed)
{
    int types[] = {QUIVER_DATA_TYPE_STRING};
    const void *values[] = {trim_cases[_i].param};
    char *out = NULL;
    int has = SENTINEL_HAS;
    qt_assert_ok(quiver_database_query_string_params(db, "SELECT ?", types, values, 1, &out, &has));
    ck_assert_int_eq(has, 1);
    ck_assert_str_eq(out, trim_cases[_i].bound);
    quiver_database_free_string(out);
}
END_TEST

START_TEST(string_params_trimmed_when_stored)
{
    int types[] = {QUIVER_DATA_TYPE_STRING, QUIVER_DATA_TYPE_STRING};
    const void *values[] = {"  Sensor A\n", "\t described "};
    char *out = NULL;
    int has = SENTINEL_HAS;
    qt_assert_ok(quiver_database_query_string_params(
        db, "INSERT INTO Sensor (label, description) VALUES (?, ?)", types, values, 2, &out, &has));
    ck_assert_int_eq(has, 0);
    ck_assert_ptr_null(out);
    qt_assert_ok(
        quiver_database_query_string(db, "SELECT label || '|' || description FROM Sensor", &out, &has));
    ck_assert_str_eq(out, "Sensor A|described");
    quiver_database_free_string(out);
}
END_TEST

/* ---- parameter errors, checked in order before any SQL runs (c-api.md §13.1, §16.1, §18.2) ---- */

START_TEST(param_unknown_types)
{
    int64_t one = 1;
    const void *values[] = {&one};
    int date_time[] = {QUIVER_DATA_TYPE_DATE_TIME};
    int five[] = {5};
    int negative[] = {-1};
    assert_query_fails("SELECT ?", date_time, values, 1, "Cannot query: unknown parameter type 3");
    assert_query_fails("SELECT ?", five, values, 1, "Cannot query: unknown parameter type 5");
    assert_query_fails("SELECT ?", negative, values, 1, "Cannot query: unknown parameter type -1");
    const void *none[] = {NULL};
    assert_query_fails("SELECT ?", date_time, none, 1, "Cannot query: unknown parameter type 3");
}
END_TEST

START_TEST(param_null_values)
{
    int64_t one = 1;
    int string_types[] = {QUIVER_DATA_TYPE_INTEGER, QUIVER_DATA_TYPE_STRING};
    int integer_types[] = {QUIVER_DATA_TYPE_STRING, QUIVER_DATA_TYPE_INTEGER};
    int float_types[] = {QUIVER_DATA_TYPE_NULL, QUIVER_DATA_TYPE_FLOAT};
    const void *values[] = {&one, NULL};
    const void *text_values[] = {"x", NULL};
    assert_query_fails("SELECT ?, ?", string_types, values, 2,
                       "Cannot query: parameter at index 1 has null string value");
    assert_query_fails("SELECT ?, ?", integer_types, text_values, 2,
                       "Cannot query: parameter at index 1 has null value");
    assert_query_fails("SELECT ?, ?", float_types, values, 2,
                       "Cannot query: parameter at index 1 has null value");
}
END_TEST

START_TEST(param_errors_in_order)
{
    int64_t one = 1;
    int unknown_first[] = {7, QUIVER_DATA_TYPE_STRING};
    int null_first[] = {QUIVER_DATA_TYPE_STRING, 7};
    const void *values[] = {NULL, NULL};
    assert_query_fails("SELECT ?, ?", unknown_first, values, 2, "Cannot query: unknown parameter type 7");
    assert_query_fails("SELECT ?, ?", null_first, values, 2,
                       "Cannot query: parameter at index 0 has null string value");
    /* parameters are converted before the SQL is compiled, counted or run */
    int types[] = {QUIVER_DATA_TYPE_INTEGER, QUIVER_DATA_TYPE_DATE_TIME};
    const void *bad[] = {&one, "2024-01-01"};
    assert_query_fails("SELEC nonsense", types, bad, 2, "Cannot query: unknown parameter type 3");
    assert_query_fails("", types, bad, 2, "Cannot query: unknown parameter type 3");
    assert_query_fails("SELECT ?", types, bad, 2, "Cannot query: unknown parameter type 3");
    assert_query_fails("INSERT INTO Sensor (label) VALUES ('x') RETURNING ?, ?", types, bad, 2,
                       "Cannot query: unknown parameter type 3");
    ck_assert_int_eq(query_count("SELECT COUNT(*) FROM Sensor"), 0);
}
END_TEST

/* ---- execution (c-api.md §13.2) ---- */

START_TEST(param_count_mismatch)
{
    int64_t one = 1, two = 2, three = 3;
    int types[] = {QUIVER_DATA_TYPE_INTEGER, QUIVER_DATA_TYPE_INTEGER, QUIVER_DATA_TYPE_INTEGER};
    const void *values[] = {&one, &two, &three};
    assert_query_fails("SELECT ?1 + ?2", types, values, 1,
                       "Failed to execute statement: expected 2 bound parameter(s) but got 1");
    assert_query_fails("SELECT ?1 + ?2", types, values, 3,
                       "Failed to execute statement: expected 2 bound parameter(s) but got 3");
    assert_query_fails("SELECT ?3", types, values, 1,
                       "Failed to execute statement: expected 3 bound parameter(s) but got 1");
    assert_query_fails("SELECT 1", types, values, 1,
                       "Failed to execute statement: expected 0 bound parameter(s) but got 1");
    /* the plain functions pass no parameters */
    assert_query_fails("SELECT ?", NULL, NULL, 0,
                       "Failed to execute statement: expected 1 bound parameter(s) but got 0");
    /* the count is checked before anything runs */
    assert_query_fails("INSERT INTO Sensor (label) VALUES (?)", NULL, NULL, 0,
                       "Failed to execute statement: expected 1 bound parameter(s) but got 0");
    ck_assert_int_eq(query_count("SELECT COUNT(*) FROM Sensor"), 0);
    /* the largest index counts, even when a smaller one is unused */
    int64_t integer = SENTINEL_INTEGER;
    int has = SENTINEL_HAS;
    qt_assert_ok(quiver_database_query_integer_params(db, "SELECT ?3", types, values, 3, &integer, &has));
    ck_assert_int_eq(integer, 3);
}
END_TEST

/* Parameter lists of every length around the C layer's in-place storage (8), and a fault late in a
 * long one. */
START_TEST(many_params)
{
    enum { MOST = 20 };
    int64_t numbers[MOST];
    int types[MOST];
    const void *values[MOST];
    for (int i = 0; i < MOST; ++i) {
        numbers[i] = i + 1;
        types[i] = QUIVER_DATA_TYPE_INTEGER;
        values[i] = &numbers[i];
    }
    char sql[256] = "SELECT 0";
    for (size_t count = 1; count <= MOST; ++count) {
        snprintf(sql + strlen(sql), sizeof sql - strlen(sql), " + ?%zu", count);
        int64_t sum = SENTINEL_INTEGER;
        int has = SENTINEL_HAS;
        qt_assert_ok(quiver_database_query_integer_params(db, sql, types, values, count, &sum, &has));
        ck_assert_int_eq(has, 1);
        ck_assert_int_eq(sum, (int64_t)(count * (count + 1) / 2));
    }
    types[12] = QUIVER_DATA_TYPE_DATE_TIME;
    assert_query_fails(sql, types, values, MOST, "Cannot query: unknown parameter type 3");
}
END_TEST

START_TEST(prepare_errors)
{
    assert_query_fails("SELEC 1", NULL, NULL, 0, "Failed to prepare statement: near \"SELEC\": syntax error");
    assert_query_fails("SELECT * FROM nope", NULL, NULL, 0,
                       "Failed to prepare statement: no such table: nope");
    assert_query_fails("SELECT nope FROM Sensor", NULL, NULL, 0,
                       "Failed to prepare statement: no such column: nope");
    /* a compile error is reported before a parameter-count mismatch */
    int64_t one = 1;
    int types[] = {QUIVER_DATA_TYPE_INTEGER};
    const void *values[] = {&one};
    assert_query_fails("SELEC ?, ?", types, values, 1,
                       "Failed to prepare statement: near \"SELEC\": syntax error");
}
END_TEST

START_TEST(empty_sql)
{
    static const char *const texts[] = {"", "   ", " \n\t ", "-- only a comment", "/* block */", ";"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; ++i)
        assert_query_fails(texts[i], NULL, NULL, 0, "Failed to execute statement: not an error");
    int64_t one = 1;
    int types[] = {QUIVER_DATA_TYPE_INTEGER};
    const void *values[] = {&one};
    assert_query_fails("  ", types, values, 1, "Failed to execute statement: not an error");
}
END_TEST

START_TEST(first_statement_only)
{
    int64_t integer = SENTINEL_INTEGER;
    int has = SENTINEL_HAS;
    qt_assert_ok(quiver_database_query_integer(db, "SELECT 1; SELECT 2", &integer, &has));
    ck_assert_int_eq(integer, 1);
    qt_assert_ok(quiver_database_query_integer(db, "SELECT 3; this is not SQL at all", &integer, &has));
    ck_assert_int_eq(integer, 3);
    qt_assert_ok(
        quiver_database_query_integer(db, "-- a leading comment\nSELECT 4; SELECT 5", &integer, &has));
    ck_assert_int_eq(integer, 4);
    qt_assert_ok(quiver_database_query_integer(
        db, "INSERT INTO Sensor (label) VALUES ('one'); INSERT INTO Sensor (label) VALUES ('two')", &integer,
        &has));
    ck_assert_int_eq(has, 0);
    ck_assert_int_eq(query_count("SELECT COUNT(*) FROM Sensor"), 1);
    /* the parameters counted are those of the first statement */
    int types[] = {QUIVER_DATA_TYPE_INTEGER};
    int64_t seven = 7;
    const void *values[] = {&seven};
    qt_assert_ok(
        quiver_database_query_integer_params(db, "SELECT ?; SELECT ?, ?", types, values, 1, &integer, &has));
    ck_assert_int_eq(integer, 7);
}
END_TEST

START_TEST(blob_rejected)
{
    assert_query_fails("SELECT x'00'", NULL, NULL, 0, "Failed to execute statement: BLOB type not supported");
    assert_query_fails("SELECT x''", NULL, NULL, 0, "Failed to execute statement: BLOB type not supported");
    assert_query_fails("SELECT zeroblob(4)", NULL, NULL, 0,
                       "Failed to execute statement: BLOB type not supported");
    /* in any column, and in any row, not only row 0, column 0 */
    assert_query_fails("SELECT 'text', 1, x'01'", NULL, NULL, 0,
                       "Failed to execute statement: BLOB type not supported");
    assert_query_fails("VALUES ('first'), ('second'), (x'02')", NULL, NULL, 0,
                       "Failed to execute statement: BLOB type not supported");
    /* the statement is reset after the failure and works again with other values */
    int64_t integer = SENTINEL_INTEGER;
    int has = SENTINEL_HAS;
    int types[] = {QUIVER_DATA_TYPE_INTEGER};
    int64_t flag = 1;
    const void *values[] = {&flag};
    const char *sql = "SELECT CASE WHEN ? THEN x'00' ELSE 11 END";
    assert_query_fails(sql, types, values, 1, "Failed to execute statement: BLOB type not supported");
    flag = 0;
    qt_assert_ok(quiver_database_query_integer_params(db, sql, types, values, 1, &integer, &has));
    ck_assert_int_eq(integer, 11);
}
END_TEST

START_TEST(step_errors)
{
    qt_assert_ok(quiver_database_query_integer(db, "INSERT INTO Sensor (label) VALUES ('dup')", &(int64_t){0},
                                               &(int){0}));
    assert_query_fails("INSERT INTO Sensor (label) VALUES ('dup')", NULL, NULL, 0,
                       "Failed to execute statement: UNIQUE constraint failed: Sensor.label");
    assert_query_fails("INSERT INTO Sensor (label) VALUES (NULL)", NULL, NULL, 0,
                       "Failed to execute statement: NOT NULL constraint failed: Sensor.label");
    assert_query_fails(
        "INSERT INTO Sensor (label, priority) VALUES ('typed', 'high')", NULL, NULL, 0,
        "Failed to execute statement: cannot store TEXT value in INTEGER column Sensor.priority");
    /* whitespace-trimmed string parameters collide with the stored label */
    int types[] = {QUIVER_DATA_TYPE_STRING};
    const void *values[] = {"  dup  "};
    assert_query_fails("INSERT INTO Sensor (label) VALUES (?)", types, values, 1,
                       "Failed to execute statement: UNIQUE constraint failed: Sensor.label");
    ck_assert_int_eq(query_count("SELECT COUNT(*) FROM Sensor"), 1);
}
END_TEST

/* DDL and DML run to completion and have no value. */
START_TEST(statements_without_results)
{
    char *text = SENTINEL_STRING;
    int64_t integer = SENTINEL_INTEGER;
    double real = SENTINEL_FLOAT;
    int has = SENTINEL_HAS;
    qt_assert_ok(quiver_database_query_string(db, "CREATE TABLE Scratch (a INTEGER, b TEXT)", &text, &has));
    ck_assert_int_eq(has, 0);
    ck_assert_ptr_null(text);
    int64_t a = 4;
    int types[] = {QUIVER_DATA_TYPE_INTEGER, QUIVER_DATA_TYPE_STRING};
    const void *values[] = {&a, "four"};
    has = SENTINEL_HAS;
    qt_assert_ok(quiver_database_query_integer_params(db, "INSERT INTO Scratch VALUES (?, ?)", types, values,
                                                      2, &integer, &has));
    ck_assert_int_eq(has, 0);
    ck_assert_int_eq(integer, SENTINEL_INTEGER);
    qt_assert_ok(quiver_database_query_float(db, "UPDATE Scratch SET a = a * 10", &real, &has));
    ck_assert_int_eq(has, 0);
    ck_assert_double_eq(real, SENTINEL_FLOAT);
    ck_assert_int_eq(query_count("SELECT a FROM Scratch WHERE b = 'four'"), 40);
    /* an INSERT with RETURNING gives its row */
    qt_assert_ok(quiver_database_query_integer(db, "INSERT INTO Sensor (label) VALUES ('r') RETURNING id",
                                               &integer, &has));
    ck_assert_int_eq(has, 1);
    ck_assert_int_eq(integer, 1);
    qt_assert_ok(quiver_database_query_integer(db, "DELETE FROM Scratch", &integer, &has));
    ck_assert_int_eq(query_count("SELECT COUNT(*) FROM Scratch"), 0);
    qt_assert_ok(quiver_database_query_integer(db, "DROP TABLE Scratch", &integer, &has));
    assert_query_fails("SELECT COUNT(*) FROM Scratch", NULL, NULL, 0,
                       "Failed to prepare statement: no such table: Scratch");
    /* every row of a multi-row statement is stepped: all three rows are updated */
    qt_assert_ok(
        quiver_database_query_integer(db, "INSERT INTO Sensor (label) VALUES ('s'), ('t')", &integer, &has));
    qt_assert_ok(
        quiver_database_query_integer(db, "UPDATE Sensor SET priority = 9 RETURNING id", &integer, &has));
    ck_assert_int_eq(integer, 1);
    ck_assert_int_eq(query_count("SELECT COUNT(*) FROM Sensor WHERE priority = 9"), 3);
    qt_assert_ok(quiver_database_query_integer(db, "PRAGMA user_version = 17", &integer, &has));
    ck_assert_int_eq(query_count("PRAGMA user_version"), 17);
}
END_TEST

/* A cached statement whose table changed reports what a fresh compile would. */
START_TEST(schema_change_between_calls)
{
    int64_t integer = SENTINEL_INTEGER;
    int has = SENTINEL_HAS;
    qt_assert_ok(quiver_database_query_integer(db, "CREATE TABLE Scratch (a INTEGER)", &integer, &has));
    qt_assert_ok(quiver_database_query_integer(db, "INSERT INTO Scratch VALUES (5)", &integer, &has));
    ck_assert_int_eq(query_count("SELECT a FROM Scratch"), 5);
    qt_assert_ok(
        quiver_database_query_integer(db, "ALTER TABLE Scratch RENAME COLUMN a TO b", &integer, &has));
    assert_query_fails("SELECT a FROM Scratch", NULL, NULL, 0,
                       "Failed to prepare statement: no such column: a");
    ck_assert_int_eq(query_count("SELECT b FROM Scratch"), 5);
    qt_assert_ok(quiver_database_query_integer(db, "ALTER TABLE Scratch ADD COLUMN c TEXT DEFAULT 'new'",
                                               &integer, &has));
    ck_assert_int_eq(query_count("SELECT COUNT(*) FROM Scratch"), 1);
    char *text = NULL;
    qt_assert_ok(quiver_database_query_string(db, "SELECT c FROM Scratch", &text, &has));
    ck_assert_str_eq(text, "new");
    quiver_database_free_string(text);
    qt_assert_ok(quiver_database_query_integer(db, "DROP TABLE Scratch", &integer, &has));
    assert_query_fails("SELECT b FROM Scratch", NULL, NULL, 0,
                       "Failed to prepare statement: no such table: Scratch");
}
END_TEST

/* Queries need no schema: they work on a database quiver could not load. */
START_TEST(no_schema_needed)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *plain = NULL;
    int64_t integer = SENTINEL_INTEGER;
    int has = SENTINEL_HAS;
    qt_assert_ok(quiver_database_open(":memory:", &options, &plain));
    qt_assert_ok(quiver_database_query_integer(plain, "CREATE TABLE not_quiver (x INTEGER)", &integer, &has));
    qt_assert_ok(
        quiver_database_query_integer(plain, "INSERT INTO not_quiver VALUES (3), (4)", &integer, &has));
    qt_assert_ok(quiver_database_query_integer(plain, "SELECT SUM(x) FROM not_quiver", &integer, &has));
    ck_assert_int_eq(has, 1);
    ck_assert_int_eq(integer, 7);
    quiver_database_close(plain);
}
END_TEST

START_TEST(read_only_database)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *file = qt_file_schema("valid/basic.sql", "read_only.db");
    quiver_database_close(file);
    options.read_only = 1;
    quiver_database_t *ro = NULL;
    qt_assert_ok(quiver_database_open(qt_temp_path("read_only.db"), &options, &ro));
    int64_t integer = SENTINEL_INTEGER;
    int has = SENTINEL_HAS;
    qt_assert_error(
        quiver_database_query_integer(ro, "INSERT INTO Sensor (label) VALUES ('x')", &integer, &has),
        "Failed to execute statement: attempt to write a readonly database");
    ck_assert_int_eq(integer, SENTINEL_INTEGER);
    ck_assert_int_eq(has, SENTINEL_HAS);
    qt_assert_ok(quiver_database_query_integer(ro, "SELECT COUNT(*) FROM Sensor", &integer, &has));
    ck_assert_int_eq(integer, 0);
    quiver_database_close(ro);
}
END_TEST

/* Prepared statements are reused with fresh bindings every time. */
START_TEST(repeated_queries)
{
    int types[] = {QUIVER_DATA_TYPE_INTEGER};
    int64_t value = 0;
    const void *values[] = {&value};
    int64_t integer = SENTINEL_INTEGER;
    int has = SENTINEL_HAS;
    for (value = 0; value < 5; ++value) {
        qt_assert_ok(
            quiver_database_query_integer_params(db, "SELECT ? * 2", types, values, 1, &integer, &has));
        ck_assert_int_eq(integer, value * 2);
    }
    int null_type[] = {QUIVER_DATA_TYPE_NULL};
    qt_assert_ok(
        quiver_database_query_integer_params(db, "SELECT ? * 2", null_type, values, 1, &integer, &has));
    ck_assert_int_eq(has, 0);
    /* many distinct texts (more than the statement cache keeps) */
    char sql[64];
    for (int i = 0; i < 1200; ++i) {
        snprintf(sql, sizeof sql, "SELECT %d", i);
        qt_assert_ok(quiver_database_query_integer(db, sql, &integer, &has));
        ck_assert_int_eq(integer, i);
    }
}
END_TEST

/* A successful call leaves the last error as it was (c-api.md §1.2). */
START_TEST(success_keeps_last_error)
{
    int64_t integer = SENTINEL_INTEGER;
    int has = SENTINEL_HAS;
    qt_assert_error(quiver_database_query_integer(db, "SELEC", &integer, &has),
                    "Failed to prepare statement: near \"SELEC\": syntax error");
    qt_assert_ok(quiver_database_query_integer(db, "SELECT 1", &integer, &has));
    ck_assert_str_eq(quiver_get_last_error(), "Failed to prepare statement: near \"SELEC\": syntax error");
}
END_TEST

/* ---- raw transaction statements (c-api.md §13.3, §9) ---- */

START_TEST(raw_begin_commit)
{
    int64_t integer = SENTINEL_INTEGER;
    int has = SENTINEL_HAS;
    int active = -1;
    qt_assert_ok(quiver_database_query_integer(db, "BEGIN", &integer, &has));
    ck_assert_int_eq(has, 0);
    qt_assert_ok(quiver_database_in_transaction(db, &active));
    ck_assert_int_eq(active, 1);
    qt_assert_error(quiver_database_begin_transaction(db),
                    "Cannot begin_transaction: transaction already active");
    qt_assert_error(quiver_database_begin_dry_run(db), "Cannot begin_dry_run: transaction already active");
    assert_query_fails("BEGIN", NULL, NULL, 0,
                       "Failed to execute statement: cannot start a transaction within a transaction");
    qt_assert_ok(
        quiver_database_query_integer(db, "INSERT INTO Sensor (label) VALUES ('kept')", &integer, &has));
    qt_assert_ok(quiver_database_query_integer(db, "COMMIT", &integer, &has));
    qt_assert_ok(quiver_database_in_transaction(db, &active));
    ck_assert_int_eq(active, 0);
    ck_assert_int_eq(query_count("SELECT COUNT(*) FROM Sensor"), 1);
    qt_assert_error(quiver_database_commit(db), "Cannot commit: no active transaction");
    assert_query_fails("COMMIT", NULL, NULL, 0,
                       "Failed to execute statement: cannot commit - no transaction is active");
    assert_query_fails("ROLLBACK", NULL, NULL, 0,
                       "Failed to execute statement: cannot rollback - no transaction is active");
}
END_TEST

START_TEST(raw_statements_end_api_transactions)
{
    int64_t integer = SENTINEL_INTEGER;
    int has = SENTINEL_HAS;
    int active = -1;
    /* a raw BEGIN is ended by the API's commit ... */
    qt_assert_ok(quiver_database_query_integer(db, "BEGIN IMMEDIATE", &integer, &has));
    qt_assert_ok(
        quiver_database_query_integer(db, "INSERT INTO Sensor (label) VALUES ('a')", &integer, &has));
    qt_assert_ok(quiver_database_commit(db));
    ck_assert_int_eq(query_count("SELECT COUNT(*) FROM Sensor"), 1);
    /* ... or rollback */
    qt_assert_ok(quiver_database_query_integer(db, "BEGIN", &integer, &has));
    qt_assert_ok(
        quiver_database_query_integer(db, "INSERT INTO Sensor (label) VALUES ('b')", &integer, &has));
    qt_assert_ok(quiver_database_rollback(db));
    ck_assert_int_eq(query_count("SELECT COUNT(*) FROM Sensor"), 1);
    /* begin_transaction is ended by a raw ROLLBACK */
    qt_assert_ok(quiver_database_begin_transaction(db));
    qt_assert_ok(
        quiver_database_query_integer(db, "INSERT INTO Sensor (label) VALUES ('c')", &integer, &has));
    qt_assert_ok(quiver_database_query_integer(db, "ROLLBACK", &integer, &has));
    qt_assert_ok(quiver_database_in_transaction(db, &active));
    ck_assert_int_eq(active, 0);
    qt_assert_error(quiver_database_rollback(db), "Cannot rollback: no active transaction");
    ck_assert_int_eq(query_count("SELECT COUNT(*) FROM Sensor"), 1);
}
END_TEST

/* ---- the core's qv_query_* (include/quiver/query.h) ---- */

START_TEST(core_queries)
{
    qv_options options = qv_options_default();
    options.console_level = QV_LOG_OFF;
    qv_db *core = NULL;
    qv_error err;
    ck_assert_int_eq(qv_db_open(":memory:", &options, &core, &err), QV_OK);

    qv_param params[] = {
        {.type = QV_TYPE_INTEGER, .integer = 40},
        {.type = QV_TYPE_FLOAT, .real = 2.5},
        {.type = QV_TYPE_STRING, .text = "  x  "},
        {.type = QV_TYPE_NULL},
    };
    int64_t integer = SENTINEL_INTEGER;
    double real = SENTINEL_FLOAT;
    char *text = SENTINEL_STRING;
    int has = SENTINEL_HAS;
    ck_assert_int_eq(
        qv_query_integer(core, "SELECT ?1 + 2 + (?4 IS NULL) + length(?3)", params, 4, &integer, &has),
        QV_OK);
    ck_assert_int_eq(integer, 44);
    ck_assert_int_eq(qv_query_float(core, "SELECT ?", params + 1, 1, &real, &has), QV_OK);
    ck_assert_double_eq(real, 2.5);
    ck_assert_int_eq(qv_query_string(core, "SELECT ?", params + 2, 1, &text, &has), QV_OK);
    ck_assert_str_eq(text, "x");
    qv_free(text);
    ck_assert_int_eq(qv_query_string(core, "SELECT 'none' WHERE 0", NULL, 0, &text, &has), QV_OK);
    ck_assert_ptr_null(text);
    ck_assert_int_eq(has, 0);

    /* the core checks its own parameters with the C API's messages */
    qv_param date_time[] = {{.type = QV_TYPE_DATE_TIME, .text = "2024-01-01"}};
    qv_param null_text[] = {{.type = QV_TYPE_NULL}, {.type = QV_TYPE_STRING, .text = NULL}};
    integer = SENTINEL_INTEGER;
    has = SENTINEL_HAS;
    ck_assert_int_eq(qv_query_integer(core, "SELECT ?", date_time, 1, &integer, &has), QV_ERROR);
    ck_assert_str_eq(qv_db_errmsg(core), "Cannot query: unknown parameter type 3");
    ck_assert_int_eq(qv_query_integer(core, "SELECT ?, ?", null_text, 2, &integer, &has), QV_ERROR);
    ck_assert_str_eq(qv_db_errmsg(core), "Cannot query: parameter at index 1 has null string value");
    ck_assert_int_eq(integer, SENTINEL_INTEGER);
    ck_assert_int_eq(has, SENTINEL_HAS);
    qv_db_close(core);
}
END_TEST

static Suite *queries_suite(void)
{
    Suite *s = suite_create("queries");

    TCase *args = tcase_create("arguments");
    tcase_add_checked_fixture(args, setup, teardown);
    tcase_add_test(args, null_arguments_plain);
    tcase_add_test(args, null_arguments_params);
    tcase_add_test(args, zero_params_arrays_not_checked);
    suite_add_tcase(s, args);

    TCase *results = tcase_create("results");
    tcase_add_checked_fixture(results, setup, teardown);
    tcase_add_loop_test(results, string_results, 0, sizeof string_cases / sizeof string_cases[0]);
    tcase_add_loop_test(results, integer_results, 0, sizeof integer_cases / sizeof integer_cases[0]);
    tcase_add_loop_test(results, float_results, 0, sizeof float_cases / sizeof float_cases[0]);
    tcase_add_test(results, aggregates);
    suite_add_tcase(s, results);

    TCase *params = tcase_create("parameters");
    tcase_add_checked_fixture(params, setup, teardown);
    tcase_add_test(params, param_types_bound);
    tcase_add_test(params, param_values_round_trip);
    tcase_add_test(params, param_positions);
    tcase_add_loop_test(params, string_params_trimmed, 0, sizeof trim_cases / sizeof trim_cases[0]);
    tcase_add_test(params, string_params_trimmed_when_stored);
    tcase_add_test(params, param_unknown_types);
    tcase_add_test(params, param_null_values);
    tcase_add_test(params, param_errors_in_order);
    suite_add_tcase(s, params);

    TCase *exec = tcase_create("execution");
    tcase_add_checked_fixture(exec, setup, teardown);
    tcase_add_test(exec, param_count_mismatch);
    tcase_add_test(exec, many_params);
    tcase_add_test(exec, prepare_errors);
    tcase_add_test(exec, empty_sql);
    tcase_add_test(exec, first_statement_only);
    tcase_add_test(exec, blob_rejected);
    tcase_add_test(exec, step_errors);
    tcase_add_test(exec, statements_without_results);
    tcase_add_test(exec, schema_change_between_calls);
    tcase_add_test(exec, no_schema_needed);
    tcase_add_test(exec, read_only_database);
    tcase_add_test(exec, repeated_queries);
    tcase_add_test(exec, success_keeps_last_error);
    tcase_add_test(exec, raw_begin_commit);
    tcase_add_test(exec, raw_statements_end_api_transactions);
    tcase_add_test(exec, core_queries);
    suite_add_tcase(s, exec);
    return s;
}

int main(void)
{
    return qt_run(queries_suite());
}
