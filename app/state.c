/* state.c: OUT_DIR/.foi-state and the checksummed files next to it (see
 * state.h): written in one go with a SHA-256 at the end, read back in order
 * and trusted only when the sum matches. */
#include "state.h"
#include "fdio.h"
#include "../export/export.h"

#include <openssl/evp.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char *const foi_state_files[FOI_NSTATE] = { FOI_STATE_FILES };

#define STATE_MAGIC "FOISTAT2"
#define MAGIC_LEN 8

/* ------------------------------------------------------------ checksummed files */
/* Written through export's checked writer (its writer thread does the
 * write(2)s; errors are remembered and reported at the close). */
struct foi_sumfile {
    struct foi_wfile *w;
    char *path;
    EVP_MD_CTX *md;
    int nomem;   /* the digest failed: the close says out of memory */
};

int foi_sumfile_open(struct foi_sumfile **out, const char *path, const char *magic, struct foi_err *err)
{
    *out = NULL;
    struct foi_sumfile *f = foi_calloc(1, sizeof *f);
    if (!f || !(f->path = foi_strdup(path)) || !(f->md = EVP_MD_CTX_new()) ||
        EVP_DigestInit_ex(f->md, EVP_sha256(), NULL) != 1) {
        if (f) {
            foi_free(f->path);
            EVP_MD_CTX_free(f->md);
        }
        foi_free(f);
        return foi_errf(err, FOI_ENOMEM, path, "out of memory");
    }
    unlink(path);   /* a temporary of a killed build that had this process number */
    if (!(f->w = foi_wfile_open(path, err))) {
        foi_free(f->path);
        EVP_MD_CTX_free(f->md);
        foi_free(f);
        return err->code ? err->code : FOI_EIO;
    }
    *out = f;
    return foi_sumfile_write(f, magic, strlen(magic)) ? foi_errf(err, FOI_EIO, path, "cannot write") : 0;
}

int foi_sumfile_write(struct foi_sumfile *f, const void *p, size_t n)
{
    if (f->nomem)
        return FOI_ENOMEM;
    if (n && EVP_DigestUpdate(f->md, p, n) != 1) {
        f->nomem = 1;
        return FOI_ENOMEM;
    }
    return foi_wfile_write(f->w, p, n) ? FOI_EIO : 0;
}

int foi_sumfile_close(struct foi_sumfile *f, int ok, struct foi_err *err)
{
    if (!f)
        return 0;
    int rc = 0;
    if (ok && !f->nomem) {
        unsigned char d[EVP_MAX_MD_SIZE];
        unsigned dl = 0;
        if (EVP_DigestFinal_ex(f->md, d, &dl) != 1 || dl != 32)
            f->nomem = 1;
        else
            foi_wfile_write(f->w, d, 32);   /* a failure is the close's to report */
    }
    if (ok && f->nomem) {
        foi_wfile_abort(f->w);
        rc = foi_errf(err, FOI_ENOMEM, f->path, "cannot write: %s", strerror(ENOMEM));
    } else if (ok) {
        rc = foi_wfile_close(f->w, err);
        if (rc)
            unlink(f->path);
    } else {
        foi_wfile_abort(f->w);
    }
    EVP_MD_CTX_free(f->md);
    foi_free(f->path);
    foi_free(f);
    return rc;
}

struct foi_sumread {
    int fd;
    EVP_MD_CTX *md;
    uint64_t left;               /* bytes before the sum */
    char *buf;
    size_t pos, len;
};

int foi_sumread_open(struct foi_sumread **out, const char *path, const char *magic)
{
    *out = NULL;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT ? FOI_ENOTFOUND : FOI_ECORRUPT;
    struct stat st;
    size_t ml = strlen(magic);
    if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || (uint64_t)st.st_size < ml + 32) {
        close(fd);
        return FOI_ECORRUPT;
    }
    struct foi_sumread *r = foi_calloc(1, sizeof *r);
    if (!r || !(r->buf = foi_malloc(1 << 18)) || !(r->md = EVP_MD_CTX_new()) ||
        EVP_DigestInit_ex(r->md, EVP_sha256(), NULL) != 1) {
        if (r) {
            foi_free(r->buf);
            EVP_MD_CTX_free(r->md);
        }
        foi_free(r);
        close(fd);
        return FOI_ENOMEM;
    }
    r->fd = fd;
    r->left = (uint64_t)st.st_size - 32;
    char m[16];
    if (ml > sizeof m || foi_sumread_get(r, m, ml) || memcmp(m, magic, ml)) {
        foi_sumread_close(r);
        return FOI_ECORRUPT;
    }
    *out = r;
    return 0;
}

int foi_sumread_get(struct foi_sumread *r, void *p, size_t n)
{
    char *o = p;
    while (n) {
        if (r->pos == r->len) {
            size_t want = r->left < (1 << 18) ? (size_t)r->left : (size_t)1 << 18;
            if (!want)
                return -1;
            ssize_t got;
            do
                got = read(r->fd, r->buf, want);
            while (got < 0 && errno == EINTR);
            if (got <= 0)
                return -1;
            if (EVP_DigestUpdate(r->md, r->buf, (size_t)got) != 1)
                return -1;
            r->left -= (uint64_t)got;
            r->pos = 0;
            r->len = (size_t)got;
        }
        size_t k = r->len - r->pos < n ? r->len - r->pos : n;
        memcpy(o, r->buf + r->pos, k);
        r->pos += k;
        o += k;
        n -= k;
    }
    return 0;
}

int foi_sumread_at_end(struct foi_sumread *r)
{
    return r->pos == r->len && r->left == 0;
}

int foi_sumread_end(struct foi_sumread *r)
{
    if (!foi_sumread_at_end(r))
        return 0;
    unsigned char want[32], d[EVP_MAX_MD_SIZE];
    unsigned dl = 0;
    ssize_t got;
    do
        got = read(r->fd, want, 32);
    while (got < 0 && errno == EINTR);
    return got == 32 && EVP_DigestFinal_ex(r->md, d, &dl) == 1 && dl == 32 && !memcmp(d, want, 32);
}

void foi_sumread_close(struct foi_sumread *r)
{
    if (!r)
        return;
    close(r->fd);
    EVP_MD_CTX_free(r->md);
    foi_free(r->buf);
    foi_free(r);
}

/* ------------------------------------------------------------ .foi-state */
void foi_state_init(struct foi_state *s)
{
    memset(s, 0, sizeof *s);
    foi_arena_init(&s->a, 0);
}

void foi_state_release(struct foi_state *s)
{
    foi_free(s->src);
    foi_arena_release(&s->a);
    memset(s, 0, sizeof *s);
}

static const char *dup_s(struct foi_state *s, const char *x)
{
    return foi_arena_strdup(&s->a, x ? x : "");
}

int foi_state_add_src(struct foi_state *s, const struct foi_state_src *src)
{
    if (foi_grow((void **)&s->src, &s->asrc, s->nsrc, sizeof *s->src))
        return FOI_ENOMEM;
    struct foi_state_src *d = &s->src[s->nsrc];
    *d = *src;
    struct foi_source *r = &d->row;
    if (!(r->source_file = dup_s(s, src->row.source_file)) || !(r->source_sha256 = dup_s(s, src->row.source_sha256)) ||
        !(r->format = dup_s(s, src->row.format)) || !(r->parser = dup_s(s, src->row.parser)) ||
        !(r->force_id = dup_s(s, src->row.force_id)) || !(r->status = dup_s(s, src->row.status)) ||
        !(r->attached_to = dup_s(s, src->row.attached_to)) || !(d->key = dup_s(s, src->key)))
        return FOI_ENOMEM;
    s->nsrc++;
    return 0;
}

static int w_str(struct foi_sumfile *f, const char *s)
{
    if (!s)
        s = "";
    unsigned char t[4];
    size_t n = strlen(s);
    foi_put_le32(t, (uint32_t)n);
    return foi_sumfile_write(f, t, 4) || foi_sumfile_write(f, s, n) ? FOI_EIO : 0;
}

static int w_u64(struct foi_sumfile *f, uint64_t v)
{
    unsigned char t[8];
    for (int i = 0; i < 8; i++)
        t[i] = (unsigned char)(v >> (8 * i));
    return foi_sumfile_write(f, t, 8);
}

int foi_state_write(const struct foi_state *s, const char *path, struct foi_err *err)
{
    struct foi_sumfile *f;
    int rc = foi_sumfile_open(&f, path, STATE_MAGIC, err);
    if (rc)
        return rc;
    rc = w_str(f, s->key) || w_str(f, s->fingerprint) || w_u64(f, s->nrows) || w_u64(f, s->csv_bytes) ||
         w_u64(f, s->nd_bytes) || w_u64(f, s->nextra) || w_u64(f, s->ncmp) || foi_sumfile_write(f, s->rows_sha, 32) ||
         w_u64(f, s->nsrc);
    for (size_t i = 0; i < s->nsrc && !rc; i++) {
        const struct foi_state_src *x = &s->src[i];
        const struct foi_source *r = &x->row;
        rc = w_str(f, r->source_file) || w_str(f, r->source_sha256) || w_str(f, r->format) || w_str(f, r->parser) ||
             w_str(f, r->force_id) || w_str(f, r->status) || w_str(f, r->attached_to) || w_u64(f, r->bytes) ||
             w_u64(f, (uint64_t)(int64_t)r->records) || w_str(f, x->key) || foi_sumfile_write(f, x->hsha, 32) ||
             w_u64(f, x->nrec) || w_u64(f, x->niss) || w_u64(f, (uint64_t)x->rec_first) ||
             w_u64(f, (uint64_t)x->rec_count) || w_u64(f, (uint64_t)x->iss_first) || w_u64(f, (uint64_t)x->iss_count);
    }
    int crc = foi_sumfile_close(f, !rc, err);
    if (rc && !crc)
        return foi_errf(err, FOI_EIO, path, "cannot write the build's state");
    return rc ? FOI_EIO : crc;
}

static int r_u64(struct foi_sumread *r, uint64_t *v)
{
    unsigned char t[8];
    if (foi_sumread_get(r, t, 8))
        return -1;
    *v = 0;
    for (int i = 0; i < 8; i++)
        *v |= (uint64_t)t[i] << (8 * i);
    return 0;
}

static const char *r_str(struct foi_sumread *r, struct foi_arena *a)
{
    unsigned char t[4];
    if (foi_sumread_get(r, t, 4))
        return NULL;
    uint32_t n = foi_le32(t);
    if (n > (1u << 20))
        return NULL;
    char *s = foi_arena_alloc(a, (size_t)n + 1);
    if (!s || foi_sumread_get(r, s, n) || memchr(s, 0, n))
        return NULL;
    s[n] = 0;
    return s;
}

int foi_state_read(struct foi_state *s, const char *out_dir, struct foi_err *err)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/.foi-state", out_dir);
    struct foi_sumread *r;
    int rc = foi_sumread_open(&r, path, STATE_MAGIC);
    if (rc)
        return rc == FOI_ENOMEM ? foi_errf(err, rc, path, "out of memory") : rc;
    const char *key = r_str(r, &s->a), *fp = r_str(r, &s->a);
    uint64_t nsrc = 0;
    rc = !key || !fp || strlen(key) >= sizeof s->key || strlen(fp) >= sizeof s->fingerprint ||
         r_u64(r, &s->nrows) || r_u64(r, &s->csv_bytes) || r_u64(r, &s->nd_bytes) || r_u64(r, &s->nextra) ||
         r_u64(r, &s->ncmp) || foi_sumread_get(r, s->rows_sha, 32) || r_u64(r, &nsrc) || nsrc > (1u << 28);
    if (!rc) {
        snprintf(s->key, sizeof s->key, "%s", key);
        snprintf(s->fingerprint, sizeof s->fingerprint, "%s", fp);
    }
    for (uint64_t i = 0; i < nsrc && !rc; i++) {
        struct foi_state_src x;
        memset(&x, 0, sizeof x);
        struct foi_source *w = &x.row;
        uint64_t v[8];
        rc = !(w->source_file = r_str(r, &s->a)) || !(w->source_sha256 = r_str(r, &s->a)) ||
             !(w->format = r_str(r, &s->a)) || !(w->parser = r_str(r, &s->a)) || !(w->force_id = r_str(r, &s->a)) ||
             !(w->status = r_str(r, &s->a)) || !(w->attached_to = r_str(r, &s->a)) || r_u64(r, &v[0]) ||
             r_u64(r, &v[1]) || !(x.key = r_str(r, &s->a)) || foi_sumread_get(r, x.hsha, 32) ||
             r_u64(r, &v[2]) || r_u64(r, &v[3]) || r_u64(r, &v[4]) || r_u64(r, &v[5]) || r_u64(r, &v[6]) ||
             r_u64(r, &v[7]);
        if (rc)
            break;
        w->bytes = v[0];
        w->records = (long)(int64_t)v[1];
        x.nrec = (uint32_t)v[2];
        x.niss = (uint32_t)v[3];
        x.rec_first = (int64_t)v[4];
        x.rec_count = (int64_t)v[5];
        x.iss_first = (int64_t)v[6];
        x.iss_count = (int64_t)v[7];
        /* the strings are already in s->a: add without copying again */
        if (foi_grow((void **)&s->src, &s->asrc, s->nsrc, sizeof *s->src)) {
            rc = -2;
            break;
        }
        s->src[s->nsrc++] = x;
        /* sorted, each once */
        if (s->nsrc > 1 && strcmp(s->src[s->nsrc - 2].row.source_file, w->source_file) >= 0)
            rc = 1;
    }
    if (!rc && !foi_sumread_end(r))
        rc = 1;
    foi_sumread_close(r);
    if (rc == -2)
        return foi_errf(err, FOI_ENOMEM, path, "out of memory");
    return rc ? FOI_ECORRUPT : 0;
}
