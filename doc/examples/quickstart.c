/*
 * quickstart: a first tour of the quiver C API.
 *
 * Creates a database from doc/examples/quickstart.sql, adds a few plants with
 * a vector (monthly output) and a set (fuels), runs parameterized queries and
 * prints what it did.  Every call is checked; on failure the program prints
 * quiver_get_last_error() and exits with status 1.
 *
 *   usage: quickstart [DATABASE [SCHEMA]]
 *
 * DATABASE defaults to quickstart.db in the current directory (an existing
 * file is replaced), SCHEMA to the quickstart.sql of the source tree.
 *
 * Build it by hand with:  cc quickstart.c $(pkg-config --cflags --libs quiver)
 */
#include <stdio.h>

#include <quiver/c/common.h>
#include <quiver/c/database.h>
#include <quiver/c/element.h>
#include <quiver/c/options.h>

#ifndef QUICKSTART_SCHEMA
#define QUICKSTART_SCHEMA "quickstart.sql"
#endif

struct plant {
    const char *label;
    double capacity;
    int64_t unit_count;
    const char *owner;
    double output[3];
    const char *fuels[2];
    int32_t fuel_count;
};

static const struct plant plants[] = {
    {"Riverside", 120.0, 2, "North Energy", {40.5, 38.0, 45.0}, {"gas", "oil"}, 2},
    {"Hilltop", 80.0, 1, "North Energy", {20.0, 22.5, 21.0}, {"coal"}, 1},
    {"Seaside", 200.0, 4, "Coastal Power", {70.0, 65.5, 72.0}, {"gas", "biomass"}, 2},
};

/* Reports a failed call; returns 1 when @p status is an error. */
static int failed(quiver_error_t status, const char *what)
{
    if (status == QUIVER_OK)
        return 0;
    fprintf(stderr, "quickstart: %s failed: %s\n", what, quiver_get_last_error());
    return 1;
}

/* Creates one plant: scalars, the "output" vector and the "fuel" set.  Arrays
 * are routed by column name, so "output" lands in Plant_vector_output and
 * "fuel" in Plant_set_fuels. */
static int create_plant(quiver_database_t *db, const struct plant *plant)
{
    quiver_element_t *element = NULL;
    int64_t id = 0;
    if (failed(quiver_element_create(&element), "quiver_element_create"))
        return 1;
    int error =
        failed(quiver_element_set_string(element, "label", plant->label), "set label") ||
        failed(quiver_element_set_float(element, "capacity", plant->capacity), "set capacity") ||
        failed(quiver_element_set_integer(element, "unit_count", plant->unit_count), "set unit_count") ||
        failed(quiver_element_set_string(element, "owner", plant->owner), "set owner") ||
        failed(quiver_element_set_array_float(element, "output", plant->output, 3, NULL), "set output") ||
        failed(quiver_element_set_array_string(element, "fuel", plant->fuels, plant->fuel_count, NULL),
               "set fuel") ||
        failed(quiver_database_create_element(db, "Plant", element, &id), "create_element");
    if (!error)
        printf("Created Plant '%s' (id %lld): capacity %.1f MW, 3 monthly outputs, %d fuel(s)\n",
               plant->label, (long long)id, plant->capacity, (int)plant->fuel_count);
    quiver_element_destroy(element);
    return error;
}

/* The configuration row every quiver database carries. */
static int create_configuration(quiver_database_t *db)
{
    quiver_element_t *element = NULL;
    int64_t id = 0;
    if (failed(quiver_element_create(&element), "quiver_element_create"))
        return 1;
    int error = failed(quiver_element_set_string(element, "label", "Quickstart study"), "set label") ||
                failed(quiver_database_create_element(db, "Configuration", element, &id), "create_element");
    if (!error)
        printf("Created Configuration 'Quickstart study' (id %lld)\n", (long long)id);
    quiver_element_destroy(element);
    return error;
}

/* Parameterized queries: each parameter is a type code plus a pointer to its
 * value (for strings, the string itself), bound to ?1, ?2, ... in order. */
static int run_queries(quiver_database_t *db)
{
    double min_capacity = 100.0;
    int count_types[] = {QUIVER_DATA_TYPE_FLOAT};
    const void *count_values[] = {&min_capacity};
    int64_t count = 0;
    int has_value = 0;
    if (failed(quiver_database_query_integer_params(db, "SELECT COUNT(*) FROM Plant WHERE capacity >= ?",
                                                    count_types, count_values, 1, &count, &has_value),
               "query_integer_params"))
        return 1;
    printf("Plants with capacity >= %.1f MW: %lld\n", min_capacity, (long long)count);

    const char *owner = "North Energy";
    int owner_types[] = {QUIVER_DATA_TYPE_STRING};
    const void *owner_values[] = {owner};
    char *largest = NULL;
    if (failed(quiver_database_query_string_params(
                   db, "SELECT label FROM Plant WHERE owner = ? ORDER BY capacity DESC LIMIT 1", owner_types,
                   owner_values, 1, &largest, &has_value),
               "query_string_params"))
        return 1;
    printf("Largest plant of %s: %s\n", owner, has_value ? largest : "(none)");
    quiver_database_free_string(largest);

    const char *fuel = "gas";
    int output_types[] = {QUIVER_DATA_TYPE_STRING};
    const void *output_values[] = {fuel};
    double total = 0.0;
    if (failed(quiver_database_query_float_params(db,
                                                  "SELECT SUM(v.output) FROM Plant_vector_output v"
                                                  " JOIN Plant_set_fuels f ON f.id = v.id WHERE f.fuel = ?",
                                                  output_types, output_values, 1, &total, &has_value),
               "query_float_params"))
        return 1;
    printf("Total output of plants burning %s: %.1f\n", fuel, has_value ? total : 0.0);
    return 0;
}

int main(int argc, char **argv)
{
    const char *db_path = argc > 1 ? argv[1] : "quickstart.db";
    const char *schema_path = argc > 2 ? argv[2] : QUICKSTART_SCHEMA;
    quiver_database_options_t options = quiver_database_options_default();
    options.console_level = QUIVER_LOG_WARN; /* keep the informational log off the console */

    quiver_database_t *db = NULL;
    if (failed(quiver_database_from_schema(db_path, schema_path, &options, &db),
               "quiver_database_from_schema"))
        return 1;
    printf("Created database %s\n", db_path);

    int error = create_configuration(db);
    for (size_t i = 0; !error && i < sizeof plants / sizeof plants[0]; ++i)
        error = create_plant(db, &plants[i]);
    if (!error)
        error = run_queries(db);

    quiver_database_close(db);
    return error ? 1 : 0;
}
