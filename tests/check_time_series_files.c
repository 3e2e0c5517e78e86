/*
 * Time-series files tables (c-api-groups-timeseries-csv.md §6):
 * has_time_series_files, list_time_series_files_columns,
 * read_time_series_files, update_time_series_files and
 * free_time_series_files, with every error message and NULL argument.
 * Fixtures: tests/schemas/valid/tsrow_files.sql and full.sql.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

static quiver_database_t *db;

static void open_db(void)
{
    db = qt_open_schema("valid/tsrow_files.sql");
}

static void close_db(void)
{
    quiver_database_close(db);
    db = NULL;
}

#define SENTINEL_STRINGS ((char **)0x11)

/* The (column, path) pairs of @p collection as "column=path,..." ("column=-" for NULL paths). */
static const char *files_of(const char *collection)
{
    static char text[1024];
    char **columns = NULL, **paths = NULL;
    size_t count = 0;
    qt_assert_ok(quiver_database_read_time_series_files(db, collection, &columns, &paths, &count));
    text[0] = '\0';
    for (size_t i = 0; i < count; ++i) {
        size_t used = strlen(text);
        snprintf(text + used, sizeof text - used, "%s%s=%s", i ? "," : "", columns[i],
                 paths[i] ? paths[i] : "-");
    }
    qt_assert_ok(quiver_database_free_time_series_files(columns, paths, count));
    return text;
}

static int64_t row_count(const char *table)
{
    char sql[128];
    snprintf(sql, sizeof sql, "SELECT COUNT(*) FROM %s", table);
    int64_t value = -1;
    int has_value = 0;
    qt_assert_ok(quiver_database_query_integer(db, sql, &value, &has_value));
    return value;
}

static quiver_error_t update(const char *collection, const char *const *columns, const char *const *paths,
                             size_t count)
{
    return quiver_database_update_time_series_files(db, collection, columns, paths, count);
}

#define INITIAL_PLANT "alpha_file=-,mid_file=-,zeta_file=z.csv"

/* ---- has ---------------------------------------------------------------- */

START_TEST(has_files)
{
    int result = 7;
    qt_assert_ok(quiver_database_has_time_series_files(db, "Plant", &result));
    ck_assert_int_eq(result, 1);
    qt_assert_ok(quiver_database_has_time_series_files(db, "Farm", &result));
    ck_assert_int_eq(result, 1);
    qt_assert_ok(quiver_database_has_time_series_files(db, "Site", &result));
    ck_assert_int_eq(result, 0);
    result = 7;
    qt_assert_ok(quiver_database_has_time_series_files(db, "Configuration", &result));
    ck_assert_int_eq(result, 0);
    /* any table passes the collection check */
    result = 7;
    qt_assert_ok(quiver_database_has_time_series_files(db, "Plant_time_series_files", &result));
    ck_assert_int_eq(result, 0);
}
END_TEST

START_TEST(has_errors)
{
    int result = 7;
    qt_assert_error(quiver_database_has_time_series_files(db, "Nope", &result),
                    "Cannot has_time_series_files: collection not found: Nope");
    qt_assert_error(quiver_database_has_time_series_files(db, "plant", &result),
                    "Cannot has_time_series_files: collection not found: plant");
    ck_assert_int_eq(result, 7);
    qt_assert_error(quiver_database_has_time_series_files(NULL, "Plant", &result), "Null argument: db");
    qt_assert_error(quiver_database_has_time_series_files(db, NULL, &result), "Null argument: collection");
    qt_assert_error(quiver_database_has_time_series_files(db, "Plant", NULL), "Null argument: out_result");
    qt_assert_error(quiver_database_has_time_series_files(db, NULL, NULL), "Null argument: collection");
    ck_assert_int_eq(result, 7);
}
END_TEST

/* ---- list --------------------------------------------------------------- */

START_TEST(list_columns)
{
    char **columns = SENTINEL_STRINGS;
    size_t count = 99;
    qt_assert_ok(quiver_database_list_time_series_files_columns(db, "Plant", &columns, &count));
    /* declaration order */
    ck_assert_uint_eq(count, 3);
    ck_assert_str_eq(columns[0], "zeta_file");
    ck_assert_str_eq(columns[1], "alpha_file");
    ck_assert_str_eq(columns[2], "mid_file");
    quiver_database_free_string_array(columns, count);

    qt_assert_ok(quiver_database_list_time_series_files_columns(db, "Farm", &columns, &count));
    ck_assert_uint_eq(count, 1);
    ck_assert_str_eq(columns[0], "yield_file");
    quiver_database_free_string_array(columns, count);
}
END_TEST

START_TEST(list_errors)
{
    char **columns = SENTINEL_STRINGS;
    size_t count = 99;
    qt_assert_error(quiver_database_list_time_series_files_columns(db, "Site", &columns, &count),
                    "Time series files table not found: Site_time_series_files");
    qt_assert_error(quiver_database_list_time_series_files_columns(db, "Configuration", &columns, &count),
                    "Time series files table not found: Configuration_time_series_files");
    qt_assert_error(quiver_database_list_time_series_files_columns(db, "Nope", &columns, &count),
                    "Cannot list_time_series_files_columns: collection not found: Nope");
    ck_assert_ptr_eq(columns, SENTINEL_STRINGS);
    ck_assert_uint_eq(count, 99);
    qt_assert_error(quiver_database_list_time_series_files_columns(NULL, "Plant", &columns, &count),
                    "Null argument: db");
    qt_assert_error(quiver_database_list_time_series_files_columns(db, NULL, &columns, &count),
                    "Null argument: collection");
    qt_assert_error(quiver_database_list_time_series_files_columns(db, "Plant", NULL, &count),
                    "Null argument: out_columns");
    qt_assert_error(quiver_database_list_time_series_files_columns(db, "Plant", &columns, NULL),
                    "Null argument: out_count");
    ck_assert_ptr_eq(columns, SENTINEL_STRINGS);
    ck_assert_uint_eq(count, 99);
}
END_TEST

/* ---- read --------------------------------------------------------------- */

START_TEST(read_files)
{
    /* sorted by name; the first row only; a blob and a NULL read as NULL */
    ck_assert_str_eq(files_of("Plant"), INITIAL_PLANT);
    /* a table without rows: every path NULL */
    ck_assert_str_eq(files_of("Farm"), "yield_file=-");
}
END_TEST

START_TEST(read_errors)
{
    char **columns = SENTINEL_STRINGS, **paths = SENTINEL_STRINGS;
    size_t count = 99;
    qt_assert_error(quiver_database_read_time_series_files(db, "Site", &columns, &paths, &count),
                    "Time series files table not found for collection 'Site'");
    qt_assert_error(quiver_database_read_time_series_files(db, "Nope", &columns, &paths, &count),
                    "Cannot read_time_series_files: collection not found: Nope");
    qt_assert_error(quiver_database_read_time_series_files(NULL, "Plant", &columns, &paths, &count),
                    "Null argument: db");
    qt_assert_error(quiver_database_read_time_series_files(db, NULL, &columns, &paths, &count),
                    "Null argument: collection");
    qt_assert_error(quiver_database_read_time_series_files(db, "Plant", NULL, &paths, &count),
                    "Null argument: out_columns");
    qt_assert_error(quiver_database_read_time_series_files(db, "Plant", &columns, NULL, &count),
                    "Null argument: out_paths");
    qt_assert_error(quiver_database_read_time_series_files(db, "Plant", &columns, &paths, NULL),
                    "Null argument: out_count");
    ck_assert_ptr_eq(columns, SENTINEL_STRINGS);
    ck_assert_ptr_eq(paths, SENTINEL_STRINGS);
    ck_assert_uint_eq(count, 99);
}
END_TEST

/* ---- update ------------------------------------------------------------- */

START_TEST(update_rewrites_the_row)
{
    /* every row is replaced by one; paths are trimmed; columns not given take NULL or DEFAULT */
    qt_assert_ok(
        update("Plant", (const char *[]){"zeta_file", "alpha_file"}, (const char *[]){" a.csv\n", NULL}, 2));
    ck_assert_int_eq(row_count("Plant_time_series_files"), 1);
    ck_assert_str_eq(files_of("Plant"), "alpha_file=-,mid_file=default.csv,zeta_file=a.csv");
    /* not a merge: zeta_file, not given, becomes NULL */
    qt_assert_ok(update("Plant", (const char *[]){"alpha_file"}, (const char *[]){"b.csv"}, 1));
    ck_assert_int_eq(row_count("Plant_time_series_files"), 1);
    ck_assert_str_eq(files_of("Plant"), "alpha_file=b.csv,mid_file=default.csv,zeta_file=-");
    /* an explicit NULL overrides the DEFAULT */
    qt_assert_ok(update("Plant", (const char *[]){"mid_file"}, (const char *[]){NULL}, 1));
    ck_assert_str_eq(files_of("Plant"), "alpha_file=-,mid_file=-,zeta_file=-");
}
END_TEST

START_TEST(update_repeated_column_last_wins)
{
    qt_assert_ok(update("Plant", (const char *[]){"alpha_file", "zeta_file", "alpha_file"},
                        (const char *[]){"first.csv", "z.csv", "last.csv"}, 3));
    ck_assert_str_eq(files_of("Plant"), "alpha_file=last.csv,mid_file=default.csv,zeta_file=z.csv");
    qt_assert_ok(
        update("Plant", (const char *[]){"alpha_file", "alpha_file"}, (const char *[]){"x.csv", NULL}, 2));
    ck_assert_str_eq(files_of("Plant"), "alpha_file=-,mid_file=default.csv,zeta_file=-");
}
END_TEST

START_TEST(update_empty_table)
{
    qt_assert_ok(update("Farm", (const char *[]){"yield_file"}, (const char *[]){"yield.csv"}, 1));
    ck_assert_int_eq(row_count("Farm_time_series_files"), 1);
    ck_assert_str_eq(files_of("Farm"), "yield_file=yield.csv");
}
END_TEST

START_TEST(update_nothing)
{
    /* count 0: a no-op that keeps the rows, arrays unread */
    qt_assert_ok(update("Plant", NULL, NULL, 0));
    ck_assert_int_eq(row_count("Plant_time_series_files"), 2);
    ck_assert_str_eq(files_of("Plant"), INITIAL_PLANT);
    /* the checks still run */
    qt_assert_error(update("Site", NULL, NULL, 0), "Time series files table not found for collection 'Site'");
    qt_assert_error(update("Nope", NULL, NULL, 0),
                    "Cannot update_time_series_files: collection not found: Nope");
}
END_TEST

START_TEST(update_errors)
{
    const char *paths[] = {"x.csv", "y.csv"};
    qt_assert_error(update("Nope", (const char *[]){"zeta_file"}, paths, 1),
                    "Cannot update_time_series_files: collection not found: Nope");
    qt_assert_error(update("Site", (const char *[]){"zeta_file"}, paths, 1),
                    "Time series files table not found for collection 'Site'");
    /* all names are validated before writing */
    qt_assert_error(
        update("Plant", (const char *[]){"zeta_file", "nope"}, paths, 2),
        "Cannot update_time_series_files: column 'nope' not found in table 'Plant_time_series_files'");
    /* the first unknown name in name order */
    qt_assert_error(
        update("Plant", (const char *[]){"zz", "bb"}, paths, 2),
        "Cannot update_time_series_files: column 'bb' not found in table 'Plant_time_series_files'");
    qt_assert_error(update("Plant", (const char *[]){"Zeta_file"}, paths, 1),
                    "Cannot update_time_series_files: column 'Zeta_file' not found in table "
                    "'Plant_time_series_files'");
    qt_assert_error(update("Plant", (const char *[]){"zeta_file\" TEXT, x"}, paths, 1),
                    "Cannot update_time_series_files: column 'zeta_file\" TEXT, x' not found in table "
                    "'Plant_time_series_files'");
    ck_assert_int_eq(row_count("Plant_time_series_files"), 2);
    ck_assert_str_eq(files_of("Plant"), INITIAL_PLANT);
}
END_TEST

START_TEST(update_null_column_entry)
{
    const char *paths[] = {"x.csv", "y.csv"};
    qt_assert_error(update("Plant", (const char *[]){"zeta_file", NULL}, paths, 2),
                    "Null argument: columns[1]");
    /* reported before the collection is looked up */
    qt_assert_error(update("Nope", (const char *[]){NULL}, paths, 1), "Null argument: columns[0]");
    ck_assert_str_eq(files_of("Plant"), INITIAL_PLANT);
}
END_TEST

START_TEST(update_null_arguments)
{
    const char *columns[] = {"zeta_file"};
    const char *paths[] = {"x.csv"};
    qt_assert_error(quiver_database_update_time_series_files(NULL, "Plant", columns, paths, 1),
                    "Null argument: db");
    qt_assert_error(quiver_database_update_time_series_files(db, NULL, columns, paths, 1),
                    "Null argument: collection");
    qt_assert_error(quiver_database_update_time_series_files(db, "Plant", NULL, paths, 1),
                    "Null argument: columns");
    qt_assert_error(quiver_database_update_time_series_files(db, "Plant", columns, NULL, 1),
                    "Null argument: paths");
    qt_assert_error(quiver_database_update_time_series_files(db, "Plant", NULL, NULL, 1),
                    "Null argument: columns");
    ck_assert_str_eq(files_of("Plant"), INITIAL_PLANT);
}
END_TEST

START_TEST(update_in_caller_transaction)
{
    qt_assert_ok(quiver_database_begin_transaction(db));
    qt_assert_ok(update("Plant", (const char *[]){"zeta_file"}, (const char *[]){"t.csv"}, 1));
    int active = 0;
    qt_assert_ok(quiver_database_in_transaction(db, &active));
    ck_assert_int_eq(active, 1);
    ck_assert_str_eq(files_of("Plant"), "alpha_file=-,mid_file=default.csv,zeta_file=t.csv");
    qt_assert_ok(quiver_database_rollback(db));
    ck_assert_str_eq(files_of("Plant"), INITIAL_PLANT);
    ck_assert_int_eq(row_count("Plant_time_series_files"), 2);
}
END_TEST

/* ---- free ----------------------------------------------------------------- */

static char *copy(const char *text)
{
    char *s = malloc(strlen(text) + 1);
    ck_assert_ptr_nonnull(s);
    return strcpy(s, text);
}

START_TEST(free_files)
{
    char **columns = malloc(2 * sizeof *columns);
    char **paths = malloc(2 * sizeof *paths);
    ck_assert_ptr_nonnull(columns);
    ck_assert_ptr_nonnull(paths);
    columns[0] = copy("a_file");
    columns[1] = copy("b_file");
    paths[0] = NULL;
    paths[1] = copy("b.csv");
    qt_assert_ok(quiver_database_free_time_series_files(columns, paths, 2));
    /* empty arrays (count 0) are freed too */
    qt_assert_ok(quiver_database_free_time_series_files(malloc(1), malloc(1), 0));
}
END_TEST

START_TEST(free_null_arguments)
{
    char *one[1] = {NULL};
    qt_assert_error(quiver_database_free_time_series_files(NULL, one, 0), "Null argument: columns");
    qt_assert_error(quiver_database_free_time_series_files(one, NULL, 0), "Null argument: paths");
    qt_assert_error(quiver_database_free_time_series_files(NULL, NULL, 0), "Null argument: columns");
}
END_TEST

/* ---- a schema with other groups (full.sql) ---------------------------------- */

START_TEST(full_schema)
{
    quiver_database_close(db);
    db = qt_open_schema("valid/full.sql");
    int result = 7;
    qt_assert_ok(quiver_database_has_time_series_files(db, "Unit", &result));
    ck_assert_int_eq(result, 1);
    qt_assert_ok(quiver_database_has_time_series_files(db, "Zone", &result));
    ck_assert_int_eq(result, 0);
    ck_assert_str_eq(files_of("Unit"), "availability_file=-,generation_file=-");
    qt_assert_ok(update("Unit", (const char *[]){"generation_file"}, (const char *[]){"gen.csv"}, 1));
    qt_assert_ok(update("Unit", (const char *[]){"availability_file"}, (const char *[]){"avail.csv"}, 1));
    ck_assert_str_eq(files_of("Unit"), "availability_file=avail.csv,generation_file=-");
    qt_assert_error(update("Zone", (const char *[]){"demand_file"}, (const char *[]){"d.csv"}, 1),
                    "Time series files table not found for collection 'Zone'");
    /* a time-series group's column is not a files column */
    qt_assert_error(update("Unit", (const char *[]){"generation"}, (const char *[]){"g.csv"}, 1),
                    "Cannot update_time_series_files: column 'generation' not found in table "
                    "'Unit_time_series_files'");
}
END_TEST

static Suite *time_series_files_suite(void)
{
    Suite *s = suite_create("time_series_files");

    TCase *reads = tcase_create("read");
    tcase_add_checked_fixture(reads, open_db, close_db);
    tcase_add_test(reads, has_files);
    tcase_add_test(reads, has_errors);
    tcase_add_test(reads, list_columns);
    tcase_add_test(reads, list_errors);
    tcase_add_test(reads, read_files);
    tcase_add_test(reads, read_errors);
    suite_add_tcase(s, reads);

    TCase *updates = tcase_create("update");
    tcase_add_checked_fixture(updates, open_db, close_db);
    tcase_add_test(updates, update_rewrites_the_row);
    tcase_add_test(updates, update_repeated_column_last_wins);
    tcase_add_test(updates, update_empty_table);
    tcase_add_test(updates, update_nothing);
    tcase_add_test(updates, update_errors);
    tcase_add_test(updates, update_null_column_entry);
    tcase_add_test(updates, update_null_arguments);
    tcase_add_test(updates, update_in_caller_transaction);
    tcase_add_test(updates, full_schema);
    suite_add_tcase(s, updates);

    TCase *frees = tcase_create("free");
    tcase_add_test(frees, free_files);
    tcase_add_test(frees, free_null_arguments);
    suite_add_tcase(s, frees);
    return s;
}

int main(void)
{
    return qt_run(time_series_files_suite());
}
