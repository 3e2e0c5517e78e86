/**
 * @file quiver/write.h
 * @brief Element writes of the quiver core: create, update and delete one
 *        element of a collection (c-api.md §10).
 *
 * Scalars go to the collection's row; arrays are routed by column name to the
 * collection's vector, set and time-series tables.  Strings written to a
 * relation column are looked up as labels of the target collection.  Every
 * name, type, label and length is checked before the first write, so a
 * rejected call changes nothing, even inside a caller's transaction.  The
 * element is borrowed for the duration of the call only.
 */
#ifndef QV_WRITE_H
#define QV_WRITE_H

#include <quiver/common.h>
#include <quiver/database.h>
#include <quiver/element.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Inserts a row into @p collection from the element's scalars (at least one
 * is required) and the rows of its non-empty arrays into the group tables
 * they route to.
 * @param[out] out_id the new element's id (last insert rowid); untouched on failure.
 * @since 0.10.0
 */
QV_API qv_status qv_create_element(qv_db *db, const char *collection, const qv_element *element,
                                   int64_t *out_id);

/**
 * Updates the element's scalars in row @p id of @p collection and replaces
 * the element's rows in every group table one of its arrays routes to (an
 * empty array clears them).  A missing @p id is an error.
 * @since 0.10.0
 */
QV_API qv_status qv_update_element(qv_db *db, const char *collection, int64_t id, const qv_element *element);

/**
 * Deletes row @p id of @p collection; SQLite carries out the cascades of the
 * foreign keys (group rows, relations).  A missing @p id is an error.
 * @since 0.10.0
 */
QV_API qv_status qv_delete_element(qv_db *db, const char *collection, int64_t id);

#ifdef __cplusplus
}
#endif

#endif
