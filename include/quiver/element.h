/**
 * @file quiver/element.h
 * @brief Elements: transient bags of named scalars and arrays, the input of
 *        the create and update functions.
 *
 * An element holds two maps, each kept in byte-wise name order: scalars
 * (name -> NULL, integer, float or string) and arrays (name -> cells of one
 * kind, each cell present or NULL).  Setting a name again replaces it.
 * Nothing is checked against a schema here.  Strings and arrays are copied.
 */
#ifndef QV_ELEMENT_H
#define QV_ELEMENT_H

#include <quiver/common.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct qv_element qv_element;

/** A new empty element, owned by the caller (qv_element_free()); NULL when out of memory. */
QV_API qv_element *qv_element_new(void) QV_WARN_UNUSED;
/** Frees the element; NULL is a no-op. */
QV_API void qv_element_free(qv_element *element);
/** Removes every scalar and array. */
QV_API void qv_element_clear(qv_element *element);

/* Scalar setters; each fails only when out of memory. */
QV_API qv_status qv_element_set_integer(qv_element *element, const char *name, int64_t value);
QV_API qv_status qv_element_set_float(qv_element *element, const char *name, double value);
QV_API qv_status qv_element_set_string(qv_element *element, const char *name, const char *value);
QV_API qv_status qv_element_set_null(qv_element *element, const char *name);

/**
 * Array setters: @p count cells from @p values (which may be NULL only when
 * @p count is 0).  @p has_value is an optional mask of @p count bytes; a zero
 * byte makes that cell NULL.  For strings a NULL entry is also a NULL cell.
 * Fail only when out of memory.
 */
QV_API qv_status qv_element_set_array_integer(qv_element *element, const char *name, const int64_t *values,
                                              size_t count, const uint8_t *has_value);
QV_API qv_status qv_element_set_array_float(qv_element *element, const char *name, const double *values,
                                            size_t count, const uint8_t *has_value);
QV_API qv_status qv_element_set_array_string(qv_element *element, const char *name,
                                             const char *const *values, size_t count, const uint8_t *has_value);

QV_API size_t qv_element_scalar_count(const qv_element *element);
QV_API size_t qv_element_array_count(const qv_element *element);

/** The element rendered as in c-api.md §7.2; owned by the caller (qv_free()), NULL when out of memory. */
QV_API char *qv_element_to_string(const qv_element *element) QV_WARN_UNUSED;

#ifdef __cplusplus
}
#endif

#endif
