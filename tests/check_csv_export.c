/*
 * CSV export (c-api-groups-timeseries-csv.md §7.3-7.4, §10.2, §10.4): the
 * worked example of §7.7 byte for byte, target selection and its messages,
 * directories and unwritable paths, quoting, float, integer, enum, foreign-key
 * and date-time rendering, row order, and a 100,000-row streamed export.
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "csv_helpers.h"

static quiver_database_t *plant(void)
{
    return qt_open_schema("valid/csv_plant.sql");
}

static quiver_database_t *features(void)
{
    return qt_open_schema("valid/csv_features.sql");
}

static int is_directory(const char *path)
{
    struct stat info;
    return stat(path, &info) == 0 && S_ISDIR(info.st_mode);
}

static int exists(const char *path)
{
    struct stat info;
    return stat(path, &info) == 0;
}

/* ---- the worked example (§7.7) ------------------------------------------- */

START_TEST(example_scalars)
{
    quiver_database_t *db = plant();
    const char *path = qt_temp_path("plant.csv");
    qt_assert_ok(quiver_database_export_csv(db, "Plant", "", path, NULL));
    csv_assert_file_data(path, "plant.csv");
    quiver_database_close(db);
}
END_TEST

START_TEST(example_vector)
{
    quiver_database_t *db = plant();
    const char *path = qt_temp_path("costs.csv");
    qt_assert_ok(quiver_database_export_csv(db, "Plant", "costs", path, NULL));
    csv_assert_file_data(path, "costs.csv");
    quiver_database_close(db);
}
END_TEST

START_TEST(example_set)
{
    quiver_database_t *db = plant();
    const char *path = qt_temp_path("tags.csv");
    qt_assert_ok(quiver_database_export_csv(db, "Plant", "tags", path, NULL));
    csv_assert_file_data(path, "tags.csv");
    quiver_database_close(db);
}
END_TEST

START_TEST(example_time_series)
{
    quiver_database_t *db = plant();
    const char *path = qt_temp_path("output.csv");
    qt_assert_ok(quiver_database_export_csv(db, "Plant", "output", path, NULL));
    csv_assert_file_data(path, "output.csv");
    quiver_database_close(db);
}
END_TEST

START_TEST(example_scalars_with_options)
{
    quiver_database_t *db = plant();
    const char *path = qt_temp_path("plant_options.csv");
    csv_enums enums = {0};
    csv_enums_add(&enums, "kind", "en", 2, (const char *[]){"Thermal", "Hydro"}, (int64_t[]){1, 2});
    quiver_csv_options_t options = csv_options("%d/%m/%Y", &enums);
    qt_assert_ok(quiver_database_export_csv(db, "Plant", "", path, &options));
    csv_assert_file_data(path, "plant_options.csv");
    quiver_database_close(db);
}
END_TEST

START_TEST(example_time_series_with_date_format)
{
    quiver_database_t *db = plant();
    const char *path = qt_temp_path("output_dates.csv");
    quiver_csv_options_t options = csv_options("%Y/%m/%d %H:%M", NULL);
    qt_assert_ok(quiver_database_export_csv(db, "Plant", "output", path, &options));
    csv_assert_file_data(path, "output_dates.csv");
    quiver_database_close(db);
}
END_TEST

START_TEST(default_options_equal_null)
{
    quiver_database_t *db = plant();
    const char *path = qt_temp_path("defaults.csv");
    quiver_csv_options_t options = quiver_csv_options_default();
    qt_assert_ok(quiver_database_export_csv(db, "Plant", "", path, &options));
    csv_assert_file_data(path, "plant.csv");
    options.date_time_format = NULL; /* NULL inside a caller's struct means "" */
    qt_assert_ok(quiver_database_export_csv(db, "Plant", "", path, &options));
    csv_assert_file_data(path, "plant.csv");
    quiver_database_close(db);
}
END_TEST

/* ---- arguments, targets and files ---------------------------------------- */

START_TEST(null_arguments)
{
    quiver_database_t *db = plant();
    const char *path = qt_temp_path("never.csv");
    qt_assert_error(quiver_database_export_csv(NULL, "Plant", "", path, NULL), "Null argument: db");
    qt_assert_error(quiver_database_export_csv(db, NULL, "", path, NULL), "Null argument: collection");
    qt_assert_error(quiver_database_export_csv(db, "Plant", NULL, path, NULL), "Null argument: group");
    qt_assert_error(quiver_database_export_csv(db, "Plant", "", NULL, NULL), "Null argument: path");
    qt_assert_error(quiver_database_export_csv(NULL, NULL, NULL, NULL, NULL), "Null argument: db");
    ck_assert(!exists(path));
    quiver_database_close(db);
}
END_TEST

START_TEST(null_enum_arrays)
{
    quiver_database_t *db = plant();
    const char *path = qt_temp_path("never.csv");
    csv_enums enums = {0};
    csv_enums_add(&enums, "kind", "en", 1, (const char *[]){"Thermal"}, (int64_t[]){1});
    quiver_csv_options_t options = csv_options("", &enums);
    options.enum_labels = NULL;
    qt_assert_error(quiver_database_export_csv(db, "Plant", "", path, &options),
                    "Null argument: enum_labels");
    options = csv_options("", &enums);
    enums.labels[0] = NULL;
    qt_assert_error(quiver_database_export_csv(db, "Plant", "", path, &options),
                    "Null argument: enum_labels[0]");
    options = csv_options("", &enums);
    options.enum_attribute_names = NULL;
    qt_assert_error(quiver_database_export_csv(db, "Plant", "", path, &options),
                    "Null argument: enum_attribute_names");
    ck_assert(!exists(path));
    quiver_database_close(db);
}
END_TEST

START_TEST(collection_not_found)
{
    quiver_database_t *db = plant();
    const char *path = qt_temp_path("never.csv");
    qt_assert_error(quiver_database_export_csv(db, "Nope", "", path, NULL),
                    "Cannot export_csv: collection not found: Nope");
    qt_assert_error(quiver_database_export_csv(db, "plant", "costs", path, NULL),
                    "Cannot export_csv: collection not found: plant");
    ck_assert(!exists(path));
    quiver_database_close(db);
}
END_TEST

START_TEST(group_not_found)
{
    quiver_database_t *db = plant();
    const char *path = qt_temp_path("never.csv");
    qt_assert_error(quiver_database_export_csv(db, "Plant", "missing", path, NULL),
                    "Cannot export_csv: group not found: 'missing' in collection 'Plant'");
    /* A hostile name never reaches SQL (§10.1). */
    qt_assert_error(quiver_database_export_csv(db, "Plant", "x\"; DROP TABLE Plant; --", path, NULL),
                    "Cannot export_csv: group not found: 'x\"; DROP TABLE Plant; --' in collection 'Plant'");
    ck_assert(!exists(path));
    quiver_database_close(db);
}
END_TEST

START_TEST(files_group_has_no_dimension)
{
    quiver_database_t *db = features();
    const char *path = qt_temp_path("never.csv");
    qt_assert_error(quiver_database_export_csv(db, "Item", "files", path, NULL),
                    "Dimension column not found: time series table 'Item_time_series_files'");
    ck_assert(!exists(path));
    quiver_database_close(db);
}
END_TEST

START_TEST(any_table_is_a_collection)
{
    /* The collection check is a table lookup (§0.3): a group table exports as scalars. */
    quiver_database_t *db = plant();
    const char *path = qt_temp_path("table.csv");
    qt_assert_ok(quiver_database_export_csv(db, "Plant_vector_costs", "", path, NULL));
    csv_assert_file_text(path, "sep=,\nvector_index,cost\n1,12.5\n2,3\n3,1e-05\n1,7\n");
    quiver_database_close(db);
}
END_TEST

START_TEST(open_failure)
{
    quiver_database_t *db = plant();
    const char *directory = qt_temp_path("a_directory");
    ck_assert_int_eq(mkdir(directory, 0777), 0);
    char expected[4200];
    snprintf(expected, sizeof expected, "Failed to export_csv: could not open file: %s", directory);
    qt_assert_error(quiver_database_export_csv(db, "Plant", "", directory, NULL), expected);
    ck_assert(is_directory(directory));
    qt_assert_error(quiver_database_export_csv(db, "Plant", "", "", NULL),
                    "Failed to export_csv: could not open file: ");
    /* Even root cannot create a file in /proc. */
    qt_assert_error(quiver_database_export_csv(db, "Plant", "", "/proc/quiver_export.csv", NULL),
                    "Failed to export_csv: could not open file: /proc/quiver_export.csv");
    quiver_database_close(db);
}
END_TEST

START_TEST(parent_directories_created)
{
    quiver_database_t *db = plant();
    char path[4200];
    snprintf(path, sizeof path, "%s", qt_temp_path("deep/er/tags.csv"));
    qt_assert_ok(quiver_database_export_csv(db, "Plant", "tags", path, NULL));
    csv_assert_file_data(path, "tags.csv");
    /* Before any validation (§7.3 step 1): a failing export still creates them. */
    snprintf(path, sizeof path, "%s", qt_temp_path("made/anyway/x.csv"));
    qt_assert_error(quiver_database_export_csv(db, "Nope", "", path, NULL),
                    "Cannot export_csv: collection not found: Nope");
    ck_assert(is_directory(qt_temp_path("made/anyway")));
    ck_assert(!exists(path));
    quiver_database_close(db);
}
END_TEST

START_TEST(parent_directory_is_a_file)
{
    quiver_database_t *db = plant();
    char file[4096], path[4200], expected[9000];
    snprintf(file, sizeof file, "%s", qt_temp_path("plain_file"));
    csv_write_text(file, "x");
    snprintf(path, sizeof path, "%s/sub/out.csv", file);
    /* §7.3 step 1 asks for the platform's text but fixes no message: the project's pattern. */
    snprintf(expected, sizeof expected,
             "Failed to export_csv: could not create directory: %s/sub (Not a directory)", file);
    qt_assert_error(quiver_database_export_csv(db, "Plant", "", path, NULL), expected);
    ck_assert(!exists(path));
    /* A directory that cannot be made below an existing one: the system's reason for that. */
    qt_assert_error(quiver_database_export_csv(db, "Plant", "", "/proc/quiver_no_such/out.csv", NULL),
                    "Failed to export_csv: could not create directory: /proc/quiver_no_such (No such file or "
                    "directory)");
    quiver_database_close(db);
}
END_TEST

START_TEST(overwrites_existing_file)
{
    quiver_database_t *db = plant();
    const char *path = qt_temp_path("again.csv");
    csv_write_text(path,
                   "old content that is longer than the new one ........................................"
                   "...................................................................................");
    qt_assert_ok(quiver_database_export_csv(db, "Plant", "tags", path, NULL));
    csv_assert_file_data(path, "tags.csv");
    quiver_database_close(db);
}
END_TEST

START_TEST(write_failure)
{
    quiver_database_t *db = plant();
    char path[4200], expected[4300];
    /* A file that cannot grow: the incomplete file is removed. */
    snprintf(path, sizeof path, "%s", qt_temp_path("limited.csv"));
    struct rlimit saved, limited;
    ck_assert_int_eq(getrlimit(RLIMIT_FSIZE, &saved), 0);
    limited = saved;
    limited.rlim_cur = 64;
    void (*handler)(int) = signal(SIGXFSZ, SIG_IGN);
    ck_assert_int_eq(setrlimit(RLIMIT_FSIZE, &limited), 0);
    quiver_error_t status = quiver_database_export_csv(db, "Plant", "", path, NULL);
    ck_assert_int_eq(setrlimit(RLIMIT_FSIZE, &saved), 0);
    signal(SIGXFSZ, handler);
    snprintf(expected, sizeof expected, "Failed to export_csv: could not write file: %s", path);
    ck_assert_int_eq(status, QUIVER_ERROR);
    ck_assert_str_eq(quiver_get_last_error(), expected);
    ck_assert(!exists(path));
    /* What is not a regular file (here a link to a device that is always full) stays. */
    snprintf(path, sizeof path, "%s", qt_temp_path("full.csv"));
    ck_assert_int_eq(symlink("/dev/full", path), 0);
    snprintf(expected, sizeof expected, "Failed to export_csv: could not write file: %s", path);
    qt_assert_error(quiver_database_export_csv(db, "Plant", "", path, NULL), expected);
    struct stat info;
    ck_assert_int_eq(lstat(path, &info), 0);
    ck_assert(S_ISLNK(info.st_mode));
    quiver_database_close(db);
}
END_TEST

START_TEST(empty_tables)
{
    quiver_database_t *db = features();
    const char *path = qt_temp_path("empty.csv");
    qt_assert_ok(quiver_database_export_csv(db, "Item", "", path, NULL));
    csv_assert_file_text(path,
                         "sep=,\nlabel,note,amount,quantity,status,date_due,weight,region_id,item_parent\n");
    qt_assert_ok(quiver_database_export_csv(db, "Item", "steps", path, NULL));
    csv_assert_file_text(path, "sep=,\nid,vector_index,step_size,step_level,step_region_id\n");
    qt_assert_ok(quiver_database_export_csv(db, "Item", "codes", path, NULL));
    csv_assert_file_text(path, "sep=,\nid,code\n");
    qt_assert_ok(quiver_database_export_csv(db, "Item", "readings", path, NULL));
    csv_assert_file_text(path, "sep=,\nid,date_time,reading,humidity,reading_region,date_verified\n");
    quiver_database_close(db);
}
END_TEST

START_TEST(sees_uncommitted_data)
{
    quiver_database_t *db = plant();
    const char *path = qt_temp_path("tx.csv");
    qt_assert_ok(quiver_database_begin_transaction(db));
    csv_exec(db, "INSERT INTO Plant_set_tags (id, tag) VALUES (2, 'new')");
    qt_assert_ok(quiver_database_export_csv(db, "Plant", "tags", path, NULL));
    csv_assert_file_text(path, "sep=,\nid,tag\nAlpha,coal\nAlpha,\"peak load\"\n\"Beta 2\",new\n");
    qt_assert_ok(quiver_database_rollback(db));
    qt_assert_ok(quiver_database_begin_dry_run(db));
    csv_exec(db, "DELETE FROM Plant_set_tags WHERE tag = 'coal'");
    qt_assert_ok(quiver_database_export_csv(db, "Plant", "tags", path, NULL));
    csv_assert_file_text(path, "sep=,\nid,tag\nAlpha,\"peak load\"\n");
    qt_assert_ok(quiver_database_end_dry_run(db));
    qt_assert_ok(quiver_database_export_csv(db, "Plant", "tags", path, NULL));
    csv_assert_file_data(path, "tags.csv");
    quiver_database_close(db);
}
END_TEST

START_TEST(success_keeps_last_error)
{
    quiver_database_t *db = plant();
    qt_assert_error(quiver_database_export_csv(db, "Nope", "", qt_temp_path("x.csv"), NULL),
                    "Cannot export_csv: collection not found: Nope");
    qt_assert_ok(quiver_database_export_csv(db, "Plant", "", qt_temp_path("x.csv"), NULL));
    ck_assert_str_eq(quiver_get_last_error(), "Cannot export_csv: collection not found: Nope");
    quiver_database_close(db);
}
END_TEST

/* ---- rendering ---------------------------------------------------------------- */

START_TEST(text_quoting)
{
    quiver_database_t *db = features();
    const char *path = qt_temp_path("text.csv");
    csv_exec(db, "INSERT INTO Item (label, note) VALUES"
                 " ('plain', 'abc'), ('comma', 'a,b'), ('space', 'a b'), ('lf', 'a' || char(10) || 'b'),"
                 " ('quote', 'x\"y'), ('cr', 'a' || char(13) || 'b'), ('tab', 'a' || char(9) || 'b'),"
                 " ('outer', '\"q\"'), ('semi', 'a;b'), ('utf8', 'ação'), ('empty', ''), ('null', NULL),"
                 " ('say \"hi\", ok', 'He said \"hello\"')");
    qt_assert_ok(quiver_database_export_csv(db, "Item", "", path, NULL));
    csv_assert_file_text(path, "sep=,\n"
                               "label,note,amount,quantity,status,date_due,weight,region_id,item_parent\n"
                               "plain,abc,,,,,1,,\n"
                               "comma,\"a,b\",,,,,1,,\n"
                               "space,\"a b\",,,,,1,,\n"
                               "lf,\"a\nb\",,,,,1,,\n"
                               "quote,\"x\"\"y\",,,,,1,,\n"
                               "cr,\"a\rb\",,,,,1,,\n"
                               "tab,a\tb,,,,,1,,\n"
                               "outer,\"\"\"q\"\"\",,,,,1,,\n"
                               "semi,a;b,,,,,1,,\n"
                               "utf8,ação,,,,,1,,\n"
                               "empty,,,,,,1,,\n"
                               "null,,,,,,1,,\n"
                               "\"say \"\"hi\"\", ok\",\"He said \"\"hello\"\"\",,,,,1,,\n");
    quiver_database_close(db);
}
END_TEST

START_TEST(numbers)
{
    quiver_database_t *db = features();
    const char *path = qt_temp_path("numbers.csv");
    csv_exec(db, "INSERT INTO Item (label, amount, quantity, weight) VALUES"
                 " ('a', 1.0, 0, 23.0), ('b', 9.99, -1, 0.1), ('c', 0.001, 9223372036854775807, 0.0001),"
                 " ('d', 1e-05, -9223372036854775808, 3.141592653589793), ('e', -0.0, 42, 5e-324),"
                 " ('f', 100000.0, NULL, 120000.0), ('g', 1000000.0, NULL, 12000000.0),"
                 " ('h', 12300000.0, NULL, 1234567.89), ('i', 1.2345678901234568e20, NULL, 1e21),"
                 " ('j', NULL, NULL, 2.5), ('k', -2.5, NULL, 9e999), ('l', -9e999, NULL, 0)");
    csv_exec_double(db, "UPDATE Item SET amount = ? WHERE label = 'j'", 1.7976931348623157e308);
    qt_assert_ok(quiver_database_export_csv(db, "Item", "", path, NULL));
    csv_assert_file_text(path, "sep=,\n"
                               "label,note,amount,quantity,status,date_due,weight,region_id,item_parent\n"
                               "a,,1,0,,,23,,\n"
                               "b,,9.99,-1,,,0.1,,\n"
                               "c,,0.001,9223372036854775807,,,1e-04,,\n"
                               "d,,1e-05,-9223372036854775808,,,3.141592653589793,,\n"
                               "e,,0,42,,,5e-324,,\n" /* SQLite stores -0.0 as 0.0 */
                               "f,,1e+05,,,,120000,,\n"
                               "g,,1e+06,,,,1.2e+07,,\n"
                               "h,,12300000,,,,1234567.89,,\n"
                               "i,,123456789012345683968,,,,1e+21,,\n"
                               "j,,1.7976931348623157e+308,,,,2.5,,\n"
                               "k,,-2.5,,,,inf,,\n"
                               "l,,-inf,,,,0,,\n");
    quiver_database_close(db);
}
END_TEST

START_TEST(foreign_keys_as_labels)
{
    quiver_database_t *db = features();
    const char *path = qt_temp_path("fk.csv");
    csv_exec(db, "INSERT INTO Region (label) VALUES ('North'), ('South, far');"
                 "INSERT INTO Item (label, region_id, item_parent) VALUES ('root', 2, NULL), ('leaf', 1, 1),"
                 " ('self', NULL, 3);"
                 "PRAGMA foreign_keys = OFF;"
                 "INSERT INTO Item (label, region_id, item_parent, status) VALUES ('dangling', 7, 99, 1);"
                 "PRAGMA foreign_keys = ON;");
    /* An FK column is never an enum while its id has a label; a dangling id falls through
     * to the enum check (region_id 7 is mapped), then to decimal (item_parent 99). */
    csv_enums enums = {0};
    csv_enums_add(&enums, "region_id", "en", 2, (const char *[]){"one", "seven"}, (int64_t[]){1, 7});
    quiver_csv_options_t options = csv_options("", &enums);
    qt_assert_ok(quiver_database_export_csv(db, "Item", "", path, &options));
    csv_assert_file_text(path, "sep=,\n"
                               "label,note,amount,quantity,status,date_due,weight,region_id,item_parent\n"
                               "root,,,,,,1,\"South, far\",\n"
                               "leaf,,,,,,1,North,root\n"
                               "self,,,,,,1,,self\n"
                               "dangling,,,,1,,1,seven,99\n");
    quiver_database_close(db);
}
END_TEST

START_TEST(group_foreign_keys_and_orphans)
{
    quiver_database_t *db = features();
    const char *path = qt_temp_path("steps.csv");
    csv_exec(db,
             "INSERT INTO Region (label) VALUES ('North');"
             "INSERT INTO Item (label) VALUES ('a'), ('b');"
             "INSERT INTO Item_vector_steps VALUES (2, 2, 0.5, 3, NULL), (2, 1, 0.25, 2, 1), (1, 1, 1, 1, 1);"
             "PRAGMA foreign_keys = OFF;"
             "INSERT INTO Item_vector_steps VALUES (9, 1, 2, 2, 2);" /* no parent: not exported */
             "PRAGMA foreign_keys = ON;");
    qt_assert_ok(quiver_database_export_csv(db, "Item", "steps", path, NULL));
    csv_assert_file_text(path, "sep=,\n"
                               "id,vector_index,step_size,step_level,step_region_id\n"
                               "a,1,1,1,North\n"
                               "b,1,0.25,2,North\n"
                               "b,2,0.5,3,\n");
    quiver_database_close(db);
}
END_TEST

START_TEST(set_rows_in_value_order)
{
    quiver_database_t *db = features();
    const char *path = qt_temp_path("codes.csv");
    csv_exec(db,
             "INSERT INTO Item (label) VALUES ('b'), ('a');"
             "INSERT INTO Item_set_codes VALUES (2, 'zeta'), (1, 'y'), (2, 'alpha'), (1, 'x'), (2, 'Beta');");
    qt_assert_ok(quiver_database_export_csv(db, "Item", "codes", path, NULL));
    csv_assert_file_text(path, "sep=,\nid,code\nb,x\nb,y\na,Beta\na,alpha\na,zeta\n");
    quiver_database_close(db);
}
END_TEST

START_TEST(enum_labels_first_appearance)
{
    quiver_database_t *db = features();
    const char *path = qt_temp_path("enums.csv");
    csv_exec(db, "INSERT INTO Item (label, status, quantity) VALUES ('a', 1, 1), ('b', 2, 2), ('c', 3, 3),"
                 " ('d', 4, 4)");
    /* en first: its labels win for 1 and 2; pt adds 3; the repeated label "Done" keeps its
     * place and takes the later value 4; quantity has no mapping. */
    csv_enums enums = {0};
    csv_enums_add(&enums, "status", "en", 3, (const char *[]){"Active", "Inactive", "Done"},
                  (int64_t[]){1, 2, 9});
    csv_enums_add(&enums, "status", "pt", 3, (const char *[]){"Ativo", "Inativo", "Novo"},
                  (int64_t[]){1, 2, 3});
    csv_enums_add(&enums, "status", "en", 1, (const char *[]){"Done"}, (int64_t[]){4});
    quiver_csv_options_t options = csv_options("", &enums);
    qt_assert_ok(quiver_database_export_csv(db, "Item", "", path, &options));
    csv_assert_file_text(path, "sep=,\n"
                               "label,note,amount,quantity,status,date_due,weight,region_id,item_parent\n"
                               "a,,,1,Active,,1,,\n"
                               "b,,,2,Inactive,,1,,\n"
                               "c,,,3,Novo,,1,,\n"
                               "d,,,4,Done,,1,,\n");
    quiver_database_close(db);
}
END_TEST

START_TEST(enum_names_are_case_sensitive_and_skip_floats)
{
    quiver_database_t *db = features();
    const char *path = qt_temp_path("enums2.csv");
    csv_exec(db, "INSERT INTO Item (label, status, amount) VALUES ('a', 1, 1.0)");
    csv_enums enums = {0};
    csv_enums_add(&enums, "Status", "en", 1, (const char *[]){"On"}, (int64_t[]){1});
    csv_enums_add(&enums, "amount", "en", 1, (const char *[]){"One"}, (int64_t[]){1});
    quiver_csv_options_t options = csv_options("", &enums);
    qt_assert_ok(quiver_database_export_csv(db, "Item", "", path, &options));
    csv_assert_file_text(path, "sep=,\n"
                               "label,note,amount,quantity,status,date_due,weight,region_id,item_parent\n"
                               "a,,1,,1,,1,,\n");
    quiver_database_close(db);
}
END_TEST

START_TEST(date_time_formats)
{
    quiver_database_t *db = features();
    const char *path = qt_temp_path("dates.csv");
    csv_exec(db,
             "INSERT INTO Item (label, date_due, note) VALUES"
             " ('iso', '2024-01-15T10:30:00', '2024-01-15T10:30:00'),"
             " ('short', '2024-1-5T1:2:3', NULL), ('minutes', '2024-02-29 23:59', NULL),"
             " ('zulu', '2024-03-10T08:00:00Z', NULL), ('date', '2023-12-31', NULL),"
             " ('bad', 'not-a-date', NULL), ('slash', '2024/01/15', NULL), ('ancient', '999-01-01', NULL)");
    quiver_csv_options_t options = csv_options("%A %a %j %U|%Y-%m-%d %H:%M:%S", NULL);
    qt_assert_ok(quiver_database_export_csv(db, "Item", "", path, &options));
    /* Only DATE_TIME columns are formatted; text the ISO reader rejects stays as stored. */
    csv_assert_file_text(path, "sep=,\n"
                               "label,note,amount,quantity,status,date_due,weight,region_id,item_parent\n"
                               "iso,2024-01-15T10:30:00,,,,\"Monday Mon 015 02|2024-01-15 10:30:00\",1,,\n"
                               "short,,,,,\"Friday Fri 005 00|2024-01-05 01:02:03\",1,,\n"
                               "minutes,,,,,\"Thursday Thu 060 08|2024-02-29 23:59:00\",1,,\n"
                               "zulu,,,,,\"Sunday Sun 070 10|2024-03-10 08:00:00\",1,,\n"
                               "date,,,,,\"Sunday Sun 365 53|2023-12-31 00:00:00\",1,,\n"
                               "bad,,,,,not-a-date,1,,\n"
                               "slash,,,,,2024/01/15,1,,\n"
                               "ancient,,,,,\"Tuesday Tue 001 00|999-01-01 00:00:00\",1,,\n");
    quiver_database_close(db);
}
END_TEST

START_TEST(date_time_zone_is_utc)
{
    quiver_database_t *db = features();
    const char *path = qt_temp_path("zone.csv");
    csv_exec(db, "INSERT INTO Item (label, date_due) VALUES ('x', '2024-01-15T10:30:00')");
    const char *saved = getenv("TZ");
    char previous[256];
    snprintf(previous, sizeof previous, "%s", saved ? saved : "");
    setenv("TZ", "XYZ+3", 1);
    tzset();
    /* %s too: glibc's strftime would take the seconds from mktime, in the local zone. */
    quiver_csv_options_t options = csv_options("%H:%M %Z %z %s|%12s|%012s|%-s|%%s", NULL);
    qt_assert_ok(quiver_database_export_csv(db, "Item", "", path, &options));
    if (saved)
        setenv("TZ", previous, 1);
    else
        unsetenv("TZ");
    tzset();
    csv_assert_file_text(
        path, "sep=,\n"
              "label,note,amount,quantity,status,date_due,weight,region_id,item_parent\n"
              "x,,,,,\"10:30 UTC +0000 1705314600|  1705314600|001705314600|1705314600|%s\",1,,\n");
    quiver_database_close(db);
}
END_TEST

START_TEST(date_time_format_too_long)
{
    quiver_database_t *db = features();
    const char *path = qt_temp_path("long.csv");
    csv_exec(db, "INSERT INTO Item (label, date_due) VALUES ('x', '2024-01-15T10:30:00')");
    char format[400];
    memset(format, 'x', 300);
    strcpy(format + 300, "%Y");
    /* strftime would need more than 255 bytes: the stored text is written. */
    quiver_csv_options_t options = csv_options(format, NULL);
    qt_assert_ok(quiver_database_export_csv(db, "Item", "", path, &options));
    csv_assert_file_text(path, "sep=,\n"
                               "label,note,amount,quantity,status,date_due,weight,region_id,item_parent\n"
                               "x,,,,,2024-01-15T10:30:00,1,,\n");
    quiver_database_close(db);
}
END_TEST

START_TEST(time_series_date_columns)
{
    quiver_database_t *db = features();
    const char *path = qt_temp_path("readings.csv");
    csv_exec(db, "INSERT INTO Region (label) VALUES ('North');"
                 "INSERT INTO Item (label) VALUES ('a');"
                 "INSERT INTO Item_time_series_readings VALUES"
                 " (1, '2024-01-02T00:00:00', 1.5, 60, 1, '2024-01-03T04:05:06'),"
                 " (1, '2024-01-01T00:00:00', NULL, 90, NULL, NULL)");
    csv_enums enums = {0};
    csv_enums_add(&enums, "humidity", "en", 2, (const char *[]){"Low", "High"}, (int64_t[]){60, 90});
    quiver_csv_options_t options = csv_options("%d.%m.%Y", &enums);
    qt_assert_ok(quiver_database_export_csv(db, "Item", "readings", path, &options));
    csv_assert_file_text(path, "sep=,\n"
                               "id,date_time,reading,humidity,reading_region,date_verified\n"
                               "a,01.01.2024,,High,,\n"
                               "a,02.01.2024,1.5,Low,North,03.01.2024\n");
    quiver_database_close(db);
}
END_TEST

/* ---- volume --------------------------------------------------------------------- */

START_TEST(hundred_thousand_rows)
{
    quiver_database_t *db = features();
    const char *path = qt_temp_path("big.csv");
    csv_exec(db, "INSERT INTO Region (label) VALUES ('North');"
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)"
                 " INSERT INTO Item (label, note, amount, quantity, date_due, region_id)"
                 " SELECT 'item ' || i, 'note, ' || i, i * 0.1, i, '2024-01-01T00:00:00', 1 FROM n");
    qt_assert_ok(quiver_database_export_csv(db, "Item", "", path, NULL));
    size_t length = 0;
    char *text = csv_read_file(path, &length);
    size_t lines = 0;
    for (size_t i = 0; i < length; ++i)
        lines += text[i] == '\n';
    ck_assert_uint_eq(lines, 100002);
    ck_assert_ptr_nonnull(strstr(text, "\n\"item 1\",\"note, 1\",0.1,1,,2024-01-01T00:00:00,1,North,\n"));
    ck_assert_ptr_nonnull(strstr(text, "\n\"item 3\",\"note, 3\",0.30000000000000004,3,,"));
    const char *last = "\n\"item 100000\",\"note, 100000\",10000,100000,,2024-01-01T00:00:00,1,North,\n";
    ck_assert_str_eq(text + length - strlen(last), last);
    free(text);
    quiver_database_close(db);
}
END_TEST

static Suite *csv_export_suite(void)
{
    Suite *suite = suite_create("csv_export");
    TCase *example = tcase_create("worked_example");
    tcase_add_test(example, example_scalars);
    tcase_add_test(example, example_vector);
    tcase_add_test(example, example_set);
    tcase_add_test(example, example_time_series);
    tcase_add_test(example, example_scalars_with_options);
    tcase_add_test(example, example_time_series_with_date_format);
    tcase_add_test(example, default_options_equal_null);
    suite_add_tcase(suite, example);

    TCase *targets = tcase_create("targets_and_files");
    tcase_add_test(targets, null_arguments);
    tcase_add_test(targets, null_enum_arrays);
    tcase_add_test(targets, collection_not_found);
    tcase_add_test(targets, group_not_found);
    tcase_add_test(targets, files_group_has_no_dimension);
    tcase_add_test(targets, any_table_is_a_collection);
    tcase_add_test(targets, open_failure);
    tcase_add_test(targets, parent_directories_created);
    tcase_add_test(targets, parent_directory_is_a_file);
    tcase_add_test(targets, overwrites_existing_file);
    tcase_add_test(targets, write_failure);
    tcase_add_test(targets, empty_tables);
    tcase_add_test(targets, sees_uncommitted_data);
    tcase_add_test(targets, success_keeps_last_error);
    suite_add_tcase(suite, targets);

    TCase *rendering = tcase_create("rendering");
    tcase_add_test(rendering, text_quoting);
    tcase_add_test(rendering, numbers);
    tcase_add_test(rendering, foreign_keys_as_labels);
    tcase_add_test(rendering, group_foreign_keys_and_orphans);
    tcase_add_test(rendering, set_rows_in_value_order);
    tcase_add_test(rendering, enum_labels_first_appearance);
    tcase_add_test(rendering, enum_names_are_case_sensitive_and_skip_floats);
    tcase_add_test(rendering, date_time_formats);
    tcase_add_test(rendering, date_time_zone_is_utc);
    tcase_add_test(rendering, date_time_format_too_long);
    tcase_add_test(rendering, time_series_date_columns);
    suite_add_tcase(suite, rendering);

    TCase *volume = tcase_create("volume");
    tcase_set_timeout(volume, 120);
    tcase_add_test(volume, hundred_thousand_rows);
    suite_add_tcase(suite, volume);
    return suite;
}

int main(void)
{
    return qt_run(csv_export_suite());
}
