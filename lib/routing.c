/*
 * Array routing (c-api.md §10.3): arrays find their group tables by column
 * name, not by group name, so one array may feed several tables.
 */
#include <string.h>

#include "write.h"

enum { GROUP_KINDS = QVI_KIND_VECTOR | QVI_KIND_SET | QVI_KIND_TIME_SERIES };

size_t qvi_route_array(const qvi_schema *schema, const qvi_table *collection, const char *name,
                       const qvi_table **out)
{
    size_t n = 0;
    /* "<C>_vector_<a>" comes first, whether or not it has a column <a>: the
     * type check then reports the missing column. */
    const qvi_table *named = qvi_schema_group(schema, collection->name, QVI_KIND_VECTOR, name);
    if (named)
        out[n++] = named;
    /* Tables whose parent is <C> are named "<C>_...", so only that range of the
     * schema is searched, however many other tables there are. */
    for (size_t i = collection->prefixed_first; i < collection->prefixed_end; ++i) {
        const qvi_table *t = &schema->tables[i];
        if (t == named || !(t->kinds & GROUP_KINDS) || (t->kinds & (QVI_KIND_TS_FILES | QVI_KIND_COLLECTION)))
            continue;
        if (t->parent == NULL || strcmp(t->parent, collection->name) != 0 ||
            qvi_table_column(t, name) == NULL)
            continue;
        out[n++] = t;
    }
    return n;
}

const char *qvi_group_noun(const qvi_table *table)
{
    /* A name matching several predicates is treated as a vector table first, as the validator does. */
    if (table->kinds & QVI_KIND_VECTOR)
        return "vector";
    if (table->kinds & QVI_KIND_SET)
        return "set";
    return "time series";
}
