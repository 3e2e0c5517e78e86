/*
 * The write plan of create_element / update_element: everything c-api.md
 * §10.1-10.5 would reject, checked before the first write (c-api.md §18.5) in
 * the order the original reports it, so a single fault gives the same message
 * and a rejected call writes nothing, even inside a caller's transaction:
 *
 *   relation resolution (scalars, then arrays, in name order)
 *   -> scalar columns and types -> routing -> per group table in name order:
 *      each array's column and cell types, then its length.
 *
 * The plan keeps what the writes need (columns, resolved values, the tables
 * with their arrays) so that no schema lookup happens per row.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "write.h"

void qvi_plan_free(qvi_write_plan *plan)
{
    for (size_t i = 0; i < plan->array_count; ++i) {
        free(plan->arrays[i].resolved);
        free(plan->arrays[i].fan_out);
    }
    free(plan->scalars);
    free(plan->arrays);
    free(plan->routes);
    free(plan->tables);
    memset(plan, 0, sizeof *plan);
}

static qv_status collect_scalars(qv_db *db, const qv_element *element, qvi_write_plan *plan)
{
    plan->scalars = calloc(element->scalar_count ? element->scalar_count : 1, sizeof *plan->scalars);
    if (plan->scalars == NULL)
        return qvi_out_of_memory(&db->err);
    for (size_t i = 0; i < element->scalar_count; ++i) {
        qvi_plan_scalar *s = &plan->scalars[i];
        s->name = element->scalars[i].name;
        s->column = qvi_table_column(plan->collection, s->name);
        s->value = element->scalars[i].value; /* a shallow copy: strings stay the element's */
    }
    plan->scalar_count = element->scalar_count;
    return QV_OK;
}

/* The fan-out warning of §10.3 step 3, kept until the arrays are written
 * (qvi_plan_log_fan_out): a call rejected before step 8 logs none.  Without
 * memory for it the warning is dropped; the write goes on. */
static char *fan_out_warning(const qvi_write_plan *plan, const char *name, const qvi_table **targets,
                             size_t count)
{
    qvi_buf text = QVI_BUF_INIT;
    qvi_buf_appendf(&text, "%s: array '%s' matches %zu group tables (", plan->op, name, count);
    for (size_t i = 0; i < count; ++i) {
        if (i)
            qvi_buf_append(&text, ", ");
        qvi_buf_append(&text, targets[i]->name);
    }
    qvi_buf_append(&text, ") and will be written to all of them; "
                          "use update_vector_group/update_set_group to target one group");
    return qvi_buf_take(&text);
}

void qvi_plan_log_fan_out(qv_db *db, const qvi_write_plan *plan)
{
    for (size_t i = 0; i < plan->array_count; ++i)
        if (plan->arrays[i].fan_out)
            QVI_LOG(db, QV_LOG_WARN, "%s", plan->arrays[i].fan_out);
}

/* Routes every array (create: the non-empty ones) and records one route per target table. */
static qv_status route_arrays(qv_db *db, const qvi_schema *schema, const qv_element *element, int update,
                              qvi_write_plan *plan)
{
    size_t capacity = 0;
    size_t room = plan->collection->prefixed_end - plan->collection->prefixed_first;
    const qvi_table **targets = malloc((room ? room : 1) * sizeof *targets);
    plan->arrays = calloc(element->array_count ? element->array_count : 1, sizeof *plan->arrays);
    if (targets == NULL || plan->arrays == NULL) {
        free(targets);
        return qvi_out_of_memory(&db->err);
    }
    for (size_t i = 0; i < element->array_count; ++i) {
        const qvi_array *source = &element->arrays[i];
        if (!update && source->count == 0)
            continue; /* create ignores empty arrays entirely, even unknown names */
        size_t n = qvi_route_array(schema, plan->collection, source->name, targets);
        if (plan->route_count + n > capacity) {
            size_t grown = (plan->route_count + n) * 2;
            qvi_plan_route *p = realloc(plan->routes, grown * sizeof *p);
            if (p == NULL) {
                free(targets);
                return qvi_out_of_memory(&db->err);
            }
            plan->routes = p;
            capacity = grown;
        }
        for (size_t k = 0; k < n; ++k) {
            qvi_plan_route *r = &plan->routes[plan->route_count++];
            r->table = (size_t)(targets[k] - schema->tables);
            r->array = plan->array_count;
            r->column = NULL;
        }
        qvi_plan_array *a = &plan->arrays[plan->array_count++];
        a->source = source;
        a->cells = source->cells;
        a->first_target = n ? targets[0] : NULL;
        if (n > 1)
            a->fan_out = fan_out_warning(plan, source->name, targets, n);
    }
    free(targets);
    return QV_OK;
}

/* §10.4: scalars against the collection, arrays against their first table; nothing is written. */
static qv_status resolve_relations(qv_db *db, qvi_write_plan *plan)
{
    for (size_t i = 0; i < plan->scalar_count; ++i) {
        qvi_plan_scalar *s = &plan->scalars[i];
        qvi_value *resolved;
        if (qvi_resolve_labels(db, plan->collection, s->name, &s->value, 1, &resolved) != QV_OK)
            return QV_ERROR;
        if (resolved) {
            s->value = resolved[0];
            free(resolved);
        }
    }
    for (size_t i = 0; i < plan->array_count; ++i) {
        qvi_plan_array *a = &plan->arrays[i];
        if (a->first_target == NULL)
            continue; /* left for the routing error */
        if (qvi_resolve_labels(db, a->first_target, a->source->name, a->source->cells, a->source->count,
                               &a->resolved) != QV_OK)
            return QV_ERROR;
        if (a->resolved)
            a->cells = a->resolved;
    }
    return QV_OK;
}

static qv_status check_scalars(qv_db *db, const qvi_write_plan *plan)
{
    for (size_t i = 0; i < plan->scalar_count; ++i) {
        const qvi_plan_scalar *s = &plan->scalars[i];
        if (s->column == NULL)
            return qvi_error_set(&db->err, "Column '%s' not found in table '%s'", s->name,
                                 plan->collection->name);
        if (qvi_check_scalar_type(&db->err, plan->op, s->column, &s->value) != QV_OK)
            return QV_ERROR;
    }
    return QV_OK;
}

static qv_status check_routing(qv_db *db, const qvi_write_plan *plan)
{
    for (size_t i = 0; i < plan->array_count; ++i) {
        if (plan->arrays[i].first_target == NULL)
            return qvi_cannot(
                &db->err, plan->op,
                "array '%s' does not match any vector, set, or time series table in collection '%s'",
                plan->arrays[i].source->name, plan->collection->name);
    }
    return QV_OK;
}

static int compare_routes(const void *a, const void *b)
{
    const qvi_plan_route *x = a, *y = b;
    if (x->table != y->table)
        return x->table < y->table ? -1 : 1;
    return x->array < y->array ? -1 : x->array > y->array;
}

/* One table's arrays in name order: column, cell types, then the length against the first. */
static qv_status check_table(qv_db *db, qvi_write_plan *plan, qvi_plan_table *pt)
{
    for (size_t k = 0; k < pt->route_count; ++k) {
        qvi_plan_route *r = &plan->routes[pt->first_route + k];
        const qvi_plan_array *a = &plan->arrays[r->array];
        size_t count = a->source->count;
        if (count > 0) {
            r->column = qvi_table_column(pt->table, a->source->name);
            if (r->column == NULL)
                return qvi_error_set(&db->err, "Column '%s' not found in table '%s'", a->source->name,
                                     pt->table->name);
            for (size_t i = 0; i < count; ++i)
                if (qvi_check_cell_type(&db->err, plan->op, r->column, i, &a->cells[i]) != QV_OK)
                    return QV_ERROR;
        }
        if (k == 0)
            pt->row_count = count;
        else if (count != pt->row_count)
            return qvi_cannot(&db->err, plan->op, "%s columns in table '%s' must have the same length",
                              qvi_group_noun(pt->table), pt->table->name);
    }
    return QV_OK;
}

static qv_status build_tables(qv_db *db, const qvi_schema *schema, qvi_write_plan *plan)
{
    if (plan->route_count == 0)
        return QV_OK;
    qsort(plan->routes, plan->route_count, sizeof *plan->routes, compare_routes);
    plan->tables = calloc(plan->route_count, sizeof *plan->tables);
    if (plan->tables == NULL)
        return qvi_out_of_memory(&db->err);
    for (size_t i = 0; i < plan->route_count; ++i) {
        if (i == 0 || plan->routes[i].table != plan->routes[i - 1].table) {
            qvi_plan_table *pt = &plan->tables[plan->table_count++];
            pt->table = &schema->tables[plan->routes[i].table];
            pt->first_route = i;
        }
        plan->tables[plan->table_count - 1].route_count++;
    }
    for (size_t i = 0; i < plan->table_count; ++i)
        if (check_table(db, plan, &plan->tables[i]) != QV_OK)
            return QV_ERROR;
    return QV_OK;
}

qv_status qvi_plan_build(qv_db *db, const qvi_schema *schema, const qvi_table *collection,
                         const qv_element *element, int update, qvi_write_plan *plan)
{
    memset(plan, 0, sizeof *plan);
    plan->op = update ? "update_element" : "create_element";
    plan->collection = collection;
    if (collect_scalars(db, element, plan) != QV_OK ||
        route_arrays(db, schema, element, update, plan) != QV_OK || resolve_relations(db, plan) != QV_OK ||
        check_scalars(db, plan) != QV_OK || check_routing(db, plan) != QV_OK ||
        build_tables(db, schema, plan) != QV_OK) {
        qvi_plan_free(plan);
        return QV_ERROR;
    }
    return QV_OK;
}
