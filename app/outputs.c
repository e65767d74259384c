/* outputs.c: a build's outputs written from its sources' results without
 * holding the figures (a full build): one merge of the results in SPEC
 * order feeds records.csv and records.ndjson, the duplicate check and the
 * comparable table (a force at a time); a second pass over the comparable
 * rows places them in their funnels; issues are sorted apart and merged
 * with each source's own; foi.sqlite is filled by a child process at the
 * same time; the state an incremental build starts from (state.h) is
 * written alongside. Everything goes to temporaries renamed at the end.
 * The steps splice.c shares are here too (outputs.h). */
#include "outputs.h"
#include "diff.h"
#include "sqlout.h"
#include "serial.h"
#include "stamp.h"
#include "../analyze/reconcile.h"
#include "../analyze/workforce.h"
#include "../export/out_report.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

const char *const foi_out_names[NOUT] = { "records.csv", "records.ndjson", "foi.sqlite", "comparable.csv",
                                          "sources.csv", "issues.csv", "datapackage.json", "report.html",
                                          FOI_STATE_FILES };

/* An unlinked temporary file next to the outputs. */
int foi_tmp_fd(const char *dir)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/.foi-work-XXXXXX", dir);
    int fd = mkstemp(path);
    if (fd >= 0) {
        unlink(path);
        fcntl(fd, F_SETFD, FD_CLOEXEC);
    }
    return fd;
}

int foi_flush_fd(int fd, struct foi_buf *b)
{
    int rc = b->len && foi_write_all(fd, b->data, b->len) ? FOI_EIO : 0;
    foi_buf_reset(b);
    return rc;
}

long foi_run_find(const struct foi_run *r, const char *source_file)
{
    size_t lo = 0, hi = r->nsrc;
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        int c = strcmp(r->src[m].row.source_file, source_file);
        if (!c)
            return (long)m;
        if (c < 0)
            lo = m + 1;
        else
            hi = m;
    }
    return -1;
}

void foi_run_hsha(const struct foi_run *r, size_t i, unsigned char h[32])
{
    const struct foi_src *s = &r->src[i];
    if (s->where == FOI_SRC_CACHE)
        memcpy(h, s->ref.hsha, 32);
    else
        foi_sha256(s->mem, s->memlen < FOI_RESULT_HEADER ? s->memlen : FOI_RESULT_HEADER, h);
}

static void tag_bytes(uint64_t a, uint64_t b, unsigned char tag[16])
{
    for (int i = 0; i < 8; i++) {
        tag[i] = (unsigned char)(a >> (8 * i));
        tag[8 + i] = (unsigned char)(b >> (8 * i));
    }
}

void foi_figure_tag(const struct foi_record *r, unsigned char tag[16])
{
    const char *f[7] = { r->force_id ? r->force_id : "", r->period_start, r->period_end,
                         r->category ? r->category : "", r->measure ? r->measure : "",
                         r->subject ? r->subject : "", r->outcome ? r->outcome : "" };
    uint64_t a = 0xcbf29ce484222325ull, b = 0x84222325cbf29ce4ull;
    for (int i = 0; i < 7; i++) {
        for (const unsigned char *p = (const unsigned char *)f[i]; *p; p++) {
            a = (a ^ *p) * 0x100000001b3ull;
            b = (b ^ *p) * 0x100000001b3ull + 0x9e3779b97f4a7c15ull;
        }
        a = (a ^ 0x1f) * 0x100000001b3ull;   /* a field separator */
        b = (b ^ 0x1f) * 0x100000001b3ull + 0x9e3779b97f4a7c15ull;
    }
    tag_bytes(a, b, tag);
}

/* The tag of the figure in a duplicate check's key (the seven fields, each
 * followed by a NUL): the same as foi_figure_tag of its records. */
static void key_tag(const struct foi_buf *key, unsigned char tag[16])
{
    uint64_t a = 0xcbf29ce484222325ull, b = 0x84222325cbf29ce4ull;
    const unsigned char *p = (const unsigned char *)key->data, *end = p + key->len;
    for (; p < end; p++) {
        unsigned c = *p ? *p : 0x1f;
        a = (a ^ c) * 0x100000001b3ull;
        b = (b ^ c) * 0x100000001b3ull + 0x9e3779b97f4a7c15ull;
    }
    tag_bytes(a, b, tag);
}

/* ------------------------------------------------------------ comparable rows */
static int put_u32(struct foi_buf *b, uint32_t v)
{
    unsigned char t[4];
    foi_put_le32(t, v);
    return foi_buf_add(b, t, 4);
}

static int put_s(struct foi_buf *b, const char *s)
{
    if (!s)
        s = "";
    size_t n = strlen(s);
    int rc = put_u32(b, (uint32_t)n);
    return rc ? rc : foi_buf_add(b, s, n + 1);
}

static int put_raw(struct foi_buf *b, const void *p, size_t n)
{
    return foi_buf_add(b, p, n);
}

/* A comparable row as bytes (comparable.csv's second pass, .foi-cmp,
 * .foi-cmpout): u32 length, then the nine strings (varint length, bytes,
 * NUL), a flag byte (summed, has_rate, a rate follows), the headcount
 * (zigzag varint), the rate (8 bytes, when not 0), a bitmap of the cells
 * that hold anything, and each such cell: a flag byte (present, conflict,
 * has_value, has_min, has_max, and which of value, min, max follow), its
 * status, then when present those numbers (zigzag varints) and its text.
 * Most cells of a row are empty: they cost a bit. */
static int put_sv(struct foi_buf *b, int64_t v)
{
    return foi_buf_add_varint(b, foi_zigzag(v));
}

static int put_vs(struct foi_buf *b, const char *s)
{
    if (!s)
        s = "";
    size_t n = strlen(s);
    int rc = foi_buf_add_varint(b, n);
    return rc ? rc : foi_buf_add(b, s, n + 1);
}

int foi_cmp_row_write(struct foi_buf *b, int ncells, const struct foi_cmp_row *r)
{
    size_t at = b->len;
    int rc = put_u32(b, 0);   /* the row's length, filled in below */
    const char *str[9] = { r->force_id, r->force_name, r->period_start, r->period_end, r->category,
                           r->measure, r->subject, r->officers_date, r->funnel };
    for (int k = 0; k < 9 && !rc; k++)
        rc = put_vs(b, str[k]);
    static const double zero = 0.0;
    int rate = memcmp(&r->rate_per_1000, &zero, sizeof zero) != 0;
    unsigned char f = (unsigned char)((r->summed != 0) | ((r->has_rate != 0) << 1) | (rate << 2));
    if (!rc) rc = foi_buf_addc(b, (char)f);
    if (!rc) rc = put_sv(b, r->officers);
    if (!rc && rate) rc = put_raw(b, &r->rate_per_1000, 8);
    /* the bitmap, filled in as the cells are seen */
    size_t bm = b->len, nb = ((size_t)ncells + 7) / 8;
    for (size_t k = 0; k < nb && !rc; k++)
        rc = foi_buf_addc(b, 0);
    for (int c = 0; c < ncells && !rc; c++) {
        const struct foi_cmp_cell *x = &r->cells[c];
        if (!x->present && !x->conflict && !x->status && !x->has_value && !x->has_min && !x->has_max)
            continue;
        b->data[bm + (size_t)c / 8] = (char)((unsigned char)b->data[bm + (size_t)c / 8] | (1u << (c % 8)));
        int v = x->present && x->value, lo = x->present && x->min, hi = x->present && x->max;
        unsigned char g[2] = { (unsigned char)((x->present != 0) | ((x->conflict != 0) << 1) |
                                               ((x->has_value != 0) << 2) | ((x->has_min != 0) << 3) |
                                               ((x->has_max != 0) << 4) | (v << 5) | (lo << 6) | (hi << 7)),
                               (unsigned char)x->status };
        rc = put_raw(b, g, 2);
        if (!rc && v) rc = put_sv(b, x->value);
        if (!rc && lo) rc = put_sv(b, x->min);
        if (!rc && hi) rc = put_sv(b, x->max);
        if (!rc && x->present) rc = put_vs(b, x->text);
    }
    if (!rc)
        foi_put_le32((unsigned char *)b->data + at, (uint32_t)(b->len - at - 4));
    return rc;
}

/* Reading rows back: a buffered reader over a file of them. */
struct foi_cmp_row_reader {
    int fd;
    char *buf;
    size_t alloc, pos, len;
    int eof;
    struct foi_cmp_cell *cells;
    int ncells;
};

static int rr_need(struct foi_cmp_row_reader *rr, size_t n)
{
    while (rr->len - rr->pos < n) {
        if (rr->eof)
            return -1;
        size_t keep = rr->len - rr->pos;
        size_t want = keep + 65536 > n ? keep + 65536 : n + 65536;
        if (want > rr->alloc) {
            char *p = foi_malloc(want);
            if (!p)
                return -1;
            if (keep)
                memcpy(p, rr->buf + rr->pos, keep);
            foi_free(rr->buf);
            rr->buf = p;
            rr->alloc = want;
        } else if (keep) {
            memmove(rr->buf, rr->buf + rr->pos, keep);
        }
        rr->pos = 0;
        rr->len = keep;
        ssize_t r;
        do
            r = read(rr->fd, rr->buf + rr->len, rr->alloc - rr->len);
        while (r < 0 && errno == EINTR);
        if (r < 0)
            return -1;
        if (r == 0)
            rr->eof = 1;
        rr->len += (size_t)r;
    }
    return 0;
}

static int get_uv(const char **p, const char *end, uint64_t *v)
{
    return foi_get_varint((const unsigned char **)p, (const unsigned char *)end, v);
}

static int get_sv(const char **p, const char *end, int64_t *v)
{
    uint64_t u;
    if (get_uv(p, end, &u))
        return -1;
    *v = foi_unzigzag(u);
    return 0;
}

static const char *rr_take(const char **p, const char *end)
{
    uint64_t n;
    if (get_uv(p, end, &n) || (uint64_t)(end - *p) < n + 1 || (*p)[n] != '\0')
        return NULL;
    const char *s = *p;
    *p += n + 1;
    return s;
}

const char *foi_cmp_row_force(const char *p, size_t len)
{
    return rr_take(&p, p + len);
}

int foi_cmp_row_parse(const char *p, size_t len, struct foi_cmp_cell *cells, int ncells, struct foi_cmp_row *r)
{
    const char *end = p + len;
    const char *s[9];
    for (int k = 0; k < 9; k++)
        if (!(s[k] = rr_take(&p, end)))
            return -1;
    if (end - p < 1)
        return -1;
    memset(r, 0, sizeof *r);
    r->force_id = s[0];
    r->force_name = s[1];
    foi_strlcpy(r->period_start, sizeof r->period_start, s[2]);
    foi_strlcpy(r->period_end, sizeof r->period_end, s[3]);
    r->category = s[4];
    r->measure = s[5];
    r->subject = s[6];
    foi_strlcpy(r->officers_date, sizeof r->officers_date, s[7]);
    r->funnel = s[8];
    unsigned char f = (unsigned char)*p++;
    r->summed = f & 1;
    r->has_rate = (f >> 1) & 1;
    if (get_sv(&p, end, &r->officers))
        return -1;
    if (f & 4) {
        if (end - p < 8)
            return -1;
        memcpy(&r->rate_per_1000, p, 8);
        p += 8;
    }
    size_t nb = ((size_t)ncells + 7) / 8;
    if ((size_t)(end - p) < nb)
        return -1;
    const unsigned char *bm = (const unsigned char *)p;
    p += nb;
    for (int c = 0; c < ncells; c++) {
        struct foi_cmp_cell *x = &cells[c];
        memset(x, 0, sizeof *x);
        x->text = "";
        if (!(bm[c / 8] & (1u << (c % 8))))
            continue;
        if (end - p < 2)
            return -1;
        unsigned char g = (unsigned char)p[0];
        x->present = g & 1;
        x->conflict = (g >> 1) & 1;
        x->has_value = (g >> 2) & 1;
        x->has_min = (g >> 3) & 1;
        x->has_max = (g >> 4) & 1;
        x->status = (enum foi_vstatus)(unsigned char)p[1];
        p += 2;
        if (((g & 32) && get_sv(&p, end, &x->value)) || ((g & 64) && get_sv(&p, end, &x->min)) ||
            ((g & 128) && get_sv(&p, end, &x->max)))
            return -1;
        if (x->present && !(x->text = rr_take(&p, end)))
            return -1;
    }
    if (p != end)
        return -1;
    r->cells = cells;
    return 0;
}

/* The next row and its bytes as written (length prefix included): 1, 0 at
 * the end, -1 on error. Strings and bytes point into the reader's buffer
 * until the next call. */
static int row_next_raw(struct foi_cmp_row_reader *rr, struct foi_cmp_row *r, const char **raw, size_t *rawlen)
{
    if (rr->pos >= rr->len && rr_need(rr, 1))
        return rr->pos >= rr->len && rr->eof ? 0 : -1;
    if (rr_need(rr, 4))
        return -1;
    size_t len = foi_le32((const unsigned char *)rr->buf + rr->pos);
    if (len > (1u << 26) || rr_need(rr, 4 + len))
        return -1;
    if (foi_cmp_row_parse(rr->buf + rr->pos + 4, len, rr->cells, rr->ncells, r))
        return -1;
    *raw = rr->buf + rr->pos;
    *rawlen = 4 + len;
    rr->pos += 4 + len;
    return 1;
}

int foi_cmp_row_next(struct foi_cmp_row_reader *rr, struct foi_cmp_row *r)
{
    const char *raw;
    size_t n;
    return row_next_raw(rr, r, &raw, &n);
}

int foi_cmp_row_reader_new(struct foi_cmp_row_reader **out, int fd, int ncells)
{
    *out = NULL;
    struct foi_cmp_row_reader *rr = foi_calloc(1, sizeof *rr);
    if (!rr || !(rr->cells = foi_calloc((size_t)ncells + 1, sizeof *rr->cells))) {
        foi_free(rr);
        return FOI_ENOMEM;
    }
    rr->fd = fd;
    rr->ncells = ncells;
    if (lseek(fd, 0, SEEK_SET) < 0) {
        foi_cmp_row_reader_free(rr);
        return FOI_EIO;
    }
    *out = rr;
    return 0;
}

void foi_cmp_row_reader_free(struct foi_cmp_row_reader *rr)
{
    if (!rr)
        return;
    foi_free(rr->cells);
    foi_free(rr->buf);
    foi_free(rr);
}

/* ------------------------------------------------------------ shared steps */
char *foi_out_tmp_path(const char *dir, int which)
{
    size_t n = strlen(dir) + strlen(foi_out_names[which]) + 48;
    char *p = foi_malloc(n);
    if (p)
        snprintf(p, n, "%s/.%s.tmp-%ld", dir, foi_out_names[which], (long)getpid());
    return p;
}

static int make_paths(struct foi_outs *x, const char *dir)
{
    for (int i = 0; i < NOUT; i++) {
        size_t n = strlen(dir) + strlen(foi_out_names[i]) + 48;
        x->tmp[i] = foi_out_tmp_path(dir, i);
        x->fin[i] = foi_malloc(n);
        if (!x->tmp[i] || !x->fin[i])
            return FOI_ENOMEM;
        snprintf(x->fin[i], n, "%s/%s", dir, foi_out_names[i]);
    }
    return 0;
}

int foi_mkdir_p(const char *dir)
{
    char *p = foi_strdup(dir);
    if (!p)
        return FOI_ENOMEM;
    int rc = 0;
    for (char *s = p + 1; !rc; s++) {
        if (*s == '/' || *s == '\0') {
            char c = *s;
            *s = '\0';
            if (mkdir(p, 0755) < 0 && errno != EEXIST)
                rc = FOI_EIO;
            *s = c;
            if (!c)
                break;
        }
    }
    foi_free(p);
    struct stat st;
    if (!rc && (stat(dir, &st) < 0 || !S_ISDIR(st.st_mode)))
        rc = FOI_EIO;
    return rc;
}

static int on_row(void *ctx, const struct foi_cmp_row *row)
{
    struct foi_outs *x = ctx;
    int rc = foi_cmp_row_write(&x->rowbuf, x->noutcomes, row);
    if (!rc && x->rowbuf.len >= 1 << 18)
        rc = foi_flush_fd(x->cmp_fd, &x->rowbuf);
    return rc;
}

/* .foi-cmp: D, a row before sums; M, a month a file lists for a force */
/* (gathered in x->keepbuf, written a piece at a time) */
static int keep_flush(struct foi_outs *x, size_t at_least)
{
    int rc = 0;
    if (x->keepbuf.len >= at_least && x->keepbuf.len)
        rc = foi_sumfile_write(x->cmpstate, x->keepbuf.data, x->keepbuf.len);
    if (x->keepbuf.len >= at_least)
        foi_buf_reset(&x->keepbuf);
    return rc;
}

static int keep_direct(void *ctx, const struct foi_cmp_row *row)
{
    struct foi_outs *x = ctx;
    int rc = foi_buf_addc(&x->keepbuf, 'D');
    if (!rc)
        rc = foi_cmp_row_write(&x->keepbuf, x->noutcomes, row);
    return rc ? rc : keep_flush(x, 1 << 16);
}

int foi_outs_keep_raw(struct foi_outs *x, char type, const void *p, size_t n)
{
    int rc = foi_buf_addc(&x->keepbuf, type);
    if (!rc)
        rc = foi_buf_add(&x->keepbuf, p, n);
    return rc ? rc : keep_flush(x, 1 << 16);
}

int foi_outs_keep_month(void *ctx, const char *force_id, const char *source_file, long ym)
{
    struct foi_outs *x = ctx;
    long si = foi_run_find(x->run, source_file);
    unsigned char t[8];
    foi_put_le32(t, (uint32_t)si);
    foi_put_le32(t + 4, (uint32_t)ym);
    int rc = si < 0 ? FOI_EUSAGE : foi_buf_addc(&x->keepbuf, 'M');
    if (!rc) rc = put_s(&x->keepbuf, force_id);
    if (!rc) rc = foi_buf_add(&x->keepbuf, t, 8);
    return rc ? rc : keep_flush(x, 1 << 16);
}

int foi_outs_begin(struct foi_outs *x, struct foi_run *run, struct foi_build_summary *sum, struct foi_err *err)
{
    const struct foi_build_opts *o = run->o;
    memset(x, 0, sizeof *x);
    x->run = run;
    x->o = o;
    x->err = err;
    x->sum = sum;
    x->dir = o->out_dir;
    x->cmp_fd = x->rows_out_fd = x->extra_fd = -1;
    x->budget = o->mem_budget ? o->mem_budget : FOI_DEFAULT_MEM_BUDGET;
    foi_buf_init(&x->rowbuf, 0);
    foi_buf_init(&x->keepbuf, 0);
    foi_coverage_init(&x->cov);
    foi_review_init(&x->review);
    foi_arena_init(&x->rep.arena, 0);
    foi_issue_summary_init(&x->isum, FOI_REPORT_ISSUES_PER_CODE, FOI_REPORT_MAX_CODES);
    int rc;
    if (foi_mkdir_p(x->dir))
        return foi_errf(err, FOI_EIO, x->dir, "cannot create the output folder: %s", strerror(errno));
    /* temporaries a build that died left (not this one's: foi.sqlite's
     * writer may be at work already) */
    if ((rc = foi_export_remove_stale_but(x->dir, (long)getpid(), err)))
        return rc;
    if ((rc = make_paths(x, x->dir)))
        return foi_errf(err, rc, "", "out of memory");
    for (size_t i = 0; i < run->nsrc; i++) {
        const char *s = run->src[i].row.status;
        if (!strcmp(s, "parsed")) sum->parsed++;
        else if (!strcmp(s, "partial")) sum->partial++;
        else if (!strcmp(s, "refused")) sum->refused++;
        else if (!strcmp(s, "skipped")) sum->skipped++;
        else sum->failed++;
        sum->records += run->src[i].nrec;
    }
    sum->files = run->nsrc;
    /* what each file's records say per force, added up (for the report) */
    rc = 0;
    for (size_t i = 0; i < run->nsrc && !rc; i++) {
        x->cov.nrecords += run->src[i].nrec;
        for (uint32_t k = 0; k < run->src[i].ncov && !rc; k++)
            rc = foi_coverage_merge(&x->cov, &run->src[i].cov[k]);
    }
    if (rc)
        return foi_errf(err, rc, "", "out of memory");
    /* the workforce file (rates) */
    const char *wpath = o->workforce ? o->workforce : foi_workforce_default_path();
    struct foi_err werr;
    foi_err_clear(&werr);
    x->wide_sink = foi_dataset_issue_sink(&run->wide);
    if (foi_workforce_load(&x->wf, wpath, run->tax, &werr)) {
        if (o->workforce)
            return foi_errf(err, FOI_EUSAGE, "", "--workforce %s: %s", wpath, werr.message);
        if ((rc = foi_issue_emit(&x->wide_sink, FOI_SEV_WARNING, "no_denominator", "", "",
                                 "the shipped workforce file could not be read: %s", werr.message)))
            return foi_errf(err, rc, "", "out of memory");
        x->wf = NULL;
    }
    if ((x->cmp_fd = foi_tmp_fd(x->dir)) < 0 || (x->extra_fd = foi_tmp_fd(x->dir)) < 0)
        return foi_errf(err, FOI_EIO, x->dir, "cannot create a temporary file: %s", strerror(errno));
    x->rows_out_fd = open(x->tmp[O_CMPOUT], O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (x->rows_out_fd < 0)
        return foi_errf(err, FOI_EIO, x->tmp[O_CMPOUT], "cannot create: %s", strerror(errno));
    x->written[O_CMPOUT] = 1;
    if (!(x->rows_out_sha = foi_sha_begin()))
        return foi_errf(err, FOI_ENOMEM, "", "out of memory");
    if ((rc = foi_comparable_outcomes(run->tax, &x->outcomes, &x->noutcomes)) ||
        (rc = foi_cmp_builder_new(&x->cb, x->outcomes, x->noutcomes, x->wf, &x->wide_sink, on_row, x)))
        return foi_errf(err, rc, "", "%s", foi_strerror(rc));
    if ((rc = foi_sumfile_open(&x->cmpstate, x->tmp[O_CMPSTATE], "FOICMP01", err)))
        return rc;
    x->written[O_CMPSTATE] = 1;
    foi_cmp_builder_keep(x->cb, keep_direct, foi_outs_keep_month, x);
    return 0;
}

/* The rows' rowids in foi.sqlite (.foi-cmpids) as they are decided. */
struct cmp_ids {
    struct foi_sumfile *f;
    uint64_t n;
    /* an update: the previous rows, their rowids, and the table */
    struct foi_sqlite *db;
    int old_fd;
    struct foi_cmp_row_reader *old;
    struct foi_sumread *old_ids;
    struct foi_sha *old_sha;     /* of the previous .foi-cmpout as it is read */
    struct foi_cmp_row orow;     /* the previous row at hand */
    const char *oraw;
    size_t orawlen;
    int64_t orowid;
    int have_o, o_done;
    struct foi_cmp_cell *ocells;
    int64_t next_id;             /* a full build numbers the rows 1.. */
};

static int ids_put(struct cmp_ids *c, int64_t id)
{
    unsigned char t[8];
    for (int i = 0; i < 8; i++)
        t[i] = (unsigned char)((uint64_t)id >> (8 * i));
    c->n++;
    return foi_sumfile_write(c->f, t, 8) ? FOI_EIO : 0;
}

/* The previous row at hand, read when there is none: 0, or FOI_ECORRUPT. */
static int ids_old(struct cmp_ids *c)
{
    if (c->have_o || c->o_done)
        return 0;
    int r = row_next_raw(c->old, &c->orow, &c->oraw, &c->orawlen);
    if (r < 0)
        return FOI_ECORRUPT;
    if (r == 0) {
        c->o_done = 1;
        return 0;
    }
    foi_sha_add(c->old_sha, c->oraw, c->orawlen);
    unsigned char t[8];
    if (foi_sumread_get(c->old_ids, t, 8))
        return FOI_ECORRUPT;
    uint64_t v = 0;
    for (int i = 0; i < 8; i++)
        v |= (uint64_t)t[i] << (8 * i);
    c->orowid = (int64_t)v;
    c->have_o = 1;
    return 0;
}

/* Row r (its bytes raw, as .foi-cmpout has them) takes its place: a full
 * build numbers it; an update keeps the previous row's rowid when the row
 * is the same, and deletes the previous rows that are gone or changed and
 * inserts the new or changed one. */
static int ids_row(struct cmp_ids *c, const struct foi_cmp_row *r, const char *raw, size_t rawlen)
{
    if (!c->db)
        return ids_put(c, c->next_id++);
    int rc;
    for (;;) {
        if ((rc = ids_old(c)))
            return rc;
        if (!c->have_o)
            break;
        int k = foi_cmp_row_key_cmp(&c->orow, r);
        if (k > 0)
            break;
        c->have_o = 0;
        if (k == 0 && c->orawlen == rawlen && !memcmp(c->oraw, raw, rawlen))
            return ids_put(c, c->orowid);   /* the same row */
        if ((rc = foi_sqlite_delete_range(c->db, "comparable", c->orowid, 1)))
            return rc;
        if (k == 0)
            break;   /* changed: in again below */
    }
    int64_t id = 0;
    if ((rc = foi_sqlite_comparable_row(c->db, r, &id)))
        return rc;
    return ids_put(c, id);
}

/* The previous rows after the last new one are gone; the previous files
 * read to their ends, and the rows were those their checksum says. */
static int ids_rest(struct cmp_ids *c)
{
    int rc = 0;
    while (c->db && !rc) {
        if ((rc = ids_old(c)) || !c->have_o)
            break;
        c->have_o = 0;
        rc = foi_sqlite_delete_range(c->db, "comparable", c->orowid, 1);
    }
    if (rc || !c->db)
        return rc;
    unsigned char want[32], got[32];
    int ok = !foi_sumread_get(c->old_ids, want, 32) && foi_sumread_end(c->old_ids);
    int sha = foi_sha_end(c->old_sha, got);
    c->old_sha = NULL;
    if (sha)
        return FOI_ENOMEM;
    return ok && !memcmp(want, got, 32) ? 0 : FOI_ECORRUPT;
}

/* Open the previous .foi-cmpout and .foi-cmpids of an update. */
static int ids_begin_old(struct cmp_ids *c, struct foi_outs *x)
{
    c->db = x->cmp_db;
    c->old_fd = open(x->fin[O_CMPOUT], O_RDONLY | O_CLOEXEC);
    if (c->old_fd < 0 || foi_sumread_open(&c->old_ids, x->fin[O_CMPIDS], "FOICMPI1"))
        return FOI_ECORRUPT;
    if (!(c->old_sha = foi_sha_begin()))
        return FOI_ENOMEM;
    int rc = foi_cmp_row_reader_new(&c->old, c->old_fd, x->noutcomes);
    if (!rc) {
        struct foi_comparable cols;
        if (!(rc = foi_comparable_init(&cols, x->outcomes, x->noutcomes)))
            rc = foi_sqlite_comparable_prepare(c->db, &cols);
        foi_comparable_release(&cols);
    }
    return rc;
}

static void ids_end(struct cmp_ids *c)
{
    if (c->old_sha) {
        unsigned char t[32];
        foi_sha_end(c->old_sha, t);
    }
    foi_cmp_row_reader_free(c->old);
    if (c->old_fd >= 0)
        close(c->old_fd);
    if (c->old_ids)
        foi_sumread_close(c->old_ids);
}

int foi_outs_comparable(struct foi_outs *x)
{
    struct foi_err *err = x->err;
    int rc;
    if ((rc = foi_cmp_builder_finish(x->cb)) || (rc = foi_flush_fd(x->cmp_fd, &x->rowbuf)))
        return foi_errf(err, rc, "comparable.csv", rc == FOI_ERANGE ? "a summed figure is too large" : "%s",
                        foi_strerror(rc));
    if ((rc = keep_flush(x, 0))) {
        foi_sumfile_close(x->cmpstate, 0, err);
        x->cmpstate = NULL;
        return foi_errf(err, rc, ".foi-cmp", "cannot write");
    }
    rc = foi_sumfile_close(x->cmpstate, 1, err);
    x->cmpstate = NULL;
    if (rc)
        return rc;
    /* each row in its funnel; its start and the plotted groups' rows for the report */
    struct foi_comparable *rep = &x->rep;
    size_t ngroups;
    const struct foi_cmp_group *groups = foi_cmp_builder_groups(x->cb, &ngroups);
    x->pick = foi_malloc((ngroups + 1) * sizeof *x->pick);
    x->gsel = foi_calloc(ngroups + 1, sizeof *x->gsel);   /* group -> index in rep.groups + 1 */
    if (!x->pick || !x->gsel || (rc = foi_comparable_init(rep, x->outcomes, x->noutcomes)))
        return foi_errf(err, FOI_ENOMEM, "", "out of memory");
    size_t nplot = foi_report_plot_groups(groups, ngroups, x->pick);
    rep->groups = nplot ? foi_arena_alloc(&rep->arena, nplot * sizeof *rep->groups) : NULL;
    if (nplot && !rep->groups)
        return foi_errf(err, FOI_ENOMEM, "", "out of memory");
    for (size_t k = 0; k < nplot; k++) {
        const struct foi_cmp_group *g = &groups[x->pick[k]];
        struct foi_cmp_group *G = &rep->groups[k];
        *G = *g;
        G->category = foi_arena_strdup(&rep->arena, g->category);
        G->measure = foi_arena_strdup(&rep->arena, g->measure);
        G->subject = foi_arena_strdup(&rep->arena, g->subject);
        G->rows = foi_arena_alloc(&rep->arena, (g->nrows ? g->nrows : 1) * sizeof *G->rows);
        G->nrows = 0;
        if (!G->category || !G->measure || !G->subject || !G->rows)
            return foi_errf(err, FOI_ENOMEM, "", "out of memory");
        x->gsel[x->pick[k]] = k + 1;
    }
    rep->ngroups = nplot;
    for (size_t k = 0; k < ngroups; k++)
        rep->total_plots += groups[k].nrows >= FOI_REPORT_MIN_POINTS;
    rep->total_groups = ngroups;
    struct foi_wfile *cf = foi_wfile_open(x->tmp[O_COMPARABLE], err);
    if (!cf)
        return err->code ? err->code : FOI_EIO;
    x->written[O_COMPARABLE] = 1;
    struct foi_buf cb;
    foi_buf_init(&cb, 0);
    struct foi_cmp_row_reader *rr = NULL;
    struct cmp_ids ids;
    memset(&ids, 0, sizeof ids);
    ids.old_fd = -1;
    ids.next_id = 1;
    rc = foi_cmp_row_reader_new(&rr, x->cmp_fd, x->noutcomes);
    if (!rc && x->cmp_db)
        rc = ids_begin_old(&ids, x);
    if (!rc && !(rc = foi_sumfile_open(&ids.f, x->tmp[O_CMPIDS], "FOICMPI1", err)))
        x->written[O_CMPIDS] = 1;
    if (!rc)
        rc = foi_comparable_csv_header(&cb, rep);
    struct foi_cmp_row row;
    int r = 0;
    size_t n = 0;
    while (!rc && (r = foi_cmp_row_next(rr, &row)) > 0) {
        const struct foi_cmp_group *g;
        row.funnel = foi_cmp_builder_funnel(x->cb, &row, &g);
        rc = foi_comparable_csv_row(&cb, rep, &row);
        size_t at = x->rowbuf.len;
        if (!rc)
            rc = foi_cmp_row_write(&x->rowbuf, x->noutcomes, &row);
        if (!rc) {
            foi_sha_add(x->rows_out_sha, x->rowbuf.data + at, x->rowbuf.len - at);
            rc = ids_row(&ids, &row, x->rowbuf.data + at, x->rowbuf.len - at);
        }
        size_t gi = g ? x->gsel[g - groups] : 0;
        if (!rc && (n < FOI_REPORT_MAX_ROWS || gi)) {
            size_t idx;
            rc = foi_comparable_add_row(rep, &row, &idx);
            if (!rc && gi) {
                struct foi_cmp_group *G = &rep->groups[gi - 1];
                G->rows[G->nrows++] = idx;
            }
            if (!rc && n < FOI_REPORT_MAX_ROWS)
                rep->table_rows = idx + 1;
        }
        n++;
        if (!rc && cb.len >= 1 << 18) {
            rc = foi_wfile_write(cf, cb.data, cb.len);
            foi_buf_reset(&cb);
        }
        if (!rc && x->rowbuf.len >= 1 << 18)
            rc = foi_flush_fd(x->rows_out_fd, &x->rowbuf);
    }
    if (!rc && r < 0)
        rc = FOI_EIO;
    if (!rc && cb.len)
        rc = foi_wfile_write(cf, cb.data, cb.len);
    if (!rc)
        rc = foi_flush_fd(x->rows_out_fd, &x->rowbuf);
    /* .foi-cmpids: the rowids, then the checksum of .foi-cmpout */
    if (!rc)
        rc = ids_rest(&ids);
    unsigned char sum[32];
    int shr = foi_sha_end(x->rows_out_sha, sum);
    x->rows_out_sha = NULL;
    if (!rc && shr)
        rc = FOI_ENOMEM;
    if (!rc && foi_sumfile_write(ids.f, sum, 32))
        rc = FOI_EIO;
    if (ids.f) {
        int crc = foi_sumfile_close(ids.f, !rc, err);
        rc = rc ? rc : crc;
        ids.f = NULL;
    }
    ids_end(&ids);
    rep->total_rows = n;
    foi_buf_release(&cb);
    foi_cmp_row_reader_free(rr);
    if (rc == FOI_ECORRUPT && !err->code)
        foi_errf(err, rc, ".foi-cmpout", "the previous comparable rows do not check out");
    return foi_wfile_finish(cf, rc, x->tmp[O_COMPARABLE], err);
}

int foi_outs_missing(struct foi_outs *x)
{
    struct foi_run *run = x->run;
    int rc = 0;
    for (size_t i = 0; i < run->wide.nexpect && !rc; i++) {
        const char *id = run->wide.expect[i];
        int found = foi_coverage_find(&x->cov, id) != NULL;
        for (size_t k = 0; k < run->nsrc && !found; k++)
            found = run->src[k].row.force_id && !strcmp(run->src[k].row.force_id, id);
        if (!found)
            rc = foi_issue_emit(&x->wide_sink, FOI_SEV_WARNING, "missing_force", "", id, "no response from %s yet",
                                foi_taxonomy_name(run->tax, FOI_VOCAB_FORCE, id));
    }
    if (!rc)
        foi_dataset_sort(&run->wide);
    return rc ? foi_errf(x->err, rc, "", "out of memory") : 0;
}

/* ------------------------------------------------------------ issues */
struct issue_out {
    struct foi_outs *x;
    struct foi_buf csv;
    struct foi_wfile *f;
    struct foi_buf extra;
    struct foi_sumfile *xiss;
    foi_extra_fn next;
    void *ctx;
    struct foi_issue cur;        /* the next issue of no or several sources */
    const unsigned char *cur_tag;
    int64_t cur_rowid;
    int have_cur, done;
    struct foi_sqlite *db;
    int64_t *next_rowid;
    size_t cur_src;              /* the source whose own issues are being read */
};

static int issue_emit(struct issue_out *io, const struct foi_issue *is, int extra, const unsigned char *tag,
                      int64_t rowid)
{
    struct foi_outs *x = io->x;
    int rc = foi_csv_issue(&io->csv, is);
    if (!rc && io->csv.len >= 1 << 18) {
        rc = foi_wfile_write(io->f, io->csv.data, io->csv.len);
        foi_buf_reset(&io->csv);
    }
    if (!rc && extra) {
        if (!rowid) {
            if (io->db)
                rc = foi_sqlite_issue(io->db, is, &rowid);
            else
                rowid = (*io->next_rowid)++;
        }
        size_t at = io->extra.len;
        if (!rc)
            rc = foi_issue_write_tag(&io->extra, is, tag);
        unsigned char rid[8];
        for (int i = 0; i < 8; i++)
            rid[i] = (unsigned char)((uint64_t)rowid >> (8 * i));
        if (!rc && (foi_sumfile_write(io->xiss, io->extra.data + at, io->extra.len - at) ||
                    foi_sumfile_write(io->xiss, rid, 8)))
            rc = FOI_EIO;
        /* an update inserted it into foi.sqlite already: no file for it */
        if (io->db)
            foi_buf_reset(&io->extra);
        else if (!rc && io->extra.len >= 1 << 18)
            rc = foi_flush_fd(x->extra_fd, &io->extra);
    }
    if (!rc)
        rc = foi_issue_summary_add(&x->isum, is);
    struct foi_build_summary *bs = x->sum;
    bs->issues++;
    if (is->severity == FOI_SEV_ERROR)
        bs->errors++;
    else if (is->severity == FOI_SEV_WARNING)
        bs->warnings++;
    const struct foi_build_opts *o = x->o;
    if (o->message && (is->severity == FOI_SEV_ERROR || (!strcmp(is->code, "no_figures") && is->severity != FOI_SEV_INFO)))
        o->message(o->cb_ctx, is->source_file, is->locator, is->message);
    return rc;
}

/* The issues of no or several sources that come before is (or all, is NULL). */
static int extra_until(struct issue_out *io, const struct foi_issue *is)
{
    int rc = 0;
    while (!rc && !io->done) {
        if (!io->have_cur) {
            io->cur_tag = NULL;
            io->cur_rowid = 0;
            int r = io->next(io->ctx, &io->cur, &io->cur_tag, &io->cur_rowid);
            if (r < 0)
                return -r;
            if (!r) {
                io->done = 1;
                return 0;
            }
            io->have_cur = 1;
        }
        if (is && foi_issue_cmp(&io->cur, is) > 0)
            return 0;
        rc = issue_emit(io, &io->cur, 1, io->cur_tag, io->cur_rowid);
        io->have_cur = 0;
    }
    return rc;
}

static int own_issue(void *ctx, const struct foi_issue *is)
{
    struct issue_out *io = ctx;
    /* a covering letter whose attachment is not in the folder (report.html) */
    if (io->x->missing_att && !strcmp(is->code, "attachment_missing"))
        io->x->missing_att[io->cur_src] = 1;
    int rc = extra_until(io, is);
    return rc ? rc : issue_emit(io, is, 0, NULL, 0);
}

int foi_outs_issues(struct foi_outs *x, foi_extra_fn next, void *ctx, struct foi_sqlite *db, int64_t *next_rowid)
{
    struct foi_run *run = x->run;
    struct foi_err *err = x->err;
    struct issue_out io;
    memset(&io, 0, sizeof io);
    io.x = x;
    io.next = next;
    io.ctx = ctx;
    io.db = db;
    io.next_rowid = next_rowid;
    foi_buf_init(&io.csv, 0);
    foi_buf_init(&io.extra, 0);
    int rc = foi_sumfile_open(&io.xiss, x->tmp[O_XISS], "FOIXISS1", err);
    if (rc)
        return rc;
    x->written[O_XISS] = 1;
    io.f = foi_wfile_open(x->tmp[O_ISSUES], err);
    if (!io.f) {
        foi_sumfile_close(io.xiss, 0, NULL);
        return err->code ? err->code : FOI_EIO;
    }
    x->written[O_ISSUES] = 1;
    rc = foi_csv_issue_header(&io.csv);
    foi_free(x->missing_att);
    if (!rc && !(x->missing_att = foi_calloc(run->nsrc + 1, 1)))
        rc = FOI_ENOMEM;
    for (size_t i = 0; i < run->nsrc && !rc; i++) {
        if (!run->src[i].niss)
            continue;
        io.cur_src = i;
        struct foi_merge_input in;
        foi_run_input(run, i, &in);
        struct foi_result_reader *rd;
        if ((rc = foi_result_reader_open(&rd, &in, 4096, 0, err)))
            break;
        rc = foi_result_reader_issues(rd, own_issue, &io);
        foi_result_reader_close(rd);
        if (rc == FOI_ECORRUPT)
            foi_errf(err, rc, run->src[i].row.source_file,
                     "its result in the rebuild cache is damaged; build again with --clean");
    }
    if (!rc)
        rc = extra_until(&io, NULL);
    if (!rc && io.csv.len)
        rc = foi_wfile_write(io.f, io.csv.data, io.csv.len);
    if (!rc && !db)
        rc = foi_flush_fd(x->extra_fd, &io.extra);
    rc = foi_wfile_finish(io.f, rc, x->tmp[O_ISSUES], err);
    int xrc = foi_sumfile_close(io.xiss, !rc, err);
    foi_buf_release(&io.csv);
    foi_buf_release(&io.extra);
    if (rc && !err->code)
        foi_errf(err, rc, "issues.csv", "%s", foi_strerror(rc));
    return rc ? rc : xrc;
}

int foi_outs_review_all(struct foi_outs *x)
{
    struct foi_run *run = x->run;
    int rc = 0;
    foi_review_release(&x->review);
    for (size_t i = 0; i < run->nsrc && !rc; i++) {
        if (!run->src[i].nrec)
            continue;
        struct foi_merge_input in;
        foi_run_input(run, i, &in);
        struct foi_result_reader *rd;
        if ((rc = foi_result_reader_open(&rd, &in, 65536, 1, x->err)))
            break;
        struct foi_record rec;
        int r;
        while (!rc && (r = foi_result_reader_next(rd, &rec)) > 0)
            rc = foi_review_add(&x->review, &rec);
        foi_result_reader_close(rd);
        if (!rc && r < 0)
            rc = FOI_ECORRUPT;
        if (rc == FOI_ECORRUPT)
            foi_errf(x->err, rc, run->src[i].row.source_file,
                     "its result in the rebuild cache is damaged; build again with --clean");
    }
    return rc;
}

int foi_outs_small(struct foi_outs *x)
{
    struct foi_run *run = x->run;
    struct foi_err *err = x->err;
    struct foi_dataset view;
    foi_dataset_init(&view);
    view.tax = run->tax;
    struct foi_source *rows = foi_malloc((run->nsrc + 1) * sizeof *rows);
    if (!rows)
        return foi_errf(err, FOI_ENOMEM, "", "out of memory");
    for (size_t i = 0; i < run->nsrc; i++)
        rows[i] = run->src[i].row;
    view.sources = rows;
    view.nsources = run->nsrc;
    struct foi_export_ctx ec = { &view, &x->rep, 1, x->o->link_prefix };
    x->written[O_SOURCES] = 1;
    int rc = foi_out_sources_csv(&ec, x->tmp[O_SOURCES], err);
    /* the package lists the issue codes used: one issue of each will do */
    for (size_t k = 0; k < x->isum.ncodes && !rc; k++)
        rc = foi_dataset_add_issue(&view, FOI_SEV_INFO, x->isum.codes[k].code, "", "", "%s", "");
    if (!rc) {
        x->written[O_DATAPACKAGE] = 1;
        rc = foi_out_datapackage(&ec, x->tmp[O_DATAPACKAGE], err);
    }
    if (!rc) {
        foi_review_done(&x->review);
        struct foi_report_in in = { rows, run->nsrc, x->missing_att, run->wide.expect, run->wide.nexpect, run->tax,
                                    &x->cov, &x->rep, &x->isum, x->review.h, x->review.n, x->review.total,
                                    x->o->link_prefix ? x->o->link_prefix : "" };
        x->written[O_REPORT] = 1;
        rc = foi_report_write(&in, x->tmp[O_REPORT], err);
    }
    view.sources = NULL;
    view.nsources = 0;
    foi_dataset_release(&view);
    foi_free(rows);
    return rc;
}

int foi_outs_state(struct foi_outs *x, const char *fingerprint, const struct foi_state *st)
{
    (void)fingerprint;
    x->written[O_STATE] = 1;
    return foi_state_write(st, x->tmp[O_STATE], x->err);
}

int foi_outs_sync(struct foi_outs *x)
{
    /* those written with only a writeback started are waited for here;
     * for the rest (fsynced as they were closed) it costs nothing */
    for (int i = 0; i < NOUT; i++)
        if (x->written[i] && foi_fsync_path(x->tmp[i]) != 0)
            return foi_errf(x->err, FOI_EIO, x->fin[i], "cannot write to disk: %s", strerror(errno));
    return 0;
}

int foi_outs_rename(struct foi_outs *x)
{
    int rc = foi_outs_sync(x);
    for (int i = 0; i < NOUT && !rc; i++)
        if (x->written[i] && rename(x->tmp[i], x->fin[i]) != 0)
            rc = foi_errf(x->err, FOI_EIO, x->fin[i], "cannot rename into place: %s", strerror(errno));
        else
            x->written[i] = 0;
    int dfd = open(x->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        fsync(dfd);
        close(dfd);
    }
    return rc;
}

void foi_outs_end(struct foi_outs *x, int failed)
{
    for (int i = 0; i < NOUT; i++) {
        if (failed && x->written[i] && x->tmp[i])
            unlink(x->tmp[i]);
        foi_free(x->tmp[i]);
        foi_free(x->fin[i]);
    }
    foi_sumfile_close(x->cmpstate, 0, NULL);
    if (x->cmp_fd >= 0)
        close(x->cmp_fd);
    if (x->rows_out_fd >= 0)
        close(x->rows_out_fd);
    if (x->rows_out_sha) {
        unsigned char t[32];
        foi_sha_end(x->rows_out_sha, t);
    }
    if (x->extra_fd >= 0)
        close(x->extra_fd);
    foi_buf_release(&x->rowbuf);
    foi_buf_release(&x->keepbuf);
    foi_free(x->pick);
    foi_free(x->gsel);
    foi_comparable_release(&x->rep);
    foi_cmp_builder_free(x->cb);
    foi_free(x->outcomes);
    foi_coverage_release(&x->cov);
    foi_review_release(&x->review);
    foi_free(x->missing_att);
    foi_issue_summary_release(&x->isum);
    foi_workforce_free(x->wf);
}

/* ------------------------------------------------------------ foi.sqlite */
/* ------------------------------------------------------------ a full build */
struct merge_out {
    struct foi_outs *x;
    struct foi_wfile *csv, *nd;
    struct foi_buf cbuf, nbuf;
    struct foi_ndjson *enc;
    int rows_fd;                 /* .foi-rows */
    struct foi_buf rowsbuf;
    struct foi_sha *rows_sha;    /* of its rows, for the state */
    unsigned char rows_digest[32];
    struct foi_dupcheck dup;
    struct foi_issort *cross;
    struct foi_issue_sink cross_sink;
    unsigned char tag[16];
    size_t nrecords;
    uint64_t csv_bytes, nd_bytes;
    /* the change summary: the records of the sources that changed */
    struct foi_diff_sum *dsum;
    unsigned char *sel;
};

static int cross_add(void *ctx, const struct foi_issue *is)
{
    struct merge_out *m = ctx;
    key_tag(&m->dup.key, m->tag);
    return foi_issort_add_tag(m->cross, is, m->tag);
}

static int on_record(void *ctx, const struct foi_record *r, const struct foi_merge_pos *pos)
{
    struct merge_out *m = ctx;
    size_t c0 = m->cbuf.len, n0 = m->nbuf.len;
    int rc = foi_rows_record(m->enc, &m->cbuf, &m->nbuf, r, NULL, NULL);
    if (!rc)
        rc = foi_review_add(&m->x->review, r);
    if (!rc) {
        unsigned char t[16];
        foi_put_le32(t, pos->source);
        foi_put_le32(t + 4, pos->rank);
        foi_put_le32(t + 8, (uint32_t)(m->cbuf.len - c0));
        foi_put_le32(t + 12, (uint32_t)(m->nbuf.len - n0));
        m->csv_bytes += m->cbuf.len - c0;
        m->nd_bytes += m->nbuf.len - n0;
        rc = foi_buf_add(&m->rowsbuf, t, 16);
        if (!rc && m->rowsbuf.len >= 1 << 18) {
            foi_sha_add(m->rows_sha, m->rowsbuf.data, m->rowsbuf.len);
            rc = foi_flush_fd(m->rows_fd, &m->rowsbuf);
        }
    }
    if (!rc && m->cbuf.len >= 1 << 18) {
        rc = foi_wfile_write(m->csv, m->cbuf.data, m->cbuf.len);
        foi_buf_reset(&m->cbuf);
    }
    if (!rc && m->nbuf.len >= 1 << 18) {
        rc = foi_wfile_write(m->nd, m->nbuf.data, m->nbuf.len);
        foi_buf_reset(&m->nbuf);
    }
    if (!rc) rc = foi_dupcheck_add(&m->dup, r);
    if (!rc) rc = foi_cmp_builder_add(m->x->cb, r);
    if (!rc && m->dsum && m->sel[pos->source])
        rc = foi_diff_sum_record(m->dsum, 0, r);
    m->nrecords++;
    return rc;
}

int foi_rows_header(int fd, uint64_t nrows)
{
    unsigned char h[FOI_STATE_ROWS_HDR];
    memcpy(h, "FOIROWS1", 8);
    for (int i = 0; i < 8; i++)
        h[8 + i] = (unsigned char)(nrows >> (8 * i));
    return pwrite(fd, h, sizeof h, 0) == (ssize_t)sizeof h ? 0 : -1;
}

/* The records merged: records.csv, records.ndjson, .foi-rows, the
 * duplicate check, the comparable table's first pass. */
static int merge_records(struct foi_outs *x, struct merge_out *m)
{
    struct foi_run *run = x->run;
    struct foi_err *err = x->err;
    int rc = 0;
    m->x = x;
    m->rows_fd = open(x->tmp[O_ROWS], O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    x->written[O_ROWS] = 1;
    if (m->rows_fd < 0 || foi_write_all(m->rows_fd, "FOIROWS1\0\0\0\0\0\0\0\0", FOI_STATE_ROWS_HDR))
        return foi_errf(err, FOI_EIO, x->tmp[O_ROWS], "cannot create: %s", strerror(errno));
    m->csv = foi_wfile_open(x->tmp[O_RECORDS], err);
    x->written[O_RECORDS] = m->csv != NULL;
    m->nd = m->csv ? foi_wfile_open(x->tmp[O_NDJSON], err) : NULL;
    x->written[O_NDJSON] = m->nd != NULL;
    if (!m->csv || !m->nd)
        return err->code ? err->code : FOI_EIO;
    if ((rc = foi_ndjson_new(&m->enc)) || (rc = foi_issort_new(&m->cross, x->budget / 16, x->dir)))
        return foi_errf(err, rc, "", "%s", foi_strerror(rc));
    if (!(m->rows_sha = foi_sha_begin()))
        return foi_errf(err, FOI_ENOMEM, "", "out of memory");
    m->cross_sink.add = cross_add;
    m->cross_sink.ctx = m;
    foi_dupcheck_init(&m->dup, &m->cross_sink);
    for (int c = 0; c < FOI_RECORD_NCOLS && !rc; c++)
        if (!(rc = foi_csv_put(&m->cbuf, foi_record_columns[c], 1)))
            rc = foi_buf_addc(&m->cbuf, c + 1 < FOI_RECORD_NCOLS ? ',' : '\n');
    m->csv_bytes = m->cbuf.len;
    struct foi_merge_input *inputs = foi_malloc((run->nsrc + 1) * sizeof *inputs);
    if (rc || !inputs) {
        foi_free(inputs);
        return foi_errf(err, FOI_ENOMEM, "", "out of memory");
    }
    size_t ninputs = 0;
    for (size_t i = 0; i < run->nsrc; i++)
        if (run->src[i].nrec)
            foi_run_input(run, i, &inputs[ninputs++]);
    struct foi_merge_opts mo;
    memset(&mo, 0, sizeof mo);
    mo.budget = x->budget / 8 * 5;   /* the change paragraph has an eighth, the issue sort a sixteenth */
    mo.tmp_dir = x->dir;
    mo.verify = 1;
    rc = foi_merge(inputs, ninputs, &mo, on_record, m, err);
    foi_free(inputs);
    if (!rc && m->cbuf.len)
        rc = foi_wfile_write(m->csv, m->cbuf.data, m->cbuf.len);
    if (!rc && m->nbuf.len)
        rc = foi_wfile_write(m->nd, m->nbuf.data, m->nbuf.len);
    if (!rc)
        foi_sha_add(m->rows_sha, m->rowsbuf.data, m->rowsbuf.len);
    if (foi_sha_end(m->rows_sha, m->rows_digest) && !rc)
        rc = foi_errf(err, FOI_ENOMEM, "", "out of memory");
    m->rows_sha = NULL;
    if (!rc && (foi_flush_fd(m->rows_fd, &m->rowsbuf) || foi_rows_header(m->rows_fd, m->nrecords) ||
                fsync(m->rows_fd) < 0))
        rc = foi_errf(err, FOI_EIO, x->tmp[O_ROWS], "cannot write: %s", strerror(errno));
    if (rc == FOI_ECORRUPT && mo.bad_input < run->nsrc)
        foi_errf(err, rc, run->src[mo.bad_input].row.source_file,
                 "its result in the rebuild cache is damaged; build again with --clean");
    int crc = foi_wfile_finish(m->csv, rc, x->tmp[O_RECORDS], err);
    int nrc = foi_wfile_finish(m->nd, rc ? rc : crc, x->tmp[O_NDJSON], err);
    m->csv = m->nd = NULL;
    if (!rc)
        rc = crc ? crc : nrc;
    if (rc && !err->code)
        foi_errf(err, rc, "", "%s", foi_strerror(rc));
    if (!rc) {
        char pname[96];
        snprintf(pname, sizeof pname, "records merged (%zu pass%s, inputs %zu MB)", mo.passes,
                 mo.passes == 1 ? "" : "es", mo.need >> 20);
        foi_run_phase(pname);
    }
    return rc;
}

static void merge_out_end(struct merge_out *m)
{
    if (m->csv)
        foi_wfile_abort(m->csv);
    if (m->nd)
        foi_wfile_abort(m->nd);
    if (m->rows_fd > 0)
        close(m->rows_fd);
    foi_buf_release(&m->cbuf);
    foi_buf_release(&m->nbuf);
    foi_buf_release(&m->rowsbuf);
    foi_ndjson_free(m->enc);
    foi_dupcheck_release(&m->dup);
    foi_issort_free(m->cross);
    foi_diff_sum_free(m->dsum);
    foi_free(m->sel);
    if (m->rows_sha)
        foi_sha_end(m->rows_sha, m->rows_digest);
}

/* The issues of no or several sources in a full build: those of no source
 * (run->wide, sorted) merged with the sorted cross-file ones. */
struct full_extra {
    struct foi_run *run;
    struct foi_issort *cross;
    size_t wi;
    struct foi_issue c;
    int have_c, cross_done;
};

static int full_extra_next(void *ctx, struct foi_issue *is, const unsigned char **tag, int64_t *rowid)
{
    struct full_extra *f = ctx;
    *rowid = 0;
    if (!f->have_c && !f->cross_done) {
        int r = foi_issort_next(f->cross, &f->c);
        if (r < 0)
            return r;
        if (r)
            f->have_c = 1;
        else
            f->cross_done = 1;
    }
    const struct foi_dataset *w = &f->run->wide;
    int take_wide = f->wi < w->nissues && (!f->have_c || foi_issue_cmp(&w->issues[f->wi], &f->c) <= 0);
    if (take_wide) {
        *is = w->issues[f->wi++];
        *tag = NULL;
        return 1;
    }
    if (!f->have_c)
        return 0;
    *is = f->c;
    *tag = foi_issort_tag(f->cross);
    f->have_c = 0;
    return 1;
}
void foi_state_src_of(const struct foi_run *run, size_t i, struct foi_state_src *ss)
{
    const struct foi_src *s = &run->src[i];
    memset(ss, 0, sizeof *ss);
    ss->row = s->row;
    ss->key = s->job >= 0 ? run->jobs[s->job].key : s->row.source_file;
    foi_run_hsha(run, i, ss->hsha);
    ss->nrec = s->nrec;
    ss->niss = s->niss;
}


/* The state of a full build: sources in order, where their rows went in
 * foi.sqlite (rows[i] for source i). */
static int full_state(struct foi_outs *x, const char *fingerprint, const struct merge_out *m,
                      const struct foi_sql_rows *rows, uint64_t nextra)
{
    struct foi_run *run = x->run;
    struct foi_state st;
    foi_state_init(&st);
    snprintf(st.key, sizeof st.key, "%s", run->options);
    snprintf(st.fingerprint, sizeof st.fingerprint, "%s", fingerprint);
    st.nrows = m->nrecords;
    st.csv_bytes = m->csv_bytes;
    st.nd_bytes = m->nd_bytes;
    st.nextra = nextra;
    st.ncmp = x->rep.total_rows;
    memcpy(st.rows_sha, m->rows_digest, 32);
    int rc = 0;
    for (size_t i = 0; i < run->nsrc && !rc; i++) {
        struct foi_state_src ss;
        foi_state_src_of(run, i, &ss);
        ss.rec_first = rows[i].rec_first;
        ss.rec_count = rows[i].rec_count;
        ss.iss_first = rows[i].iss_first;
        ss.iss_count = rows[i].iss_count;
        rc = foi_state_add_src(&st, &ss);
    }
    if (rc)
        rc = foi_errf(x->err, rc, "", "out of memory");
    else
        rc = foi_outs_state(x, fingerprint, &st);
    foi_state_release(&st);
    return rc;
}

/* The change summary of a full build: which sources changed since the
 * previous build (all of them without its state), the previous build's
 * records of those read from records.csv, every source; the new records
 * of those come with the merge. */
static int keep_changed(void *ctx, const char *source_file)
{
    const struct merge_out *m = ctx;
    long i = foi_run_find(m->x->run, source_file);
    return i < 0 || m->sel[i];
}

int foi_run_old_result(const struct foi_run *run, const struct foi_state_src *os, struct foi_merge_input *in)
{
    memset(in, 0, sizeof *in);
    in->fd = -1;
    struct foi_cache_ref ref;
    int found = 0;
    for (size_t k = run->nreplaced; k-- > 0 && !found;)
        if (!strcmp(run->replaced[k].key, os->key)) {
            ref = run->replaced[k].ref;
            found = 1;
        }
    if (!found && !foi_cache_find(run->cache, os->key, &ref))
        return 1;
    if (memcmp(ref.hsha, os->hsha, 32))
        return 1;
    in->fd = ref.fd;
    in->off = ref.off;
    in->len = ref.len;
    in->hsha = os->hsha;
    return 0;
}

/* The previous build's records of the files that changed, from their
 * results (and every previous source): *done 1 when every one was there. */
static int old_changed_rows(struct foi_outs *x, struct merge_out *m, const struct foi_state *old, int *done)
{
    struct foi_run *run = x->run;
    *done = 0;
    int rc = 0;
    for (size_t j = 0; j < old->nsrc && !rc; j++) {
        const struct foi_state_src *os = &old->src[j];
        if (!os->nrec)
            continue;
        long i = foi_run_find(run, os->row.source_file);
        if (i >= 0 && !m->sel[i])
            continue;   /* unchanged: its figures pair with themselves */
        struct foi_merge_input in;
        if (foi_run_old_result(run, os, &in))
            return 0;   /* gone: records.csv it is */
        struct foi_result_reader *rd;
        struct foi_err e;
        foi_err_clear(&e);
        if (foi_result_reader_open(&rd, &in, 65536, 1, &e))
            return 0;
        struct foi_record rec;
        int r;
        while (!rc && (r = foi_result_reader_next(rd, &rec)) > 0)
            rc = foi_diff_sum_record(m->dsum, 1, &rec);
        foi_result_reader_close(rd);
        if (!rc && r < 0)
            return 0;
    }
    for (size_t j = 0; j < old->nsrc && !rc; j++)
        rc = foi_diff_sum_source(m->dsum, 1, &old->src[j].row);
    *done = !rc;
    return rc;
}

static int summary_begin(struct foi_outs *x, struct merge_out *m, const struct foi_state *old)
{
    struct foi_run *run = x->run;
    m->x = x;
    m->sel = foi_malloc(run->nsrc + 1);
    if (!m->sel)
        return FOI_ENOMEM;
    memset(m->sel, 1, run->nsrc + 1);
    for (size_t i = 0, j = 0; old && i < run->nsrc; i++) {
        const char *f = run->src[i].row.source_file;
        while (j < old->nsrc && strcmp(old->src[j].row.source_file, f) < 0)
            j++;
        unsigned char h[32];
        foi_run_hsha(run, i, h);
        if (j < old->nsrc && !strcmp(old->src[j].row.source_file, f) && run->src[i].where == FOI_SRC_CACHE &&
            !memcmp(h, old->src[j].hsha, 32))
            m->sel[i] = 0;
    }
    /* a side's rows at about 60 bytes each in an eighth of the budget */
    int rc = foi_diff_sum_new(&m->dsum, x->budget / 8 / 64 + 1);
    /* the previous records of the changed files: from their results, still
     * in the cache, when the state says which they were; else from the
     * previous records.csv */
    int from_results = 0;
    if (!rc && old) {
        rc = old_changed_rows(x, m, old, &from_results);
        if (!rc && !from_results) {
            foi_diff_sum_free(m->dsum);
            m->dsum = NULL;
            rc = foi_diff_sum_new(&m->dsum, x->budget / 8 / 64 + 1);
        }
    }
    if (!rc && !from_results)
        rc = foi_diff_sum_load(m->dsum, x->dir, keep_changed, m);
    for (size_t i = 0; i < run->nsrc && !rc; i++)
        rc = foi_diff_sum_source(m->dsum, 0, &run->src[i].row);
    return rc;
}

/* foi.sqlite in one process, at the end (--no-fork): the sources' results,
 * then the rest; rows[i] where source i's rows went. */
static int sql_here(struct foi_outs *x, int64_t extra_first, struct foi_sql_rows *rows)
{
    struct foi_run *run = x->run;
    struct foi_sqlite *q = NULL;
    x->written[O_SQLITE] = 1;
    int rc = foi_sqlite_create(&q, x->tmp[O_SQLITE], 32768, x->err);
    for (size_t i = 0; i < run->nsrc && !rc; i++) {
        struct foi_merge_input in;
        foi_run_input(run, i, &in);
        rc = foi_sqlout_insert(q, &in, run->src[i].row.source_file, &rows[i], x->err);
    }
    for (size_t i = 0; i < run->nsrc && !rc; i++)
        rc = foi_sqlite_source(q, &run->src[i].row);
    if (!rc)
        rc = foi_sqlout_extra(q, x->extra_fd, extra_first, x->err);
    if (!rc)
        rc = foi_sqlite_forces(q, run->tax);
    if (!rc)
        rc = foi_sqlout_comparable(q, x->outcomes, x->noutcomes, x->rows_out_fd, x->err);
    if (q) {
        int frc = foi_sqlite_finish(q, !rc);
        if (!rc)
            rc = frc;
    }
    return rc;
}

int foi_run_sql_start(struct foi_run *run, struct foi_err *err)
{
    char *path = foi_out_tmp_path(run->o->out_dir, O_SQLITE);
    if (!path)
        return foi_errf(err, FOI_ENOMEM, "", "out of memory");
    int rc = foi_sqlout_start(&run->sql, path, run->tax, err);
    foi_free(path);
    return rc;
}

int foi_run_sql_send(struct foi_run *run, size_t i)
{
    struct foi_src *s = &run->src[i];
    struct foi_merge_input in;
    foi_run_input(run, i, &in);
    s->sqlseq = run->nsql++;
    run->sql_niss += s->niss;
    return foi_sqlout_result(run->sql, s->sqlseq, &in);
}

int foi_run_outputs(struct foi_run *run, const struct foi_state *old, struct foi_build_summary *sum,
                    const char *fingerprint, struct foi_err *err)
{
    struct foi_outs x;
    struct merge_out m;
    memset(&m, 0, sizeof m);
    struct foi_sql_rows *rows = NULL, *byseq = NULL;
    /* foi.sqlite, side by side: started before the files were read in a
     * clean build, else now with every result, and before any output is
     * opened: its writer is a forked child, and no other thread of this
     * process may be running when it forks (the checked writer's thread
     * starts with the first output file) */
    int rc = 0;
    if (!run->o->no_fork && !run->sql && !(rc = foi_run_sql_start(run, err))) {
        for (size_t i = 0; i < run->nsrc && !rc; i++)
            if ((rc = foi_run_sql_send(run, i)))
                rc = foi_errf(err, rc, "", "out of memory");
        if (!rc && (rc = foi_sqlout_end_results(run->sql)))
            rc = foi_errf(err, rc, "", "out of memory");
    }
    int brc = foi_outs_begin(&x, run, sum, err);
    if (!rc)
        rc = brc;
    if (!rc && !run->o->no_fork)
        x.written[O_SQLITE] = 1;
    if (!rc && (rc = summary_begin(&x, &m, old)))
        rc = foi_errf(err, rc, "", "out of memory");
    if (!rc)
        foi_run_phase("previous build read");
    if (!rc)
        rc = merge_records(&x, &m);
    if (!rc && (rc = foi_diff_sum_text(m.dsum, sum->changes, sizeof sum->changes)))
        rc = foi_errf(err, rc, "", "out of memory");
    if (!rc && !(rc = foi_outs_comparable(&x)))
        foi_run_phase("comparable table");
    if (!rc && run->sql)
        rc = foi_sqlout_comparable_rows(run->sql, x.tmp[O_CMPOUT], err);
    if (!rc)
        rc = foi_outs_missing(&x);
    /* the issues of no or several sources are numbered after every issue of
     * a source that went into foi.sqlite (those of results later replaced too) */
    int64_t extra_first = 1;
    if (run->sql)
        extra_first += (int64_t)run->sql_niss;
    else
        for (size_t i = 0; i < run->nsrc; i++)
            extra_first += run->src[i].niss;
    int64_t extra_next = extra_first;
    if (!rc && (rc = foi_issort_finish(m.cross)))
        rc = foi_errf(err, rc, "issues.csv", "cannot sort the issues: %s", foi_strerror(rc));
    if (!rc) {
        struct full_extra fe;
        memset(&fe, 0, sizeof fe);
        fe.run = run;
        fe.cross = m.cross;
        rc = foi_outs_issues(&x, full_extra_next, &fe, NULL, &extra_next);
    }
    if (!rc) {
        char pname[96];
        snprintf(pname, sizeof pname, "issues sorted (%zu run%s)", foi_issort_runs(m.cross),
                 foi_issort_runs(m.cross) == 1 ? "" : "s");
        foi_run_phase(pname);
    }
    if (!rc && !(rc = foi_outs_small(&x)))
        foi_run_phase("other outputs written");
    /* foi.sqlite: the child finishes (or, in one process, all of it now) */
    rows = foi_calloc(run->nsrc + 1, sizeof *rows);
    if (!rc && !rows)
        rc = foi_errf(err, FOI_ENOMEM, "", "out of memory");
    if (!rc && run->sql) {
        byseq = foi_calloc(run->nsql + 1, sizeof *byseq);
        if (!byseq)
            rc = foi_errf(err, FOI_ENOMEM, "", "out of memory");
        struct foi_source *srows = rc ? NULL : foi_malloc((run->nsrc + 1) * sizeof *srows);
        if (!rc && !srows)
            rc = foi_errf(err, FOI_ENOMEM, "", "out of memory");
        for (size_t i = 0; !rc && i < run->nsrc; i++)
            srows[i] = run->src[i].row;
        if (!rc) {
            rc = foi_sqlout_finish(run->sql, srows, run->nsrc, extra_first, x.extra_fd, x.rows_out_fd, byseq,
                                   run->nsql, err);
            run->sql = NULL;
        }
        foi_free(srows);
        for (size_t i = 0; !rc && i < run->nsrc; i++)
            rows[i] = byseq[run->src[i].sqlseq];
    } else if (!rc) {
        rc = sql_here(&x, extra_first, rows);
    }
    if (!rc)
        foi_run_phase("foi.sqlite written");
    if (!rc)
        rc = full_state(&x, fingerprint, &m, rows, (uint64_t)(extra_next - extra_first));
    /* all written: into place */
    if (!rc)
        rc = foi_outs_rename(&x);
    foi_free(rows);
    foi_free(byseq);
    merge_out_end(&m);
    foi_outs_end(&x, rc != 0);
    if (rc && !err->code)
        foi_errf(err, rc, "", "%s", foi_strerror(rc));
    return rc;
}
