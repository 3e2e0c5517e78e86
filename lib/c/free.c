/*
 * Free functions for read results (c-api.md §15).  Every block the API hands
 * out is a plain malloc() block (§1.5) in the core's own shape, so each is
 * released by the core's matching free function.  None checks its arguments
 * and all return QUIVER_OK.
 */
#include <quiver/read.h>

#include "capi.h"

quiver_error_t quiver_database_free_integer_array(int64_t *values)
{
    qv_free(values);
    return QUIVER_OK;
}

quiver_error_t quiver_database_free_float_array(double *values)
{
    qv_free(values);
    return QUIVER_OK;
}

quiver_error_t quiver_database_free_string_array(char **values, size_t count)
{
    qv_free_strings(values, count);
    return QUIVER_OK;
}

quiver_error_t quiver_database_free_mask(uint8_t *mask)
{
    qv_free(mask);
    return QUIVER_OK;
}

quiver_error_t quiver_database_free_string(char *str)
{
    qv_free(str);
    return QUIVER_OK;
}

quiver_error_t quiver_database_free_integer_vectors(int64_t **vectors, size_t *sizes, size_t count)
{
    qv_free_integer_vectors(vectors, sizes, count);
    return QUIVER_OK;
}

quiver_error_t quiver_database_free_float_vectors(double **vectors, size_t *sizes, size_t count)
{
    qv_free_float_vectors(vectors, sizes, count);
    return QUIVER_OK;
}

/* The inner string counts come from @p sizes, the array returned with @p vectors. */
quiver_error_t quiver_database_free_string_vectors(char ***vectors, size_t *sizes, size_t count)
{
    qv_free_string_vectors(vectors, sizes, count);
    return QUIVER_OK;
}
