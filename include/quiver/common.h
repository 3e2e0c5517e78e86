/**
 * @file quiver/common.h
 * @brief Types shared by every area of the quiver core library (libquiver).
 *
 * The core's public prefix is `qv_` (`QV_` for macros).  Every function that
 * can fail returns a ::qv_status; the message of the last failure is kept in
 * the database handle (qv_db_errmsg()) or, for functions without a handle, in
 * a caller-provided ::qv_error.  Memory handed to the caller is plain
 * malloc() memory, released with the qv_free_* function each function names.
 */
#ifndef QV_COMMON_H
#define QV_COMMON_H

#include <stddef.h>
#include <stdint.h>

#include <quiver/version.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define QV_API
#else
#define QV_API __attribute__((visibility("default")))
#endif

#if defined(__GNUC__) || defined(__clang__)
#define QV_WARN_UNUSED __attribute__((warn_unused_result))
#else
#define QV_WARN_UNUSED
#endif

/** Status of a core call: the return code is the truth, the message is detail. */
typedef enum {
    QV_OK = 0,    /**< success */
    QV_ERROR = 1, /**< failure; the message says why */
} qv_status;

/** Longest error message kept, terminating NUL included; longer ones are truncated. */
#define QV_ERROR_MAX 1024

/** Error report of a function that has no handle to keep it in (open). */
typedef struct {
    char message[QV_ERROR_MAX];
} qv_error;

/** Column types of the data model; values equal the C API's quiver_data_type_t. */
typedef enum {
    QV_TYPE_INTEGER = 0,
    QV_TYPE_FLOAT = 1,
    QV_TYPE_STRING = 2,
    QV_TYPE_DATE_TIME = 3,
    QV_TYPE_NULL = 4,
} qv_data_type;

/** Console log levels; values equal the C API's quiver_log_level_t. */
typedef enum {
    QV_LOG_DEBUG = 0,
    QV_LOG_INFO = 1,
    QV_LOG_WARN = 2,
    QV_LOG_ERROR = 3,
    QV_LOG_OFF = 4,
} qv_log_level;

/** Options of the open functions. */
typedef struct {
    int read_only;              /**< non-zero: open read-only (the file must exist) */
    qv_log_level console_level; /**< minimum level printed on standard error */
} qv_options;

/** The library version, "MAJOR.MINOR.PATCH" (static storage). @since 0.10.0 */
QV_API const char *qv_version(void);

/** Releases any single block returned by the core (NULL is a no-op). */
QV_API void qv_free(void *block);

/** Releases an array of @p count strings and the array itself (NULL is a no-op). */
QV_API void qv_free_strings(char **strings, size_t count);

#ifdef __cplusplus
}
#endif

#endif
