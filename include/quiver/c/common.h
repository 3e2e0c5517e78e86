/*
 * quiver/c/common.h - status codes, version and error channel of the flat C API.
 *
 * Part of libquiver_c, source-compatible with the Quiver 0.10 C API
 * (spec: c-api.md). Conventions shared by every header of quiver/c/:
 *
 * - Functions return quiver_error_t: QUIVER_OK on success, QUIVER_ERROR on any
 *   failure, unless documented otherwise. After QUIVER_ERROR,
 *   quiver_get_last_error() gives the message; successful calls leave it alone.
 * - Results come through out-parameters, always the last parameters. On
 *   failure they are left untouched: initialise them and test the return code.
 * - Memory handed to the caller is released only with the matching quiver free
 *   function named in each comment. Input pointers are borrowed for the call.
 */

#ifndef QUIVER_C_COMMON_H
#define QUIVER_C_COMMON_H

#include <stddef.h>
#include <stdint.h>

#ifdef _WIN32
#ifdef QUIVER_C_EXPORTS
#define QUIVER_C_API __declspec(dllexport)
#else
#define QUIVER_C_API __declspec(dllimport)
#endif
#else
#define QUIVER_C_API __attribute__((visibility("default")))
#endif

#ifdef __cplusplus
extern "C" {
#endif

/** Status code returned by every fallible function (c-api.md §1.1, §3). */
typedef enum {
    QUIVER_OK = 0,
    QUIVER_ERROR = 1,
} quiver_error_t;

/**
 * Returns the library version string, "0.10.0".
 *
 * The string is static: never NULL, never freed by the caller. Never fails. Spec: c-api.md §5.
 */
QUIVER_C_API const char* quiver_version(void);

/**
 * Returns the calling thread's last error message, or "" if there has been none.
 *
 * Borrowed thread-local string, never NULL, do not free: valid until the next failing call or
 * quiver_clear_last_error() on the same thread. Successful calls do not clear it.
 * Spec: c-api.md §1.2, §5.
 */
QUIVER_C_API const char* quiver_get_last_error(void);

/**
 * Resets the calling thread's last error message to "". Spec: c-api.md §5.
 */
QUIVER_C_API void quiver_clear_last_error(void);

#ifdef __cplusplus
}
#endif

#endif /* QUIVER_C_COMMON_H */
