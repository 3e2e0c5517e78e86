/*
 * Schema reports of the C API (c-api.md §14): describe, describe_collection,
 * summarize_collection.  The core builds the text; it is handed over as is.
 */
#include <quiver/report.h>

#include "capi.h"

quiver_error_t quiver_database_describe(quiver_database_t *db, char **out_report)
{
    QC_REQUIRE(db);
    QC_REQUIRE(out_report);
    return qc_status(qc_db(db), qv_describe(qc_db(db), out_report));
}

quiver_error_t quiver_database_describe_collection(quiver_database_t *db, const char *collection,
                                                   char **out_report)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(out_report);
    return qc_status(qc_db(db), qv_describe_collection(qc_db(db), collection, out_report));
}

quiver_error_t quiver_database_summarize_collection(quiver_database_t *db, const char *collection,
                                                    char **out_report)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(out_report);
    return qc_status(qc_db(db), qv_summarize_collection(qc_db(db), collection, out_report));
}
