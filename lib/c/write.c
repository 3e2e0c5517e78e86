/*
 * Element writes of the C API (c-api.md §10): NULL checks in the spec's
 * order, then one core call.
 */
#include <quiver/write.h>

#include "capi.h"

quiver_error_t quiver_database_create_element(quiver_database_t *db, const char *collection,
                                              quiver_element_t *element, int64_t *out_id)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(element);
    QC_REQUIRE(out_id);
    return qc_status(qc_db(db), qv_create_element(qc_db(db), collection, qc_element(element), out_id));
}

quiver_error_t quiver_database_update_element(quiver_database_t *db, const char *collection, int64_t id,
                                              const quiver_element_t *element)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    QC_REQUIRE(element);
    return qc_status(qc_db(db), qv_update_element(qc_db(db), collection, id, qc_const_element(element)));
}

quiver_error_t quiver_database_delete_element(quiver_database_t *db, const char *collection, int64_t id)
{
    QC_REQUIRE(db);
    QC_REQUIRE(collection);
    return qc_status(qc_db(db), qv_delete_element(qc_db(db), collection, id));
}
