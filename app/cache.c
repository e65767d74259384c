/* cache.c: the rebuild cache (see cache.h): results appended to
 * OUT_DIR/.foi-cache, an index of the live ones in OUT_DIR/.foi-cache.idx
 * (checksummed, rewritten atomically). Only the index is loaded (a hash
 * table); results are read on demand. Format in docs/rebuilds.md. */
#define _GNU_SOURCE 1   /* copy_file_range */
#include "cache.h"
#include "fdio.h"
#include "serial.h"

#include <openssl/evp.h>
#include <elf.h>
#include <errno.h>
#include <link.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#define DATA_NAME "/.foi-cache"
#define IDX_NAME "/.foi-cache.idx"
#define DATA_MAGIC "FOICACHE"
#define IDX_MAGIC "FOICIDX\n"
#define MAGIC_LEN 8
#define CACHE_VERSION 3u
#define SHA_LEN 64
/* rellen(4) rel(>=2) size(8) msec(8) mnsec(4) ino(8) csec(8) cnsec(4) sha(65) off(8) len(8) hsha(32) */
#define MIN_ENTRY (4 + 2 + 8 + 8 + 4 + 8 + 8 + 4 + (SHA_LEN + 1) + 8 + 8 + 32)
#define CHUNK 65536

struct entry {
    const char *rel;        /* NUL-terminated; in the loaded index or owned */
    uint64_t size, ino;
    int64_t msec, csec;     /* mtime, and ctime (any write or metadata change,
                               which no tool can set back, as git's index) */
    uint32_t mnsec, cnsec;
    char sha[SHA_LEN + 1];  /* the source file's content */
    unsigned char hsha[32]; /* the result's header */
    uint64_t off, len;      /* in the data file */
    unsigned owned_rel : 1, keep : 1, dead : 1, fresh : 1;
};

struct foi_cache {
    char *key;
    char *dir;              /* out_dir (NULL: none given) */
    int fd;                 /* the data file, -1 when none yet */
    char *data_tmp;         /* its name when it is a new file in dir, to rename at save */
    int in_place;           /* fd is dir's .foi-cache, appended to */
    uint64_t hdr_len;       /* bytes of the data file's header */
    uint64_t data_end;      /* where the next result goes */
    int loaded;             /* an index was read */
    int changed;            /* a put, drop or refresh since */
    struct stat idx_st;     /* the index as read (an unchanged cache is not rewritten) */
    int64_t idx_msec;       /* its mtime: the racy-entry limit */
    uint32_t idx_mnsec;
    long racy_window;
    int compact_at;
    char *index;            /* the loaded index bytes (entries' rel point here) */
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

static uint64_t le64(const unsigned char *p)
{
    return (uint64_t)foi_le32(p) | (uint64_t)foi_le32(p + 4) << 32;
}

static void put64(unsigned char *p, uint64_t v)
{
    foi_put_le32(p, (uint32_t)v);
    foi_put_le32(p + 4, (uint32_t)(v >> 32));
}

static int is_hex(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
            return 0;
    return 1;
}

static char *path_in(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 32;
    char *p = foi_malloc(n);
    if (p)
        snprintf(p, n, "%s%s", dir, name);
    return p;
}

static void fsync_dir(const char *dir)
{
    int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        fsync(dfd);
        close(dfd);
    }
}

/* ------------------------------------------------------------------ key */
/* The linker's build ID of the running program (a hash of the linked
 * file, ".note.gnu.build-id"), read from its own program headers: "gnu:"
 * and hex into out (room for SHA_LEN + 1). 1 when found. */
struct bid {
    char *out;
    int found;
};

static int bid_phdr(struct dl_phdr_info *info, size_t size, void *data)
{
    (void)size;
    struct bid *b = data;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_NOTE)
            continue;
        const unsigned char *p = (const unsigned char *)(info->dlpi_addr + ph->p_vaddr);
        size_t left = ph->p_memsz;
        while (left >= sizeof(ElfW(Nhdr))) {
            const ElfW(Nhdr) *nh = (const ElfW(Nhdr) *)(const void *)p;
            size_t nsz = (nh->n_namesz + 3u) & ~3u, dsz = (nh->n_descsz + 3u) & ~3u;
            size_t all = sizeof *nh + nsz + dsz;
            if (all > left)
                break;
            const unsigned char *name = p + sizeof *nh, *desc = name + nsz;
            if (nh->n_type == NT_GNU_BUILD_ID && nh->n_namesz == 4 && !memcmp(name, "GNU", 4) &&
                nh->n_descsz >= 8 && nh->n_descsz <= 30) {
                strcpy(b->out, "gnu:");
                hex(desc, nh->n_descsz, b->out + 4);
                b->found = 1;
                return 1;
            }
            p += all;
            left -= all;
        }
    }
    return 1;   /* the first object is the program itself: stop there */
}

int foi_cache_key(struct foi_buf *out, const char *parsers_fp, const char *tax_digest,
                  const struct foi_limits *lim)
{
    char exe[SHA_LEN + 1] = "none";
    /* the program that parses: its build ID, else a hash of the file (the
     * 48 MB of a statically linked MuPDF took a tenth of a small build) */
    struct bid b = { exe, 0 };
    dl_iterate_phdr(bid_phdr, &b);
    int fd = b.found ? -1 : open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
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
    c->racy_window = 2;
    c->compact_at = 50;
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

/* The data file header: magic, version, key length, key. */
static int data_header(const struct foi_cache *c, struct foi_buf *b)
{
    unsigned char v[8];
    foi_put_le32(v, CACHE_VERSION);
    foi_put_le32(v + 4, (uint32_t)strlen(c->key));
    int rc = foi_buf_add(b, DATA_MAGIC, MAGIC_LEN);
    if (!rc) rc = foi_buf_add(b, v, 8);
    if (!rc) rc = foi_buf_adds(b, c->key);
    return rc;
}

/* Read and check the index at c->dir; open the data file it names for
 * appending. 0, FOI_ECORRUPT (*why says what) or FOI_ENOMEM. */
static int load(struct foi_cache *c, const char **why)
{
    char *ipath = path_in(c->dir, IDX_NAME), *dpath = path_in(c->dir, DATA_NAME);
    int rc = FOI_ECORRUPT, ifd = -1;
    struct foi_buf hdr;
    foi_buf_init(&hdr, 0);
    if (!ipath || !dpath || data_header(c, &hdr)) {
        rc = FOI_ENOMEM;
        goto out;
    }
    ifd = open(ipath, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (ifd < 0) {
        *why = errno == ENOENT ? "no rebuild cache yet; every file is parsed"
                               : "the rebuild cache could not be opened; it was ignored";
        goto out;
    }
    struct stat ist;
    if (fstat(ifd, &ist) < 0 || !S_ISREG(ist.st_mode)) {
        *why = "the rebuild cache is not a regular file; it was ignored";
        goto out;
    }
    uint64_t size = (uint64_t)ist.st_size;
    *why = "the rebuild cache index is not a foi cache index; it was ignored";
    if (size < MAGIC_LEN + 8 + 32 + 32 || size > SIZE_MAX / 2)
        goto out;
    c->index = foi_malloc((size_t)size + 1);
    if (!c->index) {
        rc = FOI_ENOMEM;
        goto out;
    }
    if (foi_pread_all(ifd, c->index, (size_t)size, 0) || memcmp(c->index, IDX_MAGIC, MAGIC_LEN))
        goto out;
    const unsigned char *p = (const unsigned char *)c->index, *end = p + size - 32;
    if (foi_le32(p + MAGIC_LEN) != CACHE_VERSION) {
        *why = "the rebuild cache has another format version; it was ignored";
        goto out;
    }
    *why = "the rebuild cache index is damaged (checksum mismatch); it was ignored";
    unsigned char d[32];
    sha256_raw(p, (size_t)size - 32, d);
    if (memcmp(d, end, 32))
        goto out;
    *why = "the rebuild cache index is malformed; it was ignored";
    uint32_t kl = foi_le32(p + MAGIC_LEN + 4);
    p += MAGIC_LEN + 8;
    if ((uint64_t)(end - p) < (uint64_t)kl + 32)
        goto out;
    if (kl != strlen(c->key) || memcmp(p, c->key, kl)) {
        *why = "the rebuild cache was made by another foi version, taxonomy or limits; everything is parsed again";
        goto out;
    }
    p += kl;
    uint64_t dev = le64(p), ino = le64(p + 8), data_end = le64(p + 16), count = le64(p + 24);
    p += 32;
    if (count > (uint64_t)(end - p) / MIN_ENTRY)
        goto out;
    /* the data file it describes: the same file, at least that long, the same header */
    c->fd = open(dpath, O_RDWR | O_CLOEXEC);
    struct stat dst;
    if (c->fd < 0 || fstat(c->fd, &dst) < 0 || !S_ISREG(dst.st_mode) || (uint64_t)dst.st_dev != dev ||
        (uint64_t)dst.st_ino != ino || (uint64_t)dst.st_size < data_end || data_end < hdr.len) {
        *why = "the rebuild cache's results file is missing or was replaced; it was ignored";
        goto out;
    }
    char *h = foi_malloc(hdr.len + 1);
    if (!h) {
        rc = FOI_ENOMEM;
        goto out;
    }
    int same = !foi_pread_all(c->fd, h, hdr.len, 0) && !memcmp(h, hdr.data, hdr.len);
    foi_free(h);
    if (!same) {
        *why = "the rebuild cache's results file is damaged; it was ignored";
        goto out;
    }
    if (flock(c->fd, LOCK_EX | LOCK_NB) < 0) {
        *why = "another build is using the rebuild cache; it was ignored";
        goto out;
    }
    if (count && rehash(c, (size_t)count)) {
        rc = FOI_ENOMEM;
        goto out;
    }
    for (uint64_t i = 0; i < count; i++) {
        if (end - p < 4)
            goto out;
        uint32_t rl = foi_le32(p);
        p += 4;
        if (rl < 2 || (uint64_t)(end - p) < (uint64_t)rl + MIN_ENTRY - 4 - 2)
            goto out;
        const char *rel = (const char *)p;
        if (rel[rl - 1] != '\0' || memchr(rel, '\0', rl - 1))
            goto out;
        p += rl;
        struct entry *e = grow(c);
        if (!e) {
            rc = FOI_ENOMEM;
            goto out;
        }
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
            goto out;
        memcpy(e->sha, p, SHA_LEN + 1);
        p += SHA_LEN + 1;
        e->off = le64(p);
        e->len = le64(p + 8);
        memcpy(e->hsha, p + 16, 32);
        p += 48;
        if (e->off < hdr.len || e->off > data_end || e->len > data_end - e->off ||
            e->len < FOI_RESULT_HEADER || e->len > SIZE_MAX / 2)
            goto out;
        if (find(c, rel))
            goto out;   /* a path twice */
        if (insert(c)) {
            rc = FOI_ENOMEM;
            goto out;
        }
    }
    if (p != end)
        goto out;
    /* what a build that died after appending left past the end is dropped */
    if ((uint64_t)dst.st_size > data_end && ftruncate(c->fd, (off_t)data_end) < 0) {
        *why = "the rebuild cache's results file cannot be written; it was ignored";
        goto out;
    }
    c->hdr_len = hdr.len;
    c->data_end = data_end;
    c->in_place = 1;
    c->loaded = 1;
    c->idx_st = ist;
    c->idx_msec = (int64_t)ist.st_mtim.tv_sec;
    c->idx_mnsec = (uint32_t)ist.st_mtim.tv_nsec;
    *why = "";
    rc = 0;
out:
    if (ifd >= 0)
        close(ifd);
    if (rc && c->fd >= 0) {
        close(c->fd);
        c->fd = -1;
    }
    foi_buf_release(&hdr);
    foi_free(ipath);
    foi_free(dpath);
    return rc;
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
    const char *why = "";
    rc = load(c, &why);
    if (rc) {
        /* never trust any part of a bad index */
        clear_entries(c);
        foi_free(c->index);
        c->index = NULL;
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
    if (c->data_tmp) {
        unlink(c->data_tmp);   /* never saved */
        foi_free(c->data_tmp);
    }
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

void foi_cache_set_compact_at(struct foi_cache *c, int percent)
{
    if (c)
        c->compact_at = percent < 0 ? 0 : percent;
}

/* ------------------------------------------------------------------ lookups */
static void drop(struct foi_cache *c, struct entry *e)
{
    entry_release(e);
    e->dead = 1;
    e->keep = 0;
    c->changed = 1;
}

static void ref_of(const struct foi_cache *c, const struct entry *e, struct foi_cache_ref *ref)
{
    ref->fd = c->fd;
    ref->off = e->off;
    ref->len = e->len;
    memcpy(ref->hsha, e->hsha, 32);
}

int foi_cache_header_ok(const struct foi_cache_ref *ref, const char *hdr)
{
    unsigned char d[32];
    sha256_raw(hdr, FOI_RESULT_HEADER, d);
    return !memcmp(d, ref->hsha, 32);
}

static struct entry *match_stat(struct foi_cache *c, const char *rel, const struct stat *st)
{
    struct entry *e = find(c, rel);
    if (!e || !st || e->fresh || c->fd < 0)
        return NULL;
    if (e->size != (uint64_t)st->st_size || e->msec != (int64_t)st->st_mtim.tv_sec ||
        e->mnsec != (uint32_t)st->st_mtim.tv_nsec || e->ino != (uint64_t)st->st_ino ||
        e->csec != (int64_t)st->st_ctim.tv_sec || e->cnsec != (uint32_t)st->st_ctim.tv_nsec)
        return NULL;
    /* racy: modified too close to when the index was written to trust stat */
    int64_t limit = c->idx_msec - c->racy_window;
    if (e->msec > limit || (e->msec == limit && e->mnsec >= c->idx_mnsec))
        return NULL;
    return e;
}

static struct entry *match_sha(struct foi_cache *c, const char *rel, const char *sha256)
{
    struct entry *e = find(c, rel);
    if (!e || !sha256 || strcmp(e->sha, sha256) || c->fd < 0)
        return NULL;
    return e;
}

int foi_cache_find_stat(struct foi_cache *c, const char *rel, const struct stat *st,
                        struct foi_cache_ref *ref)
{
    struct entry *e = match_stat(c, rel, st);
    if (!e)
        return 0;
    e->keep = 1;
    ref_of(c, e, ref);
    return 1;
}

int foi_cache_find_sha(struct foi_cache *c, const char *rel, const char *sha256,
                       struct foi_cache_ref *ref)
{
    struct entry *e = match_sha(c, rel, sha256);
    if (!e)
        return 0;
    e->keep = 1;
    ref_of(c, e, ref);
    return 1;
}

int foi_cache_find(struct foi_cache *c, const char *rel, struct foi_cache_ref *ref)
{
    struct entry *e = find(c, rel);
    if (!e || c->fd < 0)
        return 0;
    ref_of(c, e, ref);
    return 1;
}

/* Is the whole result in p (len bytes) what its checksums say? */
static int blob_ok(const char *p, size_t len, const unsigned char hsha[32])
{
    unsigned char d[32];
    if (len < FOI_RESULT_HEADER)
        return 0;
    sha256_raw(p, FOI_RESULT_HEADER, d);
    if (memcmp(d, hsha, 32))
        return 0;
    struct foi_result r;
    struct foi_err err;
    foi_err_clear(&err);
    if (foi_result_header(&r, p, len, &err) || foi_result_open(&r, p, p + FOI_RESULT_HEADER, &err))
        return 0;
    const char *recs = p + foi_result_rec_off(&r);
    int ok = foi_result_issues_ok(&r, recs + r.rec_len);
    for (uint32_t b = 0; b < r.nblk && ok; b++) {
        uint64_t o, e;
        foi_result_block_span(&r, b, &o, &e);
        ok = foi_result_block_ok(&r, b, recs + o, (size_t)(e - o));
    }
    foi_result_close(&r);
    return ok;
}

/* e's result into the scratch buffer, checked; NULL (and e dropped) when it
 * cannot be read or does not match its checksums. */
static const char *fetch(struct foi_cache *c, struct entry *e, size_t *len)
{
    size_t need = (size_t)e->len + 1;
    if (need > c->scratch_alloc) {
        char *s = foi_realloc(c->scratch, need);
        if (!s)
            return NULL;   /* a miss; the file is parsed instead */
        c->scratch = s;
        c->scratch_alloc = need;
    }
    if (c->fd < 0 || foi_pread_all(c->fd, c->scratch, (size_t)e->len, e->off) ||
        !blob_ok(c->scratch, (size_t)e->len, e->hsha)) {
        drop(c, e);
        return NULL;
    }
    c->scratch[e->len] = '\0';
    e->keep = 1;
    if (len)
        *len = (size_t)e->len;
    return c->scratch;
}

const char *foi_cache_get_stat(struct foi_cache *c, const char *rel, const struct stat *st,
                               size_t *len)
{
    struct entry *e = match_stat(c, rel, st);
    return e ? fetch(c, e, len) : NULL;
}

const char *foi_cache_get_sha(struct foi_cache *c, const char *rel, const char *sha256, size_t *len)
{
    struct entry *e = match_sha(c, rel, sha256);
    return e ? fetch(c, e, len) : NULL;
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
    c->changed = 1;
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
        drop(c, e);   /* its slot stays; find skips dead entries */
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

/* A new data file: in dir when it exists (named, renamed into place by the
 * save), else unlinked in $TMPDIR or /tmp (copied by the save). 0 or an
 * error code. */
static int new_data(struct foi_cache *c)
{
    struct foi_buf hdr;
    foi_buf_init(&hdr, 0);
    if (data_header(c, &hdr))
        return FOI_ENOMEM;
    const char *tmpdir = getenv("TMPDIR");
    const char *dirs[3] = { c->dir, tmpdir && *tmpdir ? tmpdir : NULL, "/tmp" };
    int rc = FOI_EIO;
    for (int i = 0; i < 3 && c->fd < 0; i++) {
        if (!dirs[i])
            continue;
        size_t pl = strlen(dirs[i]) + 48;
        char *path = foi_malloc(pl);
        if (!path) {
            rc = FOI_ENOMEM;
            break;
        }
        snprintf(path, pl, "%s/.foi-cache.new-%ld-XXXXXX", dirs[i], (long)getpid());
        int fd = mkstemp(path);
        if (fd < 0) {
            foi_free(path);
            continue;
        }
        fcntl(fd, F_SETFD, FD_CLOEXEC);
        if (foi_pwrite_all(fd, hdr.data, hdr.len, 0)) {
            close(fd);
            unlink(path);
            foi_free(path);
            continue;
        }
        c->fd = fd;
        if (i == 0) {
            c->data_tmp = path;   /* renamed into place by the save */
        } else {
            unlink(path);
            foi_free(path);
        }
    }
    if (c->fd >= 0) {
        c->hdr_len = hdr.len;
        c->data_end = hdr.len;
        c->in_place = 0;
        rc = 0;
    }
    foi_buf_release(&hdr);
    return rc;
}

int foi_cache_prepare(struct foi_cache *c)
{
    return c->fd < 0 ? new_data(c) : 0;
}

int foi_cache_put(struct foi_cache *c, const char *rel, const struct stat *st, const char *sha256,
                  const char *blob, size_t len)
{
    char sha[SHA_LEN + 1];
    if (!c || !rel || !rel[0] || !blob || len < FOI_RESULT_HEADER)
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
    if (c->fd < 0) {
        int rc = new_data(c);
        if (rc)
            return rc;
    }
    struct entry *e = find(c, rel);
    if (!e) {
        char *r = foi_strdup(rel);
        if (!r || !(e = grow(c))) {
            foi_free(r);
            return FOI_ENOMEM;
        }
        e->rel = r;
        e->owned_rel = 1;
        if (insert(c)) {
            foi_free(r);
            return FOI_ENOMEM;
        }
        e = &c->e[c->n - 1];
    }
    /* blob may be the cache's own scratch: hash it before anything moves */
    unsigned char hsha[32];
    sha256_raw(blob, FOI_RESULT_HEADER, hsha);
    if (foi_pwrite_all(c->fd, blob, len, c->data_end))
        return FOI_EIO;
    e->off = c->data_end;
    e->len = len;
    c->data_end += len;
    memcpy(e->hsha, hsha, 32);
    memcpy(e->sha, sha, SHA_LEN + 1);
    set_stat(e, st);
    e->keep = 1;
    e->fresh = 1;
    c->changed = 1;
    return 0;
}

/* ------------------------------------------------------------------ save */
static int entry_cmp(const void *a, const void *b)
{
    const struct entry *x = *(const struct entry *const *)a, *y = *(const struct entry *const *)b;
    return strcmp(x->rel, y->rel);
}

/* Would saving write back exactly the index that was loaded from out_dir?
 * Every entry loaded, kept and untouched, none added or dropped, none racy
 * (a rewrite would make it trustworthy), and the index still the one read. */
static int unchanged(const struct foi_cache *c, const char *out_dir)
{
    if (!c->loaded || c->changed || !c->in_place || !c->dir || strcmp(c->dir, out_dir))
        return 0;
    int64_t limit = c->idx_msec - c->racy_window;
    for (size_t i = 0; i < c->n; i++) {
        const struct entry *e = &c->e[i];
        if (e->dead || !e->keep)
            return 0;
        if (e->msec > limit || (e->msec == limit && e->mnsec >= c->idx_mnsec))
            return 0;
    }
    char *path = path_in(out_dir, IDX_NAME);
    struct stat st;
    int same = path && stat(path, &st) == 0 && st.st_ino == c->idx_st.st_ino && st.st_dev == c->idx_st.st_dev &&
               st.st_size == c->idx_st.st_size && st.st_mtim.tv_sec == c->idx_st.st_mtim.tv_sec &&
               st.st_mtim.tv_nsec == c->idx_st.st_mtim.tv_nsec &&
               st.st_ctim.tv_sec == c->idx_st.st_ctim.tv_sec && st.st_ctim.tv_nsec == c->idx_st.st_ctim.tv_nsec;
    foi_free(path);
    return same;
}

/* Copy n bytes at src offset so into dfd at do. 0 or errno. */
static int copy_range(int sfd, uint64_t so, int dfd, uint64_t dof, uint64_t n, char *chunk)
{
    while (n) {
        loff_t a = (loff_t)so, b = (loff_t)dof;
        ssize_t r = copy_file_range(sfd, &a, dfd, &b, (size_t)(n < ((uint64_t)1 << 30) ? n : (uint64_t)1 << 30), 0);
        if (r <= 0) {
            if (r < 0 && errno == EINTR)
                continue;
            /* not supported here (or nothing copied): by hand */
            size_t k = n < CHUNK ? (size_t)n : CHUNK;
            if (foi_pread_all(sfd, chunk, k, so) || foi_pwrite_all(dfd, chunk, k, dof))
                return errno ? errno : EIO;
            r = (ssize_t)k;
        }
        so += (uint64_t)r;
        dof += (uint64_t)r;
        n -= (uint64_t)r;
    }
    return 0;
}

/* Copy the live results (order) into a new data file in out_dir (not yet
 * renamed): *fd_out, its temporary name, and each result's new offset.
 * 0 or errno. */
static int compact(struct foi_cache *c, const char *out_dir, struct entry **order, size_t n, int *fd_out,
                   char **tmp_out, uint64_t *off, uint64_t *end_out)
{
    char *tmp = path_in(out_dir, "/.foi-cache.compact-XXXXXX");
    char *chunk = foi_malloc(CHUNK);
    struct foi_buf hdr;
    foi_buf_init(&hdr, 0);
    int e = 0, fd = -1;
    if (!tmp || !chunk || data_header(c, &hdr)) {
        e = ENOMEM;
        goto out;
    }
    fd = mkstemp(tmp);
    if (fd < 0) {
        e = errno;
        goto out;
    }
    fcntl(fd, F_SETFD, FD_CLOEXEC);
    uint64_t at = hdr.len;
    if (foi_pwrite_all(fd, hdr.data, hdr.len, 0))
        e = errno ? errno : EIO;
    for (size_t i = 0; i < n && !e; i++) {
        off[i] = at;
        e = copy_range(c->fd, order[i]->off, fd, at, order[i]->len, chunk);
        at += order[i]->len;
    }
    if (e) {
        close(fd);
        unlink(tmp);
        goto out;
    }
    *fd_out = fd;
    *tmp_out = tmp;
    tmp = NULL;
    *end_out = at;
out:
    foi_buf_release(&hdr);
    foi_free(tmp);
    foi_free(chunk);
    return e;
}

/* The index of order (offsets off[i]) for the data file dfd ending at end,
 * written to a temporary in out_dir (*tmp_out). 0 or errno. */
static int write_index(struct foi_cache *c, const char *out_dir, struct entry **order, const uint64_t *off,
                       size_t n, int dfd, uint64_t end, char **tmp_out)
{
    struct foi_buf b;
    foi_buf_init(&b, 0);
    struct stat dst;
    if (fstat(dfd, &dst) < 0)
        return errno;
    unsigned char w[64];
    int rc = foi_buf_add(&b, IDX_MAGIC, MAGIC_LEN);
    foi_put_le32(w, CACHE_VERSION);
    foi_put_le32(w + 4, (uint32_t)strlen(c->key));
    if (!rc) rc = foi_buf_add(&b, w, 8);
    if (!rc) rc = foi_buf_adds(&b, c->key);
    put64(w, (uint64_t)dst.st_dev);
    put64(w + 8, (uint64_t)dst.st_ino);
    put64(w + 16, end);
    put64(w + 24, n);
    if (!rc) rc = foi_buf_add(&b, w, 32);
    for (size_t i = 0; i < n && !rc; i++) {
        const struct entry *e = order[i];
        size_t rl = strlen(e->rel) + 1;
        foi_put_le32(w, (uint32_t)rl);
        rc = foi_buf_add(&b, w, 4);
        if (!rc) rc = foi_buf_add(&b, e->rel, rl);
        put64(w, e->size);
        put64(w + 8, (uint64_t)e->msec);
        foi_put_le32(w + 16, e->mnsec);
        put64(w + 20, e->ino);
        put64(w + 28, (uint64_t)e->csec);
        foi_put_le32(w + 36, e->cnsec);
        if (!rc) rc = foi_buf_add(&b, w, 40);
        if (!rc) rc = foi_buf_add(&b, e->sha, SHA_LEN + 1);
        put64(w, off[i]);
        put64(w + 8, e->len);
        memcpy(w + 16, e->hsha, 32);
        if (!rc) rc = foi_buf_add(&b, w, 48);
    }
    unsigned char d[32];
    if (!rc) {
        sha256_raw(b.data, b.len, d);
        rc = foi_buf_add(&b, d, 32);
    }
    char *tmp = rc ? NULL : path_in(out_dir, "/.foi-cache.idx.tmp-XXXXXX");
    if (!tmp) {
        foi_buf_release(&b);
        return ENOMEM;
    }
    int e = 0;
    int fd = mkstemp(tmp);
    if (fd < 0)
        e = errno;
    else if (foi_pwrite_all(fd, b.data, b.len, 0) || fsync(fd) < 0)
        e = errno ? errno : EIO;
    if (fd >= 0 && close(fd) < 0 && !e)
        e = errno;
    foi_buf_release(&b);
    if (e) {
        if (fd >= 0)
            unlink(tmp);
        foi_free(tmp);
        return e;
    }
    *tmp_out = tmp;
    return 0;
}

int foi_cache_save(struct foi_cache *c, const char *out_dir, struct foi_err *err)
{
    if (unchanged(c, out_dir))
        return 0;       /* the index on disk already says all of it */
    int e = 0;
    if (c->fd < 0 && (e = new_data(c)) != 0)
        return foi_errf(err, e == FOI_ENOMEM ? FOI_ENOMEM : FOI_EIO, ".foi-cache",
                        "cannot create the rebuild cache");
    size_t nkeep = 0;
    uint64_t live = 0;
    for (size_t i = 0; i < c->n; i++)
        if (!c->e[i].dead && c->e[i].keep) {
            nkeep++;
            live += c->e[i].len;
        }
    struct entry **order = foi_malloc((nkeep ? nkeep : 1) * sizeof *order);
    uint64_t *off = foi_malloc((nkeep ? nkeep : 1) * sizeof *off);
    char *dfin = path_in(out_dir, DATA_NAME), *ifin = path_in(out_dir, IDX_NAME);
    if (!order || !off || !dfin || !ifin) {
        foi_free(order);
        foi_free(off);
        foi_free(dfin);
        foi_free(ifin);
        return foi_errf(err, FOI_ENOMEM, ".foi-cache", "out of memory saving the rebuild cache");
    }
    size_t k = 0;
    for (size_t i = 0; i < c->n; i++)
        if (!c->e[i].dead && c->e[i].keep)
            order[k++] = &c->e[i];
    qsort(order, nkeep, sizeof *order, entry_cmp);
    for (size_t i = 0; i < nkeep; i++)
        off[i] = order[i]->off;
    uint64_t dead = c->data_end - c->hdr_len - live;
    int here = c->dir && !strcmp(c->dir, out_dir);
    int packing = !here || (!c->in_place && !c->data_tmp) ||
                  (dead > 0 && dead * 100 >= (uint64_t)c->compact_at * (c->data_end - c->hdr_len));
    /* everything that can fail before anything is renamed: the new results
     * file (when the live results are copied out of a mostly dead one, or a
     * cache made elsewhere), the new index written */
    int nfd = c->fd;
    char *ntmp = NULL, *itmp = NULL;
    uint64_t nend = c->data_end;
    /* The results are not synced: after a crash, results that did not
     * reach the disk fail the checksums the index keeps of their headers
     * (and theirs of the rest) and are parsed again. Only the index is. */
    if (packing)
        e = compact(c, out_dir, order, nkeep, &nfd, &ntmp, off, &nend);
    if (!e)
        e = write_index(c, out_dir, order, off, nkeep, nfd, nend, &itmp);
    /* then the renames: results first, the index that names them last (a
     * crash between the two leaves an index whose results file is gone:
     * ignored, never trusted) */
    const char *dsrc = packing ? ntmp : c->data_tmp;
    if (!e && dsrc && rename(dsrc, dfin) < 0)
        e = errno;
    if (!e && rename(itmp, ifin) < 0)
        e = errno;
    if (e) {
        if (itmp)
            unlink(itmp);
        if (ntmp) {
            close(nfd);
            unlink(ntmp);
        }
    } else {
        fsync_dir(out_dir);
        if (packing) {
            close(c->fd);
            c->fd = nfd;
            for (size_t i = 0; i < nkeep; i++)
                order[i]->off = off[i];
            c->data_end = nend;   /* the header is the same: same key */
            if (c->data_tmp)
                unlink(c->data_tmp);   /* copied, not renamed */
        }
        if (packing || c->data_tmp) {
            foi_free(c->data_tmp);
            c->data_tmp = NULL;
            c->in_place = 1;
            flock(c->fd, LOCK_EX | LOCK_NB);
        }
        /* what this run put is now what the index says; nothing is new */
        for (size_t i = 0; i < c->n; i++)
            c->e[i].fresh = 0;
        c->changed = 0;
    }
    foi_free(ntmp);
    foi_free(itmp);
    foi_free(order);
    foi_free(off);
    foi_free(dfin);
    foi_free(ifin);
    if (e)
        return foi_errf(err, e == ENOMEM ? FOI_ENOMEM : FOI_EIO, ".foi-cache",
                        "cannot write the rebuild cache: %s", strerror(e));
    return 0;
}
