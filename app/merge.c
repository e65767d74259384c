/* merge.c: the k-way merge of the files' results in SPEC order (merge.h):
 * result readers with small buffers, the ranks of every string, a heap of
 * readers, and temporary runs when the readers do not fit the budget. */
#include "merge.h"
#include "fdio.h"
#include "serial.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { NKEY = 8 };   /* force, period start, end, category, measure, subject, outcome; source */
static const int key_ref[7] = { FOI_REF_FORCE, FOI_REF_PERIOD_START, FOI_REF_PERIOD_END, FOI_REF_CATEGORY,
                                FOI_REF_MEASURE, FOI_REF_SUBJECT, FOI_REF_OUTCOME };

/* ------------------------------------------------------------ result reader */
struct foi_result_reader {
    struct foi_merge_input in;
    char *hh;                   /* header + head (owned; NULL when in memory) */
    struct foi_result r;
    int opened;
    int verify;
    char *buf;                  /* loaded blocks (NULL when in memory) */
    size_t bufsz, balloc;
    const char *cur;            /* loaded bytes: [cur, end) */
    size_t pos, len;
    uint32_t next_blk;          /* first block not loaded */
    uint32_t nread;             /* records returned */
    uint32_t refs[FOI_RESULT_NREFS];
    const uint32_t *rank;       /* string ranks (merge only) */
    /* random access (seek): the block loaded, where in it, which record next */
    int seek_loaded;
    uint32_t seek_b, seek_rec;
    size_t seek_pos, seek_len;
    char *sbuf;
    size_t salloc;
};

int foi_result_reader_shed(struct foi_result_reader *rd, const char *const *strs)
{
    int rc = foi_result_detach_head(&rd->r, strs);
    if (!rc && !rd->in.mem) {
        foi_free(rd->hh);
        rd->hh = NULL;
    }
    return rc;
}

void foi_result_reader_close(struct foi_result_reader *rd)
{
    if (!rd)
        return;
    if (rd->opened)
        foi_result_close(&rd->r);
    foi_free(rd->hh);
    foi_free(rd->buf);
    foi_free(rd->sbuf);
    foi_free(rd);
}

int foi_result_reader_open(struct foi_result_reader **out, const struct foi_merge_input *in, size_t bufsz,
                           int verify, struct foi_err *err)
{
    *out = NULL;
    struct foi_result_reader *rd = foi_calloc(1, sizeof *rd);
    if (!rd)
        return foi_errf(err, FOI_ENOMEM, "", "out of memory");
    rd->in = *in;
    rd->verify = verify;
    rd->bufsz = bufsz < 4096 ? 4096 : bufsz;
    const char *hdr;
    char hbuf[FOI_RESULT_HEADER];
    int rc;
    if (in->mem) {
        hdr = in->mem;
        if (in->len < FOI_RESULT_HEADER) {
            rc = foi_errf(err, FOI_ECORRUPT, "", "a result is truncated");
            goto fail;
        }
    } else {
        if (in->len < FOI_RESULT_HEADER || foi_pread_all(in->fd, hbuf, sizeof hbuf, in->off)) {
            rc = foi_errf(err, FOI_ECORRUPT, "", "a result cannot be read back");
            goto fail;
        }
        hdr = hbuf;
    }
    if (in->hsha) {
        unsigned char d[32];
        foi_sha256(hdr, FOI_RESULT_HEADER, d);
        if (memcmp(d, in->hsha, 32)) {
            rc = foi_errf(err, FOI_ECORRUPT, "", "a result's header does not match its checksum");
            goto fail;
        }
    }
    if ((rc = foi_result_header(&rd->r, hdr, in->len, err)))
        goto fail;
    const char *head;
    if (in->mem) {
        head = in->mem + FOI_RESULT_HEADER;
    } else {
        rd->hh = foi_malloc(FOI_RESULT_HEADER + (size_t)rd->r.head_len + 1);
        if (!rd->hh) {
            rc = foi_errf(err, FOI_ENOMEM, "", "out of memory");
            goto fail;
        }
        memcpy(rd->hh, hdr, FOI_RESULT_HEADER);
        if (foi_pread_all(in->fd, rd->hh + FOI_RESULT_HEADER, rd->r.head_len, in->off + FOI_RESULT_HEADER)) {
            rc = foi_errf(err, FOI_ECORRUPT, "", "a result cannot be read back");
            goto fail;
        }
        hdr = rd->hh;
        head = rd->hh + FOI_RESULT_HEADER;
    }
    if ((rc = foi_result_open(&rd->r, hdr, head, err)))
        goto fail;
    rd->opened = 1;
    *out = rd;
    return 0;
fail:
    foi_result_reader_close(rd);
    return rc;
}

const struct foi_result *foi_result_reader_head(const struct foi_result_reader *rd)
{
    return &rd->r;
}

/* Load the next blocks (at least one, about bufsz bytes). 1 loaded, 0 none
 * left, or -code. */
static int load_blocks(struct foi_result_reader *rd)
{
    const struct foi_result *r = &rd->r;
    if (rd->next_blk >= r->nblk)
        return 0;
    uint32_t b0 = rd->next_blk, b1 = b0;
    uint64_t o0, e0, o, e;
    foi_result_block_span(r, b0, &o0, &e0);
    e = e0;
    while (b1 + 1 < r->nblk) {
        foi_result_block_span(r, b1 + 1, &o, &e);
        if (e - o0 > rd->bufsz)
            break;
        b1++;
    }
    foi_result_block_span(r, b1, &o, &e);
    size_t n = (size_t)(e - o0);
    uint64_t at = foi_result_rec_off(r) + o0;
    if (rd->in.mem) {
        rd->cur = rd->in.mem + at;
    } else {
        if (n + 1 > rd->balloc) {
            char *p = foi_realloc(rd->buf, n + 1);
            if (!p)
                return -FOI_ENOMEM;
            rd->buf = p;
            rd->balloc = n + 1;
        }
        if (foi_pread_all(rd->in.fd, rd->buf, n, rd->in.off + at))
            return -FOI_ECORRUPT;
        rd->cur = rd->buf;
    }
    if (rd->verify) {
        for (uint32_t b = b0; b <= b1; b++) {
            foi_result_block_span(r, b, &o, &e);
            if (!foi_result_block_ok(r, b, rd->cur + (o - o0), (size_t)(e - o)))
                return -FOI_ECORRUPT;
        }
    }
    rd->pos = 0;
    rd->len = n;
    rd->next_blk = b1 + 1;
    return 1;
}

int foi_result_reader_next(struct foi_result_reader *rd, struct foi_record *rec)
{
    if (rd->nread >= rd->r.nrec)
        return 0;
    if (rd->pos >= rd->len) {
        uint32_t b0 = rd->next_blk;
        int rc = load_blocks(rd);
        if (rc <= 0)
            return rc < 0 ? rc : -FOI_ECORRUPT;   /* records promised, none left */
        /* the loaded blocks start with the record the block table says */
        if (rd->r.blk[b0].first != rd->nread)
            return -FOI_ECORRUPT;
    }
    size_t used;
    if (foi_result_record(&rd->r, rd->cur + rd->pos, rd->len - rd->pos, rec, &used, rd->refs))
        return -FOI_ECORRUPT;
    rd->pos += used;
    rd->nread++;
    /* the last record must end the records section exactly */
    if (rd->nread == rd->r.nrec && (rd->pos != rd->len || rd->next_blk != rd->r.nblk))
        return -FOI_ECORRUPT;
    return 1;
}

int foi_result_reader_seek(struct foi_result_reader *rd, uint32_t k, struct foi_record *rec)
{
    const struct foi_result *r = &rd->r;
    if (k >= r->nrec)
        return -FOI_ECORRUPT;
    uint32_t lo = 0, hi = r->nblk;
    while (hi - lo > 1) {
        uint32_t m = lo + (hi - lo) / 2;
        if (r->blk[m].first <= k)
            lo = m;
        else
            hi = m;
    }
    if (!rd->seek_loaded || rd->seek_b != lo) {
        uint64_t o, e;
        foi_result_block_span(r, lo, &o, &e);
        size_t n = (size_t)(e - o);
        uint64_t at = foi_result_rec_off(r) + o;
        const char *p;
        if (rd->in.mem) {
            p = rd->in.mem + at;
        } else {
            if (n + 1 > rd->salloc) {
                char *b = foi_realloc(rd->sbuf, n + 1);
                if (!b)
                    return -FOI_ENOMEM;
                rd->sbuf = b;
                rd->salloc = n + 1;
            }
            if (foi_pread_all(rd->in.fd, rd->sbuf, n, rd->in.off + at))
                return -FOI_ECORRUPT;
            p = rd->sbuf;
        }
        if (!foi_result_block_ok(r, lo, p, n))
            return -FOI_ECORRUPT;
        if (rd->in.mem) {
            /* decode straight from the result in memory */
            foi_free(rd->sbuf);
            rd->sbuf = NULL;
            rd->salloc = 0;
        }
        rd->seek_loaded = 1;
        rd->seek_b = lo;
        rd->seek_len = n;
        rd->seek_pos = 0;
        rd->seek_rec = r->blk[lo].first;
    }
    const char *base = rd->in.mem ? rd->in.mem + foi_result_rec_off(r) + r->blk[lo].off : rd->sbuf;
    if (rd->seek_rec > k) {
        rd->seek_pos = 0;
        rd->seek_rec = r->blk[lo].first;
    }
    while (rd->seek_rec <= k) {
        size_t used;
        if (rd->seek_pos >= rd->seek_len ||
            foi_result_record(r, base + rd->seek_pos, rd->seek_len - rd->seek_pos, rec, &used, NULL))
            return -FOI_ECORRUPT;
        rd->seek_pos += used;
        rd->seek_rec++;
    }
    return 1;
}

int foi_result_reader_issues(struct foi_result_reader *rd, int (*fn)(void *ctx, const struct foi_issue *is),
                             void *ctx)
{
    const struct foi_result *r = &rd->r;
    if (!r->niss)
        return 0;
    uint64_t at = foi_result_rec_off(r) + r->rec_len;
    char *own = NULL;
    const char *p;
    if (rd->in.mem) {
        p = rd->in.mem + at;
    } else {
        own = foi_malloc((size_t)r->iss_len + 1);
        if (!own)
            return FOI_ENOMEM;
        if (foi_pread_all(rd->in.fd, own, (size_t)r->iss_len, rd->in.off + at)) {
            foi_free(own);
            return FOI_ECORRUPT;
        }
        p = own;
    }
    int rc = foi_result_issues_ok(r, p) ? 0 : FOI_ECORRUPT;
    size_t off = 0;
    for (uint32_t i = 0; i < r->niss && !rc; i++) {
        struct foi_issue is;
        size_t used;
        if (foi_result_issue(r, p + off, (size_t)(r->iss_len - off), &is, &used)) {
            rc = FOI_ECORRUPT;
            break;
        }
        off += used;
        rc = fn(ctx, &is);
    }
    if (!rc && off != r->iss_len)
        rc = FOI_ECORRUPT;
    foi_free(own);
    return rc;
}

/* ------------------------------------------------------------ ranks */
/* Every distinct string of every result's table, then its rank in strcmp
 * order. */
struct dict {
    struct foi_arena a;
    const char **str;            /* by id */
    uint32_t *rank;              /* by id */
    size_t n, alloc;
    uint32_t *slot;              /* id + 1 */
    size_t mask;
};

/* What the dictionary holds: its strings, ranks and table. */
static size_t dict_size(const struct dict *d)
{
    return d->a.used_total + d->alloc * (sizeof(char *) + 4) + (d->mask + 1) * 4;
}

static int dict_grow(struct dict *d)
{
    size_t ns = d->mask ? (d->mask + 1) * 2 : 4096;
    uint32_t *s = foi_calloc(ns, sizeof *s);
    if (!s)
        return FOI_ENOMEM;
    for (size_t i = 0; i < d->n; i++) {
        size_t h = (size_t)foi_hash(d->str[i], strlen(d->str[i])) & (ns - 1);
        while (s[h])
            h = (h + 1) & (ns - 1);
        s[h] = (uint32_t)i + 1;
    }
    foi_free(d->slot);
    d->slot = s;
    d->mask = ns - 1;
    return 0;
}

/* The id of s; *id set. add: insert when missing. 0, 1 not found, or FOI_ENOMEM. */
static int dict_id(struct dict *d, const char *s, int add, uint32_t *id)
{
    if (add && (d->n + 1) * 2 > d->mask && dict_grow(d))
        return FOI_ENOMEM;
    if (!d->mask)
        return 1;
    size_t len = strlen(s);
    size_t h = (size_t)foi_hash(s, len) & d->mask;
    while (d->slot[h]) {
        uint32_t k = d->slot[h] - 1;
        if (!strcmp(d->str[k], s)) {
            *id = k;
            return 0;
        }
        h = (h + 1) & d->mask;
    }
    if (!add)
        return 1;
    if (d->n >= 0xFFFFFFF0u || foi_grow((void **)&d->str, &d->alloc, d->n, sizeof *d->str))
        return FOI_ENOMEM;
    const char *c = foi_arena_strndup(&d->a, s, len);
    if (!c)
        return FOI_ENOMEM;
    d->str[d->n] = c;
    d->slot[h] = (uint32_t)d->n + 1;
    *id = (uint32_t)d->n++;
    return 0;
}

static const struct dict *sort_dict;
static int by_string(const void *x, const void *y)
{
    return strcmp(sort_dict->str[*(const uint32_t *)x], sort_dict->str[*(const uint32_t *)y]);
}

static int dict_rank(struct dict *d)
{
    uint32_t *ord = foi_malloc((d->n + 1) * sizeof *ord);
    d->rank = foi_malloc((d->n + 1) * sizeof *d->rank);
    if (!ord || !d->rank) {
        foi_free(ord);
        return FOI_ENOMEM;
    }
    for (size_t i = 0; i < d->n; i++)
        ord[i] = (uint32_t)i;
    sort_dict = d;
    qsort(ord, d->n, sizeof *ord, by_string);
    for (size_t i = 0; i < d->n; i++)
        d->rank[ord[i]] = (uint32_t)i;
    foi_free(ord);
    return 0;
}

static void dict_release(struct dict *d)
{
    foi_free(d->str);
    foi_free(d->rank);
    foi_free(d->slot);
    foi_arena_release(&d->a);
}

/* ------------------------------------------------------------ temporary runs */
/* A temporary run: records already in global order with their key, source,
 * rank and every string inline. Only ever read back by this build. */
struct run_writer {
    int fd;
    struct foi_buf b;
    uint64_t off;
    int err;
};

static void rw_flush(struct run_writer *w)
{
    size_t done = 0;
    while (!w->err && done < w->b.len) {
        ssize_t r = write(w->fd, w->b.data + done, w->b.len - done);
        if (r < 0) {
            if (errno != EINTR)
                w->err = errno;
            continue;
        }
        done += (size_t)r;
    }
    w->off += w->b.len;
    foi_buf_reset(&w->b);
}

static int add_u32(struct foi_buf *b, uint32_t v)
{
    unsigned char t[4];
    foi_put_le32(t, v);
    return foi_buf_add(b, t, 4);
}

static int add_str(struct foi_buf *b, const char *s)
{
    if (!s)
        s = "";
    size_t n = strlen(s);
    int rc = add_u32(b, (uint32_t)n);
    return rc ? rc : foi_buf_add(b, s, n + 1);
}

enum { NFLAT_STR = 20 };

static void flat_strings(const struct foi_record *r, const char *v[NFLAT_STR])
{
    const char *w[NFLAT_STR] = { r->force_id, r->force_name, r->period_label, r->category, r->category_raw,
                                 r->measure, r->subject, r->outcome, r->outcome_raw, r->request_ref,
                                 r->date_basis, r->note, r->period_start, r->period_end, r->v.exemption,
                                 r->source_file, r->source_sha256, r->parser, r->locator, r->raw_text };
    memcpy(v, w, sizeof w);
}

static int flat_write(struct run_writer *w, const uint32_t *key, uint32_t rank, const struct foi_record *r)
{
    int rc = 0;
    for (int k = 0; k < NKEY && !rc; k++)
        rc = add_u32(&w->b, key[k]);
    if (!rc) rc = add_u32(&w->b, rank);
    const char *v[NFLAT_STR];
    flat_strings(r, v);
    for (int k = 0; k < NFLAT_STR && !rc; k++)
        rc = add_str(&w->b, v[k]);
    unsigned char f[34];
    f[0] = (unsigned char)r->v.status;
    f[1] = (unsigned char)((r->v.has_value ? 1 : 0) | (r->v.has_min ? 2 : 0) | (r->v.has_max ? 4 : 0) |
                           (r->v.marker ? 8 : 0));
    memcpy(f + 2, &r->confidence, 8);
    memcpy(f + 10, &r->v.value, 8);
    memcpy(f + 18, &r->v.min, 8);
    memcpy(f + 26, &r->v.max, 8);
    if (!rc) rc = foi_buf_add(&w->b, f, sizeof f);
    if (!rc && w->b.len >= 1 << 16)
        rw_flush(w);
    return rc;
}

struct flat_reader {
    int fd;
    uint64_t off, end;
    char *buf;
    size_t bufsz, alloc, pos, len;
};

/* Bytes [pos, pos + n) of the run in the buffer (refilling it). 0 or -1. */
static int fr_need(struct flat_reader *fr, size_t n)
{
    if (fr->len - fr->pos >= n)
        return 0;
    size_t keep = fr->len - fr->pos;
    size_t want = n > fr->bufsz ? n : fr->bufsz;
    if (foi_rbuf_room(&fr->buf, &fr->alloc, &fr->pos, &fr->len, want))
        return -1;
    uint64_t left = fr->end - fr->off;
    size_t k = want - keep;
    if (k > left)
        k = (size_t)left;
    if (k && foi_pread_all(fr->fd, fr->buf + keep, k, fr->off))
        return -1;
    fr->off += k;
    fr->len += k;
    return fr->len >= n ? 0 : -1;
}

/* Decode the next flat record (strings point into the buffer). 1, 0 at
 * the end, -1 error. The buffer must not move while a record is in use:
 * all of a record is brought in before any pointer is taken. */
static int flat_next(struct flat_reader *fr, uint32_t *key, uint32_t *rank, struct foi_record *r)
{
    if (fr->pos >= fr->len && fr->off >= fr->end)
        return 0;
    /* first pass: the record's length */
    size_t need = (NKEY + 1) * 4;
    if (fr_need(fr, need))
        return -1;
    for (int k = 0; k < NFLAT_STR; k++) {
        if (fr_need(fr, need + 4))
            return -1;
        size_t n = foi_le32((const unsigned char *)fr->buf + fr->pos + need);
        need += 4 + n + 1;
    }
    need += 34;
    if (fr_need(fr, need))
        return -1;
    const unsigned char *p = (const unsigned char *)fr->buf + fr->pos;
    for (int k = 0; k < NKEY; k++)
        key[k] = foi_le32(p + 4 * k);
    *rank = foi_le32(p + 4 * NKEY);
    p += (NKEY + 1) * 4;
    const char *v[NFLAT_STR];
    for (int k = 0; k < NFLAT_STR; k++) {
        size_t n = foi_le32(p);
        v[k] = (const char *)p + 4;
        p += 4 + n + 1;
    }
    memset(r, 0, sizeof *r);
    r->force_id = v[0]; r->force_name = v[1]; r->period_label = v[2]; r->category = v[3];
    r->category_raw = v[4]; r->measure = v[5]; r->subject = v[6]; r->outcome = v[7]; r->outcome_raw = v[8];
    r->request_ref = v[9]; r->date_basis = v[10]; r->note = v[11];
    foi_strlcpy(r->period_start, sizeof r->period_start, v[12]);
    foi_strlcpy(r->period_end, sizeof r->period_end, v[13]);
    foi_strlcpy(r->v.exemption, sizeof r->v.exemption, v[14]);
    r->source_file = v[15]; r->source_sha256 = v[16]; r->parser = v[17]; r->locator = v[18]; r->raw_text = v[19];
    r->v.status = (enum foi_vstatus)p[0];
    r->v.has_value = p[1] & 1;
    r->v.has_min = (p[1] >> 1) & 1;
    r->v.has_max = (p[1] >> 2) & 1;
    r->v.marker = (p[1] >> 3) & 1;
    memcpy(&r->confidence, p + 2, 8);
    memcpy(&r->v.value, p + 10, 8);
    memcpy(&r->v.min, p + 18, 8);
    memcpy(&r->v.max, p + 26, 8);
    fr->pos += need;
    return 1;
}

/* ------------------------------------------------------------ the merge */
struct src_cur {
    struct foi_result_reader *rd;   /* a result, or */
    struct flat_reader *fr;         /* a temporary run */
    uint32_t key[NKEY];
    uint32_t rank;
    uint32_t source;
    struct foi_record rec;
    uint32_t *ranks;                /* rd: rank of each string of its table */
};

static int key_cmp(const uint32_t *a, const uint32_t *b)
{
    for (int i = 0; i < NKEY; i++)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return 0;
}

/* Advance cursor c: 1 a record, 0 done, -code. */
static int cur_next(struct src_cur *c)
{
    if (c->fr) {
        int rc = flat_next(c->fr, c->key, &c->rank, &c->rec);
        if (rc > 0)
            c->source = c->key[NKEY - 1];
        return rc < 0 ? -FOI_EIO : rc;
    }
    uint32_t idx = c->rd->nread;
    int rc = foi_result_reader_next(c->rd, &c->rec);
    if (rc <= 0)
        return rc;
    for (int k = 0; k < 7; k++)
        c->key[k] = c->ranks[c->rd->refs[key_ref[k]]];
    c->key[NKEY - 1] = c->source;
    c->rank = idx;
    return 1;
}

static void cur_close(struct src_cur *c)
{
    foi_result_reader_close(c->rd);
    if (c->fr) {
        foi_free(c->fr->buf);
        foi_free(c->fr);
    }
    foi_free(c->ranks);
    memset(c, 0, sizeof *c);
}

static void sift_down(struct src_cur **h, size_t n, size_t i)
{
    for (;;) {
        size_t l = 2 * i + 1, m = i;
        if (l < n && key_cmp(h[l]->key, h[m]->key) < 0)
            m = l;
        if (l + 1 < n && key_cmp(h[l + 1]->key, h[m]->key) < 0)
            m = l + 1;
        if (m == i)
            return;
        struct src_cur *t = h[i];
        h[i] = h[m];
        h[m] = t;
        i = m;
    }
}

/* An input's cost in memory while it is being merged. */
/* What an open input holds besides its read buffer: its strings' pointers
 * and ranks, its block table, its source table (the head itself is let go). */
static size_t input_cost(const struct foi_result *r, size_t bufsz)
{
    return (size_t)r->nstr * (sizeof(char *) + 4) + (size_t)r->nblk * sizeof(struct foi_result_block) +
           (size_t)r->nsrc * 48 + bufsz + sizeof(struct src_cur) + sizeof(struct foi_result_reader) + 64;
}

struct emit_ctx {
    foi_merge_fn fn;
    void *ctx;
    struct run_writer *w;   /* when writing a temporary run */
};

/* Merge cursors cs[0..n) into ec. 0 or a code (err set). */
static int heap_merge(struct src_cur *cs, size_t n, struct emit_ctx *ec, uint32_t *bad, struct foi_err *err)
{
    struct src_cur **h = foi_malloc((n ? n : 1) * sizeof *h);
    if (!h)
        return foi_errf(err, FOI_ENOMEM, "", "out of memory merging");
    size_t nh = 0;
    int rc = 0;
    for (size_t i = 0; i < n && !rc; i++) {
        int r = cur_next(&cs[i]);
        if (r < 0) {
            *bad = cs[i].source;
            rc = -r;
        } else if (r > 0) {
            h[nh++] = &cs[i];
        }
    }
    for (size_t i = nh; i-- > 0;)
        sift_down(h, nh, i);
    while (nh && !rc) {
        struct src_cur *c = h[0];
        if (ec->w) {
            rc = flat_write(ec->w, c->key, c->rank, &c->rec);
            if (!rc && ec->w->err)
                rc = FOI_EIO;
        } else {
            struct foi_merge_pos pos = { c->source, c->rank };
            rc = ec->fn(ec->ctx, &c->rec, &pos);
        }
        if (rc)
            break;
        int r = cur_next(c);
        if (r < 0) {
            *bad = c->source;
            rc = -r;
            break;
        }
        if (r == 0)
            h[0] = h[--nh];
        sift_down(h, nh, 0);
    }
    foi_free(h);
    if (rc == FOI_ECORRUPT)
        foi_errf(err, rc, "", "a result in the rebuild cache does not read back (source %u)", *bad);
    else if (rc == FOI_EIO)
        foi_errf(err, rc, "", "cannot read or write a temporary run of the merge");
    else if (rc == FOI_ENOMEM)
        foi_errf(err, rc, "", "out of memory merging");
    return rc;
}

/* A result cursor with ranks from d. */
static int open_result(struct src_cur *c, const struct foi_merge_input *in, const struct dict *d, size_t bufsz,
                       int verify, struct foi_err *err)
{
    memset(c, 0, sizeof *c);
    c->source = in->source;
    int rc = foi_result_reader_open(&c->rd, in, bufsz, verify, err);
    if (rc)
        return rc;
    const struct foi_result *r = &c->rd->r;
    c->ranks = foi_malloc(((size_t)r->nstr + 1) * sizeof *c->ranks);
    if (!c->ranks)
        return foi_errf(err, FOI_ENOMEM, "", "out of memory merging");
    const char **strs = foi_malloc(((size_t)r->nstr + 1) * sizeof *strs);
    if (!strs)
        return foi_errf(err, FOI_ENOMEM, "", "out of memory merging");
    for (uint32_t i = 0; i < r->nstr; i++) {
        uint32_t id = 0;
        if (dict_id((struct dict *)d, r->str[i], 0, &id)) {
            foi_free(strs);
            return foi_errf(err, FOI_ECORRUPT, "", "a result changed while it was merged");
        }
        c->ranks[i] = d->rank[id];
        strs[i] = d->str[id];
    }
    /* the head is not needed to merge: its strings are the dictionary's */
    rc = foi_result_reader_shed(c->rd, strs);
    foi_free(strs);
    return rc ? foi_errf(err, rc, "", "out of memory merging") : 0;
}

static int tmp_run(const char *dir, struct foi_err *err)
{
    const char *tmpdir = getenv("TMPDIR");
    const char *dirs[3] = { dir, tmpdir && *tmpdir ? tmpdir : NULL, "/tmp" };
    for (int i = 0; i < 3; i++) {
        if (!dirs[i])
            continue;
        char path[4200];
        snprintf(path, sizeof path, "%s/.foi-merge-XXXXXX", dirs[i]);
        int fd = mkstemp(path);
        if (fd >= 0) {
            unlink(path);
            fcntl(fd, F_SETFD, FD_CLOEXEC);
            return fd;
        }
    }
    return -foi_errf(err, FOI_EIO, "", "cannot create a temporary run of the merge: %s", strerror(errno));
}

struct tmprun {
    int fd;
    uint64_t len;
};

int foi_merge(const struct foi_merge_input *inputs, size_t n, struct foi_merge_opts *opts, foi_merge_fn fn,
              void *ctx, struct foi_err *err)
{
    size_t budget = opts->budget ? opts->budget : (size_t)64 << 20;
    opts->passes = 0;
    struct dict d;
    memset(&d, 0, sizeof d);
    foi_arena_init(&d.a, 0);
    size_t *cost = foi_malloc((n + 1) * sizeof *cost);
    struct src_cur *cs = foi_calloc(n + 1, sizeof *cs);
    struct tmprun *runs = NULL;
    size_t nruns = 0, aruns = 0;
    int rc = 0;
    if (!cost || !cs) {
        rc = foi_errf(err, FOI_ENOMEM, "", "out of memory merging");
        goto out;
    }
    /* every string of every table, ranked; and what each input costs held open */
    size_t bufsz = 16384, total = 0;
    for (size_t i = 0; i < n && !rc; i++) {
        struct foi_result_reader *rd;
        if ((rc = foi_result_reader_open(&rd, &inputs[i], bufsz, 0, err))) {
            opts->bad_input = inputs[i].source;
            break;
        }
        for (uint32_t k = 0; k < rd->r.nstr && !rc; k++) {
            uint32_t id;
            if (dict_id(&d, rd->r.str[k], 1, &id))
                rc = foi_errf(err, FOI_ENOMEM, "", "out of memory merging");
        }
        cost[i] = input_cost(&rd->r, 0);
        total += cost[i];
        foi_result_reader_close(rd);
    }
    if (!rc && dict_rank(&d))
        rc = foi_errf(err, FOI_ENOMEM, "", "out of memory merging");
    if (rc)
        goto out;
    total += dict_size(&d);
    opts->need = total;
    /* read buffers: what the budget leaves, shared out; when the tables
     * alone do not fit, or the buffers would be tiny, merge in groups */
    size_t left = budget > total ? budget - total : 0;
    size_t per = n ? left / n : left;
    int fits = per >= 4096;
    if (fits)
        bufsz = per > 65536 ? 65536 : per;
    else
        bufsz = 4096;
    if (fits) {
        opts->passes = 1;
        for (size_t i = 0; i < n && !rc; i++)
            if ((rc = open_result(&cs[i], &inputs[i], &d, bufsz, opts->verify, err)))
                opts->bad_input = inputs[i].source;
        if (!rc) {
            struct emit_ctx ec = { fn, ctx, NULL };
            rc = heap_merge(cs, n, &ec, &opts->bad_input, err);
        }
        goto out;
    }
    /* pass 1: consecutive groups of results that fit, each into a temporary run */
    for (size_t i = 0; i < n && !rc;) {
        size_t j = i, used = 0;
        while (j < n && (j - i < 2 || used + cost[j] + 4096 <= budget)) {
            used += cost[j] + 4096;
            j++;
        }
        for (size_t k = i; k < j && !rc; k++)
            if ((rc = open_result(&cs[k], &inputs[k], &d, 4096, opts->verify, err)))
                opts->bad_input = inputs[k].source;
        struct run_writer w;
        memset(&w, 0, sizeof w);
        foi_buf_init(&w.b, 0);
        w.fd = rc ? -1 : tmp_run(opts->tmp_dir, err);
        if (!rc && w.fd < 0)
            rc = -w.fd;
        if (!rc) {
            struct emit_ctx ec = { NULL, NULL, &w };
            rc = heap_merge(cs + i, j - i, &ec, &opts->bad_input, err);
            rw_flush(&w);
            if (!rc && w.err)
                rc = foi_errf(err, FOI_EIO, "", "cannot write a temporary run: %s", strerror(w.err));
        }
        foi_buf_release(&w.b);
        for (size_t k = i; k < j; k++)
            cur_close(&cs[k]);
        if (!rc && foi_grow((void **)&runs, &aruns, nruns, sizeof *runs))
            rc = foi_errf(err, FOI_ENOMEM, "", "out of memory merging");
        if (rc) {
            if (w.fd >= 0)
                close(w.fd);
            break;
        }
        runs[nruns].fd = w.fd;
        runs[nruns].len = w.off;
        nruns++;
        i = j;
    }
    opts->passes = 1;
    /* then runs into fewer runs until they fit, and the last pass into fn */
    size_t fan = budget / (4096 + 512);
    if (fan < 2)
        fan = 2;
    while (!rc) {
        int last = nruns <= fan;
        struct tmprun *next = NULL;
        size_t nnext = 0, anext = 0;
        for (size_t i = 0; i < nruns && !rc;) {
            size_t j = last ? nruns : (i + fan < nruns ? i + fan : nruns);
            struct src_cur *rc_cs = foi_calloc(j - i + 1, sizeof *rc_cs);
            if (!rc_cs) {
                rc = foi_errf(err, FOI_ENOMEM, "", "out of memory merging");
                break;
            }
            for (size_t k = i; k < j && !rc; k++) {
                struct flat_reader *fr = foi_calloc(1, sizeof *fr);
                if (!fr) {
                    rc = foi_errf(err, FOI_ENOMEM, "", "out of memory merging");
                    break;
                }
                fr->fd = runs[k].fd;
                fr->end = runs[k].len;
                fr->bufsz = 4096;
                rc_cs[k - i].fr = fr;
            }
            struct run_writer w;
            memset(&w, 0, sizeof w);
            foi_buf_init(&w.b, 0);
            w.fd = -1;
            if (!rc && !last) {
                w.fd = tmp_run(opts->tmp_dir, err);
                if (w.fd < 0)
                    rc = -w.fd;
            }
            if (!rc) {
                struct emit_ctx ec = { fn, ctx, last ? NULL : &w };
                rc = heap_merge(rc_cs, j - i, &ec, &opts->bad_input, err);
                if (!last) {
                    rw_flush(&w);
                    if (!rc && w.err)
                        rc = foi_errf(err, FOI_EIO, "", "cannot write a temporary run: %s", strerror(w.err));
                }
            }
            foi_buf_release(&w.b);
            for (size_t k = 0; k < j - i; k++)
                cur_close(&rc_cs[k]);
            foi_free(rc_cs);
            for (size_t k = i; k < j; k++) {
                close(runs[k].fd);
                runs[k].fd = -1;
            }
            if (!rc && !last) {
                if (foi_grow((void **)&next, &anext, nnext, sizeof *next)) {
                    rc = foi_errf(err, FOI_ENOMEM, "", "out of memory merging");
                    close(w.fd);
                } else {
                    next[nnext].fd = w.fd;
                    next[nnext].len = w.off;
                    nnext++;
                }
            } else if (w.fd >= 0 && rc) {
                close(w.fd);
            }
            i = j;
        }
        opts->passes++;
        for (size_t k = 0; k < nruns; k++)
            if (runs[k].fd >= 0)
                close(runs[k].fd);
        foi_free(runs);
        runs = next;
        nruns = nnext;
        aruns = anext;
        if (last)
            break;
    }
out:
    for (size_t i = 0; cs && i < n; i++)
        cur_close(&cs[i]);
    for (size_t k = 0; k < nruns; k++)
        if (runs[k].fd >= 0)
            close(runs[k].fd);
    foi_free(runs);
    foi_free(cs);
    foi_free(cost);
    dict_release(&d);
    return rc;
}
