/* outputs.c: a build's outputs written from its sources' results without
 * holding the figures: one merge of the results in SPEC order feeds
 * records.csv and records.ndjson, the duplicate check, the comparable table
 * (a force at a time) and the coverage counts; a second pass over the
 * comparable rows places them in their funnels; issues are sorted apart and
 * merged with each source's own; foi.sqlite is filled by a child process
 * at the same time. Everything goes to temporaries renamed at the end. */
#include "run.h"
#include "issort.h"
#include "serial.h"
#include "stamp.h"
#include "state.h"
#include "../analyze/comparable.h"
#include "../analyze/coverage.h"
#include "../analyze/reconcile.h"
#include "../analyze/workforce.h"
#include "../export/export.h"
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

enum { O_RECORDS, O_NDJSON, O_SQLITE, O_COMPARABLE, O_SOURCES, O_ISSUES, O_DATAPACKAGE, O_REPORT,
       O_STATE, O_ROWS, O_XISS, O_CMPSTATE, NOUT };
static const char *const out_names[NOUT] = { "records.csv", "records.ndjson", "foi.sqlite", "comparable.csv",
                                             "sources.csv", "issues.csv", "datapackage.json", "report.html",
                                             FOI_STATE_FILES };

static int write_all(int fd, const void *p, size_t n)
{
    const char *c = p;
    while (n) {
        ssize_t w = write(fd, c, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        c += w;
        n -= (size_t)w;
    }
    return 0;
}

static int read_all_fd(int fd, void *p, size_t n)
{
    char *c = p;
    while (n) {
        ssize_t r = read(fd, c, n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return -1;
        c += r;
        n -= (size_t)r;
    }
    return 0;
}

/* An unlinked temporary file next to the outputs. */
static int tmp_fd(const char *dir)
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
    for (int i = 0; i < 8; i++) {
        tag[i] = (unsigned char)(a >> (8 * i));
        tag[8 + i] = (unsigned char)(b >> (8 * i));
    }
}

/* ------------------------------------------------------------ comparable rows */
/* A finished row, as the second pass reads it back: strings with their
 * lengths, numbers as they are. */
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

static int row_write(struct foi_buf *b, int ncells, const struct foi_cmp_row *r)
{
    size_t at = b->len;
    int rc = put_u32(b, 0);   /* the row's length, filled in below */
    if (!rc) rc = put_s(b, r->force_id);
    if (!rc) rc = put_s(b, r->force_name);
    if (!rc) rc = put_s(b, r->period_start);
    if (!rc) rc = put_s(b, r->period_end);
    if (!rc) rc = put_s(b, r->category);
    if (!rc) rc = put_s(b, r->measure);
    if (!rc) rc = put_s(b, r->subject);
    if (!rc) rc = put_s(b, r->officers_date);
    if (!rc) rc = put_s(b, r->funnel);
    unsigned char f[2] = { (unsigned char)r->summed, (unsigned char)r->has_rate };
    if (!rc) rc = put_raw(b, f, 2);
    if (!rc) rc = put_raw(b, &r->officers, 8);
    if (!rc) rc = put_raw(b, &r->rate_per_1000, 8);
    for (int c = 0; c < ncells && !rc; c++) {
        const struct foi_cmp_cell *x = &r->cells[c];
        unsigned char g[7] = { x->present, x->conflict, (unsigned char)x->status, x->has_value, x->has_min,
                               x->has_max, 0 };
        rc = put_raw(b, g, 7);
        if (!rc && x->present) {
            rc = put_raw(b, &x->value, 8);
            if (!rc) rc = put_raw(b, &x->min, 8);
            if (!rc) rc = put_raw(b, &x->max, 8);
            if (!rc) rc = put_s(b, x->text);
        }
    }
    if (!rc)
        foi_put_le32((unsigned char *)b->data + at, (uint32_t)(b->len - at - 4));
    return rc;
}

/* Reading rows back: a buffered reader over a file of them. */
struct row_reader {
    int fd;
    char *buf;
    size_t alloc, pos, len;
    int eof;
    struct foi_cmp_cell *cells;
    int ncells;
};

static int rr_need(struct row_reader *rr, size_t n)
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

static const char *rr_take(const char **p, const char *end)
{
    if (end - *p < 4)
        return NULL;
    size_t n = foi_le32((const unsigned char *)*p);
    if ((size_t)(end - *p) < 4 + n + 1 || (*p)[4 + n] != '\0')
        return NULL;
    const char *s = *p + 4;
    *p += 4 + n + 1;
    return s;
}

/* The next row: 1, 0 at the end, -1 on error. Strings point into the
 * reader's buffer until the next call. */
static int rr_next(struct row_reader *rr, struct foi_cmp_row *r)
{
    if (rr->pos >= rr->len && rr_need(rr, 1))
        return rr->pos >= rr->len && rr->eof ? 0 : -1;
    if (rr_need(rr, 4))
        return -1;
    size_t len = foi_le32((const unsigned char *)rr->buf + rr->pos);
    if (rr_need(rr, 4 + len))
        return -1;
    const char *p = rr->buf + rr->pos + 4, *end = p + len;
    const char *s[9];
    for (int k = 0; k < 9; k++)
        if (!(s[k] = rr_take(&p, end)))
            return -1;
    if (end - p < 18)
        return -1;
    memset(r, 0, sizeof *r);
    r->force_id = s[0];
    r->force_name = s[1];
    snprintf(r->period_start, sizeof r->period_start, "%s", s[2]);
    snprintf(r->period_end, sizeof r->period_end, "%s", s[3]);
    r->category = s[4];
    r->measure = s[5];
    r->subject = s[6];
    snprintf(r->officers_date, sizeof r->officers_date, "%s", s[7]);
    r->funnel = s[8];
    r->summed = p[0];
    r->has_rate = p[1];
    memcpy(&r->officers, p + 2, 8);
    memcpy(&r->rate_per_1000, p + 10, 8);
    p += 18;
    for (int c = 0; c < rr->ncells; c++) {
        struct foi_cmp_cell *x = &rr->cells[c];
        memset(x, 0, sizeof *x);
        if (end - p < 7)
            return -1;
        x->present = (unsigned char)p[0];
        x->conflict = (unsigned char)p[1];
        x->status = (enum foi_vstatus)(unsigned char)p[2];
        x->has_value = (unsigned char)p[3];
        x->has_min = (unsigned char)p[4];
        x->has_max = (unsigned char)p[5];
        p += 7;
        x->text = "";
        if (x->present) {
            if (end - p < 24)
                return -1;
            memcpy(&x->value, p, 8);
            memcpy(&x->min, p + 8, 8);
            memcpy(&x->max, p + 16, 8);
            p += 24;
            if (!(x->text = rr_take(&p, end)))
                return -1;
        }
    }
    if (p != end)
        return -1;
    r->cells = rr->cells;
    rr->pos += 4 + len;
    return 1;
}

/* ------------------------------------------------------------ the merge's consumers */
struct outs {
    struct foi_run *run;
    const struct foi_build_opts *o;
    struct foi_err *err;
    char *tmp[NOUT], *fin[NOUT];
    struct foi_wfile *csv, *nd;
    struct foi_buf cbuf, nbuf;
    struct foi_ndjson *enc;
    struct foi_dupcheck dup;
    struct foi_issort *cross;
    struct foi_issue_sink cross_sink, wide_sink;
    struct foi_cmp_builder *cb;
    int cmp_fd;                  /* rows of the first pass */
    struct foi_buf rowbuf;
    const char **outcomes;
    int noutcomes;
    struct foi_coverage cov;
    struct foi_workforce *wf;
    size_t nrecords;
    int rows_fd;                 /* .foi-rows */
    struct foi_buf rowsbuf;
    struct foi_sumfile *cmpstate;
    unsigned char tag[16];       /* the figure the duplicate check is on */
    int rc;
};

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
    for (int i = 0; i < 8; i++) {
        tag[i] = (unsigned char)(a >> (8 * i));
        tag[8 + i] = (unsigned char)(b >> (8 * i));
    }
}

static int cross_add(void *ctx, const struct foi_issue *is)
{
    struct outs *x = ctx;
    key_tag(&x->dup.key, x->tag);
    return foi_issort_add_tag(x->cross, is, x->tag);
}

/* .foi-cmp: D, a row before sums; M, a month a file lists for a force */
static int keep_direct(void *ctx, const struct foi_cmp_row *row)
{
    struct outs *x = ctx;
    struct foi_buf b;
    foi_buf_init(&b, 0);
    int rc = foi_buf_addc(&b, 'D');
    if (!rc)
        rc = row_write(&b, x->noutcomes, row);
    if (!rc)
        rc = foi_sumfile_write(x->cmpstate, b.data, b.len);
    foi_buf_release(&b);
    return rc;
}

static int keep_month(void *ctx, const char *force_id, const char *source_file, long ym)
{
    struct outs *x = ctx;
    long si = foi_run_find(x->run, source_file);
    struct foi_buf b;
    foi_buf_init(&b, 0);
    unsigned char t[8];
    foi_put_le32(t, (uint32_t)si);
    foi_put_le32(t + 4, (uint32_t)ym);
    int rc = si < 0 ? FOI_EUSAGE : foi_buf_addc(&b, 'M');
    if (!rc) rc = put_s(&b, force_id);
    if (!rc) rc = foi_buf_add(&b, t, 8);
    if (!rc)
        rc = foi_sumfile_write(x->cmpstate, b.data, b.len);
    foi_buf_release(&b);
    return rc;
}

static int flush_fd(int fd, struct foi_buf *b)
{
    int rc = b->len && write_all(fd, b->data, b->len) ? FOI_EIO : 0;
    foi_buf_reset(b);
    return rc;
}

static int on_row(void *ctx, const struct foi_cmp_row *row)
{
    struct outs *x = ctx;
    int rc = row_write(&x->rowbuf, x->noutcomes, row);
    if (!rc && x->rowbuf.len >= 1 << 18)
        rc = flush_fd(x->cmp_fd, &x->rowbuf);
    return rc;
}

static int on_record(void *ctx, const struct foi_record *r, const struct foi_merge_pos *pos)
{
    struct outs *x = ctx;
    size_t c0 = x->cbuf.len, n0 = x->nbuf.len;
    int rc = foi_csv_record(&x->cbuf, r);
    if (!rc) rc = foi_ndjson_record(x->enc, &x->nbuf, r);
    if (!rc) {
        unsigned char t[16];
        foi_put_le32(t, pos->source);
        foi_put_le32(t + 4, pos->rank);
        foi_put_le32(t + 8, (uint32_t)(x->cbuf.len - c0));
        foi_put_le32(t + 12, (uint32_t)(x->nbuf.len - n0));
        rc = foi_buf_add(&x->rowsbuf, t, 16);
        if (!rc && x->rowsbuf.len >= 1 << 18)
            rc = flush_fd(x->rows_fd, &x->rowsbuf);
    }
    if (!rc && x->cbuf.len >= 1 << 18) {
        rc = foi_wfile_write(x->csv, x->cbuf.data, x->cbuf.len);
        foi_buf_reset(&x->cbuf);
    }
    if (!rc && x->nbuf.len >= 1 << 18) {
        rc = foi_wfile_write(x->nd, x->nbuf.data, x->nbuf.len);
        foi_buf_reset(&x->nbuf);
    }
    if (!rc) rc = foi_dupcheck_add(&x->dup, r);
    if (!rc) rc = foi_cmp_builder_add(x->cb, r);
    x->nrecords++;
    return rc;
}

/* ------------------------------------------------------------ foi.sqlite */
/* The database is filled by a child while the parent merges: the records
 * and own issues of every source straight from their results, then (once
 * the parent has them) the sources, the issues of no or several sources,
 * the forces and the comparable table; committed only when told to. */
struct sql_job {
    pid_t pid;
    int cmd, res;                /* parent -> child, child -> parent */
};

struct sql_extra {
    int sources_fd;              /* the source rows, as issues are written: see put_source */
    int issues_fd;               /* wide and cross issues (issort.h format) */
    int rows_fd;                 /* comparable rows with their funnel */
};

static int insert_issue(void *ctx, const struct foi_issue *is)
{
    return foi_sqlite_issue(ctx, is, NULL);
}

/* Fill db with every source's records and own issues. */
static int sql_results(struct foi_run *run, struct foi_sqlite *q, struct foi_err *err)
{
    int rc = 0;
    for (size_t i = 0; i < run->nsrc && !rc; i++) {
        struct foi_merge_input in;
        foi_run_input(run, i, &in);
        struct foi_result_reader *rd;
        if ((rc = foi_result_reader_open(&rd, &in, 65536, 0, err)))
            break;
        struct foi_record rec;
        int r;
        while ((r = foi_result_reader_next(rd, &rec)) > 0 && !rc)
            rc = foi_sqlite_record(q, &rec, NULL);
        if (r < 0 && !rc)
            rc = foi_errf(err, -r, run->src[i].row.source_file, "cannot read its result back");
        if (!rc)
            rc = foi_result_reader_issues(rd, insert_issue, q);
        foi_result_reader_close(rd);
    }
    return rc;
}

static int sql_rest(struct foi_run *run, struct foi_sqlite *q, const struct sql_extra *ex, struct foi_err *err)
{
    int rc = 0;
    for (size_t i = 0; i < run->nsrc && !rc; i++)
        rc = foi_sqlite_source(q, &run->src[i].row);
    struct foi_issue_file *f = NULL;
    if (!rc && !(rc = foi_issue_file_open(&f, dup(ex->issues_fd), 65536))) {
        struct foi_issue is;
        int r;
        while (!rc && (r = foi_issue_file_next(f, &is)) > 0)
            rc = foi_sqlite_issue(q, &is, NULL);
        if (!rc && r < 0)
            rc = foi_errf(err, FOI_EIO, "foi.sqlite", "cannot read the issues back");
        foi_issue_file_close(f);
    }
    if (!rc)
        rc = foi_sqlite_forces(q, run->tax);
    const char **outs = NULL;
    int nout = 0;
    struct foi_comparable cols;
    memset(&cols, 0, sizeof cols);
    foi_arena_init(&cols.arena, 0);
    if (!rc && !(rc = foi_comparable_outcomes(run->tax, &outs, &nout)) &&
        !(rc = foi_comparable_init(&cols, outs, nout)))
        rc = foi_sqlite_comparable_table(q, &cols);
    if (!rc && lseek(ex->rows_fd, 0, SEEK_SET) < 0)
        rc = FOI_EIO;
    if (!rc) {
        struct row_reader rr;
        memset(&rr, 0, sizeof rr);
        rr.fd = ex->rows_fd;
        rr.ncells = nout;
        rr.cells = foi_calloc((size_t)nout + 1, sizeof *rr.cells);
        if (!rr.cells)
            rc = FOI_ENOMEM;
        struct foi_cmp_row row;
        int r = 0;
        while (!rc && (r = rr_next(&rr, &row)) > 0)
            rc = foi_sqlite_comparable_row(q, &row);
        if (!rc && r < 0)
            rc = foi_errf(err, FOI_EIO, "foi.sqlite", "cannot read the comparable rows back");
        foi_free(rr.cells);
        foi_free(rr.buf);
    }
    foi_comparable_release(&cols);
    foi_free(outs);
    return rc;
}

static _Noreturn void sql_child(struct foi_run *run, const char *path, int cmd, int res,
                                const struct sql_extra *ex)
{
    struct foi_err err;
    foi_err_clear(&err);
    signal(SIGINT, SIG_IGN);    /* the parent decides: it says abort, or dies (end of file) */
    struct foi_sqlite *q = NULL;
    int rc = foi_sqlite_create(&q, path, 32768, &err);
    if (!rc)
        rc = sql_results(run, q, &err);
    char go = 0;
    if (read_all_fd(cmd, &go, 1) || go != 'g')
        go = 0;
    if (!rc && go)
        rc = sql_rest(run, q, ex, &err);
    if (q) {
        int frc = foi_sqlite_finish(q, !rc && go);
        if (!rc)
            rc = frc;
    }
    if (!go && !rc)
        rc = FOI_EIO;
    unsigned char h[4];
    foi_put_le32(h, (uint32_t)rc);
    char msg[sizeof err.message];
    snprintf(msg, sizeof msg, "%s", err.message[0] ? err.message : foi_strerror(rc));
    if (write_all(res, h, 4) || write_all(res, msg, sizeof msg))
        _exit(1);
    _exit(rc ? 2 : 0);
}

static int sql_start(struct sql_job *j, struct foi_run *run, const char *path, const struct sql_extra *ex)
{
    int c[2], r[2];
    if (pipe(c) < 0)
        return FOI_EIO;
    if (pipe(r) < 0) {
        close(c[0]);
        close(c[1]);
        return FOI_EIO;
    }
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        close(c[0]); close(c[1]); close(r[0]); close(r[1]);
        return FOI_EIO;
    }
    if (pid == 0) {
        close(c[1]);
        close(r[0]);
        sql_child(run, path, c[0], r[1], ex);
    }
    close(c[0]);
    close(r[1]);
    fcntl(c[1], F_SETFD, FD_CLOEXEC);
    fcntl(r[0], F_SETFD, FD_CLOEXEC);
    j->pid = pid;
    j->cmd = c[1];
    j->res = r[0];
    return 0;
}

/* Tell the child to finish (go) or to drop it all, and wait. 0 or its error. */
static int sql_end(struct sql_job *j, int go, struct foi_err *err)
{
    if (!j->pid)
        return 0;
    char c = go ? 'g' : 'a';
    write_all(j->cmd, &c, 1);
    close(j->cmd);
    unsigned char h[4];
    char msg[sizeof err->message];
    int rc;
    if (read_all_fd(j->res, h, 4) || read_all_fd(j->res, msg, sizeof msg)) {
        rc = go ? foi_errf(err, FOI_EIO, "foi.sqlite", "the SQLite writer stopped") : 0;
    } else {
        rc = (int)foi_le32(h);
        msg[sizeof msg - 1] = 0;
        if (rc && go)
            foi_errf(err, rc, "foi.sqlite", "%s", msg);
        if (!go)
            rc = 0;
    }
    close(j->res);
    int status;
    while (waitpid(j->pid, &status, 0) < 0 && errno == EINTR)
        ;
    j->pid = 0;
    return rc;
}

/* ------------------------------------------------------------ the phase */
static int src_cmp(const void *a, const void *b)
{
    return strcmp(((const struct foi_src *)a)->row.source_file, ((const struct foi_src *)b)->row.source_file);
}

/* One source's own issues and the sorted cross issues, merged into the
 * issues the outputs see. */
struct issue_out {
    struct foi_buf csv;
    struct foi_wfile *f;
    struct foi_buf extra;        /* for foi.sqlite: issues of no or several sources */
    int extra_fd;
    struct foi_issue_summary sum;
    struct foi_issort *cross;
    struct foi_issue cur;        /* the cross issue waiting */
    int have_cur;
    struct foi_sumfile *xiss;    /* .foi-xiss: the same issues with their figure and rowid */
    int64_t next_rowid;          /* in foi.sqlite's issues, after every source's own */
    const struct foi_build_opts *o;
    struct foi_build_summary *bs;
    int rc;
};

static int issue_emit(struct issue_out *io, const struct foi_issue *is, int extra, const unsigned char *tag)
{
    int rc = foi_csv_issue(&io->csv, is);
    if (!rc && io->csv.len >= 1 << 18) {
        rc = foi_wfile_write(io->f, io->csv.data, io->csv.len);
        foi_buf_reset(&io->csv);
    }
    if (!rc && extra) {
        size_t at = io->extra.len;
        rc = foi_issue_write_tag(&io->extra, is, tag);
        unsigned char rid[8];
        for (int i = 0; i < 8; i++)
            rid[i] = (unsigned char)((uint64_t)io->next_rowid >> (8 * i));
        io->next_rowid++;
        if (!rc && io->xiss && (foi_sumfile_write(io->xiss, io->extra.data + at, io->extra.len - at) ||
                                foi_sumfile_write(io->xiss, rid, 8)))
            rc = FOI_EIO;
        if (!rc && io->extra.len >= 1 << 18)
            rc = flush_fd(io->extra_fd, &io->extra);
    }
    if (!rc)
        rc = foi_issue_summary_add(&io->sum, is);
    io->bs->issues++;
    if (is->severity == FOI_SEV_ERROR)
        io->bs->errors++;
    else if (is->severity == FOI_SEV_WARNING)
        io->bs->warnings++;
    if (io->o->message && (is->severity == FOI_SEV_ERROR || !strcmp(is->code, "no_figures")))
        io->o->message(io->o->cb_ctx, is->source_file, is->locator, is->message);
    return rc;
}

/* Cross issues that come before is (or all, is NULL). */
static int cross_until(struct issue_out *io, const struct foi_issue *is)
{
    int rc = 0;
    while (!rc) {
        if (!io->have_cur) {
            int r = foi_issort_next(io->cross, &io->cur);
            if (r < 0)
                return -r;
            if (!r)
                return 0;
            io->have_cur = 1;
        }
        if (is && foi_issue_cmp(&io->cur, is) > 0)
            return 0;
        rc = issue_emit(io, &io->cur, 1, foi_issort_tag(io->cross));
        io->have_cur = 0;
    }
    return rc;
}

static int own_issue(void *ctx, const struct foi_issue *is)
{
    struct issue_out *io = ctx;
    int rc = cross_until(io, is);
    return rc ? rc : issue_emit(io, is, 0, NULL);
}

static int make_paths(struct outs *x, const char *dir)
{
    long pid = (long)getpid();
    for (int i = 0; i < NOUT; i++) {
        size_t n = strlen(dir) + strlen(out_names[i]) + 48;
        x->tmp[i] = foi_malloc(n);
        x->fin[i] = foi_malloc(n);
        if (!x->tmp[i] || !x->fin[i])
            return FOI_ENOMEM;
        snprintf(x->tmp[i], n, "%s/.%s.tmp-%ld", dir, out_names[i], pid);
        snprintf(x->fin[i], n, "%s/%s", dir, out_names[i]);
    }
    return 0;
}

static int mkdir_p(const char *dir)
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

int foi_run_outputs(struct foi_run *run, struct foi_build_summary *sum, const char *fingerprint,
                    struct foi_err *err)
{
    (void)fingerprint;
    const struct foi_build_opts *o = run->o;
    const char *dir = o->out_dir;
    struct outs x;
    memset(&x, 0, sizeof x);
    x.run = run;
    x.o = o;
    x.err = err;
    x.cmp_fd = -1;
    struct sql_job sj;
    memset(&sj, 0, sizeof sj);
    struct sql_extra ex = { -1, -1, -1 };
    struct issue_out io;
    memset(&io, 0, sizeof io);
    io.extra_fd = -1;
    struct foi_comparable rep;
    memset(&rep, 0, sizeof rep);
    foi_arena_init(&rep.arena, 0);
    size_t *pick = NULL, *gsel = NULL;
    struct foi_merge_input *inputs = NULL;
    foi_buf_init(&x.cbuf, 0);
    foi_buf_init(&x.nbuf, 0);
    foi_buf_init(&x.rowbuf, 0);
    foi_buf_init(&io.csv, 0);
    foi_buf_init(&io.extra, 0);
    foi_coverage_init(&x.cov);
    foi_issue_summary_init(&io.sum, FOI_REPORT_ISSUES_PER_CODE, FOI_REPORT_MAX_CODES);
    size_t budget = o->mem_budget ? o->mem_budget : FOI_DEFAULT_MEM_BUDGET;
    int made = 0;   /* temporaries may exist */
    int rc = 0;

    if (mkdir_p(dir)) {
        rc = foi_errf(err, FOI_EIO, dir, "cannot create the output folder: %s", strerror(errno));
        goto out;
    }
    if ((rc = foi_export_remove_stale(dir, err)) || (rc = make_paths(&x, dir)))
        goto out;
    made = 1;
    /* the state next to the outputs (state.h) */
    foi_buf_init(&x.rowsbuf, 0);
    x.rows_fd = open(x.tmp[O_ROWS], O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (x.rows_fd < 0 || write_all(x.rows_fd, "FOIROWS1\0\0\0\0\0\0\0\0", FOI_STATE_ROWS_HDR)) {
        rc = foi_errf(err, FOI_EIO, x.tmp[O_ROWS], "cannot create: %s", strerror(errno));
        goto out;
    }
    if ((rc = foi_sumfile_open(&x.cmpstate, x.tmp[O_CMPSTATE], "FOICMP01", err)) ||
        (rc = foi_sumfile_open(&io.xiss, x.tmp[O_XISS], "FOIXISS1", err)))
        goto out;
    qsort(run->src, run->nsrc, sizeof *run->src, src_cmp);
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
    for (size_t i = 0; i < run->nsrc && !rc; i++) {
        x.cov.nrecords += run->src[i].nrec;
        for (uint32_t k = 0; k < run->src[i].ncov && !rc; k++)
            rc = foi_coverage_merge(&x.cov, &run->src[i].cov[k]);
    }
    if (rc) {
        rc = foi_errf(err, rc, "", "out of memory");
        goto out;
    }

    /* the workforce file (rates) */
    const char *wpath = o->workforce ? o->workforce : foi_workforce_default_path();
    struct foi_err werr;
    foi_err_clear(&werr);
    x.wide_sink = foi_dataset_issue_sink(&run->wide);
    if (foi_workforce_load(&x.wf, wpath, run->tax, &werr)) {
        if (o->workforce) {
            rc = foi_errf(err, FOI_EUSAGE, "", "--workforce %s: %s", wpath, werr.message);
            goto out;
        }
        if ((rc = foi_issue_emit(&x.wide_sink, FOI_SEV_WARNING, "no_denominator", "", "",
                                 "the shipped workforce file could not be read: %s", werr.message)))
            goto out;
        x.wf = NULL;
    }

    /* foi.sqlite, side by side */
    if ((ex.issues_fd = tmp_fd(dir)) < 0 || (ex.rows_fd = tmp_fd(dir)) < 0 || (x.cmp_fd = tmp_fd(dir)) < 0) {
        rc = foi_errf(err, FOI_EIO, dir, "cannot create a temporary file: %s", strerror(errno));
        goto out;
    }
    io.extra_fd = ex.issues_fd;
    if (!o->no_fork && (rc = sql_start(&sj, run, x.tmp[O_SQLITE], &ex))) {
        rc = foi_errf(err, rc, "foi.sqlite", "cannot start the SQLite writer: %s", strerror(errno));
        goto out;
    }

    /* the merge and what it feeds */
    x.csv = foi_wfile_open(x.tmp[O_RECORDS], err);
    x.nd = x.csv ? foi_wfile_open(x.tmp[O_NDJSON], err) : NULL;
    if (!x.csv || !x.nd) {
        rc = err->code ? err->code : FOI_EIO;
        goto out;
    }
    if ((rc = foi_ndjson_new(&x.enc)) || (rc = foi_issort_new(&x.cross, budget / 16, dir)) ||
        (rc = foi_comparable_outcomes(run->tax, &x.outcomes, &x.noutcomes))) {
        rc = foi_errf(err, rc, "", "%s", foi_strerror(rc));
        goto out;
    }
    x.cross_sink.add = cross_add;
    x.cross_sink.ctx = &x;
    foi_dupcheck_init(&x.dup, &x.cross_sink);
    if ((rc = foi_cmp_builder_new(&x.cb, x.outcomes, x.noutcomes, x.wf, &x.wide_sink, on_row, &x))) {
        rc = foi_errf(err, rc, "", "%s", foi_strerror(rc));
        goto out;
    }
    foi_cmp_builder_keep(x.cb, keep_direct, keep_month, &x);
    for (int c = 0; c < FOI_RECORD_NCOLS && !rc; c++)
        if (!(rc = foi_csv_put(&x.cbuf, foi_record_columns[c], 1)))
            rc = foi_buf_addc(&x.cbuf, c + 1 < FOI_RECORD_NCOLS ? ',' : '\n');
    inputs = foi_malloc((run->nsrc + 1) * sizeof *inputs);
    if (rc || !inputs) {
        rc = foi_errf(err, FOI_ENOMEM, "", "out of memory");
        goto out;
    }
    size_t ninputs = 0;
    for (size_t i = 0; i < run->nsrc; i++) {
        if (!run->src[i].nrec)
            continue;
        foi_run_input(run, i, &inputs[ninputs]);
        ninputs++;
    }
    struct foi_merge_opts mo;
    memset(&mo, 0, sizeof mo);
    mo.budget = budget / 2;
    mo.tmp_dir = dir;
    mo.verify = 1;
    rc = foi_merge(inputs, ninputs, &mo, on_record, &x, err);
    if (!rc && x.cbuf.len)
        rc = foi_wfile_write(x.csv, x.cbuf.data, x.cbuf.len);
    if (!rc && x.nbuf.len)
        rc = foi_wfile_write(x.nd, x.nbuf.data, x.nbuf.len);
    if (!rc) {
        unsigned char h[FOI_STATE_ROWS_HDR];
        memcpy(h, "FOIROWS1", 8);
        for (int i = 0; i < 8; i++)
            h[8 + i] = (unsigned char)((uint64_t)x.nrecords >> (8 * i));
        if (flush_fd(x.rows_fd, &x.rowsbuf) || pwrite(x.rows_fd, h, sizeof h, 0) != (ssize_t)sizeof h ||
            fsync(x.rows_fd) < 0)
            rc = foi_errf(err, FOI_EIO, x.tmp[O_ROWS], "cannot write: %s", strerror(errno));
    }
    if (rc == FOI_ECORRUPT && mo.bad_input < run->nsrc)
        foi_errf(err, rc, run->src[mo.bad_input].row.source_file,
                 "its result in the rebuild cache is damaged; build again with --clean");
    int crc = foi_wfile_finish(x.csv, rc, x.tmp[O_RECORDS], err);
    int nrc = foi_wfile_finish(x.nd, rc ? rc : crc, x.tmp[O_NDJSON], err);
    x.csv = x.nd = NULL;
    if (!rc)
        rc = crc ? crc : nrc;
    if (rc) {
        if (!err->code)
            foi_errf(err, rc, "", "%s", foi_strerror(rc));
        goto out;
    }
    char pname[96];
    snprintf(pname, sizeof pname, "records merged (%zu pass%s)", mo.passes, mo.passes == 1 ? "" : "es");
    foi_run_phase(pname);
    if ((rc = foi_cmp_builder_finish(x.cb)) || (rc = flush_fd(x.cmp_fd, &x.rowbuf))) {
        rc = foi_errf(err, rc, "comparable.csv", rc == FOI_ERANGE ? "a summed figure is too large" : "%s",
                      foi_strerror(rc));
        goto out;
    }
    rc = foi_sumfile_close(x.cmpstate, 1, err);
    x.cmpstate = NULL;
    if (rc)
        goto out;

    /* the comparable table: each row in its funnel; its start and the
     * plotted groups' rows for the report */
    size_t ngroups;
    const struct foi_cmp_group *groups = foi_cmp_builder_groups(x.cb, &ngroups);
    pick = foi_malloc((ngroups + 1) * sizeof *pick);
    gsel = foi_malloc((ngroups + 1) * sizeof *gsel);   /* group -> index in rep.groups + 1 */
    if (!pick || !gsel || (rc = foi_comparable_init(&rep, x.outcomes, x.noutcomes))) {
        rc = foi_errf(err, FOI_ENOMEM, "", "out of memory");
        goto out;
    }
    size_t nplot = foi_report_plot_groups(groups, ngroups, pick);
    memset(gsel, 0, (ngroups + 1) * sizeof *gsel);
    rep.groups = nplot ? foi_arena_alloc(&rep.arena, nplot * sizeof *rep.groups) : NULL;
    if (nplot && !rep.groups) {
        rc = foi_errf(err, FOI_ENOMEM, "", "out of memory");
        goto out;
    }
    for (size_t k = 0; k < nplot; k++) {
        const struct foi_cmp_group *g = &groups[pick[k]];
        struct foi_cmp_group *G = &rep.groups[k];
        *G = *g;
        G->category = foi_arena_strdup(&rep.arena, g->category);
        G->measure = foi_arena_strdup(&rep.arena, g->measure);
        G->subject = foi_arena_strdup(&rep.arena, g->subject);
        G->rows = foi_arena_alloc(&rep.arena, (g->nrows ? g->nrows : 1) * sizeof *G->rows);
        G->nrows = 0;
        if (!G->category || !G->measure || !G->subject || !G->rows) {
            rc = foi_errf(err, FOI_ENOMEM, "", "out of memory");
            goto out;
        }
        gsel[pick[k]] = k + 1;
    }
    rep.ngroups = nplot;
    for (size_t k = 0; k < ngroups; k++)
        rep.total_plots += groups[k].nrows >= FOI_REPORT_MIN_POINTS;
    rep.total_groups = ngroups;
    {
        struct foi_wfile *cf = foi_wfile_open(x.tmp[O_COMPARABLE], err);
        if (!cf) {
            rc = err->code ? err->code : FOI_EIO;
            goto out;
        }
        struct foi_buf cb;
        foi_buf_init(&cb, 0);
        struct row_reader rr;
        memset(&rr, 0, sizeof rr);
        rr.fd = x.cmp_fd;
        rr.ncells = x.noutcomes;
        rr.cells = foi_calloc((size_t)x.noutcomes + 1, sizeof *rr.cells);
        rc = rr.cells ? foi_comparable_csv_header(&cb, &rep) : FOI_ENOMEM;
        if (!rc && lseek(x.cmp_fd, 0, SEEK_SET) < 0)
            rc = FOI_EIO;
        struct foi_cmp_row row;
        int r = 0;
        size_t n = 0;
        while (!rc && (r = rr_next(&rr, &row)) > 0) {
            const struct foi_cmp_group *g;
            row.funnel = foi_cmp_builder_funnel(x.cb, &row, &g);
            rc = foi_comparable_csv_row(&cb, &rep, &row);
            if (!rc)
                rc = row_write(&x.rowbuf, x.noutcomes, &row);
            size_t gi = g ? gsel[g - groups] : 0;
            if (!rc && (n < FOI_REPORT_MAX_ROWS || gi)) {
                size_t idx;
                rc = foi_comparable_add_row(&rep, &row, &idx);
                if (!rc && gi) {
                    struct foi_cmp_group *G = &rep.groups[gi - 1];
                    G->rows[G->nrows++] = idx;
                }
                if (n < FOI_REPORT_MAX_ROWS)
                    rep.table_rows = idx + 1;
            }
            n++;
            if (!rc && cb.len >= 1 << 18) {
                rc = foi_wfile_write(cf, cb.data, cb.len);
                foi_buf_reset(&cb);
            }
            if (!rc && x.rowbuf.len >= 1 << 18)
                rc = flush_fd(ex.rows_fd, &x.rowbuf);
        }
        if (!rc && r < 0)
            rc = FOI_EIO;
        if (!rc && cb.len)
            rc = foi_wfile_write(cf, cb.data, cb.len);
        if (!rc)
            rc = flush_fd(ex.rows_fd, &x.rowbuf);
        rep.total_rows = n;
        foi_buf_release(&cb);
        foi_free(rr.cells);
        foi_free(rr.buf);
        rc = foi_wfile_finish(cf, rc, x.tmp[O_COMPARABLE], err);
        if (rc)
            goto out;
    }
    foi_run_phase("comparable table");

    /* forces asked for and not heard from */
    for (size_t i = 0; i < run->wide.nexpect && !rc; i++) {
        const char *id = run->wide.expect[i];
        int found = foi_coverage_find(&x.cov, id) != NULL;
        for (size_t k = 0; k < run->nsrc && !found; k++)
            found = run->src[k].row.force_id && !strcmp(run->src[k].row.force_id, id);
        if (!found)
            rc = foi_issue_emit(&x.wide_sink, FOI_SEV_WARNING, "missing_force", "", id, "no response from %s yet",
                                foi_taxonomy_name(run->tax, FOI_VOCAB_FORCE, id));
    }
    if (rc) {
        rc = foi_errf(err, rc, "", "out of memory");
        goto out;
    }

    /* issues: those of no source, then each source's own merged with the
     * cross-file ones, in SPEC order */
    foi_dataset_sort(&run->wide);
    if ((rc = foi_issort_finish(x.cross))) {
        rc = foi_errf(err, rc, "issues.csv", "cannot sort the issues: %s", foi_strerror(rc));
        goto out;
    }
    io.f = foi_wfile_open(x.tmp[O_ISSUES], err);
    if (!io.f) {
        rc = err->code ? err->code : FOI_EIO;
        goto out;
    }
    io.cross = x.cross;
    io.o = o;
    io.bs = sum;
    io.next_rowid = 1;
    for (size_t i = 0; i < run->nsrc; i++)
        io.next_rowid += run->src[i].niss;
    rc = foi_csv_issue_header(&io.csv);
    for (size_t i = 0; i < run->wide.nissues && !rc; i++) {
        rc = cross_until(&io, &run->wide.issues[i]);
        if (!rc)
            rc = issue_emit(&io, &run->wide.issues[i], 1, NULL);
    }
    for (size_t i = 0; i < run->nsrc && !rc; i++) {
        if (!run->src[i].niss)
            continue;
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
        rc = cross_until(&io, NULL);
    if (!rc && io.csv.len)
        rc = foi_wfile_write(io.f, io.csv.data, io.csv.len);
    if (!rc)
        rc = flush_fd(io.extra_fd, &io.extra);
    rc = foi_wfile_finish(io.f, rc, x.tmp[O_ISSUES], err);
    io.f = NULL;
    if (!rc)
        rc = foi_sumfile_close(io.xiss, 1, err);
    io.xiss = NULL;
    if (rc)
        goto out;
    snprintf(pname, sizeof pname, "issues sorted (%zu run%s)", foi_issort_runs(x.cross),
             foi_issort_runs(x.cross) == 1 ? "" : "s");
    foi_run_phase(pname);

    /* sources.csv, datapackage.json, report.html */
    {
        struct foi_dataset view;
        foi_dataset_init(&view);
        view.tax = run->tax;
        struct foi_source *rows = foi_malloc((run->nsrc + 1) * sizeof *rows);
        if (!rows) {
            rc = foi_errf(err, FOI_ENOMEM, "", "out of memory");
            goto out;
        }
        for (size_t i = 0; i < run->nsrc; i++)
            rows[i] = run->src[i].row;
        view.sources = rows;
        view.nsources = run->nsrc;
        struct foi_export_ctx ec = { &view, &rep, 1, o->link_prefix };
        rc = foi_out_sources_csv(&ec, x.tmp[O_SOURCES], err);
        /* the package lists the issue codes used: one issue of each will do */
        for (size_t k = 0; k < io.sum.ncodes && !rc; k++)
            rc = foi_dataset_add_issue(&view, FOI_SEV_INFO, io.sum.codes[k].code, "", "", "%s", "");
        if (!rc)
            rc = foi_out_datapackage(&ec, x.tmp[O_DATAPACKAGE], err);
        if (!rc) {
            struct foi_report_in in = { rows, run->nsrc, run->wide.expect, run->wide.nexpect, run->tax, &x.cov,
                                        &rep, &io.sum, o->link_prefix ? o->link_prefix : "" };
            rc = foi_report_write(&in, x.tmp[O_REPORT], err);
        }
        view.sources = NULL;
        view.nsources = 0;
        foi_dataset_release(&view);
        foi_free(rows);
        if (rc)
            goto out;
    }
    foi_run_phase("other outputs written");

    /* the state: every source, where its rows went in foi.sqlite (a new
     * database takes them in source order: records, then each source's own
     * issues, then the others) */
    {
        struct foi_state st;
        foi_state_init(&st);
        snprintf(st.key, sizeof st.key, "%s", run->cache_key ? run->cache_key : "");
        snprintf(st.fingerprint, sizeof st.fingerprint, "%s", fingerprint);
        st.nrows = x.nrecords;
        st.nextra = (uint64_t)(io.next_rowid - 1);
        st.ncmp = rep.total_rows;
        int64_t rec = 1, iss = 1;
        for (size_t i = 0; i < run->nsrc && !rc; i++) {
            const struct foi_src *s = &run->src[i];
            struct foi_state_src ss;
            memset(&ss, 0, sizeof ss);
            ss.row = s->row;
            ss.key = s->job >= 0 ? run->jobs[s->job].key : s->row.source_file;
            if (s->where == FOI_SRC_CACHE)
                memcpy(ss.hsha, s->ref.hsha, 32);
            else
                foi_sha256(s->mem, s->memlen < FOI_RESULT_HEADER ? s->memlen : FOI_RESULT_HEADER, ss.hsha);
            ss.nrec = s->nrec;
            ss.niss = s->niss;
            ss.rec_first = rec;
            ss.rec_count = s->nrec;
            ss.iss_first = iss;
            ss.iss_count = s->niss;
            rec += s->nrec;
            iss += s->niss;
            rc = foi_state_add_src(&st, &ss);
        }
        st.nextra = (uint64_t)(io.next_rowid - iss);
        if (rc)
            rc = foi_errf(err, rc, "", "out of memory");
        else
            rc = foi_state_write(&st, x.tmp[O_STATE], err);
        foi_state_release(&st);
        if (rc)
            goto out;
    }

    /* foi.sqlite: the child finishes (or, in one process, all of it now) */
    if (sj.pid) {
        rc = sql_end(&sj, 1, err);
    } else {
        struct foi_sqlite *q = NULL;
        rc = foi_sqlite_create(&q, x.tmp[O_SQLITE], 32768, err);
        if (!rc)
            rc = sql_results(run, q, err);
        if (!rc)
            rc = sql_rest(run, q, &ex, err);
        if (q) {
            int frc = foi_sqlite_finish(q, !rc);
            if (!rc)
                rc = frc;
        }
    }
    foi_run_phase("foi.sqlite written");
    if (rc)
        goto out;

    /* all written: into place */
    for (int i = 0; i < NOUT && !rc; i++)
        if (rename(x.tmp[i], x.fin[i]) != 0)
            rc = foi_errf(err, FOI_EIO, x.fin[i], "cannot rename into place: %s", strerror(errno));
    if (!rc) {
        int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dfd >= 0) {
            fsync(dfd);
            close(dfd);
        }
    }
out:
    if (sj.pid)
        sql_end(&sj, 0, err);
    if (x.csv)
        foi_wfile_abort(x.csv);
    if (x.nd)
        foi_wfile_abort(x.nd);
    if (io.f)
        foi_wfile_abort(io.f);
    for (int i = 0; i < NOUT; i++) {
        if (rc && made && x.tmp[i])
            unlink(x.tmp[i]);
        foi_free(x.tmp[i]);
        foi_free(x.fin[i]);
    }
    if (x.rows_fd > 0)
        close(x.rows_fd);
    foi_buf_release(&x.rowsbuf);
    foi_sumfile_close(x.cmpstate, 0, NULL);
    foi_sumfile_close(io.xiss, 0, NULL);
    if (ex.issues_fd >= 0)
        close(ex.issues_fd);
    if (ex.rows_fd >= 0)
        close(ex.rows_fd);
    if (x.cmp_fd >= 0)
        close(x.cmp_fd);
    foi_free(inputs);
    foi_free(pick);
    foi_free(gsel);
    foi_comparable_release(&rep);
    foi_buf_release(&x.cbuf);
    foi_buf_release(&x.nbuf);
    foi_buf_release(&x.rowbuf);
    foi_buf_release(&io.csv);
    foi_buf_release(&io.extra);
    foi_ndjson_free(x.enc);
    foi_dupcheck_release(&x.dup);
    foi_issort_free(x.cross);
    foi_cmp_builder_free(x.cb);
    foi_free(x.outcomes);
    foi_coverage_release(&x.cov);
    foi_issue_summary_release(&io.sum);
    foi_workforce_free(x.wf);
    if (rc && !err->code)
        foi_errf(err, rc, "", "%s", foi_strerror(rc));
    return rc;
}
