/*
 * Reading CSV files for import (c-api-groups-timeseries-csv.md §7.5.2), step
 * by step as the spec writes them, because every step is observable (§10.2
 * forbids replacing them with a generic RFC 4180 parser): the sep= line,
 * semicolon conversion, trailing empty columns, then the tokeniser, which
 * already accepts RFC 4180 quoted fields with doubled quotes and embedded
 * CR/LF.  Each row remembers the file line it begins on, for error messages.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "csv.h"

int qvi_csv_read_file(const char *path, char **out_content, size_t *out_length)
{
    FILE *file = fopen(path, "rb");
    if (file == NULL)
        return 0;
    struct stat info;
    if (fstat(fileno(file), &info) != 0 || S_ISDIR(info.st_mode)) {
        fclose(file);
        return 0;
    }
    qvi_buf content = QVI_BUF_INIT;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, file)) > 0)
        qvi_buf_append_n(&content, chunk, n);
    int failed = ferror(file);
    fclose(file);
    if (failed) {
        qvi_buf_free(&content);
        return 0;
    }
    size_t length = content.length;
    char *text = qvi_buf_take(&content);
    if (text == NULL)
        return -1;
    *out_content = text;
    *out_length = length;
    return 1;
}

/* Step 3: when the first line ends in empty columns, a spreadsheet added them
 * to every line; remove as many from the end of each line (and its blanks). */
static size_t strip_trailing_columns(char *text, size_t size)
{
    const char *first_lf = memchr(text, '\n', size);
    size_t i = first_lf ? (size_t)(first_lf - text) : size;
    size_t commas = 0;
    for (; i > 0; --i) {
        char c = text[i - 1];
        if (c == ',')
            ++commas;
        else if (c != ' ' && c != '\t' && c != '\r')
            break;
    }
    if (commas == 0)
        return size;

    size_t written = 0, start = 0;
    int first = 1;
    while (start < size) { /* a final LF ends the last line; it starts no new one */
        const char *lf = memchr(text + start, '\n', size - start);
        size_t end = lf ? (size_t)(lf - text) : size;
        size_t next = end + 1;
        for (size_t removed = 0; end > start && removed < commas; --end) {
            char c = text[end - 1];
            if (c == ',')
                ++removed;
            else if (c != ' ' && c != '\t' && c != '\r')
                break;
        }
        if (!first)
            text[written++] = '\n';
        memmove(text + written, text + start, end - start);
        written += end - start;
        first = 0;
        if (lf == NULL)
            break;
        start = next;
    }
    return written;
}

typedef struct {
    qvi_csv_table *table;
    size_t cell_capacity;
    size_t row_capacity;
    size_t length;     /* bytes used in table->text */
    size_t cell_start; /* offset of the current cell in table->text */
    size_t row_cells;  /* cells of the current row so far */
    size_t row_line;   /* line the current row began on */
} tokeniser;

static int grow(void **array, size_t *capacity, size_t needed, size_t element)
{
    if (needed <= *capacity)
        return 1;
    size_t capacity_new = *capacity ? *capacity * 2 : 64;
    while (capacity_new < needed)
        capacity_new *= 2;
    void *grown = realloc(*array, capacity_new * element);
    if (grown == NULL)
        return 0;
    *array = grown;
    *capacity = capacity_new;
    return 1;
}

/* Ends the current cell: a cell that starts and ends with '"' loses them and its
 * doubled quotes become single. */
static int end_cell(tokeniser *t)
{
    qvi_csv_table *table = t->table;
    char *cell = table->text + t->cell_start;
    size_t length = t->length - t->cell_start;
    if (length >= 2 && cell[0] == '"' && cell[length - 1] == '"') {
        size_t out = 0;
        for (size_t i = 1; i < length - 1; ++i) {
            cell[out++] = cell[i];
            if (cell[i] == '"' && i + 1 < length - 1 && cell[i + 1] == '"')
                ++i;
        }
        length = out;
    }
    cell[length] = '\0';
    t->length = t->cell_start + length + 1;
    if (!grow((void **)&table->cells, &t->cell_capacity, table->cell_count + 1, sizeof *table->cells))
        return 0;
    table->cells[table->cell_count].offset = t->cell_start;
    table->cells[table->cell_count++].length = length;
    t->cell_start = t->length;
    ++t->row_cells;
    return 1;
}

static int end_row(tokeniser *t, size_t next_line)
{
    qvi_csv_table *table = t->table;
    if (!grow((void **)&table->rows, &t->row_capacity, table->row_count + 1, sizeof *table->rows))
        return 0;
    qvi_csv_row *row = &table->rows[table->row_count++];
    row->first = table->cell_count - t->row_cells;
    row->count = t->row_cells;
    row->line = t->row_line;
    t->row_cells = 0;
    t->row_line = next_line;
    return 1;
}

/* Step 4: the tokeniser. */
static int tokenise(const char *text, size_t size, size_t line, qvi_csv_table *table)
{
    tokeniser t = {table, 0, 0, 0, 0, 0, line};
    /* Every cell byte comes from an input byte, and every terminating NUL
     * replaces the ',' or LF that ended the cell, except after the last one. */
    table->text = malloc(size + 2);
    if (table->text == NULL)
        return 0;
    size_t i = 0;
    if (size >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    int quoted = 0;
    for (; i < size; ++i) {
        char c = text[i];
        switch (c) {
        case '"':
            if (t.length == t.cell_start || table->text[t.cell_start] == '"')
                quoted = !quoted;
            table->text[t.length++] = c;
            break;
        case ',':
            if (quoted)
                table->text[t.length++] = c;
            else if (!end_cell(&t))
                return 0;
            break;
        case '\r':
            if (quoted)
                table->text[t.length++] = c;
            break;
        case '\n':
            ++line;
            if (quoted)
                table->text[t.length++] = c;
            else if (!end_cell(&t) || !end_row(&t, line))
                return 0;
            break;
        default:
            table->text[t.length++] = c;
        }
    }
    if ((t.row_cells > 0 || t.length > t.cell_start) && (!end_cell(&t) || !end_row(&t, line)))
        return 0;
    return 1;
}

qv_status qvi_csv_parse(char *content, size_t length, qvi_csv_table *out, qv_error *err)
{
    qvi_csv_table table = {NULL, NULL, 0, NULL, 0};
    char separator = ',';
    size_t line = 1;
    /* Step 1: a "sep=<c>" first line names the separator and is not data. */
    if (length >= 4 && memcmp(content, "sep=", 4) == 0) {
        const char *lf = memchr(content, '\n', length);
        if (lf) {
            size_t p = (size_t)(lf - content);
            if (p >= 5)
                separator = content[4];
            content += p + 1;
            length -= p + 1;
            line = 2;
        }
    }
    /* Step 2: semicolons become commas in a ';' file, or in a ',' file without commas. */
    if (separator == ';' ||
        (separator == ',' && memchr(content, ';', length) && !memchr(content, ',', length))) {
        for (char *p = content; (p = memchr(p, ';', length - (size_t)(p - content))) != NULL; ++p)
            *p = ',';
    }
    length = strip_trailing_columns(content, length);
    if (!tokenise(content, length, line, &table)) {
        qvi_csv_table_free(&table);
        return qvi_out_of_memory(err);
    }
    *out = table;
    return QV_OK;
}

void qvi_csv_table_free(qvi_csv_table *table)
{
    free(table->text);
    free(table->cells);
    free(table->rows);
    table->text = NULL;
    table->cells = NULL;
    table->rows = NULL;
    table->cell_count = table->row_count = 0;
}
