/*
 * Whole-group vector and set I/O (c-api-groups-timeseries-csv.md §3-4):
 * read_vector_group_by_id, read_set_group_by_id, update_vector_group,
 * update_set_group and free_time_series_data, with every error message.
 * Fixture: tests/schemas/valid/groups_data.sql.
 */
#include <sqlite3.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "block_helpers.h"

static quiver_database_t *db;

static void open_db(void)
{
    db = qt_open_schema("valid/groups_data.sql");
}

static void close_db(void)
{
    quiver_database_close(db);
    db = NULL;
}

#define VEC quiver_database_read_vector_group_by_id
#define SET quiver_database_read_set_group_by_id

/* A single-column write. */
static quiver_error_t update_one(
    quiver_error_t (*update)(quiver_database_t *, const char *, const char *, int64_t, const char *const *,
                             const int *, const void *const *, const uint8_t *const *, size_t, size_t),
    const char *group, int64_t id, const char *name, int type, const void *data, size_t rows)
{
    const char *names[] = {name};
    int types[] = {type};
    const void *columns[] = {data};
    return update(db, "Unit", group, id, names, types, columns, NULL, 1, rows);
}

/* ---- reads ------------------------------------------------------------- */

START_TEST(read_vector_group_columns_and_rows)
{
    qt_block b;
    qt_block_sentinel(&b);
    qt_assert_ok(qt_read(VEC, db, "Unit", "heat_curve", 1, &b));
    ck_assert_uint_eq(b.columns, 5);
    ck_assert_uint_eq(b.rows, 2);
    qt_assert_column(&b, 0, "segment_output", QUIVER_DATA_TYPE_FLOAT);
    qt_assert_column(&b, 1, "segment_count", QUIVER_DATA_TYPE_INTEGER);
    qt_assert_column(&b, 2, "segment_note", QUIVER_DATA_TYPE_STRING);
    qt_assert_column(&b, 3, "date_segment", QUIVER_DATA_TYPE_DATE_TIME);
    qt_assert_column(&b, 4, "fuel_segment", QUIVER_DATA_TYPE_INTEGER);
    /* vector_index 1 first although it was inserted second */
    ck_assert_double_eq(qt_float(&b, 0, 0), 10.5);
    ck_assert_int_eq(qt_int(&b, 1, 0), 3);
    ck_assert_str_eq(qt_text(&b, 2, 0), "low");
    ck_assert_str_eq(qt_text(&b, 3, 0), "2024-01-01T00:00:00");
    ck_assert_int_eq(qt_int(&b, 4, 0), 2); /* relation ids are not turned into labels */
    for (size_t c = 0; c < 5; ++c) {
        ck_assert_int_eq(qt_has(&b, c, 0), 1);
        ck_assert_int_eq(qt_has(&b, c, 1), 0); /* NULL cells are kept, with placeholders */
    }
    ck_assert_double_eq(qt_float(&b, 0, 1), 0.0);
    ck_assert_int_eq(qt_int(&b, 1, 1), 0);
    ck_assert_ptr_null(qt_text(&b, 2, 1));
    ck_assert_ptr_null(qt_text(&b, 3, 1));
    ck_assert_int_eq(qt_int(&b, 4, 1), 0);
    qt_block_free(&b);
}
END_TEST

START_TEST(read_vector_group_empty_results)
{
    qt_block b;
    qt_block_sentinel(&b);
    qt_assert_ok(qt_read(VEC, db, "Unit", "heat_curve", 3, &b)); /* element without rows */
    qt_assert_empty(&b);
    qt_block_sentinel(&b);
    qt_assert_ok(qt_read(VEC, db, "Unit", "heat_curve", 999, &b)); /* no such element */
    qt_assert_empty(&b);
    qt_block_sentinel(&b);
    qt_assert_ok(qt_read(VEC, db, "Unit", "markers", 1, &b)); /* rows, but no value columns */
    qt_assert_empty(&b);
    qt_block_free(&b);
}
END_TEST

START_TEST(read_vector_group_storage_classes)
{
    qt_block b;
    qt_assert_ok(qt_read(VEC, db, "Unit", "loose", 1, &b));
    ck_assert_uint_eq(b.rows, 5);
    qt_assert_column(&b, 0, "loose_integer", QUIVER_DATA_TYPE_INTEGER);
    qt_assert_column(&b, 1, "loose_real", QUIVER_DATA_TYPE_FLOAT);
    qt_assert_column(&b, 2, "loose_text", QUIVER_DATA_TYPE_STRING);
    /* REAL in an INTEGER column is truncated toward zero */
    ck_assert_int_eq(qt_int(&b, 0, 0), 2);
    ck_assert_int_eq(qt_int(&b, 0, 1), -2);
    ck_assert_int_eq(qt_has(&b, 0, 0), 1);
    ck_assert_int_eq(qt_has(&b, 0, 2), 0);         /* text in an INTEGER column */
    ck_assert_int_eq(qt_int(&b, 0, 3), INT64_MAX); /* out of range: saturated */
    ck_assert_int_eq(qt_int(&b, 0, 4), INT64_MIN);
    /* INTEGER in a REAL column converts exactly */
    ck_assert_double_eq(qt_float(&b, 1, 0), 7.0);
    ck_assert_double_eq(qt_float(&b, 1, 1), 1.5);
    ck_assert_int_eq(qt_has(&b, 1, 2), 0);
    /* TEXT affinity stored 42 as '42'; a BLOB in a text column reads NULL */
    ck_assert_str_eq(qt_text(&b, 2, 0), "42");
    ck_assert_str_eq(qt_text(&b, 2, 1), "text");
    ck_assert_int_eq(qt_has(&b, 2, 2), 0);
    ck_assert_ptr_null(qt_text(&b, 2, 2));
    qt_block_free(&b);
}
END_TEST

START_TEST(read_set_group_insertion_order)
{
    qt_block b;
    qt_assert_ok(qt_read(SET, db, "Unit", "owners", 1, &b));
    ck_assert_uint_eq(b.columns, 2);
    ck_assert_uint_eq(b.rows, 2);
    qt_assert_column(&b, 0, "owner", QUIVER_DATA_TYPE_STRING);
    qt_assert_column(&b, 1, "share", QUIVER_DATA_TYPE_FLOAT);
    ck_assert_str_eq(qt_text(&b, 0, 0), "zeta");
    ck_assert_str_eq(qt_text(&b, 0, 1), "alpha");
    ck_assert_double_eq(qt_float(&b, 1, 0), 0.25);
    ck_assert_double_eq(qt_float(&b, 1, 1), 0.75);
    qt_block_free(&b);

    qt_assert_ok(qt_read(SET, db, "Unit", "fuels", 1, &b));
    ck_assert_uint_eq(b.rows, 2);
    qt_assert_column(&b, 0, "fuel_segment", QUIVER_DATA_TYPE_INTEGER);
    ck_assert_int_eq(qt_int(&b, 0, 0), 2);
    ck_assert_int_eq(qt_int(&b, 0, 1), 1);
    qt_block_free(&b);
}
END_TEST

START_TEST(read_group_errors)
{
    qt_block b;
    qt_block_sentinel(&b);
    qt_assert_error(qt_read(VEC, db, "Plant", "heat_curve", 1, &b),
                    "Cannot get_vector_metadata: collection not found: Plant");
    qt_assert_error(qt_read(SET, db, "Plant", "owners", 1, &b),
                    "Cannot get_set_metadata: collection not found: Plant");
    qt_assert_error(qt_read(VEC, db, "Unit", "owners", 1, &b),
                    "Vector group not found: 'owners' in collection 'Unit'");
    qt_assert_error(qt_read(SET, db, "Unit", "heat_curve", 1, &b),
                    "Set group not found: 'heat_curve' in collection 'Unit'");
    qt_assert_error(qt_read(VEC, db, "Fuel", "heat_curve", 1, &b),
                    "Vector group not found: 'heat_curve' in collection 'Fuel'");
    /* any table passes the collection check */
    qt_assert_error(qt_read(VEC, db, "Unit_set_owners", "x", 1, &b),
                    "Vector group not found: 'x' in collection 'Unit_set_owners'");
    /* names are never pasted into SQL */
    qt_assert_error(qt_read(VEC, db, "Unit", "heat_curve\" --", 1, &b),
                    "Vector group not found: 'heat_curve\" --' in collection 'Unit'");
    qt_assert_untouched(&b);
}
END_TEST

/* Sets are read in rowid order (§4.2), so a WITHOUT ROWID set table cannot be read; it can be written. */
START_TEST(read_set_group_without_rowid)
{
    const char *names[] = {"keyword"};
    int types[] = {QUIVER_DATA_TYPE_STRING};
    const char *keywords[] = {"b", "a"};
    const void *data[] = {keywords};
    qt_assert_ok(quiver_database_update_set_group(db, "Unit", "keywords", 1, names, types, data, NULL, 1, 2));
    qt_block b;
    qt_block_sentinel(&b);
    qt_assert_error(qt_read(SET, db, "Unit", "keywords", 1, &b),
                    "Failed to prepare statement: no such column: rowid");
    qt_assert_untouched(&b);
}
END_TEST

START_TEST(read_group_null_arguments)
{
    qt_block b;
    qt_block_sentinel(&b);
    qt_assert_error(
        VEC(NULL, "Unit", "heat_curve", 1, &b.names, &b.types, &b.data, &b.masks, &b.columns, &b.rows),
        "Null argument: db");
    qt_assert_error(
        VEC(db, NULL, "heat_curve", 1, &b.names, &b.types, &b.data, &b.masks, &b.columns, &b.rows),
        "Null argument: collection");
    qt_assert_error(VEC(db, "Unit", NULL, 1, &b.names, &b.types, &b.data, &b.masks, &b.columns, &b.rows),
                    "Null argument: group");
    qt_assert_error(VEC(db, "Unit", "heat_curve", 1, NULL, &b.types, &b.data, &b.masks, &b.columns, &b.rows),
                    "Null argument: out_column_names");
    qt_assert_error(VEC(db, "Unit", "heat_curve", 1, &b.names, NULL, &b.data, &b.masks, &b.columns, &b.rows),
                    "Null argument: out_column_types");
    qt_assert_error(VEC(db, "Unit", "heat_curve", 1, &b.names, &b.types, NULL, &b.masks, &b.columns, &b.rows),
                    "Null argument: out_column_data");
    qt_assert_error(VEC(db, "Unit", "heat_curve", 1, &b.names, &b.types, &b.data, NULL, &b.columns, &b.rows),
                    "Null argument: out_column_has_value");
    qt_assert_error(VEC(db, "Unit", "heat_curve", 1, &b.names, &b.types, &b.data, &b.masks, NULL, &b.rows),
                    "Null argument: out_column_count");
    qt_assert_error(VEC(db, "Unit", "heat_curve", 1, &b.names, &b.types, &b.data, &b.masks, &b.columns, NULL),
                    "Null argument: out_row_count");
    qt_assert_error(SET(db, NULL, NULL, 1, NULL, NULL, NULL, NULL, NULL, NULL), "Null argument: collection");
    qt_assert_error(SET(db, "Unit", "owners", 1, &b.names, &b.types, &b.data, &b.masks, &b.columns, NULL),
                    "Null argument: out_row_count");
    qt_assert_untouched(&b);
}
END_TEST

/* ---- vector updates ---------------------------------------------------- */

static int64_t sql_int(const char *path, const char *sql)
{
    sqlite3 *conn = NULL;
    sqlite3_stmt *stmt = NULL;
    ck_assert_int_eq(sqlite3_open_v2(path, &conn, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    ck_assert_int_eq(sqlite3_prepare_v2(conn, sql, -1, &stmt, NULL), SQLITE_OK);
    ck_assert_int_eq(sqlite3_step(stmt), SQLITE_ROW);
    int64_t value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(conn);
    return value;
}

START_TEST(update_vector_group_replaces_rows)
{
    quiver_database_t *file_db = qt_file_schema("valid/groups_data.sql", "vector.db");
    const char *names[] = {"segment_output", "segment_note", "date_segment", "fuel_segment"};
    int types[] = {QUIVER_DATA_TYPE_FLOAT, QUIVER_DATA_TYPE_STRING, QUIVER_DATA_TYPE_DATE_TIME,
                   QUIVER_DATA_TYPE_INTEGER};
    double output[] = {1.5, 2.5, 3.5};
    const char *note[] = {"  padded\t", NULL, "c"};
    const char *date[] = {"2025-01-01T00:00:00", "2025-02-01T00:00:00", "not a date"};
    int64_t fuel[] = {1, 2, 1};
    const void *data[] = {output, note, date, fuel};
    uint8_t output_mask[] = {1, 0, 1};
    const uint8_t *masks[] = {output_mask, NULL, NULL, NULL};
    qt_assert_ok(quiver_database_update_vector_group(file_db, "Unit", "heat_curve", 1, names, types, data,
                                                     masks, 4, 3));

    qt_block b;
    qt_assert_ok(qt_read(VEC, file_db, "Unit", "heat_curve", 1, &b));
    ck_assert_uint_eq(b.rows, 3);
    ck_assert_double_eq(qt_float(&b, 0, 0), 1.5);
    ck_assert_int_eq(qt_has(&b, 0, 1), 0); /* masked */
    ck_assert_double_eq(qt_float(&b, 0, 2), 3.5);
    ck_assert_int_eq(qt_int(&b, 1, 0), 7);             /* segment_count not given: its DEFAULT */
    ck_assert_str_eq(qt_text(&b, 2, 0), "padded");     /* trimmed */
    ck_assert_int_eq(qt_has(&b, 2, 1), 0);             /* NULL string entry */
    ck_assert_str_eq(qt_text(&b, 3, 2), "not a date"); /* stored verbatim */
    ck_assert_int_eq(qt_int(&b, 4, 1), 2);
    qt_block_free(&b);
    quiver_database_close(file_db);

    const char *path = qt_temp_path("vector.db");
    /* vector_index 1, 2, 3 by position, in insertion (rowid) order */
    ck_assert_int_eq(sql_int(path, "SELECT group_concat(vector_index, '') FROM (SELECT vector_index FROM "
                                   "Unit_vector_heat_curve WHERE id = 1 ORDER BY rowid)"),
                     123);
    ck_assert_int_eq(sql_int(path, "SELECT segment_output FROM Unit_vector_heat_curve WHERE id = 1 AND "
                                   "vector_index = 3"),
                     3);
    /* another element and the other groups are untouched */
    ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM Unit_vector_heat_curve WHERE id = 2"), 1);
    ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM Unit_set_fuels WHERE id = 1"), 2);
    ck_assert_int_eq(sql_int(path, "SELECT typeof(segment_output) = 'real' FROM Unit_vector_heat_curve "
                                   "WHERE id = 1 AND vector_index = 1"),
                     1);
}
END_TEST

START_TEST(update_vector_group_integer_into_real)
{
    int64_t output[] = {5, -2};
    qt_assert_ok(update_one(quiver_database_update_vector_group, "heat_curve", 2, "segment_output",
                            QUIVER_DATA_TYPE_INTEGER, output, 2));
    qt_block b;
    qt_assert_ok(qt_read(VEC, db, "Unit", "heat_curve", 2, &b));
    ck_assert_uint_eq(b.rows, 2);
    ck_assert_double_eq(qt_float(&b, 0, 0), 5.0);
    ck_assert_double_eq(qt_float(&b, 0, 1), -2.0);
    ck_assert_int_eq(qt_has(&b, 2, 0), 0); /* segment_note not given: NULL */
    qt_block_free(&b);
}
END_TEST

START_TEST(update_vector_group_clears)
{
    qt_block b;
    qt_assert_ok(
        quiver_database_update_vector_group(db, "Unit", "heat_curve", 1, NULL, NULL, NULL, NULL, 0, 0));
    qt_assert_ok(qt_read(VEC, db, "Unit", "heat_curve", 1, &b));
    qt_assert_empty(&b);
    /* no columns but rows: the empty rows still clear */
    qt_assert_ok(
        quiver_database_update_vector_group(db, "Unit", "heat_curve", 2, NULL, NULL, NULL, NULL, 0, 4));
    qt_assert_ok(qt_read(VEC, db, "Unit", "heat_curve", 2, &b));
    qt_assert_empty(&b);
    qt_assert_ok(quiver_database_update_set_group(db, "Unit", "owners", 1, NULL, NULL, NULL, NULL, 0, 0));
    qt_assert_ok(qt_read(SET, db, "Unit", "owners", 1, &b));
    qt_assert_empty(&b);
    qt_assert_ok(qt_read(SET, db, "Unit", "owners", 2, &b)); /* other elements keep theirs */
    ck_assert_uint_eq(b.rows, 1);
    qt_block_free(&b);
}
END_TEST

/* The rows of Alpha's heat curve are still those of the fixture. */
static void assert_alpha_curve_intact(quiver_database_t *handle)
{
    qt_block b;
    qt_assert_ok(qt_read(VEC, handle, "Unit", "heat_curve", 1, &b));
    ck_assert_uint_eq(b.rows, 2);
    ck_assert_double_eq(qt_float(&b, 0, 0), 10.5);
    ck_assert_str_eq(qt_text(&b, 2, 0), "low");
    qt_block_free(&b);
}

START_TEST(update_group_decoding_errors)
{
    const char *names[] = {"segment_output", "segment_note", "segment_output"};
    int types[] = {QUIVER_DATA_TYPE_FLOAT, QUIVER_DATA_TYPE_STRING, QUIVER_DATA_TYPE_FLOAT};
    double output[] = {1.0};
    const char *note[] = {"x"};
    const void *data[] = {output, note, output};
    qt_assert_error(
        quiver_database_update_vector_group(db, "Unit", "heat_curve", 1, names, types, data, NULL, 3, 0),
        "Cannot update_vector_group: columns [segment_output, segment_note, segment_output] contain no "
        "rows; pass no columns to clear the group");
    /* decoding comes before the collection check */
    qt_assert_error(
        quiver_database_update_set_group(db, "Nope", "owners", 1, names, types, data, NULL, 1, 0),
        "Cannot update_set_group: columns [segment_output] contain no rows; pass no columns to clear "
        "the group");
    int bad[] = {QUIVER_DATA_TYPE_FLOAT, 9, QUIVER_DATA_TYPE_NULL};
    qt_assert_error(
        quiver_database_update_vector_group(db, "Nope", "heat_curve", 1, names, bad, data, NULL, 3, 1),
        "Cannot update_vector_group: unknown column type 9");
    qt_assert_error(quiver_database_update_set_group(db, "Unit", "owners", 1, names, bad, data, NULL, 3, 1),
                    "Cannot update_set_group: unknown column type 9");
    assert_alpha_curve_intact(db);
}
END_TEST

START_TEST(update_group_type_codes_of_null_cells)
{
    /* Rows are decoded first, then columns: the first cell actually read decides. */
    const char *names[] = {"segment_count", "segment_output"};
    int types[] = {-3, 12};
    int64_t counts[] = {1, 2};
    double outputs[] = {1.0, 2.0};
    const void *data[] = {counts, outputs};
    uint8_t count_mask[] = {0, 1};
    const uint8_t *masks[] = {count_mask, NULL};
    qt_assert_error(
        quiver_database_update_vector_group(db, "Unit", "heat_curve", 1, names, types, data, masks, 2, 2),
        "Cannot update_vector_group: unknown column type 12");
    uint8_t none[] = {0, 0};
    const uint8_t *all_masked[] = {count_mask, none};
    qt_assert_error(quiver_database_update_vector_group(db, "Unit", "heat_curve", 1, names, types, data,
                                                        all_masked, 2, 2),
                    "Cannot update_vector_group: unknown column type -3");

    /* A column NULL by mask or by a NULL data pointer never has its type read. */
    uint8_t zero_mask[] = {0, 0};
    const uint8_t *masked[] = {zero_mask, NULL};
    const void *null_column[] = {counts, NULL};
    int ok_types[] = {42, 99};
    qt_assert_ok(quiver_database_update_vector_group(db, "Unit", "heat_curve", 1, names, ok_types,
                                                     null_column, masked, 2, 2));
    qt_block b;
    qt_assert_ok(qt_read(VEC, db, "Unit", "heat_curve", 1, &b));
    ck_assert_uint_eq(b.rows, 2);
    ck_assert_int_eq(qt_has(&b, 0, 0) + qt_has(&b, 0, 1) + qt_has(&b, 1, 0) + qt_has(&b, 1, 1), 0);
    qt_block_free(&b);
}
END_TEST

START_TEST(update_group_lookup_errors)
{
    double output[] = {1.0};
    const char *names[] = {"segment_output"};
    int types[] = {QUIVER_DATA_TYPE_FLOAT};
    const void *data[] = {output};
    qt_assert_error(
        quiver_database_update_vector_group(db, "Plant", "heat_curve", 1, names, types, data, NULL, 1, 1),
        "Cannot update_vector_group: collection not found: Plant");
    qt_assert_error(quiver_database_update_set_group(db, "Plant", "owners", 1, NULL, NULL, NULL, NULL, 0, 0),
                    "Cannot update_set_group: collection not found: Plant");
    qt_assert_error(
        quiver_database_update_vector_group(db, "Unit", "owners", 1, names, types, data, NULL, 1, 1),
        "Vector group not found: 'owners' in collection 'Unit'");
    qt_assert_error(
        quiver_database_update_set_group(db, "Unit", "heat_curve", 1, names, types, data, NULL, 1, 1),
        "Set group not found: 'heat_curve' in collection 'Unit'");
    qt_assert_error(
        quiver_database_update_vector_group(db, "Unit", "heat_curve", 99, names, types, data, NULL, 1, 1),
        "Element not found: 99 in collection 'Unit'");
    /* a clear also needs the element */
    qt_assert_error(quiver_database_update_set_group(db, "Unit", "owners", 42, NULL, NULL, NULL, NULL, 0, 0),
                    "Element not found: 42 in collection 'Unit'");
    /* the element check comes before the column names */
    const char *unknown[] = {"nope"};
    qt_assert_error(
        quiver_database_update_vector_group(db, "Unit", "heat_curve", -1, unknown, types, data, NULL, 1, 1),
        "Element not found: -1 in collection 'Unit'");
    assert_alpha_curve_intact(db);
}
END_TEST

START_TEST(update_group_column_errors)
{
    double output[] = {1.0};
    int types[] = {QUIVER_DATA_TYPE_FLOAT, QUIVER_DATA_TYPE_FLOAT};
    const void *data[] = {output, output};
    const char *id[] = {"segment_output", "id"};
    qt_assert_error(
        quiver_database_update_vector_group(db, "Unit", "heat_curve", 1, id, types, data, NULL, 2, 1),
        "Cannot update_vector_group: column 'id' is managed by the group table, not a value column");
    const char *index[] = {"vector_index"};
    qt_assert_error(
        quiver_database_update_vector_group(db, "Unit", "heat_curve", 1, index, types, data, NULL, 1, 1),
        "Cannot update_vector_group: column 'vector_index' is managed by the group table, not a value "
        "column");
    qt_assert_error(quiver_database_update_set_group(db, "Unit", "owners", 1, id, types, data, NULL, 2, 1),
                    "Cannot update_set_group: column 'id' is managed by the group table, not a value column");
    qt_assert_error(
        quiver_database_update_set_group(db, "Unit", "owners", 1, index, types, data, NULL, 1, 1),
        "Cannot update_set_group: column 'vector_index' not found in group 'owners' for collection "
        "'Unit'");
    /* byte-wise name order: "Zed" < "id" < "zed" */
    const char *upper[] = {"id", "Zed"};
    qt_assert_error(
        quiver_database_update_vector_group(db, "Unit", "heat_curve", 1, upper, types, data, NULL, 2, 1),
        "Cannot update_vector_group: column 'Zed' not found in group 'heat_curve' for collection 'Unit'");
    const char *lower[] = {"zed", "id"};
    qt_assert_error(
        quiver_database_update_vector_group(db, "Unit", "heat_curve", 1, lower, types, data, NULL, 2, 1),
        "Cannot update_vector_group: column 'id' is managed by the group table, not a value column");
    /* a column of another group of the collection is not a column of this one */
    const char *other[] = {"owner"};
    qt_assert_error(
        quiver_database_update_vector_group(db, "Unit", "heat_curve", 1, other, types, data, NULL, 1, 1),
        "Cannot update_vector_group: column 'owner' not found in group 'heat_curve' for collection "
        "'Unit'");
    assert_alpha_curve_intact(db);
}
END_TEST

START_TEST(update_group_resolves_labels)
{
    const char *fuels[] = {"Gas", "  Coal\n", NULL};
    const char *names[] = {"fuel_segment"};
    int types[] = {QUIVER_DATA_TYPE_STRING};
    const void *data[] = {fuels};
    qt_assert_ok(
        quiver_database_update_vector_group(db, "Unit", "heat_curve", 3, names, types, data, NULL, 1, 3));
    qt_block b;
    qt_assert_ok(qt_read(VEC, db, "Unit", "heat_curve", 3, &b));
    ck_assert_uint_eq(b.rows, 3);
    ck_assert_int_eq(qt_int(&b, 4, 0), 2);
    ck_assert_int_eq(qt_int(&b, 4, 1), 1);
    ck_assert_int_eq(qt_has(&b, 4, 2), 0);
    qt_block_free(&b);

    /* labels and ids mixed, in a set */
    const char *set_names[] = {"fuel_segment", "fuel_segment"};
    int mixed_types[] = {QUIVER_DATA_TYPE_INTEGER, QUIVER_DATA_TYPE_DATE_TIME};
    int64_t ids[] = {1, 1};
    const char *labels[] = {"Gas", "Coal"};
    const void *mixed[] = {ids, labels};
    qt_assert_ok(
        quiver_database_update_set_group(db, "Unit", "fuels", 2, set_names, mixed_types, mixed, NULL, 2, 2));
    qt_assert_ok(qt_read(SET, db, "Unit", "fuels", 2, &b));
    ck_assert_uint_eq(b.rows, 2);
    ck_assert_int_eq(qt_int(&b, 0, 0), 2); /* the later column of a repeated name wins */
    ck_assert_int_eq(qt_int(&b, 0, 1), 1);
    qt_block_free(&b);
    /* the vector group sharing the column name was not touched */
    qt_assert_ok(qt_read(VEC, db, "Unit", "heat_curve", 2, &b));
    ck_assert_uint_eq(b.rows, 1);
    qt_block_free(&b);
}
END_TEST

START_TEST(update_group_resolution_errors)
{
    const char *names[] = {"segment_count", "fuel_segment"};
    int types[] = {QUIVER_DATA_TYPE_STRING, QUIVER_DATA_TYPE_STRING};
    const char *counts[] = {"3", "x"};
    const char *fuels[] = {"Gas", " Oil "};
    const void *data[] = {counts, fuels};
    /* fuel_segment before segment_count (name order); the message shows the label as given */
    qt_assert_error(
        quiver_database_update_vector_group(db, "Unit", "heat_curve", 1, names, types, data, NULL, 2, 2),
        "Failed to resolve label ' Oil ' to ID in table 'Fuel'");
    qt_assert_error(
        quiver_database_update_vector_group(db, "Unit", "heat_curve", 1, names, types, data, NULL, 1, 2),
        "Cannot resolve attribute: 'segment_count' is INTEGER but received string '3' (not a foreign "
        "key)");
    /* labels are matched exactly */
    const char *lower[] = {"gas"};
    const void *lower_data[] = {lower};
    qt_assert_error(
        quiver_database_update_set_group(db, "Unit", "fuels", 1, names + 1, types, lower_data, NULL, 1, 1),
        "Failed to resolve label 'gas' to ID in table 'Fuel'");
    /* resolution (step 7) comes before type validation (step 9) of an earlier column */
    const char *mixed_names[] = {"date_segment", "fuel_segment"};
    int mixed_types[] = {QUIVER_DATA_TYPE_FLOAT, QUIVER_DATA_TYPE_STRING};
    double dates[] = {1.0, 2.0};
    const void *mixed[] = {dates, fuels};
    qt_assert_error(quiver_database_update_vector_group(db, "Unit", "heat_curve", 1, mixed_names, mixed_types,
                                                        mixed, NULL, 2, 2),
                    "Failed to resolve label ' Oil ' to ID in table 'Fuel'");
    assert_alpha_curve_intact(db);
}
END_TEST

/* The label lookup names the target as the schema declares it, as element writes do. */
START_TEST(update_group_relation_to_missing_table)
{
    const char *names[] = {"ghost_ref"};
    int types[] = {QUIVER_DATA_TYPE_STRING};
    const char *labels[] = {"boo"};
    const void *data[] = {labels};
    qt_assert_error(quiver_database_update_set_group(db, "Unit", "ghosts", 1, names, types, data, NULL, 1, 1),
                    "Failed to prepare statement: no such table: Ghost");
}
END_TEST

START_TEST(update_group_type_mismatches)
{
    double reals[] = {1.0, 42.0};
    int64_t integers[] = {1, 2};
    const char *texts[] = {"a", "b"};
    uint8_t first_null[] = {0, 1};
    const uint8_t *masks[] = {first_null};
    const char *count[] = {"segment_count"};
    int real_type[] = {QUIVER_DATA_TYPE_FLOAT};
    const void *real_data[] = {reals};
    /* a whole double is still rejected for INTEGER; the index is the row */
    qt_assert_error(
        quiver_database_update_vector_group(db, "Unit", "heat_curve", 1, count, real_type, real_data, masks,
                                            1, 2),
        "Cannot update_vector_group: type mismatch for array 'segment_count' index 1: expected INTEGER, "
        "got REAL");
    const char *output[] = {"segment_output"};
    int text_type[] = {QUIVER_DATA_TYPE_STRING};
    const void *text_data[] = {texts};
    qt_assert_error(
        quiver_database_update_vector_group(db, "Unit", "heat_curve", 1, output, text_type, text_data, NULL,
                                            1, 2),
        "Cannot update_vector_group: type mismatch for array 'segment_output' index 0: expected REAL, got "
        "TEXT");
    const char *note[] = {"segment_note"};
    int integer_type[] = {QUIVER_DATA_TYPE_INTEGER};
    const void *integer_data[] = {integers};
    qt_assert_error(
        quiver_database_update_vector_group(db, "Unit", "heat_curve", 1, note, integer_type, integer_data,
                                            NULL, 1, 2),
        "Cannot update_vector_group: type mismatch for array 'segment_note' index 0: expected TEXT, got "
        "INTEGER");
    const char *date[] = {"date_segment"};
    qt_assert_error(
        quiver_database_update_vector_group(db, "Unit", "heat_curve", 1, date, real_type, real_data, NULL, 1,
                                            2),
        "Cannot update_vector_group: type mismatch for array 'date_segment' index 0: expected DATE_TIME, "
        "got REAL");
    const char *share[] = {"share"};
    qt_assert_error(
        quiver_database_update_set_group(db, "Unit", "owners", 1, share, text_type, text_data, NULL, 1, 2),
        "Cannot update_set_group: type mismatch for array 'share' index 0: expected REAL, got TEXT");
    /* columns in name order first, then rows */
    const char *two[] = {"segment_output", "date_segment"};
    int two_types[] = {QUIVER_DATA_TYPE_STRING, QUIVER_DATA_TYPE_FLOAT};
    const void *two_data[] = {texts, reals};
    uint8_t late[] = {1, 0};
    const uint8_t *two_masks[] = {NULL, late};
    qt_assert_error(
        quiver_database_update_vector_group(db, "Unit", "heat_curve", 1, two, two_types, two_data, two_masks,
                                            2, 2),
        "Cannot update_vector_group: type mismatch for array 'date_segment' index 0: expected DATE_TIME, "
        "got REAL");
    assert_alpha_curve_intact(db);
}
END_TEST

START_TEST(update_group_constraint_failures)
{
    const char *names[] = {"owner", "share"};
    int types[] = {QUIVER_DATA_TYPE_STRING, QUIVER_DATA_TYPE_FLOAT};
    const char *owners[] = {"x", "x"};
    double shares[] = {0.5, 0.5};
    const void *data[] = {owners, shares};
    qt_assert_error(
        quiver_database_update_set_group(db, "Unit", "owners", 1, names, types, data, NULL, 2, 2),
        "Failed to execute statement: UNIQUE constraint failed: Unit_set_owners.id, Unit_set_owners.owner, "
        "Unit_set_owners.share");
    qt_block b;
    qt_assert_ok(qt_read(SET, db, "Unit", "owners", 1, &b)); /* the internal transaction was rolled back */
    ck_assert_uint_eq(b.rows, 2);
    ck_assert_str_eq(qt_text(&b, 0, 0), "zeta");
    qt_block_free(&b);

    const uint8_t no_owner[] = {0, 1};
    const uint8_t *masks[] = {no_owner, NULL};
    qt_assert_error(
        quiver_database_update_set_group(db, "Unit", "owners", 1, names, types, data, masks, 2, 1),
        "Failed to execute statement: NOT NULL constraint failed: Unit_set_owners.owner");

    const char *fuel[] = {"fuel_segment"};
    int integer_type[] = {QUIVER_DATA_TYPE_INTEGER};
    int64_t unknown[] = {1, 77};
    const void *fuel_data[] = {unknown};
    qt_assert_error(quiver_database_update_vector_group(db, "Unit", "heat_curve", 1, fuel, integer_type,
                                                        fuel_data, NULL, 1, 2),
                    "Failed to execute statement: FOREIGN KEY constraint failed");
    assert_alpha_curve_intact(db);
}
END_TEST

START_TEST(update_group_in_caller_transaction)
{
    const char *names[] = {"segment_count"};
    int types[] = {QUIVER_DATA_TYPE_FLOAT};
    double counts[] = {1.5};
    const void *data[] = {counts};
    qt_assert_ok(quiver_database_begin_transaction(db));
    /* validation failures write nothing, also inside the caller's transaction */
    qt_assert_error(
        quiver_database_update_vector_group(db, "Unit", "heat_curve", 1, names, types, data, NULL, 1, 1),
        "Cannot update_vector_group: type mismatch for array 'segment_count' index 0: expected INTEGER, "
        "got REAL");
    assert_alpha_curve_intact(db);
    int active = 0;
    qt_assert_ok(quiver_database_in_transaction(db, &active));
    ck_assert_int_eq(active, 1); /* the caller's transaction is left alone */

    /* a constraint failure at insert time leaves the DELETE in the caller's transaction (§4.3) */
    const char *owner_names[] = {"owner", "share"};
    int owner_types[] = {QUIVER_DATA_TYPE_STRING, QUIVER_DATA_TYPE_FLOAT};
    const char *owners[] = {"x", "x"};
    double shares[] = {0.5, 0.5};
    const void *owner_data[] = {owners, shares};
    qt_assert_error(
        quiver_database_update_set_group(db, "Unit", "owners", 1, owner_names, owner_types, owner_data, NULL,
                                         2, 2),
        "Failed to execute statement: UNIQUE constraint failed: Unit_set_owners.id, Unit_set_owners.owner, "
        "Unit_set_owners.share");
    qt_block b;
    qt_assert_ok(qt_read(SET, db, "Unit", "owners", 1, &b));
    ck_assert_uint_eq(b.rows, 1);
    ck_assert_str_eq(qt_text(&b, 0, 0), "x");
    qt_block_free(&b);
    qt_assert_ok(quiver_database_rollback(db));
    qt_assert_ok(qt_read(SET, db, "Unit", "owners", 1, &b));
    ck_assert_uint_eq(b.rows, 2);
    qt_block_free(&b);

    /* a successful write commits with the caller */
    int64_t count[] = {4};
    int integer_type[] = {QUIVER_DATA_TYPE_INTEGER};
    const void *count_data[] = {count};
    qt_assert_ok(quiver_database_begin_transaction(db));
    qt_assert_ok(quiver_database_update_vector_group(db, "Unit", "heat_curve", 1, names, integer_type,
                                                     count_data, NULL, 1, 1));
    qt_assert_ok(quiver_database_commit(db));
    qt_assert_ok(qt_read(VEC, db, "Unit", "heat_curve", 1, &b));
    ck_assert_uint_eq(b.rows, 1);
    ck_assert_int_eq(qt_int(&b, 1, 0), 4);
    qt_block_free(&b);
}
END_TEST

START_TEST(update_group_in_dry_run)
{
    qt_assert_ok(quiver_database_begin_dry_run(db));
    qt_assert_ok(
        quiver_database_update_vector_group(db, "Unit", "heat_curve", 1, NULL, NULL, NULL, NULL, 0, 0));
    qt_block b;
    qt_assert_ok(qt_read(VEC, db, "Unit", "heat_curve", 1, &b));
    qt_assert_empty(&b);
    qt_assert_ok(quiver_database_end_dry_run(db));
    assert_alpha_curve_intact(db);
}
END_TEST

START_TEST(update_group_many_rows)
{
    enum { ROWS = 20000 };
    double *output = malloc(ROWS * sizeof *output);
    int64_t *count = malloc(ROWS * sizeof *count);
    uint8_t *mask = malloc(ROWS);
    for (size_t r = 0; r < ROWS; ++r) {
        output[r] = (double)r / 4;
        count[r] = (int64_t)r;
        mask[r] = r % 3 != 0;
    }
    const char *names[] = {"segment_output", "segment_count"};
    int types[] = {QUIVER_DATA_TYPE_FLOAT, QUIVER_DATA_TYPE_INTEGER};
    const void *data[] = {output, count};
    const uint8_t *masks[] = {NULL, mask};
    qt_assert_ok(
        quiver_database_update_vector_group(db, "Unit", "heat_curve", 2, names, types, data, masks, 2, ROWS));
    qt_block b;
    qt_assert_ok(qt_read(VEC, db, "Unit", "heat_curve", 2, &b));
    ck_assert_uint_eq(b.rows, ROWS);
    for (size_t r = 0; r < ROWS; ++r) {
        ck_assert_double_eq(qt_float(&b, 0, r), (double)r / 4);
        ck_assert_int_eq(qt_has(&b, 1, r), r % 3 != 0);
        ck_assert_int_eq(qt_int(&b, 1, r), r % 3 != 0 ? (int64_t)r : 0);
    }
    qt_block_free(&b);
    free(output);
    free(count);
    free(mask);
}
END_TEST

/* A NULL data column needs no caller memory for any row count, so a count
 * whose cell array would overflow size_t must fail cleanly, not corrupt the heap. */
START_TEST(update_group_huge_row_count)
{
    const void *nothing = NULL;
    size_t counts[] = {SIZE_MAX, SIZE_MAX / 16 + 1};
    for (size_t i = 0; i < sizeof counts / sizeof counts[0]; ++i) {
        qt_assert_error(update_one(quiver_database_update_vector_group, "heat_curve", 1, "segment_count",
                                   QUIVER_DATA_TYPE_INTEGER, nothing, counts[i]),
                        "Memory allocation failed");
        qt_assert_error(update_one(quiver_database_update_set_group, "fuels", 1, "fuel_segment",
                                   QUIVER_DATA_TYPE_INTEGER, nothing, counts[i]),
                        "Memory allocation failed");
    }
    qt_block b;
    qt_assert_ok(qt_read(VEC, db, "Unit", "heat_curve", 1, &b));
    ck_assert_uint_eq(b.rows, 2); /* nothing was written */
    qt_block_free(&b);
}
END_TEST

START_TEST(update_group_null_arguments)
{
    const char *names[] = {"segment_output"};
    int types[] = {QUIVER_DATA_TYPE_FLOAT};
    double output[] = {1.0};
    const void *data[] = {output};
    qt_assert_error(
        quiver_database_update_vector_group(NULL, "Unit", "heat_curve", 1, names, types, data, NULL, 1, 1),
        "Null argument: db");
    qt_assert_error(
        quiver_database_update_vector_group(db, NULL, "heat_curve", 1, names, types, data, NULL, 1, 1),
        "Null argument: collection");
    qt_assert_error(quiver_database_update_set_group(db, "Unit", NULL, 1, names, types, data, NULL, 1, 1),
                    "Null argument: group");
    qt_assert_error(
        quiver_database_update_vector_group(db, "Unit", "heat_curve", 1, NULL, NULL, NULL, NULL, 1, 1),
        "Null argument: column_names");
    qt_assert_error(
        quiver_database_update_vector_group(db, "Unit", "heat_curve", 1, names, NULL, NULL, NULL, 1, 1),
        "Null argument: column_types");
    qt_assert_error(quiver_database_update_set_group(db, "Unit", "owners", 1, names, types, NULL, NULL, 1, 1),
                    "Null argument: column_data");
    /* the arrays are not needed without columns; a NULL name is reported, not dereferenced */
    const char *holes[] = {"segment_output", NULL};
    int two_types[] = {QUIVER_DATA_TYPE_FLOAT, QUIVER_DATA_TYPE_FLOAT};
    const void *two_data[] = {output, output};
    qt_assert_error(quiver_database_update_vector_group(db, "Unit", "heat_curve", 1, holes, two_types,
                                                        two_data, NULL, 2, 1),
                    "Null argument: column_names[1]");
    assert_alpha_curve_intact(db);
}
END_TEST

/* ---- free_time_series_data --------------------------------------------- */

START_TEST(free_block_edge_cases)
{
    ck_assert_int_eq(quiver_database_free_time_series_data(NULL, NULL, NULL, NULL, 0, 0), QUIVER_OK);
    ck_assert_int_eq(quiver_database_free_time_series_data(NULL, NULL, NULL, NULL, 5, 5), QUIVER_OK);

    /* an unknown type fails after freeing names, masks and the columns before it */
    quiver_clear_last_error();
    char **names = malloc(2 * sizeof *names);
    names[0] = strdup("a");
    names[1] = strdup("b");
    int *types = malloc(2 * sizeof *types);
    types[0] = QUIVER_DATA_TYPE_STRING;
    types[1] = 7;
    void **data = malloc(2 * sizeof *data);
    char **strings = malloc(sizeof *strings);
    strings[0] = strdup("x");
    data[0] = strings;
    data[1] = malloc(8);
    uint8_t **masks = malloc(2 * sizeof *masks);
    masks[0] = malloc(1);
    masks[1] = NULL;
    qt_assert_error(quiver_database_free_time_series_data(names, types, data, masks, 2, 1),
                    "Cannot free_time_series_data: unknown data type 7");
    free(data[1]); /* what the failed call leaves behind */
    free(data);
    free(types);

    /* NULL data columns are skipped; a block with data but no types frees no data */
    data = calloc(1, sizeof *data);
    types = malloc(sizeof *types);
    types[0] = 99;
    ck_assert_int_eq(quiver_database_free_time_series_data(NULL, types, data, NULL, 1, 3), QUIVER_OK);
    data = calloc(1, sizeof *data);
    data[0] = malloc(8);
    ck_assert_int_eq(quiver_database_free_time_series_data(NULL, NULL, data, NULL, 1, 1), QUIVER_OK);
    free(data[0]);
    free(data);
    ck_assert_str_eq(quiver_get_last_error(), "Cannot free_time_series_data: unknown data type 7");
}
END_TEST

static Suite *groups_suite(void)
{
    Suite *s = suite_create("groups");
    TCase *reads = tcase_create("read");
    tcase_add_checked_fixture(reads, open_db, close_db);
    tcase_add_test(reads, read_vector_group_columns_and_rows);
    tcase_add_test(reads, read_vector_group_empty_results);
    tcase_add_test(reads, read_vector_group_storage_classes);
    tcase_add_test(reads, read_set_group_insertion_order);
    tcase_add_test(reads, read_group_errors);
    tcase_add_test(reads, read_set_group_without_rowid);
    tcase_add_test(reads, read_group_null_arguments);
    suite_add_tcase(s, reads);

    TCase *updates = tcase_create("update");
    tcase_add_checked_fixture(updates, open_db, close_db);
    tcase_set_timeout(updates, 60);
    tcase_add_test(updates, update_vector_group_replaces_rows);
    tcase_add_test(updates, update_vector_group_integer_into_real);
    tcase_add_test(updates, update_vector_group_clears);
    tcase_add_test(updates, update_group_decoding_errors);
    tcase_add_test(updates, update_group_type_codes_of_null_cells);
    tcase_add_test(updates, update_group_lookup_errors);
    tcase_add_test(updates, update_group_column_errors);
    tcase_add_test(updates, update_group_resolves_labels);
    tcase_add_test(updates, update_group_resolution_errors);
    tcase_add_test(updates, update_group_relation_to_missing_table);
    tcase_add_test(updates, update_group_type_mismatches);
    tcase_add_test(updates, update_group_constraint_failures);
    tcase_add_test(updates, update_group_in_caller_transaction);
    tcase_add_test(updates, update_group_in_dry_run);
    tcase_add_test(updates, update_group_many_rows);
    tcase_add_test(updates, update_group_huge_row_count);
    tcase_add_test(updates, update_group_null_arguments);
    suite_add_tcase(s, updates);

    TCase *freeing = tcase_create("free");
    tcase_add_test(freeing, free_block_edge_cases);
    suite_add_tcase(s, freeing);
    return s;
}

int main(void)
{
    return qt_run(groups_suite());
}
