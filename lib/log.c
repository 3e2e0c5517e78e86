/*
 * Logging.  Each line is formatted once and written with a single fwrite per
 * sink so that lines from several threads do not interleave.
 */
#include "log.h"

#include <errno.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static atomic_ullong logger_counter;

static const char *level_word(qv_log_level level)
{
    switch (level) {
    case QV_LOG_DEBUG:
        return "debug";
    case QV_LOG_INFO:
        return "info";
    case QV_LOG_WARN:
        return "warning";
    default:
        return "error";
    }
}

static const char *level_colour(qv_log_level level)
{
    switch (level) {
    case QV_LOG_DEBUG:
        return "\033[36m";
    case QV_LOG_INFO:
        return "\033[32m";
    case QV_LOG_WARN:
        return "\033[33m";
    default:
        return "\033[31m";
    }
}

void qvi_logger_init(qvi_logger *logger, qv_log_level console_level, int in_memory)
{
    unsigned long long n = atomic_fetch_add(&logger_counter, 1);
    snprintf(logger->name, sizeof logger->name, "quiver_database_%llu", n);
    logger->console =
        (console_level >= QV_LOG_DEBUG && console_level <= QV_LOG_OFF) ? console_level : QV_LOG_INFO;
    logger->file = NULL;
    const char *path = getenv("QUIVER_LOG_FILE");
    if (path && *path) {
        logger->file = fopen(path, "a");
        if (logger->file == NULL)
            qvi_log(logger, QV_LOG_WARN,
                    "Failed to create file sink: Failed opening file %s for writing: %s. "
                    "Logging to console only.",
                    path, strerror(errno));
    }
    /* QUIVER_LOG_FILE is the user's explicit choice and receives every handle's
     * log (c-api.md §18.1), so the warning is given only when it would be true. */
    if (in_memory && logger->file == NULL)
        qvi_log(logger, QV_LOG_WARN, "Database is in-memory only; no file logging will be performed.");
}

void qvi_logger_close(qvi_logger *logger)
{
    if (logger->file)
        fclose(logger->file);
    logger->file = NULL;
}

void qvi_log(const qvi_logger *logger, qv_log_level level, const char *fmt, ...)
{
    int to_console = logger->console != QV_LOG_OFF && level >= logger->console;
    if (!to_console && logger->file == NULL)
        return;

    char message[QV_ERROR_MAX + 256];
    va_list args;
    va_start(args, fmt);
    vsnprintf(message, sizeof message, fmt, args);
    va_end(args);

    struct timeval now;
    struct tm local;
    char stamp[32];
    gettimeofday(&now, NULL);
    localtime_r(&now.tv_sec, &local);
    strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", &local);

    char line[sizeof message + 128];
    if (logger->file) {
        int n = snprintf(line, sizeof line, "[%s.%03ld] [%s] [%s] %s\n", stamp, (long)(now.tv_usec / 1000),
                         logger->name, level_word(level), message);
        if (n > 0) {
            fwrite(line, 1, strlen(line), logger->file);
            fflush(logger->file);
        }
    }
    if (to_console) {
        int colour = isatty(STDERR_FILENO);
        int n = snprintf(line, sizeof line, "[%s.%03ld] [%s] [%s%s%s] %s\n", stamp,
                         (long)(now.tv_usec / 1000), logger->name, colour ? level_colour(level) : "",
                         level_word(level), colour ? "\033[0m" : "", message);
        if (n > 0)
            fwrite(line, 1, strlen(line), stderr);
    }
}
