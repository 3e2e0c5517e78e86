/*
 * The columnar group block, shared by every whole-group read and write
 * (c-api-groups-timeseries-csv.md §3): building an output block from a
 * statement's rows, decoding an input block into rows, and freeing.
 */
#ifndef QVI_BLOCK_H
#define QVI_BLOCK_H

#include <quiver/groups.h>

#include "db.h"
#include "element.h"

/* --- output (§3.1) ------------------------------------------------------ */

/* The empty block: NULL arrays, counts 0. */
void qvi_block_empty(qv_block *block);

/* Steps @p stmt to the end and builds *out from its rows: block column c is
 * result column c, named @p names[c] (copied) and typed @p types[c], with the
 * storage-class conversions of §3.1.  No rows gives the empty block.  On
 * failure the partial block is released, *out is set to the empty block, and
 * the message is in db->err.  The statement is not reset. */
qv_status qvi_block_from_stmt(qv_db *db, sqlite3_stmt *stmt, const char *const *names,
                              const qv_data_type *types, size_t column_count, qv_block *out);

/* Reads the rows of element @p id in @p table into *out, as qvi_block_from_stmt():
 * `SELECT <names> FROM <table> WHERE id = ? ORDER BY <order>`, @p order a column
 * name, or NULL for rowid.  No columns gives the empty block. */
qv_status qvi_block_read(qv_db *db, const qvi_table *table, const char *const *names,
                         const qv_data_type *types, size_t count, const char *order, int64_t id,
                         qv_block *out);

/* --- input (§3.2) ------------------------------------------------------- */

/* A distinct column name of an input block. */
typedef struct {
    const char *name;
    size_t source; /* the given column that supplies its values: the last one of that name */
} qvi_block_column;

/* An input block seen as row_count rows over the same distinct columns,
 * sorted by byte-wise name.  Cells are read from the caller's arrays on
 * demand (qvi_rows_cell), so decoding copies no values. */
typedef struct {
    const qv_block_input *input;
    qvi_block_column *columns;
    size_t column_count;
    size_t row_count;
} qvi_rows;

/* Decodes @p input for the writer @p caller ("update_vector_group", ...):
 * a NULL name fails with "Null argument: column_names[<c>]", columns without
 * rows with "Cannot <caller>: columns [...] contain no rows; ...", a row count
 * whose cells could not be addressed with "Memory allocation failed", and the
 * first cell read (rows first, then columns in the given order) whose type
 * code is not 0-3 with "Cannot <caller>: unknown column type <code>".  The
 * arrays named in §3.2 rule 1 must be non-NULL when column_count > 0. */
qv_status qvi_rows_decode(const qv_block_input *input, const char *caller, qvi_rows *out, qv_error *err);
void qvi_rows_free(qvi_rows *rows);

/* Cell (@p row, distinct column @p column): type QV_TYPE_NULL, QV_TYPE_INTEGER,
 * QV_TYPE_FLOAT or QV_TYPE_STRING (for both text tags); strings are borrowed. */
qvi_value qvi_rows_cell(const qvi_rows *rows, size_t row, size_t column);

/* --- group tables ------------------------------------------------------ */

/* DELETE FROM <table> WHERE id = ?: the first step of every replacing group write. */
qv_status qvi_group_delete_rows(qv_db *db, const qvi_table *table, int64_t id);

#endif
