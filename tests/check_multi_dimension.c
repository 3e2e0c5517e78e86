/*
 * Multi-dimension time series (c-api-groups-timeseries-csv.md §5.1-5.4):
 * date_time plus block (or scenario) keys, ordering ties, dimension checks,
 * and date_time text stored verbatim and ordered as text (§5.2).
 * Fixture: tests/schemas/valid/timeseries_multi.sql.
 */
#include "block_helpers.h"

static quiver_database_t *db;

static void open_db(void)
{
    db = qt_open_schema("valid/timeseries_multi.sql");
}

static void close_db(void)
{
    quiver_database_close(db);
    db = NULL;
}

#define TS quiver_database_read_time_series_group

static quiver_error_t update(const char *group, int64_t id, const char *const *names, const int *types,
                             const void *const *data, const uint8_t *const *masks, size_t columns,
                             size_t rows)
{
    return quiver_database_update_time_series_group(db, "Plant", group, id, names, types, data, masks,
                                                    columns, rows);
}

START_TEST(read_spec_example)
{
    qt_block b;
    qt_assert_ok(qt_read(TS, db, "Plant", "output", 1, &b));
    ck_assert_uint_eq(b.columns, 3);
    ck_assert_uint_eq(b.rows, 4);
    qt_assert_column(&b, 0, "date_time", QUIVER_DATA_TYPE_STRING);
    qt_assert_column(&b, 1, "block", QUIVER_DATA_TYPE_INTEGER);
    qt_assert_column(&b, 2, "energy", QUIVER_DATA_TYPE_FLOAT);
    const char *dates[] = {"2024-01-01T00:00:00", "2024-01-01T00:00:00", "2024-02-01T00:00:00",
                           "2024-02-01T00:00:00"};
    const int64_t blocks[] = {1, 2, 1, 2};
    const double energy[] = {10.5, 20.0, 0.0, 40.25};
    const uint8_t present[] = {1, 1, 0, 1};
    for (size_t r = 0; r < 4; ++r) {
        ck_assert_str_eq(qt_text(&b, 0, r), dates[r]);
        ck_assert_int_eq(qt_int(&b, 1, r), blocks[r]); /* ties in primary-key order */
        ck_assert_double_eq(qt_float(&b, 2, r), energy[r]);
        ck_assert_int_eq(qt_has(&b, 0, r), 1);
        ck_assert_int_eq(qt_has(&b, 1, r), 1); /* dimension masks are all 1 */
        ck_assert_int_eq(qt_has(&b, 2, r), present[r]);
    }
    qt_block_free(&b);
}
END_TEST

START_TEST(read_dimension_declared_later)
{
    qt_block b;
    qt_assert_ok(qt_read(TS, db, "Plant", "scenarios", 1, &b));
    ck_assert_uint_eq(b.columns, 4);
    qt_assert_column(&b, 0, "date_time", QUIVER_DATA_TYPE_STRING);
    qt_assert_column(&b, 1, "scenario", QUIVER_DATA_TYPE_INTEGER);
    qt_assert_column(&b, 2, "level", QUIVER_DATA_TYPE_FLOAT);
    qt_assert_column(&b, 3, "tag", QUIVER_DATA_TYPE_STRING);
    ck_assert_uint_eq(b.rows, 3);
    ck_assert_str_eq(qt_text(&b, 0, 0), "2023-12-01T00:00:00");
    ck_assert_int_eq(qt_has(&b, 3, 0), 0);
    ck_assert_str_eq(qt_text(&b, 0, 1), "2024-01-01T00:00:00");
    ck_assert_str_eq(qt_text(&b, 0, 2), "2024-01-01T00:00:00");
    qt_block_free(&b);
}
END_TEST

START_TEST(update_with_both_dimensions)
{
    const char *names[] = {"energy", "block", "date_time"};
    int types[] = {QUIVER_DATA_TYPE_FLOAT, QUIVER_DATA_TYPE_INTEGER, QUIVER_DATA_TYPE_DATE_TIME};
    double energy[] = {3.0, 2.0, 1.0};
    int64_t blocks[] = {2, 1, 1};
    const char *dates[] = {"2025-01-01T00:00:00", "2025-01-01T00:00:00", "2024-12-31T00:00:00"};
    const void *data[] = {energy, blocks, dates};
    qt_assert_ok(update("output", 2, names, types, data, NULL, 3, 3));
    qt_block b;
    qt_assert_ok(qt_read(TS, db, "Plant", "output", 2, &b));
    ck_assert_uint_eq(b.rows, 3);
    ck_assert_str_eq(qt_text(&b, 0, 0), "2024-12-31T00:00:00");
    ck_assert_double_eq(qt_float(&b, 2, 0), 1.0);
    ck_assert_int_eq(qt_int(&b, 1, 1), 1);
    ck_assert_double_eq(qt_float(&b, 2, 1), 2.0);
    ck_assert_int_eq(qt_int(&b, 1, 2), 2);
    qt_block_free(&b);
    /* Alpha is untouched */
    qt_assert_ok(qt_read(TS, db, "Plant", "output", 1, &b));
    ck_assert_uint_eq(b.rows, 4);
    qt_block_free(&b);
}
END_TEST

START_TEST(update_missing_dimensions)
{
    const char *dates[] = {"2025-01-01T00:00:00"};
    int64_t blocks[] = {1};
    double energy[] = {1.0};
    const char *no_block[] = {"date_time", "energy"};
    int no_block_types[] = {QUIVER_DATA_TYPE_STRING, QUIVER_DATA_TYPE_FLOAT};
    const void *no_block_data[] = {dates, energy};
    qt_assert_error(update("output", 1, no_block, no_block_types, no_block_data, NULL, 2, 1),
                    "Cannot update_time_series_group: row missing required 'block' column");
    const char *no_date[] = {"block", "energy"};
    int no_date_types[] = {QUIVER_DATA_TYPE_INTEGER, QUIVER_DATA_TYPE_FLOAT};
    const void *no_date_data[] = {blocks, energy};
    qt_assert_error(update("output", 1, no_date, no_date_types, no_date_data, NULL, 2, 1),
                    "Cannot update_time_series_group: row missing required 'date_time' column");
    /* both missing: declaration order, so scenario before date_time */
    const char *neither[] = {"level"};
    const void *level_data[] = {energy};
    int level_types[] = {QUIVER_DATA_TYPE_FLOAT};
    qt_assert_error(update("scenarios", 1, neither, level_types, level_data, NULL, 1, 1),
                    "Cannot update_time_series_group: row missing required 'scenario' column");
    qt_block b;
    qt_assert_ok(qt_read(TS, db, "Plant", "output", 1, &b));
    ck_assert_uint_eq(b.rows, 4);
    qt_block_free(&b);
}
END_TEST

START_TEST(update_key_failures)
{
    const char *names[] = {"date_time", "block"};
    int types[] = {QUIVER_DATA_TYPE_STRING, QUIVER_DATA_TYPE_INTEGER};
    const char *dates[] = {"2025-01-01T00:00:00", "2025-01-01T00:00:00"};
    int64_t same[] = {1, 1};
    const void *data[] = {dates, same};
    qt_assert_error(update("output", 1, names, types, data, NULL, 2, 2),
                    "Failed to execute statement: UNIQUE constraint failed: Plant_time_series_output.id, "
                    "Plant_time_series_output.date_time, Plant_time_series_output.block");
    /* a masked dimension counts as present and fails at the insert */
    uint8_t masked[] = {1, 0};
    const uint8_t *masks[] = {NULL, masked};
    int64_t blocks[] = {1, 2};
    const void *masked_data[] = {dates, blocks};
    qt_assert_error(
        update("output", 1, names, types, masked_data, masks, 2, 2),
        "Failed to execute statement: NOT NULL constraint failed: Plant_time_series_output.block");
    qt_block b;
    qt_assert_ok(qt_read(TS, db, "Plant", "output", 1, &b));
    ck_assert_uint_eq(b.rows, 4);
    ck_assert_double_eq(qt_float(&b, 2, 3), 40.25);
    qt_block_free(&b);
}
END_TEST

START_TEST(date_time_text_is_verbatim)
{
    /* no validation or normalisation: only trimming; ordering is byte-wise text order */
    const char *names[] = {"date_time", "block"};
    int types[] = {QUIVER_DATA_TYPE_STRING, QUIVER_DATA_TYPE_INTEGER};
    const char *dates[] = {"hello", " 2024-01-01T00:00:00\t", "2024-01-01", "2024-1-1"};
    int64_t blocks[] = {1, 1, 1, 1};
    const void *data[] = {dates, blocks};
    qt_assert_ok(update("output", 2, names, types, data, NULL, 2, 4));
    qt_block b;
    qt_assert_ok(qt_read(TS, db, "Plant", "output", 2, &b));
    ck_assert_uint_eq(b.rows, 4);
    ck_assert_str_eq(qt_text(&b, 0, 0), "2024-01-01");
    ck_assert_str_eq(qt_text(&b, 0, 1), "2024-01-01T00:00:00");
    ck_assert_str_eq(qt_text(&b, 0, 2), "2024-1-1");
    ck_assert_str_eq(qt_text(&b, 0, 3), "hello");
    qt_block_free(&b);
}
END_TEST

static Suite *multi_dimension_suite(void)
{
    Suite *s = suite_create("multi_dimension");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, open_db, close_db);
    tcase_add_test(tc, read_spec_example);
    tcase_add_test(tc, read_dimension_declared_later);
    tcase_add_test(tc, update_with_both_dimensions);
    tcase_add_test(tc, update_missing_dimensions);
    tcase_add_test(tc, update_key_failures);
    tcase_add_test(tc, date_time_text_is_verbatim);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return qt_run(multi_dimension_suite());
}
