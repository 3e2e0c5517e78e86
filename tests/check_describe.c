/*
 * Schema reports of the C API (c-api.md §14): describe, describe_collection
 * and summarize_collection compared byte for byte with the expected texts in
 * tests/data/describe/, plus their errors and NULL checks.
 */
#include <stdio.h>
#include <string.h>

#include "helpers.h"

typedef enum { DESCRIBE, COLLECTION, SUMMARY } report_kind;

typedef struct {
    report_kind kind;
    const char *schema;     /* under tests/schemas/valid/ */
    const char *collection; /* NULL for describe */
} report_case;

/* The expected text of each case is tests/data/describe/<schema>[.<collection>].<kind>.txt. */
static const report_case cases[] = {
    /* c-api.md §14.3 and §14.4 verbatim: Example A with its data. */
    {DESCRIBE, "report_example_a", NULL},
    {SUMMARY, "report_example_a", "Plant"},
    {SUMMARY, "report_example_a", "Region"},
    {COLLECTION, "report_example_a", "Region"},
    /* Example A without data. */
    {DESCRIBE, "spec_example_a", NULL},
    {COLLECTION, "spec_example_a", "Plant"},
    /* Our own schemas. */
    {DESCRIBE, "basic", NULL},
    {DESCRIBE, "relations", NULL},
    {DESCRIBE, "full", NULL},
    {DESCRIBE, "collections", NULL},
    {DESCRIBE, "edge_cases", NULL},
    {DESCRIBE, "unchecked_structure", NULL},
    {DESCRIBE, "report_coverage", NULL},
    {COLLECTION, "full", "Unit"},
    {COLLECTION, "full", "Zone"},
    {COLLECTION, "full", "Configuration"},
    {COLLECTION, "full", "Unit_vector_heat_curve"},
    {COLLECTION, "unchecked_structure", "Probe"},
    {COLLECTION, "unchecked_structure", "Tagged"},
    {SUMMARY, "full", "Unit"},
    {SUMMARY, "report_coverage", "Gauge"},
    {SUMMARY, "report_coverage", "Lake"},
    {SUMMARY, "report_coverage", "Configuration"},
    {SUMMARY, "report_coverage", "Gauge_vector_calibration"},
    {SUMMARY, "report_coverage", "Meter"},
};

static const char no_schema[] = "Failed to validate schema: Schema must have a 'Configuration' table";

/* The whole file as a string (the caller frees it). */
static char *read_file(const char *path)
{
    FILE *file = fopen(path, "rb");
    ck_assert_msg(file != NULL, "cannot open %s", path);
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    ck_assert_int_ge(size, 0);
    rewind(file);
    char *text = malloc((size_t)size + 1);
    ck_assert_ptr_nonnull(text);
    ck_assert_uint_eq(fread(text, 1, (size_t)size, file), (size_t)size);
    text[size] = '\0';
    fclose(file);
    return text;
}

static char *expected_text(const report_case *c)
{
    static const char *const suffixes[] = {"describe", "collection", "summary"};
    char relative[256];
    if (c->collection)
        snprintf(relative, sizeof relative, "describe/%s.%s.%s.txt", c->schema, c->collection,
                 suffixes[c->kind]);
    else
        snprintf(relative, sizeof relative, "describe/%s.%s.txt", c->schema, suffixes[c->kind]);
    return read_file(qt_data(relative));
}

static char *run_report(quiver_database_t *db, const report_case *c)
{
    char *report = NULL;
    switch (c->kind) {
    case DESCRIBE:
        qt_assert_ok(quiver_database_describe(db, &report));
        break;
    case COLLECTION:
        qt_assert_ok(quiver_database_describe_collection(db, c->collection, &report));
        break;
    case SUMMARY:
        qt_assert_ok(quiver_database_summarize_collection(db, c->collection, &report));
        break;
    }
    ck_assert_ptr_nonnull(report);
    return report;
}

START_TEST(report_matches_expected_text)
{
    const report_case *c = &cases[_i];
    char schema[256];
    snprintf(schema, sizeof schema, "valid/%s.sql", c->schema);
    quiver_database_t *db = qt_open_schema(schema);
    char *expected = expected_text(c);
    char *report = run_report(db, c);
    ck_assert_str_eq(report, expected);
    /* A second call gives the same text (statements come from the cache). */
    char *again = run_report(db, c);
    ck_assert_str_eq(again, expected);
    qt_assert_ok(quiver_database_free_string(again));
    qt_assert_ok(quiver_database_free_string(report));
    free(expected);
    quiver_database_close(db);
}
END_TEST

/* The first line shows the path as opened; the schema of an existing file is loaded lazily. */
START_TEST(describe_file_database)
{
    quiver_database_t *db = qt_file_schema("valid/report_example_a.sql", "example.db");
    quiver_database_close(db);
    char path[4096];
    snprintf(path, sizeof path, "%s", qt_temp_path("example.db"));
    quiver_database_options_t options = qt_quiet_options();
    qt_assert_ok(quiver_database_open(path, &options, &db));

    char *expected = read_file(qt_data("describe/report_example_a.describe.txt"));
    const char *body = strchr(expected, '\n');
    char first_line[4200];
    snprintf(first_line, sizeof first_line, "Database: %s", path);
    char *report = NULL;
    qt_assert_ok(quiver_database_describe(db, &report));
    ck_assert_uint_eq(strncmp(report, first_line, strlen(first_line)), 0);
    ck_assert_str_eq(report + strlen(first_line), body);
    qt_assert_ok(quiver_database_free_string(report));
    free(expected);
    quiver_database_close(db);
}
END_TEST

/* Reports only read: they work inside a transaction, see its uncommitted rows,
 * and leave no transaction behind. */
START_TEST(reports_only_read)
{
    quiver_database_t *db = qt_open_schema("valid/report_example_a.sql");
    char *report = NULL;
    int64_t ignored = 0;
    int has_value = -1;
    int active = -1;
    qt_assert_ok(quiver_database_begin_transaction(db));
    qt_assert_ok(quiver_database_query_integer(db, "INSERT INTO Region (label) VALUES ('South')", &ignored,
                                               &has_value));
    qt_assert_ok(quiver_database_summarize_collection(db, "Region", &report));
    ck_assert_str_eq(report, "Collection: Region (2 elements)\n"
                             "  Scalars:\n"
                             "    - id: 2 non-null, 0 null\n"
                             "    - label: 2 non-null, 0 null\n"
                             "    - code: 1 non-null, 1 null\n");
    qt_assert_ok(quiver_database_free_string(report));
    qt_assert_ok(quiver_database_rollback(db));
    qt_assert_ok(quiver_database_in_transaction(db, &active));
    ck_assert_int_eq(active, 0);
    qt_assert_ok(quiver_database_describe_collection(db, "Region", &report));
    ck_assert_ptr_nonnull(strstr(report, "Collection: Region (1 element)\n"));
    qt_assert_ok(quiver_database_free_string(report));
    qt_assert_ok(quiver_database_in_transaction(db, &active));
    ck_assert_int_eq(active, 0);
    quiver_database_close(db);
}
END_TEST

/* A schema written by the test itself into a temporary file. */
static quiver_database_t *open_generated(const char *name, void (*write)(FILE *))
{
    const char *path = qt_temp_path(name);
    FILE *file = fopen(path, "w");
    ck_assert_ptr_nonnull(file);
    write(file);
    ck_assert_int_eq(fclose(file), 0);
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = NULL;
    qt_assert_ok(quiver_database_from_schema(":memory:", path, &options, &db));
    return db;
}

enum { WIDE_COLUMNS = 200, MANY_COLLECTIONS = 300 };

/* Wide: WIDE_COLUMNS INTEGER columns; element 'a' holds v<i> = i, element 'b' only NULLs. */
static void write_wide(FILE *file)
{
    fputs("CREATE TABLE Configuration (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL);\n", file);
    fputs("CREATE TABLE Wide (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL", file);
    for (int i = 0; i < WIDE_COLUMNS; ++i)
        fprintf(file, ", v%03d INTEGER", i);
    fputs(");\nINSERT INTO Wide (label) VALUES ('b');\nINSERT INTO Wide (label", file);
    for (int i = 0; i < WIDE_COLUMNS; ++i)
        fprintf(file, ", v%03d", i);
    fputs(") VALUES ('a'", file);
    for (int i = 0; i < WIDE_COLUMNS; ++i)
        fprintf(file, ", %d", i);
    fputs(");\n", file);
}

/* More expressions than one counting statement takes: the batches must line up. */
START_TEST(summary_of_wide_table)
{
    quiver_database_t *db = open_generated("wide.sql", write_wide);
    char *report = NULL;
    qt_assert_ok(quiver_database_summarize_collection(db, "Wide", &report));
    size_t size = 200 + WIDE_COLUMNS * 64;
    char *expected = malloc(size);
    ck_assert_ptr_nonnull(expected);
    int n = snprintf(expected, size,
                     "Collection: Wide (2 elements)\n  Scalars:\n    - id: 2 non-null, 0 null\n"
                     "    - label: 2 non-null, 0 null\n");
    for (int i = 0; i < WIDE_COLUMNS; ++i)
        n += snprintf(expected + n, size - (size_t)n, "    - v%03d: 1 non-null, 1 null; values {%d: 1}\n", i,
                      i);
    ck_assert_str_eq(report, expected);
    free(expected);
    qt_assert_ok(quiver_database_free_string(report));
    quiver_database_close(db);
}
END_TEST

/* MANY_COLLECTIONS collections C000, C001, ...; collection C<i> holds i % 3 elements. */
static void write_many(FILE *file)
{
    fputs("CREATE TABLE Configuration (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL);\n", file);
    for (int i = 0; i < MANY_COLLECTIONS; ++i) {
        fprintf(file, "CREATE TABLE C%03d (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL);\n", i);
        for (int j = 0; j < i % 3; ++j)
            fprintf(file, "INSERT INTO C%03d (label) VALUES ('e%d');\n", i, j);
    }
}

START_TEST(describe_many_collections)
{
    static const char *const words[] = {"0 elements", "1 element", "2 elements"};
    quiver_database_t *db = open_generated("many.sql", write_many);
    char *report = NULL;
    qt_assert_ok(quiver_database_describe(db, &report));
    size_t size = 200 + (MANY_COLLECTIONS + 1) * 160;
    char *expected = malloc(size);
    ck_assert_ptr_nonnull(expected);
    static const char scalars[] = "  Scalars:\n    - id (INTEGER) PRIMARY KEY\n    - label (TEXT) NOT NULL\n";
    int n = snprintf(expected, size, "Database: :memory:\nVersion: 0\n");
    for (int i = 0; i < MANY_COLLECTIONS; ++i)
        n += snprintf(expected + n, size - (size_t)n, "\nCollection: C%03d (%s)\n%s", i, words[i % 3],
                      scalars);
    n += snprintf(expected + n, size - (size_t)n, "\nCollection: Configuration (0 elements)\n%s", scalars);
    ck_assert_str_eq(report, expected);
    free(expected);
    qt_assert_ok(quiver_database_free_string(report));
    quiver_database_close(db);
}
END_TEST

START_TEST(unknown_collection)
{
    quiver_database_t *db = qt_open_schema("valid/full.sql");
    char *report = (char *)"sentinel";
    qt_assert_error(quiver_database_describe_collection(db, "Nope", &report),
                    "Cannot describe_collection: collection not found: Nope");
    qt_assert_error(quiver_database_summarize_collection(db, "Nope", &report),
                    "Cannot summarize_collection: collection not found: Nope");
    /* Names are case-sensitive. */
    qt_assert_error(quiver_database_describe_collection(db, "unit", &report),
                    "Cannot describe_collection: collection not found: unit");
    qt_assert_error(quiver_database_summarize_collection(db, "unit", &report),
                    "Cannot summarize_collection: collection not found: unit");
    ck_assert_str_eq(report, "sentinel");
    quiver_database_close(db);
}
END_TEST

START_TEST(schema_errors)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = NULL;
    char *report = (char *)"sentinel";
    qt_assert_ok(quiver_database_open(":memory:", &options, &db));
    qt_assert_error(quiver_database_describe(db, &report), no_schema);
    qt_assert_error(quiver_database_describe_collection(db, "Nope", &report), no_schema);
    qt_assert_error(quiver_database_summarize_collection(db, "Nope", &report), no_schema);
    ck_assert_str_eq(report, "sentinel");
    quiver_database_close(db);
}
END_TEST

START_TEST(null_arguments)
{
    quiver_database_t *db = qt_open_schema("valid/basic.sql");
    char *report = (char *)"sentinel";
    qt_assert_error(quiver_database_describe(NULL, NULL), "Null argument: db");
    qt_assert_error(quiver_database_describe(db, NULL), "Null argument: out_report");
    qt_assert_error(quiver_database_describe(NULL, &report), "Null argument: db");
    qt_assert_error(quiver_database_describe_collection(NULL, NULL, NULL), "Null argument: db");
    qt_assert_error(quiver_database_describe_collection(db, NULL, NULL), "Null argument: collection");
    qt_assert_error(quiver_database_describe_collection(db, "Sensor", NULL), "Null argument: out_report");
    qt_assert_error(quiver_database_summarize_collection(NULL, NULL, NULL), "Null argument: db");
    qt_assert_error(quiver_database_summarize_collection(db, NULL, NULL), "Null argument: collection");
    qt_assert_error(quiver_database_summarize_collection(db, "Sensor", NULL), "Null argument: out_report");
    ck_assert_str_eq(report, "sentinel");
    quiver_database_close(db);
}
END_TEST

static Suite *describe_suite(void)
{
    Suite *suite = suite_create("describe");
    TCase *texts = tcase_create("texts");
    tcase_add_loop_test(texts, report_matches_expected_text, 0, (int)(sizeof cases / sizeof cases[0]));
    tcase_add_test(texts, describe_file_database);
    tcase_add_test(texts, reports_only_read);
    tcase_add_test(texts, summary_of_wide_table);
    tcase_add_test(texts, describe_many_collections);
    suite_add_tcase(suite, texts);

    TCase *errors = tcase_create("errors");
    tcase_add_test(errors, unknown_collection);
    tcase_add_test(errors, schema_errors);
    tcase_add_test(errors, null_arguments);
    suite_add_tcase(suite, errors);
    return suite;
}

int main(void)
{
    return qt_run(describe_suite());
}
