/*
 * CSV round trips (c-api-groups-timeseries-csv.md §7.6, §10.2): a database
 * with enums, date-times, floats, NULLs, relations, self references and text
 * full of quotes, commas, line breaks and semicolons is exported, imported
 * into a fresh database with the same schema and exported again; every file
 * must come back byte for byte, with and without options.  Importing an
 * export into the same database changes nothing either.
 */
#include <stdio.h>
#include <string.h>

#include "csv_helpers.h"

static const struct {
    const char *collection;
    const char *group;
    const char *file;
} targets[] = {
    /* in dependency order: referenced collections first, groups after their parents */
    {"Configuration", "", "configuration.csv"},
    {"Zone", "", "zone.csv"},
    {"Plant", "", "plant.csv"},
    {"Plant", "costs", "costs.csv"},
    {"Plant", "tags", "tags.csv"},
    {"Plant", "output", "output.csv"},
};
enum { TARGET_COUNT = sizeof targets / sizeof targets[0] };

static quiver_database_t *source(void)
{
    quiver_database_t *db = qt_open_schema("valid/csv_roundtrip.sql");
    char *data = csv_read_file(qt_data("csv/roundtrip_data.sql"), NULL);
    ck_assert_ptr_nonnull(data);
    csv_exec(db, data);
    free(data);
    csv_exec_double(db, "UPDATE Plant SET capacity = ? WHERE label = 'Eta'", 1.7976931348623157e308);
    return db;
}

static void export_all(quiver_database_t *db, const char *directory, const quiver_csv_options_t *options)
{
    for (int i = 0; i < TARGET_COUNT; ++i) {
        char name[256];
        snprintf(name, sizeof name, "%s/%s", directory, targets[i].file);
        qt_assert_ok(quiver_database_export_csv(db, targets[i].collection, targets[i].group,
                                                qt_temp_path(name), options));
    }
}

static void import_all(quiver_database_t *db, const char *directory, const quiver_csv_options_t *options)
{
    for (int i = 0; i < TARGET_COUNT; ++i) {
        char name[256];
        snprintf(name, sizeof name, "%s/%s", directory, targets[i].file);
        qt_assert_ok(quiver_database_import_csv(db, targets[i].collection, targets[i].group,
                                                qt_temp_path(name), options));
    }
}

static void assert_same_files(const char *first, const char *second)
{
    for (int i = 0; i < TARGET_COUNT; ++i) {
        char name[256], path[4200];
        snprintf(name, sizeof name, "%s/%s", first, targets[i].file);
        char *expected = csv_read_file(qt_temp_path(name), NULL);
        ck_assert_ptr_nonnull(expected);
        snprintf(name, sizeof name, "%s/%s", second, targets[i].file);
        snprintf(path, sizeof path, "%s", qt_temp_path(name));
        csv_assert_file_text(path, expected);
        free(expected);
    }
}

/* The rows of the collections (ids included) and of the groups (without rowids), for
 * comparing two databases. */
static char *contents(quiver_database_t *db)
{
    static const char *queries[] = {
        "SELECT group_concat(quote(id) || quote(label) || quote(date_start) || quote(status), ';') FROM"
        " (SELECT * FROM Configuration ORDER BY id)",
        "SELECT group_concat(quote(id) || quote(label) || quote(level) || quote(zone_parent), ';') FROM"
        " (SELECT * FROM Zone ORDER BY id)",
        "SELECT group_concat(quote(id) || quote(label) || quote(capacity) || quote(kind) || quote(stage) ||"
        " quote(date_commissioned) || quote(notes) || quote(zone_id) || quote(plant_backup), ';') FROM"
        " (SELECT * FROM Plant ORDER BY id)",
        "SELECT group_concat(quote(id) || quote(vector_index) || quote(cost) || quote(cost_zone_id) ||"
        " quote(cost_note), ';') FROM (SELECT * FROM Plant_vector_costs ORDER BY id, vector_index)",
        "SELECT group_concat(quote(id) || quote(tag) || quote(share), ';') FROM"
        " (SELECT * FROM Plant_set_tags ORDER BY id, tag, share)",
        "SELECT group_concat(quote(id) || quote(date_time) || quote(block) || quote(energy) || quote(mode) ||"
        " quote(output_zone_id) || quote(date_updated), ';') FROM"
        " (SELECT * FROM Plant_time_series_output ORDER BY id, date_time, block)",
    };
    size_t length = 0;
    char *text = calloc(1, 1);
    for (size_t i = 0; i < sizeof queries / sizeof queries[0]; ++i) {
        const char *rows = csv_text(db, queries[i]);
        text = realloc(text, length + strlen(rows) + 2);
        strcpy(text + length, rows);
        length += strlen(rows);
        strcpy(text + length, "\n");
        ++length;
    }
    return text;
}

static quiver_csv_options_t rich_options(csv_enums *enums)
{
    memset(enums, 0, sizeof *enums);
    csv_enums_add(enums, "kind", "en", 2, (const char *[]){"Thermal", "Hydro"}, (int64_t[]){1, 2});
    csv_enums_add(enums, "kind", "pt", 2, (const char *[]){"Termica", "Hidro"}, (int64_t[]){1, 2});
    csv_enums_add(enums, "stage", "en", 3, (const char *[]){"Planned", "Built", "Retired, \"old\""},
                  (int64_t[]){0, 1, 2});
    csv_enums_add(enums, "level", "en", 2, (const char *[]){"Low", "High"}, (int64_t[]){1, 2});
    csv_enums_add(enums, "status", "en", 1, (const char *[]){"Open"}, (int64_t[]){2});
    csv_enums_add(enums, "mode", "en", 2, (const char *[]){"auto", "manual"}, (int64_t[]){1, 2});
    /* every field of the canonical form, so date-times come back exactly */
    return csv_options("%d/%m/%Y %H:%M:%S", enums);
}

static void round_trip(const quiver_csv_options_t *options)
{
    quiver_database_t *first = source();
    quiver_database_t *second = qt_open_schema("valid/csv_roundtrip.sql");
    export_all(first, "a", options);
    import_all(second, "a", options);
    export_all(second, "b", options);
    assert_same_files("a", "b");
    char *expected = contents(first);
    char *actual = contents(second);
    ck_assert_str_eq(actual, expected);
    free(expected);
    free(actual);
    quiver_database_close(first);
    quiver_database_close(second);
}

START_TEST(fresh_database_default_options)
{
    round_trip(NULL);
}
END_TEST

START_TEST(fresh_database_enums_and_dates)
{
    csv_enums enums;
    quiver_csv_options_t options = rich_options(&enums);
    round_trip(&options);
}
END_TEST

START_TEST(options_change_the_files)
{
    /* The options are really used: labels and formatted dates appear in the files. */
    quiver_database_t *db = source();
    csv_enums enums;
    quiver_csv_options_t options = rich_options(&enums);
    export_all(db, "c", &options);
    char *plant = csv_read_file(qt_temp_path("c/plant.csv"), NULL);
    ck_assert_ptr_nonnull(strstr(plant,
                                 "\nAlpha,1e+05,Thermal,Planned,\"15/03/2020 08:00:00\",\"base load, coal\","
                                 "North,Kappa\n"));
    ck_assert_ptr_nonnull(strstr(plant, "\n\"Gamma, \"\"G\"\"\",1234567.89,7,\"Retired, \"\"old\"\"\","));
    free(plant);
    char *output = csv_read_file(qt_temp_path("c/output.csv"), NULL);
    ck_assert_ptr_nonnull(strstr(output, "\n\"Beta 2\",\"15/01/2024 12:00:00\",1,5,9,\"Quote\"\"Zone\","
                                         "\"16/01/2024 00:00:00\"\n"));
    free(output);
    quiver_database_close(db);
}
END_TEST

START_TEST(same_database_is_unchanged)
{
    quiver_database_t *db = source();
    char *before = contents(db);
    export_all(db, "d", NULL);
    import_all(db, "d", NULL);
    export_all(db, "e", NULL);
    assert_same_files("d", "e");
    char *after = contents(db);
    ck_assert_str_eq(after, before);
    free(before);
    free(after);
    quiver_database_close(db);
}
END_TEST

START_TEST(text_values_come_back)
{
    /* §10.2: any text without surrounding blanks comes back unchanged. */
    quiver_database_t *db = source();
    ck_assert_str_eq(csv_text(db, "SELECT notes FROM Plant WHERE label = 'Kappa'"), "\"\"");
    quiver_database_t *copy = qt_open_schema("valid/csv_roundtrip.sql");
    export_all(db, "f", NULL);
    import_all(copy, "f", NULL);
    const char *queries[] = {
        "SELECT group_concat(hex(notes), ',') FROM (SELECT notes FROM Plant ORDER BY id)",
        "SELECT group_concat(hex(label), ',') FROM (SELECT label FROM Plant ORDER BY id)",
        "SELECT group_concat(hex(cost_note), ',') FROM (SELECT cost_note FROM Plant_vector_costs ORDER BY id,"
        " vector_index)",
    };
    for (size_t i = 0; i < sizeof queries / sizeof queries[0]; ++i) {
        char expected[1024];
        snprintf(expected, sizeof expected, "%s", csv_text(db, queries[i]));
        ck_assert_str_eq(csv_text(copy, queries[i]), expected);
    }
    quiver_database_close(db);
    quiver_database_close(copy);
}
END_TEST

static Suite *csv_roundtrip_suite(void)
{
    Suite *suite = suite_create("csv_roundtrip");
    TCase *trips = tcase_create("round_trips");
    tcase_add_test(trips, fresh_database_default_options);
    tcase_add_test(trips, fresh_database_enums_and_dates);
    tcase_add_test(trips, options_change_the_files);
    tcase_add_test(trips, same_database_is_unchanged);
    tcase_add_test(trips, text_values_come_back);
    suite_add_tcase(suite, trips);
    return suite;
}

int main(void)
{
    return qt_run(csv_roundtrip_suite());
}
