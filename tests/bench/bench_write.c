/*
 * Write benchmark: element writes through libquiver_c against raw sqlite3
 * running the same INSERT/UPDATE/DELETE statements, prepared once and stepped
 * per row, with the same transactions:
 *
 *   "own txn"     no transaction is open, so every quiver call begins and
 *                 commits its own; the raw side wraps each element in
 *                 BEGIN ... COMMIT the same way.  N / 5 calls: each commit
 *                 creates and removes the journal file, which is slow and the
 *                 same on both sides.
 *   "caller txn"  the caller begins one transaction around all N calls
 *                 (quiver_database_begin_transaction / commit; raw BEGIN /
 *                 COMMIT), and the commit is timed too.
 *
 * Each element has four scalars (label, amount, weight, name), a vector of
 * VECTOR_LENGTH floats and a set of SET_SIZE strings.  Elements are built
 * before the clock starts: what is timed is the write call, not the builder.
 * Each side writes its own database file; both run with synchronous = OFF so
 * that commits measure the work, not the disk's flush latency.
 *
 * Usage: bench_write [elements] [rounds]   (defaults 500 and 5)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <quiver/c/element.h>

#include "bench_common.h"

enum { VECTOR_LENGTH = 10, SET_SIZE = 3, TEXT_SIZE = 32 };

static const char *schema_sql =
    "CREATE TABLE Configuration (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL) STRICT;"
    "CREATE TABLE Item (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL, amount INTEGER, weight REAL,"
    " name TEXT) STRICT;"
    "CREATE TABLE Item_vector_points (id INTEGER NOT NULL REFERENCES Item(id) ON DELETE CASCADE"
    " ON UPDATE CASCADE, vector_index INTEGER NOT NULL, point REAL, PRIMARY KEY (id, vector_index)) STRICT;"
    "CREATE TABLE Item_set_tags (id INTEGER NOT NULL REFERENCES Item(id) ON DELETE CASCADE"
    " ON UPDATE CASCADE, tag TEXT NOT NULL, UNIQUE (id, tag)) STRICT;"
    "INSERT INTO Configuration (id, label) VALUES (1, 'default');";

/* The values of element i (0-based; its id is i + 1), shared by both sides. */
typedef struct {
    char label[TEXT_SIZE], name[TEXT_SIZE];
    int64_t amount;
    double weight;
    double points[VECTOR_LENGTH];
    char tags[SET_SIZE][TEXT_SIZE];
    const char *tag_pointers[SET_SIZE];
} item_values;

typedef struct {
    int count; /* elements built */
    int calls; /* elements the current workload writes: count, or count / 5 with a commit per call */
    int caller_txn;
    item_values *values;
    quiver_element_t **created; /* every scalar, the vector and the set */
    quiver_element_t **updated; /* amount, weight, name, the vector and the set */

    quiver_database_t *db;
    sqlite3 *sqlite; /* the raw side's own file */
    sqlite3_stmt *insert_item, *insert_point, *insert_tag, *update_item, *delete_points, *delete_tags,
        *delete_item, *begin, *commit;
} bench;

static void make_values(bench *b)
{
    b->values = calloc((size_t)b->count, sizeof *b->values);
    if (b->values == NULL)
        bench_die("calloc", "values");
    for (int i = 0; i < b->count; ++i) {
        item_values *v = &b->values[i];
        snprintf(v->label, sizeof v->label, "Item %d", i + 1);
        snprintf(v->name, sizeof v->name, "name of item %d", i + 1);
        v->amount = (int64_t)i * 7;
        v->weight = i * 0.5;
        for (int k = 0; k < VECTOR_LENGTH; ++k)
            v->points[k] = i * 0.25 + k;
        for (int k = 0; k < SET_SIZE; ++k) {
            snprintf(v->tags[k], sizeof v->tags[k], "tag %d", (i + k) % 17);
            v->tag_pointers[k] = v->tags[k];
        }
    }
}

static quiver_element_t *make_element(const item_values *v, int with_label)
{
    quiver_element_t *e = NULL;
    bench_ok(quiver_element_create(&e), "element");
    if (with_label)
        bench_ok(quiver_element_set_string(e, "label", v->label), "element");
    bench_ok(quiver_element_set_integer(e, "amount", v->amount), "element");
    bench_ok(quiver_element_set_float(e, "weight", v->weight), "element");
    bench_ok(quiver_element_set_string(e, "name", v->name), "element");
    bench_ok(quiver_element_set_array_float(e, "point", v->points, VECTOR_LENGTH, NULL), "element");
    bench_ok(quiver_element_set_array_string(e, "tag", v->tag_pointers, SET_SIZE, NULL), "element");
    return e;
}

/* --- the raw side: the statements quiver runs, prepared once --------------------------------------- */

static void raw_prepare_statements(bench *b)
{
    sqlite3 *s = b->sqlite;
    b->insert_item =
        bench_sqlite_prepare(s, "INSERT INTO Item (amount, label, name, weight) VALUES (?, ?, ?, ?)");
    b->insert_point = bench_sqlite_prepare(s, "INSERT INTO Item_vector_points (id, vector_index, point) "
                                              "VALUES (?, ?, ?)");
    b->insert_tag = bench_sqlite_prepare(s, "INSERT INTO Item_set_tags (id, tag) VALUES (?, ?)");
    b->update_item = bench_sqlite_prepare(s, "UPDATE Item SET amount = ?, name = ?, weight = ? WHERE id = ?");
    b->delete_points = bench_sqlite_prepare(s, "DELETE FROM Item_vector_points WHERE id = ?");
    b->delete_tags = bench_sqlite_prepare(s, "DELETE FROM Item_set_tags WHERE id = ?");
    b->delete_item = bench_sqlite_prepare(s, "DELETE FROM Item WHERE id = ?");
    b->begin = bench_sqlite_prepare(s, "BEGIN");
    b->commit = bench_sqlite_prepare(s, "COMMIT");
}

static void raw_finalize_statements(bench *b)
{
    sqlite3_stmt *all[] = {b->insert_item, b->insert_point, b->insert_tag, b->update_item, b->delete_points,
                           b->delete_tags, b->delete_item,  b->begin,      b->commit};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; ++i)
        sqlite3_finalize(all[i]);
}

static void raw_points(bench *b, int64_t id, const item_values *v)
{
    for (int k = 0; k < VECTOR_LENGTH; ++k) {
        sqlite3_bind_int64(b->insert_point, 1, id);
        sqlite3_bind_int64(b->insert_point, 2, k + 1);
        sqlite3_bind_double(b->insert_point, 3, v->points[k]);
        bench_sqlite_done(b->sqlite, b->insert_point);
    }
}

static void raw_tags(bench *b, int64_t id, const item_values *v)
{
    for (int k = 0; k < SET_SIZE; ++k) {
        sqlite3_bind_int64(b->insert_tag, 1, id);
        sqlite3_bind_text(b->insert_tag, 2, v->tags[k], -1, SQLITE_STATIC);
        bench_sqlite_done(b->sqlite, b->insert_tag);
    }
}

/* BEGIN/COMMIT around one element unless the caller's transaction is open. */
static void raw_begin(bench *b, int per_call)
{
    if (per_call == !b->caller_txn)
        bench_sqlite_done(b->sqlite, b->begin);
}

static void raw_commit(bench *b, int per_call)
{
    if (per_call == !b->caller_txn)
        bench_sqlite_done(b->sqlite, b->commit);
}

static void raw_create(void *ctx)
{
    bench *b = ctx;
    raw_begin(b, 0);
    for (int i = 0; i < b->calls; ++i) {
        const item_values *v = &b->values[i];
        raw_begin(b, 1);
        sqlite3_bind_int64(b->insert_item, 1, v->amount);
        sqlite3_bind_text(b->insert_item, 2, v->label, -1, SQLITE_STATIC);
        sqlite3_bind_text(b->insert_item, 3, v->name, -1, SQLITE_STATIC);
        sqlite3_bind_double(b->insert_item, 4, v->weight);
        bench_sqlite_done(b->sqlite, b->insert_item);
        int64_t id = sqlite3_last_insert_rowid(b->sqlite);
        raw_points(b, id, v);
        raw_tags(b, id, v);
        raw_commit(b, 1);
    }
    raw_commit(b, 0);
}

static void raw_update(void *ctx)
{
    bench *b = ctx;
    raw_begin(b, 0);
    for (int i = 0; i < b->calls; ++i) {
        const item_values *v = &b->values[i];
        int64_t id = i + 1;
        raw_begin(b, 1);
        sqlite3_bind_int64(b->update_item, 1, v->amount);
        sqlite3_bind_text(b->update_item, 2, v->name, -1, SQLITE_STATIC);
        sqlite3_bind_double(b->update_item, 3, v->weight);
        sqlite3_bind_int64(b->update_item, 4, id);
        bench_sqlite_done(b->sqlite, b->update_item);
        sqlite3_bind_int64(b->delete_points, 1, id);
        bench_sqlite_done(b->sqlite, b->delete_points);
        raw_points(b, id, v);
        sqlite3_bind_int64(b->delete_tags, 1, id);
        bench_sqlite_done(b->sqlite, b->delete_tags);
        raw_tags(b, id, v);
        raw_commit(b, 1);
    }
    raw_commit(b, 0);
}

static void raw_vector_group(void *ctx)
{
    bench *b = ctx;
    raw_begin(b, 0);
    for (int i = 0; i < b->calls; ++i) {
        int64_t id = i + 1;
        raw_begin(b, 1);
        sqlite3_bind_int64(b->delete_points, 1, id);
        bench_sqlite_done(b->sqlite, b->delete_points);
        raw_points(b, id, &b->values[i]);
        raw_commit(b, 1);
    }
    raw_commit(b, 0);
}

static void raw_delete(void *ctx)
{
    bench *b = ctx;
    /* One statement per element, as quiver's delete (which opens no transaction of its own). */
    if (b->caller_txn)
        bench_sqlite_done(b->sqlite, b->begin);
    for (int i = 0; i < b->calls; ++i) {
        sqlite3_bind_int64(b->delete_item, 1, i + 1);
        bench_sqlite_done(b->sqlite, b->delete_item);
    }
    if (b->caller_txn)
        bench_sqlite_done(b->sqlite, b->commit);
}

/* --- the quiver side ------------------------------------------------------------------------------- */

static void quiver_begin(bench *b)
{
    if (b->caller_txn)
        bench_ok(quiver_database_begin_transaction(b->db), "begin_transaction");
}

static void quiver_commit(bench *b)
{
    if (b->caller_txn)
        bench_ok(quiver_database_commit(b->db), "commit");
}

static void quiver_create(void *ctx)
{
    bench *b = ctx;
    quiver_begin(b);
    for (int i = 0; i < b->calls; ++i) {
        int64_t id;
        bench_ok(quiver_database_create_element(b->db, "Item", b->created[i], &id), "create_element");
    }
    quiver_commit(b);
}

static void quiver_update(void *ctx)
{
    bench *b = ctx;
    quiver_begin(b);
    for (int i = 0; i < b->calls; ++i)
        bench_ok(quiver_database_update_element(b->db, "Item", i + 1, b->updated[i]), "update_element");
    quiver_commit(b);
}

static void quiver_vector_group(void *ctx)
{
    bench *b = ctx;
    static const char *const names[] = {"point"};
    static const int types[] = {QUIVER_DATA_TYPE_FLOAT};
    quiver_begin(b);
    for (int i = 0; i < b->calls; ++i) {
        const void *data[] = {b->values[i].points};
        bench_ok(quiver_database_update_vector_group(b->db, "Item", "points", i + 1, names, types, data, NULL,
                                                     1, VECTOR_LENGTH),
                 "update_vector_group");
    }
    quiver_commit(b);
}

static void quiver_delete(void *ctx)
{
    bench *b = ctx;
    quiver_begin(b);
    for (int i = 0; i < b->calls; ++i)
        bench_ok(quiver_database_delete_element(b->db, "Item", i + 1), "delete_element");
    quiver_commit(b);
}

/* --- starting states, set through the same SQL on either side's own connection --------------------- */

static void side_exec(const bench *b, int quiver_side, const char *sql)
{
    if (!quiver_side) {
        bench_sqlite_exec(b->sqlite, sql);
        return;
    }
    char *ignored = NULL;
    int has_value;
    bench_ok(quiver_database_query_string(b->db, sql, &ignored, &has_value), sql);
    quiver_database_free_string(ignored);
}

static void empty(void *ctx, int quiver_side)
{
    side_exec(ctx, quiver_side, "DELETE FROM Item");
}

/* Elements 1..count labelled as make_values() labels them, with other values in their columns,
 * vectors and sets, so that every update really changes them. */
static void filled(void *ctx, int quiver_side)
{
    bench *b = ctx;
    char sql[400];
    side_exec(b, quiver_side, "DELETE FROM Item");
    snprintf(sql, sizeof sql,
             "INSERT INTO Item (id, label, amount, weight, name) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
             "SELECT i + 1 FROM n WHERE i < %d) SELECT i, 'Item ' || i, -1, -1.0, 'old' FROM n",
             b->calls);
    side_exec(b, quiver_side, sql);
    snprintf(sql, sizeof sql,
             "WITH RECURSIVE k(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM k WHERE k < %d) "
             "INSERT INTO Item_vector_points (id, vector_index, point) SELECT id, k, -1.0 FROM Item, k",
             VECTOR_LENGTH);
    side_exec(b, quiver_side, sql);
    side_exec(b, quiver_side, "INSERT INTO Item_set_tags (id, tag) SELECT id, 'old tag' FROM Item");
}

int main(int argc, char **argv)
{
    int rounds = bench_init("bench_write", argc, argv, 2, 5, "bench_write [elements >= 1] [rounds >= 1]");
    bench b = {0};
    b.count = argc > 1 ? atoi(argv[1]) : 500;
    if (b.count < 1)
        bench_die("usage", "bench_write [elements >= 1] [rounds >= 1]");
    make_values(&b);
    b.created = malloc((size_t)b.count * sizeof *b.created);
    b.updated = malloc((size_t)b.count * sizeof *b.updated);
    if (b.created == NULL || b.updated == NULL)
        bench_die("malloc", "elements");
    for (int i = 0; i < b.count; ++i) {
        b.created[i] = make_element(&b.values[i], 1);
        b.updated[i] = make_element(&b.values[i], 0);
    }

    bench_scratch();
    const char *quiver_path = bench_path("quiver.db");
    const char *sqlite_path = bench_path("sqlite.db");
    sqlite3 *schema = bench_sqlite_open(quiver_path);
    bench_sqlite_exec(schema, schema_sql);
    sqlite3_close(schema);
    b.db = bench_quiver_open(quiver_path);
    b.sqlite = bench_sqlite_open(sqlite_path);
    bench_sqlite_exec(b.sqlite, schema_sql);
    side_exec(&b, 1, "PRAGMA synchronous = OFF");
    side_exec(&b, 0, "PRAGMA synchronous = OFF");
    raw_prepare_statements(&b);

    printf(
        "element writes of %d elements (%d scalars, %d-float vector, %d-string set), median of %d rounds\n",
        b.count, 4, VECTOR_LENGTH, SET_SIZE, rounds);
    static const bench_workload workloads[] = {
        {"create_element", empty, quiver_create, raw_create},
        {"update_element", filled, quiver_update, raw_update},
        {"update_vector_group", filled, quiver_vector_group, raw_vector_group},
        {"delete_element", filled, quiver_delete, raw_delete},
    };
    for (size_t w = 0; w < sizeof workloads / sizeof workloads[0]; ++w) {
        for (int txn = 0; txn < 2; ++txn) {
            b.caller_txn = txn;
            b.calls = txn ? b.count : (b.count + 4) / 5;
            const char *mode = !txn ? "own txn per call" : "caller txn";
            if (!txn && workloads[w].quiver == quiver_delete)
                mode = "no txn, autocommit"; /* delete_element opens none */
            char name[100];
            snprintf(name, sizeof name, "%s x%d (%s)", workloads[w].name, b.calls, mode);
            bench_workload named = workloads[w];
            named.name = name;
            bench_run(&named, &b, rounds);
        }
    }

    raw_finalize_statements(&b);
    sqlite3_close(b.sqlite);
    quiver_database_close(b.db);
    for (int i = 0; i < b.count; ++i) {
        quiver_element_destroy(b.created[i]);
        quiver_element_destroy(b.updated[i]);
    }
    free(b.created);
    free(b.updated);
    free(b.values);
    bench_cleanup();
    return EXIT_SUCCESS;
}
