/*
 * element.h of the C API (c-api.md §7) over the core's qv_element.
 */
#include <stdlib.h>

#include "capi.h"

static quiver_error_t stored(qv_status status)
{
    return status == QV_OK ? QUIVER_OK : qc_fail("Memory allocation failed");
}

quiver_error_t quiver_element_create(quiver_element_t **out_element)
{
    QC_REQUIRE(out_element);
    qv_element *element = qv_element_new();
    if (element == NULL)
        return qc_fail("Memory allocation failed");
    *out_element = (quiver_element_t *)element;
    return QUIVER_OK;
}

quiver_error_t quiver_element_destroy(quiver_element_t *element)
{
    QC_REQUIRE(element);
    qv_element_free(qc_element(element));
    return QUIVER_OK;
}

quiver_error_t quiver_element_clear(quiver_element_t *element)
{
    QC_REQUIRE(element);
    qv_element_clear(qc_element(element));
    return QUIVER_OK;
}

quiver_error_t quiver_element_set_integer(quiver_element_t *element, const char *name, int64_t value)
{
    QC_REQUIRE(element);
    QC_REQUIRE(name);
    return stored(qv_element_set_integer(qc_element(element), name, value));
}

quiver_error_t quiver_element_set_float(quiver_element_t *element, const char *name, double value)
{
    QC_REQUIRE(element);
    QC_REQUIRE(name);
    return stored(qv_element_set_float(qc_element(element), name, value));
}

quiver_error_t quiver_element_set_string(quiver_element_t *element, const char *name, const char *value)
{
    QC_REQUIRE(element);
    QC_REQUIRE(name);
    QC_REQUIRE(value);
    return stored(qv_element_set_string(qc_element(element), name, value));
}

quiver_error_t quiver_element_set_null(quiver_element_t *element, const char *name)
{
    QC_REQUIRE(element);
    QC_REQUIRE(name);
    return stored(qv_element_set_null(qc_element(element), name));
}

/* c-api.md §7.1: a negative count, or cells promised without values. */
static int invalid_count(const void *values, int32_t count)
{
    return count < 0 || (values == NULL && count > 0);
}

quiver_error_t quiver_element_set_array_integer(quiver_element_t *element, const char *name, const int64_t *values,
                                                int32_t count, const uint8_t *has_value)
{
    QC_REQUIRE(element);
    QC_REQUIRE(name);
    if (invalid_count(values, count))
        return qc_fail("Invalid values/count combination");
    return stored(qv_element_set_array_integer(qc_element(element), name, values, (size_t)count, has_value));
}

quiver_error_t quiver_element_set_array_float(quiver_element_t *element, const char *name, const double *values,
                                              int32_t count, const uint8_t *has_value)
{
    QC_REQUIRE(element);
    QC_REQUIRE(name);
    if (invalid_count(values, count))
        return qc_fail("Invalid values/count combination");
    return stored(qv_element_set_array_float(qc_element(element), name, values, (size_t)count, has_value));
}

quiver_error_t quiver_element_set_array_string(quiver_element_t *element, const char *name,
                                               const char *const *values, int32_t count, const uint8_t *has_value)
{
    QC_REQUIRE(element);
    QC_REQUIRE(name);
    if (invalid_count(values, count))
        return qc_fail("Invalid values/count combination");
    return stored(qv_element_set_array_string(qc_element(element), name, values, (size_t)count, has_value));
}

quiver_error_t quiver_element_has_scalars(quiver_element_t *element, int *out_result)
{
    QC_REQUIRE(element);
    QC_REQUIRE(out_result);
    *out_result = qv_element_scalar_count(qc_element(element)) > 0;
    return QUIVER_OK;
}

quiver_error_t quiver_element_has_arrays(quiver_element_t *element, int *out_result)
{
    QC_REQUIRE(element);
    QC_REQUIRE(out_result);
    *out_result = qv_element_array_count(qc_element(element)) > 0;
    return QUIVER_OK;
}

quiver_error_t quiver_element_scalar_count(quiver_element_t *element, size_t *out_count)
{
    QC_REQUIRE(element);
    QC_REQUIRE(out_count);
    *out_count = qv_element_scalar_count(qc_element(element));
    return QUIVER_OK;
}

quiver_error_t quiver_element_array_count(quiver_element_t *element, size_t *out_count)
{
    QC_REQUIRE(element);
    QC_REQUIRE(out_count);
    *out_count = qv_element_array_count(qc_element(element));
    return QUIVER_OK;
}

quiver_error_t quiver_element_to_string(quiver_element_t *element, char **out_string)
{
    QC_REQUIRE(element);
    QC_REQUIRE(out_string);
    char *text = qv_element_to_string(qc_element(element));
    if (text == NULL)
        return qc_fail("Memory allocation failed");
    *out_string = text;
    return QUIVER_OK;
}
