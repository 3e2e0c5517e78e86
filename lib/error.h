/*
 * Building error messages.  Every message of the library is made here, in
 * the three patterns of the spec, so texts stay exact and uniform:
 *   Cannot <op>: <reason>        qvi_cannot()
 *   <Entity> not found: <id>     qvi_not_found()
 *   Failed to <op>: <reason>     qvi_failed()
 * plus qvi_error_set() for the few legacy texts that follow no pattern.
 * Each returns QV_ERROR so a caller can write `return qvi_cannot(...)`.
 * Messages longer than QV_ERROR_MAX - 1 bytes are truncated; nothing here
 * allocates.
 */
#ifndef QVI_ERROR_H
#define QVI_ERROR_H

#include <quiver/common.h>

#if defined(__GNUC__) || defined(__clang__)
#define QVI_PRINTF(fmt_index, first_arg) __attribute__((format(printf, fmt_index, first_arg)))
#else
#define QVI_PRINTF(fmt_index, first_arg)
#endif

qv_status qvi_error_set(qv_error *err, const char *fmt, ...) QVI_PRINTF(2, 3);
qv_status qvi_cannot(qv_error *err, const char *op, const char *fmt, ...) QVI_PRINTF(3, 4);
qv_status qvi_not_found(qv_error *err, const char *entity, const char *fmt, ...) QVI_PRINTF(3, 4);
qv_status qvi_failed(qv_error *err, const char *op, const char *fmt, ...) QVI_PRINTF(3, 4);
/* "Memory allocation failed", the one text used for every allocation failure. */
qv_status qvi_out_of_memory(qv_error *err);
/* Copies @p src into @p err (for passing a message between channels). */
void qvi_error_copy(qv_error *err, const char *src);

#endif
