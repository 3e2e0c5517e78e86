/*
 * common.h of the C API: the version and the per-thread error slot.  The slot
 * is a fixed buffer, so reporting an error never allocates; successful calls
 * never touch it (c-api.md §1.2).
 */
#include <stdio.h>

#include "capi.h"

static _Thread_local char last_error[QV_ERROR_MAX];

const char *quiver_version(void)
{
    return qv_version();
}

const char *quiver_get_last_error(void)
{
    return last_error;
}

void quiver_clear_last_error(void)
{
    last_error[0] = '\0';
}

quiver_error_t qc_fail(const char *message)
{
    snprintf(last_error, sizeof last_error, "%s", message);
    return QUIVER_ERROR;
}

quiver_error_t qc_null_argument(const char *name)
{
    snprintf(last_error, sizeof last_error, "Null argument: %s", name);
    return QUIVER_ERROR;
}

quiver_error_t qc_status(const qv_db *db, qv_status status)
{
    if (status == QV_OK)
        return QUIVER_OK;
    return qc_fail(qv_db_errmsg(db));
}
