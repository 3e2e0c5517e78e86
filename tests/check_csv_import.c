/*
 * CSV import (c-api-groups-timeseries-csv.md §7.5, §10.2-10.3): every message
 * of the error catalogue in the order the checks run, malformed files, and
 * after every failure a database that is byte for byte what it was, with
 * foreign keys on; then the successful paths: the worked example of §7.7,
 * header-only files, group replacement, the parsing steps of §7.5.2 and the
 * cell conversions of §7.5.3.
 */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "csv_helpers.h"

#define PLANT_HEADER "label,capacity,kind,date_commissioned,notes,zone_id,backup_id\n"
#define READINGS_HEADER "id,date_time,reading,humidity,reading_region,date_verified\n"

static quiver_database_t *plant(void)
{
    return qt_open_schema("valid/csv_plant.sql");
}

/* csv_features.sql with two regions, three items and a row in each group. */
static quiver_database_t *features(void)
{
    quiver_database_t *db = qt_open_schema("valid/csv_features.sql");
    csv_exec(db,
             "INSERT INTO Region (label) VALUES ('North'), ('South');"
             "INSERT INTO Item (label, amount, region_id) VALUES ('a', 1, 1), ('b', 2, 2), ('c', 3, NULL);"
             "UPDATE Item SET item_parent = 1 WHERE id = 2;"
             "INSERT INTO Item_vector_steps VALUES (1, 1, 0.5, 1, 1);"
             "INSERT INTO Item_set_codes VALUES (1, 'x');"
             "INSERT INTO Item_time_series_readings VALUES (1, '2024-01-01T00:00:00', 1, 60, 1, NULL);"
             "INSERT INTO Item_time_series_files VALUES ('r.csv');");
    return db;
}

/* Imports the @p length bytes of @p content into (@p collection, @p group) and
 * expects @p message, with nothing changed in the database and foreign keys on. */
static void fails_bytes(quiver_database_t *db, const char *collection, const char *group, const char *content,
                        size_t length, const quiver_csv_options_t *options, const char *message)
{
    const char *path = qt_temp_path("in.csv");
    csv_write_file(path, content, length);
    char *before = csv_dump(db);
    qt_assert_error(quiver_database_import_csv(db, collection, group, path, options), message);
    char *after = csv_dump(db);
    ck_assert_str_eq(after, before);
    ck_assert_int_eq(csv_integer(db, "PRAGMA foreign_keys"), 1);
    free(before);
    free(after);
}

static void fails(quiver_database_t *db, const char *collection, const char *group, const char *content,
                  const quiver_csv_options_t *options, const char *message)
{
    fails_bytes(db, collection, group, content, strlen(content), options, message);
}

/* Imports the @p length bytes of @p content into (@p collection, @p group); must succeed. */
static void imports_bytes(quiver_database_t *db, const char *collection, const char *group,
                          const char *content, size_t length, const quiver_csv_options_t *options)
{
    const char *path = qt_temp_path("in.csv");
    csv_write_file(path, content, length);
    qt_assert_ok(quiver_database_import_csv(db, collection, group, path, options));
    ck_assert_int_eq(csv_integer(db, "PRAGMA foreign_keys"), 1);
}

static void imports(quiver_database_t *db, const char *collection, const char *group, const char *content,
                    const quiver_csv_options_t *options)
{
    imports_bytes(db, collection, group, content, strlen(content), options);
}

/* The export of (@p collection, @p group) must be @p expected. */
static void exports(quiver_database_t *db, const char *collection, const char *group, const char *expected)
{
    const char *path = qt_temp_path("out.csv");
    qt_assert_ok(quiver_database_export_csv(db, collection, group, path, NULL));
    csv_assert_file_text(path, expected);
}

/* ---- checks before reading data (§7.5.1) ------------------------------------ */

START_TEST(null_arguments)
{
    quiver_database_t *db = plant();
    const char *path = qt_data("csv/plant.csv");
    qt_assert_error(quiver_database_import_csv(NULL, "Plant", "", path, NULL), "Null argument: db");
    qt_assert_error(quiver_database_import_csv(db, NULL, "", path, NULL), "Null argument: collection");
    qt_assert_error(quiver_database_import_csv(db, "Plant", NULL, path, NULL), "Null argument: group");
    qt_assert_error(quiver_database_import_csv(db, "Plant", "", NULL, NULL), "Null argument: path");
    quiver_database_close(db);
}
END_TEST

START_TEST(null_enum_entries)
{
    quiver_database_t *db = plant();
    csv_enums enums = {0};
    csv_enums_add(&enums, "kind", "en", 1, (const char *[]){"Thermal"}, (int64_t[]){1});
    enums.locales[0] = NULL;
    quiver_csv_options_t options = csv_options("", &enums);
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER, &options, "Null argument: enum_locale_names[0]");
    options.enum_entry_counts = NULL;
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER, &options, "Null argument: enum_entry_counts");
    quiver_database_close(db);
}
END_TEST

START_TEST(collection_not_found)
{
    quiver_database_t *db = plant();
    fails(db, "Nope", "", "sep=,\n" PLANT_HEADER, NULL, "Cannot import_csv: collection not found: Nope");
    qt_assert_ok(quiver_database_begin_transaction(db));
    fails(db, "Nope", "tags", "", NULL, "Cannot import_csv: collection not found: Nope");
    qt_assert_ok(quiver_database_rollback(db));
    quiver_database_close(db);
}
END_TEST

START_TEST(refused_inside_transaction)
{
    quiver_database_t *db = plant();
    int active = 0;
    qt_assert_ok(quiver_database_begin_transaction(db));
    csv_exec(db, "INSERT INTO Zone (label) VALUES ('West')");
    /* Before group resolution: an unknown group still reports the transaction. */
    fails(db, "Plant", "nope", "", NULL, "Cannot import_csv: transaction already active");
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER, NULL, "Cannot import_csv: transaction already active");
    qt_assert_ok(quiver_database_in_transaction(db, &active));
    ck_assert_int_eq(active, 1);
    ck_assert_int_eq(csv_integer(db, "SELECT count(*) FROM Zone"), 3); /* the caller's work is intact */
    qt_assert_ok(quiver_database_commit(db));

    qt_assert_ok(quiver_database_begin_dry_run(db));
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER, NULL, "Cannot import_csv: transaction already active");
    qt_assert_ok(quiver_database_end_dry_run(db));

    csv_exec(db, "BEGIN");
    fails(db, "Plant", "tags", "sep=,\nid,tag\n", NULL, "Cannot import_csv: transaction already active");
    csv_exec(db, "ROLLBACK");
    quiver_database_close(db);
}
END_TEST

START_TEST(group_not_found)
{
    quiver_database_t *db = plant();
    fails(db, "Plant", "missing", "", NULL,
          "Cannot import_csv: group not found: 'missing' in collection 'Plant'");
    quiver_database_close(db);
}
END_TEST

START_TEST(open_failure)
{
    quiver_database_t *db = plant();
    char expected[4200];
    const char *missing = qt_temp_path("missing.csv");
    snprintf(expected, sizeof expected, "Cannot import_csv: could not open file: %s", missing);
    qt_assert_error(quiver_database_import_csv(db, "Plant", "", missing, NULL), expected);
    const char *directory = qt_temp_path("a_directory");
    ck_assert_int_eq(mkdir(directory, 0777), 0);
    snprintf(expected, sizeof expected, "Cannot import_csv: could not open file: %s", directory);
    qt_assert_error(quiver_database_import_csv(db, "Plant", "", directory, NULL), expected);
    qt_assert_error(quiver_database_import_csv(db, "Plant", "", "", NULL),
                    "Cannot import_csv: could not open file: ");
    /* Opens, but reading fails (EIO at address 0). */
    qt_assert_error(quiver_database_import_csv(db, "Plant", "", "/proc/self/mem", NULL),
                    "Cannot import_csv: could not open file: /proc/self/mem");
    quiver_database_close(db);
}
END_TEST

START_TEST(empty_file)
{
    quiver_database_t *db = plant();
    fails(db, "Plant", "", "", NULL, "Cannot import_csv: CSV file is empty.");
    fails(db, "Plant", "", "sep=,\n", NULL, "Cannot import_csv: CSV file is empty.");
    fails(db, "Plant", "tags", "sep=;\n", NULL, "Cannot import_csv: CSV file is empty.");
    /* Without its LF the sep= line is the header. */
    fails(db, "Plant", "", "sep=,", NULL, "Cannot import_csv: CSV file does not contain a 'label' column.");
    /* ... whose trailing comma is an empty column the spreadsheet step removes. */
    fails(db, "Plant", "tags", "sep=,", NULL,
          "Cannot import_csv: The number of columns in the CSV file does not match the number of columns in "
          "the "
          "database.");
    quiver_database_close(db);
}
END_TEST

START_TEST(wrong_header)
{
    quiver_database_t *db = plant();
    fails(db, "Plant", "", "sep=,\nname,capacity\nx,1\n", NULL,
          "Cannot import_csv: CSV file does not contain a 'label' column.");
    fails(db, "Plant", "", "sep=,\nlabel ,capacity\nx,1\n", NULL,
          "Cannot import_csv: CSV file does not contain a 'label' column.");
    fails(db, "Plant", "", "sep=,\nlabel,capacity\nx,1\n", NULL,
          "Cannot import_csv: The number of columns in the CSV file does not match the number of columns in "
          "the "
          "database.");
    fails(db, "Plant", "", "sep=,\nid," PLANT_HEADER, NULL,
          "Cannot import_csv: The number of columns in the CSV file does not match the number of columns in "
          "the "
          "database.");
    fails(db, "Plant", "", "sep=,\nlabel,capacity,kind,date_commissioned,notes,zone_id,Backup_id\n", NULL,
          "Cannot import_csv: The columns in the CSV file do not match the columns in the database.");
    fails(db, "Plant", "", "sep=,\nlabel,capacity,kind,date_commissioned,notes,zone_id,label\n", NULL,
          "Cannot import_csv: The columns in the CSV file do not match the columns in the database.");
    fails(db, "Plant", "", "sep=,\nlabel,capacity ,kind,date_commissioned,notes,zone_id,backup_id\n", NULL,
          "Cannot import_csv: The columns in the CSV file do not match the columns in the database.");
    /* A group file needs id and vector_index; no label check. */
    fails(db, "Plant", "costs", "sep=,\nvector_index,cost\n1,2\n", NULL,
          "Cannot import_csv: The number of columns in the CSV file does not match the number of columns in "
          "the "
          "database.");
    quiver_database_close(db);
}
END_TEST

START_TEST(ragged_rows)
{
    quiver_database_t *db = plant();
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER "A,1,1,,,,\nB,1,1,,,\n", NULL,
          "Cannot import_csv: Row 2 has 6 columns, but the header has 7.");
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER "A,1,1,,,,,\n", NULL,
          "Cannot import_csv: Row 1 has 8 columns, but the header has 7.");
    /* A blank line between rows, or a file ending in two LFs, is a one-field row. */
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER "A,1,1,,,,\n\nB,1,1,,,,\n", NULL,
          "Cannot import_csv: Row 2 has 1 columns, but the header has 7.");
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER "A,1,1,,,,\n\n", NULL,
          "Cannot import_csv: Row 2 has 1 columns, but the header has 7.");
    /* The width check covers every row before any cell is looked at. */
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER "A,x,1,,,,\nB\n", NULL,
          "Cannot import_csv: Row 2 has 1 columns, but the header has 7.");
    quiver_database_close(db);
}
END_TEST

START_TEST(unterminated_quote)
{
    quiver_database_t *db = plant();
    /* The open quote swallows the rest of the file into one cell. */
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER "A,1,1,,\"open,North,\nB,1,1,,,,\n", NULL,
          "Cannot import_csv: Row 1 has 5 columns, but the header has 7.");
    fails(db, "Plant", "tags", "sep=,\nid,tag\n\"Alpha,coal\nAlpha,x\n", NULL,
          "Cannot import_csv: Row 1 has 1 columns, but the header has 2.");
    quiver_database_close(db);
}
END_TEST

/* NUL bytes are cell bytes like any other (§7.5.2 step 4): they do not end a cell. */
#define BYTES(literal) literal, sizeof literal - 1

START_TEST(nul_bytes_in_cells)
{
    quiver_database_t *db = plant();
    /* Header names match exactly (§7.5.1 step 7): "tag\0x" is not "tag". */
    fails_bytes(db, "Plant", "tags", BYTES("sep=,\nid,tag\0x\nAlpha,y\n"), NULL,
                "Cannot import_csv: The columns in the CSV file do not match the columns in the database.");
    fails_bytes(db, "Plant", "", BYTES("sep=,\nlabel\0,capacity\nx,1\n"), NULL,
                "Cannot import_csv: CSV file does not contain a 'label' column.");
    /* Labels match exactly, so no prefix before a NUL finds an element (messages end at the NUL). */
    fails_bytes(db, "Plant", "tags", BYTES("sep=,\nid,tag\nAlpha\0x,y\n"), NULL,
                "Cannot import_csv: Element with id Alpha does not exist in collection Plant.");
    fails_bytes(
        db, "Plant", "", BYTES("sep=,\n" PLANT_HEADER "A,1,1,,,North\0,\n"), NULL,
        "Cannot import_csv: Could not find an existing element from collection Zone with label North.\n"
        "Create the element before referencing it.");
    /* Per label, vector_index runs 1, 2, ...: "Alpha\0x" is another label than "Alpha". */
    fails_bytes(db, "Plant", "costs", BYTES("sep=,\nid,vector_index,cost\nAlpha,1,1\nAlpha\0x,2,1\n"), NULL,
                "Cannot import_csv: Column vector_index must be consecutive, unique and start at 1.");
    /* The ISO reader takes a NUL for what it is: not the end of the text. */
    fails_bytes(db, "Plant", "", BYTES("sep=,\n" PLANT_HEADER "A,1,1,2024-01-01\0x,,,\n"), NULL,
                "Cannot import_csv: Timestamp 2024-01-01 is not valid. Please provide a valid timestamp with "
                "format %Y-%m-%dT%H:%M:%S.");
    /* A cell holding only a NUL is not empty (tag is NOT NULL), and text keeps every byte. */
    imports_bytes(db, "Plant", "tags", BYTES("sep=,\nid,tag\nAlpha,ab\0cd \nAlpha,\0\n"), NULL);
    ck_assert_str_eq(csv_text(db, "SELECT group_concat(hex(tag), ' ') FROM"
                                  " (SELECT tag FROM Plant_set_tags ORDER BY rowid)"),
                     "6162006364 00");
    const char *path = qt_temp_path("nul.csv");
    qt_assert_ok(quiver_database_export_csv(db, "Plant", "tags", path, NULL));
    size_t length = 0;
    char *text = csv_read_file(path, &length);
    static const char expected[] = "sep=,\nid,tag\nAlpha,\0\nAlpha,ab\0cd\n";
    ck_assert_uint_eq(length, sizeof expected - 1);
    ck_assert(memcmp(text, expected, length) == 0);
    free(text);
    /* Labels holding a NUL byte are found exactly, self references included. */
    imports_bytes(db, "Plant", "", BYTES("sep=,\n" PLANT_HEADER "N\0a,,,,,,N\0b\nN\0b,,,,,,N\0a\nN,,,,,,N\n"),
                  NULL);
    ck_assert_str_eq(csv_text(db, "SELECT group_concat(hex(p.label) || '>' || hex(b.label), ' ') FROM"
                                  " (SELECT * FROM Plant ORDER BY id) p JOIN Plant b ON b.id = p.backup_id"),
                     "4E0061>4E0062 4E0062>4E0061 4E>4E");
    /* ... and exported whole. */
    qt_assert_ok(quiver_database_export_csv(db, "Plant", "", path, NULL));
    text = csv_read_file(path, &length);
    static const char scalars[] = "sep=,\n" PLANT_HEADER "N\0a,,,,,,N\0b\nN\0b,,,,,,N\0a\nN,,,,,,N\n";
    ck_assert_uint_eq(length, sizeof scalars - 1);
    ck_assert(memcmp(text, scalars, length) == 0);
    free(text);
    quiver_database_close(db);
}
END_TEST

/* ---- scalar validation (§7.5.4) --------------------------------------------------- */

START_TEST(scalar_not_null)
{
    quiver_database_t *db = plant();
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER "A,1,1,,,,\n  ,2,2,,,,\n", NULL,
          "Cannot import_csv: Column label cannot be NULL.");
    quiver_database_close(db);
}
END_TEST

START_TEST(scalar_foreign_key_label)
{
    quiver_database_t *db = plant();
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER "A,1,1,,,Nowhere,\n", NULL,
          "Cannot import_csv: Could not find an existing element from collection Zone with label Nowhere.\n"
          "Create the element before referencing it.");
    /* Labels, not ids; exact case. */
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER "A,1,1,,,1,\n", NULL,
          "Cannot import_csv: Could not find an existing element from collection Zone with label 1.\n"
          "Create the element before referencing it.");
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER "A,1,1,,,north,\n", NULL,
          "Cannot import_csv: Could not find an existing element from collection Zone with label north.\n"
          "Create the element before referencing it.");
    quiver_database_close(db);
}
END_TEST

START_TEST(scalar_self_reference_label)
{
    quiver_database_t *db = plant();
    /* Checked after every row was inserted, then rolled back. */
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER "A,1,1,,,,Ghost\nB,1,1,,,,A\n", NULL,
          "Cannot import_csv: Could not find an existing element from collection Plant with label Ghost.\n"
          "Create the element before referencing it.");
    /* So a duplicate label, found while inserting, is reported first. */
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER "A,1,1,,,,Ghost\nA,1,1,,,,\n", NULL,
          "Cannot import_csv: There are duplicate entries in the CSV file.");
    quiver_database_close(db);
}
END_TEST

START_TEST(scalar_timestamps)
{
    quiver_database_t *db = plant();
    fails(
        db, "Plant", "", "sep=,\n" PLANT_HEADER "A,1,1,2024/01/15,,,\n", NULL,
        "Cannot import_csv: Timestamp 2024/01/15 is not valid. Please provide a valid timestamp with format "
        "%Y-%m-%dT%H:%M:%S.");
    fails(
        db, "Plant", "", "sep=,\n" PLANT_HEADER "A,1,1,2024-01-15T,,,\n", NULL,
        "Cannot import_csv: Timestamp 2024-01-15T is not valid. Please provide a valid timestamp with format "
        "%Y-%m-%dT%H:%M:%S.");
    quiver_csv_options_t options = csv_options("%d/%m/%Y", NULL);
    fails(
        db, "Plant", "", "sep=,\n" PLANT_HEADER "A,1,1,2020-03-15,,,\n", &options,
        "Cannot import_csv: Timestamp 2020-03-15 is not valid. Please provide a valid timestamp with format "
        "%d/%m/%Y.");
    /* Without a day directive a format never succeeds. */
    options = csv_options("%Y-%m", NULL);
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER "A,1,1,2020-03,,,\n", &options,
          "Cannot import_csv: Timestamp 2020-03 is not valid. Please provide a valid timestamp with format "
          "%Y-%m.");
    quiver_database_close(db);
}
END_TEST

START_TEST(scalar_integers_and_enums)
{
    quiver_database_t *db = plant();
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER "A,1,abc,,,,\n", NULL,
          "Cannot import_csv: Invalid integer value 'abc' for column 'kind'.");
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER "A,1,99999999999999999999,,,,\n", NULL,
          "Cannot import_csv: Invalid integer value '99999999999999999999' for column 'kind'.");
    csv_enums enums = {0};
    csv_enums_add(&enums, "kind", "en", 2, (const char *[]){"Thermal", "Hydro"}, (int64_t[]){1, 2});
    quiver_csv_options_t options = csv_options("", &enums);
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER "A,1,Solar,,,,\n", &options,
          "Cannot import_csv: Invalid enum value 'Solar' for column 'kind'.");
    quiver_database_close(db);
}
END_TEST

START_TEST(scalar_floats)
{
    quiver_database_t *db = plant();
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER "A,abc,1,,,,\n", NULL,
          "Cannot import_csv: Invalid float value 'abc' for column 'capacity'.");
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER "A,1e400,1,,,,\n", NULL,
          "Cannot import_csv: Invalid float value '1e400' for column 'capacity'.");
    /* glibc reports ERANGE for subnormal results, so they do not import. */
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER "A,5e-324,1,,,,\n", NULL,
          "Cannot import_csv: Invalid float value '5e-324' for column 'capacity'.");
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER "A,\xff\xfe,1,,,,\n", NULL,
          "Cannot import_csv: Invalid float value '\xff\xfe' for column 'capacity'.");
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER "A,1,\xc3\x28,,,,\n", NULL,
          "Cannot import_csv: Invalid integer value '\xc3\x28' for column 'kind'.");
    quiver_database_close(db);
}
END_TEST

START_TEST(scalar_check_order)
{
    quiver_database_t *db = plant();
    /* Rows in file order, columns in declaration order (not file order): the first error wins. */
    fails(db, "Plant", "",
          "sep=,\nbackup_id,zone_id,notes,date_commissioned,kind,capacity,label\n,Nowhere,,bad,x,y,A\n", NULL,
          "Cannot import_csv: Invalid float value 'y' for column 'capacity'.");
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER "A,1,x,bad,,Nowhere,\nB,y,1,,,,\n", NULL,
          "Cannot import_csv: Invalid integer value 'x' for column 'kind'.");
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER "A,1,1,bad,,Nowhere,\n", NULL,
          "Cannot import_csv: Timestamp bad is not valid. Please provide a valid timestamp with format "
          "%Y-%m-%dT%H:%M:%S.");
    quiver_database_close(db);
}
END_TEST

START_TEST(scalar_duplicates_and_constraints)
{
    quiver_database_t *db = plant();
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER "A,1,1,,,,\nB,1,1,,,,\nA,1,1,,,,\n", NULL,
          "Cannot import_csv: There are duplicate entries in the CSV file.");
    quiver_database_close(db);
    db = features();
    fails(db, "Item", "",
          "sep=,\nlabel,note,amount,quantity,status,date_due,weight,region_id,item_parent\n"
          "a,,,,,,-1,,\n",
          NULL, "Failed to execute statement: CHECK constraint failed: weight >= 0");
    /* NaN is stored as NULL by SQLite. */
    fails(db, "Item", "",
          "sep=,\nlabel,note,amount,quantity,status,date_due,weight,region_id,item_parent\n"
          "a,,,,,,nan,,\n",
          NULL, "Failed to execute statement: NOT NULL constraint failed: Item.weight");
    quiver_database_close(db);
}
END_TEST

/* ---- group validation (§7.5.5) ----------------------------------------------------- */

START_TEST(group_unknown_parent)
{
    quiver_database_t *db = plant();
    fails(db, "Plant", "tags", "sep=,\nid,tag\nAlpha,x\nNobody,y\n", NULL,
          "Cannot import_csv: Element with id Nobody does not exist in collection Plant.");
    fails(db, "Plant", "tags", "sep=,\nid,tag\n ,y\n", NULL,
          "Cannot import_csv: Element with id  does not exist in collection Plant.");
    fails(db, "Plant", "output", "sep=,\nid,date_time,block,energy\nalpha,2024-01-01T00:00:00,1,1\n", NULL,
          "Cannot import_csv: Element with id alpha does not exist in collection Plant.");
    quiver_database_close(db);
}
END_TEST

START_TEST(group_not_null_foreign_key_and_date)
{
    quiver_database_t *db = features();
    fails(db, "Item", "codes", "sep=,\nid,code\na,\n", NULL,
          "Cannot import_csv: Column code cannot be NULL.");
    fails(db, "Item", "steps",
          "sep=,\nid,vector_index,step_size,step_level,step_region_id\na,1,1,1,Nowhere\n", NULL,
          "Cannot import_csv: Could not find an existing element from collection Region with label Nowhere.");
    fails(
        db, "Item", "readings", "sep=,\n" READINGS_HEADER "a,2024-13-01,1,1,,\n", NULL,
        "Cannot import_csv: Timestamp 2024-13-01 is not valid. Please provide a valid timestamp with format "
        "%Y-%m-%dT%H:%M:%S.");
    fails(db, "Item", "readings", "sep=,\n" READINGS_HEADER "a,2024-01-01,1,1,,yesterday\n", NULL,
          "Cannot import_csv: Timestamp yesterday is not valid. Please provide a valid timestamp with format "
          "%Y-%m-%dT%H:%M:%S.");
    quiver_database_close(db);
}
END_TEST

START_TEST(group_vector_index)
{
    quiver_database_t *db = plant();
    const char *message =
        "Cannot import_csv: Column vector_index must be consecutive, unique and start at 1.";
    fails(db, "Plant", "costs", "sep=,\nid,vector_index,cost\nAlpha,1,1\nAlpha,3,1\n", NULL, message);
    fails(db, "Plant", "costs", "sep=,\nid,vector_index,cost\nAlpha,1,1\nAlpha,1,1\n", NULL, message);
    fails(db, "Plant", "costs", "sep=,\nid,vector_index,cost\nAlpha,2,1\n", NULL, message);
    fails(db, "Plant", "costs", "sep=,\nid,vector_index,cost\nAlpha,2,1\nAlpha,1,1\n", NULL, message);
    fails(db, "Plant", "costs", "sep=,\nid,vector_index,cost\nAlpha,one,1\n", NULL, message);
    fails(db, "Plant", "costs", "sep=,\nid,vector_index,cost\nAlpha,,1\n", NULL, message);
    /* Checked before anything else, even an unknown parent in an earlier row. */
    fails(db, "Plant", "costs", "sep=,\nid,vector_index,cost\nNobody,1,1\nAlpha,0,1\n", NULL, message);
    quiver_database_close(db);
}
END_TEST

START_TEST(group_write_phase_errors)
{
    quiver_database_t *db = features();
    /* Integers and floats are converted while writing, after the validation pass. */
    fails(db, "Item", "readings", "sep=,\n" READINGS_HEADER "a,2024-01-01,x,1,,\nb,2024-01-01,1,1,Nowhere,\n",
          NULL,
          "Cannot import_csv: Could not find an existing element from collection Region with label Nowhere.");
    fails(db, "Item", "readings", "sep=,\n" READINGS_HEADER "a,2024-01-01,1,1,,\nb,2024-01-02, bad ,1,,\n",
          NULL, "Cannot import_csv: invalid REAL value 'bad' in column 'reading' at line 4");
    fails(db, "Item", "readings", "sep=,\n" READINGS_HEADER "a,2024-01-01,1e999,1,,\n", NULL,
          "Cannot import_csv: invalid REAL value '1e999' in column 'reading' at line 3");
    fails(db, "Item", "readings", "sep=,\n" READINGS_HEADER "a,2024-01-01,1e-310,1,,\n", NULL,
          "Cannot import_csv: invalid REAL value '1e-310' in column 'reading' at line 3");
    /* Lines count as in the file: the sep= line, CRLF, quoted line breaks. */
    fails(db, "Item", "readings", READINGS_HEADER "a,\"\n2024-01-01\n\",1,1,,\r\nb,2024-01-02,\xff,1,,\r\n",
          NULL, "Cannot import_csv: invalid REAL value '\xff' in column 'reading' at line 5");
    /* Columns in declaration order: reading comes before humidity. */
    fails(db, "Item", "readings", "sep=,\n" READINGS_HEADER "a,2024-01-01,x,y,,\n", NULL,
          "Cannot import_csv: invalid REAL value 'x' in column 'reading' at line 3");
    /* An unparsable integer is an enum error in a group, mapped or not. */
    fails(db, "Item", "readings", "sep=,\n" READINGS_HEADER "a,2024-01-01,1,Unknown,,\n", NULL,
          "Cannot import_csv: Invalid enum value 'Unknown' for column 'humidity'.");
    csv_enums enums = {0};
    csv_enums_add(&enums, "humidity", "en", 2, (const char *[]){"Low", "High"}, (int64_t[]){60, 90});
    quiver_csv_options_t options = csv_options("", &enums);
    fails(db, "Item", "readings", "sep=,\n" READINGS_HEADER "a,2024-01-01,1,Unknown,,\n", &options,
          "Cannot import_csv: Invalid enum value 'Unknown' for column 'humidity'.");
    fails(db, "Item", "steps", "sep=,\nid,vector_index,step_size,step_level,step_region_id\na,1,abc,xyz,\n",
          NULL, "Cannot import_csv: invalid REAL value 'abc' in column 'step_size' at line 3");
    fails(db, "Item", "steps", "sep=,\nid,vector_index,step_size,step_level,step_region_id\na,1,1,xyz,\n",
          NULL, "Cannot import_csv: Invalid enum value 'xyz' for column 'step_level'.");
    quiver_database_close(db);
}
END_TEST

START_TEST(group_duplicates)
{
    quiver_database_t *db = plant();
    fails(db, "Plant", "tags", "sep=,\nid,tag\nAlpha,x\nAlpha, x\n", NULL,
          "Cannot import_csv: There are duplicate entries in the CSV file.");
    fails(db, "Plant", "output",
          "sep=,\nid,date_time,block,energy\nAlpha,2024-01-01,1,1\n"
          "Alpha,2024-01-01T00:00:00,1,2\n",
          NULL, "Cannot import_csv: There are duplicate entries in the CSV file.");
    quiver_database_close(db);
}
END_TEST

START_TEST(files_table_as_group)
{
    quiver_database_t *db = features();
    fails(db, "Item", "files", "sep=,\nreadings_file\nx.csv\n", NULL,
          "Dimension column not found: time series table 'Item_time_series_files'");
    /* A header-only file validates nothing and empties the table. */
    imports(db, "Item", "files", "sep=,\nreadings_file\n", NULL);
    ck_assert_int_eq(csv_integer(db, "SELECT count(*) FROM Item_time_series_files"), 0);
    quiver_database_close(db);
}
END_TEST

/* ---- successful imports -------------------------------------------------------------- */

START_TEST(worked_example)
{
    quiver_database_t *db = plant();
    csv_enums enums = {0};
    csv_enums_add(&enums, "kind", "en", 2, (const char *[]){"Thermal", "Hydro"}, (int64_t[]){1, 2});
    csv_enums_add(&enums, "kind", "pt", 2, (const char *[]){"Termica", "Hidro"}, (int64_t[]){1, 2});
    quiver_csv_options_t options = csv_options("%d/%m/%Y", &enums);
    qt_assert_ok(quiver_database_import_csv(db, "Plant", "", qt_data("csv/plant_import.csv"), &options));
    ck_assert_int_eq(csv_integer(db, "PRAGMA foreign_keys"), 1);
    ck_assert_str_eq(csv_text(db, "SELECT group_concat(id || ':' || label || ':' || kind || ':' ||"
                                  " ifnull(date_commissioned, '-') || ':' || ifnull(zone_id, '-') || ':' ||"
                                  " ifnull(backup_id, '-'), ' ') FROM (SELECT * FROM Plant ORDER BY id)"),
                     "1:Alpha:1:2020-03-15T00:00:00:1:- 2:Beta 2:2:-:2:1 4:Delta:2:2023-07-01T00:00:00:2:4");
    exports(db, "Plant", "costs",
            "sep=,\nid,vector_index,cost\nAlpha,1,12.5\nAlpha,2,3\nAlpha,3,1e-05\n"
            "\"Beta 2\",1,7\n");
    const char *path = qt_temp_path("after.csv");
    qt_assert_ok(quiver_database_export_csv(db, "Plant", "", path, NULL));
    csv_assert_file_data(path, "plant_after_import.csv");
    quiver_database_close(db);
}
END_TEST

START_TEST(header_only_empties_without_cascade)
{
    quiver_database_t *db = plant();
    csv_exec(db, "PRAGMA foreign_keys = OFF");
    imports(db, "Plant", "", "sep=,\n" PLANT_HEADER, NULL); /* turns foreign keys back on */
    ck_assert_int_eq(csv_integer(db, "SELECT count(*) FROM Plant"), 0);
    /* ON DELETE CASCADE did not fire: the group rows stay, orphaned. */
    ck_assert_int_eq(csv_integer(db, "SELECT count(*) FROM Plant_vector_costs"), 4);
    imports(db, "Plant", "costs", "sep=,\nid,vector_index,cost\n", NULL);
    ck_assert_int_eq(csv_integer(db, "SELECT count(*) FROM Plant_vector_costs"), 0);
    quiver_database_close(db);
}
END_TEST

START_TEST(group_replaces_every_element)
{
    quiver_database_t *db = plant();
    imports(db, "Plant", "costs", "sep=,\nid,vector_index,cost\nGamma,1,2.5\n\"Beta 2\",1,1\nGamma,2,3.5\n",
            NULL);
    exports(db, "Plant", "costs", "sep=,\nid,vector_index,cost\n\"Beta 2\",1,1\nGamma,1,2.5\nGamma,2,3.5\n");
    imports(db, "Plant", "tags", "sep=,\nid,tag\nGamma,\"a, b\"\nAlpha,\"say \"\"x\"\"\"\n", NULL);
    exports(db, "Plant", "tags", "sep=,\nid,tag\nAlpha,\"say \"\"x\"\"\"\nGamma,\"a, b\"\n");
    quiver_database_close(db);
}
END_TEST

START_TEST(time_series_with_date_format)
{
    quiver_database_t *db = plant();
    quiver_csv_options_t options = csv_options("%Y/%m/%d %H:%M", NULL);
    qt_assert_ok(
        quiver_database_import_csv(db, "Plant", "output", qt_data("csv/output_dates.csv"), &options));
    exports(db, "Plant", "output",
            "sep=,\nid,date_time,block,energy\n"
            "Alpha,2024-01-01T00:00:00,1,10.5\nAlpha,2024-01-01T00:00:00,2,20\n"
            "Alpha,2024-02-01T00:00:00,1,\nAlpha,2024-02-01T00:00:00,2,40.25\n"
            "\"Beta 2\",2024-01-15T12:00:00,1,5\n");
    /* Only the rowids of the rewritten rows differ: compare the rows themselves. */
    ck_assert_str_eq(csv_text(db,
                              "SELECT group_concat(id || date_time || block || ifnull(energy, '-'), ';')"
                              " FROM (SELECT * FROM Plant_time_series_output ORDER BY id, date_time, block)"),
                     "12024-01-01T00:00:00110.5;12024-01-01T00:00:00220.0;12024-02-01T00:00:001-;"
                     "12024-02-01T00:00:00240.25;22024-01-15T12:00:0015.0");
    quiver_database_close(db);
}
END_TEST

START_TEST(ids_kept_by_label)
{
    quiver_database_t *db = plant();
    imports(db, "Plant", "", "sep=,\n" PLANT_HEADER "New,,,,,,\nGamma,,,,,,\nAlpha,,,,,,Gamma\n", NULL);
    ck_assert_str_eq(csv_text(db,
                              "SELECT group_concat(id || ':' || label || ':' || ifnull(backup_id, '-'), ' ')"
                              " FROM (SELECT * FROM Plant ORDER BY id)"),
                     "1:Alpha:3 3:Gamma:- 4:New:-");
    /* Group rows of a surviving element are still attached; Beta 2's are orphaned. */
    exports(db, "Plant", "costs", "sep=,\nid,vector_index,cost\nAlpha,1,12.5\nAlpha,2,3\nAlpha,3,1e-05\n");
    ck_assert_int_eq(csv_integer(db, "SELECT count(*) FROM Plant_vector_costs WHERE id = 2"), 1);
    quiver_database_close(db);
}
END_TEST

START_TEST(parsing_variants)
{
    quiver_database_t *db = plant();
    const char *expected = "sep=,\nid,tag\nAlpha,\"a b\"\nAlpha,c\nGamma,d\n";
    /* ';' auto-detected in a file without commas; sep=; converts every ';' (quoted too). */
    imports(db, "Plant", "tags", "sep=,\nid;tag\nAlpha;\"a b\"\nAlpha;c\nGamma;d\n", NULL);
    exports(db, "Plant", "tags", expected);
    imports(db, "Plant", "tags", "sep=;\nid;tag\nAlpha;\"x;y\"\n", NULL);
    exports(db, "Plant", "tags", "sep=,\nid,tag\nAlpha,\"x,y\"\n");
    /* No sep= line, CRLF, a BOM, blanks around cells, columns in another order. */
    imports(db, "Plant", "tags", "\xEF\xBB\xBFtag,id\r\n\"a b\",\tAlpha\r\n c ,Alpha\r\nd,Gamma\r\n", NULL);
    exports(db, "Plant", "tags", expected);
    /* A BOM before sep= defeats it: the sep line becomes the header ("sep=" and an empty
     * trailing column, which the spreadsheet step removes). */
    fails(db, "Plant", "tags", "\xEF\xBB\xBFsep=,\nid,tag\nAlpha,x\n", NULL,
          "Cannot import_csv: The number of columns in the CSV file does not match the number of columns in "
          "the "
          "database.");
    fails(db, "Plant", "tags", "\xEF\xBB\xBFsep=|\nid,tag\nAlpha,x\n", NULL,
          "Cannot import_csv: The number of columns in the CSV file does not match the number of columns in "
          "the "
          "database.");
    /* Trailing empty columns of a spreadsheet; then two final LFs are harmless. */
    imports(db, "Plant", "tags", "sep=,\nid,tag,, \nAlpha,\"a b\",,\nAlpha,c,\nGamma,d,, \n\n", NULL);
    exports(db, "Plant", "tags", expected);
    /* A row with more trailing commas than the header keeps them. */
    fails(db, "Plant", "tags", "sep=,\nid,tag,\nAlpha,c,,\n", NULL,
          "Cannot import_csv: Row 1 has 3 columns, but the header has 2.");
    /* Quoted CR, LF and doubled quotes survive; a quote inside an unquoted cell is literal. */
    imports(db, "Plant", "tags", "sep=,\nid,tag\nAlpha,\"l1\r\nl2\"\nAlpha,\"q\"\"q\"\nAlpha,x\"y\n", NULL);
    ck_assert_str_eq(
        csv_text(db, "SELECT group_concat(tag, '|') FROM (SELECT tag FROM Plant_set_tags ORDER BY rowid)"),
        "l1\r\nl2|q\"q|x\"y");
    quiver_database_close(db);
}
END_TEST

START_TEST(cell_conversions)
{
    quiver_database_t *db = plant();
    csv_enums enums = {0};
    csv_enums_add(&enums, "kind", "en", 2, (const char *[]){"Active", "Inactive"}, (int64_t[]){1, 2});
    csv_enums_add(&enums, "kind", "pt", 2, (const char *[]){"Ativo", "Inativo"}, (int64_t[]){1, 2});
    quiver_csv_options_t options = csv_options("", &enums);
    imports(db, "Plant", "",
            "sep=,\n" PLANT_HEADER "a,2.5xyz,12abc,2024-01-15 10:30,,,\n"
            "b,0x1p3,ACTIVE,2024-1-5,,,\n"
            "c,inf,inativo,2024-01-15T10:30:00Z,,,\n"
            "d,-INF,1st,2024-01-1510:30:00,,,\n"
            "e,NaN,0x10,2024-02-31,,,\n",
            &options);
    ck_assert_str_eq(
        csv_text(db, "SELECT group_concat(label || ':' || ifnull(capacity, '-') || ':' || kind || ':' ||"
                     " date_commissioned, ' ') FROM (SELECT * FROM Plant ORDER BY id)"),
        "a:2.5:12:2024-01-15T10:30:00 b:8.0:1:2024-01-05T00:00:00 c:Inf:2:2024-01-15T10:30:00"
        " d:-Inf:1:2024-01-15T10:30:00 e:-:0:2024-02-31T00:00:00");
    quiver_database_close(db);
}
END_TEST

START_TEST(custom_date_formats)
{
    quiver_database_t *db = plant();
    quiver_csv_options_t options = csv_options("%d/%m/%Y %H:%M", NULL);
    /* Text ending where the format expects a literal or a blank is accepted. */
    imports(db, "Plant", "",
            "sep=,\n" PLANT_HEADER "a,,,15/03/2020 08:30,,,\nb,,,16/03/2020,,,\n"
            "c,,,17/03/2020 09:15 trailing,,,\n",
            &options);
    ck_assert_str_eq(
        csv_text(db, "SELECT group_concat(date_commissioned, ' ') FROM (SELECT * FROM Plant ORDER BY id)"),
        "2020-03-15T08:30:00 2020-03-16T00:00:00 2020-03-17T09:15:00");
    fails(db, "Plant", "", "sep=,\n" PLANT_HEADER "a,,,15/03/2020 08:,,,\n", &options,
          "Cannot import_csv: Timestamp 15/03/2020 08: is not valid. Please provide a valid timestamp with "
          "format "
          "%d/%m/%Y %H:%M.");
    quiver_database_close(db);
}
END_TEST

/* Imports @p content into Plant's scalars with @p format; the stored date-times, joined. */
static const char *imported_dates(quiver_database_t *db, const char *format, const char *content)
{
    const char *path = qt_temp_path("dates.csv");
    csv_write_text(path, content);
    quiver_csv_options_t options = csv_options(format, NULL);
    if (quiver_database_import_csv(db, "Plant", "", path, &options) != QUIVER_OK)
        return quiver_get_last_error();
    return csv_text(db, "SELECT group_concat(date_commissioned, ' ') FROM (SELECT * FROM Plant ORDER BY id)");
}

START_TEST(epoch_seconds_are_utc)
{
    /* §7.2 treats date-times as UTC: %s reads seconds since 1970-01-01T00:00:00Z,
     * where glibc's strptime would convert them to the local zone. */
    quiver_database_t *db = plant();
    const char *saved = getenv("TZ");
    char previous[256], plain[256], mixed[256];
    snprintf(previous, sizeof previous, "%s", saved ? saved : "");
    setenv("TZ", "XYZ+3", 1);
    tzset();
    snprintf(plain, sizeof plain, "%s",
             imported_dates(db, "%s", "sep=,\n" PLANT_HEADER "a,,,1705314600,,,\nb,,,0 junk,,,\n"));
    snprintf(mixed, sizeof mixed, "%s",
             imported_dates(db, "at %s, %H h",
                            "sep=,\n" PLANT_HEADER "c,,,\"at 1705314600, 07 h\",,,\nd,,,\"at 86400,\",,,\n"));
    if (saved)
        setenv("TZ", previous, 1);
    else
        unsetenv("TZ");
    tzset();
    ck_assert_str_eq(plain, "2024-01-15T10:30:00 1970-01-01T00:00:00");
    /* A directive after %s overrides its field; text may end where a literal is expected. */
    ck_assert_str_eq(mixed, "2024-01-15T07:30:00 1970-01-02T00:00:00");
    quiver_database_close(db);
}
END_TEST

START_TEST(success_keeps_last_error)
{
    quiver_database_t *db = plant();
    fails(db, "Nope", "", "", NULL, "Cannot import_csv: collection not found: Nope");
    imports(db, "Plant", "tags", "sep=,\nid,tag\n", NULL);
    ck_assert_str_eq(quiver_get_last_error(), "Cannot import_csv: collection not found: Nope");
    quiver_database_close(db);
}
END_TEST

static Suite *csv_import_suite(void)
{
    Suite *suite = suite_create("csv_import");
    TCase *before = tcase_create("checks_before_data");
    tcase_add_test(before, null_arguments);
    tcase_add_test(before, null_enum_entries);
    tcase_add_test(before, collection_not_found);
    tcase_add_test(before, refused_inside_transaction);
    tcase_add_test(before, group_not_found);
    tcase_add_test(before, open_failure);
    tcase_add_test(before, empty_file);
    tcase_add_test(before, wrong_header);
    tcase_add_test(before, ragged_rows);
    tcase_add_test(before, unterminated_quote);
    tcase_add_test(before, nul_bytes_in_cells);
    suite_add_tcase(suite, before);

    TCase *scalar = tcase_create("scalar_validation");
    tcase_add_test(scalar, scalar_not_null);
    tcase_add_test(scalar, scalar_foreign_key_label);
    tcase_add_test(scalar, scalar_self_reference_label);
    tcase_add_test(scalar, scalar_timestamps);
    tcase_add_test(scalar, scalar_integers_and_enums);
    tcase_add_test(scalar, scalar_floats);
    tcase_add_test(scalar, scalar_check_order);
    tcase_add_test(scalar, scalar_duplicates_and_constraints);
    suite_add_tcase(suite, scalar);

    TCase *group = tcase_create("group_validation");
    tcase_add_test(group, group_unknown_parent);
    tcase_add_test(group, group_not_null_foreign_key_and_date);
    tcase_add_test(group, group_vector_index);
    tcase_add_test(group, group_write_phase_errors);
    tcase_add_test(group, group_duplicates);
    tcase_add_test(group, files_table_as_group);
    suite_add_tcase(suite, group);

    TCase *success = tcase_create("success");
    tcase_add_test(success, worked_example);
    tcase_add_test(success, header_only_empties_without_cascade);
    tcase_add_test(success, group_replaces_every_element);
    tcase_add_test(success, time_series_with_date_format);
    tcase_add_test(success, ids_kept_by_label);
    tcase_add_test(success, parsing_variants);
    tcase_add_test(success, cell_conversions);
    tcase_add_test(success, custom_date_formats);
    tcase_add_test(success, epoch_seconds_are_utc);
    tcase_add_test(success, success_keeps_last_error);
    suite_add_tcase(suite, success);
    return suite;
}

int main(void)
{
    return qt_run(csv_import_suite());
}
