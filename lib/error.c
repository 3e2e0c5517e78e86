/*
 * The three message patterns of the spec, formatted into a fixed buffer.
 */
#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static void format_into(qv_error *err, size_t offset, const char *fmt, va_list args)
{
    if (offset >= sizeof err->message)
        return;
    vsnprintf(err->message + offset, sizeof err->message - offset, fmt, args);
}

qv_status qvi_error_set(qv_error *err, const char *fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    format_into(err, 0, fmt, args);
    va_end(args);
    return QV_ERROR;
}

static size_t prefix(qv_error *err, const char *before, const char *word, const char *after)
{
    int n = snprintf(err->message, sizeof err->message, "%s%s%s", before, word, after);
    return n < 0 ? 0 : (size_t)n;
}

qv_status qvi_cannot(qv_error *err, const char *op, const char *fmt, ...)
{
    va_list args;
    size_t offset = prefix(err, "Cannot ", op, ": ");
    va_start(args, fmt);
    format_into(err, offset, fmt, args);
    va_end(args);
    return QV_ERROR;
}

qv_status qvi_not_found(qv_error *err, const char *entity, const char *fmt, ...)
{
    va_list args;
    size_t offset = prefix(err, "", entity, " not found: ");
    va_start(args, fmt);
    format_into(err, offset, fmt, args);
    va_end(args);
    return QV_ERROR;
}

qv_status qvi_failed(qv_error *err, const char *op, const char *fmt, ...)
{
    va_list args;
    size_t offset = prefix(err, "Failed to ", op, ": ");
    va_start(args, fmt);
    format_into(err, offset, fmt, args);
    va_end(args);
    return QV_ERROR;
}

qv_status qvi_out_of_memory(qv_error *err)
{
    return qvi_error_set(err, "Memory allocation failed");
}

void qvi_error_copy(qv_error *err, const char *src)
{
    if (src == err->message)
        return;
    snprintf(err->message, sizeof err->message, "%s", src);
}
