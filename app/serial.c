/* serial.c: a file's result as bytes (see serial.h): the writer the parse
 * workers use, the checked reader the build and the cache use, and SHA-256. */
#include "serial.h"
#include "../analyze/coverage.h"

#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAGIC "FOIR3\n"
#define MAGIC_LEN 6
enum { NREF = FOI_RESULT_NREFS, SRC_SIZE = 7 * 4 + 16, META_SIZE = 12, COV_SIZE = 36, BLK_SIZE = 24,
       BLOCK_BYTES = 4096 };
/* record references, in this order */
enum { R_FORCE, R_FNAME, R_PLABEL, R_CAT, R_CATRAW, R_MEAS, R_SUBJ, R_OUT, R_OUTRAW, R_REQ, R_BASIS,
       R_NOTE, R_PS, R_PE, R_EXEMPT };

void foi_sha256_hex(const void *data, size_t n, char out[65])
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    static const char hex[] = "0123456789abcdef";
    if (!EVP_Digest(data, n, md, &len, EVP_sha256(), NULL) || len != 32) {
        memset(out, '0', 64);
        out[64] = '\0';
        return;
    }
    for (unsigned i = 0; i < 32; i++) {
        out[2 * i] = hex[md[i] >> 4];
        out[2 * i + 1] = hex[md[i] & 15];
    }
    out[64] = '\0';
}

void foi_sha256(const void *data, size_t n, unsigned char out[32])
{
    unsigned len = 0;
    if (!EVP_Digest(data, n, out, &len, EVP_sha256(), NULL) || len != 32)
        memset(out, 0, 32);
}

struct foi_sha {
    EVP_MD_CTX *md;
    int bad;
};

struct foi_sha *foi_sha_begin(void)
{
    struct foi_sha *h = foi_calloc(1, sizeof *h);
    if (h && (!(h->md = EVP_MD_CTX_new()) || EVP_DigestInit_ex(h->md, EVP_sha256(), NULL) != 1)) {
        EVP_MD_CTX_free(h->md);
        foi_free(h);
        h = NULL;
    }
    return h;
}

void foi_sha_add(struct foi_sha *h, const void *p, size_t n)
{
    if (h && n && EVP_DigestUpdate(h->md, p, n) != 1)
        h->bad = 1;
}

int foi_sha_end(struct foi_sha *h, unsigned char out[32])
{
    unsigned len = 0;
    int ok = h && !h->bad && EVP_DigestFinal_ex(h->md, out, &len) == 1 && len == 32;
    if (!ok)
        memset(out, 0, 32);
    if (h) {
        EVP_MD_CTX_free(h->md);
        foi_free(h);
    }
    return ok ? 0 : -1;
}

/* ------------------------------------------------------------ bytes */
static void put16(unsigned char *p, uint32_t v) { p[0] = (unsigned char)v; p[1] = (unsigned char)(v >> 8); }
static uint32_t get16(const unsigned char *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8; }
static void put64(unsigned char *p, uint64_t v)
{
    for (int i = 0; i < 8; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}
static uint64_t get64(const unsigned char *p)
{
    return (uint64_t)foi_le32(p) | (uint64_t)foi_le32(p + 4) << 32;
}


static void sha16(const void *p, size_t n, unsigned char out[16])
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned len = 0;
    if (!EVP_Digest(p, n, md, &len, EVP_sha256(), NULL) || len != 32)
        memset(md, 0, 32);
    memcpy(out, md, 16);
}

/* ------------------------------------------------------------ writing */
/* The string table: each distinct string once. Looked up by pointer first
 * (a dataset holds each string once, so most lookups end there), then by
 * content. */
struct strtab {
    struct foi_buf bytes;           /* NUL-terminated strings */
    uint32_t *end;                  /* end offset of each */
    size_t n, aend;
    struct { const char *p; uint32_t id; } *byptr;
    size_t mptr;                    /* mask */
    uint32_t *bytext;               /* id + 1, 0 empty */
    size_t mtext;
    size_t nptr;
};

static const char *st_str(const struct strtab *t, uint32_t id)
{
    return t->bytes.data + (id ? t->end[id - 1] : 0);
}

static int st_grow_text(struct strtab *t)
{
    size_t ns = t->mtext ? (t->mtext + 1) * 2 : 256;
    uint32_t *s = foi_calloc(ns, sizeof *s);
    if (!s)
        return FOI_ENOMEM;
    for (size_t i = 0; i < t->n; i++) {
        const char *x = st_str(t, (uint32_t)i);
        size_t h = (size_t)foi_hash(x, strlen(x)) & (ns - 1);
        while (s[h])
            h = (h + 1) & (ns - 1);
        s[h] = (uint32_t)i + 1;
    }
    foi_free(t->bytext);
    t->bytext = s;
    t->mtext = ns - 1;
    return 0;
}

static int st_grow_ptr(struct strtab *t)
{
    size_t ns = t->mptr ? (t->mptr + 1) * 2 : 256;
    __typeof__(t->byptr) s = foi_calloc(ns, sizeof *s);
    if (!s)
        return FOI_ENOMEM;
    for (size_t i = 0; t->mptr && i <= t->mptr; i++) {
        if (!t->byptr[i].p)
            continue;
        size_t h = ((uintptr_t)t->byptr[i].p >> 3) * 0x9E3779B97F4A7C15ull >> 20 & (ns - 1);
        while (s[h].p)
            h = (h + 1) & (ns - 1);
        s[h] = t->byptr[i];
    }
    foi_free(t->byptr);
    t->byptr = s;
    t->mptr = ns - 1;
    return 0;
}

/* The id of s by content; 0 ok. */
static int st_text(struct strtab *t, const char *s, uint32_t *id)
{
    if ((t->n + 1) * 2 > t->mtext && st_grow_text(t))
        return FOI_ENOMEM;
    size_t len = strlen(s);
    size_t h = (size_t)foi_hash(s, len) & t->mtext;
    while (t->bytext[h]) {
        uint32_t k = t->bytext[h] - 1;
        const char *x = st_str(t, k);
        if (!strcmp(x, s)) {
            *id = k;
            return 0;
        }
        h = (h + 1) & t->mtext;
    }
    if (t->n >= 0xFFFFFFF0u || foi_grow((void **)&t->end, &t->aend, t->n, sizeof *t->end) ||
        foi_buf_add(&t->bytes, s, len + 1))
        return FOI_ENOMEM;
    if (t->bytes.len > 0xFFFFFFF0u)
        return FOI_ENOMEM;
    t->end[t->n] = (uint32_t)t->bytes.len;
    t->bytext[h] = (uint32_t)t->n + 1;
    *id = (uint32_t)t->n++;
    return 0;
}

/* The id of a string that lives at s for the whole write (dataset strings). */
static int st_ptr(struct strtab *t, const char *s, uint32_t *id)
{
    if (!s)
        s = "";
    if ((t->nptr + 1) * 2 > t->mptr && st_grow_ptr(t))
        return FOI_ENOMEM;
    size_t h = ((uintptr_t)s >> 3) * 0x9E3779B97F4A7C15ull >> 20 & t->mptr;
    while (t->byptr[h].p) {
        if (t->byptr[h].p == s) {
            *id = t->byptr[h].id;
            return 0;
        }
        h = (h + 1) & t->mptr;
    }
    int rc = st_text(t, s, id);
    if (rc)
        return rc;
    t->byptr[h].p = s;
    t->byptr[h].id = *id;
    t->nptr++;
    return 0;
}

static void st_release(struct strtab *t)
{
    foi_buf_release(&t->bytes);
    foi_free(t->end);
    foi_free(t->byptr);
    foi_free(t->bytext);
}

static int put_ref(struct foi_buf *b, uint32_t id, int wide)
{
    unsigned char t[4];
    if (wide) {
        foi_put_le32(t, id);
        return foi_buf_add(b, t, 4);
    }
    put16(t, id);
    return foi_buf_add(b, t, 2);
}

static const char *nz(const char *s) { return s ? s : ""; }
static int same(const char *a, const char *b) { return a == b || !strcmp(nz(a), nz(b)); }

/* The source index of a record (its file, sha and parser must be the source's). */
static int record_source(const struct foi_dataset *ds, const struct foi_record *r, uint32_t *src)
{
    for (size_t i = 0; i < ds->nsources; i++) {
        const struct foi_source *s = &ds->sources[i];
        if (same(s->source_file, r->source_file) && same(s->source_sha256, r->source_sha256) &&
            same(s->parser, r->parser)) {
            *src = (uint32_t)i;
            return 0;
        }
    }
    return FOI_EUSAGE;
}

static void rec_refs(const struct foi_record *r, const char *v[NREF])
{
    v[R_FORCE] = r->force_id; v[R_FNAME] = r->force_name; v[R_PLABEL] = r->period_label;
    v[R_CAT] = r->category; v[R_CATRAW] = r->category_raw; v[R_MEAS] = r->measure;
    v[R_SUBJ] = r->subject; v[R_OUT] = r->outcome; v[R_OUTRAW] = r->outcome_raw;
    v[R_REQ] = r->request_ref; v[R_BASIS] = r->date_basis; v[R_NOTE] = r->note;
    v[R_PS] = r->period_start; v[R_PE] = r->period_end; v[R_EXEMPT] = r->v.exemption;
}

static int write_record(struct foi_buf *b, const struct foi_record *r, const uint32_t *ids, uint32_t src,
                        int wide)
{
    int rc = 0;
    for (int k = 0; k < NREF && !rc; k++)
        rc = put_ref(b, ids[k], wide);
    unsigned char f[12];
    f[0] = (unsigned char)r->v.status;
    f[1] = (unsigned char)((r->v.has_value ? 1 : 0) | (r->v.has_min ? 2 : 0) | (r->v.has_max ? 4 : 0) |
                           (r->v.marker ? 8 : 0));
    put16(f + 2, src);
    uint64_t conf;
    memcpy(&conf, &r->confidence, 8);
    put64(f + 4, conf);
    const char *loc = nz(r->locator), *raw = nz(r->raw_text);
    size_t nl = strlen(loc), nr = strlen(raw);
    if (!rc) rc = foi_buf_add(b, f, 12);
    if (!rc) rc = foi_buf_add_varint(b, foi_zigzag(r->v.value));
    if (!rc) rc = foi_buf_add_varint(b, foi_zigzag(r->v.min));
    if (!rc) rc = foi_buf_add_varint(b, foi_zigzag(r->v.max));
    if (!rc) rc = foi_buf_add_varint(b, nl);
    if (!rc) rc = foi_buf_add_varint(b, nr);
    if (!rc) rc = foi_buf_add(b, loc, nl + 1);
    if (!rc) rc = foi_buf_add(b, raw, nr + 1);
    return rc;
}

int foi_serial_write(const struct foi_dataset *ds, struct foi_buf *out)
{
    struct strtab t;
    memset(&t, 0, sizeof t);
    foi_buf_init(&t.bytes, 0);
    struct foi_buf recs, iss, head;
    foi_buf_init(&recs, 0);
    foi_buf_init(&iss, 0);
    foi_buf_init(&head, 0);
    uint32_t *ids = NULL, *srcs = NULL;
    struct foi_result_block *blk = NULL;
    size_t nblk = 0, ablk = 0;
    int rc = 0;
    if (ds->nsources > 0xFFFF || ds->nrecords > 0xFFFFFFF0u || ds->nissues > 0xFFFFFFF0u)
        return FOI_EUSAGE;
    ids = foi_malloc((ds->nrecords * NREF + 1) * sizeof *ids);
    srcs = foi_malloc((ds->nrecords + 1) * sizeof *srcs);
    if (!ids || !srcs)
        rc = FOI_ENOMEM;
    /* every string into the table first: its size decides the reference width */
    for (size_t i = 0; i < ds->nsources && !rc; i++) {
        const struct foi_source *s = &ds->sources[i];
        const char *v[7] = { s->source_file, s->source_sha256, s->format, s->parser, s->force_id,
                             s->status, s->attached_to };
        uint32_t id;
        for (int k = 0; k < 7 && !rc; k++)
            rc = st_ptr(&t, nz(v[k]), &id);
    }
    for (size_t i = 0; i < ds->nrecords && !rc; i++) {
        const struct foi_record *r = &ds->records[i];
        const char *v[NREF];
        rec_refs(r, v);
        rc = record_source(ds, r, &srcs[i]);
        for (int k = 0; k < NREF && !rc; k++)
            rc = k >= R_PS ? st_text(&t, v[k], &ids[i * NREF + k]) : st_ptr(&t, nz(v[k]), &ids[i * NREF + k]);
    }
    uint32_t *iids = NULL;
    if (!rc && !(iids = foi_malloc((ds->nissues * 3 + 1) * sizeof *iids)))
        rc = FOI_ENOMEM;
    for (size_t i = 0; i < ds->nissues && !rc; i++) {
        const struct foi_issue *is = &ds->issues[i];
        if (!(rc = st_ptr(&t, nz(is->code), &iids[3 * i])) && !(rc = st_ptr(&t, nz(is->source_file), &iids[3 * i + 1])))
            rc = st_ptr(&t, nz(is->locator), &iids[3 * i + 2]);
    }
    uint32_t *mids = NULL;
    if (!rc && !(mids = foi_malloc((ds->nmetas * 3 + 1) * sizeof *mids)))
        rc = FOI_ENOMEM;
    for (size_t i = 0; i < ds->nmetas && !rc; i++) {
        const struct foi_meta *m = &ds->metas[i];
        const char *v[3] = { m->source_file, m->key, m->value };
        for (int k = 0; k < 3 && !rc; k++)
            rc = st_ptr(&t, nz(v[k]), &mids[3 * i + k]);
    }
    /* what the file says per force, for the report (analyze/coverage.h) */
    struct foi_coverage cov;
    foi_coverage_init(&cov);
    uint32_t *cids = NULL;
    for (size_t i = 0; i < ds->nrecords && !rc; i++)
        rc = foi_coverage_add(&cov, &ds->records[i]);
    if (!rc && !(cids = foi_malloc((cov.n * 5 + 1) * sizeof *cids)))
        rc = FOI_ENOMEM;
    for (size_t i = 0; i < cov.n && !rc; i++) {
        const struct foi_force_cov *f = &cov.f[i];
        const char *v[5] = { f->id, f->name ? f->name : "", f->first, f->last, f->exemptions };
        for (int k = 0; k < 5 && !rc; k++)
            rc = st_text(&t, v[k], &cids[5 * i + k]);
    }
    int wide = t.n > 0xFFFF;
    /* records, cut into blocks */
    size_t block_start = 0;
    for (size_t i = 0; i < ds->nrecords && !rc; i++) {
        if (i == 0 || recs.len - block_start >= BLOCK_BYTES) {
            if (i) {
                sha16(recs.data + block_start, recs.len - block_start, blk[nblk - 1].sha);
                block_start = recs.len;
            }
            if (foi_grow((void **)&blk, &ablk, nblk, sizeof *blk)) {
                rc = FOI_ENOMEM;
                break;
            }
            blk[nblk].first = (uint32_t)i;
            blk[nblk].off = (uint32_t)recs.len;
            nblk++;
            if (recs.len > 0xFFFFFFF0u)
                rc = FOI_ENOMEM;
        }
        if (!rc)
            rc = write_record(&recs, &ds->records[i], &ids[i * NREF], srcs[i], wide);
    }
    if (!rc && nblk)
        sha16(recs.data + block_start, recs.len - block_start, blk[nblk - 1].sha);
    for (size_t i = 0; i < ds->nissues && !rc; i++) {
        const struct foi_issue *is = &ds->issues[i];
        unsigned char sev = (unsigned char)is->severity;
        const char *msg = nz(is->message);
        size_t n = strlen(msg);
        rc = foi_buf_add(&iss, &sev, 1);
        for (int k = 0; k < 3 && !rc; k++)
            rc = put_ref(&iss, iids[3 * i + k], wide);
        if (!rc) rc = foi_buf_add_varint(&iss, n);
        if (!rc) rc = foi_buf_add(&iss, msg, n + 1);
    }
    /* head: string ends, strings, sources, metas, blocks */
    unsigned char w[SRC_SIZE];
    for (size_t i = 0; i < t.n && !rc; i++) {
        foi_put_le32(w, t.end[i]);
        rc = foi_buf_add(&head, w, 4);
    }
    if (!rc)
        rc = foi_buf_add(&head, t.bytes.data ? t.bytes.data : "", t.bytes.len);
    for (size_t i = 0; i < ds->nsources && !rc; i++) {
        const struct foi_source *s = &ds->sources[i];
        const char *v[7] = { s->source_file, s->source_sha256, s->format, s->parser, s->force_id,
                             s->status, s->attached_to };
        for (int k = 0; k < 7 && !rc; k++) {
            uint32_t id;
            rc = st_ptr(&t, nz(v[k]), &id);
            foi_put_le32(w + 4 * k, id);
        }
        put64(w + 28, s->bytes);
        put64(w + 36, (uint64_t)(int64_t)s->records);
        if (!rc)
            rc = foi_buf_add(&head, w, SRC_SIZE);
    }
    for (size_t i = 0; i < ds->nmetas && !rc; i++) {
        for (int k = 0; k < 3; k++)
            foi_put_le32(w + 4 * k, mids[3 * i + k]);
        rc = foi_buf_add(&head, w, META_SIZE);
    }
    for (size_t i = 0; i < cov.n && !rc; i++) {
        const struct foi_force_cov *f = &cov.f[i];
        for (int k = 0; k < 5; k++)
            foi_put_le32(w + 4 * k, cids[5 * i + k]);
        foi_put_le32(w + 20, (uint32_t)f->nrecords);
        foi_put_le32(w + 24, (uint32_t)f->nfig);
        foi_put_le32(w + 28, (uint32_t)f->nref);
        foi_put_le32(w + 32, (uint32_t)f->nnh);
        rc = foi_buf_add(&head, w, COV_SIZE);
    }
    for (size_t i = 0; i < nblk && !rc; i++) {
        foi_put_le32(w, blk[i].first);
        foi_put_le32(w + 4, blk[i].off);
        memcpy(w + 8, blk[i].sha, 16);
        rc = foi_buf_add(&head, w, BLK_SIZE);
    }
    if (!rc && head.len > 0xFFFFFFF0u)
        rc = FOI_ENOMEM;
    if (!rc) {
        unsigned char h[FOI_RESULT_HEADER];
        memset(h, 0, sizeof h);
        memcpy(h, MAGIC, MAGIC_LEN);
        put16(h + 6, wide ? 1 : 0);
        foi_put_le32(h + 8, (uint32_t)t.n);
        foi_put_le32(h + 12, (uint32_t)ds->nsources);
        foi_put_le32(h + 16, (uint32_t)ds->nrecords);
        foi_put_le32(h + 20, (uint32_t)ds->nissues);
        foi_put_le32(h + 24, (uint32_t)ds->nmetas);
        foi_put_le32(h + 28, (uint32_t)nblk);
        foi_put_le32(h + 32, (uint32_t)head.len);
        foi_put_le32(h + 36, (uint32_t)cov.n);
        put64(h + 40, recs.len);
        put64(h + 48, iss.len);
        EVP_MD_CTX *md = EVP_MD_CTX_new();
        unsigned len = 0;
        if (!md || EVP_DigestInit_ex(md, EVP_sha256(), NULL) != 1 || EVP_DigestUpdate(md, h, 56) != 1 ||
            EVP_DigestUpdate(md, head.data ? head.data : "", head.len) != 1 ||
            EVP_DigestFinal_ex(md, h + 56, &len) != 1)
            rc = FOI_ENOMEM;
        EVP_MD_CTX_free(md);
        unsigned char is[32];
        if (!rc && (!EVP_Digest(iss.data ? iss.data : "", iss.len, is, &len, EVP_sha256(), NULL) || len != 32))
            rc = FOI_ENOMEM;
        if (!rc)
            memcpy(h + 88, is, 32);
        if (!rc) rc = foi_buf_add(out, h, sizeof h);
        if (!rc) rc = foi_buf_add(out, head.data ? head.data : "", head.len);
        if (!rc) rc = foi_buf_add(out, recs.data ? recs.data : "", recs.len);
        if (!rc) rc = foi_buf_add(out, iss.data ? iss.data : "", iss.len);
    }
    foi_free(iids);
    foi_free(mids);
    foi_free(cids);
    foi_coverage_release(&cov);
    foi_free(ids);
    foi_free(srcs);
    foi_free(blk);
    foi_buf_release(&recs);
    foi_buf_release(&iss);
    foi_buf_release(&head);
    st_release(&t);
    return rc;
}

/* ------------------------------------------------------------ reading */
static int bad(struct foi_err *err, const char *what)
{
    return foi_errf(err, FOI_ECORRUPT, "", "malformed result: %s", what);
}

int foi_result_header(struct foi_result *r, const char *hdr, size_t total, struct foi_err *err)
{
    memset(r, 0, sizeof *r);
    const unsigned char *h = (const unsigned char *)hdr;
    if (total < FOI_RESULT_HEADER || memcmp(h, MAGIC, MAGIC_LEN))
        return bad(err, "not a foi result");
    uint32_t flags = get16(h + 6);
    if (flags > 1)
        return bad(err, "unknown flags");
    r->wide = (int)flags;
    r->nstr = foi_le32(h + 8);
    r->nsrc = foi_le32(h + 12);
    r->nrec = foi_le32(h + 16);
    r->niss = foi_le32(h + 20);
    r->nmeta = foi_le32(h + 24);
    r->nblk = foi_le32(h + 28);
    r->head_len = foi_le32(h + 32);
    r->ncov = foi_le32(h + 36);
    r->rec_len = get64(h + 40);
    r->iss_len = get64(h + 48);
    memcpy(r->iss_sha, h + 88, 32);
    uint64_t need = (uint64_t)r->nstr * 4 + (uint64_t)r->nsrc * SRC_SIZE + (uint64_t)r->nmeta * META_SIZE +
                    (uint64_t)r->ncov * COV_SIZE + (uint64_t)r->nblk * BLK_SIZE;
    if (need > r->head_len || r->nsrc > 0xFFFF || (!r->wide && r->nstr > 0x10000) ||
        (r->nrec && !r->nblk) || r->nblk > r->nrec || r->rec_len > ((uint64_t)1 << 40) ||
        r->iss_len > ((uint64_t)1 << 40) || (uint64_t)r->nrec > r->rec_len ||
        (uint64_t)r->niss > r->iss_len)
        return bad(err, "counts out of range");
    if (FOI_RESULT_HEADER + (uint64_t)r->head_len + r->rec_len + r->iss_len != total)
        return bad(err, "length");
    return 0;
}

uint64_t foi_result_size(const struct foi_result *r)
{
    return FOI_RESULT_HEADER + (uint64_t)r->head_len + r->rec_len + r->iss_len;
}

uint64_t foi_result_rec_off(const struct foi_result *r)
{
    return FOI_RESULT_HEADER + (uint64_t)r->head_len;
}

void foi_result_close(struct foi_result *r)
{
    foi_free(r->str);
    foi_free(r->blk);
    foi_free(r->src_owned);
    r->str = NULL;
    r->blk = NULL;
    r->src_owned = NULL;
}

int foi_result_detach_head(struct foi_result *r, const char *const *strs)
{
    unsigned char *src = foi_malloc((size_t)r->nsrc * SRC_SIZE + 1);
    if (!src)
        return FOI_ENOMEM;
    memcpy(src, r->src, (size_t)r->nsrc * SRC_SIZE);
    for (uint32_t i = 0; i < r->nstr; i++)
        r->str[i] = strs[i];
    foi_free(r->src_owned);
    r->src_owned = src;
    r->src = src;
    r->meta = r->cov = NULL;
    r->head = NULL;
    return 0;
}

int foi_result_open(struct foi_result *r, const char *hdr, const char *head, struct foi_err *err)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned len = 0;
    EVP_MD_CTX *c = EVP_MD_CTX_new();
    int ok = c && EVP_DigestInit_ex(c, EVP_sha256(), NULL) == 1 && EVP_DigestUpdate(c, hdr, 56) == 1 &&
             EVP_DigestUpdate(c, head, r->head_len) == 1 && EVP_DigestFinal_ex(c, md, &len) == 1;
    EVP_MD_CTX_free(c);
    if (!ok)
        return foi_errf(err, FOI_ENOMEM, "", "out of memory checking a result");
    if (len != 32 || memcmp(md, hdr + 56, 32))
        return bad(err, "checksum of the head");
    r->head = head;
    const unsigned char *h = (const unsigned char *)head;
    uint64_t sbase = (uint64_t)r->nstr * 4;
    uint64_t send = r->nstr ? foi_le32(h + 4 * (r->nstr - 1)) : 0;
    uint64_t tail = (uint64_t)r->nsrc * SRC_SIZE + (uint64_t)r->nmeta * META_SIZE + (uint64_t)r->ncov * COV_SIZE +
                    (uint64_t)r->nblk * BLK_SIZE;
    if (sbase + send + tail != r->head_len)
        return bad(err, "head length");
    r->str = foi_malloc(((size_t)r->nstr + 1) * sizeof *r->str);
    r->blk = foi_malloc(((size_t)r->nblk + 1) * sizeof *r->blk);
    if (!r->str || !r->blk) {
        foi_result_close(r);
        return foi_errf(err, FOI_ENOMEM, "", "out of memory reading a result");
    }
    const char *sb = head + sbase;
    uint32_t prev = 0;
    for (uint32_t i = 0; i < r->nstr; i++) {
        uint32_t e = foi_le32(h + 4 * i);
        /* each string non-empty in bytes (its NUL), NUL-terminated, no NUL inside */
        if (e <= prev || e > send || sb[e - 1] != '\0' || strlen(sb + prev) != e - prev - 1) {
            foi_result_close(r);
            return bad(err, "string table");
        }
        r->str[i] = sb + prev;
        prev = e;
    }
    r->src = h + sbase + send;
    r->meta = r->src + (size_t)r->nsrc * SRC_SIZE;
    r->cov = r->meta + (size_t)r->nmeta * META_SIZE;
    const unsigned char *bp = r->cov + (size_t)r->ncov * COV_SIZE;
    for (uint32_t i = 0; i < r->nsrc; i++)
        for (int k = 0; k < 7; k++)
            if (foi_le32(r->src + (size_t)i * SRC_SIZE + 4 * k) >= r->nstr) {
                foi_result_close(r);
                return bad(err, "source reference");
            }
    for (uint32_t i = 0; i < r->nmeta; i++)
        for (int k = 0; k < 3; k++)
            if (foi_le32(r->meta + (size_t)i * META_SIZE + 4 * k) >= r->nstr) {
                foi_result_close(r);
                return bad(err, "meta reference");
            }
    for (uint32_t i = 0; i < r->ncov; i++)
        for (int k = 0; k < 5; k++)
            if (foi_le32(r->cov + (size_t)i * COV_SIZE + 4 * k) >= r->nstr) {
                foi_result_close(r);
                return bad(err, "coverage reference");
            }
    for (uint32_t i = 0; i < r->nblk; i++) {
        r->blk[i].first = foi_le32(bp + (size_t)i * BLK_SIZE);
        r->blk[i].off = foi_le32(bp + (size_t)i * BLK_SIZE + 4);
        memcpy(r->blk[i].sha, bp + (size_t)i * BLK_SIZE + 8, 16);
        /* blocks start at record 0, offset 0, and go strictly forward */
        int okb = i == 0 ? r->blk[i].first == 0 && r->blk[i].off == 0
                         : r->blk[i].first > r->blk[i - 1].first && r->blk[i].off > r->blk[i - 1].off;
        if (!okb || r->blk[i].first >= r->nrec || r->blk[i].off >= r->rec_len) {
            foi_result_close(r);
            return bad(err, "record blocks");
        }
    }
    return 0;
}

void foi_result_source(const struct foi_result *r, uint32_t i, struct foi_source *out)
{
    const unsigned char *p = r->src + (size_t)i * SRC_SIZE;
    memset(out, 0, sizeof *out);
    out->source_file = r->str[foi_le32(p)];
    out->source_sha256 = r->str[foi_le32(p + 4)];
    out->format = r->str[foi_le32(p + 8)];
    out->parser = r->str[foi_le32(p + 12)];
    out->force_id = r->str[foi_le32(p + 16)];
    out->status = r->str[foi_le32(p + 20)];
    out->attached_to = r->str[foi_le32(p + 24)];
    out->bytes = get64(p + 28);
    out->records = (long)(int64_t)get64(p + 36);
}

void foi_result_meta(const struct foi_result *r, uint32_t i, struct foi_meta *out)
{
    const unsigned char *p = r->meta + (size_t)i * META_SIZE;
    out->source_file = r->str[foi_le32(p)];
    out->key = r->str[foi_le32(p + 4)];
    out->value = r->str[foi_le32(p + 8)];
}

void foi_result_coverage(const struct foi_result *r, uint32_t i, struct foi_force_cov *out)
{
    const unsigned char *p = r->cov + (size_t)i * COV_SIZE;
    memset(out, 0, sizeof *out);
    out->id = r->str[foi_le32(p)];
    out->name = r->str[foi_le32(p + 4)];
    foi_strlcpy(out->first, sizeof out->first, r->str[foi_le32(p + 8)]);
    foi_strlcpy(out->last, sizeof out->last, r->str[foi_le32(p + 12)]);
    foi_strlcpy(out->exemptions, sizeof out->exemptions, r->str[foi_le32(p + 16)]);
    out->nrecords = foi_le32(p + 20);
    out->nfig = foi_le32(p + 24);
    out->nref = foi_le32(p + 28);
    out->nnh = foi_le32(p + 32);
}

void foi_result_block_span(const struct foi_result *r, uint32_t b, uint64_t *off, uint64_t *end)
{
    *off = r->blk[b].off;
    *end = b + 1 < r->nblk ? r->blk[b + 1].off : r->rec_len;
}

int foi_result_block_ok(const struct foi_result *r, uint32_t b, const char *p, size_t n)
{
    unsigned char s[16];
    sha16(p, n, s);
    return !memcmp(s, r->blk[b].sha, 16);
}

static int get_ref(const struct foi_result *r, const unsigned char **pp, const unsigned char *end, uint32_t *id)
{
    size_t w = r->wide ? 4 : 2;
    if ((size_t)(end - *pp) < w)
        return -1;
    *id = r->wide ? foi_le32(*pp) : get16(*pp);
    *pp += w;
    return *id < r->nstr ? 0 : -1;
}

/* An inline string of length n at *pp: NUL-terminated, no NUL inside. */
static const char *get_inline(const unsigned char **pp, const unsigned char *end, uint64_t n)
{
    const unsigned char *p = *pp;
    if ((uint64_t)(end - p) <= n || p[n] != 0 || memchr(p, 0, n))
        return NULL;
    *pp = p + n + 1;
    return (const char *)p;
}

int foi_result_record(const struct foi_result *r, const char *buf, size_t n, struct foi_record *out,
                      size_t *used, uint32_t *refs)
{
    const unsigned char *p = (const unsigned char *)buf, *end = p + n;
    uint32_t id[NREF];
    for (int k = 0; k < NREF; k++)
        if (get_ref(r, &p, end, &id[k]))
            return FOI_ECORRUPT;
    if (end - p < 12)
        return FOI_ECORRUPT;
    unsigned status = p[0], flags = p[1];
    uint32_t src = get16(p + 2);
    uint64_t conf = get64(p + 4);
    p += 12;
    uint64_t v, mn, mx, nl, nr;
    if (status > FOI_VS_NCND || flags > 15 || src >= r->nsrc || foi_get_varint(&p, end, &v) ||
        foi_get_varint(&p, end, &mn) || foi_get_varint(&p, end, &mx) || foi_get_varint(&p, end, &nl) ||
        foi_get_varint(&p, end, &nr))
        return FOI_ECORRUPT;
    const char *loc = get_inline(&p, end, nl);
    const char *raw = loc ? get_inline(&p, end, nr) : NULL;
    if (!raw)
        return FOI_ECORRUPT;
    const char *ps = r->str[id[R_PS]], *pe = r->str[id[R_PE]], *ex = r->str[id[R_EXEMPT]];
    size_t lps = strlen(ps), lpe = strlen(pe), lex = strlen(ex);
    if (lps > 10 || lpe > 10 || lex >= sizeof out->v.exemption)
        return FOI_ECORRUPT;
    out->force_id = r->str[id[R_FORCE]];
    out->force_name = r->str[id[R_FNAME]];
    out->period_label = r->str[id[R_PLABEL]];
    out->category = r->str[id[R_CAT]];
    out->category_raw = r->str[id[R_CATRAW]];
    out->measure = r->str[id[R_MEAS]];
    out->subject = r->str[id[R_SUBJ]];
    out->outcome = r->str[id[R_OUT]];
    out->outcome_raw = r->str[id[R_OUTRAW]];
    out->request_ref = r->str[id[R_REQ]];
    out->date_basis = r->str[id[R_BASIS]];
    out->note = r->str[id[R_NOTE]];
    memcpy(out->period_start, ps, lps + 1);
    memcpy(out->period_end, pe, lpe + 1);
    memset(&out->v, 0, sizeof out->v);
    memcpy(out->v.exemption, ex, lex + 1);
    out->v.status = (enum foi_vstatus)status;
    out->v.has_value = flags & 1;
    out->v.has_min = (flags >> 1) & 1;
    out->v.has_max = (flags >> 2) & 1;
    out->v.marker = (flags >> 3) & 1;
    out->v.value = foi_unzigzag(v);
    out->v.min = foi_unzigzag(mn);
    out->v.max = foi_unzigzag(mx);
    memcpy(&out->confidence, &conf, 8);
    const unsigned char *sp = r->src + (size_t)src * SRC_SIZE;
    out->source_file = r->str[foi_le32(sp)];
    out->source_sha256 = r->str[foi_le32(sp + 4)];
    out->parser = r->str[foi_le32(sp + 12)];
    out->locator = loc;
    out->raw_text = raw;
    *used = (size_t)(p - (const unsigned char *)buf);
    if (refs)
        memcpy(refs, id, sizeof id);
    return 0;
}

int foi_result_issue(const struct foi_result *r, const char *buf, size_t n, struct foi_issue *out,
                     size_t *used)
{
    const unsigned char *p = (const unsigned char *)buf, *end = p + n;
    if (p >= end || *p > FOI_SEV_INFO)
        return FOI_ECORRUPT;
    unsigned sev = *p++;
    uint32_t code, file, loc;
    uint64_t nm;
    if (get_ref(r, &p, end, &code) || get_ref(r, &p, end, &file) || get_ref(r, &p, end, &loc) ||
        foi_get_varint(&p, end, &nm))
        return FOI_ECORRUPT;
    const char *msg = get_inline(&p, end, nm);
    if (!msg)
        return FOI_ECORRUPT;
    out->severity = (enum foi_severity)sev;
    out->code = r->str[code];
    out->source_file = r->str[file];
    out->locator = r->str[loc];
    out->message = msg;
    *used = (size_t)(p - (const unsigned char *)buf);
    return 0;
}

int foi_result_issues_ok(const struct foi_result *r, const char *iss)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned len = 0;
    if (!EVP_Digest(iss, r->iss_len, md, &len, EVP_sha256(), NULL) || len != 32)
        return 0;
    return !memcmp(md, r->iss_sha, 32);
}

/* ------------------------------------------------------------ whole blobs */
int foi_result_check(const char *data, size_t n, struct foi_err *err)
{
    struct foi_result r;
    int rc = foi_result_header(&r, data, n, err);
    if (rc)
        return rc;
    if ((rc = foi_result_open(&r, data, data + FOI_RESULT_HEADER, err)))
        return rc;
    const char *recs = data + foi_result_rec_off(&r);
    const char *iss = recs + r.rec_len;
    int corrupt = !foi_result_issues_ok(&r, iss);
    uint64_t off = 0;
    uint32_t b = 0;
    for (uint32_t i = 0; i < r.nrec && !corrupt; i++) {
        if (b < r.nblk && r.blk[b].first == i) {
            uint64_t o, e;
            foi_result_block_span(&r, b, &o, &e);
            if (o != off || !foi_result_block_ok(&r, b, recs + o, (size_t)(e - o)))
                corrupt = 1;
            b++;
        }
        struct foi_record x;
        size_t used;
        if (corrupt || foi_result_record(&r, recs + off, (size_t)(r.rec_len - off), &x, &used, NULL))
            corrupt = 1;
        else
            off += used;
    }
    if (!corrupt && (off != r.rec_len || b != r.nblk))
        corrupt = 1;
    off = 0;
    for (uint32_t i = 0; i < r.niss && !corrupt; i++) {
        struct foi_issue is;
        size_t used;
        if (foi_result_issue(&r, iss + off, (size_t)(r.iss_len - off), &is, &used))
            corrupt = 1;
        else
            off += used;
    }
    if (!corrupt && off != r.iss_len)
        corrupt = 1;
    foi_result_close(&r);
    return corrupt ? bad(err, "truncated or damaged records or issues") : 0;
}

int foi_serial_read(struct foi_dataset *ds, const char *data, size_t n, struct foi_err *err)
{
    struct foi_result r;
    int rc = foi_result_header(&r, data, n, err);
    if (rc)
        return rc;
    if ((rc = foi_result_open(&r, data, data + FOI_RESULT_HEADER, err)))
        return rc;
    size_t nr0 = ds->nrecords, ns0 = ds->nsources, ni0 = ds->nissues, nm0 = ds->nmetas;
    const char *recs = data + foi_result_rec_off(&r);
    const char *iss = recs + r.rec_len;
    int corrupt = !foi_result_issues_ok(&r, iss);
    for (uint32_t b = 0; b < r.nblk && !corrupt; b++) {
        uint64_t o, e;
        foi_result_block_span(&r, b, &o, &e);
        corrupt = !foi_result_block_ok(&r, b, recs + o, (size_t)(e - o));
    }
    for (uint32_t i = 0; i < r.nsrc && !rc && !corrupt; i++) {
        struct foi_source s;
        foi_result_source(&r, i, &s);
        rc = foi_dataset_add_source(ds, &s);
    }
    size_t off = 0;
    uint32_t b = 0;
    for (uint32_t i = 0; i < r.nrec && !rc && !corrupt; i++) {
        /* records begin exactly where the blocks say */
        if (b < r.nblk && r.blk[b].first == i) {
            if (r.blk[b].off != off)
                corrupt = 1;
            b++;
        }
        struct foi_record x;
        size_t used;
        if (corrupt || foi_result_record(&r, recs + off, (size_t)(r.rec_len - off), &x, &used, NULL)) {
            corrupt = 1;
            break;
        }
        off += used;
        rc = foi_dataset_add_record(ds, &x);
    }
    if (!corrupt && !rc && (off != r.rec_len || b != r.nblk))
        corrupt = 1;
    off = 0;
    for (uint32_t i = 0; i < r.niss && !rc && !corrupt; i++) {
        struct foi_issue is;
        size_t used;
        if (foi_result_issue(&r, iss + off, (size_t)(r.iss_len - off), &is, &used)) {
            corrupt = 1;
            break;
        }
        off += used;
        rc = foi_dataset_add_issue(ds, is.severity, is.code, is.source_file, is.locator, "%s", is.message);
    }
    if (!corrupt && !rc && off != r.iss_len)
        corrupt = 1;
    for (uint32_t i = 0; i < r.nmeta && !rc && !corrupt; i++) {
        struct foi_meta m;
        foi_result_meta(&r, i, &m);
        rc = foi_dataset_add_meta(ds, m.source_file, m.key, m.value);
    }
    foi_result_close(&r);
    if (rc || corrupt) {
        /* a damaged stream takes back whatever it appended */
        ds->nrecords = nr0;
        ds->nsources = ns0;
        ds->nissues = ni0;
        ds->nmetas = nm0;
    }
    if (rc)
        return foi_errf(err, rc, "", "%s", foi_strerror(rc));
    if (corrupt)
        return bad(err, "truncated or damaged records or issues");
    return 0;
}
