/*
 * The prepared-statement cache: statements keyed by their SQL text, prepared
 * once per handle and reset after each use, so repeated calls never re-prepare.
 * Open addressing with linear probing; the table is rebuilt (dropping the idle
 * statements) when it holds too many, which only user queries of ever-new text
 * can cause.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"

enum { CACHE_LIMIT = 512 };

/* Eight bytes per step (the text is hashed on every acquire, and SQL runs to
 * a hundred bytes and more); the final fold brings the high bits of the last
 * product into the low bits that pick the slot. */
static size_t hash_text(const char *text)
{
    size_t length = strlen(text);
    uint64_t h = 0xcbf29ce484222325ull ^ length;
    const unsigned char *p = (const unsigned char *)text;
    for (; length >= 8; p += 8, length -= 8) {
        uint64_t word;
        memcpy(&word, p, 8);
        h = (h ^ word) * 0x9e3779b97f4a7c15ull;
        h ^= h >> 29;
    }
    uint64_t tail = 0;
    memcpy(&tail, p, length);
    h = (h ^ tail) * 0x9e3779b97f4a7c15ull;
    return (size_t)(h ^ (h >> 32));
}

static qvi_stmt_entry *find_slot(const qvi_stmt_cache *cache, const char *sql)
{
    size_t mask = cache->capacity - 1;
    for (size_t i = hash_text(sql) & mask;; i = (i + 1) & mask) {
        qvi_stmt_entry *e = &cache->entries[i];
        if (e->sql == NULL || strcmp(e->sql, sql) == 0)
            return e;
    }
}

void qvi_stmt_cache_clear(qvi_stmt_cache *cache)
{
    for (size_t i = 0; i < cache->capacity; ++i) {
        if (cache->entries[i].sql) {
            sqlite3_finalize(cache->entries[i].stmt);
            free(cache->entries[i].sql);
        }
    }
    free(cache->entries);
    cache->entries = NULL;
    cache->capacity = cache->count = 0;
    cache->last = NULL;
}

/* Rehashes into @p capacity slots; with @p drop_idle, finalizes statements not in use. */
static int rebuild(qvi_stmt_cache *cache, size_t capacity, int drop_idle)
{
    qvi_stmt_entry *entries = calloc(capacity, sizeof *entries);
    if (entries == NULL)
        return 0;
    qvi_stmt_cache next = {entries, capacity, 0, NULL};
    for (size_t i = 0; i < cache->capacity; ++i) {
        qvi_stmt_entry *e = &cache->entries[i];
        if (e->sql == NULL)
            continue;
        if (drop_idle && !e->in_use) {
            sqlite3_finalize(e->stmt);
            free(e->sql);
            continue;
        }
        *find_slot(&next, e->sql) = *e;
        next.count++;
    }
    free(cache->entries);
    *cache = next;
    return 1;
}

sqlite3_stmt *qvi_stmt_acquire(qv_db *db, const char *sql)
{
    qvi_stmt_cache *cache = &db->cache;
    if (cache->capacity) {
        qvi_stmt_entry *e = find_slot(cache, sql);
        if (e->sql && !e->in_use) {
            e->in_use = 1;
            cache->last = e;
            return e->stmt;
        }
    }

    sqlite3_stmt *stmt = NULL;
    if (sqlite3_prepare_v2(db->sqlite, sql, -1, &stmt, NULL) != SQLITE_OK) {
        qvi_failed(&db->err, "prepare statement", "%s", sqlite3_errmsg(db->sqlite));
        sqlite3_finalize(stmt);
        return NULL;
    }
    if (stmt == NULL) { /* only white space or comments: SQLite says "not an error" */
        qvi_failed(&db->err, "execute statement", "%s", sqlite3_errmsg(db->sqlite));
        return NULL;
    }

    /* Cache only statements whose whole text was compiled (no ignored tail),
     * so that release can find them again by sqlite3_sql(). */
    const char *compiled = sqlite3_sql(stmt);
    if (compiled == NULL || strcmp(compiled, sql) != 0)
        return stmt;
    if (cache->capacity && find_slot(cache, sql)->sql) /* the cached copy is in use */
        return stmt;
    if (cache->count >= CACHE_LIMIT && !rebuild(cache, cache->capacity, 1))
        return stmt;
    if ((cache->count + 1) * 2 > cache->capacity &&
        !rebuild(cache, cache->capacity ? cache->capacity * 2 : 64, 0))
        return stmt;
    char *key = strdup(sql);
    if (key == NULL)
        return stmt;
    qvi_stmt_entry *slot = find_slot(cache, sql);
    slot->sql = key;
    slot->stmt = stmt;
    slot->in_use = 1;
    cache->count++;
    cache->last = slot;
    return stmt;
}

void qvi_stmt_release(qv_db *db, sqlite3_stmt *stmt)
{
    if (stmt == NULL)
        return;
    qvi_stmt_cache *cache = &db->cache;
    /* Statements are nearly always released right after their own acquire, so
     * the last entry handed out saves hashing the text a second time. */
    qvi_stmt_entry *e = cache->last;
    if (e == NULL || e->stmt != stmt) {
        const char *sql = sqlite3_sql(stmt);
        e = cache->capacity && sql ? find_slot(cache, sql) : NULL;
    }
    if (e && e->sql && e->stmt == stmt) {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        e->in_use = 0;
        return;
    }
    sqlite3_finalize(stmt);
}
