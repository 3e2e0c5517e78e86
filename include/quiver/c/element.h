/*
 * quiver/c/element.h - element builder of the flat C API.
 *
 * An element is a transient bag of named scalars and arrays used as the input of
 * quiver_database_create_element() and quiver_database_update_element(). Nothing is checked
 * against a schema when setting values. Strings from quiver_element_to_string() are released
 * with quiver_database_free_string(), declared in quiver/c/database.h.
 * Spec: c-api.md §7.
 */

#ifndef QUIVER_C_ELEMENT_H
#define QUIVER_C_ELEMENT_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Opaque element handle; create with quiver_element_create(). */
typedef struct quiver_element quiver_element_t;

/**
 * Creates an empty element.
 *
 * Output: *out_element, a new element owned by the caller; release it with
 * quiver_element_destroy(). Spec: c-api.md §7.
 */
QUIVER_C_API quiver_error_t quiver_element_create(quiver_element_t** out_element);

/**
 * Destroys an element and everything it holds.
 *
 * Unlike quiver_database_close(), NULL is an error (Null argument: element). Spec: c-api.md §7.
 */
QUIVER_C_API quiver_error_t quiver_element_destroy(quiver_element_t* element);

/**
 * Removes all scalars and arrays from an element. Spec: c-api.md §7.
 */
QUIVER_C_API quiver_error_t quiver_element_clear(quiver_element_t* element);

/**
 * Sets scalar @p name to the integer @p value, replacing any previous scalar of that name.
 * Spec: c-api.md §7.
 */
QUIVER_C_API quiver_error_t quiver_element_set_integer(quiver_element_t* element,
                                                       const char* name,
                                                       int64_t value);

/**
 * Sets scalar @p name to the double @p value, replacing any previous scalar of that name.
 * Spec: c-api.md §7.
 */
QUIVER_C_API quiver_error_t quiver_element_set_float(quiver_element_t* element,
                                                     const char* name,
                                                     double value);

/**
 * Sets scalar @p name to a copy of the string @p value.
 *
 * A NULL @p value is an error; use quiver_element_set_null() for SQL NULL. Spec: c-api.md §7.
 */
QUIVER_C_API quiver_error_t quiver_element_set_string(quiver_element_t* element,
                                                      const char* name,
                                                      const char* value);

/**
 * Sets scalar @p name to SQL NULL. Spec: c-api.md §7.
 */
QUIVER_C_API quiver_error_t quiver_element_set_null(quiver_element_t* element, const char* name);

/**
 * Sets array @p name to a copy of @p count integer cells.
 *
 * @p has_value is an optional presence mask of @p count bytes (NULL: all present; 0: SQL NULL).
 * @p values may be NULL only when @p count is 0, which stores an empty array.
 * Spec: c-api.md §7, §7.1.
 */
QUIVER_C_API quiver_error_t quiver_element_set_array_integer(quiver_element_t* element,
                                                             const char* name,
                                                             const int64_t* values,
                                                             int32_t count,
                                                             const uint8_t* has_value);

/**
 * Sets array @p name to a copy of @p count double cells.
 *
 * @p has_value is an optional presence mask of @p count bytes (NULL: all present; 0: SQL NULL).
 * @p values may be NULL only when @p count is 0, which stores an empty array.
 * Spec: c-api.md §7, §7.1.
 */
QUIVER_C_API quiver_error_t quiver_element_set_array_float(quiver_element_t* element,
                                                           const char* name,
                                                           const double* values,
                                                           int32_t count,
                                                           const uint8_t* has_value);

/**
 * Sets array @p name to copies of @p count string cells.
 *
 * A NULL entry, or a 0 byte in the optional mask @p has_value, is an SQL NULL cell. @p values may
 * be NULL only when @p count is 0, which stores an empty array. Spec: c-api.md §7, §7.1.
 */
QUIVER_C_API quiver_error_t quiver_element_set_array_string(quiver_element_t* element,
                                                            const char* name,
                                                            const char* const* values,
                                                            int32_t count,
                                                            const uint8_t* has_value);

/**
 * Reports whether the element holds at least one scalar.
 *
 * Output: *out_result = 1 or 0. Spec: c-api.md §7.
 */
QUIVER_C_API quiver_error_t quiver_element_has_scalars(quiver_element_t* element, int* out_result);

/**
 * Reports whether the element holds at least one array (even an empty one).
 *
 * Output: *out_result = 1 or 0. Spec: c-api.md §7.
 */
QUIVER_C_API quiver_error_t quiver_element_has_arrays(quiver_element_t* element, int* out_result);

/**
 * Counts the distinct scalar names of the element.
 *
 * Output: *out_count. Spec: c-api.md §7.
 */
QUIVER_C_API quiver_error_t quiver_element_scalar_count(quiver_element_t* element,
                                                        size_t* out_count);

/**
 * Counts the distinct array names of the element.
 *
 * Output: *out_count. Spec: c-api.md §7.
 */
QUIVER_C_API quiver_error_t quiver_element_array_count(quiver_element_t* element,
                                                       size_t* out_count);

/**
 * Renders the element as text ("Element {...}", c-api.md §7.2).
 *
 * Output: *out_string, a new string owned by the caller; release it with
 * quiver_database_free_string(). Spec: c-api.md §7, §7.2.
 */
QUIVER_C_API quiver_error_t quiver_element_to_string(quiver_element_t* element, char** out_string);

#ifdef __cplusplus
}
#endif

#endif /* QUIVER_C_ELEMENT_H */
