/*
 * The columnar group block (c-api-groups-timeseries-csv.md §3): the output
 * block built from a statement's rows, the input-block decoder every group
 * writer uses, and freeing a block.
 */
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "block.h"
#include "buf.h"

enum { FIRST_CAPACITY = 16 };

void qvi_block_empty(qv_block *block)
{
    block->column_names = NULL;
    block->column_types = NULL;
    block->column_data = NULL;
    block->column_has_value = NULL;
    block->column_count = 0;
    block->row_count = 0;
}

static int is_text_type(int type)
{
    return type == QV_TYPE_STRING || type == QV_TYPE_DATE_TIME;
}

/* Frees a block whose types are known to be valid: only the first @p filled
 * string entries of a text column were written. */
static void release(qv_block *block, size_t filled)
{
    for (size_t c = 0; c < block->column_count; ++c) {
        if (block->column_names)
            free(block->column_names[c]);
        if (block->column_has_value)
            free(block->column_has_value[c]);
        if (block->column_data && block->column_data[c]) {
            if (is_text_type(block->column_types[c])) {
                char **strings = block->column_data[c];
                for (size_t r = 0; r < filled; ++r)
                    free(strings[r]);
            }
            free(block->column_data[c]);
        }
    }
    free(block->column_names);
    free(block->column_has_value);
    free(block->column_data);
    free(block->column_types);
    qvi_block_empty(block);
}

static size_t cell_size(int type)
{
    return type == QV_TYPE_INTEGER ? sizeof(int64_t)
           : type == QV_TYPE_FLOAT ? sizeof(double)
                                   : sizeof(char *);
}

/* Gives every column room for @p capacity rows. */
static int grow(qv_block *block, size_t capacity)
{
    for (size_t c = 0; c < block->column_count; ++c) {
        void *data = realloc(block->column_data[c], capacity * cell_size(block->column_types[c]));
        if (data == NULL)
            return 0;
        block->column_data[c] = data;
        uint8_t *mask = realloc(block->column_has_value[c], capacity);
        if (mask == NULL)
            return 0;
        block->column_has_value[c] = mask;
    }
    return 1;
}

/* Truncation toward zero of a REAL read by an INTEGER column, saturating
 * where C's conversion would be undefined. */
static int64_t truncate_real(double value)
{
    if (isnan(value))
        return 0;
    if (value >= 9223372036854775807.0)
        return INT64_MAX;
    if (value <= -9223372036854775808.0)
        return INT64_MIN;
    return (int64_t)value;
}

/* Stores result column @p i of the current row into row @p r of block column @p i. */
static int store_cell(qv_block *block, sqlite3_stmt *stmt, size_t i, size_t r)
{
    int storage = sqlite3_column_type(stmt, (int)i);
    uint8_t present = 0;
    switch (block->column_types[i]) {
    case QV_TYPE_INTEGER: {
        int64_t *values = block->column_data[i];
        values[r] = 0;
        if (storage == SQLITE_INTEGER) {
            values[r] = sqlite3_column_int64(stmt, (int)i);
            present = 1;
        } else if (storage == SQLITE_FLOAT) {
            values[r] = truncate_real(sqlite3_column_double(stmt, (int)i));
            present = 1;
        }
        break;
    }
    case QV_TYPE_FLOAT: {
        double *values = block->column_data[i];
        values[r] = 0.0;
        if (storage == SQLITE_FLOAT || storage == SQLITE_INTEGER) {
            values[r] = sqlite3_column_double(stmt, (int)i);
            present = 1;
        }
        break;
    }
    default: {
        char **values = block->column_data[i];
        if (storage == SQLITE_TEXT) {
            const unsigned char *text = sqlite3_column_text(stmt, (int)i);
            size_t length = (size_t)sqlite3_column_bytes(stmt, (int)i);
            if (text == NULL || (values[r] = malloc(length + 1)) == NULL)
                return 0; /* SQLite or we ran out of memory */
            memcpy(values[r], text, length);
            values[r][length] = '\0';
            present = 1;
        }
        break;
    }
    }
    block->column_has_value[i][r] = present;
    return 1;
}

qv_status qvi_block_from_stmt(qv_db *db, sqlite3_stmt *stmt, const char *const *names,
                              const qv_data_type *types, size_t column_count, qv_block *out)
{
    qv_block block;
    qvi_block_empty(&block);
    size_t capacity = 0, rows = 0;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        if (rows == capacity) {
            if (capacity == 0) {
                block.column_count = column_count;
                block.column_types = malloc(column_count * sizeof *block.column_types);
                block.column_data = calloc(column_count, sizeof *block.column_data);
                block.column_has_value = calloc(column_count, sizeof *block.column_has_value);
                if (block.column_types == NULL || block.column_data == NULL || block.column_has_value == NULL)
                    goto out_of_memory;
                for (size_t c = 0; c < column_count; ++c)
                    block.column_types[c] = (int)types[c];
            }
            capacity = capacity ? capacity * 2 : FIRST_CAPACITY;
            if (!grow(&block, capacity))
                goto out_of_memory;
        }
        /* Null the row's strings first, so a row that fails half-way can be released whole. */
        for (size_t c = 0; c < column_count; ++c)
            if (is_text_type(block.column_types[c]))
                ((char **)block.column_data[c])[rows] = NULL;
        rows++;
        for (size_t c = 0; c < column_count; ++c)
            if (!store_cell(&block, stmt, c, rows - 1))
                goto out_of_memory;
    }
    if (rc != SQLITE_DONE) {
        release(&block, rows);
        qvi_block_empty(out);
        return qvi_failed(&db->err, "execute statement", "%s", sqlite3_errmsg(db->sqlite));
    }
    if (rows == 0) {
        qvi_block_empty(out);
        return QV_OK;
    }
    block.column_names = calloc(column_count, sizeof *block.column_names);
    if (block.column_names == NULL)
        goto out_of_memory;
    for (size_t c = 0; c < column_count; ++c)
        if ((block.column_names[c] = strdup(names[c])) == NULL)
            goto out_of_memory;
    block.row_count = rows;
    *out = block;
    return QV_OK;

out_of_memory:
    release(&block, rows);
    qvi_block_empty(out);
    return qvi_out_of_memory(&db->err);
}

qv_status qvi_block_read(qv_db *db, const qvi_table *table, const char *const *names,
                         const qv_data_type *types, size_t count, const char *order, int64_t id,
                         qv_block *out)
{
    if (count == 0) {
        qvi_block_empty(out);
        return QV_OK;
    }
    qvi_buf sql = QVI_BUF_INIT;
    qvi_buf_append(&sql, "SELECT ");
    for (size_t c = 0; c < count; ++c) {
        qvi_buf_append(&sql, c ? ", " : "");
        qvi_buf_ident(&sql, names[c]);
    }
    qvi_buf_append(&sql, " FROM ");
    qvi_buf_ident(&sql, table->name);
    qvi_buf_append(&sql, " WHERE id = ? ORDER BY ");
    if (order)
        qvi_buf_ident(&sql, order);
    else
        qvi_buf_append(&sql, "rowid");
    sqlite3_stmt *stmt = qvi_stmt_acquire_built(db, &sql);
    if (stmt == NULL)
        return QV_ERROR;
    sqlite3_bind_int64(stmt, 1, id);
    qv_status status = qvi_block_from_stmt(db, stmt, names, types, count, out);
    qvi_stmt_release(db, stmt);
    return status;
}

qv_status qv_block_clear(qv_block *block, qv_error *err)
{
    size_t count = block->column_count;
    if (block->column_names == NULL && block->column_data == NULL && block->column_has_value == NULL)
        return QV_OK;
    if (block->column_names) {
        for (size_t c = 0; c < count; ++c)
            free(block->column_names[c]);
        free(block->column_names);
        block->column_names = NULL;
    }
    /* Masks go before the data, so that an unknown type below cannot leak them. */
    if (block->column_has_value) {
        for (size_t c = 0; c < count; ++c)
            free(block->column_has_value[c]);
        free(block->column_has_value);
        block->column_has_value = NULL;
    }
    if (block->column_data && block->column_types) {
        for (size_t c = 0; c < count; ++c) {
            void *data = block->column_data[c];
            if (data == NULL)
                continue;
            int type = block->column_types[c];
            if (is_text_type(type)) {
                char **strings = data;
                for (size_t r = 0; r < block->row_count; ++r)
                    free(strings[r]);
            } else if (type != QV_TYPE_INTEGER && type != QV_TYPE_FLOAT) {
                qv_error scratch;
                return qvi_cannot(err ? err : &scratch, "free_time_series_data", "unknown data type %d",
                                  type);
            }
            free(data);
            block->column_data[c] = NULL;
        }
        free(block->column_data);
        block->column_data = NULL;
    }
    free(block->column_types);
    qvi_block_empty(block);
    return QV_OK;
}

/* --- input -------------------------------------------------------------- */

static int masked(const qv_block_input *input, size_t c, size_t r)
{
    return input->column_has_value && input->column_has_value[c] && input->column_has_value[c][r] == 0;
}

qvi_value qvi_rows_cell(const qvi_rows *rows, size_t row, size_t column)
{
    const qv_block_input *input = rows->input;
    size_t c = rows->columns[column].source;
    const void *data = input->column_data[c];
    qvi_value cell = {QV_TYPE_NULL, {0}};
    if (data == NULL || masked(input, c, row))
        return cell;
    switch (input->column_types[c]) {
    case QV_TYPE_INTEGER:
        cell.type = QV_TYPE_INTEGER;
        cell.as.integer = ((const int64_t *)data)[row];
        break;
    case QV_TYPE_FLOAT:
        cell.type = QV_TYPE_FLOAT;
        cell.as.real = ((const double *)data)[row];
        break;
    default: {
        const char *text = ((const char *const *)data)[row];
        if (text) {
            cell.type = QV_TYPE_STRING;
            cell.as.string = (char *)text; /* borrowed, never written through */
        }
        break;
    }
    }
    return cell;
}

static int compare_columns(const void *a, const void *b)
{
    const qvi_block_column *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    if (c != 0)
        return c;
    return x->source < y->source ? -1 : x->source > y->source;
}

/* "Cannot <caller>: columns [a, b] contain no rows; ..." (names in the given order). */
static qv_status no_rows(const qv_block_input *input, const char *caller, qv_error *err)
{
    qvi_buf names = QVI_BUF_INIT;
    for (size_t c = 0; c < input->column_count; ++c) {
        if (c > 0)
            qvi_buf_append(&names, ", ");
        qvi_buf_append(&names, input->column_names[c]);
    }
    if (names.failed) {
        qvi_buf_free(&names);
        return qvi_out_of_memory(err);
    }
    qvi_cannot(err, caller, "columns [%s] contain no rows; pass no columns to clear the group", names.data);
    qvi_buf_free(&names);
    return QV_ERROR;
}

/* §3.2 rule 5: the first cell read whose type code is unknown, rows first.  A
 * column's first read cell is its first unmasked one; a NULL column has none. */
static qv_status check_type_codes(const qv_block_input *input, const char *caller, qv_error *err)
{
    size_t best_row = input->row_count, best_column = 0;
    for (size_t c = 0; c < input->column_count; ++c) {
        int type = input->column_types[c];
        if (type >= QV_TYPE_INTEGER && type <= QV_TYPE_DATE_TIME)
            continue;
        if (input->column_data[c] == NULL)
            continue;
        for (size_t r = 0; r < best_row; ++r) {
            if (!masked(input, c, r)) {
                best_row = r;
                best_column = c;
                break;
            }
        }
    }
    if (best_row < input->row_count)
        return qvi_cannot(err, caller, "unknown column type %d", input->column_types[best_column]);
    return QV_OK;
}

qv_status qvi_rows_decode(const qv_block_input *input, const char *caller, qvi_rows *out, qv_error *err)
{
    size_t count = input->column_count;
    for (size_t c = 0; c < count; ++c)
        if (input->column_names[c] == NULL)
            return qvi_error_set(err, "Null argument: column_names[%zu]", c);
    if (count > 0 && input->row_count == 0)
        return no_rows(input, caller, err);
    /* NULL data columns let a caller pass any row count; rows whose cells could
     * not even be addressed cannot be decoded (and must not be iterated). */
    if (count > 0 && input->row_count > SIZE_MAX / sizeof(qvi_value) / count)
        return qvi_out_of_memory(err);
    if (count > 0 && check_type_codes(input, caller, err) != QV_OK)
        return QV_ERROR;

    qvi_block_column *columns = NULL;
    size_t distinct = 0;
    if (count > 0) {
        columns = malloc(count * sizeof *columns);
        if (columns == NULL)
            return qvi_out_of_memory(err);
        for (size_t c = 0; c < count; ++c) {
            columns[c].name = input->column_names[c];
            columns[c].source = c;
        }
        qsort(columns, count, sizeof *columns, compare_columns);
        /* Within a run of equal names the last given column sorts last and wins. */
        for (size_t c = 0; c < count; ++c) {
            if (c + 1 < count && strcmp(columns[c].name, columns[c + 1].name) == 0)
                continue;
            columns[distinct++] = columns[c];
        }
    }
    out->input = input;
    out->columns = columns;
    out->column_count = distinct;
    out->row_count = input->row_count;
    return QV_OK;
}

void qvi_rows_free(qvi_rows *rows)
{
    free(rows->columns);
    rows->columns = NULL;
    rows->column_count = 0;
}

qv_status qvi_group_delete_rows(qv_db *db, const qvi_table *table, int64_t id)
{
    sqlite3_stmt *stmt = qvi_stmt_acquire_by_id(db, "DELETE FROM ", table, id);
    if (stmt == NULL)
        return QV_ERROR;
    qv_status status = qvi_step_done(db, stmt);
    qvi_stmt_release(db, stmt);
    return status;
}
