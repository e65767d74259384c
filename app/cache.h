/* cache.h: the rebuild cache kept in OUT_DIR/.foi-cache: for each source file
 * its path, size, mtime, inode, SHA-256 and the serialized result of parsing it
 * (serial.h), under a key made of everything that shapes results (parser
 * versions, taxonomy digest, limits). A rerun reuses the result of every file
 * whose stat or content is unchanged; a corrupt or foreign cache is ignored
 * and rebuilt, never trusted. File format and rules: docs/rebuilds.md.
 *
 * Memory: only the index (path, stat, hashes, offsets) is held in memory; a
 * blob is read from the file when it is asked for (and checked against its
 * own SHA-256), and the blobs put in this run wait in an unlinked temporary
 * file until the save, so 10,000 results cost a few MB, not their size.
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

/* Open the cache of out_dir for key. A missing, corrupt, truncated or
 * foreign-key cache gives an empty cache (and *note says why, for the build
 * summary; may be NULL; "" when the cache was loaded). Only FOI_ENOMEM is an
 * error. */
int foi_cache_open(struct foi_cache **out, const char *out_dir, const char *key,
                   const char **note, struct foi_err *err);
/* An empty cache for key without reading anything (--clean: ignore the old
 * cache but still save a fresh one). out_dir (may be NULL or not exist yet)
 * is where the temporary file of new results goes when it exists; else
 * $TMPDIR or /tmp; else they are kept in memory. */
int foi_cache_new(struct foi_cache **out, const char *out_dir, const char *key, struct foi_err *err);
void foi_cache_free(struct foi_cache *c);
/* Entries held (loaded and put). */
size_t foi_cache_count(const struct foi_cache *c);
/* Is there an entry for rel (whatever its stat)? Tells the caller whether
 * hashing the file for foi_cache_get_sha can pay off. */
int foi_cache_has(const struct foi_cache *c, const char *rel);

/* A result for rel when size, mtime (sec and nsec) and inode match st (no
 * read needed): its bytes, or NULL. Entries whose mtime is not at least two
 * seconds older than the cache file that holds them are "racy" (the file
 * could have changed again within the same timestamp tick, as in git's index)
 * and never hit here: the caller falls back to foi_cache_get_sha. A hit marks
 * rel as kept. A blob that cannot be read back or fails its checksum is a
 * miss, and the entry is dropped. */
const char *foi_cache_get_stat(struct foi_cache *c, const char *rel, const struct stat *st,
                               size_t *len);
/* A result for rel with this content hash (the file was touched but not
 * changed), or NULL. A hit marks rel as kept; call foi_cache_refresh with the
 * new stat so the next run hits on stat alone. */
const char *foi_cache_get_sha(struct foi_cache *c, const char *rel, const char *sha256, size_t *len);
/* Update the stat data of rel's entry (after a sha hit) and mark it kept. */
void foi_cache_refresh(struct foi_cache *c, const char *rel, const struct stat *st);
/* Remember rel's result for the next run (replaces any older entry; blob is
 * copied and may be one the cache just returned). sha256 may be NULL: it is
 * then read from the blob's source row (serial.h). FOI_EUSAGE when there is
 * none, FOI_ENOMEM. (When the temporary file cannot be written the blob is
 * kept in memory instead.) */
int foi_cache_put(struct foi_cache *c, const char *rel, const struct stat *st, const char *sha256,
                  const char *blob, size_t len);
/* Mark rel as still present (a hit) so save keeps it; files not marked or put
 * in this run (deleted ones) drop out. */
void foi_cache_keep(struct foi_cache *c, const char *rel);
/* Forget rel (its cached result turned out unusable). */
void foi_cache_drop(struct foi_cache *c, const char *rel);
/* Write out_dir/.foi-cache atomically (temporary + fsync + rename), kept and
 * put entries only, sorted by path. A failure leaves the old file as it was
 * (a build should report it and carry on: the next build parses more). */
int foi_cache_save(struct foi_cache *c, const char *out_dir, struct foi_err *err);

/* Test hook: the racy window in seconds (default 2; tests set 0 to get stat
 * hits on files they just wrote, or a large value to force sha checks). */
void foi_cache_set_racy_window(struct foi_cache *c, long seconds);

#endif
