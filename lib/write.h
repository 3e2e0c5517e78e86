/*
 * Private interface of the element writes (c-api.md §10): the write plan that
 * validates an element against the schema before anything is written
 * (write_plan.c), array routing (routing.c), relation resolution
 * (relations.c) and the typing policy (typing.c).  write.c runs the plan.
 */
#ifndef QVI_WRITE_H
#define QVI_WRITE_H

#include "db.h"
#include "element.h"

/* --- write.c ----------------------------------------------------------- */

/* "Element not found: <id> in collection '<C>'" unless row @p id of @p collection
 * exists (c-api.md §10.2 step 4, §10.6 step 2; the group writers' check too). */
qv_status qvi_require_element(qv_db *db, const qvi_table *collection, int64_t id);

/* --- routing.c (§10.3) ------------------------------------------------- */

/* The group tables an array named @p name of @p collection routes to, in
 * routing order, written to @p out (room for the collection's prefixed range,
 * collection->prefixed_end - collection->prefixed_first entries, which holds
 * them all).  Returns their number (0: no match). */
size_t qvi_route_array(const qvi_schema *schema, const qvi_table *collection, const char *name,
                       const qvi_table **out);
/* The noun of the same-length message and the log ("vector", "set", "time series"). */
const char *qvi_group_noun(const qvi_table *table);

/* --- relations.c (§10.4) ----------------------------------------------- */

/* Resolves the string values among @p values, written to column @p column of
 * @p table: labels of the relation's target become ids.  *out_resolved is NULL
 * when nothing changes, else a new array (free()) of @p count values whose
 * other strings are borrowed from @p values.  Reads only. */
qv_status qvi_resolve_labels(qv_db *db, const qvi_table *table, const char *column, const qvi_value *values,
                             size_t count, qvi_value **out_resolved);

/* --- typing.c (§10.5) -------------------------------------------------- */

/* 1 when a value of kind @p value may be written to a column of type @p column:
 * NULL anywhere, an integer to INTEGER or REAL, a double to REAL, text to TEXT
 * or DATE_TIME.  The time-series writers share it (their messages differ). */
int qvi_type_accepts(qv_data_type column, qv_data_type value);
/* "Cannot <op>: type mismatch for column '<c>': ..." when @p value does not fit @p column. */
qv_status qvi_check_scalar_type(qv_error *err, const char *op, const qvi_column *column,
                                const qvi_value *value);
/* The same for cell @p index of array @p column ("array '<c>' index <i>"). */
qv_status qvi_check_cell_type(qv_error *err, const char *op, const qvi_column *column, size_t index,
                              const qvi_value *value);
/* Binds @p value for @p column: integers for REAL columns as doubles, text trimmed.  SQLite's code. */
int qvi_bind_value(sqlite3_stmt *stmt, int index, const qvi_column *column, const qvi_value *value);

/* --- write_plan.c ------------------------------------------------------ */

/* A scalar of the element: its column (NULL when the collection has none of
 * that name) and its value after relation resolution (strings borrowed). */
typedef struct {
    const char *name;
    const qvi_column *column;
    qvi_value value;
} qvi_plan_scalar;

/* An array of the element, with its cells after relation resolution. */
typedef struct {
    const qvi_array *source;
    const qvi_value *cells;        /* source->cells or resolved */
    qvi_value *resolved;           /* owned, NULL when nothing was resolved */
    const qvi_table *first_target; /* first table it routes to, NULL when none */
    char *fan_out;                 /* owned warning text when it routes to several tables, else NULL */
} qvi_plan_array;

/* One array written to one table. */
typedef struct {
    size_t table;             /* index into schema->tables */
    size_t array;             /* index into plan->arrays */
    const qvi_column *column; /* the array's column in that table; NULL for an empty array */
} qvi_plan_route;

/* A group table to write, with its routes (arrays in name order). */
typedef struct {
    const qvi_table *table;
    size_t first_route, route_count;
    size_t row_count;
} qvi_plan_table;

typedef struct {
    const char *op; /* "create_element" or "update_element" */
    const qvi_table *collection;
    qvi_plan_scalar *scalars;
    size_t scalar_count;
    qvi_plan_array *arrays;
    size_t array_count;
    qvi_plan_route *routes; /* sorted by table, then array */
    size_t route_count;
    qvi_plan_table *tables; /* in table-name order */
    size_t table_count;
} qvi_write_plan;

/* Checks @p element against @p collection and resolves its labels, in the
 * order of c-api.md §10.1 steps 4-5 and §10.3 (create: @p update 0, empty
 * arrays skipped; update: every array routed).  Reads only.  On failure the
 * message is in db->err and the plan is released. */
qv_status qvi_plan_build(qv_db *db, const qvi_schema *schema, const qvi_table *collection,
                         const qv_element *element, int update, qvi_write_plan *plan);
void qvi_plan_free(qvi_write_plan *plan);
/* Logs the warning of every array routed to several tables (§10.3 step 3): part
 * of writing the arrays, so called only once the element row is written. */
void qvi_plan_log_fan_out(qv_db *db, const qvi_write_plan *plan);

#endif
