/*
 * The readers (c-api.md §11): scalar, vector and set attributes in bulk and
 * by id, element ids and element counts.
 *
 * Every read is one query through the handle's statement cache.  Results are
 * gathered into blocks that double when full and are trimmed to size once at
 * the end; a vector or set entry is gathered in a scratch block and copied
 * into an exactly sized array when the next element starts, so each inner
 * array the caller receives is allocated once.  The generic code keeps cells
 * in untyped blocks and touches them only through the typed accessors below.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <quiver/read.h>

#include "buf.h"
#include "db.h"

enum { FIRST_CAPACITY = 64 };

/* Outcome of take_cell(). */
enum { CELL_ABSENT = 0, CELL_PRESENT = 1, CELL_NO_MEMORY = -1 };

static size_t cell_size(qv_data_type type)
{
    switch (type) {
    case QV_TYPE_INTEGER:
        return sizeof(int64_t);
    case QV_TYPE_FLOAT:
        return sizeof(double);
    default:
        return sizeof(char *);
    }
}

/* Stores column @p col of the current row as cells[index] when its stored kind
 * suits @p type.  The declared column type plays no part (c-api.md §11.1):
 * integers come only from INTEGER values, floats from REAL or INTEGER (widened),
 * strings only from TEXT (copied). */
static int take_cell(sqlite3_stmt *stmt, int col, qv_data_type type, void *cells, size_t index)
{
    int stored = sqlite3_column_type(stmt, col);
    switch (type) {
    case QV_TYPE_INTEGER:
        if (stored != SQLITE_INTEGER)
            return CELL_ABSENT;
        ((int64_t *)cells)[index] = sqlite3_column_int64(stmt, col);
        return CELL_PRESENT;
    case QV_TYPE_FLOAT:
        if (stored != SQLITE_INTEGER && stored != SQLITE_FLOAT)
            return CELL_ABSENT;
        ((double *)cells)[index] = sqlite3_column_double(stmt, col);
        return CELL_PRESENT;
    default: {
        if (stored != SQLITE_TEXT)
            return CELL_ABSENT;
        const unsigned char *text = sqlite3_column_text(stmt, col);
        size_t length = (size_t)sqlite3_column_bytes(stmt, col);
        char *copy = text ? malloc(length + 1) : NULL;
        if (copy == NULL)
            return CELL_NO_MEMORY;
        memcpy(copy, text, length);
        copy[length] = '\0';
        ((char **)cells)[index] = copy;
        return CELL_PRESENT;
    }
    }
}

/* The value an absent entry of a scalar bulk read holds: 0, 0.0 or NULL. */
static void clear_cell(qv_data_type type, void *cells, size_t index)
{
    switch (type) {
    case QV_TYPE_INTEGER:
        ((int64_t *)cells)[index] = 0;
        break;
    case QV_TYPE_FLOAT:
        ((double *)cells)[index] = 0.0;
        break;
    default:
        ((char **)cells)[index] = NULL;
    }
}

static void free_cells(qv_data_type type, void *cells, size_t count)
{
    if (type == QV_TYPE_STRING)
        qv_free_strings(cells, count);
    else
        free(cells);
}

/* Stores an entry's inner array into the outer array of a vector or set read. */
static void set_entry(qv_data_type type, void *entries, size_t index, void *inner)
{
    switch (type) {
    case QV_TYPE_INTEGER:
        ((int64_t **)entries)[index] = inner;
        break;
    case QV_TYPE_FLOAT:
        ((double **)entries)[index] = inner;
        break;
    default:
        ((char ***)entries)[index] = inner;
    }
}

static void free_entries(qv_data_type type, void *entries, size_t *sizes, size_t count)
{
    switch (type) {
    case QV_TYPE_INTEGER:
        qv_free_integer_vectors(entries, sizes, count);
        break;
    case QV_TYPE_FLOAT:
        qv_free_float_vectors(entries, sizes, count);
        break;
    default:
        qv_free_string_vectors(entries, sizes, count);
    }
}

/* @p block with room for cell @p count: the capacity doubles when full.
 * NULL when out of memory (the block is then unchanged). */
static void *room(void *block, size_t *capacity, size_t count, size_t size)
{
    if (count < *capacity)
        return block;
    size_t next = *capacity ? *capacity * 2 : FIRST_CAPACITY;
    if (next > SIZE_MAX / size)
        return NULL;
    void *grown = realloc(block, next * size);
    if (grown)
        *capacity = next;
    return grown;
}

/* @p block trimmed to @p count cells; NULL when empty (c-api.md §1.4). */
static void *trim(void *block, size_t count, size_t size)
{
    if (count == 0) {
        free(block);
        return NULL;
    }
    void *fitted = realloc(block, count * size);
    return fitted ? fitted : block;
}

/* The table named @p collection: any table of the schema is accepted (c-api.md §1.7). */
static const qvi_table *find_table(qv_db *db, const char *op, const char *collection)
{
    const qvi_schema *schema = qvi_db_schema(db);
    if (schema == NULL)
        return NULL;
    const qvi_table *table = qvi_schema_table(schema, collection);
    if (table == NULL)
        qvi_cannot(&db->err, op, "collection not found: %s", collection);
    return table;
}

static const qvi_table *find_column(qv_db *db, const char *op, const qvi_table *table, const char *column)
{
    if (qvi_table_column(table, column) == NULL) {
        qvi_cannot(&db->err, op, "column '%s' not found in table '%s'", column, table->name);
        return NULL;
    }
    return table;
}

/* The vector or set table holding column @p attribute (c-api.md §11.3): the
 * table named after the attribute when it exists (then it must have the
 * column), else the first group table of the kind, in name order, that has it. */
static const qvi_table *find_group_table(qv_db *db, const char *op, unsigned kind, const char *collection,
                                         const char *attribute)
{
    if (find_table(db, op, collection) == NULL)
        return NULL;
    const qvi_schema *schema = db->schema;
    const qvi_table *table = qvi_schema_group(schema, collection, kind, attribute);
    if (table)
        return find_column(db, op, table, attribute);
    for (table = qvi_schema_next_group(schema, collection, kind, NULL); table;
         table = qvi_schema_next_group(schema, collection, kind, table)) {
        if (qvi_table_column(table, attribute))
            return table;
    }
    qvi_error_set(&db->err, "%s attribute '%s' not found for collection '%s'",
                  kind == QVI_KIND_VECTOR ? "Vector" : "Set", attribute, collection);
    return NULL;
}

/* SELECT <lead>"<column>" FROM "<table>"<tail> from the statement cache
 * (@p column NULL: only the lead). */
static sqlite3_stmt *select_from(qv_db *db, const char *lead, const char *column, const char *table,
                                 const char *tail)
{
    qvi_buf sql = QVI_BUF_INIT;
    qvi_buf_append(&sql, "SELECT ");
    qvi_buf_append(&sql, lead);
    if (column)
        qvi_buf_ident(&sql, column);
    qvi_buf_append(&sql, " FROM ");
    qvi_buf_ident(&sql, table);
    qvi_buf_append(&sql, tail);
    return qvi_stmt_acquire_built(db, &sql);
}

static qv_status step_failed(qv_db *db)
{
    return qvi_failed(&db->err, "execute statement", "%s", sqlite3_errmsg(db->sqlite));
}

/* Steps @p stmt to its end, gathering column 0 as @p type, and releases it.
 * With @p keep_absent every row gives an entry (absent ones cleared, and a
 * mask byte each when @p out_mask is given); otherwise absent cells are
 * dropped.  Outputs are written only on success. */
static qv_status collect(qv_db *db, sqlite3_stmt *stmt, qv_data_type type, int keep_absent, void **out_cells,
                         uint8_t **out_mask, size_t *out_count)
{
    size_t size = cell_size(type), count = 0, cell_capacity = 0, mask_capacity = 0;
    void *cells = NULL;
    uint8_t *mask = NULL;
    qv_status status = QV_OK;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        void *grown = room(cells, &cell_capacity, count, size);
        if (grown == NULL)
            break;
        cells = grown;
        if (out_mask) {
            grown = room(mask, &mask_capacity, count, 1);
            if (grown == NULL)
                break;
            mask = grown;
        }
        int cell = take_cell(stmt, 0, type, cells, count);
        if (cell == CELL_NO_MEMORY)
            break;
        if (cell == CELL_ABSENT && !keep_absent)
            continue;
        if (cell == CELL_ABSENT)
            clear_cell(type, cells, count);
        if (out_mask)
            mask[count] = (uint8_t)cell;
        ++count;
    }
    if (rc == SQLITE_ROW)
        status = qvi_out_of_memory(&db->err);
    else if (rc != SQLITE_DONE)
        status = step_failed(db);
    qvi_stmt_release(db, stmt);
    if (status != QV_OK) {
        free_cells(type, cells, count);
        free(mask);
        return status;
    }
    *out_cells = trim(cells, count, size);
    if (out_mask)
        *out_mask = trim(mask, count, 1);
    *out_count = count;
    return QV_OK;
}

static qv_status scalar_bulk(qv_db *db, const char *op, const char *collection, const char *attribute,
                             qv_data_type type, void **out_values, uint8_t **out_mask, size_t *out_count)
{
    const qvi_table *table = find_table(db, op, collection);
    if (table == NULL || find_column(db, op, table, attribute) == NULL)
        return QV_ERROR;
    sqlite3_stmt *stmt = select_from(db, "", attribute, table->name, " ORDER BY rowid");
    if (stmt == NULL)
        return QV_ERROR;
    return collect(db, stmt, type, 1, out_values, out_mask, out_count);
}

/* The public readers below are each one generic reader for one element type:
 * the operation in messages is the function's name without "qv_", and the
 * untyped result is handed over typed, only on success. */
#define SCALAR_BULK_READER(name, type, T)                                                                    \
    qv_status qv_##name(qv_db *db, const char *collection, const char *attribute, T **out_values,            \
                        uint8_t **out_mask, size_t *out_count)                                               \
    {                                                                                                        \
        void *values;                                                                                        \
        if (scalar_bulk(db, #name, collection, attribute, type, &values, out_mask, out_count) != QV_OK)      \
            return QV_ERROR;                                                                                 \
        *out_values = values;                                                                                \
        return QV_OK;                                                                                        \
    }

SCALAR_BULK_READER(read_scalar_integers, QV_TYPE_INTEGER, int64_t)
SCALAR_BULK_READER(read_scalar_floats, QV_TYPE_FLOAT, double)

qv_status qv_read_scalar_strings(qv_db *db, const char *collection, const char *attribute, char ***out_values,
                                 size_t *out_count)
{
    void *values;
    if (scalar_bulk(db, "read_scalar_strings", collection, attribute, QV_TYPE_STRING, &values, NULL,
                    out_count) != QV_OK)
        return QV_ERROR;
    *out_values = values;
    return QV_OK;
}

/* Reads @p attribute of element @p id into *cell when present; *present says whether it was. */
static qv_status scalar_by_id(qv_db *db, const char *op, const char *collection, const char *attribute,
                              int64_t id, qv_data_type type, void *cell, int *present)
{
    const qvi_table *table = find_table(db, op, collection);
    if (table == NULL || find_column(db, op, table, attribute) == NULL)
        return QV_ERROR;
    sqlite3_stmt *stmt = select_from(db, "", attribute, table->name, " WHERE id = ?");
    if (stmt == NULL)
        return QV_ERROR;
    sqlite3_bind_int64(stmt, 1, id);
    qv_status status = QV_OK;
    int rc = sqlite3_step(stmt);
    *present = 0;
    if (rc == SQLITE_ROW) {
        int taken = take_cell(stmt, 0, type, cell, 0);
        if (taken == CELL_NO_MEMORY)
            status = qvi_out_of_memory(&db->err);
        *present = taken == CELL_PRESENT;
    } else if (rc != SQLITE_DONE) {
        status = step_failed(db);
    }
    qvi_stmt_release(db, stmt);
    return status;
}

/* A numeric value is written only when present (c-api.md §11.2). */
#define SCALAR_BY_ID_READER(name, type, T)                                                                   \
    qv_status qv_##name(qv_db *db, const char *collection, const char *attribute, int64_t id, T *out_value,  \
                        int *out_has_value)                                                                  \
    {                                                                                                        \
        T value;                                                                                             \
        int present;                                                                                         \
        if (scalar_by_id(db, #name, collection, attribute, id, type, &value, &present) != QV_OK)             \
            return QV_ERROR;                                                                                 \
        if (present)                                                                                         \
            *out_value = value;                                                                              \
        *out_has_value = present;                                                                            \
        return QV_OK;                                                                                        \
    }

SCALAR_BY_ID_READER(read_scalar_integer_by_id, QV_TYPE_INTEGER, int64_t)
SCALAR_BY_ID_READER(read_scalar_float_by_id, QV_TYPE_FLOAT, double)

qv_status qv_read_scalar_string_by_id(qv_db *db, const char *collection, const char *attribute, int64_t id,
                                      char **out_value, int *out_has_value)
{
    char *value = NULL;
    int present;
    if (scalar_by_id(db, "read_scalar_string_by_id", collection, attribute, id, QV_TYPE_STRING, &value,
                     &present) != QV_OK)
        return QV_ERROR;
    *out_value = value;
    *out_has_value = present;
    return QV_OK;
}

/* State of a vector or set bulk read: the finished entries and the cells of
 * the element being gathered. */
typedef struct {
    qv_data_type type;
    void *entries; /* outer array of inner arrays */
    size_t *sizes;
    size_t count, entry_capacity, size_capacity;
    void *scratch; /* cells of the current element */
    size_t cells, scratch_capacity;
} group_read;

/* Turns the scratch cells into an exactly sized inner array (NULL when none) appended as an entry. */
static int close_entry(group_read *r)
{
    void *grown = room(r->entries, &r->entry_capacity, r->count, sizeof(void *));
    if (grown == NULL)
        return 0;
    r->entries = grown;
    grown = room(r->sizes, &r->size_capacity, r->count, sizeof(size_t));
    if (grown == NULL)
        return 0;
    r->sizes = grown;
    void *inner = NULL;
    if (r->cells) {
        size_t bytes = r->cells * cell_size(r->type);
        inner = malloc(bytes);
        if (inner == NULL)
            return 0;
        memcpy(inner, r->scratch, bytes); /* the strings now belong to the entry */
    }
    set_entry(r->type, r->entries, r->count, inner);
    r->sizes[r->count++] = r->cells;
    r->cells = 0;
    return 1;
}

static qv_status group_bulk(qv_db *db, const char *op, unsigned kind, const char *collection,
                            const char *attribute, qv_data_type type, void **out_entries, size_t **out_sizes,
                            size_t *out_count)
{
    const qvi_table *table = find_group_table(db, op, kind, collection, attribute);
    if (table == NULL)
        return QV_ERROR;
    /* c-api.md §11.4: sets issue exactly this SQL so their cells come in SQLite's order. */
    sqlite3_stmt *stmt = select_from(db, "id, ", attribute, table->name,
                                     kind == QVI_KIND_VECTOR ? " ORDER BY id, vector_index" : " ORDER BY id");
    if (stmt == NULL)
        return QV_ERROR;

    group_read r = {type, NULL, NULL, 0, 0, 0, NULL, 0, 0};
    size_t size = cell_size(type);
    int64_t current = 0;
    int started = 0, ok = 1, rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        int64_t id = sqlite3_column_int64(stmt, 0);
        if (started && id != current && !(ok = close_entry(&r)))
            break;
        started = 1;
        current = id;
        void *grown = room(r.scratch, &r.scratch_capacity, r.cells, size);
        if (grown == NULL) {
            ok = 0;
            break;
        }
        r.scratch = grown;
        int cell = take_cell(stmt, 1, type, r.scratch, r.cells);
        if (cell == CELL_NO_MEMORY) {
            ok = 0;
            break;
        }
        r.cells += (size_t)cell;
    }
    qv_status status = QV_OK;
    if (!ok)
        status = qvi_out_of_memory(&db->err);
    else if (rc != SQLITE_DONE)
        status = step_failed(db);
    else if (started && !close_entry(&r))
        status = qvi_out_of_memory(&db->err);
    qvi_stmt_release(db, stmt);
    free_cells(type, r.scratch, r.cells);
    if (status != QV_OK) {
        free_entries(type, r.entries, r.sizes, r.count);
        return status;
    }
    *out_entries = trim(r.entries, r.count, sizeof(void *));
    *out_sizes = trim(r.sizes, r.count, sizeof(size_t));
    *out_count = r.count;
    return QV_OK;
}

#define GROUP_BULK_READER(name, kind, type, T)                                                               \
    qv_status qv_##name(qv_db *db, const char *collection, const char *attribute, T ***out_entries,          \
                        size_t **out_sizes, size_t *out_count)                                               \
    {                                                                                                        \
        void *entries;                                                                                       \
        if (group_bulk(db, #name, kind, collection, attribute, type, &entries, out_sizes, out_count) !=      \
            QV_OK)                                                                                           \
            return QV_ERROR;                                                                                 \
        *out_entries = entries;                                                                              \
        return QV_OK;                                                                                        \
    }

GROUP_BULK_READER(read_vector_integers, QVI_KIND_VECTOR, QV_TYPE_INTEGER, int64_t)
GROUP_BULK_READER(read_vector_floats, QVI_KIND_VECTOR, QV_TYPE_FLOAT, double)
GROUP_BULK_READER(read_vector_strings, QVI_KIND_VECTOR, QV_TYPE_STRING, char *)
GROUP_BULK_READER(read_set_integers, QVI_KIND_SET, QV_TYPE_INTEGER, int64_t)
GROUP_BULK_READER(read_set_floats, QVI_KIND_SET, QV_TYPE_FLOAT, double)
GROUP_BULK_READER(read_set_strings, QVI_KIND_SET, QV_TYPE_STRING, char *)

static qv_status group_by_id(qv_db *db, const char *op, unsigned kind, const char *collection,
                             const char *attribute, int64_t id, qv_data_type type, void **out_values,
                             size_t *out_count)
{
    const qvi_table *table = find_group_table(db, op, kind, collection, attribute);
    if (table == NULL)
        return QV_ERROR;
    sqlite3_stmt *stmt =
        select_from(db, "", attribute, table->name,
                    kind == QVI_KIND_VECTOR ? " WHERE id = ? ORDER BY vector_index" : " WHERE id = ?");
    if (stmt == NULL)
        return QV_ERROR;
    sqlite3_bind_int64(stmt, 1, id);
    return collect(db, stmt, type, 0, out_values, NULL, out_count);
}

#define GROUP_BY_ID_READER(name, kind, type, T)                                                              \
    qv_status qv_##name(qv_db *db, const char *collection, const char *attribute, int64_t id,                \
                        T **out_values, size_t *out_count)                                                   \
    {                                                                                                        \
        void *values;                                                                                        \
        if (group_by_id(db, #name, kind, collection, attribute, id, type, &values, out_count) != QV_OK)      \
            return QV_ERROR;                                                                                 \
        *out_values = values;                                                                                \
        return QV_OK;                                                                                        \
    }

GROUP_BY_ID_READER(read_vector_integers_by_id, QVI_KIND_VECTOR, QV_TYPE_INTEGER, int64_t)
GROUP_BY_ID_READER(read_vector_floats_by_id, QVI_KIND_VECTOR, QV_TYPE_FLOAT, double)
GROUP_BY_ID_READER(read_vector_strings_by_id, QVI_KIND_VECTOR, QV_TYPE_STRING, char *)
GROUP_BY_ID_READER(read_set_integers_by_id, QVI_KIND_SET, QV_TYPE_INTEGER, int64_t)
GROUP_BY_ID_READER(read_set_floats_by_id, QVI_KIND_SET, QV_TYPE_FLOAT, double)
GROUP_BY_ID_READER(read_set_strings_by_id, QVI_KIND_SET, QV_TYPE_STRING, char *)

qv_status qv_read_element_ids(qv_db *db, const char *collection, int64_t **out_ids, size_t *out_count)
{
    const qvi_table *table = find_table(db, "read_element_ids", collection);
    if (table == NULL)
        return QV_ERROR;
    sqlite3_stmt *stmt = select_from(db, "id", NULL, table->name, " ORDER BY rowid");
    if (stmt == NULL)
        return QV_ERROR;
    int64_t *ids = NULL;
    size_t count = 0, capacity = 0;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        void *grown = room(ids, &capacity, count, sizeof *ids);
        if (grown == NULL)
            break;
        ids = grown;
        ids[count++] = sqlite3_column_int64(stmt, 0);
    }
    qv_status status = QV_OK;
    if (rc == SQLITE_ROW)
        status = qvi_out_of_memory(&db->err);
    else if (rc != SQLITE_DONE)
        status = step_failed(db);
    qvi_stmt_release(db, stmt);
    if (status != QV_OK) {
        free(ids);
        return status;
    }
    *out_ids = trim(ids, count, sizeof *ids);
    *out_count = count;
    return QV_OK;
}

qv_status qv_number_of_elements(qv_db *db, const char *collection, int64_t *out_count)
{
    const qvi_table *table = find_table(db, "number_of_elements", collection);
    if (table == NULL)
        return QV_ERROR;
    sqlite3_stmt *stmt = select_from(db, "COUNT(*)", NULL, table->name, "");
    if (stmt == NULL)
        return QV_ERROR;
    qv_status status = QV_OK;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        *out_count = sqlite3_column_int64(stmt, 0);
    else
        status = step_failed(db);
    qvi_stmt_release(db, stmt);
    return status;
}

void qv_free_integer_vectors(int64_t **vectors, size_t *sizes, size_t count)
{
    if (vectors) {
        for (size_t i = 0; i < count; ++i)
            free(vectors[i]);
        free(vectors);
    }
    free(sizes);
}

void qv_free_float_vectors(double **vectors, size_t *sizes, size_t count)
{
    if (vectors) {
        for (size_t i = 0; i < count; ++i)
            free(vectors[i]);
        free(vectors);
    }
    free(sizes);
}

void qv_free_string_vectors(char ***vectors, size_t *sizes, size_t count)
{
    if (vectors) {
        for (size_t i = 0; i < count; ++i) {
            if (vectors[i])
                qv_free_strings(vectors[i], sizes[i]);
        }
        free(vectors);
    }
    free(sizes);
}
