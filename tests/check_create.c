/*
 * quiver_database_create_element (c-api.md §10.1, §10.3-10.5, §18.5 and
 * c-api-groups-timeseries-csv.md §5.8): scalars, typing, trimming, relation
 * labels, vector/set/time-series arrays, routing, every error message, and
 * atomicity outside and inside a caller's transaction.  What was written is
 * read back from the file with SQLite directly.
 */
#include <stdlib.h>

#include "write_helpers.h"

static quiver_database_t *db;
static char *path;

static void setup(void)
{
    db = qt_file_schema("valid/writes_plant.sql", "create.db");
    path = strdup(qt_temp_path("create.db"));
}

static void teardown(void)
{
    quiver_database_close(db);
    free(path);
}

/* create_element must fail with @p message, leave the id untouched and change nothing in the file. */
static void assert_create_rejected(const char *collection, quiver_element_t *e, const char *message)
{
    char *before = qt_dump(path);
    int64_t id = -42;
    qt_assert_error(quiver_database_create_element(db, collection, e, &id), message);
    ck_assert_int_eq(id, -42);
    char *after = qt_dump(path);
    ck_assert_str_eq(after, before);
    free(before);
    free(after);
}

static int64_t create(const char *collection, quiver_element_t *e)
{
    int64_t id = -1;
    qt_assert_ok(quiver_database_create_element(db, collection, e, &id));
    return id;
}

START_TEST(null_arguments)
{
    quiver_element_t *e = qt_labelled("P1");
    int64_t id = -5;
    qt_assert_error(quiver_database_create_element(NULL, NULL, NULL, NULL), "Null argument: db");
    qt_assert_error(quiver_database_create_element(db, NULL, e, &id), "Null argument: collection");
    qt_assert_error(quiver_database_create_element(db, "Plant", NULL, &id), "Null argument: element");
    qt_assert_error(quiver_database_create_element(db, "Plant", e, NULL), "Null argument: out_id");
    ck_assert_int_eq(id, -5);
    ck_assert_str_eq(qt_rows(path, "SELECT count(*) FROM Plant"), "0");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(scalars_of_every_type)
{
    quiver_element_t *e = qt_labelled("P1");
    qt_assert_ok(quiver_element_set_float(e, "capacity", 12.5));
    qt_assert_ok(quiver_element_set_integer(e, "unit_count", 4));
    qt_assert_ok(quiver_element_set_string(e, "kind", "wind"));
    qt_assert_ok(quiver_element_set_string(e, "date_start", "2024-01-01T00:00:00"));
    qt_assert_ok(quiver_element_set_null(e, "region_id"));
    ck_assert_int_eq(create("Plant", e), 1);
    quiver_element_destroy(e);
    e = qt_labelled("P2");
    ck_assert_int_eq(create("Plant", e), 2);
    ck_assert_str_eq(qt_rows(path, "SELECT id, label, capacity, unit_count, kind, date_start, region_id, "
                                   "plant_backup FROM Plant ORDER BY id"),
                     "1|P1|12.5|4|wind|2024-01-01T00:00:00|NULL|NULL;"
                     "2|P2|NULL|1|hydro|NULL|NULL|NULL");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(explicit_id)
{
    quiver_element_t *e = qt_labelled("P7");
    qt_assert_ok(quiver_element_set_integer(e, "id", 7));
    ck_assert_int_eq(create("Plant", e), 7);
    ck_assert_str_eq(qt_rows(path, "SELECT id, label FROM Plant"), "7|P7");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(text_values_are_trimmed)
{
    quiver_element_t *e = qt_labelled(" \t Plant 1 \r\n");
    const char *const tags[] = {"  red", "blue\t", "\n"};
    qt_assert_ok(quiver_element_set_string(e, "kind", "   "));
    qt_assert_ok(quiver_element_set_array_string(e, "tag", tags, 3, NULL));
    create("Plant", e);
    ck_assert_str_eq(qt_rows(path, "SELECT '[' || label || ']', '[' || kind || ']' FROM Plant"),
                     "[Plant 1]|[]");
    ck_assert_str_eq(qt_rows(path, "SELECT '[' || tag || ']' FROM Plant_set_tags ORDER BY tag"),
                     "[];[blue];[red]");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(integers_are_stored_as_real)
{
    quiver_element_t *e = qt_labelled("P1");
    const int64_t costs[] = {3, -4};
    qt_assert_ok(quiver_element_set_integer(e, "capacity", 100));
    qt_assert_ok(quiver_element_set_array_integer(e, "costs", costs, 2, NULL));
    create("Plant", e);
    ck_assert_str_eq(qt_rows(path, "SELECT capacity, typeof(capacity) FROM Plant"), "100.0|real");
    ck_assert_str_eq(
        qt_rows(path, "SELECT costs, typeof(costs) FROM Plant_vector_costs ORDER BY vector_index"),
        "3.0|real;-4.0|real");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(null_accepted_for_every_type)
{
    quiver_element_t *e = qt_labelled("P1");
    qt_assert_ok(quiver_element_set_null(e, "capacity"));
    qt_assert_ok(quiver_element_set_null(e, "kind"));
    qt_assert_ok(quiver_element_set_null(e, "date_start"));
    qt_assert_ok(quiver_element_set_null(e, "plant_backup"));
    create("Plant", e);
    ck_assert_str_eq(qt_rows(path, "SELECT capacity, kind, date_start, plant_backup FROM Plant"),
                     "NULL|NULL|NULL|NULL");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(collection_not_found)
{
    quiver_element_t *e = qt_labelled("P1");
    assert_create_rejected("Nope", e, "Cannot create_element: collection not found: Nope");
    assert_create_rejected("plant", e, "Cannot create_element: collection not found: plant");
    assert_create_rejected("Plant\"; DROP TABLE Plant; --", e,
                           "Cannot create_element: collection not found: Plant\"; DROP TABLE Plant; --");
    quiver_element_clear(e);
    /* the collection is checked before the scalar count */
    assert_create_rejected("Nope", e, "Cannot create_element: collection not found: Nope");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(needs_a_scalar)
{
    quiver_element_t *e = qt_element();
    const double costs[] = {1.0};
    assert_create_rejected("Plant", e,
                           "Cannot create_element: element must have at least one scalar attribute");
    qt_assert_ok(quiver_element_set_array_float(e, "costs", costs, 1, NULL));
    assert_create_rejected("Plant", e,
                           "Cannot create_element: element must have at least one scalar attribute");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(unknown_scalar)
{
    quiver_element_t *e = qt_labelled("P1");
    qt_assert_ok(quiver_element_set_integer(e, "nope", 1));
    assert_create_rejected("Plant", e, "Column 'nope' not found in table 'Plant'");
    quiver_element_destroy(e);

    e = qt_labelled("P1");
    qt_assert_ok(quiver_element_set_string(e, "label\" , \"kind", "x"));
    assert_create_rejected("Plant", e, "Column 'label\" , \"kind' not found in table 'Plant'");
    quiver_element_destroy(e);
}
END_TEST

typedef struct {
    const char *column;
    char kind; /* i integer, f float, s string */
    const char *message;
} type_case;

static const type_case scalar_type_cases[] = {
    {"unit_count", 'f',
     "Cannot create_element: type mismatch for column 'unit_count': expected INTEGER, got REAL"},
    {"capacity", 's', "Cannot create_element: type mismatch for column 'capacity': expected REAL, got TEXT"},
    {"kind", 'i', "Cannot create_element: type mismatch for column 'kind': expected TEXT, got INTEGER"},
    {"kind", 'f', "Cannot create_element: type mismatch for column 'kind': expected TEXT, got REAL"},
    {"date_start", 'i',
     "Cannot create_element: type mismatch for column 'date_start': expected DATE_TIME, got INTEGER"},
    {"date_start", 'f',
     "Cannot create_element: type mismatch for column 'date_start': expected DATE_TIME, got REAL"},
    {"region_id", 'f',
     "Cannot create_element: type mismatch for column 'region_id': expected INTEGER, got REAL"},
    {"label", 'i', "Cannot create_element: type mismatch for column 'label': expected TEXT, got INTEGER"},
    /* a string in an INTEGER column without a foreign key */
    {"unit_count", 's',
     "Cannot resolve attribute: 'unit_count' is INTEGER but received string '42' (not a foreign key)"},
};

static void set_kind(quiver_element_t *e, const char *name, char kind)
{
    if (kind == 'i')
        qt_assert_ok(quiver_element_set_integer(e, name, 42));
    else if (kind == 'f')
        qt_assert_ok(quiver_element_set_float(e, name, 42.0));
    else
        qt_assert_ok(quiver_element_set_string(e, name, "42"));
}

START_TEST(scalar_type_mismatch)
{
    const type_case *c = &scalar_type_cases[_i];
    quiver_element_t *e = qt_labelled("P1");
    set_kind(e, c->column, c->kind);
    assert_create_rejected("Plant", e, c->message);
    quiver_element_destroy(e);
}
END_TEST

static const type_case array_type_cases[] = {
    {"costs", 's', "Cannot create_element: type mismatch for array 'costs' index 1: expected REAL, got TEXT"},
    {"cost_year", 'f',
     "Cannot create_element: type mismatch for array 'cost_year' index 1: expected INTEGER, got REAL"},
    {"tag", 'i', "Cannot create_element: type mismatch for array 'tag' index 1: expected TEXT, got INTEGER"},
    {"tag", 'f', "Cannot create_element: type mismatch for array 'tag' index 1: expected TEXT, got REAL"},
    {"date_time", 'i',
     "Cannot create_element: type mismatch for array 'date_time' index 1: expected DATE_TIME, got INTEGER"},
    {"cost_year", 's',
     "Cannot resolve attribute: 'cost_year' is INTEGER but received string '42' (not a foreign key)"},
};

/* Array @p name with a NULL first cell (always accepted) and a value of @p kind second. */
static void set_array_kind(quiver_element_t *e, const char *name, char kind)
{
    const uint8_t mask[] = {0, 1};
    const int64_t ints[] = {0, 42};
    const double floats[] = {0, 42.0};
    const char *const strings[] = {NULL, "42"};
    if (kind == 'i')
        qt_assert_ok(quiver_element_set_array_integer(e, name, ints, 2, mask));
    else if (kind == 'f')
        qt_assert_ok(quiver_element_set_array_float(e, name, floats, 2, mask));
    else
        qt_assert_ok(quiver_element_set_array_string(e, name, strings, 2, NULL));
}

START_TEST(array_type_mismatch)
{
    const type_case *c = &array_type_cases[_i];
    quiver_element_t *e = qt_labelled("P1");
    set_array_kind(e, c->column, c->kind);
    assert_create_rejected("Plant", e, c->message);
    quiver_element_destroy(e);
}
END_TEST

/* With two faults, the one the original meets first is reported: relation resolution (scalars,
 * then arrays) -> scalar columns and types -> routing -> group tables in name order. */
static quiver_element_t *two_faults(int which)
{
    const double floats[] = {1, 2};
    const int64_t ints[] = {1};
    const char *const text[] = {"x"};
    const char *const nowhere[] = {"Nowhere"};
    quiver_element_t *e = qt_labelled("P1");
    switch (which) {
    case 0: /* scalar type vs. array label */
        qt_assert_ok(quiver_element_set_float(e, "unit_count", 1.5));
        qt_assert_ok(quiver_element_set_array_string(e, "region_served", nowhere, 1, NULL));
        break;
    case 1: /* unknown scalar vs. unroutable array */
        qt_assert_ok(quiver_element_set_integer(e, "nope", 1));
        qt_assert_ok(quiver_element_set_array_float(e, "aaa", floats, 1, NULL));
        break;
    case 2: /* array type fault vs. an unroutable array later by name */
        qt_assert_ok(quiver_element_set_array_string(e, "costs", text, 1, NULL));
        qt_assert_ok(quiver_element_set_array_float(e, "zzz", floats, 1, NULL));
        break;
    case 3: /* a vector length fault vs. a set type fault in an earlier table */
        qt_assert_ok(quiver_element_set_array_float(e, "costs", floats, 2, NULL));
        qt_assert_ok(quiver_element_set_array_integer(e, "cost_year", ints, 1, NULL));
        qt_assert_ok(quiver_element_set_array_integer(e, "tag", ints, 1, NULL));
        break;
    default: /* unresolvable scalar label vs. a string in a plain INTEGER array */
        qt_assert_ok(quiver_element_set_string(e, "region_id", "Nowhere"));
        qt_assert_ok(quiver_element_set_array_string(e, "cost_year", text, 1, NULL));
        break;
    }
    return e;
}

static const char *const two_fault_messages[] = {
    "Failed to resolve label 'Nowhere' to ID in table 'Region'",
    "Column 'nope' not found in table 'Plant'",
    "Cannot create_element: array 'zzz' does not match any vector, set, or time series table in collection "
    "'Plant'",
    "Cannot create_element: type mismatch for array 'tag' index 0: expected TEXT, got INTEGER",
    "Failed to resolve label 'Nowhere' to ID in table 'Region'",
};

START_TEST(order_of_checks)
{
    quiver_element_t *e = two_faults(_i);
    assert_create_rejected("Plant", e, two_fault_messages[_i]);
    quiver_element_destroy(e);
}
END_TEST

START_TEST(sqlite_constraints)
{
    quiver_element_t *e = qt_element();
    qt_assert_ok(quiver_element_set_null(e, "label"));
    assert_create_rejected("Plant", e,
                           "Failed to execute statement: NOT NULL constraint failed: Plant.label");
    quiver_element_destroy(e);

    qt_create_labelled(db, "Plant", "P1");
    e = qt_labelled("  P1 ");
    assert_create_rejected("Plant", e, "Failed to execute statement: UNIQUE constraint failed: Plant.label");
    quiver_element_destroy(e);

    e = qt_labelled("P2");
    qt_assert_ok(quiver_element_set_integer(e, "region_id", 99));
    assert_create_rejected("Plant", e, "Failed to execute statement: FOREIGN KEY constraint failed");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(scalar_relation_by_label)
{
    quiver_element_t *e = qt_labelled("P1");
    qt_create_labelled(db, "Region", "North");
    qt_create_labelled(db, "Region", "South");
    qt_assert_ok(quiver_element_set_string(e, "region_id", "  South\t"));
    ck_assert_int_eq(create("Plant", e), 1);
    quiver_element_destroy(e);

    e = qt_labelled("P2");
    qt_assert_ok(quiver_element_set_string(e, "plant_backup", "P1"));
    qt_assert_ok(quiver_element_set_integer(e, "region_id", 1)); /* an integer is stored as given */
    create("Plant", e);
    ck_assert_str_eq(qt_rows(path, "SELECT label, region_id, plant_backup FROM Plant ORDER BY id"),
                     "P1|2|NULL;P2|1|1");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(scalar_relation_errors)
{
    quiver_element_t *e = qt_labelled("P1");
    qt_create_labelled(db, "Region", "North");
    qt_assert_ok(quiver_element_set_string(e, "region_id", "West "));
    assert_create_rejected("Plant", e, "Failed to resolve label 'West ' to ID in table 'Region'");
    /* a numeric string is a label, not an id */
    qt_assert_ok(quiver_element_set_string(e, "region_id", "1"));
    assert_create_rejected("Plant", e, "Failed to resolve label '1' to ID in table 'Region'");
    /* the element's own label does not exist yet */
    qt_assert_ok(quiver_element_set_null(e, "region_id"));
    qt_assert_ok(quiver_element_set_string(e, "plant_backup", "P1"));
    assert_create_rejected("Plant", e, "Failed to resolve label 'P1' to ID in table 'Plant'");
    quiver_element_destroy(e);
}
END_TEST

/* The label lookup names the target as the schema declares it; a missing target is SQLite's error. */
START_TEST(relation_to_missing_table)
{
    quiver_database_t *dangling = qt_open_schema("valid/writes_dangling_fk.sql");
    quiver_element_t *e = qt_labelled("P1");
    int64_t id = -2;
    qt_assert_ok(quiver_element_set_string(e, "ghost_id", "boo"));
    qt_assert_error(quiver_database_create_element(dangling, "Plant", e, &id),
                    "Failed to prepare statement: no such table: Ghost");
    ck_assert_int_eq(id, -2);
    quiver_database_close(dangling);
    quiver_element_destroy(e);
}
END_TEST

START_TEST(vector_arrays)
{
    quiver_element_t *e = qt_labelled("P1");
    const double costs[] = {1.5, 0, 3.5};
    const uint8_t mask[] = {1, 0, 1};
    const int64_t years[] = {2020, 2021, 2022};
    qt_assert_ok(quiver_element_set_array_float(e, "costs", costs, 3, mask));
    qt_assert_ok(quiver_element_set_array_integer(e, "cost_year", years, 3, NULL));
    create("Plant", e);
    ck_assert_str_eq(qt_rows(path, "SELECT id, vector_index, costs, cost_year FROM Plant_vector_costs "
                                   "ORDER BY vector_index"),
                     "1|1|1.5|2020;1|2|NULL|2021;1|3|3.5|2022");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(set_arrays)
{
    quiver_element_t *e = qt_labelled("P1");
    const char *const owners[] = {"ann", "bob"};
    const double shares[] = {0.25, 0.75};
    qt_assert_ok(quiver_element_set_array_string(e, "owner", owners, 2, NULL));
    qt_assert_ok(quiver_element_set_array_float(e, "share", shares, 2, NULL));
    create("Plant", e);
    ck_assert_str_eq(qt_rows(path, "SELECT id, owner, share FROM Plant_set_owners ORDER BY owner"),
                     "1|ann|0.25;1|bob|0.75");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(set_duplicate_rolls_back)
{
    quiver_element_t *e = qt_labelled("P1");
    const char *const tags[] = {"a", " a"};
    qt_assert_ok(quiver_element_set_array_string(e, "tag", tags, 2, NULL));
    assert_create_rejected(
        "Plant", e,
        "Failed to execute statement: UNIQUE constraint failed: Plant_set_tags.id, Plant_set_tags.tag");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(array_relations_by_label)
{
    quiver_element_t *e = qt_labelled("P3");
    const char *const regions[] = {"South", " North"};
    qt_create_labelled(db, "Region", "North");
    qt_create_labelled(db, "Region", "South");
    qt_create_labelled(db, "Plant", "P1");
    qt_create_labelled(db, "Plant", "P2");
    qt_assert_ok(quiver_element_set_array_string(e, "region_served", regions, 2, NULL));
    create("Plant", e);
    ck_assert_str_eq(qt_rows(path, "SELECT id, region_served FROM Plant_set_regions ORDER BY region_served"),
                     "3|1;3|2");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(array_relation_errors)
{
    quiver_element_t *e = qt_labelled("P1");
    const char *const regions[] = {"North", "Nowhere"};
    qt_create_labelled(db, "Region", "North");
    qt_assert_ok(quiver_element_set_array_string(e, "region_served", regions, 2, NULL));
    assert_create_rejected("Plant", e, "Failed to resolve label 'Nowhere' to ID in table 'Region'");
    quiver_element_destroy(e);

    /* a self relation by the element's own label cannot resolve during its creation */
    e = qt_labelled("P1");
    const char *const self[] = {"P1"};
    qt_assert_ok(quiver_element_set_array_string(e, "plant_link", self, 1, NULL));
    assert_create_rejected("Plant", e, "Failed to resolve label 'P1' to ID in table 'Plant'");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(empty_arrays_are_ignored)
{
    quiver_element_t *e = qt_labelled("P1");
    qt_assert_ok(quiver_element_set_array_float(e, "costs", NULL, 0, NULL));
    qt_assert_ok(quiver_element_set_array_string(e, "no_such_array", NULL, 0, NULL));
    qt_assert_ok(quiver_element_set_array_integer(e, "segments", NULL, 0, NULL));
    ck_assert_int_eq(create("Plant", e), 1);
    ck_assert_str_eq(qt_rows(path, "SELECT count(*) FROM Plant_vector_costs"), "0");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(unroutable_arrays)
{
    const double one[] = {1.0};
    const char *const file[] = {"out.csv"};
    quiver_element_t *e = qt_labelled("P1");
    qt_assert_ok(quiver_element_set_array_float(e, "nope", one, 1, NULL));
    assert_create_rejected(
        "Plant", e,
        "Cannot create_element: array 'nope' does not match any vector, set, or time series table in "
        "collection 'Plant'");
    quiver_element_destroy(e);

    /* the collection table itself and the files table never match */
    e = qt_labelled("P1");
    qt_assert_ok(quiver_element_set_array_float(e, "capacity", one, 1, NULL));
    assert_create_rejected(
        "Plant", e,
        "Cannot create_element: array 'capacity' does not match any vector, set, or time series table "
        "in collection 'Plant'");
    quiver_element_destroy(e);
    e = qt_labelled("P1");
    qt_assert_ok(quiver_element_set_array_string(e, "output_file", file, 1, NULL));
    assert_create_rejected(
        "Plant", e,
        "Cannot create_element: array 'output_file' does not match any vector, set, or time series "
        "table in collection 'Plant'");
    quiver_element_destroy(e);

    /* hostile array names are only ever compared with the schema */
    e = qt_labelled("P1");
    qt_assert_ok(quiver_element_set_array_float(e, "costs\"); DROP TABLE Plant; --", one, 1, NULL));
    assert_create_rejected("Plant", e,
                           "Cannot create_element: array 'costs\"); DROP TABLE Plant; --' does not match any "
                           "vector, set, or time series table in collection 'Plant'");
    quiver_element_destroy(e);
}
END_TEST

/* An array named like a vector group targets it even without such a column. */
START_TEST(vector_group_name_without_column)
{
    const double sizes[] = {1.0};
    quiver_element_t *e = qt_labelled("P1");
    qt_assert_ok(quiver_element_set_array_float(e, "segments", sizes, 1, NULL));
    assert_create_rejected("Plant", e, "Column 'segments' not found in table 'Plant_vector_segments'");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(same_length_required)
{
    const double two[] = {1.0, 2.0};
    const int64_t three[] = {1, 2, 3};
    const char *const owners[] = {"a", "b", "c"};
    const char *const dates[] = {"2024-01-01", "2024-02-01"};
    quiver_element_t *e = qt_labelled("P1");
    qt_assert_ok(quiver_element_set_array_float(e, "costs", two, 2, NULL));
    qt_assert_ok(quiver_element_set_array_integer(e, "cost_year", three, 3, NULL));
    assert_create_rejected(
        "Plant", e,
        "Cannot create_element: vector columns in table 'Plant_vector_costs' must have the same length");
    quiver_element_clear(e);
    qt_assert_ok(quiver_element_set_string(e, "label", "P1"));
    qt_assert_ok(quiver_element_set_array_string(e, "owner", owners, 3, NULL));
    qt_assert_ok(quiver_element_set_array_float(e, "share", two, 2, NULL));
    assert_create_rejected(
        "Plant", e,
        "Cannot create_element: set columns in table 'Plant_set_owners' must have the same length");
    quiver_element_clear(e);
    qt_assert_ok(quiver_element_set_string(e, "label", "P1"));
    qt_assert_ok(quiver_element_set_array_string(e, "date_time", dates, 2, NULL));
    qt_assert_ok(quiver_element_set_array_float(e, "output", two, 1, NULL));
    assert_create_rejected(
        "Plant", e,
        "Cannot create_element: time series columns in table 'Plant_time_series_output' must have the "
        "same length");
    quiver_element_destroy(e);
}
END_TEST

/* A time-series array fans out through the shared date_time dimension. */
START_TEST(time_series_arrays)
{
    const char *const dates[] = {"2024-01-01T00:00:00", " 2024-02-01T00:00:00 ", "hello"};
    const double output[] = {1.5, 0, 3.0};
    const uint8_t mask[] = {1, 0, 1};
    const char *const status[] = {"ok", NULL, "bad"};
    quiver_element_t *e = qt_labelled("P1");
    qt_assert_ok(quiver_element_set_array_string(e, "date_time", dates, 3, NULL));
    qt_assert_ok(quiver_element_set_array_float(e, "output", output, 3, mask));
    qt_assert_ok(quiver_element_set_array_string(e, "status", status, 3, NULL));
    create("Plant", e);
    ck_assert_str_eq(qt_rows(path, "SELECT id, date_time, output, status FROM Plant_time_series_output "
                                   "ORDER BY date_time"),
                     "1|2024-01-01T00:00:00|1.5|ok;1|2024-02-01T00:00:00|NULL|NULL;1|hello|3.0|bad");
    ck_assert_str_eq(
        qt_rows(path, "SELECT id, date_time, price FROM Plant_time_series_prices ORDER BY date_time"),
        "1|2024-01-01T00:00:00|NULL;1|2024-02-01T00:00:00|NULL;1|hello|NULL");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(time_series_without_dimension)
{
    const double output[] = {1.5};
    quiver_element_t *e = qt_labelled("P1");
    qt_assert_ok(quiver_element_set_array_float(e, "output", output, 1, NULL));
    assert_create_rejected(
        "Plant", e,
        "Failed to execute statement: NOT NULL constraint failed: Plant_time_series_output.date_time");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(time_series_duplicate_key)
{
    const char *const dates[] = {"2024-01-01", "2024-01-01 "};
    quiver_element_t *e = qt_labelled("P1");
    qt_assert_ok(quiver_element_set_array_string(e, "date_time", dates, 2, NULL));
    assert_create_rejected(
        "Plant", e,
        "Failed to execute statement: UNIQUE constraint failed: Plant_time_series_output.id, "
        "Plant_time_series_output.date_time");
    quiver_element_destroy(e);
}
END_TEST

/* A relation column shared by a vector and a set group: written to both, with a warning. */
START_TEST(ambiguous_routing_writes_all)
{
    const char *log_path = qt_temp_path("create.log");
    const char *const links[] = {"P1", "P2"};
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *logged = NULL;
    qt_create_labelled(db, "Plant", "P1");
    qt_create_labelled(db, "Plant", "P2");
    setenv("QUIVER_LOG_FILE", log_path, 1);
    qt_assert_ok(quiver_database_open(path, &options, &logged));
    unsetenv("QUIVER_LOG_FILE");

    quiver_element_t *e = qt_labelled("P3");
    qt_assert_ok(quiver_element_set_array_string(e, "plant_link", links, 2, NULL));
    int64_t id = -1;
    qt_assert_ok(quiver_database_create_element(logged, "Plant", e, &id));
    ck_assert_int_eq(id, 3);
    quiver_database_close(logged);
    ck_assert_str_eq(
        qt_rows(path, "SELECT id, vector_index, plant_link, link_weight FROM Plant_vector_links"),
        "3|1|1|NULL;3|2|2|NULL");
    ck_assert_str_eq(qt_rows(path, "SELECT id, plant_link FROM Plant_set_partners ORDER BY plant_link"),
                     "3|1;3|2");

    FILE *log = fopen(log_path, "r");
    char line[1024];
    int found = 0;
    ck_assert_ptr_nonnull(log);
    while (fgets(line, sizeof line, log))
        found |=
            strstr(line, "[warning] create_element: array 'plant_link' matches 2 group tables "
                         "(Plant_set_partners, Plant_vector_links) and will be written to all of them; use "
                         "update_vector_group/update_set_group to target one group\n") != NULL;
    fclose(log);
    ck_assert_msg(found, "warning not logged");
    quiver_element_destroy(e);
}
END_TEST

/* 1 when the file @p log_path has a line containing @p text. */
static int log_has(const char *log_path, const char *text)
{
    FILE *log = fopen(log_path, "r");
    char line[1024];
    int found = 0;
    if (log == NULL)
        return 0;
    while (fgets(line, sizeof line, log))
        found |= strstr(line, text) != NULL;
    fclose(log);
    return found;
}

/* §10.1: the fan-out warning belongs to step 8 (writing the arrays), so a call
 * rejected in an earlier step, by the early validation (§18.5) or by the
 * element INSERT, logs none. */
START_TEST(ambiguous_warning_only_when_arrays_are_written)
{
    const char *log_path = qt_temp_path("create_warning.log");
    const char *const links[] = {"P1"};
    const char *warning = "create_element: array 'plant_link' matches 2 group tables";
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *logged = NULL;
    qt_create_labelled(db, "Plant", "P1");
    setenv("QUIVER_LOG_FILE", log_path, 1);
    qt_assert_ok(quiver_database_open(path, &options, &logged));
    unsetenv("QUIVER_LOG_FILE");

    quiver_element_t *e = qt_labelled("P2");
    qt_assert_ok(quiver_element_set_array_string(e, "plant_link", links, 1, NULL));
    qt_assert_ok(quiver_element_set_integer(e, "nope", 1));
    int64_t id = -42;
    qt_assert_error(quiver_database_create_element(logged, "Plant", e, &id),
                    "Column 'nope' not found in table 'Plant'");
    ck_assert_msg(!log_has(log_path, warning), "warning logged by a call rejected in step 5");

    qt_assert_ok(quiver_element_clear(e));
    qt_assert_ok(quiver_element_set_string(e, "label", "P1"));
    qt_assert_ok(quiver_element_set_array_string(e, "plant_link", links, 1, NULL));
    qt_assert_error(quiver_database_create_element(logged, "Plant", e, &id),
                    "Failed to execute statement: UNIQUE constraint failed: Plant.label");
    ck_assert_msg(!log_has(log_path, warning), "warning logged by a call rejected in step 7");
    ck_assert_int_eq(id, -42);

    qt_assert_ok(quiver_element_set_string(e, "label", "P2"));
    qt_assert_ok(quiver_database_create_element(logged, "Plant", e, &id));
    ck_assert_msg(log_has(log_path, warning), "warning not logged when the arrays are written");
    quiver_database_close(logged);
    quiver_element_destroy(e);
}
END_TEST

/* full.sql: date_time fans out to three time-series groups, block reaches only
 * the two-dimension group, fuel_used is a relation resolved by label. */
START_TEST(time_series_fan_out_and_relation)
{
    quiver_database_t *full = qt_file_schema("valid/full.sql", "full.db");
    const char *full_path = qt_temp_path("full.db");
    const char *const dates[] = {"2025-01-01T00:00:00", "2025-01-02T00:00:00"};
    const int64_t blocks[] = {1, 2};
    const char *const fuels[] = {"Gas", "Coal"};
    const double shares[] = {0.5, 1};
    int64_t id = -1;
    quiver_element_t *fuel = qt_labelled("Coal");
    qt_assert_ok(quiver_database_create_element(full, "Fuel", fuel, &id));
    quiver_element_destroy(fuel);
    fuel = qt_labelled("Gas");
    qt_assert_ok(quiver_database_create_element(full, "Fuel", fuel, &id));
    quiver_element_destroy(fuel);

    quiver_element_t *e = qt_labelled("U1");
    qt_assert_ok(quiver_element_set_array_string(e, "date_time", dates, 2, NULL));
    qt_assert_ok(quiver_element_set_array_integer(e, "block", blocks, 2, NULL));
    qt_assert_ok(quiver_element_set_array_string(e, "fuel_used", fuels, 2, NULL));
    qt_assert_ok(quiver_element_set_array_float(e, "fuel_share", shares, 2, NULL));
    qt_assert_ok(quiver_database_create_element(full, "Unit", e, &id));
    ck_assert_int_eq(id, 1);
    quiver_database_close(full);
    ck_assert_str_eq(qt_rows(full_path,
                             "SELECT date_time, block, availability FROM Unit_time_series_availability "
                             "ORDER BY date_time"),
                     "2025-01-01T00:00:00|1|NULL;2025-01-02T00:00:00|2|NULL");
    ck_assert_str_eq(qt_rows(full_path,
                             "SELECT date_time, fuel_used, fuel_share FROM Unit_time_series_fuel_mix "
                             "ORDER BY date_time"),
                     "2025-01-01T00:00:00|2|0.5;2025-01-02T00:00:00|1|1.0");
    ck_assert_str_eq(qt_rows(full_path, "SELECT count(*) FROM Unit_time_series_generation"), "2");
    quiver_element_destroy(e);
}
END_TEST

START_TEST(schema_error_is_reported)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *empty = NULL;
    quiver_element_t *e = qt_labelled("P1");
    int64_t id = -3;
    qt_assert_ok(quiver_database_open(qt_temp_path("empty.db"), &options, &empty));
    qt_assert_error(quiver_database_create_element(empty, "Plant", e, &id),
                    "Failed to validate schema: Schema must have a 'Configuration' table");
    ck_assert_int_eq(id, -3);
    quiver_database_close(empty);
    quiver_element_destroy(e);
}
END_TEST

START_TEST(read_only_handle)
{
    quiver_database_options_t options = qt_quiet_options();
    quiver_database_t *reader = NULL;
    quiver_element_t *e = qt_labelled("P1");
    int64_t id = -3;
    options.read_only = 1;
    qt_assert_ok(quiver_database_open(path, &options, &reader));
    char *before = qt_dump(path);
    qt_assert_error(quiver_database_create_element(reader, "Plant", e, &id),
                    "Failed to execute statement: attempt to write a readonly database");
    ck_assert_int_eq(id, -3);
    int active = -1;
    qt_assert_ok(quiver_database_in_transaction(reader, &active));
    ck_assert_int_eq(active, 0);
    char *after = qt_dump(path);
    ck_assert_str_eq(after, before);
    free(before);
    free(after);
    quiver_database_close(reader);
    quiver_element_destroy(e);
}
END_TEST

/* Outside a transaction a failing group write leaves no element row behind. */
START_TEST(atomic_outside_transaction)
{
    const char *const tags[] = {"x", "x"};
    quiver_element_t *e = qt_labelled("P1");
    qt_assert_ok(quiver_element_set_integer(e, "unit_count", 3));
    qt_assert_ok(quiver_element_set_array_string(e, "tag", tags, 2, NULL));
    assert_create_rejected(
        "Plant", e,
        "Failed to execute statement: UNIQUE constraint failed: Plant_set_tags.id, Plant_set_tags.tag");
    int active = -1;
    qt_assert_ok(quiver_database_in_transaction(db, &active));
    ck_assert_int_eq(active, 0);
    quiver_element_destroy(e);
}
END_TEST

/* Elements that each fail one pre-write check, with a valid label and scalars. */
static quiver_element_t *faulty_element(int which)
{
    const double two[] = {1, 2};
    const double one[] = {1};
    const int64_t year[] = {2020};
    const char *const bad_link[] = {"P9"};
    const char *const text[] = {"x"};
    quiver_element_t *e = qt_labelled("Px");
    qt_assert_ok(quiver_element_set_float(e, "capacity", 5));
    qt_assert_ok(quiver_element_set_array_float(e, "costs", one, 1, NULL));
    switch (which) {
    case 0:
        qt_assert_ok(quiver_element_set_array_float(e, "nope", one, 1, NULL));
        break;
    case 1:
        qt_assert_ok(quiver_element_set_array_string(e, "link_weight", text, 1, NULL));
        break;
    case 2:
        qt_assert_ok(quiver_element_set_array_float(e, "cost_year", two, 2, NULL));
        break;
    case 3:
        qt_assert_ok(quiver_element_set_array_float(e, "costs", two, 2, NULL));
        qt_assert_ok(quiver_element_set_array_integer(e, "cost_year", year, 1, NULL));
        break;
    case 4:
        qt_assert_ok(quiver_element_set_array_string(e, "plant_link", bad_link, 1, NULL));
        break;
    case 5:
        qt_assert_ok(quiver_element_set_array_float(e, "segments", one, 1, NULL));
        break;
    default:
        qt_assert_ok(quiver_element_set_string(e, "plant_backup", "P9"));
        break;
    }
    return e;
}

static const char *const faulty_messages[] = {
    "Cannot create_element: array 'nope' does not match any vector, set, or time series table in collection "
    "'Plant'",
    "Cannot create_element: type mismatch for array 'link_weight' index 0: expected REAL, got TEXT",
    "Cannot create_element: type mismatch for array 'cost_year' index 0: expected INTEGER, got REAL",
    "Cannot create_element: vector columns in table 'Plant_vector_costs' must have the same length",
    "Failed to resolve label 'P9' to ID in table 'Plant'",
    "Column 'segments' not found in table 'Plant_vector_segments'",
    "Failed to resolve label 'P9' to ID in table 'Plant'",
};

/* §18.5: inside a caller's transaction a rejected call writes nothing, so
 * committing keeps only the good work. */
START_TEST(rejected_inside_transaction_writes_nothing)
{
    quiver_element_t *good = qt_labelled("P1");
    const double costs[] = {7};
    qt_assert_ok(quiver_element_set_array_float(good, "costs", costs, 1, NULL));
    qt_assert_ok(quiver_database_begin_transaction(db));
    ck_assert_int_eq(create("Plant", good), 1);
    for (int i = 0; i < 7; ++i) {
        quiver_element_t *e = faulty_element(i);
        int64_t id = -9;
        qt_assert_error(quiver_database_create_element(db, "Plant", e, &id), faulty_messages[i]);
        ck_assert_int_eq(id, -9);
        quiver_element_destroy(e);
    }
    int active = 0;
    qt_assert_ok(quiver_database_in_transaction(db, &active));
    ck_assert_int_eq(active, 1);
    qt_assert_ok(quiver_database_commit(db));
    ck_assert_str_eq(qt_rows(path, "SELECT id, label, capacity FROM Plant"), "1|P1|NULL");
    ck_assert_str_eq(qt_rows(path, "SELECT id, vector_index, costs FROM Plant_vector_costs"), "1|1|7.0");
    ck_assert_str_eq(qt_rows(path, "SELECT count(*) FROM Plant_vector_links"), "0");
    ck_assert_str_eq(qt_rows(path, "SELECT count(*) FROM Plant_set_partners"), "0");
    quiver_element_destroy(good);
}
END_TEST

/* The same checks outside a transaction: each message, nothing written. */
START_TEST(rejected_outside_transaction)
{
    quiver_element_t *e = faulty_element(_i);
    assert_create_rejected("Plant", e, faulty_messages[_i]);
    quiver_element_destroy(e);
}
END_TEST

START_TEST(rejected_inside_dry_run_writes_nothing)
{
    qt_assert_ok(quiver_database_begin_dry_run(db));
    ck_assert_int_eq(qt_create_labelled(db, "Plant", "P1"), 1);
    quiver_element_t *e = faulty_element(3);
    int64_t id = -9;
    qt_assert_error(quiver_database_create_element(db, "Plant", e, &id), faulty_messages[3]);
    ck_assert_int_eq(id, -9);
    int active = 0;
    qt_assert_ok(quiver_database_in_dry_run(db, &active));
    ck_assert_int_eq(active, 1);
    qt_assert_ok(quiver_database_end_dry_run(db));
    ck_assert_str_eq(qt_rows(path, "SELECT count(*) FROM Plant"), "0");
    quiver_element_destroy(e);
}
END_TEST

/* A SQLite failure in a group write inside a caller's transaction leaves the
 * element row (c-api.md §10.1 atomicity); the caller rolls back. */
START_TEST(group_failure_inside_transaction)
{
    const char *const tags[] = {"x", "x"};
    quiver_element_t *e = qt_labelled("P1");
    int64_t id = -9;
    qt_assert_ok(quiver_element_set_array_string(e, "tag", tags, 2, NULL));
    qt_assert_ok(quiver_database_begin_transaction(db));
    qt_assert_error(
        quiver_database_create_element(db, "Plant", e, &id),
        "Failed to execute statement: UNIQUE constraint failed: Plant_set_tags.id, Plant_set_tags.tag");
    ck_assert_int_eq(id, -9);
    int active = 0;
    qt_assert_ok(quiver_database_in_transaction(db, &active));
    ck_assert_int_eq(active, 1);
    qt_assert_ok(quiver_database_rollback(db));
    ck_assert_str_eq(qt_rows(path, "SELECT count(*) FROM Plant"), "0");
    quiver_element_destroy(e);
}
END_TEST

/* A successful call leaves the last error alone; the element can be reused. */
START_TEST(success_keeps_last_error_and_element)
{
    quiver_element_t *e = qt_labelled("P1");
    int64_t id = -1;
    qt_assert_error(quiver_database_create_element(db, "Nope", e, &id),
                    "Cannot create_element: collection not found: Nope");
    qt_assert_ok(quiver_database_create_element(db, "Plant", e, &id));
    ck_assert_str_eq(quiver_get_last_error(), "Cannot create_element: collection not found: Nope");
    char *text = NULL;
    qt_assert_ok(quiver_element_to_string(e, &text));
    ck_assert_str_eq(text, "Element {\n  scalars:\n    label: \"P1\"\n}");
    quiver_database_free_string(text);
    qt_assert_ok(quiver_element_set_string(e, "label", "P2"));
    ck_assert_int_eq(create("Plant", e), 2);
    quiver_element_destroy(e);
}
END_TEST

/* Many elements with arrays: every call reuses the cached statements. */
START_TEST(many_elements)
{
    enum { N = 300, M = 50 };
    double costs[M];
    int64_t years[M];
    for (int i = 0; i < M; ++i) {
        costs[i] = i * 0.5;
        years[i] = 2000 + i;
    }
    qt_assert_ok(quiver_database_begin_transaction(db));
    for (int i = 0; i < N; ++i) {
        char label[32];
        snprintf(label, sizeof label, "P%d", i);
        quiver_element_t *e = qt_labelled(label);
        qt_assert_ok(quiver_element_set_array_float(e, "costs", costs, M, NULL));
        qt_assert_ok(quiver_element_set_array_integer(e, "cost_year", years, M, NULL));
        ck_assert_int_eq(create("Plant", e), i + 1);
        quiver_element_destroy(e);
    }
    qt_assert_ok(quiver_database_commit(db));
    ck_assert_str_eq(qt_rows(path, "SELECT count(*), sum(costs), max(vector_index) FROM Plant_vector_costs"),
                     "15000|183750.0|50");
}
END_TEST

static Suite *create_suite(void)
{
    Suite *s = suite_create("create");
    TCase *tc = tcase_create("create_element");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, null_arguments);
    tcase_add_test(tc, scalars_of_every_type);
    tcase_add_test(tc, explicit_id);
    tcase_add_test(tc, text_values_are_trimmed);
    tcase_add_test(tc, integers_are_stored_as_real);
    tcase_add_test(tc, null_accepted_for_every_type);
    tcase_add_test(tc, collection_not_found);
    tcase_add_test(tc, needs_a_scalar);
    tcase_add_test(tc, unknown_scalar);
    tcase_add_loop_test(tc, scalar_type_mismatch, 0, sizeof scalar_type_cases / sizeof scalar_type_cases[0]);
    tcase_add_loop_test(tc, array_type_mismatch, 0, sizeof array_type_cases / sizeof array_type_cases[0]);
    tcase_add_loop_test(tc, order_of_checks, 0, 5);
    tcase_add_test(tc, sqlite_constraints);
    tcase_add_test(tc, scalar_relation_by_label);
    tcase_add_test(tc, scalar_relation_errors);
    tcase_add_test(tc, relation_to_missing_table);
    tcase_add_test(tc, vector_arrays);
    tcase_add_test(tc, set_arrays);
    tcase_add_test(tc, set_duplicate_rolls_back);
    tcase_add_test(tc, array_relations_by_label);
    tcase_add_test(tc, array_relation_errors);
    tcase_add_test(tc, empty_arrays_are_ignored);
    tcase_add_test(tc, unroutable_arrays);
    tcase_add_test(tc, vector_group_name_without_column);
    tcase_add_test(tc, same_length_required);
    tcase_add_test(tc, time_series_arrays);
    tcase_add_test(tc, time_series_without_dimension);
    tcase_add_test(tc, time_series_duplicate_key);
    tcase_add_test(tc, ambiguous_routing_writes_all);
    tcase_add_test(tc, ambiguous_warning_only_when_arrays_are_written);
    tcase_add_test(tc, time_series_fan_out_and_relation);
    tcase_add_test(tc, schema_error_is_reported);
    tcase_add_test(tc, read_only_handle);
    tcase_add_test(tc, atomic_outside_transaction);
    tcase_add_test(tc, rejected_inside_transaction_writes_nothing);
    tcase_add_loop_test(tc, rejected_outside_transaction, 0, 7);
    tcase_add_test(tc, rejected_inside_dry_run_writes_nothing);
    tcase_add_test(tc, group_failure_inside_transaction);
    tcase_add_test(tc, success_keeps_last_error_and_element);
    tcase_add_test(tc, many_elements);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return qt_run(create_suite());
}
