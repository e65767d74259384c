/* splice.c: an incremental build's outputs. When a few files were added,
 * changed or removed since the build whose outputs and state (state.h) are
 * in OUT_DIR, the outputs are updated instead of written again from every
 * record:
 *
 *   records.csv, records.ndjson  the unchanged rows copied from the previous
 *       files as byte ranges (copy_file_range), the changed files' rows taken
 *       out and the new ones put in their places (found by binary search
 *       among the previous rows, read back from the cache);
 *   foi.sqlite  updated in place in one transaction: the changed files'
 *       records and issues deleted by rowid and the new ones inserted;
 *   duplicates and conflicts  worked out again for the figures the changed
 *       files give, the others kept;
 *   comparable table  its rows before sums worked out again where the
 *       changed files count, then sums, rates and funnels from those rows;
 *   the rest (issues, sources, report)  written again from what each file
 *       says about itself and the above: nothing reads every figure.
 *
 * The result is what a clean build writes (byte for byte; foi.sqlite in
 * content). When anything does not add up (a previous result missing, a
 * damaged state, too many changes to be worth it), nothing is touched and
 * the build writes everything instead. */
#define _GNU_SOURCE   /* copy_file_range */
#include "outputs.h"
#include "../export/export.h"
#include "diff.h"
#include "serial.h"
#include "sqlout.h"
#include "stamp.h"
#include "../analyze/reconcile.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>


/* ------------------------------------------------------------ previous rows */
/* The previous build's rows, read back one at a time: .foi-rows gives the
 * source and rank of row i, the source's result (still in the cache) the
 * record. Results are opened on demand, a bounded number at a time. */
struct oldrows {
    struct foi_run *run;
    const struct foi_state *old;
    int fd;                          /* .foi-rows */
    uint64_t n;
    struct foi_merge_input *in;      /* per previous source: where its result is */
    struct foi_result_reader **rd;   /* open readers */
    uint64_t *used;                  /* when each was last used */
    uint64_t clock;
    size_t open, max_open;
    struct foi_err *err;
};

static int row_entry(struct oldrows *o, uint64_t i, struct foi_state_row *e)
{
    unsigned char t[16];
    if (i >= o->n || pread(o->fd, t, 16, (off_t)(FOI_STATE_ROWS_HDR + 16 * i)) != 16)
        return FOI_ECORRUPT;
    e->source = foi_le32(t);
    e->rank = foi_le32(t + 4);
    e->csv_len = foi_le32(t + 8);
    e->nd_len = foi_le32(t + 12);
    if (e->source >= o->old->nsrc || e->rank >= o->old->src[e->source].nrec)
        return FOI_ECORRUPT;
    return 0;
}

static struct foi_result_reader *reader_of(struct oldrows *o, uint32_t s)
{
    if (!o->rd[s]) {
        if (o->open >= o->max_open) {
            /* close the least recently used */
            size_t lru = (size_t)-1;
            for (size_t k = 0; k < o->old->nsrc; k++)
                if (o->rd[k] && (lru == (size_t)-1 || o->used[k] < o->used[lru]))
                    lru = k;
            foi_result_reader_close(o->rd[lru]);
            o->rd[lru] = NULL;
            o->open--;
        }
        if (foi_result_reader_open(&o->rd[s], &o->in[s], 4096, 1, o->err))
            return NULL;
        o->open++;
    }
    o->used[s] = ++o->clock;
    return o->rd[s];
}

/* Previous row i's record (valid until the next call for its source) and
 * its entry. 0 or an error code. */
static int row_record(struct oldrows *o, uint64_t i, struct foi_record *r, struct foi_state_row *e)
{
    int rc = row_entry(o, i, e);
    if (rc)
        return rc;
    struct foi_result_reader *rd = reader_of(o, e->source);
    if (!rd)
        return FOI_ECORRUPT;
    int k = foi_result_reader_seek(rd, e->rank, r);
    return k > 0 ? 0 : -k;
}

static void oldrows_end(struct oldrows *o)
{
    for (size_t k = 0; o->rd && k < o->old->nsrc; k++)
        foi_result_reader_close(o->rd[k]);
    foi_free(o->rd);
    foi_free(o->used);
    foi_free(o->in);
    if (o->fd >= 0)
        close(o->fd);
}

/* ------------------------------------------------------------ orders */
static const char *nz(const char *s) { return s ? s : ""; }

/* Compare the first nf of force, period start, period end, category,
 * measure, subject, outcome. */
static int cmp_fields(const struct foi_record *a, const struct foi_record *b, int nf)
{
    const char *x[7] = { nz(a->force_id), a->period_start, a->period_end, nz(a->category), nz(a->measure),
                         nz(a->subject), nz(a->outcome) };
    const char *y[7] = { nz(b->force_id), b->period_start, b->period_end, nz(b->category), nz(b->measure),
                         nz(b->subject), nz(b->outcome) };
    for (int i = 0; i < nf; i++) {
        int c = strcmp(x[i], y[i]);
        if (c)
            return c;
    }
    return 0;
}

/* SPEC order between rows of two different files: the figure, then the file. */
static int cmp_key(const struct foi_record *a, const struct foi_record *b)
{
    int c = cmp_fields(a, b, 7);
    return c ? c : strcmp(nz(a->source_file), nz(b->source_file));
}

/* The first previous row at or after from whose key (nf fields, and the
 * file when withfile) is not less than x's: galloping, then halving. */
static int lower_bound(struct oldrows *o, uint64_t from, const struct foi_record *x, int nf, int withfile,
                       uint64_t *at)
{
    uint64_t lo = from, step = 1, hi = from;
    struct foi_record r;
    struct foi_state_row e;
    int rc;
    /* gallop: rows [lo, hi) are all less */
    for (;;) {
        if (hi >= o->n) {
            hi = o->n;
            break;
        }
        if ((rc = row_record(o, hi, &r, &e)))
            return rc;
        int c = withfile ? cmp_key(&r, x) : cmp_fields(&r, x, nf);
        if (c >= 0)
            break;
        lo = hi + 1;
        hi += step;
        step *= 2;
    }
    while (lo < hi) {
        uint64_t m = lo + (hi - lo) / 2;
        if ((rc = row_record(o, m, &r, &e)))
            return rc;
        int c = withfile ? cmp_key(&r, x) : cmp_fields(&r, x, nf);
        if (c < 0)
            lo = m + 1;
        else
            hi = m;
    }
    *at = lo;
    return 0;
}

/* ------------------------------------------------------------ changed rows */
/* Records of some sources, merged in SPEC order, with their source and rank. */
struct rowset {
    struct foi_dataset ds;
    uint32_t *src, *rank;
    size_t alloc;
};

static int rowset_add(void *ctx, const struct foi_record *r, const struct foi_merge_pos *pos)
{
    struct rowset *s = ctx;
    if (s->ds.nrecords == s->alloc) {
        size_t na = s->alloc ? s->alloc * 2 : 256;
        uint32_t *a = foi_realloc(s->src, na * sizeof *a), *b = a ? foi_realloc(s->rank, na * sizeof *b) : NULL;
        if (a)
            s->src = a;
        if (!a || !b)
            return FOI_ENOMEM;
        s->rank = b;
        s->alloc = na;
    }
    s->src[s->ds.nrecords] = pos->source;
    s->rank[s->ds.nrecords] = pos->rank;
    return foi_dataset_add_record(&s->ds, r);
}

static void rowset_release(struct rowset *s)
{
    foi_dataset_release(&s->ds);
    foi_free(s->src);
    foi_free(s->rank);
}

static int load_rows(struct foi_merge_input *in, size_t n, size_t budget, const char *dir, struct rowset *s,
                     struct foi_err *err)
{
    foi_dataset_init(&s->ds);
    struct foi_merge_opts mo;
    memset(&mo, 0, sizeof mo);
    mo.budget = budget;
    mo.tmp_dir = dir;
    mo.verify = 1;
    return foi_merge(in, n, &mo, rowset_add, s, err);
}

/* ------------------------------------------------------------ tags */
struct tagset {
    unsigned char (*t)[16];
    size_t mask, n;
};

static int tag_has(const struct tagset *s, const unsigned char *tag)
{
    if (!s->mask)
        return 0;
    size_t h = (size_t)foi_le32(tag) & s->mask;
    static const unsigned char zero[16];
    while (memcmp(s->t[h], zero, 16)) {
        if (!memcmp(s->t[h], tag, 16))
            return 1;
        h = (h + 1) & s->mask;
    }
    return 0;
}

static int tag_add(struct tagset *s, const unsigned char *tag)
{
    static const unsigned char zero[16];
    if (!memcmp(tag, zero, 16) || tag_has(s, tag))
        return 0;
    if ((s->n + 1) * 2 > s->mask) {
        size_t ns = s->mask ? (s->mask + 1) * 2 : 1024;
        unsigned char (*t)[16] = foi_calloc(ns, 16);
        if (!t)
            return FOI_ENOMEM;
        for (size_t i = 0; s->mask && i <= s->mask; i++) {
            if (!memcmp(s->t[i], zero, 16))
                continue;
            size_t h = (size_t)foi_le32(s->t[i]) & (ns - 1);
            while (memcmp(t[h], zero, 16))
                h = (h + 1) & (ns - 1);
            memcpy(t[h], s->t[i], 16);
        }
        foi_free(s->t);
        s->t = t;
        s->mask = ns - 1;
    }
    size_t h = (size_t)foi_le32(tag) & s->mask;
    while (memcmp(s->t[h], zero, 16))
        h = (h + 1) & s->mask;
    memcpy(s->t[h], tag, 16);
    s->n++;
    return 0;
}

/* ------------------------------------------------------------ the extra issues */
/* The issues of no or several sources of an incremental build: the previous
 * ones of unchanged figures (with their rowids), the new ones of the
 * changed figures, and those of no source, merged. */
struct splice_extra {
    struct foi_run *run;
    struct foi_sumread *old;          /* .foi-xiss */
    const struct tagset *tags;        /* changed figures */
    int64_t *gone;                    /* rowids of the previous ones dropped */
    size_t ngone, agone;
    struct foi_issort *fresh;         /* new cross-file issues (sorted) */
    size_t wi;                        /* next of run->wide */
    /* the current one of each stream */
    struct foi_issue o, f;
    unsigned char otag[16];
    int64_t orow;
    int have_o, have_f, o_done, f_done;
    struct foi_arena oa;              /* the previous issue's strings */
    int bad;
};

/* The next previous issue that stays. 1, 0 at the end, -1 damaged, -2 no memory. */
static int old_next(struct splice_extra *x)
{
    for (;;) {
        if (foi_sumread_at_end(x->old))
            return foi_sumread_end(x->old) ? 0 : -1;
        foi_arena_release(&x->oa);
        foi_arena_init(&x->oa, 0);
        unsigned char sev;
        if (foi_sumread_get(x->old, &sev, 1) || foi_sumread_get(x->old, x->otag, 16) || sev > FOI_SEV_INFO)
            return -1;
        const char *s[4];
        for (int k = 0; k < 4; k++) {
            unsigned char t[4];
            if (foi_sumread_get(x->old, t, 4))
                return -1;
            uint32_t n = foi_le32(t);
            if (n > (1u << 24))
                return -1;
            char *p = foi_arena_alloc(&x->oa, (size_t)n + 1);
            if (!p)
                return -2;
            if (foi_sumread_get(x->old, p, (size_t)n + 1) || p[n])
                return -1;
            s[k] = p;
        }
        unsigned char rid[8];
        if (foi_sumread_get(x->old, rid, 8))
            return -1;
        int64_t row = 0;
        for (int i = 0; i < 8; i++)
            row |= (int64_t)((uint64_t)rid[i] << (8 * i));
        static const unsigned char zero[16];
        /* issues of no source are all made again; those of a changed figure too */
        if (!memcmp(x->otag, zero, 16) || tag_has(x->tags, x->otag)) {
            if (foi_grow((void **)&x->gone, &x->agone, x->ngone, sizeof *x->gone))
                return -2;
            x->gone[x->ngone++] = row;
            continue;
        }
        x->o.severity = (enum foi_severity)sev;
        x->o.code = s[0];
        x->o.source_file = s[1];
        x->o.locator = s[2];
        x->o.message = s[3];
        x->orow = row;
        return 1;
    }
}

static int splice_extra_next(void *ctx, struct foi_issue *is, const unsigned char **tag, int64_t *rowid)
{
    struct splice_extra *x = ctx;
    if (!x->have_o && !x->o_done) {
        int r = old_next(x);
        if (r < 0) {
            x->bad = 1;
            return r == -2 ? -FOI_ENOMEM : -FOI_ECORRUPT;
        }
        x->have_o = r;
        x->o_done = !r;
    }
    if (!x->have_f && !x->f_done) {
        int r = foi_issort_next(x->fresh, &x->f);
        if (r < 0)
            return r;
        x->have_f = r;
        x->f_done = !r;
    }
    const struct foi_dataset *w = &x->run->wide;
    const struct foi_issue *best = NULL;
    int which = 0;
    if (x->have_o) {
        best = &x->o;
        which = 1;
    }
    if (x->have_f && (!best || foi_issue_cmp(&x->f, best) < 0)) {
        best = &x->f;
        which = 2;
    }
    if (x->wi < w->nissues && (!best || foi_issue_cmp(&w->issues[x->wi], best) < 0)) {
        best = &w->issues[x->wi];
        which = 3;
    }
    if (!best)
        return 0;
    *is = *best;
    *rowid = 0;
    *tag = NULL;
    if (which == 1) {
        *tag = x->otag;
        *rowid = x->orow;
        x->have_o = 0;    /* its strings stay in oa until the next call */
    } else if (which == 2) {
        *tag = foi_issort_tag(x->fresh);
        x->have_f = 0;
    } else {
        x->wi++;
    }
    return 1;
}

/* ------------------------------------------------------------ the steps */
struct splice {
    struct foi_outs x;
    struct foi_run *run;
    const struct foi_state *old;
    struct foi_err *err;
    long *o2n;                       /* previous source -> this build's, -1: changed or gone */
    long *n2o;                       /* this build's -> previous, -1: added or changed */
    size_t *added;                   /* this build's sources whose rows are new */
    size_t nadded;
    size_t *gone;                    /* previous sources whose rows go */
    size_t ngone;
    struct oldrows rows;
    struct rowset A, D;              /* their records */
    uint64_t *ins;                   /* where each of A's rows goes among the previous rows */
    struct tagset tags;
    struct foi_sqlite *db;
    int64_t *rec_first, *iss_first;  /* the added sources' rowids */
    uint64_t csv_bytes, nd_bytes;
    unsigned char rows_digest[32];   /* of the new .foi-rows */
};

/* The previous result of previous source s: this build's when unchanged,
 * else still in the cache or replaced in this build. 0, or 1 when gone. */
static int old_result(struct splice *sp, size_t s, struct foi_merge_input *in)
{
    long n = sp->o2n[s];
    if (n >= 0) {
        foi_run_input(sp->run, (size_t)n, in);
        in->source = (uint32_t)s;
        return 0;
    }
    int r = foi_run_old_result(sp->run, &sp->old->src[s], in);
    in->source = (uint32_t)s;
    return r;
}

/* Which sources changed. 0, or 1 when this is no case for an update. */
static int classify(struct splice *sp)
{
    struct foi_run *run = sp->run;
    const struct foi_state *old = sp->old;
    sp->o2n = foi_malloc((old->nsrc + 1) * sizeof *sp->o2n);
    sp->n2o = foi_malloc((run->nsrc + 1) * sizeof *sp->n2o);
    sp->added = foi_malloc((run->nsrc + 1) * sizeof *sp->added);
    sp->gone = foi_malloc((old->nsrc + 1) * sizeof *sp->gone);
    if (!sp->o2n || !sp->n2o || !sp->added || !sp->gone)
        return FOI_ENOMEM;
    size_t i = 0, j = 0;
    uint64_t recs = 0;
    while (i < old->nsrc || j < run->nsrc) {
        int c = i >= old->nsrc ? 1 : j >= run->nsrc ? -1
                                                    : strcmp(old->src[i].row.source_file, run->src[j].row.source_file);
        if (c == 0) {
            const struct foi_src *s = &run->src[j];
            unsigned char h[32];
            foi_run_hsha(run, j, h);
            const char *key = s->job >= 0 ? run->jobs[s->job].key : s->row.source_file;
            if (!memcmp(h, old->src[i].hsha, 32) && !strcmp(key, old->src[i].key) && s->where == FOI_SRC_CACHE) {
                sp->o2n[i] = (long)j;
                sp->n2o[j] = (long)i;
            } else {
                sp->o2n[i] = -1;
                sp->n2o[j] = -1;
                sp->gone[sp->ngone++] = i;
                sp->added[sp->nadded++] = j;
                recs += old->src[i].nrec + s->nrec;
            }
            i++;
            j++;
        } else if (c < 0) {
            sp->o2n[i] = -1;
            sp->gone[sp->ngone++] = i;
            recs += old->src[i].nrec;
            i++;
        } else {
            sp->n2o[j] = -1;
            sp->added[sp->nadded++] = j;
            recs += run->src[j].nrec;
            j++;
        }
    }
    /* worth it only for a small change: the changed rows are held */
    uint64_t most = old->nrows / 4 + 1000;
    size_t budget = sp->x.budget;
    if (recs > most || recs * 512 > budget)
        return 1;
    return 0;
}

/* The previous rows and the changed files' rows. 0, 1 (no case), or code. */
static int load_changed(struct splice *sp)
{
    struct foi_run *run = sp->run;
    const struct foi_state *old = sp->old;
    struct oldrows *o = &sp->rows;
    memset(o, 0, sizeof *o);
    o->run = run;
    o->old = old;
    o->err = sp->err;
    o->fd = -1;
    o->max_open = sp->x.budget / (64 << 10) + 16;
    o->in = foi_calloc(old->nsrc + 1, sizeof *o->in);
    o->rd = foi_calloc(old->nsrc + 1, sizeof *o->rd);
    o->used = foi_calloc(old->nsrc + 1, sizeof *o->used);
    if (!o->in || !o->rd || !o->used)
        return FOI_ENOMEM;
    for (size_t s = 0; s < old->nsrc; s++)
        if (old->src[s].nrec && old_result(sp, s, &o->in[s]))
            return 1;   /* a previous result with rows is gone: no update possible */
    char path[4200];
    snprintf(path, sizeof path, "%s/.foi-rows", sp->x.dir);
    o->fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    unsigned char h[FOI_STATE_ROWS_HDR];
    if (o->fd < 0 || fstat(o->fd, &st) < 0 || pread(o->fd, h, sizeof h, 0) != (ssize_t)sizeof h ||
        memcmp(h, "FOIROWS1", 8))
        return 1;
    uint64_t n = 0;
    for (int k = 0; k < 8; k++)
        n |= (uint64_t)h[8 + k] << (8 * k);
    if (n != old->nrows || (uint64_t)st.st_size != FOI_STATE_ROWS_HDR + 16 * n)
        return 1;
    o->n = n;
    /* the changed files' rows: D the previous ones, A the new ones */
    struct foi_merge_input *in = foi_malloc((sp->ngone + sp->nadded + 1) * sizeof *in);
    if (!in)
        return FOI_ENOMEM;
    size_t k = 0;
    for (size_t g = 0; g < sp->ngone; g++)
        if (old->src[sp->gone[g]].nrec)
            in[k++] = o->in[sp->gone[g]];
    int rc = load_rows(in, k, sp->x.budget / 4, sp->x.dir, &sp->D, sp->err);
    k = 0;
    for (size_t a = 0; a < sp->nadded && !rc; a++)
        if (run->src[sp->added[a]].nrec)
            foi_run_input(run, sp->added[a], &in[k++]);
    if (!rc)
        rc = load_rows(in, k, sp->x.budget / 4, sp->x.dir, &sp->A, sp->err);
    foi_free(in);
    return rc == FOI_ECORRUPT ? 1 : rc;
}

/* records.csv, records.ndjson and .foi-rows: the previous rows of unchanged
 * files copied as byte ranges, the changed files' left out, the new ones
 * written where they go.
 *
 * Both records files are read and written past the page cache (O_DIRECT,
 * export/wfile.c says why): the previous file is read front to back in
 * aligned 1 MB windows, whatever ranges are kept (a window the page cache
 * holds already is taken from there: RWF_NOWAIT), and the new one goes out
 * through foi_wfile (whole aligned buffers, written by its thread while the
 * next window is read). A clean build writes
 * the records files the same way, so the previous ones are seldom in the
 * page cache: reading them through it would fill fresh pages for nothing.
 * Where the file system refuses direct I/O, the same reads and writes go
 * through the cache. */
#define SPLICE_BUF ((size_t)1 << 20)

struct din {
    int fd, direct;
    int cfd;          /* the same file through the cache, for what is there already; -1 */
    char *buf;
    uint64_t off;     /* the window: the previous file's bytes [off, off + len) */
    size_t len;
};

static int din_open(struct din *in, const char *path)
{
    in->off = 0;
    in->len = 0;
    in->buf = foi_malloc_aligned(FOI_DIRECT_ALIGN, SPLICE_BUF);
    in->cfd = -1;
    in->direct = foi_direct_allowed();
    in->fd = in->direct ? open(path, O_RDONLY | O_CLOEXEC | O_DIRECT) : -1;
    if (in->fd < 0) {
        in->direct = 0;
        in->fd = open(path, O_RDONLY | O_CLOEXEC);
    } else {
        in->cfd = open(path, O_RDONLY | O_CLOEXEC);
    }
    return in->fd >= 0 && in->buf ? 0 : -1;
}

/* What of the window at `at` the page cache holds already (a previous file
 * written through it, or read a moment ago), without waiting for the disk
 * (RWF_NOWAIT); 0 when nothing or not asked. */
static ssize_t din_cached(struct din *in, uint64_t at)
{
#ifdef RWF_NOWAIT
    if (in->cfd < 0)
        return 0;
    struct iovec v = { in->buf, SPLICE_BUF };
    ssize_t r;
    do
        r = preadv2(in->cfd, &v, 1, (off_t)at, RWF_NOWAIT);
    while (r < 0 && errno == EINTR);
    if (r < 0 && errno != EAGAIN) {
        close(in->cfd);   /* not supported here: the direct reads alone */
        in->cfd = -1;
    }
    return r > 0 ? r : 0;
#else
    (void)in;
    (void)at;
    return 0;
#endif
}

/* The window moved to the block holding byte off. 0, or FOI_ECORRUPT (the
 * file ends before it). */
static int din_fill(struct din *in, uint64_t off)
{
    uint64_t at = off - off % FOI_DIRECT_ALIGN;
    ssize_t got = din_cached(in, at);
    if (at + (uint64_t)got > off) {
        in->off = at;
        in->len = (size_t)got;
        return 0;
    }
    for (;;) {
        ssize_t r = pread(in->fd, in->buf, SPLICE_BUF, (off_t)at);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0 && errno == EINVAL && in->direct) {
            /* refused direct reads here: through the cache */
            if (foi_fd_direct(in->fd, 0) < 0)
                return FOI_ECORRUPT;
            in->direct = 0;
            continue;
        }
        if (r <= 0 || at + (uint64_t)r <= off)
            return FOI_ECORRUPT;
        in->off = at;
        in->len = (size_t)r;
        return 0;
    }
}

/* The previous file's bytes [off, off + n) appended to out. */
static int copy_range(struct din *in, uint64_t off, struct foi_wfile *out, uint64_t *at, uint64_t n)
{
    while (n) {
        if (off < in->off || off >= in->off + in->len) {
            int rc = din_fill(in, off);
            if (rc)
                return rc;
        }
        size_t have = (size_t)(in->off + in->len - off);
        size_t k = n < have ? (size_t)n : have;
        if (foi_wfile_write(out, in->buf + (off - in->off), k))
            return FOI_EIO;
        off += k;
        *at += k;
        n -= k;
    }
    return 0;
}

static void din_close(struct din *in)
{
    if (in->fd >= 0)
        close(in->fd);
    if (in->cfd >= 0)
        close(in->cfd);
    in->fd = in->cfd = -1;
    foi_free(in->buf);
    in->buf = NULL;
}

struct splicer {
    struct din csv_in, nd_in;
    struct foi_wfile *csv_out, *nd_out;
    int rows_out;
    uint64_t csv_at, nd_at;          /* where the next byte goes */
    uint64_t csv_from, nd_from;      /* pending range of previous bytes */
    uint64_t csv_to, nd_to;
    struct foi_buf rows, cbuf, nbuf;
    struct foi_ndjson *enc;
    struct foi_sha *sha;             /* of the new .foi-rows */
};

static int flush_pending(struct splicer *s)
{
    int rc = copy_range(&s->csv_in, s->csv_from, s->csv_out, &s->csv_at, s->csv_to - s->csv_from);
    if (!rc)
        rc = copy_range(&s->nd_in, s->nd_from, s->nd_out, &s->nd_at, s->nd_to - s->nd_from);
    s->csv_from = s->csv_to;
    s->nd_from = s->nd_to;
    return rc;
}

static int put_row_entry(struct splicer *s, uint32_t src, uint32_t rank, uint32_t cl, uint32_t nl)
{
    unsigned char t[16];
    foi_put_le32(t, src);
    foi_put_le32(t + 4, rank);
    foi_put_le32(t + 8, cl);
    foi_put_le32(t + 12, nl);
    int rc = foi_buf_add(&s->rows, t, 16);
    if (!rc && s->rows.len >= 1 << 18) {
        foi_sha_add(s->sha, s->rows.data, s->rows.len);
        rc = foi_flush_fd(s->rows_out, &s->rows);
    }
    return rc;
}

static int new_row(struct splicer *s, const struct foi_record *r, uint32_t src, uint32_t rank)
{
    foi_buf_reset(&s->cbuf);
    foi_buf_reset(&s->nbuf);
    int rc = flush_pending(s);
    if (!rc) rc = foi_rows_record(s->enc, &s->cbuf, &s->nbuf, r, NULL, NULL);
    if (!rc && (foi_wfile_write(s->csv_out, s->cbuf.data, s->cbuf.len) ||
                foi_wfile_write(s->nd_out, s->nbuf.data, s->nbuf.len)))
        rc = FOI_EIO;
    s->csv_at += s->cbuf.len;
    s->nd_at += s->nbuf.len;
    if (!rc)
        rc = put_row_entry(s, src, rank, (uint32_t)s->cbuf.len, (uint32_t)s->nbuf.len);
    return rc;
}

static int splice_records(struct splice *sp)
{
    struct foi_outs *x = &sp->x;
    struct foi_err *err = sp->err;
    struct oldrows *o = &sp->rows;
    int rc = 0;
    /* where A's rows go */
    sp->ins = foi_malloc((sp->A.ds.nrecords + 1) * sizeof *sp->ins);
    if (!sp->ins)
        return FOI_ENOMEM;
    uint64_t from = 0;
    for (size_t j = 0; j < sp->A.ds.nrecords && !rc; j++) {
        rc = lower_bound(o, from, &sp->A.ds.records[j], 7, 1, &sp->ins[j]);
        from = sp->ins[j];
    }
    if (rc)
        return rc;
    struct splicer s;
    memset(&s, 0, sizeof s);
    s.csv_in.fd = s.nd_in.fd = s.csv_in.cfd = s.nd_in.cfd = s.rows_out = -1;
    foi_buf_init(&s.rows, 0);
    foi_buf_init(&s.cbuf, 0);
    foi_buf_init(&s.nbuf, 0);
    char path[4200];
    snprintf(path, sizeof path, "%s/records.csv", x->dir);
    int bad = din_open(&s.csv_in, path);
    snprintf(path, sizeof path, "%s/records.ndjson", x->dir);
    bad |= din_open(&s.nd_in, path);
    struct foi_err werr = {0};
    bad |= !(s.csv_out = foi_wfile_open(x->tmp[O_RECORDS], &werr));
    x->written[O_RECORDS] = 1;
    bad |= !(s.nd_out = foi_wfile_open(x->tmp[O_NDJSON], &werr));
    x->written[O_NDJSON] = 1;
    s.rows_out = open(x->tmp[O_ROWS], O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    x->written[O_ROWS] = 1;
    if (bad || s.rows_out < 0)
        rc = foi_errf(err, FOI_EIO, x->dir, "cannot open the records files: %s", strerror(errno));
    if (!rc && (rc = foi_ndjson_new(&s.enc)))
        rc = foi_errf(err, rc, "", "out of memory");
    struct foi_sha *oldsha = foi_sha_begin();
    if (!rc && (!(s.sha = foi_sha_begin()) || !oldsha))
        rc = foi_errf(err, FOI_ENOMEM, "", "out of memory");
    /* the header row: what the previous file starts with */
    struct foi_buf hdr;
    foi_buf_init(&hdr, 0);
    for (int c = 0; c < FOI_RECORD_NCOLS && !rc; c++)
        if (!(rc = foi_csv_put(&hdr, foi_record_columns[c], 1)))
            rc = foi_buf_addc(&hdr, c + 1 < FOI_RECORD_NCOLS ? ',' : '\n');
    s.csv_to = hdr.len;
    foi_buf_release(&hdr);
    if (!rc && foi_write_all(s.rows_out, "FOIROWS1\0\0\0\0\0\0\0\0", FOI_STATE_ROWS_HDR))
        rc = FOI_EIO;
    /* the previous rows in order, in chunks */
    unsigned char *chunk = foi_malloc(16 << 12);
    if (!chunk && !rc)
        rc = FOI_ENOMEM;
    size_t j = 0;
    uint64_t nout = 0;
    for (uint64_t i = 0; i < o->n && !rc;) {
        size_t k = o->n - i < (1u << 12) ? (size_t)(o->n - i) : (size_t)1 << 12;
        if (pread(o->fd, chunk, 16 * k, (off_t)(FOI_STATE_ROWS_HDR + 16 * i)) != (ssize_t)(16 * k)) {
            rc = FOI_ECORRUPT;
            break;
        }
        foi_sha_add(oldsha, chunk, 16 * k);
        for (size_t q = 0; q < k && !rc; q++, i++) {
            while (j < sp->A.ds.nrecords && sp->ins[j] == i && !rc) {
                rc = new_row(&s, &sp->A.ds.records[j], sp->A.src[j], sp->A.rank[j]);
                j++;
                nout++;
            }
            const unsigned char *t = chunk + 16 * q;
            uint32_t src = foi_le32(t), cl = foi_le32(t + 8), nl = foi_le32(t + 12);
            if (src >= sp->old->nsrc) {
                rc = FOI_ECORRUPT;
                break;
            }
            long n = sp->o2n[src];
            if (n < 0) {
                /* a changed or removed file's row: left out */
                if (!rc)
                    rc = flush_pending(&s);
                s.csv_from = s.csv_to += cl;
                s.nd_from = s.nd_to += nl;
                continue;
            }
            s.csv_to += cl;
            s.nd_to += nl;
            if (!rc)
                rc = put_row_entry(&s, (uint32_t)n, foi_le32(t + 4), cl, nl);
            nout++;
        }
    }
    while (!rc && j < sp->A.ds.nrecords) {
        rc = new_row(&s, &sp->A.ds.records[j], sp->A.src[j], sp->A.rank[j]);
        j++;
        nout++;
    }
    if (!rc)
        rc = flush_pending(&s);
    foi_free(chunk);
    /* the end of the previous files is where the rows said */
    if (!rc && (s.csv_to != sp->old->csv_bytes || s.nd_to != sp->old->nd_bytes))
        rc = FOI_ECORRUPT;
    /* the previous rows were the ones the state describes */
    unsigned char was[32];
    if (foi_sha_end(oldsha, was) && !rc)
        rc = FOI_ENOMEM;
    if (!rc && memcmp(was, sp->old->rows_sha, 32))
        rc = FOI_ECORRUPT;
    if (!rc)
        foi_sha_add(s.sha, s.rows.data, s.rows.len);
    if (foi_sha_end(s.sha, sp->rows_digest) && !rc)
        rc = FOI_ENOMEM;
    if (!rc && (foi_flush_fd(s.rows_out, &s.rows) || foi_rows_header(s.rows_out, nout)))
        rc = FOI_EIO;
    /* .foi-rows on its way to disk (foi_outs_rename waits for it: fsync);
     * the records files written and synced as they are closed */
    if (!rc)
        foi_fd_writeback(s.rows_out);
    sp->csv_bytes = s.csv_at;
    sp->nd_bytes = s.nd_at;
    din_close(&s.csv_in);
    din_close(&s.nd_in);
    if (rc) {
        foi_wfile_abort(s.csv_out);   /* (NULL is let be) */
        foi_wfile_abort(s.nd_out);
    } else if ((foi_wfile_close(s.csv_out, &werr) | foi_wfile_close(s.nd_out, &werr)) != 0) {
        rc = FOI_EIO;
    }
    if (s.rows_out >= 0 && close(s.rows_out) < 0 && !rc)
        rc = FOI_EIO;
    foi_buf_release(&s.rows);
    foi_buf_release(&s.cbuf);
    foi_buf_release(&s.nbuf);
    foi_ndjson_free(s.enc);
    sp->x.sum->records = nout;
    if (rc && rc != FOI_ECORRUPT && !err->code)
        foi_errf(err, rc, "records.csv", "cannot write: %s", strerror(errno));
    return rc;
}

/* The records of the previous rows [at, ...) while their first nf fields
 * equal x's, of unchanged files, copied into out (in SPEC order). */
static int old_group(struct splice *sp, uint64_t at, const struct foi_record *x, int nf, struct foi_dataset *out)
{
    struct oldrows *o = &sp->rows;
    int rc = 0;
    for (uint64_t i = at; i < o->n && !rc; i++) {
        struct foi_record r;
        struct foi_state_row e;
        if ((rc = row_record(o, i, &r, &e)))
            break;
        if (cmp_fields(&r, x, nf))
            break;
        if (sp->o2n[e.source] < 0)
            continue;
        rc = foi_dataset_add_record(out, &r);
    }
    return rc;
}

/* The rows of group g (nf fields) as this build has them: the previous
 * ones of unchanged files and the new ones, in SPEC order. */
static int group_rows(struct splice *sp, const struct foi_record *g, int nf, size_t a0, size_t a1,
                      struct foi_dataset *out)
{
    uint64_t at;
    int rc = lower_bound(&sp->rows, 0, g, nf, 0, &at);
    if (!rc)
        rc = old_group(sp, at, g, nf, out);
    for (size_t j = a0; j < a1 && !rc; j++)
        rc = foi_dataset_add_record(out, &sp->A.ds.records[j]);
    if (!rc)
        foi_dataset_sort(out);
    return rc;
}

/* Figures the changed files give: their duplicate and conflict issues again. */
static int splice_duplicates(struct splice *sp, struct foi_issort *fresh)
{
    int rc = 0;
    /* every changed figure (D's and A's), in order */
    const struct foi_dataset *sets[2] = { &sp->D.ds, &sp->A.ds };
    for (int k = 0; k < 2 && !rc; k++)
        for (size_t i = 0; i < sets[k]->nrecords && !rc; i++) {
            unsigned char t[16];
            foi_figure_tag(&sets[k]->records[i], t);
            rc = tag_add(&sp->tags, t);
        }
    if (rc)
        return rc;
    size_t i = 0, j = 0;
    const struct foi_dataset *Dd = &sp->D.ds, *Ad = &sp->A.ds;
    while (!rc && (i < Dd->nrecords || j < Ad->nrecords)) {
        const struct foi_record *g = i >= Dd->nrecords ? &Ad->records[j]
                                      : j >= Ad->nrecords ? &Dd->records[i]
                                      : cmp_fields(&Dd->records[i], &Ad->records[j], 7) <= 0 ? &Dd->records[i]
                                                                                            : &Ad->records[j];
        struct foi_record key = *g;
        size_t a0 = j;
        while (i < Dd->nrecords && !cmp_fields(&Dd->records[i], &key, 7))
            i++;
        while (j < Ad->nrecords && !cmp_fields(&Ad->records[j], &key, 7))
            j++;
        if (!key.period_start[0] || !key.period_end[0])
            continue;   /* the check compares dated figures only */
        struct foi_dataset grp;
        foi_dataset_init(&grp);
        rc = group_rows(sp, &key, 7, a0, j, &grp);
        unsigned char tag[16];
        foi_figure_tag(&key, tag);
        struct foi_dataset found;
        foi_dataset_init(&found);
        struct foi_issue_sink sink = foi_dataset_issue_sink(&found);
        struct foi_dupcheck dc;
        foi_dupcheck_init(&dc, &sink);
        for (size_t q = 0; q < grp.nrecords && !rc; q++)
            rc = foi_dupcheck_add(&dc, &grp.records[q]);
        foi_dupcheck_release(&dc);
        for (size_t q = 0; q < found.nissues && !rc; q++)
            rc = foi_issort_add_tag(fresh, &found.issues[q], tag);
        foi_dataset_release(&found);
        foi_dataset_release(&grp);
    }
    return rc;
}

/* ------------------------------------------------------------ the comparable table */
/* The comparable rows before sums, as the previous build kept them, with
 * the changed rows worked out again; fed to the builder a force at a time. */
struct cmp_feed {
    struct splice *sp;
    struct foi_sumread *old;
    struct foi_arena a;
    /* the recomputed rows (direct), in key order */
    struct foi_cmp_row *rows;
    size_t nrows, arows, next;
    /* the row keys that changed, in key order (force .. subject) */
    struct foi_record *keys;
    size_t nkeys, akeys;
};

static int row_vs_key(const struct foi_cmp_row *r, const struct foi_record *k)
{
    int c;
    if ((c = strcmp(r->force_id, nz(k->force_id)))) return c;
    if ((c = strcmp(r->period_start, k->period_start))) return c;
    if ((c = strcmp(r->period_end, k->period_end))) return c;
    if ((c = strcmp(r->category, nz(k->category)))) return c;
    if ((c = strcmp(r->measure, nz(k->measure)))) return c;
    return strcmp(r->subject, nz(k->subject));
}

/* The changed row keys and their rows worked out again. */
static int recompute_rows(struct splice *sp, struct cmp_feed *f)
{
    const struct foi_dataset *Dd = &sp->D.ds, *Ad = &sp->A.ds;
    size_t i = 0, j = 0;
    int rc = 0;
    while (!rc && (i < Dd->nrecords || j < Ad->nrecords)) {
        const struct foi_record *g = i >= Dd->nrecords ? &Ad->records[j]
                                      : j >= Ad->nrecords ? &Dd->records[i]
                                      : cmp_fields(&Dd->records[i], &Ad->records[j], 6) <= 0 ? &Dd->records[i]
                                                                                            : &Ad->records[j];
        struct foi_record key = *g;
        size_t a0 = j;
        int counts = 0;
        while (i < Dd->nrecords && !cmp_fields(&Dd->records[i], &key, 6))
            counts |= foi_cmp_eligible(&Dd->records[i++]);
        while (j < Ad->nrecords && !cmp_fields(&Ad->records[j], &key, 6))
            counts |= foi_cmp_eligible(&Ad->records[j++]);
        if (!counts)
            continue;   /* no changed record the table counts */
        if (foi_grow((void **)&f->keys, &f->akeys, f->nkeys, sizeof *f->keys))
            return FOI_ENOMEM;
        struct foi_record *k = &f->keys[f->nkeys++];
        *k = key;
        if (!(k->force_id = foi_arena_strdup(&f->a, nz(key.force_id))) ||
            !(k->category = foi_arena_strdup(&f->a, nz(key.category))) ||
            !(k->measure = foi_arena_strdup(&f->a, nz(key.measure))) ||
            !(k->subject = foi_arena_strdup(&f->a, nz(key.subject))))
            return FOI_ENOMEM;
        struct foi_dataset grp;
        foi_dataset_init(&grp);
        rc = group_rows(sp, &key, 6, a0, j, &grp);
        const struct foi_record **v = foi_malloc((grp.nrecords + 1) * sizeof *v);
        if (!rc && !v)
            rc = FOI_ENOMEM;
        for (size_t q = 0; q < grp.nrecords && !rc; q++)
            v[q] = &grp.records[q];
        struct foi_cmp_row row;
        int got = 0;
        if (!rc) {
            got = foi_cmp_direct(sp->x.outcomes, sp->x.noutcomes, v, grp.nrecords, &f->a, &row);
            if (got < 0)
                rc = -got;
        }
        if (!rc && got) {
            if (foi_grow((void **)&f->rows, &f->arows, f->nrows, sizeof *f->rows))
                rc = FOI_ENOMEM;
            else
                f->rows[f->nrows++] = row;
        }
        foi_free(v);
        foi_dataset_release(&grp);
    }
    return rc;
}

static const char *rd_str(struct foi_sumread *r, struct foi_arena *a)
{
    unsigned char t[4];
    if (foi_sumread_get(r, t, 4))
        return NULL;
    uint32_t n = foi_le32(t);
    if (n > (1u << 24))
        return NULL;
    char *s = foi_arena_alloc(a, (size_t)n + 1);
    if (!s || foi_sumread_get(r, s, (size_t)n + 1) || s[n])
        return NULL;
    return s;
}

/* The months the changed files' new records list, in force order. */
struct amonth {
    const char *force, *file;
    long ym;
};

struct feeder {
    struct splice *sp;
    struct cmp_feed *f;
    struct amonth *am;
    size_t nam, aam, ai;
    char *cur;                      /* the force being fed from the previous rows */
    /* forces the changed files' records name (sorted, once each): the
     * others' rows and months are copied, not worked out again */
    const char **touched;
    size_t ntouched;
    /* the previous finished rows (.foi-cmpout), for the forces not touched */
    int fin_fd;
    struct foi_cmp_row_reader *fin;
    struct foi_cmp_row frow;
    int have_frow, fin_end;
    int cur_copied;                 /* cur is an untouched force whose rows went out */
};

static int str_ptr_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The forces of D's and A's records, sorted, once each. */
static int touched_forces(struct splice *sp, struct feeder *fd)
{
    size_t n = sp->D.ds.nrecords + sp->A.ds.nrecords;
    fd->touched = foi_malloc((n + 1) * sizeof *fd->touched);
    if (!fd->touched)
        return FOI_ENOMEM;
    const struct foi_dataset *sets[2] = { &sp->D.ds, &sp->A.ds };
    for (int k = 0; k < 2; k++)
        for (size_t i = 0; i < sets[k]->nrecords; i++)
            fd->touched[fd->ntouched++] = nz(sets[k]->records[i].force_id);
    if (fd->ntouched)
        qsort(fd->touched, fd->ntouched, sizeof *fd->touched, str_ptr_cmp);
    size_t u = 0;
    for (size_t i = 0; i < fd->ntouched; i++)
        if (!u || strcmp(fd->touched[u - 1], fd->touched[i]))
            fd->touched[u++] = fd->touched[i];
    fd->ntouched = u;
    return 0;
}

static int is_touched(const struct feeder *fd, const char *force)
{
    return fd->ntouched && bsearch(&force, fd->touched, fd->ntouched, sizeof *fd->touched, str_ptr_cmp) != NULL;
}

/* Recomputed rows and new months of the forces before force (all when
 * NULL; with equal too when incl). */
static int feed_new(struct feeder *fd, const char *force, int incl)
{
    struct foi_cmp_builder *b = fd->sp->x.cb;
    struct cmp_feed *f = fd->f;
    int rc = 0;
    for (;;) {
        const char *nf = NULL;
        if (f->next < f->nrows)
            nf = f->rows[f->next].force_id;
        if (fd->ai < fd->nam && (!nf || strcmp(fd->am[fd->ai].force, nf) < 0))
            nf = fd->am[fd->ai].force;
        if (!nf)
            return 0;
        if (force) {
            int c = strcmp(nf, force);
            if (c > 0 || (c == 0 && !incl))
                return 0;
        }
        /* one whole force: its rows, then its months */
        while (!rc && f->next < f->nrows && !strcmp(f->rows[f->next].force_id, nf)) {
            rc = foi_cmp_builder_add_direct(b, &f->rows[f->next]);
            f->next++;
        }
        while (!rc && fd->ai < fd->nam && !strcmp(fd->am[fd->ai].force, nf)) {
            rc = foi_cmp_builder_add_month(b, nf, fd->am[fd->ai].file, fd->am[fd->ai].ym);
            fd->ai++;
        }
        if (rc)
            return rc;
    }
}

/* The previous rows have come to force x: the force they were on is done
 * (its remaining new rows and months), and new forces before x go first. */
static int feed_force_to(struct feeder *fd, const char *x)
{
    int rc = 0;
    if (fd->cur && strcmp(fd->cur, x)) {
        rc = feed_new(fd, fd->cur, 1);
        foi_free(fd->cur);
        fd->cur = NULL;
    }
    if (!rc && !fd->cur) {
        rc = feed_new(fd, x, 0);
        if (!rc && !(fd->cur = foi_strdup(x)))
            rc = FOI_ENOMEM;
        fd->cur_copied = 0;
    }
    return rc;
}

/* The previous rows have come to force x, which no changed file touches:
 * its finished rows are what they were (same rows before sums, months,
 * headcounts): handed to the builder from the previous .foi-cmpout instead
 * of summed again, once, after what comes before them. */
static int copy_force_rows(struct feeder *fd, const char *x)
{
    if (fd->cur && !strcmp(fd->cur, x) && fd->cur_copied)
        return 0;
    struct foi_cmp_builder *b = fd->sp->x.cb;
    int rc = feed_force_to(fd, x);
    if (!rc)
        rc = foi_cmp_builder_flush(b);
    while (!rc && !fd->fin_end) {
        if (!fd->have_frow) {
            int r = foi_cmp_row_next(fd->fin, &fd->frow);
            if (r < 0)
                return FOI_ECORRUPT;
            if (r == 0) {
                fd->fin_end = 1;
                break;
            }
            fd->have_frow = 1;
        }
        int c = strcmp(fd->frow.force_id, x);
        if (c > 0)
            break;
        fd->have_frow = 0;
        if (c == 0)
            rc = foi_cmp_builder_add_finished(b, &fd->frow);
    }
    fd->cur_copied = 1;
    return rc;
}

/* Feed the builder: every previous row before sums whose key did not
 * change, the recomputed rows, the months the files list (the changed
 * files' taken out, the new ones' put in), a force at a time. The forces
 * no changed file touches are not fed: their entries of .foi-cmp are
 * copied and their finished rows taken from the previous build. */
static int feed_comparable(struct splice *sp, struct cmp_feed *f)
{
    struct foi_cmp_builder *b = sp->x.cb;
    struct feeder fd;
    memset(&fd, 0, sizeof fd);
    fd.sp = sp;
    fd.f = f;
    int rc = 0;
    const struct foi_dataset *Ad = &sp->A.ds;
    for (size_t i = 0; i < Ad->nrecords && !rc; i++) {
        const struct foi_record *r = &Ad->records[i];
        long ym;
        if (!foi_cmp_eligible(r) || (ym = foi_cmp_month(r->period_start, r->period_end)) < 0)
            continue;
        if (foi_grow((void **)&fd.am, &fd.aam, fd.nam, sizeof *fd.am))
            rc = FOI_ENOMEM;
        else
            fd.am[fd.nam++] = (struct amonth){ r->force_id, nz(r->source_file), ym };
    }
    fd.fin_fd = -1;
    if (!rc)
        rc = touched_forces(sp, &fd);
    if (!rc) {
        fd.fin_fd = open(sp->x.fin[O_CMPOUT], O_RDONLY | O_CLOEXEC);
        if (fd.fin_fd < 0)
            rc = FOI_ECORRUPT;   /* an update needs it: the outputs are written again */
        else
            rc = foi_cmp_row_reader_new(&fd.fin, fd.fin_fd, sp->x.noutcomes);
    }
    size_t ki = 0;   /* next changed key */
    struct foi_arena ra;
    foi_arena_init(&ra, 0);
    struct foi_buf rowb;
    foi_buf_init(&rowb, 0);
    struct foi_cmp_cell *cells = foi_calloc((size_t)sp->x.noutcomes + 1, sizeof *cells);
    if (!cells && !rc)
        rc = FOI_ENOMEM;
    while (!rc) {
        if (foi_sumread_at_end(f->old)) {
            if (!foi_sumread_end(f->old))
                rc = FOI_ECORRUPT;
            break;
        }
        char t;
        if (foi_sumread_get(f->old, &t, 1)) {
            rc = FOI_ECORRUPT;
            break;
        }
        foi_arena_release(&ra);
        foi_arena_init(&ra, 0);
        if (t == 'M') {
            const char *force = rd_str(f->old, &ra);
            unsigned char m[8];
            if (!force || foi_sumread_get(f->old, m, 8)) {
                rc = FOI_ECORRUPT;
                break;
            }
            uint32_t os = foi_le32(m);
            long ym = (long)(int32_t)foi_le32(m + 4);
            if (os >= sp->old->nsrc) {
                rc = FOI_ECORRUPT;
                break;
            }
            long ns = sp->o2n[os];
            if (!is_touched(&fd, force)) {
                /* a month of a force nothing changed in: copied (its file, unchanged, by its new number) */
                if (ns < 0) {
                    rc = FOI_ECORRUPT;
                    break;
                }
                if (!(rc = copy_force_rows(&fd, force)))
                    rc = foi_outs_keep_month(&sp->x, force, sp->run->src[ns].row.source_file, ym);
                continue;
            }
            if ((rc = feed_force_to(&fd, force)))
                break;
            if (ns < 0)
                continue;   /* a changed file's month: its new ones come from its records */
            rc = foi_cmp_builder_add_month(b, force, sp->run->src[ns].row.source_file, ym);
            continue;
        }
        unsigned char l[4];
        if (t != 'D' || foi_sumread_get(f->old, l, 4)) {
            rc = FOI_ECORRUPT;
            break;
        }
        uint32_t len = foi_le32(l);
        if (len > (1u << 26)) {
            rc = FOI_ECORRUPT;
            break;
        }
        foi_buf_reset(&rowb);
        if (foi_buf_reserve(&rowb, (size_t)len + 4)) {
            rc = FOI_ENOMEM;
            break;
        }
        /* the entry as written: its length, then the row */
        memcpy(rowb.data, l, 4);
        const char *force;
        if (foi_sumread_get(f->old, rowb.data + 4, len) || !(force = foi_cmp_row_force(rowb.data + 4, len))) {
            rc = FOI_ECORRUPT;
            break;
        }
        if (!is_touched(&fd, force)) {
            /* a row of a force nothing changed in: copied as it was */
            if (!(rc = copy_force_rows(&fd, force)))
                rc = foi_outs_keep_raw(&sp->x, 'D', rowb.data, (size_t)len + 4);
            continue;
        }
        struct foi_cmp_row row;
        if (foi_cmp_row_parse(rowb.data + 4, len, cells, sp->x.noutcomes, &row)) {
            rc = FOI_ECORRUPT;
            break;
        }
        if ((rc = feed_force_to(&fd, row.force_id)))
            break;
        /* recomputed rows before it */
        while (!rc && f->next < f->nrows && foi_cmp_row_key_cmp(&f->rows[f->next], &row) < 0) {
            rc = foi_cmp_builder_add_direct(b, &f->rows[f->next]);
            f->next++;
        }
        while (ki < f->nkeys && row_vs_key(&row, &f->keys[ki]) > 0)
            ki++;
        int changed = ki < f->nkeys && !row_vs_key(&row, &f->keys[ki]);
        if (!rc && !changed)
            rc = foi_cmp_builder_add_direct(b, &row);
    }
    if (!rc && fd.cur)
        rc = feed_new(&fd, fd.cur, 1);
    if (!rc)
        rc = feed_new(&fd, NULL, 1);
    foi_free(fd.cur);
    foi_free(fd.am);
    foi_free(fd.touched);
    foi_cmp_row_reader_free(fd.fin);
    if (fd.fin_fd >= 0)
        close(fd.fin_fd);
    foi_free(cells);
    foi_buf_release(&rowb);
    foi_arena_release(&ra);
    return rc;
}

/* ------------------------------------------------------------ foi.sqlite */
static int sql_update(struct splice *sp)
{
    struct foi_run *run = sp->run;
    const struct foi_state *old = sp->old;
    char path[4200];
    snprintf(path, sizeof path, "%s/foi.sqlite", sp->x.dir);
    int rc = foi_sqlite_update(&sp->db, path, 32768, sp->err);
    if (rc)
        return rc;
    /* the changed and removed files' rows out */
    for (size_t g = 0; g < sp->ngone && !rc; g++) {
        const struct foi_state_src *s = &old->src[sp->gone[g]];
        if (!(rc = foi_sqlite_delete_range(sp->db, "records", s->rec_first, s->rec_count)) &&
            !(rc = foi_sqlite_delete_range(sp->db, "issues", s->iss_first, s->iss_count)))
            rc = foi_sqlite_delete_source(sp->db, s->row.source_file);
    }
    /* unchanged results whose source row changed (attached_to) */
    for (size_t i = 0; i < old->nsrc && !rc; i++) {
        long n = sp->o2n[i];
        if (n < 0)
            continue;
        const struct foi_source *a = &old->src[i].row, *b = &run->src[n].row;
        if (strcmp(nz(a->attached_to), nz(b->attached_to)) || strcmp(nz(a->status), nz(b->status)) ||
            strcmp(nz(a->force_id), nz(b->force_id))) {
            if (!(rc = foi_sqlite_delete_source(sp->db, a->source_file)))
                rc = foi_sqlite_source(sp->db, b);
        }
    }
    /* the new files' rows in */
    sp->rec_first = foi_calloc(sp->nadded + 1, sizeof *sp->rec_first);
    sp->iss_first = foi_calloc(sp->nadded + 1, sizeof *sp->iss_first);
    if (!rc && (!sp->rec_first || !sp->iss_first))
        rc = foi_errf(sp->err, FOI_ENOMEM, "", "out of memory");
    for (size_t a = 0; a < sp->nadded && !rc; a++) {
        struct foi_merge_input in;
        foi_run_input(run, sp->added[a], &in);
        struct foi_sql_rows rows;
        rc = foi_sqlout_insert(sp->db, &in, run->src[sp->added[a]].row.source_file, &rows, sp->err);
        sp->rec_first[a] = rows.rec_first;
        sp->iss_first[a] = rows.iss_first;
    }
    for (size_t a = 0; a < sp->nadded && !rc; a++)
        rc = foi_sqlite_source(sp->db, &run->src[sp->added[a]].row);
    return rc;
}

/* The state after the update: unchanged files keep their rowids. */
static int splice_state(struct splice *sp, const char *fingerprint, uint64_t nextra)
{
    struct foi_run *run = sp->run;
    struct foi_state st;
    foi_state_init(&st);
    snprintf(st.key, sizeof st.key, "%s", run->options);
    snprintf(st.fingerprint, sizeof st.fingerprint, "%s", fingerprint);
    st.nrows = sp->x.sum->records;
    st.csv_bytes = sp->csv_bytes;
    st.nd_bytes = sp->nd_bytes;
    st.nextra = nextra;
    st.ncmp = sp->x.rep.total_rows;
    memcpy(st.rows_sha, sp->rows_digest, 32);
    int rc = 0;
    size_t a = 0;
    for (size_t i = 0; i < run->nsrc && !rc; i++) {
        const struct foi_src *s = &run->src[i];
        struct foi_state_src ss;
        foi_state_src_of(run, i, &ss);
        long o = sp->n2o[i];
        if (o >= 0) {
            const struct foi_state_src *os = &sp->old->src[o];
            ss.rec_first = os->rec_first;
            ss.rec_count = os->rec_count;
            ss.iss_first = os->iss_first;
            ss.iss_count = os->iss_count;
        } else {
            while (a < sp->nadded && sp->added[a] < i)
                a++;
            if (a < sp->nadded && sp->added[a] == i) {
                ss.rec_first = sp->rec_first[a];
                ss.rec_count = s->nrec;
                ss.iss_first = sp->iss_first[a];
                ss.iss_count = s->niss;
            }
        }
        rc = foi_state_add_src(&st, &ss);
    }
    if (rc)
        rc = foi_errf(sp->err, rc, "", "out of memory");
    else
        rc = foi_outs_state(&sp->x, fingerprint, &st);
    foi_state_release(&st);
    return rc;
}

/* The paragraph on what changed: the changed files' figures before and
 * after (the others pair with themselves), and every source. */
static int splice_summary(struct splice *sp)
{
    struct foi_diff_sum *d = NULL;
    int rc = foi_diff_sum_new(&d, 0);
    for (size_t i = 0; !rc && i < sp->D.ds.nrecords; i++)
        rc = foi_diff_sum_record(d, 1, &sp->D.ds.records[i]);
    for (size_t i = 0; !rc && i < sp->A.ds.nrecords; i++)
        rc = foi_diff_sum_record(d, 0, &sp->A.ds.records[i]);
    for (size_t i = 0; !rc && i < sp->old->nsrc; i++)
        rc = foi_diff_sum_source(d, 1, &sp->old->src[i].row);
    for (size_t i = 0; !rc && i < sp->run->nsrc; i++)
        rc = foi_diff_sum_source(d, 0, &sp->run->src[i].row);
    if (!rc)
        rc = foi_diff_sum_text(d, sp->x.sum->changes, sizeof sp->x.sum->changes);
    foi_diff_sum_free(d);
    return rc;
}

int foi_run_splice(struct foi_run *run, const struct foi_state *old, struct foi_build_summary *sum,
                   const char *fingerprint, int *fallback, struct foi_err *err)
{
    struct splice sp;
    memset(&sp, 0, sizeof sp);
    sp.run = run;
    sp.old = old;
    sp.err = err;
    sp.rows.fd = -1;
    *fallback = 0;
    foi_dataset_init(&sp.A.ds);
    foi_dataset_init(&sp.D.ds);
    struct foi_build_summary keep = *sum;
    size_t wide0 = run->wide.nissues;   /* the issues of no source so far (the steps add theirs) */
    struct foi_issort *fresh = NULL;
    struct splice_extra ex;
    memset(&ex, 0, sizeof ex);
    foi_arena_init(&ex.oa, 0);
    struct cmp_feed cf;
    memset(&cf, 0, sizeof cf);
    foi_arena_init(&cf.a, 0);
    int rc = foi_outs_begin(&sp.x, run, sum, err);
    if (!rc) {
        rc = classify(&sp);
        if (rc == 1)
            *fallback = 1;
    }
    if (!rc) {
        rc = load_changed(&sp);
        if (rc == 1)
            *fallback = 1;
    }
    foi_run_phase("changed files' rows read");
    /* records.csv, records.ndjson, .foi-rows (as they were when nothing
     * in them changed) */
    if (!rc && (sp.nadded || sp.ngone)) {
        rc = splice_records(&sp);
        if (rc == FOI_ECORRUPT)
            *fallback = 1;
    } else if (!rc) {
        sp.csv_bytes = old->csv_bytes;
        sp.nd_bytes = old->nd_bytes;
        memcpy(sp.rows_digest, old->rows_sha, 32);
        sum->records = old->nrows;
    }
    if (!rc)
        foi_run_phase("records spliced");
    if (!rc)
        rc = splice_summary(&sp);
    /* foi.sqlite: the changed files' rows out, the new ones in */
    if (!rc)
        rc = sql_update(&sp);
    /* duplicates and conflicts of the changed figures */
    if (!rc && (rc = foi_issort_new(&fresh, sp.x.budget / 16, sp.x.dir)))
        rc = foi_errf(err, rc, "", "out of memory");
    if (!rc) {
        rc = splice_duplicates(&sp, fresh);
        if (rc == FOI_ECORRUPT)
            *fallback = 1;
    }
    /* the comparable table from its rows before sums */
    char path[4200];
    snprintf(path, sizeof path, "%s/.foi-cmp", sp.x.dir);
    if (!rc) {
        cf.sp = &sp;
        rc = foi_sumread_open(&cf.old, path, "FOICMP01");
        if (rc)
            *fallback = 1;
    }
    if (!rc) {
        rc = recompute_rows(&sp, &cf);
        if (rc == FOI_ECORRUPT)
            *fallback = 1;
    }
    if (!rc) {
        rc = feed_comparable(&sp, &cf);
        if (rc == FOI_ECORRUPT)
            *fallback = 1;
    }
    /* foi.sqlite's comparable rows that changed, replaced as they come */
    sp.x.cmp_db = sp.db;
    if (!rc && !(rc = foi_outs_comparable(&sp.x)))
        foi_run_phase("comparable table");
    if (!rc)
        rc = foi_outs_missing(&sp.x);
    /* issues: each file's own, the others as the previous build had them
     * where nothing changed, the changed figures' again */
    snprintf(path, sizeof path, "%s/.foi-xiss", sp.x.dir);
    if (!rc && (rc = foi_issort_finish(fresh)))
        rc = foi_errf(err, rc, "", "cannot sort the issues");
    if (!rc && foi_sumread_open(&ex.old, path, "FOIXISS1")) {
        *fallback = 1;
        rc = FOI_ECORRUPT;
    }
    int64_t next_rowid = 0;
    if (!rc) {
        ex.run = run;
        ex.tags = &sp.tags;
        ex.fresh = fresh;
        rc = foi_outs_issues(&sp.x, splice_extra_next, &ex, sp.db, &next_rowid);
        if (ex.bad) {
            *fallback = 1;
            rc = rc ? rc : FOI_ECORRUPT;
        }
    }
    for (size_t k = 0; k < ex.ngone && !rc; k++)
        rc = foi_sqlite_delete_range(sp.db, "issues", ex.gone[k], 1);
    if (!rc)
        foi_run_phase("issues written");
    /* the issues of no or several sources now: all but the files' own */
    uint64_t nextra = sp.x.isum.total;
    for (size_t i = 0; i < run->nsrc; i++)
        nextra -= run->src[i].niss;
    if (!rc)
        rc = splice_state(&sp, fingerprint, nextra);
    /* the figures to review: read from every file's records (their
     * confidence is in no state) */
    if (!rc)
        rc = foi_outs_review_all(&sp.x);
    if (!rc)
        rc = foi_outs_small(&sp.x);
    if (!rc)
        foi_run_phase("state and small outputs");
    /* everything written: foi.sqlite committed, the rest into place */
    int committed = 0;
    if (!rc && !(rc = foi_outs_sync(&sp.x)))   /* the new files on disk before foi.sqlite commits to them */
        foi_run_phase("outputs on disk");
    if (!rc) {
        rc = foi_sqlite_finish(sp.db, 1);
        sp.db = NULL;
        committed = !rc;
    }
    if (!rc)
        foi_run_phase("foi.sqlite committed");
    if (!rc)
        rc = foi_outs_rename(&sp.x);
    if (!rc)
        foi_run_phase("outputs updated");
    if (sp.db)
        foi_sqlite_finish(sp.db, 0);
    /* whatever went wrong before foi.sqlite was committed (a damaged state
     * or previous output, a write that failed), nothing was touched: the
     * outputs are written again in full (which says so if it fails too) */
    if (rc && !committed && !foi_interrupt)
        *fallback = 1;
    if (rc && *fallback) {
        /* nothing was touched: a full build instead */
        *sum = keep;
        run->wide.nissues = wide0;
        foi_err_clear(err);
    }
    foi_outs_end(&sp.x, rc != 0);
    oldrows_end(&sp.rows);
    rowset_release(&sp.A);
    rowset_release(&sp.D);
    foi_free(sp.ins);
    foi_free(sp.o2n);
    foi_free(sp.n2o);
    foi_free(sp.added);
    foi_free(sp.gone);
    foi_free(sp.rec_first);
    foi_free(sp.iss_first);
    foi_free(sp.tags.t);
    foi_issort_free(fresh);
    if (ex.old)
        foi_sumread_close(ex.old);
    foi_free(ex.gone);
    foi_arena_release(&ex.oa);
    if (cf.old)
        foi_sumread_close(cf.old);
    foi_free(cf.rows);
    foi_free(cf.keys);
    foi_arena_release(&cf.a);
    return rc;
}
