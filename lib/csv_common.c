/*
 * What CSV export and import share: the options normalised into enum groups
 * (c-api-groups-timeseries-csv.md §7.1, searched in first-appearance order as
 * §10.4 requires), and the resolution of (collection, group) to a table (§7.3).
 */
#include <stdlib.h>
#include <string.h>

#include "csv.h"

qv_csv_options qv_csv_options_default(void)
{
    qv_csv_options options = {"", NULL, NULL, NULL, NULL, NULL, 0};
    return options;
}

/* §9.5 leaves NULL pointers in the enum options undefined; §10.5 gives them the
 * "Null argument: <name>" pattern instead of a crash. */
static qv_status check_options(const qv_csv_options *options, size_t *out_total, qv_error *err)
{
    size_t groups = options->enum_group_count;
    *out_total = 0;
    if (groups == 0)
        return QV_OK;
    if (options->enum_attribute_names == NULL)
        return qvi_error_set(err, "Null argument: enum_attribute_names");
    if (options->enum_locale_names == NULL)
        return qvi_error_set(err, "Null argument: enum_locale_names");
    if (options->enum_entry_counts == NULL)
        return qvi_error_set(err, "Null argument: enum_entry_counts");
    size_t total = 0;
    for (size_t i = 0; i < groups; ++i) {
        if (options->enum_attribute_names[i] == NULL)
            return qvi_error_set(err, "Null argument: enum_attribute_names[%zu]", i);
        if (options->enum_locale_names[i] == NULL)
            return qvi_error_set(err, "Null argument: enum_locale_names[%zu]", i);
        total += options->enum_entry_counts[i];
    }
    if (total > 0 && options->enum_labels == NULL)
        return qvi_error_set(err, "Null argument: enum_labels");
    if (total > 0 && options->enum_values == NULL)
        return qvi_error_set(err, "Null argument: enum_values");
    for (size_t i = 0; i < total; ++i)
        if (options->enum_labels[i] == NULL)
            return qvi_error_set(err, "Null argument: enum_labels[%zu]", i);
    *out_total = total;
    return QV_OK;
}

qv_status qvi_csv_settings_init(qvi_csv_settings *settings, const qv_csv_options *options, qv_error *err)
{
    qv_csv_options defaults = qv_csv_options_default();
    if (options == NULL)
        options = &defaults;
    memset(settings, 0, sizeof *settings);
    settings->date_time_format = options->date_time_format ? options->date_time_format : "";
    size_t total;
    if (check_options(options, &total, err) != QV_OK)
        return QV_ERROR;
    if (options->enum_group_count == 0)
        return QV_OK;

    /* Offsets of each option group's entries in the flat arrays. */
    size_t groups = options->enum_group_count;
    size_t *offsets = malloc(groups * sizeof *offsets);
    settings->groups = malloc(groups * sizeof *settings->groups);
    settings->entries = malloc((total ? total : 1) * sizeof *settings->entries);
    if (offsets == NULL || settings->groups == NULL || settings->entries == NULL) {
        free(offsets);
        qvi_csv_settings_free(settings);
        return qvi_out_of_memory(err);
    }
    for (size_t i = 0, offset = 0; i < groups; offset += options->enum_entry_counts[i], ++i)
        offsets[i] = offset;

    /* Each (attribute, locale) pair once, at its first appearance, collecting the
     * entries of every option group with that pair; a repeated label keeps its
     * place and takes the later value. */
    size_t used = 0;
    for (size_t i = 0; i < groups; ++i) {
        const char *attribute = options->enum_attribute_names[i];
        const char *locale = options->enum_locale_names[i];
        int seen = 0;
        for (size_t g = 0; g < settings->group_count && !seen; ++g)
            seen = strcmp(settings->groups[g].attribute, attribute) == 0 &&
                   strcmp(settings->groups[g].locale, locale) == 0;
        if (seen)
            continue;
        qvi_enum_group *group = &settings->groups[settings->group_count++];
        group->attribute = attribute;
        group->locale = locale;
        group->entries = settings->entries + used;
        group->count = 0;
        for (size_t j = i; j < groups; ++j) {
            if (strcmp(options->enum_attribute_names[j], attribute) != 0 ||
                strcmp(options->enum_locale_names[j], locale) != 0)
                continue;
            for (size_t k = 0; k < options->enum_entry_counts[j]; ++k) {
                const char *label = options->enum_labels[offsets[j] + k];
                int64_t value = options->enum_values[offsets[j] + k];
                size_t e = 0;
                while (e < group->count && strcmp(group->entries[e].label, label) != 0)
                    ++e;
                if (e == group->count)
                    group->entries[group->count++].label = label;
                group->entries[e].value = value;
            }
        }
        used += group->count;
    }
    free(offsets);
    return QV_OK;
}

void qvi_csv_settings_free(qvi_csv_settings *settings)
{
    free(settings->groups);
    free(settings->entries);
    settings->groups = NULL;
    settings->entries = NULL;
    settings->group_count = 0;
}

int qvi_csv_enum_has(const qvi_csv_settings *settings, const char *attribute)
{
    for (size_t g = 0; g < settings->group_count; ++g)
        if (strcmp(settings->groups[g].attribute, attribute) == 0)
            return 1;
    return 0;
}

const char *qvi_csv_enum_label(const qvi_csv_settings *settings, const char *attribute, int64_t value)
{
    for (size_t g = 0; g < settings->group_count; ++g) {
        const qvi_enum_group *group = &settings->groups[g];
        if (strcmp(group->attribute, attribute) != 0)
            continue;
        for (size_t e = 0; e < group->count; ++e)
            if (group->entries[e].value == value)
                return group->entries[e].label;
    }
    return NULL;
}

static int ascii_lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static int equal_ignoring_case(const char *a, const char *b)
{
    for (; *a && ascii_lower((unsigned char)*a) == ascii_lower((unsigned char)*b); ++a, ++b)
        ;
    return *a == '\0' && *b == '\0';
}

int qvi_csv_enum_value(const qvi_csv_settings *settings, const char *attribute, const char *label,
                       int64_t *out)
{
    for (size_t g = 0; g < settings->group_count; ++g) {
        const qvi_enum_group *group = &settings->groups[g];
        if (strcmp(group->attribute, attribute) != 0)
            continue;
        for (size_t e = 0; e < group->count; ++e) {
            if (equal_ignoring_case(group->entries[e].label, label)) {
                *out = group->entries[e].value;
                return 1;
            }
        }
    }
    return 0;
}

/* Looks up the table named <collection>_<word>_<group> by name only: the spec
 * resolves groups by table existence (so "files" finds <collection>_time_series_files).
 * *out is NULL when there is none. */
static qv_status group_table(qv_db *db, const qvi_schema *schema, const char *collection, const char *word,
                             const char *group, const qvi_table **out)
{
    qvi_buf name = QVI_BUF_INIT;
    qvi_buf_appendf(&name, "%s_%s_%s", collection, word, group);
    if (name.failed)
        return qvi_out_of_memory(&db->err);
    *out = qvi_schema_table(schema, name.data);
    qvi_buf_free(&name);
    return QV_OK;
}

qv_status qvi_csv_target_resolve(qv_db *db, const char *op, const char *collection, const char *group,
                                 qvi_csv_target *out)
{
    static const struct {
        unsigned kind;
        const char *word;
    } kinds[] = {{QVI_KIND_VECTOR, "vector"}, {QVI_KIND_SET, "set"}, {QVI_KIND_TIME_SERIES, "time_series"}};
    const qvi_schema *schema = qvi_db_schema(db);
    if (schema == NULL)
        return QV_ERROR;
    const qvi_table *table = qvi_schema_table(schema, collection);
    if (table == NULL)
        return qvi_cannot(&db->err, op, "collection not found: %s", collection);
    out->collection = table;
    out->table = table;
    out->kind = QVI_KIND_COLLECTION;
    out->dimension = NULL;
    if (group[0] == '\0')
        return QV_OK;
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; ++i) {
        const qvi_table *found = NULL;
        if (group_table(db, schema, collection, kinds[i].word, group, &found) != QV_OK)
            return QV_ERROR;
        if (found) {
            out->table = found;
            out->kind = kinds[i].kind;
            return QV_OK;
        }
    }
    return qvi_cannot(&db->err, op, "group not found: '%s' in collection '%s'", group, collection);
}

const qvi_table *qvi_csv_fk_target(const qvi_schema *schema, const qvi_foreign_key *fk)
{
    const qvi_table *table = qvi_schema_table(schema, fk->table);
    if (table)
        return table;
    for (size_t i = 0; i < schema->table_count; ++i)
        if (equal_ignoring_case(schema->tables[i].name, fk->table))
            return &schema->tables[i];
    return NULL;
}

static int by_id(const void *a, const void *b)
{
    int64_t x = ((const qvi_label_entry *)a)->id, y = ((const qvi_label_entry *)b)->id;
    return (x > y) - (x < y);
}

/* Byte-wise, as SQLite's BINARY collation orders text. */
static int by_label(const void *a, const void *b)
{
    const qvi_label_entry *x = a, *y = b;
    int order = memcmp(x->label, y->label, x->length < y->length ? x->length : y->length);
    return order ? order : (x->length > y->length) - (x->length < y->length);
}

qv_status qvi_label_map_load(qv_db *db, const qvi_table *table, int order, qvi_label_map *out)
{
    qvi_label_map map = {table, NULL, 0, NULL};
    if (qvi_table_column(table, "id") == NULL || qvi_table_column(table, "label") == NULL) {
        *out = map;
        return QV_OK;
    }
    /* Asking SQLite for the order (the id is the rowid, the label has a unique
     * index) usually leaves nothing to sort. */
    qvi_buf sql = QVI_BUF_INIT;
    qvi_buf_append(&sql, "SELECT \"id\", \"label\" FROM ");
    qvi_buf_ident(&sql, table->name);
    qvi_buf_append(&sql, order == QVI_LABELS_BY_ID ? " ORDER BY \"id\"" : " ORDER BY \"label\"");
    sqlite3_stmt *stmt = qvi_stmt_acquire_built(db, &sql);
    if (stmt == NULL)
        return QV_ERROR;

    /* Labels go to one text block; entries keep offsets until it stops moving. */
    qvi_buf text = QVI_BUF_INIT;
    size_t capacity = 0;
    int rc;
    qv_status status = QV_OK;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        if (sqlite3_column_type(stmt, 0) != SQLITE_INTEGER || sqlite3_column_type(stmt, 1) == SQLITE_NULL)
            continue;
        if (map.count == capacity) {
            size_t grown = capacity ? capacity * 2 : 64;
            qvi_label_entry *entries = realloc(map.entries, grown * sizeof *entries);
            if (entries == NULL) {
                status = qvi_out_of_memory(&db->err);
                break;
            }
            map.entries = entries;
            capacity = grown;
        }
        const char *label = (const char *)sqlite3_column_text(stmt, 1);
        size_t length = label ? (size_t)sqlite3_column_bytes(stmt, 1) : 0;
        map.entries[map.count].id = sqlite3_column_int64(stmt, 0);
        map.entries[map.count].label = (const char *)(uintptr_t)text.length;
        map.entries[map.count].length = length;
        ++map.count;
        qvi_buf_append_n(&text, label ? label : "", length);
        qvi_buf_append_n(&text, "", 1);
    }
    if (status == QV_OK && rc != SQLITE_ROW && rc != SQLITE_DONE)
        status = qvi_failed(&db->err, "execute statement", "%s", sqlite3_errmsg(db->sqlite));
    qvi_stmt_release(db, stmt);
    if (status == QV_OK && text.failed)
        status = qvi_out_of_memory(&db->err);
    if (status != QV_OK) {
        free(map.entries);
        qvi_buf_free(&text);
        return status;
    }
    map.text = text.data;
    for (size_t i = 0; i < map.count; ++i)
        map.entries[i].label = map.text + (uintptr_t)map.entries[i].label;
    int (*compare)(const void *, const void *) = order == QVI_LABELS_BY_ID ? by_id : by_label;
    size_t sorted = 1;
    while (sorted < map.count && compare(&map.entries[sorted - 1], &map.entries[sorted]) <= 0)
        ++sorted;
    if (sorted < map.count) /* a label collation other than BINARY */
        qsort(map.entries, map.count, sizeof *map.entries, compare);
    *out = map;
    return QV_OK;
}

void qvi_label_map_free(qvi_label_map *map)
{
    free(map->entries);
    free(map->text);
    map->entries = NULL;
    map->text = NULL;
    map->count = 0;
}

const qvi_label_entry *qvi_label_map_label(const qvi_label_map *map, int64_t id)
{
    qvi_label_entry key = {id, NULL, 0};
    return map->count ? bsearch(&key, map->entries, map->count, sizeof key, by_id) : NULL;
}

int qvi_label_map_id(const qvi_label_map *map, const char *label, size_t length, int64_t *out)
{
    qvi_label_entry key = {0, label, length};
    const qvi_label_entry *found =
        map->count ? bsearch(&key, map->entries, map->count, sizeof key, by_label) : NULL;
    if (found == NULL)
        return 0;
    *out = found->id;
    return 1;
}
