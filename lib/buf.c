/*
 * Growable strings for SQL text and reports.  Capacity doubles, so building
 * a string of n bytes costs O(n) amortised.
 */
#include "buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int reserve(qvi_buf *buf, size_t extra)
{
    size_t needed;
    if (buf->failed)
        return 0;
    needed = buf->length + extra + 1;
    if (needed <= buf->capacity)
        return 1;
    size_t capacity = buf->capacity ? buf->capacity : 64;
    while (capacity < needed)
        capacity *= 2;
    char *data = realloc(buf->data, capacity);
    if (data == NULL) {
        buf->failed = 1;
        return 0;
    }
    buf->data = data;
    buf->capacity = capacity;
    return 1;
}

void qvi_buf_append_n(qvi_buf *buf, const char *text, size_t length)
{
    if (!reserve(buf, length))
        return;
    memcpy(buf->data + buf->length, text, length);
    buf->length += length;
    buf->data[buf->length] = '\0';
}

void qvi_buf_append(qvi_buf *buf, const char *text)
{
    qvi_buf_append_n(buf, text, strlen(text));
}

void qvi_buf_appendf(qvi_buf *buf, const char *fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    int n = vsnprintf(NULL, 0, fmt, args);
    va_end(args);
    if (n < 0) {
        buf->failed = 1;
        return;
    }
    if (!reserve(buf, (size_t)n))
        return;
    va_start(args, fmt);
    vsnprintf(buf->data + buf->length, (size_t)n + 1, fmt, args);
    va_end(args);
    buf->length += (size_t)n;
}

void qvi_buf_ident(qvi_buf *buf, const char *name)
{
    /* Runs between quotes are copied whole: identifiers are composed into SQL on every write call. */
    qvi_buf_append_n(buf, "\"", 1);
    for (const char *p = name; *p;) {
        size_t run = strcspn(p, "\"");
        qvi_buf_append_n(buf, p, run);
        p += run;
        if (*p == '"') {
            qvi_buf_append_n(buf, "\"\"", 2);
            ++p;
        }
    }
    qvi_buf_append_n(buf, "\"", 1);
}

void qvi_buf_reset(qvi_buf *buf)
{
    buf->length = 0;
    if (buf->data)
        buf->data[0] = '\0';
}

char *qvi_buf_take(qvi_buf *buf)
{
    char *text;
    if (buf->failed) {
        qvi_buf_free(buf);
        return NULL;
    }
    if (buf->data == NULL) {
        text = malloc(1);
        if (text)
            text[0] = '\0';
        return text;
    }
    text = buf->data;
    buf->data = NULL;
    buf->length = buf->capacity = 0;
    return text;
}

void qvi_buf_free(qvi_buf *buf)
{
    free(buf->data);
    buf->data = NULL;
    buf->length = buf->capacity = 0;
    buf->failed = 0;
}
