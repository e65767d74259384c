/* cache.c: the rebuild cache (see cache.h): a checksummed file of per-file
 * parse results, blobs first and index last; only the index is loaded (a hash
 * table), blobs are read on demand. Format in docs/rebuilds.md. */
#include "cache.h"
#include "serial.h"

#include <openssl/evp.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CACHE_NAME "/.foi-cache"
#define CACHE_MAGIC "FOICACHE"
#define MAGIC_LEN 8
#define CACHE_VERSION 2u
#define SHA_LEN 64
#define TRAILER (8 + 8 + 32)     /* index offset, entry count, SHA-256 */
/* rellen(4) rel(>=2) size(8) msec(8) mnsec(4) ino(8) csec(8) cnsec(4) sha(65) off(8) len(8) blobsha(32) */
#define MIN_ENTRY (4 + 2 + 8 + 8 + 4 + 8 + 8 + 4 + (SHA_LEN + 1) + 8 + 8 + 32)
#define CHUNK 65536

enum where { IN_OLD, IN_SPILL, IN_MEM };

struct entry {
    const char *rel;        /* NUL-terminated; in the loaded index or owned */
    uint64_t size, ino;
    int64_t msec, csec;     /* mtime, and ctime (any write or metadata change,
                               which no tool can set back, as git's index) */
    uint32_t mnsec, cnsec;
    char sha[SHA_LEN + 1];  /* the source file's content */
    unsigned char bsha[32]; /* the blob's */
    uint64_t off, len;      /* in the old file or the spill file */
    char *mem;              /* IN_MEM: the blob */
    unsigned where : 2, owned_rel : 1, keep : 1, dead : 1;
};

struct foi_cache {
    char *key;
    char *dir;              /* where the spill file may go (NULL: TMPDIR) */
    int fd;                 /* the loaded file, -1 when none */
    char *index;            /* its index bytes (entries' rel point here) */
    int64_t file_msec;      /* its mtime: the racy-entry limit */
    uint32_t file_mnsec;
    struct stat file_st;    /* the loaded file as it was (an unchanged cache is not rewritten) */
    int refreshed;          /* an entry's stat was updated */
    long racy_window;
    int spill;              /* unlinked temporary file of new blobs, -1 when none */
    uint64_t spill_end;
    int spill_failed;
    char *scratch;          /* the last blob returned */
    size_t scratch_alloc;
    struct entry *e;
    size_t n, alloc;
    size_t *slot;           /* hash table of entry index + 1; 0 = empty */
    size_t nslot;
};

/* ------------------------------------------------------------------ hash */
static uint64_t hash_str(const char *s)
{
    return foi_hash(s, strlen(s));
}

static int rehash(struct foi_cache *c, size_t want)
{
    size_t ns = 16;
    while (ns < want * 2) {
        if (ns > SIZE_MAX / 4)
            return FOI_ENOMEM;
        ns *= 2;
    }
    size_t *slot = foi_calloc(ns, sizeof *slot);
    if (!slot)
        return FOI_ENOMEM;
    for (size_t i = 0; i < c->n; i++) {
        if (c->e[i].dead)
            continue;
        size_t h = (size_t)hash_str(c->e[i].rel) & (ns - 1);
        while (slot[h])
            h = (h + 1) & (ns - 1);
        slot[h] = i + 1;
    }
    foi_free(c->slot);
    c->slot = slot;
    c->nslot = ns;
    return 0;
}

static struct entry *find(const struct foi_cache *c, const char *rel)
{
    if (!c || !rel || !c->nslot)
        return NULL;
    size_t h = (size_t)hash_str(rel) & (c->nslot - 1);
    while (c->slot[h]) {
        struct entry *e = &c->e[c->slot[h] - 1];
        if (!e->dead && !strcmp(e->rel, rel))
            return e;
        h = (h + 1) & (c->nslot - 1);
    }
    return NULL;
}

/* A zeroed entry at c->e[c->n] (not yet counted nor in the table). */
static struct entry *grow(struct foi_cache *c)
{
    if (foi_grow((void **)&c->e, &c->alloc, c->n, sizeof *c->e))
        return NULL;
    struct entry *e = &c->e[c->n];
    memset(e, 0, sizeof *e);
    return e;
}

/* Count c->e[c->n] in and index it; the load factor stays at or under 1/2. */
static int insert(struct foi_cache *c)
{
    if ((c->n + 1) * 2 > c->nslot) {
        c->n++;
        int rc = rehash(c, c->n);
        if (rc)
            c->n--;
        return rc;
    }
    size_t h = (size_t)hash_str(c->e[c->n].rel) & (c->nslot - 1);
    while (c->slot[h])
        h = (h + 1) & (c->nslot - 1);
    c->slot[h] = c->n + 1;
    c->n++;
    return 0;
}

static void entry_release(struct entry *e)
{
    if (e->owned_rel)
        foi_free((char *)e->rel);
    foi_free(e->mem);
    e->mem = NULL;
    e->owned_rel = 0;
}

/* ------------------------------------------------------------------ io */
static void sha256_raw(const void *p, size_t n, unsigned char out[32])
{
    unsigned dl = 0;
    if (!EVP_Digest(p, n, out, &dl, EVP_sha256(), NULL) || dl != 32)
        memset(out, 0, 32);
}

static void hex(const unsigned char *d, size_t n, char *out)
{
    static const char hx[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = hx[d[i] >> 4];
        out[2 * i + 1] = hx[d[i] & 15];
    }
    out[2 * n] = '\0';
}

/* pread all n bytes at off; 0 or -1 */
static int pread_all(int fd, void *buf, size_t n, uint64_t off)
{
    char *p = buf;
    while (n) {
        ssize_t r = pread(fd, p, n, (off_t)off);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return -1;
        p += r;
        n -= (size_t)r;
        off += (uint64_t)r;
    }
    return 0;
}

static int pwrite_all(int fd, const void *buf, size_t n, uint64_t off)
{
    const char *p = buf;
    while (n) {
        ssize_t r = pwrite(fd, p, n, (off_t)off);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return -1;
        p += r;
        n -= (size_t)r;
        off += (uint64_t)r;
    }
    return 0;
}

static uint64_t le64(const unsigned char *p)
{
    return (uint64_t)foi_le32(p) | (uint64_t)foi_le32(p + 4) << 32;
}

static void put32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16);
    p[3] = (unsigned char)(v >> 24);
}

static void put64(unsigned char *p, uint64_t v)
{
    put32(p, (uint32_t)v);
    put32(p + 4, (uint32_t)(v >> 32));
}

static int is_hex(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
            return 0;
    return 1;
}

/* ------------------------------------------------------------------ key */
int foi_cache_key(struct foi_buf *out, const char *parsers_fp, const char *tax_digest,
                  const struct foi_limits *lim)
{
    char exe[SHA_LEN + 1] = "none";
    int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        EVP_MD_CTX *md = EVP_MD_CTX_new();
        int ok = md && EVP_DigestInit_ex(md, EVP_sha256(), NULL);
        char chunk[CHUNK];
        ssize_t r;
        while (ok && (r = read(fd, chunk, sizeof chunk)) != 0) {
            if (r < 0) {
                if (errno == EINTR)
                    continue;
                ok = 0;
                break;
            }
            ok = EVP_DigestUpdate(md, chunk, (size_t)r);
        }
        unsigned char d[EVP_MAX_MD_SIZE];
        unsigned dl = 0;
        if (ok && EVP_DigestFinal_ex(md, d, &dl) && dl == 32)
            hex(d, 32, exe);
        EVP_MD_CTX_free(md);
        close(fd);
    }
    return foi_buf_printf(out, "parsers=%s\ntaxonomy=%s\nlimits=%zu,%zu,%ld,%d,%d\nexe=%s\n",
                          parsers_fp ? parsers_fp : "", tax_digest ? tax_digest : "",
                          lim ? lim->max_file_bytes : 0, lim ? lim->max_line_bytes : 0,
                          lim ? lim->max_cells : 0L, lim ? lim->max_depth : 0,
                          lim ? lim->max_cols : 0, exe);
}

/* ------------------------------------------------------------------ open */
int foi_cache_new(struct foi_cache **out, const char *out_dir, const char *key, struct foi_err *err)
{
    *out = NULL;
    struct foi_cache *c = foi_calloc(1, sizeof *c);
    if (!c || !(c->key = foi_strdup(key ? key : "")) || (out_dir && !(c->dir = foi_strdup(out_dir)))) {
        if (c)
            foi_free(c->key);
        foi_free(c);
        return foi_errf(err, FOI_ENOMEM, "", "out of memory opening the rebuild cache");
    }
    c->fd = -1;
    c->spill = -1;
    c->racy_window = 2;
    *out = c;
    return 0;
}

static void clear_entries(struct foi_cache *c)
{
    for (size_t i = 0; i < c->n; i++)
        entry_release(&c->e[i]);
    c->n = 0;
    foi_free(c->slot);
    c->slot = NULL;
    c->nslot = 0;
}

/* Check and index the file at c->fd (size bytes). 0, FOI_ECORRUPT (*why
 * says what) or FOI_ENOMEM. */
static int load(struct foi_cache *c, uint64_t size, const char **why)
{
    unsigned char head[MAGIC_LEN + 8];
    size_t kl = strlen(c->key);
    if (size < MAGIC_LEN || pread_all(c->fd, head, MAGIC_LEN, 0) || memcmp(head, CACHE_MAGIC, MAGIC_LEN)) {
        *why = "the rebuild cache is not a foi cache; it was ignored";
        return FOI_ECORRUPT;
    }
    *why = "the rebuild cache was truncated; it was ignored";
    if (size < MAGIC_LEN + 8 || pread_all(c->fd, head, sizeof head, 0))
        return FOI_ECORRUPT;
    if (foi_le32(head + MAGIC_LEN) != CACHE_VERSION) {
        *why = "the rebuild cache has another format version; it was ignored";
        return FOI_ECORRUPT;
    }
    uint64_t hdr = MAGIC_LEN + 8 + (uint64_t)foi_le32(head + MAGIC_LEN + 4);
    if (size < hdr + TRAILER)
        return FOI_ECORRUPT;
    char *key = foi_malloc(kl + 1);
    if (!key)
        return FOI_ENOMEM;
    int same = foi_le32(head + MAGIC_LEN + 4) == kl && !pread_all(c->fd, key, kl, MAGIC_LEN + 8) &&
               !memcmp(key, c->key, kl);
    foi_free(key);
    if (!same) {
        *why = "the rebuild cache was made by another foi version, taxonomy or limits; everything is parsed again";
        return FOI_ECORRUPT;
    }
    /* the whole file against its checksum, streamed */
    *why = "the rebuild cache is damaged (checksum mismatch); it was ignored";
    unsigned char tr[TRAILER];
    if (pread_all(c->fd, tr, TRAILER, size - TRAILER))
        return FOI_ECORRUPT;
    char *chunk = foi_malloc(CHUNK);
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    if (!chunk || !md) {
        foi_free(chunk);
        EVP_MD_CTX_free(md);
        return FOI_ENOMEM;
    }
    int ok = EVP_DigestInit_ex(md, EVP_sha256(), NULL);
    for (uint64_t off = 0; ok && off < size - 32;) {
        size_t k = size - 32 - off < CHUNK ? (size_t)(size - 32 - off) : CHUNK;
        ok = !pread_all(c->fd, chunk, k, off) && EVP_DigestUpdate(md, chunk, k);
        off += k;
    }
    unsigned char d[EVP_MAX_MD_SIZE];
    unsigned dl = 0;
    ok = ok && EVP_DigestFinal_ex(md, d, &dl) && dl == 32 && !memcmp(d, tr + 16, 32);
    foi_free(chunk);
    EVP_MD_CTX_free(md);
    if (!ok)
        return FOI_ECORRUPT;
    /* the index */
    *why = "the rebuild cache is malformed; it was ignored";
    uint64_t ioff = le64(tr), count = le64(tr + 8);
    if (ioff < hdr || ioff > size - TRAILER)
        return FOI_ECORRUPT;
    uint64_t ilen = size - TRAILER - ioff;
    if (count > ilen / MIN_ENTRY || ilen > SIZE_MAX - 1)
        return FOI_ECORRUPT;
    c->index = foi_malloc((size_t)ilen + 1);
    if (!c->index)
        return FOI_ENOMEM;
    if (pread_all(c->fd, c->index, (size_t)ilen, ioff))
        return FOI_ECORRUPT;
    if (count && rehash(c, (size_t)count))
        return FOI_ENOMEM;
    const unsigned char *p = (const unsigned char *)c->index, *end = p + ilen;
    for (uint64_t i = 0; i < count; i++) {
        if (end - p < 4)
            return FOI_ECORRUPT;
        uint32_t rl = foi_le32(p);
        p += 4;
        if (rl < 2 || (uint64_t)(end - p) < (uint64_t)rl + MIN_ENTRY - 4 - 2)
            return FOI_ECORRUPT;
        const char *rel = (const char *)p;
        if (rel[rl - 1] != '\0' || memchr(rel, '\0', rl - 1))
            return FOI_ECORRUPT;
        p += rl;
        struct entry *e = grow(c);
        if (!e)
            return FOI_ENOMEM;
        e->rel = rel;
        e->size = le64(p);
        e->msec = (int64_t)le64(p + 8);
        e->mnsec = foi_le32(p + 16);
        e->ino = le64(p + 20);
        e->csec = (int64_t)le64(p + 28);
        e->cnsec = foi_le32(p + 36);
        p += 40;
        if (e->mnsec >= 1000000000u || e->cnsec >= 1000000000u || !is_hex((const char *)p, SHA_LEN) ||
            p[SHA_LEN] != '\0')
            return FOI_ECORRUPT;
        memcpy(e->sha, p, SHA_LEN + 1);
        p += SHA_LEN + 1;
        e->off = le64(p);
        e->len = le64(p + 8);
        memcpy(e->bsha, p + 16, 32);
        p += 48;
        if (e->off < hdr || e->off > ioff || e->len > ioff - e->off || e->len > SIZE_MAX / 2)
            return FOI_ECORRUPT;
        e->where = IN_OLD;
        if (find(c, rel))
            return FOI_ECORRUPT;   /* a path twice */
        if (insert(c))
            return FOI_ENOMEM;
    }
    if (p != end)
        return FOI_ECORRUPT;
    *why = "";
    return 0;
}

int foi_cache_open(struct foi_cache **out, const char *out_dir, const char *key,
                   const char **note, struct foi_err *err)
{
    const char *dummy;
    if (!note)
        note = &dummy;
    *note = "";
    int rc = foi_cache_new(out, out_dir, key, err);
    if (rc)
        return rc;
    struct foi_cache *c = *out;
    size_t pl = strlen(out_dir) + sizeof CACHE_NAME;
    char *path = foi_malloc(pl);
    if (!path) {
        foi_cache_free(c);
        *out = NULL;
        return foi_errf(err, FOI_ENOMEM, "", "out of memory opening the rebuild cache");
    }
    snprintf(path, pl, "%s%s", out_dir, CACHE_NAME);
    c->fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    foi_free(path);
    if (c->fd < 0) {
        *note = errno == ENOENT ? "no rebuild cache yet; every file is parsed"
                                : "the rebuild cache could not be opened; it was ignored";
        return 0;
    }
    struct stat st;
    if (fstat(c->fd, &st) < 0 || !S_ISREG(st.st_mode) || st.st_size < 0) {
        close(c->fd);
        c->fd = -1;
        *note = "the rebuild cache is not a regular file; it was ignored";
        return 0;
    }
    c->file_msec = (int64_t)st.st_mtim.tv_sec;
    c->file_mnsec = (uint32_t)st.st_mtim.tv_nsec;
    c->file_st = st;
    const char *why = "";
    rc = load(c, (uint64_t)st.st_size, &why);
    if (rc) {
        /* never trust any part of a bad file */
        clear_entries(c);
        foi_free(c->index);
        c->index = NULL;
        close(c->fd);
        c->fd = -1;
        if (rc == FOI_ENOMEM) {
            foi_cache_free(c);
            *out = NULL;
            return foi_errf(err, FOI_ENOMEM, "", "out of memory reading the rebuild cache");
        }
        *note = why;
    }
    return 0;
}

void foi_cache_free(struct foi_cache *c)
{
    if (!c)
        return;
    clear_entries(c);
    foi_free(c->e);
    foi_free(c->index);
    foi_free(c->scratch);
    if (c->fd >= 0)
        close(c->fd);
    if (c->spill >= 0)
        close(c->spill);
    foi_free(c->key);
    foi_free(c->dir);
    foi_free(c);
}

size_t foi_cache_count(const struct foi_cache *c)
{
    size_t k = 0;
    for (size_t i = 0; c && i < c->n; i++)
        k += !c->e[i].dead;
    return k;
}

int foi_cache_has(const struct foi_cache *c, const char *rel)
{
    return find(c, rel) != NULL;
}

void foi_cache_set_racy_window(struct foi_cache *c, long seconds)
{
    if (c)
        c->racy_window = seconds < 0 ? 0 : seconds;
}

/* ------------------------------------------------------------------ lookups */
static void drop(struct entry *e)
{
    entry_release(e);
    e->dead = 1;
    e->keep = 0;
}

/* e's blob into the scratch buffer, checked; NULL (and e dropped) when it
 * cannot be read or does not match its checksum. */
static const char *fetch(struct foi_cache *c, struct entry *e, size_t *len)
{
    const char *p;
    if (e->where == IN_MEM) {
        p = e->mem;
    } else {
        size_t need = (size_t)e->len + 1;
        if (need > c->scratch_alloc) {
            char *s = foi_realloc(c->scratch, need);
            if (!s)
                return NULL;   /* a miss; the file is parsed instead */
            c->scratch = s;
            c->scratch_alloc = need;
        }
        int fd = e->where == IN_OLD ? c->fd : c->spill;
        if (fd < 0 || pread_all(fd, c->scratch, (size_t)e->len, e->off)) {
            drop(e);
            return NULL;
        }
        c->scratch[e->len] = '\0';
        p = c->scratch;
    }
    unsigned char d[32];
    sha256_raw(p, (size_t)e->len, d);
    if (memcmp(d, e->bsha, 32)) {
        drop(e);
        return NULL;
    }
    e->keep = 1;
    if (len)
        *len = (size_t)e->len;
    return p;
}

const char *foi_cache_get_stat(struct foi_cache *c, const char *rel, const struct stat *st,
                               size_t *len)
{
    struct entry *e = find(c, rel);
    if (!e || !st)
        return NULL;
    if (e->size != (uint64_t)st->st_size || e->msec != (int64_t)st->st_mtim.tv_sec ||
        e->mnsec != (uint32_t)st->st_mtim.tv_nsec || e->ino != (uint64_t)st->st_ino ||
        e->csec != (int64_t)st->st_ctim.tv_sec || e->cnsec != (uint32_t)st->st_ctim.tv_nsec)
        return NULL;
    /* racy: modified too close to when the cache was written to trust stat */
    int64_t limit = c->file_msec - c->racy_window;
    if (e->where != IN_OLD || e->msec > limit || (e->msec == limit && e->mnsec >= c->file_mnsec))
        return NULL;
    return fetch(c, e, len);
}

const char *foi_cache_get_sha(struct foi_cache *c, const char *rel, const char *sha256, size_t *len)
{
    struct entry *e = find(c, rel);
    if (!e || !sha256 || strcmp(e->sha, sha256))
        return NULL;
    return fetch(c, e, len);
}

static void set_stat(struct entry *e, const struct stat *st)
{
    e->size = st ? (uint64_t)st->st_size : 0;
    e->msec = st ? (int64_t)st->st_mtim.tv_sec : 0;
    e->mnsec = st ? (uint32_t)st->st_mtim.tv_nsec : 0;
    e->ino = st ? (uint64_t)st->st_ino : 0;
    e->csec = st ? (int64_t)st->st_ctim.tv_sec : 0;
    e->cnsec = st ? (uint32_t)st->st_ctim.tv_nsec : 0;
}

void foi_cache_refresh(struct foi_cache *c, const char *rel, const struct stat *st)
{
    struct entry *e = find(c, rel);
    if (!e)
        return;
    set_stat(e, st);
    e->keep = 1;
    c->refreshed = 1;
}

void foi_cache_keep(struct foi_cache *c, const char *rel)
{
    struct entry *e = find(c, rel);
    if (e)
        e->keep = 1;
}

void foi_cache_drop(struct foi_cache *c, const char *rel)
{
    struct entry *e = find(c, rel);
    if (e)
        drop(e);   /* its slot stays; find skips dead entries */
}

/* The SHA-256 of the first source row of a serial.h blob. 0 found,
 * FOI_ENOMEM, or FOI_EUSAGE (no such row). */
static int blob_sha(const char *blob, size_t len, char out[SHA_LEN + 1])
{
    struct foi_result r;
    struct foi_err err;
    foi_err_clear(&err);
    int orc = foi_result_header(&r, blob, len, &err);
    if (!orc)
        orc = foi_result_open(&r, blob, blob + FOI_RESULT_HEADER, &err);
    if (orc)
        return orc == FOI_ENOMEM ? orc : FOI_EUSAGE;
    int rc = FOI_EUSAGE;
    if (r.nsrc) {
        struct foi_source s;
        foi_result_source(&r, 0, &s);
        if (strlen(s.source_sha256) == SHA_LEN && is_hex(s.source_sha256, SHA_LEN)) {
            memcpy(out, s.source_sha256, SHA_LEN + 1);
            rc = 0;
        }
    }
    foi_result_close(&r);
    return rc;
}

/* The spill file: unlinked, in the out folder when it exists, else $TMPDIR
 * or /tmp. -1 when none can be made (blobs then stay in memory). */
static int open_spill(struct foi_cache *c)
{
    if (c->spill >= 0 || c->spill_failed)
        return c->spill;
    const char *tmpdir = getenv("TMPDIR");
    const char *dirs[3] = { c->dir, tmpdir && *tmpdir ? tmpdir : NULL, "/tmp" };
    for (int i = 0; i < 3 && c->spill < 0; i++) {
        if (!dirs[i])
            continue;
        size_t pl = strlen(dirs[i]) + 32;
        char *path = foi_malloc(pl);
        if (!path)
            break;
        snprintf(path, pl, "%s/.foi-cache.new.XXXXXX", dirs[i]);
        int fd = mkstemp(path);
        if (fd >= 0) {
            unlink(path);
            fcntl(fd, F_SETFD, FD_CLOEXEC);
            c->spill = fd;
        }
        foi_free(path);
    }
    c->spill_failed = c->spill < 0;
    return c->spill;
}

int foi_cache_put(struct foi_cache *c, const char *rel, const struct stat *st, const char *sha256,
                  const char *blob, size_t len)
{
    char sha[SHA_LEN + 1];
    if (!c || !rel || !rel[0] || (!blob && len))
        return FOI_EUSAGE;
    if (sha256) {
        if (strlen(sha256) != SHA_LEN || !is_hex(sha256, SHA_LEN))
            return FOI_EUSAGE;
        memcpy(sha, sha256, SHA_LEN + 1);
    } else {
        int brc = blob_sha(blob, len, sha);
        if (brc)
            return brc;
    }
    unsigned char bsha[32];
    sha256_raw(blob ? blob : "", len, bsha);
    /* store the bytes first (blob may be the cache's own scratch) */
    char *mem = NULL;
    uint64_t off = 0;
    int fd = open_spill(c);
    if (fd >= 0 && (!len || !pwrite_all(fd, blob, len, c->spill_end))) {
        off = c->spill_end;
        c->spill_end += len;
    } else {
        /* no temporary file (or it is full): keep this one in memory */
        mem = foi_malloc(len ? len : 1);
        if (!mem)
            return FOI_ENOMEM;
        if (len)
            memcpy(mem, blob, len);
    }
    struct entry *e = find(c, rel);
    if (e) {
        foi_free(e->mem);
        e->mem = NULL;
    } else {
        char *r = foi_strdup(rel);
        if (!r || !(e = grow(c))) {
            foi_free(r);
            foi_free(mem);
            return FOI_ENOMEM;
        }
        e->rel = r;
        e->owned_rel = 1;
        if (insert(c)) {
            foi_free(r);
            foi_free(mem);
            return FOI_ENOMEM;
        }
        e = &c->e[c->n - 1];
    }
    e->where = mem ? IN_MEM : IN_SPILL;
    e->mem = mem;
    e->off = off;
    e->len = len;
    memcpy(e->bsha, bsha, 32);
    memcpy(e->sha, sha, SHA_LEN + 1);
    set_stat(e, st);
    e->keep = 1;
    return 0;
}

/* ------------------------------------------------------------------ save */
struct wr {
    int fd;
    EVP_MD_CTX *md;
    unsigned char buf[CHUNK];
    size_t n;
    uint64_t off;   /* bytes written so far (flushed or buffered) */
    int err;        /* errno of the first failure */
};

static void wr_flush(struct wr *w)
{
    size_t done = 0;
    while (!w->err && done < w->n) {
        ssize_t r = write(w->fd, w->buf + done, w->n - done);
        if (r < 0) {
            if (errno != EINTR)
                w->err = errno;
            continue;
        }
        done += (size_t)r;
    }
    w->n = 0;
}

static void wr_raw(struct wr *w, const void *p, size_t n)
{
    const unsigned char *s = p;
    w->off += n;
    while (n && !w->err) {
        if (w->n == sizeof w->buf)
            wr_flush(w);
        size_t k = sizeof w->buf - w->n;
        if (k > n)
            k = n;
        memcpy(w->buf + w->n, s, k);
        w->n += k;
        s += k;
        n -= k;
    }
}

static void wr_add(struct wr *w, const void *p, size_t n)
{
    if (w->err)
        return;
    if (!EVP_DigestUpdate(w->md, p, n)) {
        w->err = EIO;
        return;
    }
    wr_raw(w, p, n);
}

static void wr_u32(struct wr *w, uint32_t v)
{
    unsigned char b[4];
    put32(b, v);
    wr_add(w, b, 4);
}

static void wr_u64(struct wr *w, uint64_t v)
{
    unsigned char b[8];
    put64(b, v);
    wr_add(w, b, 8);
}

/* Copy e's blob into the new file, in chunks. */
static void wr_blob(struct wr *w, const struct foi_cache *c, const struct entry *e, char *chunk)
{
    if (e->where == IN_MEM) {
        wr_add(w, e->mem, (size_t)e->len);
        return;
    }
    int fd = e->where == IN_OLD ? c->fd : c->spill;
    for (uint64_t done = 0; done < e->len && !w->err;) {
        size_t k = e->len - done < CHUNK ? (size_t)(e->len - done) : CHUNK;
        if (fd < 0 || pread_all(fd, chunk, k, e->off + done)) {
            w->err = EIO;
            return;
        }
        wr_add(w, chunk, k);
        done += k;
    }
}

static int entry_cmp(const void *a, const void *b)
{
    const struct entry *x = *(const struct entry *const *)a, *y = *(const struct entry *const *)b;
    return strcmp(x->rel, y->rel);
}

/* Would saving write back exactly the file that was loaded from out_dir?
 * Every entry loaded, kept and untouched, none added or dropped, none racy
 * (a rewrite would make it trustworthy), and the file still the one read. */
static int unchanged(const struct foi_cache *c, const char *out_dir)
{
    if (c->fd < 0 || c->refreshed || !c->dir || strcmp(c->dir, out_dir))
        return 0;
    int64_t limit = c->file_msec - c->racy_window;
    for (size_t i = 0; i < c->n; i++) {
        const struct entry *e = &c->e[i];
        if (e->dead || !e->keep || e->where != IN_OLD)
            return 0;
        if (e->msec > limit || (e->msec == limit && e->mnsec >= c->file_mnsec))
            return 0;
    }
    char path[4096];
    struct stat st;
    if ((size_t)snprintf(path, sizeof path, "%s%s", out_dir, CACHE_NAME) >= sizeof path ||
        stat(path, &st) != 0)
        return 0;
    return st.st_ino == c->file_st.st_ino && st.st_dev == c->file_st.st_dev &&
           st.st_size == c->file_st.st_size && st.st_mtim.tv_sec == c->file_st.st_mtim.tv_sec &&
           st.st_mtim.tv_nsec == c->file_st.st_mtim.tv_nsec &&
           st.st_ctim.tv_sec == c->file_st.st_ctim.tv_sec && st.st_ctim.tv_nsec == c->file_st.st_ctim.tv_nsec;
}

int foi_cache_save(struct foi_cache *c, const char *out_dir, struct foi_err *err)
{
    if (unchanged(c, out_dir))
        return 0;       /* the file on disk already says all of it */
    size_t nkeep = 0;
    for (size_t i = 0; i < c->n; i++)
        nkeep += !c->e[i].dead && c->e[i].keep;
    struct entry **order = foi_malloc((nkeep ? nkeep : 1) * sizeof *order);
    uint64_t *newoff = foi_malloc((nkeep ? nkeep : 1) * sizeof *newoff);
    size_t pl = strlen(out_dir) + sizeof CACHE_NAME + 32;
    char *path = foi_malloc(pl), *tmp = foi_malloc(pl), *chunk = foi_malloc(CHUNK);
    struct wr *w = foi_malloc(sizeof *w);
    if (!order || !newoff || !path || !tmp || !chunk || !w) {
        foi_free(order); foi_free(newoff); foi_free(path); foi_free(tmp); foi_free(chunk); foi_free(w);
        return foi_errf(err, FOI_ENOMEM, ".foi-cache", "out of memory saving the rebuild cache");
    }
    size_t k = 0;
    for (size_t i = 0; i < c->n; i++)
        if (!c->e[i].dead && c->e[i].keep)
            order[k++] = &c->e[i];
    qsort(order, nkeep, sizeof *order, entry_cmp);
    snprintf(path, pl, "%s%s", out_dir, CACHE_NAME);
    snprintf(tmp, pl, "%s%s.tmp.%ld", out_dir, CACHE_NAME, (long)getpid());
    int rc = 0;
    w->n = 0;
    w->off = 0;
    w->err = 0;
    w->md = EVP_MD_CTX_new();
    w->fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (w->fd < 0) {
        rc = foi_errf(err, FOI_EIO, ".foi-cache", "cannot create %s: %s", tmp, strerror(errno));
        goto out;
    }
    if (!w->md || !EVP_DigestInit_ex(w->md, EVP_sha256(), NULL))
        w->err = ENOMEM;
    size_t kl = strlen(c->key);
    wr_add(w, CACHE_MAGIC, MAGIC_LEN);
    wr_u32(w, CACHE_VERSION);
    wr_u32(w, (uint32_t)kl);
    wr_add(w, c->key, kl);
    for (size_t i = 0; i < nkeep && !w->err; i++) {
        newoff[i] = w->off;
        wr_blob(w, c, order[i], chunk);
    }
    uint64_t ioff = w->off;
    for (size_t i = 0; i < nkeep && !w->err; i++) {
        const struct entry *e = order[i];
        size_t rl = strlen(e->rel) + 1;
        wr_u32(w, (uint32_t)rl);
        wr_add(w, e->rel, rl);
        wr_u64(w, e->size);
        wr_u64(w, (uint64_t)e->msec);
        wr_u32(w, e->mnsec);
        wr_u64(w, e->ino);
        wr_u64(w, (uint64_t)e->csec);
        wr_u32(w, e->cnsec);
        wr_add(w, e->sha, SHA_LEN + 1);
        wr_u64(w, newoff[i]);
        wr_u64(w, e->len);
        wr_add(w, e->bsha, 32);
    }
    wr_u64(w, ioff);
    wr_u64(w, nkeep);
    unsigned char d[EVP_MAX_MD_SIZE];
    unsigned dl = 0;
    if (!w->err && (!EVP_DigestFinal_ex(w->md, d, &dl) || dl != 32))
        w->err = EIO;
    wr_raw(w, d, 32);   /* the checksum is not part of what it sums */
    wr_flush(w);
    if (!w->err && fsync(w->fd) < 0)
        w->err = errno;
    if (close(w->fd) < 0 && !w->err)
        w->err = errno;
    if (!w->err && rename(tmp, path) < 0)
        w->err = errno;
    if (w->err) {
        unlink(tmp);
        rc = foi_errf(err, w->err == ENOMEM ? FOI_ENOMEM : FOI_EIO, ".foi-cache",
                      "cannot write the rebuild cache: %s", strerror(w->err));
        goto out;
    }
    int dfd = open(out_dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        fsync(dfd);
        close(dfd);
    }
out:
    EVP_MD_CTX_free(w->md);
    foi_free(w);
    foi_free(order);
    foi_free(newoff);
    foi_free(path);
    foi_free(tmp);
    foi_free(chunk);
    return rc;
}
