/*
 * The per-handle logger (schema.md §12.2 with c-api.md §18.1): lines go to
 * standard error at the handle's console level and, when the environment
 * variable QUIVER_LOG_FILE names a file, every line of level debug and above
 * is appended there.  Logging never fails the caller.
 */
#ifndef QVI_LOG_H
#define QVI_LOG_H

#include <stdio.h>

#include <quiver/common.h>

#include "error.h"

typedef struct {
    char name[40];            /* quiver_database_<n> */
    qv_log_level console;     /* minimum level printed on stderr */
    FILE *file;               /* QUIVER_LOG_FILE, or NULL */
} qvi_logger;

/* Names the logger with the next process-wide counter value and opens the file sink. */
void qvi_logger_init(qvi_logger *logger, qv_log_level console_level, int in_memory);
void qvi_logger_close(qvi_logger *logger);
void qvi_log(const qvi_logger *logger, qv_log_level level, const char *fmt, ...) QVI_PRINTF(3, 4);

#endif
