/*
 * CSV export (c-api-groups-timeseries-csv.md §7.3-7.4): the target's rows,
 * queried exactly as the spec writes the query so SQLite orders ties the same
 * way, rendered cell by cell and streamed to the file one line at a time.
 * Memory is bounded by the label maps of the foreign-key targets and one line.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "csv.h"
#include "datetime.h"
#include "dtoa.h"

static const char OP[] = "export_csv";

/* How the cells of one output column are rendered. */
typedef struct {
    const char *name;            /* the column (enum options match it) */
    const qvi_label_map *labels; /* FK column: the target's id -> label map */
    int has_enum;
    int date_time;
} column_plan;

typedef struct {
    qvi_csv_target target;
    qvi_csv_settings settings;
    column_plan *columns; /* one per output column */
    size_t column_count;
    qvi_label_map *maps; /* one per FK target table */
    size_t map_count;
} export_state;

/* Step 1 of §7.3: mkdir -p of the parent directory, before any validation.  The
 * spec asks for the platform's file-system error text without fixing a message,
 * so the system's reason goes into the project's "Failed to <op>: ..." pattern. */
static qv_status make_parent_directories(qv_db *db, const char *path)
{
    const char *slash = strrchr(path, '/');
    if (slash == NULL || slash == path)
        return QV_OK;
    char *directory = strndup(path, (size_t)(slash - path));
    if (directory == NULL)
        return qvi_out_of_memory(&db->err);
    qv_status status = QV_OK;
    for (char *p = directory + 1;; ++p) {
        if (*p != '/' && *p != '\0')
            continue;
        char saved = *p;
        *p = '\0';
        struct stat info;
        if (mkdir(directory, 0777) != 0 &&
            !(errno == EEXIST && stat(directory, &info) == 0 && S_ISDIR(info.st_mode))) {
            int error = errno == EEXIST ? ENOTDIR : errno; /* an existing file is in the way */
            char reason[256];
            if (strerror_r(error, reason, sizeof reason) != 0)
                snprintf(reason, sizeof reason, "error %d", error);
            *p = saved;
            status = qvi_failed(&db->err, OP, "could not create directory: %s (%s)", directory, reason);
            break;
        }
        *p = saved;
        if (saved == '\0')
            break;
    }
    free(directory);
    return status;
}

/* The id -> label map of @p fk's target table, loaded once per table. */
static qv_status fk_labels(qv_db *db, export_state *state, const qvi_foreign_key *fk,
                           const qvi_label_map **out)
{
    const qvi_table *target = qvi_csv_fk_target(qvi_db_schema(db), fk);
    *out = NULL;
    if (target == NULL)
        return QV_OK; /* dangling reference in the schema: ids stay numbers */
    for (size_t i = 0; i < state->map_count; ++i) {
        if (state->maps[i].table == target) {
            *out = &state->maps[i];
            return QV_OK;
        }
    }
    if (qvi_label_map_load(db, target, QVI_LABELS_BY_ID, &state->maps[state->map_count]) != QV_OK)
        return QV_ERROR;
    *out = &state->maps[state->map_count++];
    return QV_OK;
}

/* Column kinds of §7.3 and the query of the target, header names into @p header. */
static qv_status plan(qv_db *db, export_state *state, qvi_buf *sql, qvi_buf *header)
{
    const qvi_table *table = state->target.table;
    const qvi_table *collection = state->target.collection;
    int scalar = state->target.kind == QVI_KIND_COLLECTION;
    state->columns = calloc(table->column_count + 1, sizeof *state->columns);
    state->maps = calloc(table->fk_count + 1, sizeof *state->maps);
    if (state->columns == NULL || state->maps == NULL)
        return qvi_out_of_memory(&db->err);

    qvi_buf_append(sql, "SELECT ");
    if (!scalar) {
        /* The parent's label stands in the first column, whose header says "id". */
        qvi_buf_ident(sql, collection->name);
        qvi_buf_append(sql, ".\"label\"");
        state->columns[state->column_count++].name = "id";
    }
    for (size_t i = 0; i < table->column_count; ++i) {
        const qvi_column *column = &table->columns[i];
        if (!scalar) {
            if (header->length)
                qvi_buf_append(header, ",");
            qvi_csv_append_field(header, column->name, strlen(column->name));
        }
        if (strcmp(column->name, "id") == 0)
            continue;
        if (scalar) {
            if (header->length)
                qvi_buf_append(header, ",");
            qvi_csv_append_field(header, column->name, strlen(column->name));
        }
        if (state->column_count > 0)
            qvi_buf_append(sql, ", ");
        if (!scalar) {
            qvi_buf_ident(sql, table->name);
            qvi_buf_append(sql, ".");
        }
        qvi_buf_ident(sql, column->name);

        column_plan *p = &state->columns[state->column_count++];
        p->name = column->name;
        p->has_enum = qvi_csv_enum_has(&state->settings, column->name);
        if (column->fk >= 0 && fk_labels(db, state, &table->fks[column->fk], &p->labels) != QV_OK)
            return QV_ERROR;
        if (column == state->target.dimension)
            p->date_time = strncmp(column->name, "date_", 5) == 0;
        else
            p->date_time = column->type == QV_TYPE_DATE_TIME && strcmp(column->name, "vector_index") != 0;
    }
    qvi_buf_append(sql, " FROM ");
    qvi_buf_ident(sql, table->name);
    if (scalar) {
        qvi_buf_append(sql, " ORDER BY rowid");
    } else {
        qvi_buf_append(sql, " JOIN ");
        qvi_buf_ident(sql, collection->name);
        qvi_buf_append(sql, " ON ");
        qvi_buf_ident(sql, collection->name);
        qvi_buf_append(sql, ".\"id\" = ");
        qvi_buf_ident(sql, table->name);
        qvi_buf_append(sql, ".\"id\" ORDER BY ");
        qvi_buf_ident(sql, table->name);
        qvi_buf_append(sql, ".\"id\"");
        const char *second = state->target.kind == QVI_KIND_VECTOR ? "vector_index"
                             : state->target.dimension             ? state->target.dimension->name
                                                                   : NULL;
        if (second) {
            qvi_buf_append(sql, ", ");
            qvi_buf_ident(sql, table->name);
            qvi_buf_append(sql, ".");
            qvi_buf_ident(sql, second);
        }
    }
    qvi_buf_append(header, "\n");
    if (sql->failed || header->failed)
        return qvi_out_of_memory(&db->err);
    return QV_OK;
}

/* Appends one cell by the rules of §7.4 "Cell rendering". */
static void render(const export_state *state, const column_plan *column, sqlite3_stmt *stmt, int index,
                   qvi_buf *line)
{
    switch (sqlite3_column_type(stmt, index)) {
    case SQLITE_NULL:
        return;
    case SQLITE_INTEGER: {
        int64_t value = sqlite3_column_int64(stmt, index);
        const qvi_label_entry *entry = column->labels ? qvi_label_map_label(column->labels, value) : NULL;
        const char *label =
            entry || !column->has_enum ? NULL : qvi_csv_enum_label(&state->settings, column->name, value);
        if (entry) {
            qvi_csv_append_field(line, entry->label, entry->length);
        } else if (label) {
            qvi_csv_append_field(line, label, strlen(label));
        } else {
            char digits[24];
            int n = snprintf(digits, sizeof digits, "%" PRId64, value);
            qvi_buf_append_n(line, digits, (size_t)n);
        }
        return;
    }
    case SQLITE_FLOAT: {
        char text[QVI_DTOA_SIZE];
        size_t n = qvi_dtoa(sqlite3_column_double(stmt, index), text);
        qvi_buf_append_n(line, text, n);
        return;
    }
    default: {
        const char *text = (const char *)sqlite3_column_text(stmt, index);
        size_t length = (size_t)sqlite3_column_bytes(stmt, index);
        const char *format = state->settings.date_time_format;
        struct tm time;
        if (text && column->date_time && format[0] && qvi_datetime_read_iso(text, length, &time)) {
            char formatted[256];
            size_t n = qvi_datetime_format(&time, format, formatted, sizeof formatted);
            if (n > 0) {
                qvi_csv_append_field(line, formatted, n);
                return;
            }
        }
        qvi_csv_append_field(line, text ? text : "", text ? length : 0);
    }
    }
}

/* Streams the header and every row to the open @p file. */
static qv_status write_rows(qv_db *db, const export_state *state, sqlite3_stmt *stmt, const qvi_buf *header,
                            FILE *file, const char *path)
{
    qvi_buf line = QVI_BUF_INIT;
    qv_status status = QV_OK;
    fputs("sep=,\n", file);
    fwrite(header->data, 1, header->length, file);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        qvi_buf_reset(&line);
        for (size_t i = 0; i < state->column_count; ++i) {
            if (i > 0)
                qvi_buf_append_n(&line, ",", 1);
            render(state, &state->columns[i], stmt, (int)i, &line);
        }
        qvi_buf_append_n(&line, "\n", 1);
        if (line.failed) {
            status = qvi_out_of_memory(&db->err);
            break;
        }
        if (fwrite(line.data, 1, line.length, file) != line.length)
            break;
    }
    if (status == QV_OK && rc != SQLITE_ROW && rc != SQLITE_DONE)
        status = qvi_failed(&db->err, "execute statement", "%s", sqlite3_errmsg(db->sqlite));
    qvi_buf_free(&line);
    if (status == QV_OK && ferror(file))
        status = qvi_failed(&db->err, OP, "could not write file: %s", path);
    return status;
}

/* No half-written file is left behind; but only a regular file is removed, never
 * a device, a FIFO or a symbolic link the caller pointed the export at. */
static void remove_incomplete(const char *path)
{
    struct stat info;
    if (lstat(path, &info) == 0 && S_ISREG(info.st_mode))
        remove(path);
}

static qv_status export_target(qv_db *db, export_state *state, const char *path)
{
    qvi_buf sql = QVI_BUF_INIT, header = QVI_BUF_INIT;
    qv_status status = plan(db, state, &sql, &header);
    sqlite3_stmt *stmt = status == QV_OK ? qvi_stmt_acquire(db, sql.data) : NULL;
    qvi_buf_free(&sql);
    if (stmt == NULL) {
        qvi_buf_free(&header);
        return QV_ERROR;
    }
    FILE *file = fopen(path, "wb");
    if (file == NULL) {
        status = qvi_failed(&db->err, OP, "could not open file: %s", path);
    } else {
        qvi_c_locale locale;
        if (!qvi_c_locale_enter(&locale)) {
            status = qvi_out_of_memory(&db->err);
        } else {
            status = write_rows(db, state, stmt, &header, file, path);
            qvi_c_locale_leave(&locale);
        }
        if (fclose(file) != 0 && status == QV_OK)
            status = qvi_failed(&db->err, OP, "could not write file: %s", path);
        if (status != QV_OK)
            remove_incomplete(path);
    }
    qvi_stmt_release(db, stmt);
    qvi_buf_free(&header);
    return status;
}

qv_status qv_export_csv(qv_db *db, const char *collection, const char *group, const char *path,
                        const qv_csv_options *options)
{
    export_state state;
    memset(&state, 0, sizeof state);
    if (qvi_csv_settings_init(&state.settings, options, &db->err) != QV_OK)
        return QV_ERROR;
    qv_status status = make_parent_directories(db, path);
    if (status == QV_OK)
        status = qvi_csv_target_resolve(db, OP, collection, group, &state.target);
    if (status == QV_OK && state.target.kind == QVI_KIND_TIME_SERIES) {
        state.target.dimension = qvi_ts_dimension(state.target.table);
        if (state.target.dimension == NULL)
            status = qvi_not_found(&db->err, "Dimension column", "time series table '%s'",
                                   state.target.table->name);
    }
    if (status == QV_OK)
        status = export_target(db, &state, path);
    for (size_t i = 0; i < state.map_count; ++i)
        qvi_label_map_free(&state.maps[i]);
    free(state.maps);
    free(state.columns);
    qvi_csv_settings_free(&state.settings);
    if (status == QV_OK)
        QVI_LOG(db, QV_LOG_INFO, "Exported CSV: %s", path);
    return status;
}
