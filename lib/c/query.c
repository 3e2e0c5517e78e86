/*
 * Queries of the C API (c-api.md §13): NULL checks, the conversion of the
 * (param_types, param_values) pair into the core's typed parameters with the
 * C layer's messages (§16.1, §18.2), one core call.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include <quiver/query.h>

#include "capi.h"

#if defined(__GNUC__) || defined(__clang__)
#define PRINTF_LIKE __attribute__((format(printf, 1, 2)))
#else
#define PRINTF_LIKE
#endif

static quiver_error_t fail_format(const char *fmt, ...) PRINTF_LIKE;

static quiver_error_t fail_format(const char *fmt, ...)
{
    char message[128];
    va_list args;
    va_start(args, fmt);
    vsnprintf(message, sizeof message, fmt, args);
    va_end(args);
    return qc_fail(message);
}

/* Checks parameter @p i and stores it as the core's type.  A NULL value for
 * INTEGER or FLOAT is rejected rather than dereferenced (c-api.md §18.2). */
static quiver_error_t convert_param(int type, const void *value, size_t i, qv_param *param)
{
    param->type = (qv_data_type)type;
    switch (type) {
    case QUIVER_DATA_TYPE_INTEGER:
        if (value == NULL)
            return fail_format("Cannot query: parameter at index %zu has null value", i);
        param->integer = *(const int64_t *)value;
        return QUIVER_OK;
    case QUIVER_DATA_TYPE_FLOAT:
        if (value == NULL)
            return fail_format("Cannot query: parameter at index %zu has null value", i);
        param->real = *(const double *)value;
        return QUIVER_OK;
    case QUIVER_DATA_TYPE_STRING:
        if (value == NULL)
            return fail_format("Cannot query: parameter at index %zu has null string value", i);
        param->text = value;
        return QUIVER_OK;
    case QUIVER_DATA_TYPE_NULL:
        return QUIVER_OK;
    default: /* including QUIVER_DATA_TYPE_DATE_TIME (c-api.md §13.1) */
        return fail_format("Cannot query: unknown parameter type %d", type);
    }
}

/* The core's parameters of one call: a few fit in place, so a query with a
 * handful of parameters allocates nothing here. */
typedef struct {
    qv_param *params;
    qv_param in_place[8];
} param_list;

static void release_params(param_list *list)
{
    if (list->params != list->in_place)
        free(list->params);
}

/* Every parameter is converted, in order, before any SQL runs. */
static quiver_error_t convert_params(const int *types, const void *const *values, size_t count,
                                     param_list *list)
{
    list->params = list->in_place;
    if (count > sizeof list->in_place / sizeof list->in_place[0]) {
        list->params = calloc(count, sizeof *list->params);
        if (list->params == NULL)
            return qc_fail("Memory allocation failed");
    }
    for (size_t i = 0; i < count; ++i) {
        if (convert_param(types[i], values[i], i, &list->params[i]) != QUIVER_OK) {
            release_params(list);
            return QUIVER_ERROR;
        }
    }
    return QUIVER_OK;
}

#define QC_REQUIRE_PARAMS(types, values, count)                                                              \
    do {                                                                                                     \
        if ((count) > 0) {                                                                                   \
            QC_REQUIRE(types);                                                                               \
            QC_REQUIRE(values);                                                                              \
        }                                                                                                    \
    } while (0)

quiver_error_t quiver_database_query_string(quiver_database_t *db, const char *sql, char **out_value,
                                            int *out_has_value)
{
    return quiver_database_query_string_params(db, sql, NULL, NULL, 0, out_value, out_has_value);
}

quiver_error_t quiver_database_query_integer(quiver_database_t *db, const char *sql, int64_t *out_value,
                                             int *out_has_value)
{
    return quiver_database_query_integer_params(db, sql, NULL, NULL, 0, out_value, out_has_value);
}

quiver_error_t quiver_database_query_float(quiver_database_t *db, const char *sql, double *out_value,
                                           int *out_has_value)
{
    return quiver_database_query_float_params(db, sql, NULL, NULL, 0, out_value, out_has_value);
}

/* Converts the parameters, runs the core query, releases the conversion. */
#define QUERY_PARAMS(name, T)                                                                                \
    quiver_error_t quiver_database_##name##_params(quiver_database_t *db, const char *sql,                   \
                                                   const int *param_types, const void *const *param_values,  \
                                                   size_t param_count, T *out_value, int *out_has_value)     \
    {                                                                                                        \
        QC_REQUIRE(db);                                                                                      \
        QC_REQUIRE(sql);                                                                                     \
        QC_REQUIRE(out_value);                                                                               \
        QC_REQUIRE(out_has_value);                                                                           \
        QC_REQUIRE_PARAMS(param_types, param_values, param_count);                                           \
        param_list list;                                                                                     \
        if (convert_params(param_types, param_values, param_count, &list) != QUIVER_OK)                      \
            return QUIVER_ERROR;                                                                             \
        qv_status status = qv_##name(qc_db(db), sql, list.params, param_count, out_value, out_has_value);    \
        release_params(&list);                                                                               \
        return qc_status(qc_db(db), status);                                                                 \
    }

QUERY_PARAMS(query_string, char *)
QUERY_PARAMS(query_integer, int64_t)
QUERY_PARAMS(query_float, double)
