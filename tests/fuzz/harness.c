/* harness.c: one function per fuzz target (see harness.h). Each feeds the bytes
 * to one library entry point with default limits, checks the invariants its
 * header promises, and frees everything; a broken invariant aborts. */
#include "harness.h"
#include "../../parsers/read.h"
#include "../../core/record.h"
#include "../../app/serial.h"
#include "../../normalize/normalize.h"
#include "../../normalize/figure.h"
#include "../../parsers/parser.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct foi_taxonomy *fuzz_tax;

#define CHECK(cond) do { if (!(cond)) broken(#cond, __FILE__, __LINE__); } while (0)

static void broken(const char *what, const char *file, int line)
{
    fprintf(stderr, "fuzz invariant broken at %s:%d: %s\n", file, line, what);
    abort();
}

int foi_fuzz_init(void)
{
    if (fuzz_tax)
        return 0;
    struct foi_err err;
    foi_err_clear(&err);
    return foi_taxonomy_load(&fuzz_tax, foi_taxonomy_default_dir(), NULL, &err);
}

void foi_fuzz_fini(void)
{
    foi_taxonomy_free(fuzz_tax);
    fuzz_tax = NULL;
}

/* The promises of doc.h for a document a reader accepted. */
static void check_doc(const struct foi_doc *d, const struct foi_limits *lim)
{
    CHECK(d->format == FOI_FMT_HTML || d->format == FOI_FMT_CSV || d->format == FOI_FMT_TEXT ||
          d->format == FOI_FMT_PDF);
    CHECK(d->nlines >= 0 && d->ntables >= 0);
    CHECK(d->nlines == 0 || d->lines);
    for (int i = 0; i < d->nlines; i++) {
        CHECK(d->lines[i].text);
        CHECK(d->lines[i].no >= 1);
        CHECK(i == 0 || d->lines[i].no > d->lines[i - 1].no);
        CHECK(foi_utf8_valid(d->lines[i].text, strlen(d->lines[i].text)));
        if (d->format == FOI_FMT_PDF) {
            /* reading order: pages never go back; each line says where it is */
            CHECK(d->lines[i].page >= 1 && d->lines[i].page <= d->npages);
            CHECK(i == 0 || d->lines[i].page >= d->lines[i - 1].page);
            CHECK(d->lines[i].loc && !strncmp(d->lines[i].loc, "page ", 5));
        }
    }
    for (int i = 0; i < d->nfurniture; i++) {
        CHECK(d->format == FOI_FMT_PDF);
        CHECK(d->furniture[i].text && foi_utf8_valid(d->furniture[i].text, strlen(d->furniture[i].text)));
        CHECK(d->furniture[i].page >= 1 && d->furniture[i].page <= d->npages);
    }
    CHECK(d->ntables == 0 || d->tables);
    for (int i = 0; i < d->ntables; i++) {
        const struct foi_table *t = &d->tables[i];
        CHECK(t->nrows >= 0 && t->ncols >= 0);
        CHECK(t->header_rows >= 0 && t->header_rows <= t->nrows);
        CHECK(t->ncols <= lim->max_cols);
        CHECK((long)t->nrows * t->ncols <= lim->max_cells);
        CHECK((long)t->nrows * t->ncols == 0 || t->cells);
        CHECK(t->index == i + 1);
        if (d->format == FOI_FMT_PDF) {
            /* a table's rows are on its pages, in order; its place in the text */
            CHECK(t->row_page && t->page == t->row_page[0]);
            for (int r = 0; r < t->nrows; r++)
                CHECK(t->row_page[r] >= 1 && t->row_page[r] <= d->npages &&
                      (r == 0 || t->row_page[r] >= t->row_page[r - 1]));
            CHECK(t->anchor_line >= 0 && t->anchor_line <= d->nlines);
            CHECK(i == 0 || t->anchor_line >= d->tables[i - 1].anchor_line);
        }
        for (int r = 0; r < t->nrows; r++)
            for (int c = 0; c < t->ncols; c++) {
                const struct foi_cell *cell = foi_table_cell(t, r, c);
                CHECK(cell->text);
                CHECK(foi_utf8_valid(cell->text, strlen(cell->text)));
            }
    }
}

typedef int (*reader_fn)(struct foi_doc *, const char *, size_t, const struct foi_limits *,
                         struct foi_err *);

static int run_reader(reader_fn read, const char *path, const uint8_t *data, size_t n)
{
    struct foi_limits lim;
    foi_limits_default(&lim);
    struct foi_doc doc;
    foi_doc_init(&doc, path);
    struct foi_err err;
    foi_err_clear(&err);
    int rc = read(&doc, (const char *)data, n, &lim, &err);
    if (rc == 0)
        check_doc(&doc, &lim);
    else
        CHECK(err.code == rc);
    foi_doc_release(&doc);
    return 0;
}

/* Everything a parser sees of a document, hashed (FNV-1a). */
static uint64_t mix(uint64_t h, const char *s)
{
    for (; s && *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return (h ^ 0x1f) * 1099511628211ull;
}

static uint64_t mixn(uint64_t h, long long v)
{
    char b[32];
    snprintf(b, sizeof b, "%lld", v);
    return mix(h, b);
}

static uint64_t doc_hash(const struct foi_doc *d)
{
    uint64_t h = mixn(1469598103934665603ull, d->nlines * 1000003LL + d->ntables);
    for (int i = 0; i < d->nlines; i++)
        h = mixn(mix(h, d->lines[i].text), d->lines[i].no * 64LL + d->lines[i].flags);
    for (int i = 0; i < d->ntables; i++) {
        const struct foi_table *t = &d->tables[i];
        h = mixn(mix(h, t->heading), (long long)t->nrows * 100003 + t->ncols * 7 + t->header_rows);
        for (int r = 0; r < t->nrows; r++)
            for (int c = 0; c < t->ncols; c++) {
                const struct foi_cell *cell = foi_table_cell(t, r, c);
                h = mixn(mix(h, cell->text), ((long long)cell->src_row << 24) + cell->src_col * 64LL + cell->flags);
            }
    }
    return h;
}

int foi_fuzz_html(const uint8_t *data, size_t n) { return run_reader(foi_read_html, "f.html", data, n); }

/* The CSV reader must give the same document whatever size of chunks it
 * feeds libcsv (STYLE 6): the default, then 1..13 bytes. */
int foi_fuzz_csv(const uint8_t *data, size_t n)
{
    struct foi_limits lim;
    foi_limits_default(&lim);
    uint64_t h[2] = { 0, 0 };
    int rc[2];
    for (int k = 0; k < 2; k++) {
        foi_csv_set_chunk_size(k ? 1 + n % 13 : 0);
        struct foi_doc doc;
        foi_doc_init(&doc, "f.csv");
        struct foi_err err;
        foi_err_clear(&err);
        rc[k] = foi_read_csv(&doc, (const char *)data, n, &lim, &err);
        if (rc[k] == 0) {
            check_doc(&doc, &lim);
            h[k] = doc_hash(&doc);
        } else {
            CHECK(err.code == rc[k]);
        }
        foi_doc_release(&doc);
    }
    foi_csv_set_chunk_size(0);
    CHECK(rc[0] == rc[1]);
    CHECK(h[0] == h[1]);
    return 0;
}
int foi_fuzz_text(const uint8_t *data, size_t n) { return run_reader(foi_read_text, "f.txt", data, n); }
/* The PDF reader (MuPDF underneath, its repair included) and the layout. */
int foi_fuzz_pdf(const uint8_t *data, size_t n) { return run_reader(foi_read_pdf, "f.pdf", data, n); }

/* Sniffing, decoding and dispatch; the first byte picks the name (ties). */
static const char *pick_path(const uint8_t *data, size_t n)
{
    static const char *const names[] = { "f.html", "f.csv", "f.txt", "f", "F.HTM", "f.tsv" };
    return names[(n ? data[0] : 0) % (sizeof names / sizeof *names)];
}

int foi_fuzz_bytes(const uint8_t *data, size_t n)
{
    return run_reader(foi_read_bytes, pick_path(data, n), data, n);
}

/* The input as a C string (a NUL inside ends it, as it would in a cell). */
static char *cstring(const uint8_t *data, size_t n)
{
    char *s = malloc(n + 1);
    if (!s)
        abort();
    if (n)
        memcpy(s, data, n);
    s[n] = '\0';
    return s;
}

static void check_period(const struct foi_period *p)
{
    if (!p->resolved)
        return;
    CHECK(foi_date_valid(&p->start) && foi_date_valid(&p->end));
    CHECK(foi_date_cmp(&p->start, &p->end) <= 0);
}

int foi_fuzz_period(const uint8_t *data, size_t n)
{
    char *s = cstring(data, n);
    size_t len = strlen(s);
    struct foi_period req = { { 2021, 4, 1 }, { 2022, 3, 31 }, 1, FOI_PER_FY };
    struct foi_period_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.allow_excel_serial = n & 1;
    ctx.bare_year_is_fy = (n >> 1) & 1;
    ctx.request = (n & 4) ? &req : NULL;
    struct foi_period p;
    if (foi_period_parse(s, &ctx, &p) == 1) {
        CHECK(p.resolved);
        check_period(&p);
    }
    enum { MAX = 16 };
    struct foi_period ps[MAX];
    size_t at[MAX], ln[MAX];
    int k = foi_period_find_all(s, (n & 8) ? &ctx : NULL, ps, at, ln, MAX);
    CHECK(k >= 0 && k <= MAX);
    for (int i = 0; i < k; i++) {
        CHECK(at[i] <= len && ln[i] <= len - at[i]);
        CHECK(i == 0 || at[i] >= at[i - 1] + ln[i - 1]);
        check_period(&ps[i]);
    }
    size_t a1 = 0, l1 = 0;
    if (foi_period_find(s, NULL, &p, &a1, &l1) == 1)
        CHECK(a1 <= len && l1 <= len - a1);
    (void)foi_period_is(s);
    free(s);
    return 0;
}

static void check_value(const struct foi_value *v)
{
    CHECK(v->status >= FOI_VS_NONE && v->status <= FOI_VS_APPROXIMATE);
    CHECK(memchr(v->exemption, '\0', sizeof v->exemption) != NULL);
    if (v->status == FOI_VS_REPORTED)
        CHECK(v->has_value && v->value >= 0);
    if (v->has_min && v->has_max)
        CHECK(v->min <= v->max);
}

int foi_fuzz_value(const uint8_t *data, size_t n)
{
    char *s = cstring(data, n);
    size_t len = strlen(s);
    struct foi_value v;
    int rc = foi_value_parse(s, &v);
    CHECK(rc == 0 || rc == FOI_EPARSE || rc == FOI_ERANGE);
    if (rc == 0) {
        CHECK(v.status != FOI_VS_NONE);
        check_value(&v);
    }
    size_t used = 0;
    rc = foi_value_scan(s, &v, &used);
    CHECK(rc == 0 || rc == FOI_EPARSE || rc == FOI_ERANGE);
    if (rc == 0) {
        CHECK(used > 0 && used <= len);
        check_value(&v);
    }
    int64_t lo = 0, hi = 0;
    if (foi_value_suppressed_bounds(s, &lo, &hi) == 1)
        CHECK(lo <= hi);
    char ex[16];
    if (foi_value_find_exemption(s, ex, sizeof ex) == 1)
        CHECK(memchr(ex, '\0', sizeof ex) != NULL);
    free(s);
    return 0;
}

/* ------------------------------------------------ the whole document path */
struct fsink {
    struct foi_norm_ctx *nc;
    struct foi_dataset *ds;
};

static int fs_emit(struct foi_sink *s, const struct foi_figure *f)
{
    struct fsink *c = s->ctx;
    return foi_normalize_figure(c->nc, f);
}

static void fs_issue(struct foi_sink *s, enum foi_severity sev, const char *code,
                     const char *locator, const char *message)
{
    struct fsink *c = s->ctx;
    CHECK(code && message);
    foi_dataset_add_issue(c->ds, sev, code, "fuzz", locator ? locator : "", "%s", message);
}

/* As foi_process_file (app/build.c) does after reading the file. */
int foi_fuzz_process(const uint8_t *data, size_t n)
{
    if (!fuzz_tax && foi_fuzz_init())
        abort();
    struct foi_limits lim;
    foi_limits_default(&lim);
    struct foi_dataset ds;
    foi_dataset_init(&ds);
    ds.tax = fuzz_tax;
    struct foi_doc doc;
    foi_doc_init(&doc, pick_path(data, n));
    doc.tax = fuzz_tax;
    struct foi_err err;
    foi_err_clear(&err);
    if (foi_read_bytes(&doc, (const char *)data, n, &lim, &err) == 0) {
        const struct foi_parser *p = foi_parser_pick(&doc, NULL);
        if (p) {
            struct foi_norm_ctx nc;
            foi_norm_init(&nc, fuzz_tax, &ds, "fuzz", "", p->name);
            struct fsink fc = { &nc, &ds };
            struct foi_sink sink = { fs_emit, fs_issue, &fc, NULL };
            (void)p->parse(&doc, &sink, &err);
            foi_norm_release(&nc);
        }
    }
    foi_dataset_sort(&ds);
    char buf[64];
    for (size_t i = 0; i < ds.nrecords; i++) {
        check_value(&ds.records[i].v);
        for (int c = 0; c < FOI_RECORD_NCOLS; c++)
            CHECK(foi_record_field(&ds.records[i], c, buf, sizeof buf) != NULL);
    }
    foi_doc_release(&doc);
    foi_dataset_release(&ds);
    return 0;
}

/* The worker -> parent format (and the rebuild cache's blobs): a worker that
 * parsed a hostile file must not be able to crash the parent. Anything read is
 * written back, and that must read and write again to the same bytes. */
int foi_fuzz_serial(const uint8_t *data, size_t n)
{
    struct foi_dataset a, b;
    foi_dataset_init(&a);
    foi_dataset_init(&b);
    struct foi_buf w1, w2;
    foi_buf_init(&w1, 0);
    foi_buf_init(&w2, 0);
    struct foi_err err;
    foi_err_clear(&err);
    int rc = foi_serial_read(&a, (const char *)data, n, &err);
    CHECK(rc == 0 || rc == FOI_ECORRUPT || rc == FOI_ENOMEM);
    if (rc == 0) {
        char buf[64];
        for (size_t i = 0; i < a.nrecords; i++)
            for (int c = 0; c < FOI_RECORD_NCOLS; c++)
                CHECK(foi_record_field(&a.records[i], c, buf, sizeof buf) != NULL);
        CHECK(foi_serial_write(&a, &w1) == 0);
        foi_err_clear(&err);
        CHECK(foi_serial_read(&b, w1.data, w1.len, &err) == 0);
        CHECK(b.nrecords == a.nrecords && b.nsources == a.nsources && b.nissues == a.nissues);
        CHECK(foi_serial_write(&b, &w2) == 0);
        CHECK(w1.len == w2.len && memcmp(w1.data, w2.data, w1.len) == 0);
    }
    foi_buf_release(&w1);
    foi_buf_release(&w2);
    foi_dataset_release(&a);
    foi_dataset_release(&b);
    return 0;
}

const struct foi_fuzz_target foi_fuzz_targets[] = {
    { "html", foi_fuzz_html },     { "csv", foi_fuzz_csv },     { "text", foi_fuzz_text },
    { "bytes", foi_fuzz_bytes },   { "period", foi_fuzz_period }, { "value", foi_fuzz_value },
    { "process", foi_fuzz_process }, { "serial", foi_fuzz_serial }, { "pdf", foi_fuzz_pdf },
    { NULL, NULL },
};

const struct foi_fuzz_target *foi_fuzz_find(const char *name)
{
    for (const struct foi_fuzz_target *t = foi_fuzz_targets; t->name; t++)
        if (!strcmp(t->name, name))
            return t;
    return NULL;
}
