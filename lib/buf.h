/*
 * A growable NUL-terminated string, used to compose SQL text and reports.
 * Identifiers placed into SQL go through qvi_buf_ident(), which quotes them;
 * values are never placed into SQL text (they are bound).  An allocation
 * failure sets `failed` and makes every later append a no-op, so callers
 * check once at the end.
 */
#ifndef QVI_BUF_H
#define QVI_BUF_H

#include <stddef.h>

#include "error.h"

typedef struct {
    char *data; /* NUL-terminated; NULL until the first append */
    size_t length;
    size_t capacity;
    int failed;
} qvi_buf;

#define QVI_BUF_INIT {NULL, 0, 0, 0}

void qvi_buf_append(qvi_buf *buf, const char *text);
void qvi_buf_append_n(qvi_buf *buf, const char *text, size_t length);
void qvi_buf_appendf(qvi_buf *buf, const char *fmt, ...) QVI_PRINTF(2, 3);
/* Appends @p name as a double-quoted SQL identifier. */
void qvi_buf_ident(qvi_buf *buf, const char *name);
/* Empties the buffer, keeping its memory. */
void qvi_buf_reset(qvi_buf *buf);
/* Returns the text (owned by the caller, "" for an empty buffer) and empties the
 * buffer; NULL if an allocation failed (the buffer is then released). */
char *qvi_buf_take(qvi_buf *buf);
void qvi_buf_free(qvi_buf *buf);

#endif
