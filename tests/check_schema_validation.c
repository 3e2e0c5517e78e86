/*
 * Schema loading and validation through quiver_database_from_schema
 * (schema.md §2, §9, §11.3): every file of tests/schemas/invalid/ fails with
 * the exact message listed in its expected.tsv and leaves an empty database
 * behind, and every file of tests/schemas/valid/ loads.
 */
#include <dirent.h>
#include <stdio.h>
#include <string.h>

#include "helpers.h"
#include "inspect.h"

enum { MAX_CASES = 256, NAME_SIZE = 128, MESSAGE_SIZE = 512 };

typedef struct {
    char file[NAME_SIZE];
    char message[MESSAGE_SIZE];
} invalid_case;

static invalid_case invalid_cases[MAX_CASES];
static int invalid_count;
static char valid_files[MAX_CASES][NAME_SIZE];
static int valid_count;

/* Reads invalid/expected.tsv: "<file>\t<message>" per line (messages may end with a space). */
static int read_expected(void)
{
    FILE *file = fopen(qt_schema("invalid/expected.tsv"), "r");
    char line[NAME_SIZE + MESSAGE_SIZE];
    if (file == NULL)
        return 0;
    while (fgets(line, sizeof line, file) && invalid_count < MAX_CASES) {
        line[strcspn(line, "\n")] = '\0';
        char *tab = strchr(line, '\t');
        if (tab == NULL)
            continue;
        *tab = '\0';
        invalid_case *c = &invalid_cases[invalid_count++];
        snprintf(c->file, sizeof c->file, "%.*s", NAME_SIZE - 1, line);
        snprintf(c->message, sizeof c->message, "%.*s", MESSAGE_SIZE - 1, tab + 1);
    }
    fclose(file);
    return invalid_count > 0;
}

static int ends_with_sql(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && strcmp(name + n - 4, ".sql") == 0;
}

static int list_valid(void)
{
    DIR *dir = opendir(qt_schema("valid"));
    struct dirent *entry;
    if (dir == NULL)
        return 0;
    while ((entry = readdir(dir)) != NULL && valid_count < MAX_CASES)
        if (ends_with_sql(entry->d_name))
            snprintf(valid_files[valid_count++], NAME_SIZE, "%.*s", NAME_SIZE - 1, entry->d_name);
    closedir(dir);
    return valid_count > 0;
}

/* Every invalid schema fails with its message; *out_db stays untouched; the
 * previous file is gone and the new one holds no table and version 0. */
START_TEST(invalid_schema_message)
{
    const invalid_case *c = &invalid_cases[_i];
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = (quiver_database_t *)0x1;
    char relative[NAME_SIZE + 16], db_path[4096], tables[1024];
    snprintf(relative, sizeof relative, "invalid/%s", c->file);
    snprintf(db_path, sizeof db_path, "%s", qt_temp_path(c->file));
    qt_file_exec(db_path, "CREATE TABLE Previous (x INTEGER); PRAGMA user_version = 7;");

    qt_assert_error(quiver_database_from_schema(db_path, qt_schema(relative), &options, &db), c->message);
    ck_assert_ptr_eq(db, (quiver_database_t *)0x1);
    qt_file_tables(db_path, tables, sizeof tables);
    ck_assert_str_eq(tables, "-");
    ck_assert_int_eq(qt_file_version(db_path), 0);

    qt_assert_error(quiver_database_from_schema(":memory:", qt_schema(relative), &options, &db), c->message);
    ck_assert_ptr_eq(db, (quiver_database_t *)0x1);
}
END_TEST

/* expected.tsv and the directory agree: every .sql file has exactly one line. */
START_TEST(every_invalid_file_is_listed)
{
    DIR *dir = opendir(qt_schema("invalid"));
    struct dirent *entry;
    int files = 0;
    ck_assert_ptr_nonnull(dir);
    while ((entry = readdir(dir)) != NULL) {
        if (!ends_with_sql(entry->d_name))
            continue;
        int listed = 0;
        for (int i = 0; i < invalid_count; ++i)
            listed += strcmp(invalid_cases[i].file, entry->d_name) == 0;
        ck_assert_msg(listed == 1, "%s is listed %d times in expected.tsv", entry->d_name, listed);
        files++;
    }
    closedir(dir);
    ck_assert_int_eq(files, invalid_count);
}
END_TEST

START_TEST(valid_schema_loads)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = NULL;
    char relative[NAME_SIZE + 16];
    snprintf(relative, sizeof relative, "valid/%s", valid_files[_i]);
    qt_assert_ok(quiver_database_from_schema(":memory:", qt_schema(relative), &options, &db));
    ck_assert_ptr_nonnull(db);
    quiver_database_close(db);

    db = NULL;
    qt_assert_ok(
        quiver_database_from_schema(qt_temp_path(valid_files[_i]), qt_schema(relative), &options, &db));
    ck_assert_ptr_nonnull(db);
    quiver_database_close(db);
}
END_TEST

/* The spec's counter-examples of schema.md §10.4 that the files above do not
 * already spell out, written inline so the message and schema sit together. */
typedef struct {
    const char *sql;
    const char *message;
} inline_case;

#define CONFIGURATION "CREATE TABLE Configuration (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL);\n"

static const inline_case inline_cases[] = {
    {CONFIGURATION "CREATE TABLE Unit (id INTEGER PRIMARY KEY, label TEXT NOT NULL);",
     "Failed to validate schema: Collection 'Unit' label column must have UNIQUE constraint"},
    {CONFIGURATION
     "CREATE TABLE Zone (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL, peak REAL);\n"
     "CREATE TABLE Zone_vector_profile (id INTEGER REFERENCES Zone(id) ON DELETE CASCADE ON UPDATE "
     "CASCADE, vector_index INTEGER, peak REAL, PRIMARY KEY (id, vector_index));",
     "Failed to validate schema: Duplicate attribute 'peak' found in table 'Zone_vector_profile' (already "
     "defined in collection 'Zone')"},
    /* A column shared by two groups is reported against the later group, still naming the collection. */
    {CONFIGURATION "CREATE TABLE Zone (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL);\n"
                   "CREATE TABLE Zone_set_a (id INTEGER, tag TEXT, UNIQUE (id, tag));\n"
                   "CREATE TABLE Zone_set_b (id INTEGER, tag TEXT, UNIQUE (id, tag));",
     "Failed to validate schema: Duplicate attribute 'tag' found in table 'Zone_set_b' (already defined in "
     "collection 'Zone')"},
    /* Group columns named label count as attributes (only the collection's label is left out). */
    {CONFIGURATION "CREATE TABLE Zone (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL);\n"
                   "CREATE TABLE Zone_set_a (id INTEGER, label TEXT, UNIQUE (id, label));\n"
                   "CREATE TABLE Zone_set_b (id INTEGER, label TEXT, UNIQUE (id, label));",
     "Failed to validate schema: Duplicate attribute 'label' found in table 'Zone_set_b' (already defined in "
     "collection 'Zone')"},
    /* FK naming is case-insensitive and rule 3 accepts "_id" anywhere; a bad name still fails. */
    {CONFIGURATION "CREATE TABLE Zone (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL,\n"
                   "  ZONE_Parent INTEGER REFERENCES Zone(id) ON DELETE SET NULL ON UPDATE CASCADE,\n"
                   "  owner_ID_x INTEGER REFERENCES Zone(id) ON DELETE SET NULL ON UPDATE CASCADE,\n"
                   "  zoneparent INTEGER REFERENCES Zone(id) ON DELETE SET NULL ON UPDATE CASCADE);",
     "Failed to validate schema: Foreign key column 'zoneparent' in table 'Zone' should follow naming "
     "pattern "
     "'<collection>_id'"},
    /* Time-series tables have no action or naming rule, but K1 applies. */
    {CONFIGURATION "CREATE TABLE Zone (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL);\n"
                   "CREATE TABLE Zone_time_series_x (id INTEGER REFERENCES Zone(id), date_time TEXT,\n"
                   "  whatever INTEGER REFERENCES Zone(id) ON DELETE RESTRICT);\n"
                   "CREATE TABLE Zulu (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL);\n"
                   "CREATE TABLE Zulu_set_s (id INTEGER REFERENCES Zulu(id) ON DELETE SET NULL, x TEXT, "
                   "UNIQUE (id, x));",
     "Failed to validate schema: Foreign key 'id' in table 'Zulu_set_s' must use ON UPDATE CASCADE"},
    /* A name matching two group kinds is checked as a vector table (schema.md §2.4, §9.3). */
    {CONFIGURATION "CREATE TABLE Zone (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL);\n"
                   "CREATE TABLE Zone_vector_x_set_y (id INTEGER, vector_index INTEGER, PRIMARY KEY (id, "
                   "vector_index));",
     "Failed to validate schema: Vector table 'Zone_vector_x_set_y' must have foreign key to parent "
     "collection "
     "'Zone'"},
    /* Its parent is the prefix before the first '_', also when the name ends like a files table. */
    {CONFIGURATION "CREATE TABLE Zone_vector_x_time_series_files (a TEXT);",
     "Failed to validate schema: Vector table 'Zone_vector_x_time_series_files' references non-existent "
     "collection 'Zone'"},
    /* Tables named sqlite<anything> are not loaded at all (schema.md §2.1). */
    {CONFIGURATION "CREATE TABLE SQLiteNotes (x BLOB); CREATE TABLE sqlitex_y (z);", NULL},
};

START_TEST(inline_schema_message)
{
    const inline_case *c = &inline_cases[_i];
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *db = (quiver_database_t *)0x1;
    char name[32];
    snprintf(name, sizeof name, "inline-%d.sql", _i);
    const char *schema_path = qt_temp_path(name);
    FILE *file = fopen(schema_path, "w");
    ck_assert_ptr_nonnull(file);
    fputs(c->sql, file);
    fclose(file);
    if (c->message == NULL) {
        qt_assert_ok(quiver_database_from_schema(":memory:", schema_path, &options, &db));
        quiver_database_close(db);
        return;
    }
    qt_assert_error(quiver_database_from_schema(":memory:", schema_path, &options, &db), c->message);
    ck_assert_ptr_eq(db, (quiver_database_t *)0x1);
}
END_TEST

static Suite *schema_validation_suite(void)
{
    Suite *s = suite_create("schema_validation");
    TCase *tc = tcase_create("files");
    tcase_add_loop_test(tc, invalid_schema_message, 0, invalid_count);
    tcase_add_test(tc, every_invalid_file_is_listed);
    tcase_add_loop_test(tc, valid_schema_loads, 0, valid_count);
    suite_add_tcase(s, tc);
    tc = tcase_create("inline");
    tcase_add_loop_test(tc, inline_schema_message, 0, (int)(sizeof inline_cases / sizeof inline_cases[0]));
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    if (!read_expected() || !list_valid()) {
        fprintf(stderr, "cannot read the test schemas under %s\n", qt_schema(""));
        return EXIT_FAILURE;
    }
    return qt_run(schema_validation_suite());
}
