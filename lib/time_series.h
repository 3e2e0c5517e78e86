/*
 * Checks shared by the time-series row writers (c-api-groups-timeseries-csv.md
 * §5.4 steps 3-5; the upsert of §5.5 runs the same checks on a one-row block).
 */
#ifndef QVI_TIME_SERIES_H
#define QVI_TIME_SERIES_H

#include "block.h"

/* A time-series table checked against decoded rows. */
typedef struct {
    const qvi_table *table;
    const qvi_column *first_dimension; /* the first primary-key column but `id`, declaration order */
    const qvi_column **columns;        /* the table column of each of rows->columns */
} qvi_ts_write;

/* For the writer @p caller: the collection, the table and its dimension
 * columns, then each row: every dimension present (declaration order), and
 * each column (name order) a column of the table other than `id` whose type
 * accepts the cell.  Reads nothing but the schema.  On success release @p out
 * with qvi_ts_write_free(). */
qv_status qvi_ts_check_rows(qv_db *db, const char *caller, const char *collection, const char *group,
                            const qvi_rows *rows, qvi_ts_write *out);
void qvi_ts_write_free(qvi_ts_write *write);

#endif
