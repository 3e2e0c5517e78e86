/*
 * Internals shared by CSV export and import (c-api-groups-timeseries-csv.md §7):
 * the byte-level writer, the file reader and tokeniser, the normalised enum
 * options and the resolution of a collection/group pair to its table.
 */
#ifndef QVI_CSV_H
#define QVI_CSV_H

#include <stddef.h>
#include <stdint.h>

#include <quiver/csv.h>

#include "buf.h"
#include "db.h"

/* ---- writer (csv_writer.c) ------------------------------------------------ */

/* Appends one field: enclosed in double quotes, inner quotes doubled, when it
 * contains a comma, space, LF, double quote or CR (§7.4 with §10.2); else verbatim. */
void qvi_csv_append_field(qvi_buf *line, const char *text, size_t length);

/* ---- reader (csv_reader.c) ------------------------------------------------ */

typedef struct {
    size_t first; /* index of the row's first cell in qvi_csv_table.cells */
    size_t count; /* number of cells */
    size_t line;  /* 1-based line of the file on which the row begins */
} qvi_csv_row;

/* One cell: its bytes in qvi_csv_table.text, NUL-terminated there.  A NUL byte
 * of the file is a cell byte like any other, so @c length may exceed strlen. */
typedef struct {
    size_t offset;
    size_t length;
} qvi_csv_span;

/* The rows of a file after the steps of §7.5.2; row 0 is the header. */
typedef struct {
    char *text;          /* every cell, NUL-terminated, one after the other */
    qvi_csv_span *cells; /* where each cell is in text */
    size_t cell_count;
    qvi_csv_row *rows;
    size_t row_count;
} qvi_csv_table;

/* Reads the whole file.  Returns 1, 0 when it cannot be opened or read (a
 * directory included), -1 when out of memory. */
int qvi_csv_read_file(const char *path, char **out_content, size_t *out_length);
/* Applies §7.5.2 (sep= line, semicolons, trailing empty columns, tokenising) to
 * @p content, which it modifies.  Fails only when out of memory. */
qv_status qvi_csv_parse(char *content, size_t length, qvi_csv_table *out, qv_error *err);
void qvi_csv_table_free(qvi_csv_table *table);

static inline qvi_csv_span *qvi_csv_span_at(const qvi_csv_table *table, size_t row, size_t column)
{
    return &table->cells[table->rows[row].first + column];
}

static inline char *qvi_csv_cell(const qvi_csv_table *table, size_t row, size_t column)
{
    return table->text + qvi_csv_span_at(table, row, column)->offset;
}

/* ---- options (csv_common.c) ----------------------------------------------- */

typedef struct {
    const char *label;
    int64_t value;
} qvi_enum_entry;

/* One (attribute, locale) pair with its labels in order of first appearance. */
typedef struct {
    const char *attribute;
    const char *locale;
    qvi_enum_entry *entries; /* points into qvi_csv_settings.entries */
    size_t count;
} qvi_enum_group;

/* The options normalised (§7.1): groups in order of first appearance. */
typedef struct {
    const char *date_time_format; /* never NULL */
    qvi_enum_group *groups;
    size_t group_count;
    qvi_enum_entry *entries;
} qvi_csv_settings;

/* Normalises @p options (NULL: the defaults).  Fails with "Null argument: <name>"
 * for a NULL array or entry among the enum options, or when out of memory. */
qv_status qvi_csv_settings_init(qvi_csv_settings *settings, const qv_csv_options *options, qv_error *err);
void qvi_csv_settings_free(qvi_csv_settings *settings);
/* 1 when some enum group belongs to @p attribute. */
int qvi_csv_enum_has(const qvi_csv_settings *settings, const char *attribute);
/* The export label of @p value in column @p attribute, NULL when none. */
const char *qvi_csv_enum_label(const qvi_csv_settings *settings, const char *attribute, int64_t value);
/* The import value of @p label (ASCII case-insensitive); 1 when found. */
int qvi_csv_enum_value(const qvi_csv_settings *settings, const char *attribute, const char *label,
                       int64_t *out);

/* ---- targets (csv_common.c) ----------------------------------------------- */

/* The table a CSV call works on: the collection itself (scalar) or the group table. */
typedef struct {
    const qvi_table *collection;
    const qvi_table *table;
    unsigned kind; /* QVI_KIND_COLLECTION for a scalar target, else VECTOR, SET or TIME_SERIES */
    const qvi_column *dimension; /* time series: the ordering dimension */
} qvi_csv_target;

/* Collection check and group resolution (§7.3 "Target selection"), with @p op in
 * the messages; the time-series dimension is not looked up here. */
qv_status qvi_csv_target_resolve(qv_db *db, const char *op, const char *collection, const char *group,
                                 qvi_csv_target *out);

/* ---- label maps (csv_common.c) ------------------------------------------- */

typedef struct {
    int64_t id;
    const char *label; /* NUL-terminated; NUL bytes of the label itself may come earlier */
    size_t length;
} qvi_label_entry;

/* The (id, label) pairs of one table, sorted by id or by label. */
typedef struct {
    const qvi_table *table;
    qvi_label_entry *entries;
    size_t count;
    char *text; /* the labels */
} qvi_label_map;

enum { QVI_LABELS_BY_ID, QVI_LABELS_BY_LABEL };

/* Loads SELECT id, label FROM @p table (rows with an INTEGER id and a non-NULL
 * label), sorted by @p order.  A table without `id` or `label` gives an empty map. */
qv_status qvi_label_map_load(qv_db *db, const qvi_table *table, int order, qvi_label_map *out);
void qvi_label_map_free(qvi_label_map *map);
/* Map sorted by id: the entry of @p id, NULL when absent. */
const qvi_label_entry *qvi_label_map_label(const qvi_label_map *map, int64_t id);
/* Map sorted by label: 1 and *out = the id of the @p length bytes of @p label
 * (matched exactly, byte for byte), 0 when absent. */
int qvi_label_map_id(const qvi_label_map *map, const char *label, size_t length, int64_t *out);

/* The FK target table of @p fk in the schema: exact name first, then ignoring
 * ASCII case (as SQLite resolves REFERENCES); NULL when absent. */
const qvi_table *qvi_csv_fk_target(const qvi_schema *schema, const qvi_foreign_key *fk);

#endif
