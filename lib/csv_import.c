/*
 * CSV import (c-api-groups-timeseries-csv.md §7.5): the checks before any data
 * is read (§7.5.1), a validation pass over every row that writes nothing, then
 * one transaction with foreign keys off that deletes the whole target table and
 * inserts the file's rows, mapping labels to ids.  Any failure rolls back, so
 * the database is left as it was.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "datetime.h"

static const char OP[] = "import_csv";
static const char ISO_FORMAT[] = "%Y-%m-%dT%H:%M:%S";

/* One column of the target table, in declaration order, and where its cells are. */
typedef struct {
    const qvi_column *column;
    size_t cell;                 /* index of its cell in every row */
    const qvi_foreign_key *fk;   /* FK column (the parent `id` of a group excluded) */
    const qvi_label_map *labels; /* the FK target's label -> id map; NULL for a self FK */
    int self_fk;                 /* scalar import: FK to the collection itself */
    int date_like;
    int parent_id;    /* group import: the `id` column, holding parent labels */
    int vector_index; /* vector import: the `vector_index` column */
} column_plan;

typedef struct {
    qv_db *db;
    qvi_csv_target target;
    qvi_csv_settings settings;
    qvi_csv_table csv;
    column_plan *columns;
    size_t column_count;
    size_t label_cell;   /* scalar import: the cell of `label` */
    qvi_label_map own;   /* label -> id of the collection's elements before the import */
    qvi_label_map *maps; /* label -> id of each FK target table */
    size_t map_count;
} import_state;

static int is_trimmed_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Strips every data cell of surrounding space, TAB, LF and CR (§7.5.1). */
static void strip_cells(qvi_csv_table *csv)
{
    size_t first = csv->row_count > 0 ? csv->rows[0].count : 0;
    for (size_t i = first; i < csv->cell_count; ++i) {
        qvi_csv_span *span = &csv->cells[i];
        char *cell = csv->text + span->offset;
        while (span->length > 0 && is_trimmed_space(cell[span->length - 1]))
            cell[--span->length] = '\0';
        size_t skip = 0;
        while (skip < span->length && is_trimmed_space(cell[skip]))
            ++skip;
        span->offset += skip;
        span->length -= skip;
    }
}

/* A cell's bytes: NUL-terminated, but a NUL byte of the file may come earlier. */
typedef struct {
    const char *text;
    size_t length;
} cell_text;

static cell_text cell_at(const import_state *state, size_t row, size_t column)
{
    const qvi_csv_span *span = qvi_csv_span_at(&state->csv, row, column);
    cell_text text = {state->csv.text + span->offset, span->length};
    return text;
}

static cell_text cell(const import_state *state, size_t row, const column_plan *column)
{
    return cell_at(state, row, column->cell);
}

/* 1 when the cell holds no NUL byte, so it can equal a C string (a column name, an enum label). */
static int is_plain(cell_text cell)
{
    return strlen(cell.text) == cell.length;
}

/* 1 and *out = the id of the label @p cell in @p map; labels match exactly. */
static int label_id(const qvi_label_map *map, cell_text cell, int64_t *out)
{
    return qvi_label_map_id(map, cell.text, cell.length, out);
}

/* Like strtoll(text, &end, 10): fails when no digit was read or out of range. */
static int parse_integer(const char *text, int64_t *out)
{
    char *end;
    errno = 0;
    long long value = strtoll(text, &end, 10);
    if (end == text || errno == ERANGE)
        return 0;
    *out = value;
    return 1;
}

/* Like strtod in the "C" locale (the caller switched to it): fails when nothing was
 * read or on ERANGE, which glibc also reports for subnormal results. */
static int parse_float(const char *text, double *out)
{
    char *end;
    errno = 0;
    double value = strtod(text, &end);
    if (end == text || errno == ERANGE)
        return 0;
    *out = value;
    return 1;
}

/* The canonical text of a date-like cell, or the timestamp error. */
static qv_status parse_date(import_state *state, cell_text cell, char canonical[QVI_DATETIME_CANONICAL_SIZE])
{
    const char *format = state->settings.date_time_format;
    struct tm time;
    int ok = format[0] ? qvi_datetime_read_format(cell.text, format, &time)
                       : qvi_datetime_read_iso(cell.text, cell.length, &time);
    if (!ok)
        return qvi_cannot(&state->db->err, OP,
                          "Timestamp %s is not valid. Please provide a valid timestamp with format %s.",
                          cell.text, format[0] ? format : ISO_FORMAT);
    qvi_datetime_canonical(&time, canonical);
    return QV_OK;
}

/* ---- checks before reading data (§7.5.1 steps 5-8) ------------------------- */

static int by_name(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Steps 5-7: the header against the expected columns; fills the column plans' cells. */
static qv_status check_header(import_state *state)
{
    qv_db *db = state->db;
    const qvi_table *table = state->target.table;
    int scalar = state->target.kind == QVI_KIND_COLLECTION;
    const qvi_csv_row *header = &state->csv.rows[0];

    state->columns = calloc(table->column_count + 1, sizeof *state->columns);
    if (state->columns == NULL)
        return qvi_out_of_memory(&db->err);
    for (size_t i = 0; i < table->column_count; ++i)
        if (!scalar || strcmp(table->columns[i].name, "id") != 0)
            state->columns[state->column_count++].column = &table->columns[i];

    /* Names match exactly: a header cell holding a NUL byte matches no column. */
    int has_label = 0, plain = 1;
    for (size_t i = 0; i < header->count; ++i) {
        cell_text name = cell_at(state, 0, i);
        plain = plain && is_plain(name);
        has_label = has_label || (is_plain(name) && strcmp(name.text, "label") == 0);
    }
    if (scalar && !has_label)
        return qvi_cannot(&db->err, OP, "CSV file does not contain a 'label' column.");
    if (header->count != state->column_count)
        return qvi_cannot(&db->err, OP,
                          "The number of columns in the CSV file does not match the number of "
                          "columns in the database.");

    /* Same count: the names match iff both sorted lists are equal. */
    const char **names = malloc(2 * header->count * sizeof *names + 1);
    if (names == NULL)
        return qvi_out_of_memory(&db->err);
    const char **expected = names + header->count;
    for (size_t i = 0; i < header->count; ++i) {
        names[i] = qvi_csv_cell(&state->csv, 0, i);
        expected[i] = state->columns[i].column->name;
    }
    qsort(names, header->count, sizeof *names, by_name);
    qsort(expected, header->count, sizeof *expected, by_name);
    int equal = plain;
    for (size_t i = 0; i < header->count && equal; ++i)
        equal = strcmp(names[i], expected[i]) == 0;
    free(names);
    if (!equal)
        return qvi_cannot(&db->err, OP,
                          "The columns in the CSV file do not match the columns in the database.");

    for (size_t c = 0; c < state->column_count; ++c)
        for (size_t i = 0; i < header->count; ++i)
            if (strcmp(qvi_csv_cell(&state->csv, 0, i), state->columns[c].column->name) == 0)
                state->columns[c].cell = i;
    return QV_OK;
}

/* Step 8: every data row as wide as the header. */
static qv_status check_widths(import_state *state)
{
    size_t width = state->csv.rows[0].count;
    for (size_t r = 1; r < state->csv.row_count; ++r)
        if (state->csv.rows[r].count != width)
            return qvi_cannot(&state->db->err, OP, "Row %zu has %zu columns, but the header has %zu.", r,
                              state->csv.rows[r].count, width);
    return QV_OK;
}

/* ---- column kinds and label maps --------------------------------------------- */

/* The label -> id map of @p target, loaded once per table. */
static qv_status target_labels(import_state *state, const qvi_table *target, const qvi_label_map **out)
{
    for (size_t i = 0; i < state->map_count; ++i) {
        if (state->maps[i].table == target) {
            *out = &state->maps[i];
            return QV_OK;
        }
    }
    if (qvi_label_map_load(state->db, target, QVI_LABELS_BY_LABEL, &state->maps[state->map_count]) != QV_OK)
        return QV_ERROR;
    *out = &state->maps[state->map_count++];
    return QV_OK;
}

/* Kinds of every column (§7.5.3-7.5.5) and the label maps, read before anything changes. */
static qv_status plan_columns(import_state *state)
{
    qv_db *db = state->db;
    const qvi_schema *schema = qvi_db_schema(db);
    const qvi_table *table = state->target.table;
    const qvi_table *collection = state->target.collection;
    int scalar = state->target.kind == QVI_KIND_COLLECTION;
    int has_id = qvi_table_column(collection, "id") != NULL;

    state->maps = calloc(table->fk_count + 1, sizeof *state->maps);
    if (state->maps == NULL)
        return qvi_out_of_memory(&db->err);
    if (qvi_label_map_load(db, collection, QVI_LABELS_BY_LABEL, &state->own) != QV_OK)
        return QV_ERROR;

    for (size_t c = 0; c < state->column_count; ++c) {
        column_plan *p = &state->columns[c];
        const qvi_column *column = p->column;
        int named_date = strncmp(column->name, "date_", 5) == 0;
        if (scalar && strcmp(column->name, "label") == 0)
            state->label_cell = p->cell;
        if (!scalar && strcmp(column->name, "id") == 0) {
            p->parent_id = 1;
            continue;
        }
        p->vector_index = state->target.kind == QVI_KIND_VECTOR && strcmp(column->name, "vector_index") == 0;
        if (column == state->target.dimension)
            p->date_like = named_date;
        else
            p->date_like = named_date || column->type == QV_TYPE_DATE_TIME;
        if (column->fk < 0)
            continue;
        p->fk = &table->fks[column->fk];
        const qvi_table *target = qvi_csv_fk_target(schema, p->fk);
        p->self_fk = scalar && has_id && target == collection;
        if (p->self_fk || target == NULL)
            continue; /* no table: its map stays NULL and every label is missing */
        if (target_labels(state, target, &p->labels) != QV_OK)
            return QV_ERROR;
    }
    return QV_OK;
}

/* 1 and *out = the id of the label @p cell in an FK column's target. */
static int fk_id(const column_plan *column, cell_text cell, int64_t *out)
{
    return column->labels != NULL && label_id(column->labels, cell, out);
}

/* ---- validation passes (no writes) ------------------------------------------- */

/* The value of the enum label @p cell in @p column; 1 when found. */
static int enum_value(const import_state *state, const column_plan *column, cell_text cell, int64_t *out)
{
    return is_plain(cell) && qvi_csv_enum_value(&state->settings, column->column->name, cell.text, out);
}

/* The integer or enum value of an INTEGER cell; 0 when neither parses. */
static int integer_value(const import_state *state, const column_plan *column, cell_text cell, int64_t *out)
{
    return parse_integer(cell.text, out) || enum_value(state, column, cell, out);
}

static qv_status validate_scalar(import_state *state)
{
    qv_db *db = state->db;
    for (size_t r = 1; r < state->csv.row_count; ++r) {
        for (size_t c = 0; c < state->column_count; ++c) {
            const column_plan *p = &state->columns[c];
            const char *name = p->column->name;
            cell_text text = cell(state, r, p);
            int64_t integer;
            double real;
            char canonical[QVI_DATETIME_CANONICAL_SIZE];
            if (text.length == 0) {
                if (p->column->not_null)
                    return qvi_cannot(&db->err, OP, "Column %s cannot be NULL.", name);
                continue;
            }
            if (p->fk && !p->self_fk && !fk_id(p, text, &integer))
                return qvi_cannot(&db->err, OP,
                                  "Could not find an existing element from collection %s with label %s.\n"
                                  "Create the element before referencing it.",
                                  p->fk->table, text.text);
            if (p->date_like && parse_date(state, text, canonical) != QV_OK)
                return QV_ERROR;
            if (p->column->type == QV_TYPE_INTEGER && !p->fk && !parse_integer(text.text, &integer)) {
                if (!qvi_csv_enum_has(&state->settings, name))
                    return qvi_cannot(&db->err, OP, "Invalid integer value '%s' for column '%s'.", text.text,
                                      name);
                if (!enum_value(state, p, text, &integer))
                    return qvi_cannot(&db->err, OP, "Invalid enum value '%s' for column '%s'.", text.text,
                                      name);
            }
            if (p->column->type == QV_TYPE_FLOAT && !parse_float(text.text, &real))
                return qvi_cannot(&db->err, OP, "Invalid float value '%s' for column '%s'.", text.text, name);
        }
    }
    return QV_OK;
}

typedef struct {
    cell_text label;
    size_t row;
    int64_t index;
} vector_entry;

static int same_label(const vector_entry *x, const vector_entry *y)
{
    return x->label.length == y->label.length && memcmp(x->label.text, y->label.text, x->label.length) == 0;
}

static int by_label_then_row(const void *a, const void *b)
{
    const vector_entry *x = a, *y = b;
    size_t shorter = x->label.length < y->label.length ? x->label.length : y->label.length;
    int order = memcmp(x->label.text, y->label.text, shorter);
    if (order == 0)
        order = (x->label.length > y->label.length) - (x->label.length < y->label.length);
    return order ? order : (x->row > y->row) - (x->row < y->row);
}

/* §7.5.5 step 1: per parent label, in file order, vector_index is 1, 2, 3, ... */
static qv_status validate_vector_indexes(import_state *state)
{
    const column_plan *id = NULL, *index = NULL;
    for (size_t c = 0; c < state->column_count; ++c) {
        if (state->columns[c].parent_id)
            id = &state->columns[c];
        if (state->columns[c].vector_index)
            index = &state->columns[c];
    }
    if (id == NULL || index == NULL)
        return QV_OK;
    size_t count = state->csv.row_count - 1;
    vector_entry *entries = malloc(count * sizeof *entries);
    if (entries == NULL)
        return qvi_out_of_memory(&state->db->err);
    int valid = 1;
    for (size_t r = 0; r < count && valid; ++r) {
        entries[r].label = cell(state, r + 1, id);
        entries[r].row = r;
        valid = parse_integer(cell(state, r + 1, index).text, &entries[r].index);
    }
    if (valid) {
        qsort(entries, count, sizeof *entries, by_label_then_row);
        int64_t expected = 1;
        for (size_t i = 0; i < count && valid; ++i) {
            if (i > 0 && !same_label(&entries[i], &entries[i - 1]))
                expected = 1;
            valid = entries[i].index == expected++;
        }
    }
    free(entries);
    if (!valid)
        return qvi_cannot(&state->db->err, OP,
                          "Column vector_index must be consecutive, unique and start at 1.");
    return QV_OK;
}

static qv_status validate_group(import_state *state)
{
    qv_db *db = state->db;
    if (state->target.kind == QVI_KIND_VECTOR && validate_vector_indexes(state) != QV_OK)
        return QV_ERROR;
    for (size_t r = 1; r < state->csv.row_count; ++r) {
        for (size_t c = 0; c < state->column_count; ++c) {
            const column_plan *p = &state->columns[c];
            cell_text text = cell(state, r, p);
            int64_t id;
            char canonical[QVI_DATETIME_CANONICAL_SIZE];
            if (p->parent_id) {
                if (!label_id(&state->own, text, &id))
                    return qvi_cannot(&db->err, OP, "Element with id %s does not exist in collection %s.",
                                      text.text, state->target.collection->name);
                continue;
            }
            if (text.length == 0) {
                if (p->column->not_null)
                    return qvi_cannot(&db->err, OP, "Column %s cannot be NULL.", p->column->name);
                continue;
            }
            if (p->fk && !fk_id(p, text, &id))
                return qvi_cannot(&db->err, OP,
                                  "Could not find an existing element from collection %s with label %s.",
                                  p->fk->table, text.text);
            if (p->date_like && parse_date(state, text, canonical) != QV_OK)
                return QV_ERROR;
        }
    }
    return QV_OK;
}

/* ---- write phase ----------------------------------------------------------- */

/* Binds one cell by the first rule that applies (§7.5.4 step 4, §7.5.5). */
static qv_status bind_cell(import_state *state, sqlite3_stmt *stmt, int index, size_t row,
                           const column_plan *p)
{
    qv_db *db = state->db;
    cell_text text = cell(state, row, p);
    const char *name = p->column->name;
    int64_t integer;
    double real;
    char canonical[QVI_DATETIME_CANONICAL_SIZE];
    int rc;
    if (p->parent_id) {
        label_id(&state->own, text, &integer); /* validated */
        rc = sqlite3_bind_int64(stmt, index, integer);
    } else if (text.length == 0 || p->self_fk) {
        rc = sqlite3_bind_null(stmt, index);
    } else if (p->vector_index) {
        parse_integer(text.text, &integer); /* validated */
        rc = sqlite3_bind_int64(stmt, index, integer);
    } else if (p->fk) {
        fk_id(p, text, &integer); /* validated */
        rc = sqlite3_bind_int64(stmt, index, integer);
    } else if (p->date_like) {
        if (parse_date(state, text, canonical) != QV_OK)
            return QV_ERROR;
        rc = sqlite3_bind_text(stmt, index, canonical, -1, SQLITE_TRANSIENT);
    } else if (p->column->type == QV_TYPE_INTEGER) {
        /* Scalar cells were validated; a group's fail here, always as an enum (§7.5.5). */
        if (!integer_value(state, p, text, &integer))
            return qvi_cannot(&db->err, OP, "Invalid enum value '%s' for column '%s'.", text.text, name);
        rc = sqlite3_bind_int64(stmt, index, integer);
    } else if (p->column->type == QV_TYPE_FLOAT) {
        if (!parse_float(text.text, &real))
            return qvi_cannot(&db->err, OP, "invalid REAL value '%s' in column '%s' at line %zu", text.text,
                              name, state->csv.rows[row].line);
        rc = sqlite3_bind_double(stmt, index, real);
    } else {
        /* Stripped already (the set of qvi_bind_trimmed); bound whole, NUL bytes included. */
        rc = sqlite3_bind_text64(stmt, index, text.text, text.length, SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    if (rc != SQLITE_OK)
        return qvi_failed(&db->err, "execute statement", "%s", sqlite3_errmsg(db->sqlite));
    return QV_OK;
}

/* DELETE FROM the target table. */
static qv_status delete_all(import_state *state)
{
    qvi_buf sql = QVI_BUF_INIT;
    qvi_buf_append(&sql, "DELETE FROM ");
    qvi_buf_ident(&sql, state->target.table->name);
    if (sql.failed)
        return qvi_out_of_memory(&state->db->err);
    qv_status status = qvi_exec(state->db, sql.data, "execute statement");
    qvi_buf_free(&sql);
    return status;
}

/* INSERT of every row, in file order; a scalar import keeps the id of known labels. */
static qv_status insert_rows(import_state *state)
{
    qv_db *db = state->db;
    const qvi_table *table = state->target.table;
    int keep_ids = state->target.kind == QVI_KIND_COLLECTION && qvi_table_column(table, "id") != NULL;
    qvi_buf sql = QVI_BUF_INIT;
    qvi_buf_append(&sql, "INSERT INTO ");
    qvi_buf_ident(&sql, table->name);
    qvi_buf_append(&sql, " (");
    if (keep_ids)
        qvi_buf_append(&sql, "\"id\"");
    for (size_t c = 0; c < state->column_count; ++c) {
        if (c > 0 || keep_ids)
            qvi_buf_append(&sql, ", ");
        qvi_buf_ident(&sql, state->columns[c].column->name);
    }
    qvi_buf_append(&sql, ") VALUES (");
    for (size_t c = 0; c < state->column_count + (size_t)keep_ids; ++c)
        qvi_buf_append(&sql, c ? ", ?" : "?");
    qvi_buf_append(&sql, ")");
    sqlite3_stmt *stmt = qvi_stmt_acquire_built(db, &sql);
    if (stmt == NULL)
        return QV_ERROR;

    qv_status status = QV_OK;
    for (size_t r = 1; r < state->csv.row_count && status == QV_OK; ++r) {
        int index = 1;
        if (keep_ids) {
            int64_t id;
            if (label_id(&state->own, cell_at(state, r, state->label_cell), &id))
                sqlite3_bind_int64(stmt, index, id);
            else
                sqlite3_bind_null(stmt, index);
            ++index;
        }
        for (size_t c = 0; c < state->column_count && status == QV_OK; ++c)
            status = bind_cell(state, stmt, index++, r, &state->columns[c]);
        if (status == QV_OK)
            status = qvi_step_done(db, stmt);
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
    }
    qvi_stmt_release(db, stmt);
    return status;
}

/* §7.5.4 step 5: self references, resolved against the labels now in the table. */
static qv_status resolve_self_references(import_state *state)
{
    qv_db *db = state->db;
    const qvi_table *table = state->target.table;
    int any = 0;
    for (size_t c = 0; c < state->column_count; ++c)
        any = any || state->columns[c].self_fk;
    if (!any)
        return QV_OK;
    qvi_label_map now;
    if (qvi_label_map_load(db, table, QVI_LABELS_BY_LABEL, &now) != QV_OK)
        return QV_ERROR;
    qv_status status = QV_OK;
    for (size_t c = 0; c < state->column_count && status == QV_OK; ++c) {
        const column_plan *p = &state->columns[c];
        if (!p->self_fk)
            continue;
        qvi_buf sql = QVI_BUF_INIT;
        qvi_buf_append(&sql, "UPDATE ");
        qvi_buf_ident(&sql, table->name);
        qvi_buf_append(&sql, " SET ");
        qvi_buf_ident(&sql, p->column->name);
        qvi_buf_append(&sql, " = ? WHERE \"id\" = ?");
        sqlite3_stmt *stmt = qvi_stmt_acquire_built(db, &sql);
        if (stmt == NULL)
            status = QV_ERROR;
        for (size_t r = 1; r < state->csv.row_count && status == QV_OK; ++r) {
            cell_text text = cell(state, r, p);
            int64_t target, id;
            if (text.length == 0)
                continue;
            if (!label_id(&now, text, &target)) {
                status = qvi_cannot(&db->err, OP,
                                    "Could not find an existing element from collection %s with label %s.\n"
                                    "Create the element before referencing it.",
                                    table->name, text.text);
                break;
            }
            /* The row's own label is in the table now, unless SQLite converted it on
             * insert (a label column without TEXT affinity): then no row has it. */
            if (!label_id(&now, cell_at(state, r, state->label_cell), &id))
                continue;
            sqlite3_bind_int64(stmt, 1, target);
            sqlite3_bind_int64(stmt, 2, id);
            status = qvi_step_done(db, stmt);
            sqlite3_reset(stmt);
        }
        if (stmt)
            qvi_stmt_release(db, stmt);
    }
    qvi_label_map_free(&now);
    return status;
}

static qv_status foreign_keys(qv_db *db, int on)
{
    /* SQLite ignores this PRAGMA inside a transaction, which is why import owns its own. */
    return qvi_exec(db, on ? "PRAGMA foreign_keys = ON;" : "PRAGMA foreign_keys = OFF;", "execute statement");
}

/* Turns foreign keys back on without losing the message of an earlier failure. */
static qv_status foreign_keys_on(qv_db *db, qv_status status)
{
    qv_error saved = db->err;
    if (foreign_keys(db, 1) != QV_OK && status == QV_OK)
        return QV_ERROR;
    if (status != QV_OK)
        db->err = saved;
    return status;
}

/* §7.5.1 step 9: a header-only file empties the table, outside any transaction. */
static qv_status import_header_only(import_state *state)
{
    qv_status status = foreign_keys(state->db, 0);
    if (status == QV_OK)
        status = delete_all(state);
    return foreign_keys_on(state->db, status);
}

static qv_status write_rows(import_state *state)
{
    qv_db *db = state->db;
    int started = 0;
    qv_status status = foreign_keys(db, 0);
    if (status == QV_OK)
        status = qvi_txn_begin(db, &started);
    if (status == QV_OK)
        status = delete_all(state);
    if (status == QV_OK)
        status = insert_rows(state);
    if (status == QV_OK && state->target.kind == QVI_KIND_COLLECTION)
        status = resolve_self_references(state);
    status = qvi_txn_finish(db, started, status);
    status = foreign_keys_on(db, status);
    if (status != QV_OK && strstr(db->err.message, "UNIQUE constraint"))
        qvi_cannot(&db->err, OP, "There are duplicate entries in the CSV file.");
    return status;
}

/* Everything after the checks of §7.5.1 steps 1-3: the file, then the data. */
static qv_status import_file(import_state *state, const char *path)
{
    qv_db *db = state->db;
    char *content = NULL;
    size_t length = 0;
    int read = qvi_csv_read_file(path, &content, &length);
    if (read == 0)
        return qvi_cannot(&db->err, OP, "could not open file: %s", path);
    if (read < 0)
        return qvi_out_of_memory(&db->err);
    qv_status status = qvi_csv_parse(content, length, &state->csv, &db->err);
    free(content);
    if (status != QV_OK)
        return QV_ERROR;
    if (state->csv.row_count == 0)
        return qvi_cannot(&db->err, OP, "CSV file is empty.");
    strip_cells(&state->csv);
    if (check_header(state) != QV_OK || check_widths(state) != QV_OK)
        return QV_ERROR;
    if (state->csv.row_count == 1)
        return import_header_only(state);

    if (state->target.kind == QVI_KIND_TIME_SERIES) {
        state->target.dimension = qvi_ts_dimension(state->target.table);
        if (state->target.dimension == NULL)
            return qvi_not_found(&db->err, "Dimension column", "time series table '%s'",
                                 state->target.table->name);
    }
    if (plan_columns(state) != QV_OK)
        return QV_ERROR;
    qvi_c_locale locale;
    if (!qvi_c_locale_enter(&locale))
        return qvi_out_of_memory(&db->err);
    if (state->target.kind == QVI_KIND_COLLECTION)
        status = validate_scalar(state);
    else
        status = validate_group(state);
    if (status == QV_OK)
        status = write_rows(state);
    qvi_c_locale_leave(&locale);
    return status;
}

qv_status qv_import_csv(qv_db *db, const char *collection, const char *group, const char *path,
                        const qv_csv_options *options)
{
    import_state state;
    memset(&state, 0, sizeof state);
    state.db = db;
    if (qvi_csv_settings_init(&state.settings, options, &db->err) != QV_OK)
        return QV_ERROR;
    qv_status status = qvi_csv_target_resolve(db, OP, collection, "", &state.target);
    if (status == QV_OK && qvi_in_transaction(db))
        status = qvi_cannot(&db->err, OP, "transaction already active");
    if (status == QV_OK && group[0] != '\0')
        status = qvi_csv_target_resolve(db, OP, collection, group, &state.target);
    if (status == QV_OK)
        status = import_file(&state, path);
    for (size_t i = 0; i < state.map_count; ++i)
        qvi_label_map_free(&state.maps[i]);
    free(state.maps);
    qvi_label_map_free(&state.own);
    free(state.columns);
    qvi_csv_table_free(&state.csv);
    qvi_csv_settings_free(&state.settings);
    if (status == QV_OK)
        QVI_LOG(db, QV_LOG_INFO, "Imported CSV: %s", path);
    return status;
}
