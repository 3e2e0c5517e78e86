/*
 * The "as of" row reader, quiver_database_read_time_series_row
 * (c-api-groups-timeseries-csv.md §5.6): one entry per element in rowid
 * order, the last non-NULL value at or before the date (text comparison),
 * placeholders per type, multi-dimension ties, every error and NULL argument,
 * and one constant number of statements however many elements there are.
 * Fixtures: tests/schemas/valid/tsrow_data.sql and tsrow_many.sql.
 */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "db.h"
#include "helpers.h"

static quiver_database_t *db;

static void open_db(void)
{
    db = qt_open_schema("valid/tsrow_data.sql");
}

static void open_many(void)
{
    db = qt_open_schema("valid/tsrow_many.sql");
}

static void close_db(void)
{
    quiver_database_close(db);
    db = NULL;
}

typedef struct {
    int type;
    void *values;
    size_t count;
} row_result;

static void sentinel(row_result *r)
{
    r->type = 99;
    r->values = (void *)0x55;
    r->count = 66;
}

static void assert_untouched(const row_result *r)
{
    ck_assert_int_eq(r->type, 99);
    ck_assert_ptr_eq(r->values, (void *)0x55);
    ck_assert_uint_eq(r->count, 66);
}

static quiver_error_t read_in(const char *collection, const char *group, const char *attribute,
                              const char *date, row_result *r)
{
    return quiver_database_read_time_series_row(db, collection, group, attribute, date, &r->type, &r->values,
                                                &r->count);
}

static quiver_error_t read_row(const char *group, const char *attribute, const char *date, row_result *r)
{
    return read_in("Plant", group, attribute, date, r);
}

static void free_result(row_result *r)
{
    if (r->type == QUIVER_DATA_TYPE_INTEGER)
        ck_assert_int_eq(quiver_database_free_integer_array(r->values), QUIVER_OK);
    else if (r->type == QUIVER_DATA_TYPE_FLOAT)
        ck_assert_int_eq(quiver_database_free_float_array(r->values), QUIVER_OK);
    else
        ck_assert_int_eq(quiver_database_free_string_array(r->values, r->count), QUIVER_OK);
}

/* The float values of @p group.@p attribute at @p date for Alpha, Beta, Gamma and Delta (NAN: no value). */
static void assert_floats_at(const char *group, const char *attribute, const char *date,
                             const double *expected)
{
    row_result r;
    sentinel(&r);
    qt_assert_ok(read_row(group, attribute, date, &r));
    ck_assert_int_eq(r.type, QUIVER_DATA_TYPE_FLOAT);
    ck_assert_uint_eq(r.count, 4);
    const double *values = r.values;
    for (size_t i = 0; i < 4; ++i) {
        if (isnan(expected[i]))
            ck_assert_msg(isnan(values[i]), "%s at %s, element %zu: expected NaN, got %g", attribute, date, i,
                          values[i]);
        else
            ck_assert_msg(values[i] == expected[i], "%s at %s, element %zu: expected %g, got %g", attribute,
                          date, i, expected[i], values[i]);
    }
    free_result(&r);
}

static void assert_integers_at(const char *group, const char *attribute, const char *date,
                               const int64_t *expected)
{
    row_result r;
    sentinel(&r);
    qt_assert_ok(read_row(group, attribute, date, &r));
    ck_assert_int_eq(r.type, QUIVER_DATA_TYPE_INTEGER);
    ck_assert_uint_eq(r.count, 4);
    for (size_t i = 0; i < 4; ++i)
        ck_assert_int_eq(((int64_t *)r.values)[i], expected[i]);
    free_result(&r);
}

/* @p type is STRING or DATE_TIME; NULL in @p expected: no value. */
static void assert_strings_at(const char *group, const char *attribute, const char *date, int type,
                              const char *const *expected)
{
    row_result r;
    sentinel(&r);
    qt_assert_ok(read_row(group, attribute, date, &r));
    ck_assert_int_eq(r.type, type);
    ck_assert_uint_eq(r.count, 4);
    char **values = r.values;
    for (size_t i = 0; i < 4; ++i) {
        if (expected[i] == NULL)
            ck_assert_ptr_null(values[i]);
        else
            ck_assert_str_eq(values[i], expected[i]);
    }
    free_result(&r);
}

#define D2019 "2019-01-01T00:00:00"
#define D2020 "2020-01-01T00:00:00"
#define D2021 "2021-01-01T00:00:00"
#define D2022 "2022-01-01T00:00:00"

/* ---- values ------------------------------------------------------------ */

START_TEST(spec_example)
{
    /* §5.6's table: E1 = Alpha, E2 = Beta; Gamma has no rows, Delta only later ones */
    assert_floats_at("values", "v", D2020, (const double[]){1.0, NAN, NAN, NAN});
    assert_floats_at("values", "v", D2021, (const double[]){1.0, 1.0, NAN, NAN});
    assert_floats_at("values", "v", D2022, (const double[]){3.0, 1.0, NAN, NAN});
    /* "2020-01-01" sorts before "2020-01-01T00:00:00" */
    assert_floats_at("values", "v", "2020-01-01", (const double[]){NAN, NAN, NAN, NAN});
}
END_TEST

START_TEST(dates_between_before_and_after_rows)
{
    assert_floats_at("values", "v", "2021-06-15T12:00:00", (const double[]){1.0, 1.0, NAN, NAN});
    assert_floats_at("values", "v", D2019, (const double[]){NAN, NAN, NAN, NAN});
    assert_floats_at("values", "v", "9999-12-31T23:59:59", (const double[]){3.0, 1.0, NAN, 9.0});
    /* any text is compared as text, nothing is validated */
    assert_floats_at("values", "v", "hello", (const double[]){3.0, 1.0, NAN, 9.0});
    assert_floats_at("values", "v", "", (const double[]){NAN, NAN, NAN, NAN});
}
END_TEST

START_TEST(date_argument_is_trimmed)
{
    assert_floats_at("values", "v", " \t" D2021 "\r\n", (const double[]){1.0, 1.0, NAN, NAN});
    assert_floats_at("values", "v", "   ", (const double[]){NAN, NAN, NAN, NAN});
}
END_TEST

START_TEST(integer_values_and_placeholder)
{
    /* Beta's 0 at 2021 is a real value, indistinguishable from the placeholder */
    assert_integers_at("values", "quantity", D2021, (const int64_t[]){10, 0, 0, 0});
    assert_integers_at("values", "quantity", D2022, (const int64_t[]){30, 0, 0, 0});
    assert_integers_at("values", "quantity", D2019, (const int64_t[]){0, 0, 0, 0});
    assert_integers_at("values", "quantity", "9999", (const int64_t[]){30, 0, 0, 9});
}
END_TEST

START_TEST(string_values_and_placeholder)
{
    assert_strings_at("values", "note", D2020, QUIVER_DATA_TYPE_STRING,
                      (const char *const[]){"first", NULL, NULL, NULL});
    assert_strings_at("values", "note", D2021, QUIVER_DATA_TYPE_STRING,
                      (const char *const[]){"second", NULL, NULL, NULL});
    /* Alpha's NULL at 2022 lets "second" show through */
    assert_strings_at("values", "note", D2022, QUIVER_DATA_TYPE_STRING,
                      (const char *const[]){"second", "beta", NULL, NULL});
    assert_strings_at("values", "note", "9999", QUIVER_DATA_TYPE_STRING,
                      (const char *const[]){"second", "beta", NULL, "late"});
}
END_TEST

START_TEST(date_time_values)
{
    assert_strings_at("values", "date_valid", D2021, QUIVER_DATA_TYPE_DATE_TIME,
                      (const char *const[]){"2020-06-30T00:00:00", NULL, NULL, NULL});
    assert_strings_at("values", "date_valid", D2022, QUIVER_DATA_TYPE_DATE_TIME,
                      (const char *const[]){"2020-06-30T00:00:00", "2022-12-31T00:00:00", NULL, NULL});
    assert_strings_at("values", "date_valid", D2019, QUIVER_DATA_TYPE_DATE_TIME,
                      (const char *const[]){NULL, NULL, NULL, NULL});
}
END_TEST

START_TEST(ordering_dimension_is_first_date_column_by_name)
{
    /* window orders by date_end: the June row ends first */
    assert_floats_at("window", "width", "2024-07-01T00:00:00", (const double[]){2.0, NAN, NAN, NAN});
    assert_floats_at("window", "width", "2024-12-31T00:00:00", (const double[]){1.0, NAN, NAN, NAN});
    /* a date_time later than both rows' date_time but before their date_end: nothing */
    assert_floats_at("window", "width", "2024-06-15T00:00:00", (const double[]){NAN, NAN, NAN, NAN});
    /* date_time is then an ordinary DATE_TIME attribute */
    assert_strings_at("window", "date_time", "2024-12-31T00:00:00", QUIVER_DATA_TYPE_DATE_TIME,
                      (const char *const[]){"2024-01-01T00:00:00", NULL, NULL, NULL});
}
END_TEST

START_TEST(storage_class_mismatch_gives_placeholder)
{
    /* Alpha's 2020 row holds text in INTEGER and REAL columns and a blob in a TEXT
     * column: they are not NULL, so they are chosen, and read as placeholders */
    assert_integers_at("loose", "amount", D2019, (const int64_t[]){5, 0, 0, 0});
    assert_integers_at("loose", "amount", D2020, (const int64_t[]){0, 0, 0, 0});
    assert_floats_at("loose", "ratio", D2019, (const double[]){0.5, NAN, NAN, NAN});
    assert_floats_at("loose", "ratio", D2020, (const double[]){NAN, 4.0, NAN, NAN});
    assert_strings_at("loose", "remark", D2020, QUIVER_DATA_TYPE_STRING,
                      (const char *const[]){NULL, "fine", NULL, NULL});
    /* Beta's 2.5 stays a REAL in the INTEGER column; 7.0 became the integer 7 */
    assert_integers_at("loose", "amount", D2021, (const int64_t[]){0, 7, 0, 0});
    assert_floats_at("loose", "ratio", D2021, (const double[]){NAN, 4.0, NAN, NAN});
    assert_strings_at("loose", "remark", D2021, QUIVER_DATA_TYPE_STRING,
                      (const char *const[]){NULL, "fine", NULL, NULL});
}
END_TEST

START_TEST(empty_collection)
{
    row_result r;
    sentinel(&r);
    qt_assert_ok(read_in("Site", "level", "height", D2020, &r));
    ck_assert_int_eq(r.type, QUIVER_DATA_TYPE_FLOAT);
    ck_assert_ptr_null(r.values);
    ck_assert_uint_eq(r.count, 0);
}
END_TEST

START_TEST(elements_in_rowid_order)
{
    /* the fixture inserts Gamma, Alpha, Delta, Beta; entries follow read_element_ids */
    int64_t *ids = NULL;
    size_t count = 0;
    qt_assert_ok(quiver_database_read_element_ids(db, "Plant", &ids, &count));
    ck_assert_uint_eq(count, 4);
    for (size_t i = 0; i < 4; ++i)
        ck_assert_int_eq(ids[i], (int64_t)i + 1);
    quiver_database_free_integer_array(ids);
    /* an element added later gets an entry too, without any row */
    char *label = NULL;
    int has_label = 0;
    qt_assert_ok(quiver_database_query_string(
        db, "INSERT INTO Plant (id, label) VALUES (0, 'Zero') RETURNING label", &label, &has_label));
    ck_assert_str_eq(label, "Zero");
    quiver_database_free_string(label);
    row_result r;
    qt_assert_ok(read_row("values", "v", D2021, &r));
    ck_assert_uint_eq(r.count, 5);
    ck_assert(isnan(((double *)r.values)[0]));
    ck_assert_double_eq(((double *)r.values)[1], 1.0);
    ck_assert_double_eq(((double *)r.values)[2], 1.0);
    free_result(&r);
}
END_TEST

START_TEST(rowid_order_differs_from_id_order)
{
    /* Shuffled's rowid order is 30, 10, 20: the entries follow it, as read_element_ids does */
    int64_t *ids = NULL;
    size_t count = 0;
    qt_assert_ok(quiver_database_read_element_ids(db, "Shuffled", &ids, &count));
    ck_assert_uint_eq(count, 3);
    ck_assert_int_eq(ids[0], 30);
    ck_assert_int_eq(ids[1], 10);
    ck_assert_int_eq(ids[2], 20);
    quiver_database_free_integer_array(ids);
    row_result r;
    sentinel(&r);
    qt_assert_ok(read_in("Shuffled", "marks", "mark", D2021, &r));
    ck_assert_int_eq(r.type, QUIVER_DATA_TYPE_FLOAT);
    ck_assert_uint_eq(r.count, 3);
    const double *values = r.values;
    ck_assert_double_eq(values[0], 3.0);
    ck_assert_double_eq(values[1], 1.0);
    ck_assert_double_eq(values[2], 2.0);
    free_result(&r);
}
END_TEST

START_TEST(without_rowid_collection)
{
    /* elements are listed in rowid order, as read_element_ids lists them */
    row_result r;
    sentinel(&r);
    qt_assert_error(read_in("Keyed", "grades", "grade", D2020, &r),
                    "Failed to prepare statement: no such column: rowid");
    assert_untouched(&r);
}
END_TEST

/* ---- several dimensions ------------------------------------------------ */

START_TEST(multi_dimension_last_tied_row_wins)
{
    /* at 2020 Alpha's rows are block 1 = 1.5 and block 2 = NULL: the last one
     * (block 2) wins, so the value is absent although block 1 has one; Beta's
     * are block 1 = NULL and block 2 = 2.5 */
    assert_floats_at("blocks", "level", D2020, (const double[]){NAN, 2.5, NAN, NAN});
    /* the NULL filter only chooses the date: Alpha's latest non-NULL date is still 2020 */
    assert_floats_at("blocks", "level", D2021, (const double[]){NAN, 7.0, NAN, NAN});
    /* a single row at the chosen date behaves as in one dimension */
    assert_floats_at("blocks", "level", "2019-06-01T00:00:00", (const double[]){0.5, NAN, NAN, NAN});
}
END_TEST

START_TEST(multi_dimension_other_dimension_as_attribute)
{
    assert_integers_at("blocks", "block", D2020, (const int64_t[]){2, 2, 0, 0});
    assert_integers_at("blocks", "block", D2021, (const int64_t[]){2, 3, 0, 0});
    assert_integers_at("blocks", "block", D2019, (const int64_t[]){1, 0, 0, 0});
}
END_TEST

/* ---- errors ------------------------------------------------------------ */

START_TEST(errors)
{
    row_result r;
    sentinel(&r);
    qt_assert_error(read_in("Nope", "values", "v", D2020, &r),
                    "Cannot read_time_series_row: collection not found: Nope");
    /* the collection check comes first */
    qt_assert_error(read_in("Nope", "nope", "nope", D2020, &r),
                    "Cannot read_time_series_row: collection not found: Nope");
    qt_assert_error(read_row("nope", "v", D2020, &r),
                    "Time series group 'nope' not found for collection 'Plant'");
    /* names are case-sensitive; any table passes as a collection */
    qt_assert_error(read_in("plant", "values", "v", D2020, &r),
                    "Cannot read_time_series_row: collection not found: plant");
    qt_assert_error(read_row("Values", "v", D2020, &r),
                    "Time series group 'Values' not found for collection 'Plant'");
    qt_assert_error(read_in("Configuration", "values", "v", D2020, &r),
                    "Time series group 'values' not found for collection 'Configuration'");
    qt_assert_error(read_in("Site", "values", "v", D2020, &r),
                    "Time series group 'values' not found for collection 'Site'");
    qt_assert_error(read_row("steps", "pace", D2020, &r),
                    "Dimension column not found: time series table 'Plant_time_series_steps'");
    qt_assert_error(read_row("steps", "nope", D2020, &r),
                    "Dimension column not found: time series table 'Plant_time_series_steps'");
    qt_assert_error(read_row("values", "nope", D2020, &r),
                    "Time series attribute not found: 'nope' in group 'values' of collection 'Plant'");
    qt_assert_error(read_row("values", "id", D2020, &r),
                    "Time series attribute not found: 'id' in group 'values' of collection 'Plant'");
    qt_assert_error(read_row("values", "date_time", D2020, &r),
                    "Time series attribute not found: 'date_time' in group 'values' of collection 'Plant'");
    qt_assert_error(read_row("window", "date_end", D2020, &r),
                    "Time series attribute not found: 'date_end' in group 'window' of collection 'Plant'");
    qt_assert_error(read_row("values", "V", D2020, &r),
                    "Time series attribute not found: 'V' in group 'values' of collection 'Plant'");
    /* a column of another group of the collection is not one of this group */
    qt_assert_error(read_row("values", "level", D2020, &r),
                    "Time series attribute not found: 'level' in group 'values' of collection 'Plant'");
    assert_untouched(&r);
}
END_TEST

START_TEST(hostile_names_are_not_found)
{
    row_result r;
    sentinel(&r);
    qt_assert_error(read_in("Plant\"; DROP TABLE Plant; --", "values", "v", D2020, &r),
                    "Cannot read_time_series_row: collection not found: Plant\"; DROP TABLE Plant; --");
    qt_assert_error(read_row("values", "v\" FROM Plant --", D2020, &r),
                    "Time series attribute not found: 'v\" FROM Plant --' in group 'values' of collection "
                    "'Plant'");
    assert_untouched(&r);
    assert_floats_at("values", "v", D2021, (const double[]){1.0, 1.0, NAN, NAN});
}
END_TEST

START_TEST(null_arguments)
{
    int type = 99;
    void *values = (void *)0x55;
    size_t count = 66;
    qt_assert_error(
        quiver_database_read_time_series_row(NULL, "Plant", "values", "v", D2020, &type, &values, &count),
        "Null argument: db");
    qt_assert_error(
        quiver_database_read_time_series_row(db, NULL, "values", "v", D2020, &type, &values, &count),
        "Null argument: collection");
    qt_assert_error(
        quiver_database_read_time_series_row(db, "Plant", NULL, "v", D2020, &type, &values, &count),
        "Null argument: group");
    qt_assert_error(
        quiver_database_read_time_series_row(db, "Plant", "values", NULL, D2020, &type, &values, &count),
        "Null argument: attribute");
    qt_assert_error(
        quiver_database_read_time_series_row(db, "Plant", "values", "v", NULL, &type, &values, &count),
        "Null argument: date_time");
    qt_assert_error(
        quiver_database_read_time_series_row(db, "Plant", "values", "v", D2020, NULL, &values, &count),
        "Null argument: out_data_type");
    qt_assert_error(
        quiver_database_read_time_series_row(db, "Plant", "values", "v", D2020, &type, NULL, &count),
        "Null argument: out_values");
    qt_assert_error(
        quiver_database_read_time_series_row(db, "Plant", "values", "v", D2020, &type, &values, NULL),
        "Null argument: out_count");
    /* checked in the prototype's order, before the names */
    qt_assert_error(
        quiver_database_read_time_series_row(db, "Nope", "values", "v", NULL, &type, &values, &count),
        "Null argument: date_time");
    ck_assert_int_eq(type, 99);
    ck_assert_ptr_eq(values, (void *)0x55);
    ck_assert_uint_eq(count, 66);
}
END_TEST

START_TEST(success_keeps_last_error)
{
    row_result r;
    qt_assert_error(read_row("nope", "v", D2020, &r),
                    "Time series group 'nope' not found for collection 'Plant'");
    qt_assert_ok(read_row("values", "v", D2020, &r));
    ck_assert_str_eq(quiver_get_last_error(), "Time series group 'nope' not found for collection 'Plant'");
    free_result(&r);
}
END_TEST

/* ---- many elements ----------------------------------------------------- */

static int statements;

static int count_statements(unsigned event, void *context, void *p, void *x)
{
    (void)context, (void)p, (void)x;
    if (event == SQLITE_TRACE_STMT)
        statements++;
    return 0;
}

START_TEST(many_elements)
{
    row_result r;
    qt_assert_ok(read_row("values", "v", D2021, &r));
    ck_assert_int_eq(r.type, QUIVER_DATA_TYPE_FLOAT);
    ck_assert_uint_eq(r.count, 2000);
    const double *values = r.values;
    for (int64_t id = 1; id <= 2000; ++id) {
        double v = values[id - 1];
        if (id % 3 == 0)
            ck_assert_msg(isnan(v), "element %lld", (long long)id);
        else if (id % 2 == 1)
            ck_assert_double_eq(v, id * 10.0);
        else
            ck_assert_double_eq(v, (double)id);
    }
    free_result(&r);
}
END_TEST

START_TEST(many_elements_constant_statements)
{
    /* the handle of the C API is the core's; trace what it runs on SQLite */
    sqlite3 *sqlite = ((qv_db *)db)->sqlite;
    row_result r;
    qt_assert_ok(read_row("values", "v", D2020, &r)); /* loads the schema */
    free_result(&r);
    sqlite3_trace_v2(sqlite, SQLITE_TRACE_STMT, count_statements, NULL);
    statements = 0;
    qt_assert_ok(read_row("values", "v", D2021, &r));
    ck_assert_uint_eq(r.count, 2000);
    free_result(&r);
    /* the element ids and the values: two statements, not one per element */
    ck_assert_int_eq(statements, 2);
    sqlite3_trace_v2(sqlite, 0, NULL, NULL);
}
END_TEST

static Suite *time_series_row_suite(void)
{
    Suite *s = suite_create("time_series_row");

    TCase *values = tcase_create("values");
    tcase_add_checked_fixture(values, open_db, close_db);
    tcase_add_test(values, spec_example);
    tcase_add_test(values, dates_between_before_and_after_rows);
    tcase_add_test(values, date_argument_is_trimmed);
    tcase_add_test(values, integer_values_and_placeholder);
    tcase_add_test(values, string_values_and_placeholder);
    tcase_add_test(values, date_time_values);
    tcase_add_test(values, ordering_dimension_is_first_date_column_by_name);
    tcase_add_test(values, storage_class_mismatch_gives_placeholder);
    tcase_add_test(values, empty_collection);
    tcase_add_test(values, elements_in_rowid_order);
    tcase_add_test(values, rowid_order_differs_from_id_order);
    tcase_add_test(values, without_rowid_collection);
    suite_add_tcase(s, values);

    TCase *multi = tcase_create("multi_dimension");
    tcase_add_checked_fixture(multi, open_db, close_db);
    tcase_add_test(multi, multi_dimension_last_tied_row_wins);
    tcase_add_test(multi, multi_dimension_other_dimension_as_attribute);
    suite_add_tcase(s, multi);

    TCase *errors_case = tcase_create("errors");
    tcase_add_checked_fixture(errors_case, open_db, close_db);
    tcase_add_test(errors_case, errors);
    tcase_add_test(errors_case, hostile_names_are_not_found);
    tcase_add_test(errors_case, null_arguments);
    tcase_add_test(errors_case, success_keeps_last_error);
    suite_add_tcase(s, errors_case);

    TCase *many = tcase_create("many");
    tcase_add_checked_fixture(many, open_many, close_db);
    tcase_set_timeout(many, 60);
    tcase_add_test(many, many_elements);
    tcase_add_test(many, many_elements_constant_statements);
    suite_add_tcase(s, many);
    return s;
}

int main(void)
{
    return qt_run(time_series_row_suite());
}
