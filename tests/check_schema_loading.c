/*
 * Schema discovery and lazy loading, tested against the core's internals
 * (schema.md §2, §11.1-11.3, §11.7): the model the loader builds, when the
 * schema is loaded and cached, and files that are not databases.  The C API
 * has no schema-using function of its own in this area, so these tests call
 * qvi_db_schema() directly and link the core's convenience library (and so
 * not tests/helpers.c, which needs libquiver_c).
 */
#define _XOPEN_SOURCE 700
#include <check.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "inspect.h"

static char temp_dir[4096];

static const char *temp_path(const char *name)
{
    static char path[4][8192];
    static int next;
    char *slot = path[next];
    next = (next + 1) % 4;
    snprintf(slot, sizeof path[0], "%s/%s", temp_dir, name);
    return slot;
}

static const char *schema_path(const char *relative)
{
    static char path[8192];
    const char *base = getenv("QUIVER_TEST_SCHEMAS");
    snprintf(path, sizeof path, "%s/%s", base && *base ? base : "tests/schemas", relative);
    return path;
}

static qv_options quiet(void)
{
    qv_options options = qv_options_default();
    options.console_level = QV_LOG_OFF;
    return options;
}

/* A file database built from a test schema and closed again; returns its path. */
static const char *schema_file(const char *relative, const char *file)
{
    qv_options options = quiet();
    qv_db *db = NULL;
    qv_error err;
    const char *path = temp_path(file);
    ck_assert_msg(qv_db_from_schema(path, schema_path(relative), &options, &db, &err) == QV_OK, "%s",
                  err.message);
    qv_db_close(db);
    return path;
}

static qv_db *open_file(const char *path, int read_only)
{
    qv_options options = quiet();
    qv_db *db = NULL;
    qv_error err;
    options.read_only = read_only;
    ck_assert_msg(qv_db_open(path, &options, &db, &err) == QV_OK, "%s", err.message);
    return db;
}

START_TEST(open_loads_lazily_and_caches)
{
    qv_db *db = open_file(schema_file("valid/basic.sql", "lazy.db"), 0);
    ck_assert_ptr_null(db->schema);
    const qvi_schema *s = qvi_db_schema(db);
    ck_assert_ptr_nonnull(s);
    ck_assert_ptr_eq(db->schema, s);
    ck_assert_ptr_eq(qvi_db_schema(db), s);
    ck_assert_ptr_nonnull(qvi_schema_collection(s, "Sensor"));
    qv_db_close(db);
}
END_TEST

/* A failed load is not cached; tables created afterwards are picked up, and
 * once loaded the model is never refreshed (§11.6-11.7). */
START_TEST(failed_load_is_retried)
{
    qv_db *db = open_file(":memory:", 0);
    ck_assert_ptr_null(qvi_db_schema(db));
    ck_assert_str_eq(qv_db_errmsg(db), "Failed to validate schema: Schema must have a 'Configuration' table");
    ck_assert_ptr_null(db->schema);
    ck_assert_int_eq(
        sqlite3_exec(db->sqlite,
                     "CREATE TABLE Configuration (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL)", NULL,
                     NULL, NULL),
        SQLITE_OK);
    const qvi_schema *s = qvi_db_schema(db);
    ck_assert_ptr_nonnull(s);
    ck_assert_int_eq(
        sqlite3_exec(db->sqlite, "CREATE TABLE Later (id INTEGER PRIMARY KEY, label TEXT)", NULL, NULL, NULL),
        SQLITE_OK);
    ck_assert_ptr_eq(qvi_db_schema(db), s);
    ck_assert_ptr_null(qvi_schema_table(s, "Later"));
    qv_db_close(db);
}
END_TEST

/* A file that is not an SQLite database opens; its first use fails (§11.1). */
START_TEST(not_a_database)
{
    const char *path = temp_path("text.db");
    FILE *file = fopen(path, "w");
    ck_assert_ptr_nonnull(file);
    fputs("This is a plain text file, long enough to hold what SQLite reads as a header.\n", file);
    fclose(file);
    qv_db *db = open_file(path, 0);
    int64_t version = -7;
    ck_assert_int_eq(qv_db_current_version(db, &version), QV_ERROR);
    ck_assert_str_eq(qv_db_errmsg(db), "Failed to read user_version: file is not a database");
    ck_assert_int_eq(version, -7);
    ck_assert_ptr_null(qvi_db_schema(db));
    ck_assert_str_eq(qv_db_errmsg(db), "Failed to query table names");
    qv_db_close(db);
}
END_TEST

/* Read-only handles load the schema; writes fail with SQLite's message (§11.2). */
START_TEST(read_only_writes_fail)
{
    const char *path = schema_file("valid/basic.sql", "read_only.db");
    qv_db *db = open_file(path, 1);
    int64_t version = -1;
    ck_assert_ptr_nonnull(qvi_db_schema(db));
    ck_assert_int_eq(qv_db_current_version(db, &version), QV_OK);
    ck_assert_int_eq(version, 0);
    ck_assert_int_eq(qvi_exec(db, "INSERT INTO Configuration (label) VALUES ('x')", "execute statement"),
                     QV_ERROR);
    ck_assert_str_eq(qv_db_errmsg(db), "Failed to execute statement: attempt to write a readonly database");
    qv_db_close(db);
    ck_assert_int_eq(qt_file_integer(path, "SELECT count(*) FROM Configuration"), 0);
}
END_TEST

/* from_schema validates eagerly; from_migrations only when it applied something. */
START_TEST(creation_loads_eagerly)
{
    qv_options options = quiet();
    qv_db *db = NULL;
    qv_error err;
    char migrations[8192];
    ck_assert_int_eq(qv_db_from_schema(":memory:", schema_path("valid/full.sql"), &options, &db, &err),
                     QV_OK);
    ck_assert_ptr_nonnull(db->schema);
    qv_db_close(db);

    snprintf(migrations, sizeof migrations, "%s", schema_path("migrations/valid"));
    const char *path = temp_path("migrated.db");
    ck_assert_int_eq(qv_db_from_migrations(path, migrations, &options, &db, &err), QV_OK);
    ck_assert_ptr_nonnull(db->schema);
    qv_db_close(db);
    ck_assert_int_eq(qv_db_from_migrations(path, migrations, &options, &db, &err), QV_OK);
    ck_assert_ptr_null(db->schema); /* up to date: loads on first use */
    qv_db_close(db);
    ck_assert_int_eq(qv_db_from_migrations(":memory:", schema_path("migrations/empty"), &options, &db, &err),
                     QV_OK);
    ck_assert_ptr_null(db->schema);
    ck_assert_ptr_null(qvi_db_schema(db));
    ck_assert_str_eq(qv_db_errmsg(db), "Failed to validate schema: Schema must have a 'Configuration' table");
    qv_db_close(db);
}
END_TEST

static const qvi_table *table(const qvi_schema *s, const char *name)
{
    const qvi_table *t = qvi_schema_table(s, name);
    ck_assert_msg(t != NULL, "table %s", name);
    return t;
}

static const qvi_column *column(const qvi_table *t, const char *name)
{
    const qvi_column *c = qvi_table_column(t, name);
    ck_assert_msg(c != NULL, "column %s.%s", t->name, name);
    return c;
}

/* The model of schema.md §2 for valid/edge_cases.sql. */
START_TEST(discovery_model)
{
    qv_options options = quiet();
    qv_db *db = NULL;
    qv_error err;
    ck_assert_int_eq(qv_db_from_schema(":memory:", schema_path("valid/edge_cases.sql"), &options, &db, &err),
                     QV_OK);
    const qvi_schema *s = qvi_db_schema(db);

    /* Tables in byte-wise order; views, triggers and indexes are not tables. */
    static const char *const names[] = {"Configuration",
                                        "Configuration_vector_scale",
                                        "Owner",
                                        "Owner_set_aliases",
                                        "Station",
                                        "Station_set_neighbors",
                                        "Station_time_series_readings",
                                        "Station_vector_links"};
    ck_assert_uint_eq(s->table_count, sizeof names / sizeof names[0]);
    for (size_t i = 0; i < s->table_count; ++i)
        ck_assert_str_eq(s->tables[i].name, names[i]);

    /* Columns in declaration order; types after the date_ rule. */
    const qvi_table *station = table(s, "Station");
    static const struct {
        const char *name;
        qv_data_type type;
    } columns[] = {{"id", QV_TYPE_INTEGER},
                   {"label", QV_TYPE_STRING},
                   {"code", QV_TYPE_STRING},
                   {"weight", QV_TYPE_FLOAT},
                   {"date_reading", QV_TYPE_DATE_TIME},
                   {"date", QV_TYPE_STRING},
                   {"datetime", QV_TYPE_STRING},
                   {"update_date", QV_TYPE_STRING},
                   {"Date_w", QV_TYPE_STRING},
                   {"date_n", QV_TYPE_INTEGER},
                   {"date_legacy", QV_TYPE_DATE_TIME},
                   {"Station_ID", QV_TYPE_INTEGER},
                   {"station_alt", QV_TYPE_INTEGER},
                   {"owner_id_main", QV_TYPE_INTEGER}};
    ck_assert_uint_eq(station->column_count, sizeof columns / sizeof columns[0]);
    for (size_t i = 0; i < station->column_count; ++i) {
        ck_assert_str_eq(station->columns[i].name, columns[i].name);
        ck_assert_int_eq(station->columns[i].type, columns[i].type);
    }
    /* by_name is byte-wise: upper case first. */
    ck_assert_str_eq(qvi_table_column_by_name_order(station, 0)->name, "Date_w");
    ck_assert_str_eq(qvi_table_column_by_name_order(station, 1)->name, "Station_ID");
    ck_assert_str_eq(qvi_table_column_by_name_order(station, station->column_count - 1)->name, "weight");

    /* Raw flags: id INTEGER PRIMARY KEY is not declared NOT NULL. */
    ck_assert_int_eq(column(station, "id")->primary_key, 1);
    ck_assert_int_eq(column(station, "id")->not_null, 0);
    ck_assert_int_eq(column(station, "label")->not_null, 1);
    ck_assert_str_eq(column(table(s, "Configuration"), "scale")->default_value, "1.0");
    ck_assert_ptr_null(column(station, "code")->default_value);

    /* Foreign keys with their actions; the "Station-weight" index is skipped. */
    const qvi_foreign_key *fk = qvi_table_fk(station, "owner_id_main");
    ck_assert_ptr_nonnull(fk);
    ck_assert_str_eq(fk->table, "Owner");
    ck_assert_str_eq(fk->to, "id");
    ck_assert_str_eq(fk->on_delete, "CASCADE");
    ck_assert_str_eq(fk->on_update, "CASCADE");
    fk = qvi_table_fk(table(s, "Station_time_series_readings"), "observer");
    ck_assert_str_eq(fk->on_delete, "NO ACTION");
    ck_assert_str_eq(fk->on_update, "NO ACTION");
    ck_assert_ptr_null(qvi_table_fk(station, "code"));
    for (size_t i = 0; i < station->index_count; ++i)
        ck_assert_str_ne(station->indexes[i].name, "Station-weight");
    ck_assert_uint_eq(station->index_count, 2);

    /* Kinds and parents. */
    ck_assert_uint_eq(table(s, "Configuration")->kinds, QVI_KIND_COLLECTION);
    ck_assert_ptr_null(table(s, "Configuration")->parent);
    ck_assert_uint_eq(table(s, "Station_vector_links")->kinds, QVI_KIND_VECTOR);
    ck_assert_str_eq(table(s, "Station_vector_links")->parent, "Station");
    ck_assert_uint_eq(table(s, "Station_time_series_readings")->kinds, QVI_KIND_TIME_SERIES);
    ck_assert_str_eq(qvi_table_group_name(table(s, "Owner_set_aliases"), QVI_KIND_SET), "aliases");
    qv_db_close(db);
}
END_TEST

/* An FK naming no column gives an empty target column; a files table's parent
 * is its name without the suffix. */
START_TEST(discovery_files_and_bare_references)
{
    qv_options options = quiet();
    qv_db *db = NULL;
    qv_error err;
    ck_assert_int_eq(qv_db_open(":memory:", &options, &db, &err), QV_OK);
    ck_assert_int_eq(
        sqlite3_exec(db->sqlite,
                     "CREATE TABLE Configuration (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL);"
                     "CREATE TABLE Plant (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL,"
                     " plant_up INTEGER REFERENCES Plant ON DELETE SET NULL ON UPDATE CASCADE);"
                     "CREATE TABLE Plant_time_series_files (a_file TEXT);",
                     NULL, NULL, NULL),
        SQLITE_OK);
    const qvi_schema *s = qvi_db_schema(db);
    ck_assert_msg(s != NULL, "%s", qv_db_errmsg(db));
    ck_assert_str_eq(qvi_table_fk(table(s, "Plant"), "plant_up")->to, "");
    ck_assert_uint_eq(table(s, "Plant_time_series_files")->kinds, QVI_KIND_TS_FILES);
    ck_assert_str_eq(table(s, "Plant_time_series_files")->parent, "Plant");
    qv_db_close(db);
}
END_TEST

static int remove_entry(const char *path, const struct stat *info, int flag, struct FTW *ftw)
{
    (void)info;
    (void)flag;
    (void)ftw;
    return remove(path);
}

int main(void)
{
    snprintf(temp_dir, sizeof temp_dir, "%s/quiver-loading-XXXXXX",
             getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (mkdtemp(temp_dir) == NULL) {
        perror("mkdtemp");
        return EXIT_FAILURE;
    }
    Suite *suite = suite_create("schema_loading");
    TCase *tc = tcase_create("lazy");
    tcase_add_test(tc, open_loads_lazily_and_caches);
    tcase_add_test(tc, failed_load_is_retried);
    tcase_add_test(tc, not_a_database);
    tcase_add_test(tc, read_only_writes_fail);
    tcase_add_test(tc, creation_loads_eagerly);
    suite_add_tcase(suite, tc);
    tc = tcase_create("discovery");
    tcase_add_test(tc, discovery_model);
    tcase_add_test(tc, discovery_files_and_bare_references);
    suite_add_tcase(suite, tc);
    SRunner *runner = srunner_create(suite);
    srunner_run_all(runner, CK_NORMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    nftw(temp_dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
