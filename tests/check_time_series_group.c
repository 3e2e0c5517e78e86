/*
 * Time-series groups (c-api-groups-timeseries-csv.md §5.1-5.4, §5.7):
 * read_time_series_group and update_time_series_group, with clearing, masks,
 * NULL cells, ordering by the dimension and every error message.
 * Fixture: tests/schemas/valid/timeseries_data.sql.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "block_helpers.h"

static quiver_database_t *db;

static void open_db(void)
{
    db = qt_open_schema("valid/timeseries_data.sql");
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

/* Alpha's output rows are still those of the fixture. */
static void assert_alpha_output_intact(void)
{
    qt_block b;
    qt_assert_ok(qt_read(TS, db, "Plant", "output", 1, &b));
    ck_assert_uint_eq(b.rows, 3);
    ck_assert_str_eq(qt_text(&b, 0, 0), "2024-01-01T00:00:00");
    ck_assert_double_eq(qt_float(&b, 1, 0), 10.0);
    ck_assert_str_eq(qt_text(&b, 0, 2), "2024-03-01T00:00:00");
    qt_block_free(&b);
}

/* ---- reads ------------------------------------------------------------- */

START_TEST(read_columns_rows_and_masks)
{
    qt_block b;
    qt_block_sentinel(&b);
    qt_assert_ok(qt_read(TS, db, "Plant", "output", 1, &b));
    ck_assert_uint_eq(b.columns, 7);
    ck_assert_uint_eq(b.rows, 3);
    /* the ordering dimension first, typed STRING; then the others in declaration order */
    qt_assert_column(&b, 0, "date_time", QUIVER_DATA_TYPE_STRING);
    qt_assert_column(&b, 1, "energy", QUIVER_DATA_TYPE_FLOAT);
    qt_assert_column(&b, 2, "note", QUIVER_DATA_TYPE_STRING);
    qt_assert_column(&b, 3, "units", QUIVER_DATA_TYPE_INTEGER);
    qt_assert_column(&b, 4, "date_verified", QUIVER_DATA_TYPE_DATE_TIME);
    qt_assert_column(&b, 5, "fuel_id", QUIVER_DATA_TYPE_INTEGER);
    qt_assert_column(&b, 6, "quality", QUIVER_DATA_TYPE_INTEGER);
    /* ordered by date_time although inserted March, January, February */
    ck_assert_str_eq(qt_text(&b, 0, 0), "2024-01-01T00:00:00");
    ck_assert_str_eq(qt_text(&b, 0, 1), "2024-02-01T00:00:00");
    ck_assert_str_eq(qt_text(&b, 0, 2), "2024-03-01T00:00:00");
    for (size_t r = 0; r < 3; ++r)
        ck_assert_int_eq(qt_has(&b, 0, r), 1);
    ck_assert_double_eq(qt_float(&b, 1, 0), 10.0);
    ck_assert_str_eq(qt_text(&b, 2, 0), "first");
    ck_assert_int_eq(qt_int(&b, 3, 0), 1);
    ck_assert_str_eq(qt_text(&b, 4, 0), "2024-01-02T00:00:00");
    ck_assert_int_eq(qt_int(&b, 5, 0), 1);
    ck_assert_int_eq(qt_int(&b, 6, 2), 5);
    /* the February row: NULL cells with placeholders */
    ck_assert_int_eq(qt_has(&b, 1, 1), 0);
    ck_assert_double_eq(qt_float(&b, 1, 1), 0.0);
    ck_assert_int_eq(qt_has(&b, 2, 1), 1);
    ck_assert_str_eq(qt_text(&b, 2, 1), "gap");
    ck_assert_int_eq(qt_has(&b, 3, 1), 0);
    ck_assert_int_eq(qt_int(&b, 3, 1), 0);
    ck_assert_int_eq(qt_has(&b, 4, 1), 0);
    ck_assert_ptr_null(qt_text(&b, 4, 1));
    ck_assert_int_eq(qt_has(&b, 2, 2), 0);
    ck_assert_ptr_null(qt_text(&b, 2, 2));
    qt_block_free(&b);
}
END_TEST

START_TEST(read_empty_results)
{
    qt_block b;
    qt_block_sentinel(&b);
    qt_assert_ok(qt_read(TS, db, "Plant", "output", 3, &b)); /* element without rows */
    qt_assert_empty(&b);
    qt_block_sentinel(&b);
    qt_assert_ok(qt_read(TS, db, "Plant", "output", 12345, &b)); /* no such element */
    qt_assert_empty(&b);
    qt_block_free(&b);
}
END_TEST

START_TEST(read_orders_by_first_date_column_by_name)
{
    qt_block b;
    qt_assert_ok(qt_read(TS, db, "Plant", "window", 1, &b));
    /* date_end < date_time byte-wise: date_end is the ordering dimension */
    qt_assert_column(&b, 0, "date_end", QUIVER_DATA_TYPE_STRING);
    qt_assert_column(&b, 1, "date_time", QUIVER_DATA_TYPE_DATE_TIME);
    qt_assert_column(&b, 2, "level", QUIVER_DATA_TYPE_FLOAT);
    ck_assert_str_eq(qt_text(&b, 0, 0), "2024-06-30T00:00:00");
    ck_assert_double_eq(qt_float(&b, 2, 0), 2.0);
    ck_assert_str_eq(qt_text(&b, 0, 1), "2024-12-31T00:00:00");
    qt_block_free(&b);

    /* a table without a primary key is still readable */
    qt_assert_ok(qt_read(TS, db, "Plant", "loose", 1, &b));
    ck_assert_uint_eq(b.rows, 2);
    ck_assert_str_eq(qt_text(&b, 0, 0), "2024-01-01T00:00:00");
    ck_assert_double_eq(qt_float(&b, 1, 1), 2.0);
    qt_block_free(&b);
}
END_TEST

START_TEST(read_errors)
{
    qt_block b;
    qt_block_sentinel(&b);
    qt_assert_error(qt_read(TS, db, "Unit", "output", 1, &b),
                    "Cannot get_time_series_metadata: collection not found: Unit");
    qt_assert_error(qt_read(TS, db, "Plant", "input", 1, &b),
                    "Time series group not found: 'input' in collection 'Plant'");
    qt_assert_error(qt_read(TS, db, "Fuel", "output", 1, &b),
                    "Time series group not found: 'output' in collection 'Fuel'");
    qt_assert_error(qt_read(TS, db, "Plant", "steps", 1, &b),
                    "Dimension column not found: time series table 'Plant_time_series_steps'");
    qt_assert_error(qt_read(TS, db, "Plant", "output'; DROP TABLE Plant; --", 1, &b),
                    "Time series group not found: 'output'; DROP TABLE Plant; --' in collection 'Plant'");
    qt_assert_untouched(&b);

    qt_assert_error(
        TS(NULL, "Plant", "output", 1, &b.names, &b.types, &b.data, &b.masks, &b.columns, &b.rows),
        "Null argument: db");
    qt_assert_error(TS(db, NULL, "output", 1, &b.names, &b.types, &b.data, &b.masks, &b.columns, &b.rows),
                    "Null argument: collection");
    qt_assert_error(TS(db, "Plant", NULL, 1, &b.names, &b.types, &b.data, &b.masks, &b.columns, &b.rows),
                    "Null argument: group");
    qt_assert_error(TS(db, "Plant", "output", 1, NULL, &b.types, &b.data, &b.masks, &b.columns, &b.rows),
                    "Null argument: out_column_names");
    qt_assert_error(TS(db, "Plant", "output", 1, &b.names, NULL, &b.data, &b.masks, &b.columns, &b.rows),
                    "Null argument: out_column_types");
    qt_assert_error(TS(db, "Plant", "output", 1, &b.names, &b.types, NULL, &b.masks, &b.columns, &b.rows),
                    "Null argument: out_column_data");
    qt_assert_error(TS(db, "Plant", "output", 1, &b.names, &b.types, &b.data, NULL, &b.columns, &b.rows),
                    "Null argument: out_column_has_value");
    qt_assert_error(TS(db, "Plant", "output", 1, &b.names, &b.types, &b.data, &b.masks, NULL, &b.rows),
                    "Null argument: out_column_count");
    qt_assert_error(TS(db, "Plant", "output", 1, &b.names, &b.types, &b.data, &b.masks, &b.columns, NULL),
                    "Null argument: out_row_count");
    qt_assert_untouched(&b);
}
END_TEST

/* ---- updates ----------------------------------------------------------- */

START_TEST(update_replaces_rows)
{
    const char *names[] = {"note", "date_time", "energy", "units", "date_verified"};
    int types[] = {QUIVER_DATA_TYPE_STRING, QUIVER_DATA_TYPE_DATE_TIME, QUIVER_DATA_TYPE_INTEGER,
                   QUIVER_DATA_TYPE_INTEGER, QUIVER_DATA_TYPE_STRING};
    const char *notes[] = {" late\r\n", NULL, "early"};
    const char *dates[] = {"2025-03-01T00:00:00", "2025-02-01T00:00:00", "2025-01-01T00:00:00"};
    int64_t energy[] = {3, 2, 1};
    int64_t units[] = {30, 20, 10};
    const char *verified[] = {"2025-03-02", "anything", "2025-01-02"};
    const void *data[] = {notes, dates, energy, units, verified};
    uint8_t units_mask[] = {1, 0, 1};
    const uint8_t *masks[] = {NULL, NULL, NULL, units_mask, NULL};
    qt_assert_ok(update("output", 1, names, types, data, masks, 5, 3));

    qt_block b;
    qt_assert_ok(qt_read(TS, db, "Plant", "output", 1, &b));
    ck_assert_uint_eq(b.rows, 3);
    ck_assert_str_eq(qt_text(&b, 0, 0), "2025-01-01T00:00:00");
    ck_assert_str_eq(qt_text(&b, 0, 2), "2025-03-01T00:00:00");
    ck_assert_double_eq(qt_float(&b, 1, 0), 1.0); /* integers stored in a REAL column as reals */
    ck_assert_double_eq(qt_float(&b, 1, 2), 3.0);
    ck_assert_str_eq(qt_text(&b, 2, 0), "early");
    ck_assert_int_eq(qt_has(&b, 2, 1), 0);
    ck_assert_str_eq(qt_text(&b, 2, 2), "late"); /* trimmed */
    ck_assert_int_eq(qt_int(&b, 3, 0), 10);
    ck_assert_int_eq(qt_has(&b, 3, 1), 0);
    ck_assert_str_eq(qt_text(&b, 4, 1), "anything"); /* date-time text is not validated */
    ck_assert_int_eq(qt_has(&b, 5, 0), 0);           /* fuel_id not given: NULL */
    ck_assert_int_eq(qt_int(&b, 6, 0), 1);           /* quality not given: its DEFAULT */
    qt_block_free(&b);

    /* Beta's rows were not touched */
    qt_assert_ok(qt_read(TS, db, "Plant", "output", 2, &b));
    ck_assert_uint_eq(b.rows, 1);
    ck_assert_str_eq(qt_text(&b, 2, 0), "beta");
    qt_block_free(&b);
}
END_TEST

START_TEST(update_null_columns_and_repeated_names)
{
    const char *names[] = {"date_time", "energy", "note", "energy"};
    int types[] = {QUIVER_DATA_TYPE_STRING, QUIVER_DATA_TYPE_STRING, 55, QUIVER_DATA_TYPE_FLOAT};
    const char *dates[] = {"2024-05-01T00:00:00", "2024-04-01T00:00:00"};
    const char *wrong[] = {"not used", "not used"};
    double energy[] = {5.5, 4.5};
    /* note: a NULL column with an invalid tag; energy: the later column wins over text */
    const void *data[] = {dates, wrong, NULL, energy};
    qt_assert_ok(update("output", 2, names, types, data, NULL, 4, 2));
    qt_block b;
    qt_assert_ok(qt_read(TS, db, "Plant", "output", 2, &b));
    ck_assert_uint_eq(b.rows, 2);
    ck_assert_str_eq(qt_text(&b, 0, 0), "2024-04-01T00:00:00");
    ck_assert_double_eq(qt_float(&b, 1, 0), 4.5);
    ck_assert_double_eq(qt_float(&b, 1, 1), 5.5);
    ck_assert_int_eq(qt_has(&b, 2, 0) + qt_has(&b, 2, 1), 0);
    qt_block_free(&b);
}
END_TEST

START_TEST(update_clears)
{
    qt_block b;
    qt_assert_ok(update("output", 1, NULL, NULL, NULL, NULL, 0, 0));
    qt_assert_ok(qt_read(TS, db, "Plant", "output", 1, &b));
    qt_assert_empty(&b);
    /* clearing does not check the element */
    qt_assert_ok(update("output", 777, NULL, NULL, NULL, NULL, 0, 0));
    /* no columns but rows: the empty rows lack the dimension */
    qt_assert_error(update("output", 2, NULL, NULL, NULL, NULL, 0, 3),
                    "Cannot update_time_series_group: row missing required 'date_time' column");
    qt_assert_ok(qt_read(TS, db, "Plant", "output", 2, &b));
    ck_assert_uint_eq(b.rows, 1);
    qt_block_free(&b);
}
END_TEST

START_TEST(update_decoding_errors)
{
    const char *names[] = {"date_time", "energy"};
    int types[] = {QUIVER_DATA_TYPE_STRING, 8};
    const char *dates[] = {"2024-01-01T00:00:00"};
    double energy[] = {1.0};
    const void *data[] = {dates, energy};
    qt_assert_error(
        quiver_database_update_time_series_group(db, "Nope", "output", 1, names, types, data, NULL, 2, 0),
        "Cannot update_time_series_group: columns [date_time, energy] contain no rows; pass no columns "
        "to clear the group");
    qt_assert_error(
        quiver_database_update_time_series_group(db, "Nope", "output", 1, names, types, data, NULL, 2, 1),
        "Cannot update_time_series_group: unknown column type 8");
    uint8_t off[] = {0};
    const uint8_t *masks[] = {NULL, off};
    int dimension_bad[] = {-1, 8};
    qt_assert_error(update("output", 1, names, dimension_bad, data, masks, 2, 1),
                    "Cannot update_time_series_group: unknown column type -1");
    assert_alpha_output_intact();
}
END_TEST

START_TEST(update_lookup_errors)
{
    const char *names[] = {"date_time"};
    int types[] = {QUIVER_DATA_TYPE_STRING};
    const char *dates[] = {"2024-01-01T00:00:00"};
    const void *data[] = {dates};
    qt_assert_error(
        quiver_database_update_time_series_group(db, "Unit", "output", 1, names, types, data, NULL, 1, 1),
        "Cannot update_time_series_group: collection not found: Unit");
    qt_assert_error(update("input", 1, names, types, data, NULL, 1, 1),
                    "Time series group 'input' not found for collection 'Plant'");
    qt_assert_error(update("input", 1, NULL, NULL, NULL, NULL, 0, 0),
                    "Time series group 'input' not found for collection 'Plant'");
    /* no primary-key column besides id */
    qt_assert_error(update("loose", 1, names, types, data, NULL, 1, 1),
                    "Dimension column not found: time series table 'Plant_time_series_loose'");
    qt_assert_error(update("loose", 1, NULL, NULL, NULL, NULL, 0, 0),
                    "Dimension column not found: time series table 'Plant_time_series_loose'");
    assert_alpha_output_intact();
}
END_TEST

START_TEST(update_row_errors)
{
    const char *dates[] = {"2024-01-01T00:00:00", "2024-01-02T00:00:00"};
    double reals[] = {1.0, 2.0};
    int64_t integers[] = {1, 2};
    const char *texts[] = {"a", "b"};
    int types[] = {QUIVER_DATA_TYPE_FLOAT, QUIVER_DATA_TYPE_STRING};

    /* the missing dimension comes before an unknown column */
    const char *no_dimension[] = {"energy", "bogus"};
    const void *data[] = {reals, texts};
    qt_assert_error(update("output", 1, no_dimension, types, data, NULL, 2, 2),
                    "Cannot update_time_series_group: row missing required 'date_time' column");
    const char *unknown[] = {"date_time", "bogus"};
    int text_types[] = {QUIVER_DATA_TYPE_STRING, QUIVER_DATA_TYPE_STRING};
    const void *unknown_data[] = {dates, texts};
    qt_assert_error(
        update("output", 1, unknown, text_types, unknown_data, NULL, 2, 2),
        "Cannot update_time_series_group: column 'bogus' not found in group 'output' for collection "
        "'Plant'");
    const char *id[] = {"date_time", "id"};
    int id_types[] = {QUIVER_DATA_TYPE_STRING, QUIVER_DATA_TYPE_INTEGER};
    const void *id_data[] = {dates, integers};
    qt_assert_error(
        update("output", 1, id, id_types, id_data, NULL, 2, 2),
        "Cannot update_time_series_group: column 'id' not found in group 'output' for collection 'Plant'");

    /* types: text is not accepted for INTEGER, even for a relation (no label resolution) */
    const char *fuel[] = {"date_time", "fuel_id"};
    const void *fuel_data[] = {dates, texts};
    qt_assert_error(update("output", 1, fuel, text_types, fuel_data, NULL, 2, 2),
                    "Cannot update_time_series_group: column 'fuel_id' has type INTEGER but received TEXT");
    const char *units[] = {"date_time", "units"};
    int real_types[] = {QUIVER_DATA_TYPE_STRING, QUIVER_DATA_TYPE_FLOAT};
    const void *units_data[] = {dates, reals};
    qt_assert_error(update("output", 1, units, real_types, units_data, NULL, 2, 2),
                    "Cannot update_time_series_group: column 'units' has type INTEGER but received REAL");
    const char *note[] = {"date_time", "note"};
    const void *note_data[] = {dates, integers};
    qt_assert_error(update("output", 1, note, id_types, note_data, NULL, 2, 2),
                    "Cannot update_time_series_group: column 'note' has type TEXT but received INTEGER");
    const char *dimension[] = {"date_time"};
    int integer_type[] = {QUIVER_DATA_TYPE_INTEGER};
    const void *dimension_data[] = {integers};
    qt_assert_error(
        update("output", 1, dimension, integer_type, dimension_data, NULL, 1, 2),
        "Cannot update_time_series_group: column 'date_time' has type DATE_TIME but received INTEGER");

    /* rows first, then columns in name order: row 0's note before row 1's energy */
    const char *order[] = {"date_time", "energy", "note"};
    int order_types[] = {QUIVER_DATA_TYPE_STRING, QUIVER_DATA_TYPE_STRING, QUIVER_DATA_TYPE_INTEGER};
    uint8_t energy_mask[] = {0, 1};
    uint8_t note_mask[] = {1, 0};
    const uint8_t *order_masks[] = {NULL, energy_mask, note_mask};
    const void *order_data[] = {dates, texts, integers};
    qt_assert_error(update("output", 1, order, order_types, order_data, order_masks, 3, 2),
                    "Cannot update_time_series_group: column 'note' has type TEXT but received INTEGER");
    /* an unknown column after a mismatching one in name order: the mismatch is reported */
    const char *later[] = {"date_time", "energy", "zzz"};
    const void *later_data[] = {dates, texts, texts};
    int later_types[] = {QUIVER_DATA_TYPE_STRING, QUIVER_DATA_TYPE_STRING, QUIVER_DATA_TYPE_STRING};
    qt_assert_error(update("output", 1, later, later_types, later_data, NULL, 3, 2),
                    "Cannot update_time_series_group: column 'energy' has type REAL but received TEXT");
    assert_alpha_output_intact();
}
END_TEST

START_TEST(update_sqlite_failures)
{
    const char *names[] = {"date_time", "energy"};
    int types[] = {QUIVER_DATA_TYPE_STRING, QUIVER_DATA_TYPE_FLOAT};
    const char *same[] = {"2024-01-01T00:00:00", " 2024-01-01T00:00:00 "};
    double energy[] = {1.0, 2.0};
    const void *data[] = {same, energy};
    /* equal after trimming: a duplicate key */
    qt_assert_error(update("output", 1, names, types, data, NULL, 2, 2),
                    "Failed to execute statement: UNIQUE constraint failed: Plant_time_series_output.id, "
                    "Plant_time_series_output.date_time");
    assert_alpha_output_intact(); /* rolled back: the delete is undone */

    uint8_t masked[] = {1, 0};
    const uint8_t *masks[] = {masked, NULL};
    const char *dates[] = {"2024-01-01T00:00:00", "2024-01-02T00:00:00"};
    const void *masked_data[] = {dates, energy};
    qt_assert_error(
        update("output", 1, names, types, masked_data, masks, 2, 2),
        "Failed to execute statement: NOT NULL constraint failed: Plant_time_series_output.date_time");
    /* the element is not checked: a missing one fails on its foreign key */
    qt_assert_error(update("output", 99, names, types, masked_data, NULL, 2, 2),
                    "Failed to execute statement: FOREIGN KEY constraint failed");
    int64_t unknown_fuel[] = {1, 9};
    const char *fuel_names[] = {"date_time", "fuel_id"};
    int fuel_types[] = {QUIVER_DATA_TYPE_STRING, QUIVER_DATA_TYPE_INTEGER};
    const void *fuel_data[] = {dates, unknown_fuel};
    qt_assert_error(update("output", 1, fuel_names, fuel_types, fuel_data, NULL, 2, 2),
                    "Failed to execute statement: FOREIGN KEY constraint failed");
    assert_alpha_output_intact();
}
END_TEST

START_TEST(update_in_caller_transaction)
{
    const char *names[] = {"date_time", "energy"};
    int types[] = {QUIVER_DATA_TYPE_STRING, QUIVER_DATA_TYPE_STRING};
    const char *dates[] = {"2024-01-01T00:00:00"};
    const void *data[] = {dates, dates};
    qt_assert_ok(quiver_database_begin_transaction(db));
    qt_assert_error(update("output", 1, names, types, data, NULL, 2, 1),
                    "Cannot update_time_series_group: column 'energy' has type REAL but received TEXT");
    assert_alpha_output_intact(); /* validation runs before the delete */
    qt_assert_ok(update("output", 1, names, types, data, NULL, 1, 1));
    qt_assert_ok(quiver_database_rollback(db));
    assert_alpha_output_intact();
}
END_TEST

START_TEST(update_dimension_only_by_primary_key)
{
    /* steps: the dimension is step (the primary key), so writes work though reads cannot order */
    const char *names[] = {"step", "amount"};
    int types[] = {QUIVER_DATA_TYPE_INTEGER, QUIVER_DATA_TYPE_INTEGER};
    int64_t steps[] = {1, 2};
    int64_t amounts[] = {10, 20};
    const void *data[] = {steps, amounts};
    qt_assert_ok(update("steps", 1, names, types, data, NULL, 2, 2));
    qt_assert_error(update("steps", 1, names + 1, types, data + 1, NULL, 1, 2),
                    "Cannot update_time_series_group: row missing required 'step' column");
    qt_block b;
    qt_block_sentinel(&b);
    qt_assert_error(qt_read(TS, db, "Plant", "steps", 1, &b),
                    "Dimension column not found: time series table 'Plant_time_series_steps'");
    qt_assert_untouched(&b);
}
END_TEST

/* NULL data columns need no caller memory for any row count: one whose
 * decoded cells could not even be addressed fails at decoding, at once. */
START_TEST(update_huge_row_count)
{
    const char *names[] = {"date_time", "energy"};
    int types[] = {QUIVER_DATA_TYPE_STRING, QUIVER_DATA_TYPE_FLOAT};
    const void *data[] = {NULL, NULL};
    qt_assert_error(update("output", 1, names, types, data, NULL, 2, SIZE_MAX), "Memory allocation failed");
    qt_assert_error(update("output", 1, names, types, data, NULL, 2, SIZE_MAX / 16),
                    "Memory allocation failed");
    assert_alpha_output_intact();
}
END_TEST

START_TEST(update_many_rows)
{
    enum { ROWS = 10000 };
    char **dates = malloc(ROWS * sizeof *dates);
    double *energy = malloc(ROWS * sizeof *energy);
    for (size_t r = 0; r < ROWS; ++r) {
        dates[r] = malloc(32);
        /* written newest first, read back oldest first */
        snprintf(dates[r], 32, "2000-01-01T%05zu", (size_t)(ROWS - r));
        energy[r] = (double)r;
    }
    const char *names[] = {"date_time", "energy"};
    int types[] = {QUIVER_DATA_TYPE_DATE_TIME, QUIVER_DATA_TYPE_FLOAT};
    const void *data[] = {dates, energy};
    qt_assert_ok(update("output", 3, names, types, data, NULL, 2, ROWS));
    qt_block b;
    qt_assert_ok(qt_read(TS, db, "Plant", "output", 3, &b));
    ck_assert_uint_eq(b.rows, ROWS);
    for (size_t r = 0; r < ROWS; ++r) {
        ck_assert_str_eq(qt_text(&b, 0, r), dates[ROWS - 1 - r]);
        ck_assert_double_eq(qt_float(&b, 1, r), (double)(ROWS - 1 - r));
    }
    qt_block_free(&b);
    for (size_t r = 0; r < ROWS; ++r)
        free(dates[r]);
    free(dates);
    free(energy);
}
END_TEST

START_TEST(update_null_arguments)
{
    const char *names[] = {"date_time"};
    int types[] = {QUIVER_DATA_TYPE_STRING};
    const char *dates[] = {"2024-01-01T00:00:00"};
    const void *data[] = {dates};
    qt_assert_error(
        quiver_database_update_time_series_group(NULL, "Plant", "output", 1, names, types, data, NULL, 1, 1),
        "Null argument: db");
    qt_assert_error(
        quiver_database_update_time_series_group(db, NULL, "output", 1, names, types, data, NULL, 1, 1),
        "Null argument: collection");
    qt_assert_error(
        quiver_database_update_time_series_group(db, "Plant", NULL, 1, names, types, data, NULL, 1, 1),
        "Null argument: group");
    qt_assert_error(update("output", 1, NULL, types, data, NULL, 1, 1), "Null argument: column_names");
    qt_assert_error(update("output", 1, names, NULL, data, NULL, 1, 1), "Null argument: column_types");
    qt_assert_error(update("output", 1, names, types, NULL, NULL, 1, 1), "Null argument: column_data");
    const char *holes[] = {NULL};
    qt_assert_error(update("output", 1, holes, types, data, NULL, 1, 1), "Null argument: column_names[0]");
    assert_alpha_output_intact();
}
END_TEST

static Suite *time_series_suite(void)
{
    Suite *s = suite_create("time_series_group");
    TCase *reads = tcase_create("read");
    tcase_add_checked_fixture(reads, open_db, close_db);
    tcase_add_test(reads, read_columns_rows_and_masks);
    tcase_add_test(reads, read_empty_results);
    tcase_add_test(reads, read_orders_by_first_date_column_by_name);
    tcase_add_test(reads, read_errors);
    suite_add_tcase(s, reads);

    TCase *updates = tcase_create("update");
    tcase_add_checked_fixture(updates, open_db, close_db);
    tcase_set_timeout(updates, 60);
    tcase_add_test(updates, update_replaces_rows);
    tcase_add_test(updates, update_null_columns_and_repeated_names);
    tcase_add_test(updates, update_clears);
    tcase_add_test(updates, update_decoding_errors);
    tcase_add_test(updates, update_lookup_errors);
    tcase_add_test(updates, update_row_errors);
    tcase_add_test(updates, update_sqlite_failures);
    tcase_add_test(updates, update_in_caller_transaction);
    tcase_add_test(updates, update_dimension_only_by_primary_key);
    tcase_add_test(updates, update_many_rows);
    tcase_add_test(updates, update_huge_row_count);
    tcase_add_test(updates, update_null_arguments);
    suite_add_tcase(s, updates);
    return s;
}

int main(void)
{
    return qt_run(time_series_suite());
}
