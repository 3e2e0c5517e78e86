/*
 * What describe.c and summarize.c share: the one-row counting query, the
 * header line of a collection and the order of the group sections.
 */
#ifndef QVI_REPORT_H
#define QVI_REPORT_H

#include <stdint.h>

#include "buf.h"
#include "db.h"

/* The group sections of a report, in the order they are printed. */
typedef struct {
    unsigned kind;     /* QVI_KIND_VECTOR, _SET or _TIME_SERIES */
    const char *title; /* "Vectors", "Sets", "Time Series" */
} qvi_group_section;

#define QVI_GROUP_SECTION_COUNT 3
extern const qvi_group_section qvi_group_sections[QVI_GROUP_SECTION_COUNT];

/* Appends the i-th expression of a qvi_select_integers() query. */
typedef void (*qvi_expr_fn)(qvi_buf *sql, size_t i, const void *context);

/* Evaluates @p count integer expressions with `SELECT <e0>, <e1>, ... [FROM "<from>"]`
 * into @p out.  Long lists are split over several statements so no statement
 * exceeds SQLite's limit on result columns. */
qv_status qvi_select_integers(qv_db *db, const char *from, size_t count, qvi_expr_fn expr,
                              const void *context, int64_t *out);

/* "Collection: <name> (<n> element<s>)\n" (c-api.md §14.2). */
void qvi_report_header(qvi_buf *report, const char *name, int64_t count);

/* Hands the text over to @p out_report and empties @p report, or reports the
 * allocation failure the buffer recorded (leaving @p out_report untouched). */
qv_status qvi_report_take(qv_db *db, qvi_buf *report, char **out_report);

#endif
