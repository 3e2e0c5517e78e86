/*
 * The in-memory schema model: every table of the database with its columns,
 * foreign keys and indexes, read once from SQLite's catalog (schema.md §2)
 * and consulted by the rest of the library instead of PRAGMAs.
 *
 * Tables are kept sorted by byte-wise name (strcmp), the order the spec
 * prescribes for every iteration, so lookups are binary searches.  Columns
 * keep their declaration order; `by_name` lists their indices in byte-wise
 * name order for lookups and for the checks that iterate by name.
 */
#ifndef QVI_SCHEMA_H
#define QVI_SCHEMA_H

#include <stddef.h>

#include <sqlite3.h>

#include <quiver/common.h>

/* Table kinds.  The predicates of schema.md §2.4 are independent, so a table
 * may carry several kind bits. */
enum {
    QVI_KIND_COLLECTION = 1u << 0,
    QVI_KIND_VECTOR = 1u << 1,
    QVI_KIND_SET = 1u << 2,
    QVI_KIND_TIME_SERIES = 1u << 3,
    QVI_KIND_TS_FILES = 1u << 4,
};

typedef struct {
    char *name;
    qv_data_type type;   /* after the date_ rule */
    int not_null;        /* the raw declared NOT NULL flag */
    int primary_key;     /* part of the primary key */
    char *default_value; /* raw DEFAULT text, NULL when none */
    int fk;              /* index of the first FK whose source is this column, or -1 */
} qvi_column;

typedef struct {
    char *from;      /* source column */
    char *table;     /* target table as written */
    char *to;        /* target column as written, "" when none */
    char *on_update; /* action text as SQLite reports it */
    char *on_delete;
} qvi_foreign_key;

typedef struct {
    char *name;
    int unique;
    char **columns;
    size_t column_count;
} qvi_index;

typedef struct {
    char *name;
    unsigned kinds;  /* QVI_KIND_* bits */
    char *parent;    /* parent collection name for group and files tables, else NULL */
    qvi_column *columns;   /* declaration order */
    size_t *by_name;       /* indices into columns, sorted by name */
    size_t column_count;
    qvi_foreign_key *fks;  /* PRAGMA foreign_key_list order */
    size_t fk_count;
    qvi_index *indexes;
    size_t index_count;
    /* tables[prefixed_first .. prefixed_end) of the schema are the tables named
     * "<name>_...": sorting keeps them together, and every group or files table
     * whose parent is this table is among them. */
    size_t prefixed_first, prefixed_end;
} qvi_table;

typedef struct {
    qvi_table *tables; /* sorted by name */
    size_t table_count;
} qvi_schema;

/* Reads the catalog into a new model.  Fails with the loading messages of
 * schema.md §2.2-2.3; does not validate. */
qv_status qvi_schema_load(sqlite3 *sqlite, qvi_schema **out, qv_error *err);
/* Runs every rule of schema.md §9; the message is "Failed to validate schema: <reason>". */
qv_status qvi_schema_validate(const qvi_schema *schema, qv_error *err);
void qvi_schema_free(qvi_schema *schema);

/* Lookups; NULL / -1 when absent.  Names are compared exactly. */
const qvi_table *qvi_schema_table(const qvi_schema *schema, const char *name);
const qvi_table *qvi_schema_collection(const qvi_schema *schema, const char *name);
/* The table <collection>_<kind word>_<group>, NULL when it does not exist or is not of that kind. */
const qvi_table *qvi_schema_group(const qvi_schema *schema, const char *collection, unsigned kind,
                                  const char *group);
const qvi_column *qvi_table_column(const qvi_table *table, const char *name);
int qvi_table_column_index(const qvi_table *table, const char *name);
/* The first FK whose source column is @p column, NULL when none. */
const qvi_foreign_key *qvi_table_fk(const qvi_table *table, const char *column);
/* The i-th column in byte-wise name order. */
const qvi_column *qvi_table_column_by_name_order(const qvi_table *table, size_t i);

/* Iteration over the group tables of a collection of one kind, in table-name order:
 *   for (const qvi_table *t = qvi_schema_next_group(s, "Plant", QVI_KIND_VECTOR, NULL); t;
 *        t = qvi_schema_next_group(s, "Plant", QVI_KIND_VECTOR, t)) ...
 * A table counts when its kind bit is set, its parent is @p collection and its
 * name starts with "<collection>_<kind word>_" (schema.md §2.4). */
const qvi_table *qvi_schema_next_group(const qvi_schema *schema, const char *collection,
                                       unsigned kind, const qvi_table *previous);

/* The group name of @p table as a group of @p kind: the part of its name after
 * "<parent>_<kind word>_", or NULL when the name does not start that way. */
const char *qvi_table_group_name(const qvi_table *table, unsigned kind);

/* The ordering dimension of a time-series table (schema.md §7): among the
 * columns other than `id`, in byte-wise name order, the first that is DATE_TIME
 * or whose name starts with "date_".  NULL when none; the caller then reports
 * "Dimension column not found: time series table '<table>'". */
const qvi_column *qvi_ts_dimension(const qvi_table *table);
/* 1 when the column is a dimension of a time-series table: part of the primary key, not `id`. */
int qvi_ts_is_dimension(const qvi_column *column);

/* "vector", "set", "time_series", "time_series_files" (as in table names). */
const char *qvi_kind_word(unsigned kind);
/* Type names as in messages: INTEGER, REAL, TEXT, DATE_TIME. */
const char *qvi_type_name(qv_data_type type);

#endif
