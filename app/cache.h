/* cache.h: the rebuild cache kept in OUT_DIR: for each source file its path,
 * size, mtime, ctime, inode, SHA-256 and the result of parsing it (serial.h),
 * under a key made of everything that shapes results (code, parser versions,
 * taxonomy digest, limits). A rerun reuses the result of every file whose
 * stat or content is unchanged; a damaged or foreign cache is ignored and
 * rebuilt, never trusted. Format and rules: docs/rebuilds.md.
 *
 * Two files: OUT_DIR/.foi-cache holds the results, appended one after the
 * other (a build appends the results it made and never rewrites the others);
 * OUT_DIR/.foi-cache.idx, rewritten atomically by each save, says which
 * results are live and where they are, with a checksum of each result's
 * header (which holds the checksums of the rest). When dead results make up
 * more than half of .foi-cache, a save copies the live ones into a new one.
 *
 * Memory: only the index is held; results are read from the file in the
 * pieces the caller needs.
 *
 * Ownership: a blob returned by a get function belongs to the cache and stays
 * valid until the next call on the cache (get, put, save or free). */
#ifndef FOI_CACHE_H
#define FOI_CACHE_H

#include "../core/foi.h"
#include "../core/doc.h"
#include <sys/stat.h>

struct foi_cache;

/* The cache key (appended to out): the parsers' fingerprint, the taxonomy
 * digest, every limit that can change a file's result, and the SHA-256 of the
 * running executable (/proc/self/exe; so a rebuilt foi never trusts results
 * of older code). Any difference empties the cache. */
int foi_cache_key(struct foi_buf *out, const char *parsers_fp, const char *tax_digest,
                  const struct foi_limits *lim);

/* Open the cache of out_dir for key. A missing, damaged, truncated or
 * foreign-key cache gives an empty cache (and *note says why, for the build
 * summary; may be NULL; "" when the cache was loaded). Only FOI_ENOMEM is an
 * error. */
int foi_cache_open(struct foi_cache **out, const char *out_dir, const char *key,
                   const char **note, struct foi_err *err);
/* An empty cache for key without reading anything (--clean: ignore the old
 * cache but still save a fresh one). out_dir (may be NULL or not exist yet)
 * is where the new results go when it exists; else an unlinked file in
 * $TMPDIR or /tmp, copied into out_dir by the save. */
int foi_cache_new(struct foi_cache **out, const char *out_dir, const char *key, struct foi_err *err);
void foi_cache_free(struct foi_cache *c);
/* Entries held (loaded and put). */
size_t foi_cache_count(const struct foi_cache *c);
/* Is there an entry for rel (whatever its stat)? Tells the caller whether
 * hashing the file for foi_cache_get_sha can pay off. */
int foi_cache_has(const struct foi_cache *c, const char *rel);

/* Where an entry's result is: read it with pread(fd, ..., off + ...). hsha
 * is the SHA-256 of its FOI_RESULT_HEADER-byte header as saved (check it
 * with foi_cache_header_ok before trusting the header's own checksums). */
struct foi_cache_ref {
    int fd;
    uint64_t off, len;
    unsigned char hsha[32];
};

/* An entry for rel whose size, mtime and ctime (sec and nsec) and inode
 * match st (no read needed): 1 with *ref filled, else 0. Entries whose mtime
 * is not at least two seconds older than the index that holds them are
 * "racy" (the file could have changed again within the same timestamp tick,
 * as in git's index) and never hit here: the caller falls back to the sha
 * lookup. A hit marks rel as kept. */
int foi_cache_find_stat(struct foi_cache *c, const char *rel, const struct stat *st,
                        struct foi_cache_ref *ref);
/* An entry for rel with this content hash (the file was touched but not
 * changed): 1 and *ref, or 0. A hit marks rel as kept; call
 * foi_cache_refresh with the new stat so the next run hits on stat alone. */
int foi_cache_find_sha(struct foi_cache *c, const char *rel, const char *sha256,
                       struct foi_cache_ref *ref);
/* The entry for rel as it is now (after a put): 1 and *ref, or 0. */
int foi_cache_find(struct foi_cache *c, const char *rel, struct foi_cache_ref *ref);
/* Does hdr (FOI_RESULT_HEADER bytes read at ref->off) match ref's checksum? */
int foi_cache_header_ok(const struct foi_cache_ref *ref, const char *hdr);

/* The same lookups, returning the whole result read and checked (header,
 * head, records and issues against their checksums) in a buffer of the
 * cache's, or NULL. A result that cannot be read back or does not match is
 * a miss, and the entry is dropped. */
const char *foi_cache_get_stat(struct foi_cache *c, const char *rel, const struct stat *st,
                               size_t *len);
const char *foi_cache_get_sha(struct foi_cache *c, const char *rel, const char *sha256, size_t *len);
/* Update the stat data of rel's entry (after a sha hit) and mark it kept. */
void foi_cache_refresh(struct foi_cache *c, const char *rel, const struct stat *st);
/* Remember rel's result for the next run (replaces any older entry; blob is
 * copied and may be one the cache just returned). sha256 may be NULL: it is
 * then read from the blob's source row (serial.h). FOI_EUSAGE when there is
 * none or the blob is not a result, FOI_EIO when it cannot be written,
 * FOI_ENOMEM. */
/* Open the file results are appended to now rather than at the first put
 * (a process forked after this reads them through the same descriptor).
 * 0, FOI_EIO or FOI_ENOMEM. */
int foi_cache_prepare(struct foi_cache *c);
int foi_cache_put(struct foi_cache *c, const char *rel, const struct stat *st, const char *sha256,
                  const char *blob, size_t len);
/* Mark rel as still present (a hit) so save keeps it; files not marked or put
 * in this run (deleted ones) drop out. */
void foi_cache_keep(struct foi_cache *c, const char *rel);
/* Forget rel (its cached result turned out unusable). */
void foi_cache_drop(struct foi_cache *c, const char *rel);
/* Make out_dir's cache say what this one holds (kept and put entries only):
 * the results appended in this run made durable, then the index written
 * atomically (temporary + fsync + rename). A failure leaves the old index,
 * which still describes the results it names (a build should report it and
 * carry on: the next build parses more). */
int foi_cache_save(struct foi_cache *c, const char *out_dir, struct foi_err *err);

/* Test hooks: the racy window in seconds (default 2; tests set 0 to get stat
 * hits on files they just wrote, or a large value to force sha checks); and
 * the share of dead bytes that makes a save compact (default 50, percent;
 * 0 compacts on every save). */
void foi_cache_set_racy_window(struct foi_cache *c, long seconds);
void foi_cache_set_compact_at(struct foi_cache *c, int percent);

#endif
