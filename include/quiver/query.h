/**
 * @file quiver/query.h
 * @brief Raw SQL queries of the quiver core: run the first statement of a text
 *        with typed parameters and return row 0, column 0.
 *
 * Queries need no schema and never load or refresh it, so they work on any
 * SQLite file.  The statement is stepped to completion, so statements without
 * results (INSERT, CREATE, BEGIN, COMMIT, ...) are executed; a raw BEGIN or
 * COMMIT changes the transaction state seen by qv_db_in_transaction().
 */
#ifndef QV_QUERY_H
#define QV_QUERY_H

#include <quiver/common.h>
#include <quiver/database.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * One query parameter.  @c type is ::QV_TYPE_INTEGER (uses @c integer),
 * ::QV_TYPE_FLOAT (@c real), ::QV_TYPE_STRING (@c text, bound trimmed of
 * surrounding space, tab, CR and LF; borrowed for the call) or ::QV_TYPE_NULL
 * (no value).  ::QV_TYPE_DATE_TIME is not accepted: pass date-times as strings.
 * @since 0.10.0
 */
typedef struct {
    qv_data_type type;
    union {
        int64_t integer;
        double real;
        const char *text;
    };
} qv_param;

/**
 * Runs the first statement of @p sql (the rest of the text is ignored) with
 * @p params bound to ?1, ?2, ... and reports row 0, column 0 when it is TEXT.
 *
 * Every parameter is checked before any SQL runs (`Cannot query: unknown
 * parameter type <t>`, `Cannot query: parameter at index <i> has null string
 * value`).  Then: `Failed to prepare statement: <sqlite message>`,
 * `Failed to execute statement: not an error` (text without a statement),
 * `Failed to execute statement: expected <n> bound parameter(s) but got <m>`,
 * `Failed to execute statement: BLOB type not supported` (a BLOB in any
 * column of any row), `Failed to execute statement: <sqlite message>`.
 *
 * @param params may be NULL when @p param_count is 0.
 * @param[out] out_value a new string owned by the caller (qv_free()), or NULL
 *             when row 0, column 0 is absent or not TEXT.
 * @param[out] out_has_value 1 when @p out_value holds a string, else 0.
 * Both outputs are untouched on failure. @since 0.10.0
 */
QV_API qv_status qv_query_string(qv_db *db, const char *sql, const qv_param *params, size_t param_count,
                                 char **out_value, int *out_has_value);

/**
 * Like qv_query_string(), for an INTEGER value (a REAL is never narrowed).
 * @param[out] out_value written only when *out_has_value becomes 1. @since 0.10.0
 */
QV_API qv_status qv_query_integer(qv_db *db, const char *sql, const qv_param *params, size_t param_count,
                                  int64_t *out_value, int *out_has_value);

/**
 * Like qv_query_string(), for a REAL value or an INTEGER widened to double.
 * @param[out] out_value written only when *out_has_value becomes 1. @since 0.10.0
 */
QV_API qv_status qv_query_float(qv_db *db, const char *sql, const qv_param *params, size_t param_count,
                                double *out_value, int *out_has_value);

#ifdef __cplusplus
}
#endif

#endif
