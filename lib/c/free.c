/*
 * Free functions for read results (c-api.md §15).  Every block the API hands
 * out is a plain malloc() block (§1.5), so each is released with free().
 * None checks its arguments and all return QUIVER_OK.
 */
#include <stdlib.h>

#include "capi.h"

quiver_error_t quiver_database_free_integer_array(int64_t *values)
{
    free(values);
    return QUIVER_OK;
}

quiver_error_t quiver_database_free_float_array(double *values)
{
    free(values);
    return QUIVER_OK;
}

quiver_error_t quiver_database_free_string_array(char **values, size_t count)
{
    if (values == NULL)
        return QUIVER_OK;
    for (size_t i = 0; i < count; ++i)
        free(values[i]);
    free(values);
    return QUIVER_OK;
}

quiver_error_t quiver_database_free_mask(uint8_t *mask)
{
    free(mask);
    return QUIVER_OK;
}

quiver_error_t quiver_database_free_string(char *str)
{
    free(str);
    return QUIVER_OK;
}

quiver_error_t quiver_database_free_integer_vectors(int64_t **vectors, size_t *sizes, size_t count)
{
    if (vectors != NULL) {
        for (size_t i = 0; i < count; ++i)
            free(vectors[i]);
        free(vectors);
    }
    free(sizes);
    return QUIVER_OK;
}

quiver_error_t quiver_database_free_float_vectors(double **vectors, size_t *sizes, size_t count)
{
    if (vectors != NULL) {
        for (size_t i = 0; i < count; ++i)
            free(vectors[i]);
        free(vectors);
    }
    free(sizes);
    return QUIVER_OK;
}

/* The inner string counts come from @p sizes, the array returned with @p vectors. */
quiver_error_t quiver_database_free_string_vectors(char ***vectors, size_t *sizes, size_t count)
{
    if (vectors != NULL) {
        for (size_t i = 0; i < count; ++i) {
            if (vectors[i] == NULL)
                continue;
            for (size_t j = 0; j < sizes[i]; ++j)
                free(vectors[i][j]);
            free(vectors[i]);
        }
        free(vectors);
    }
    free(sizes);
    return QUIVER_OK;
}
