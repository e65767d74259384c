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
#include <zip.h>

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
    /* a picture (read_bytes.c) is read as nothing: no format, one fatal note */
    CHECK(d->format != FOI_FMT_UNKNOWN || (foi_doc_fatal_note(d) && d->nlines == 0 && d->ntables == 0));
    CHECK((d->format & (FOI_FMT_ALL | FOI_FMT_ZIP)) == d->format);
    CHECK(d->format != FOI_FMT_ZIP || (d->nlines == 0 && d->ntables == 0));   /* a pack: no text of its own */
    CHECK((d->format & (d->format - 1)) == 0);   /* exactly one format */
    CHECK(d->nlines >= 0 && d->ntables >= 0);
    CHECK(d->nlines == 0 || d->lines);
    for (int i = 0; i < d->nlines; i++) {
        CHECK(d->lines[i].text);
        CHECK(foi_utf8_valid(d->lines[i].text, strlen(d->lines[i].text)));
        CHECK(d->lines[i].no >= 1);
        CHECK(i == 0 || d->lines[i].no > d->lines[i - 1].no);
        CHECK(!d->lines[i].loc || foi_utf8_valid(d->lines[i].loc, strlen(d->lines[i].loc)));
        if (d->format == FOI_FMT_PDF) {
            /* reading order: pages never go back; each line says where it is */
            CHECK(d->lines[i].page >= 1 && d->lines[i].page <= d->npages);
            CHECK(i == 0 || d->lines[i].page >= d->lines[i - 1].page);
            CHECK(d->lines[i].loc && !strncmp(d->lines[i].loc, "page ", 5));
        }
    }
    for (int i = 0; i < d->nfurniture; i++) {
        CHECK(d->format == FOI_FMT_PDF || d->format == FOI_FMT_TEXT);
        CHECK(d->furniture[i].text && foi_utf8_valid(d->furniture[i].text, strlen(d->furniture[i].text)));
        CHECK(d->furniture[i].page >= 1 && d->furniture[i].page <= d->npages);
    }
    for (int i = 0; i < d->nnotes; i++)
        CHECK(d->notes[i].code && d->notes[i].message && d->notes[i].locator);
    CHECK(d->ntables == 0 || d->tables);
    for (int i = 0; i < d->ntables; i++) {
        const struct foi_table *t = &d->tables[i];
        CHECK(t->nrows >= 0 && t->ncols >= 0);
        CHECK(t->header_rows >= 0 && t->header_rows <= t->nrows);
        CHECK(t->ncols <= lim->max_cols);
        CHECK((long)t->nrows * t->ncols <= lim->max_cells);
        CHECK((long)t->nrows * t->ncols == 0 || t->cells);
        CHECK(t->index == i + 1);
        CHECK(t->anchor_line >= 0 && t->anchor_line <= d->nlines);
        /* spreadsheets name their sheet; their cells carry sheet coordinates */
        CHECK(!(d->format & FOI_FMT_SHEETS) || t->sheet);
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
                CHECK(cell->src_row >= 1 && cell->src_col >= 1);
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
/* The PDF reader, then the files the PDF carries (foi_pdf_attachments):
 * each listed file has bytes under the caps, or none and a reason. */
int foi_fuzz_pdf(const uint8_t *data, size_t n)
{
    run_reader(foi_read_pdf, "f.pdf", data, n);
    struct foi_limits lim;
    foi_limits_default(&lim);
    struct foi_arena a;
    foi_arena_init(&a, 0);
    struct foi_mime_part parts[8];
    int np = foi_pdf_attachments(&a, (const char *)data, n, &lim, parts, 8);
    CHECK(np >= -1 && np <= 8);
    size_t total = 0;
    for (int i = 0; i < np; i++) {
        CHECK(parts[i].name != NULL);
        CHECK(parts[i].n <= lim.max_entry_bytes && parts[i].n <= lim.max_file_bytes);
        CHECK(parts[i].bytes == NULL || parts[i].bytes[parts[i].n] == '\0');
        total += parts[i].n;
    }
    CHECK(total <= lim.max_inflated_bytes);
    foi_arena_release(&a);
    return 0;
}

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
            struct foi_sink sink = { .emit = fs_emit, .issue = fs_issue, .ctx = &fc };
            (void)p->parse(&doc, &sink, &err);
            (void)foi_norm_finish(&nc);
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

/* ------------------------------------------------ office formats */

/* A zip archive in memory (stored entries) from n parts: a malloc'd buffer. */
static unsigned char *make_zip(const char *const *names, const char *const *bodies, const size_t *lens, int n,
                               size_t *outlen)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
    CHECK(src != NULL);
    zip_t *za = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
    CHECK(za != NULL);
    zip_source_keep(src);
    for (int i = 0; i < n; i++) {
        zip_source_t *s = zip_source_buffer(za, bodies[i], lens[i], 0);
        CHECK(s != NULL);
        zip_int64_t idx = zip_file_add(za, names[i], s, ZIP_FL_ENC_UTF_8);
        CHECK(idx >= 0);
        zip_set_file_compression(za, (zip_uint64_t)idx, ZIP_CM_STORE, 0);
    }
    CHECK(zip_close(za) == 0);
    CHECK(zip_source_open(src) == 0);
    zip_source_seek(src, 0, SEEK_END);
    zip_int64_t len = zip_source_tell(src);
    zip_source_seek(src, 0, SEEK_SET);
    unsigned char *buf = malloc(len > 0 ? (size_t)len : 1);
    CHECK(buf != NULL);
    CHECK(zip_source_read(src, buf, (zip_uint64_t)len) == len);
    zip_source_close(src);
    zip_source_free(src);
    zip_error_fini(&ze);
    *outlen = (size_t)len;
    return buf;
}

#define X_HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
#define X_MAIN "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define X_REL "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define X_PKG "http://schemas.openxmlformats.org/package/2006/relationships"
#define X_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

static const char xlsx_ct[] = X_HEAD "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
    "spreadsheetml.sheet.main+xml\"/></Types>";
static const char xlsx_rels[] = X_HEAD "<Relationships xmlns=\"" X_PKG "\">"
    "<Relationship Id=\"rId1\" Type=\"" X_REL "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"" X_REL "/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"" X_REL "/styles\" Target=\"styles.xml\"/>"
    "<Relationship Id=\"rId4\" Type=\"" X_REL "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
    "</Relationships>";
static const char xlsx_wb[] = X_HEAD "<workbook xmlns=\"" X_MAIN "\" xmlns:r=\"" X_REL "\"><workbookPr date1904=\"0\"/>"
    "<sheets><sheet name=\"2021-22\" sheetId=\"1\" r:id=\"rId1\"/>"
    "<sheet name=\"Hidden\" sheetId=\"2\" state=\"hidden\" r:id=\"rId2\"/></sheets></workbook>";
static const char xlsx_styles[] = X_HEAD "<styleSheet xmlns=\"" X_MAIN "\"><numFmts count=\"2\">"
    "<numFmt numFmtId=\"164\" formatCode=\"mmm\\-yy\"/><numFmt numFmtId=\"165\" formatCode=\"#,##0.0;[Red]\\(#,##0.0\\)\"/>"
    "</numFmts><fonts count=\"2\"><font/><font><b/></font></fonts><cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\"/>"
    "<xf numFmtId=\"164\" fontId=\"0\"/><xf numFmtId=\"165\" fontId=\"1\"/><xf numFmtId=\"14\" fontId=\"1\"/></cellXfs></styleSheet>";
static const char xlsx_sst[] = X_HEAD "<sst xmlns=\"" X_MAIN "\"><si><t>Outcome</t></si><si><t>Sexual assault</t></si>"
    "<si><r><t>Dis</t></r><r><t>missed</t></r><rPh><t>x</t></rPh></si><si><t>Total</t></si></sst>";
static const char xlsx_sheet[] = X_HEAD "<worksheet xmlns=\"" X_MAIN "\"><cols><col min=\"4\" max=\"4\" hidden=\"1\"/></cols>"
    "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
    "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" s=\"2\"><v>3</v></c><c r=\"C2\" s=\"1\"><v>44835</v></c></row>"
    "<row r=\"3\" hidden=\"1\"><c r=\"A3\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
    "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>3</v></c><c r=\"B4\"><f>SUM(B2:B3)</f><v>3</v></c><c r=\"C4\" t=\"e\"><v>#N/A</v></c>"
    "<c r=\"D4\" t=\"b\"><v>1</v></c></row></sheetData><mergeCells><mergeCell ref=\"B1:C1\"/></mergeCells></worksheet>";

/* An XLSX whose part (picked by the first byte: workbook, styles, shared
 * strings, sheet) is the fuzz input; the other parts are a small valid book. */
int foi_fuzz_xlsx(const uint8_t *data, size_t n)
{
    static const char *const names[] = { "[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/workbook.xml",
                                         "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml",
                                         "xl/worksheets/sheet2.xml" };
    const char *bodies[7] = { xlsx_ct, xlsx_rels, xlsx_wb, xlsx_styles, xlsx_sst, xlsx_sheet, xlsx_sheet };
    size_t lens[7];
    for (int i = 0; i < 7; i++)
        lens[i] = strlen(bodies[i]);
    if (n) {
        int k = 2 + data[0] % 4;   /* workbook, styles, shared strings, sheet */
        bodies[k] = (const char *)data + 1;
        lens[k] = n - 1;
    }
    size_t zn;
    unsigned char *z = make_zip(names, bodies, lens, 7, &zn);
    run_reader(foi_read_zip, "f.xlsx", z, zn);
    free(z);
    return 0;
}

static const char docx_ct[] = X_HEAD "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
    "wordprocessingml.document.main+xml\"/></Types>";
static const char docx_rels[] = X_HEAD "<Relationships xmlns=\"" X_PKG "\">"
    "<Relationship Id=\"rId1\" Type=\"" X_REL "/styles\" Target=\"styles.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"" X_REL "/numbering\" Target=\"numbering.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"" X_REL "/footnotes\" Target=\"footnotes.xml\"/></Relationships>";
static const char docx_doc[] = X_HEAD "<w:document xmlns:w=\"" X_W "\"><w:body><w:p><w:pPr><w:pStyle w:val=\"H1\"/></w:pPr>"
    "<w:r><w:t>Figures 2022</w:t></w:r></w:p><w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"
    "</w:pPr><w:r><w:t>Dismissed: 2</w:t></w:r></w:p><w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:tcPr>"
    "<w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>Type</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/>"
    "</w:tcPr><w:p><w:r><w:t>Officers</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"
    "<w:tc><w:p><w:r><w:delText>3</w:delText></w:r><w:r><w:t>4</w:t></w:r></w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r>"
    "<w:t>*</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl><w:p><w:r><w:footnoteReference w:id=\"1\"/></w:r>"
    "</w:p></w:body></w:document>";
static const char docx_styles[] = X_HEAD "<w:styles xmlns:w=\"" X_W "\"><w:style w:type=\"paragraph\" w:styleId=\"H1\">"
    "<w:name w:val=\"heading 1\"/><w:basedOn w:val=\"H1\"/></w:style></w:styles>";
static const char docx_num[] = X_HEAD "<w:numbering xmlns:w=\"" X_W "\"><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\">"
    "<w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1.%2)\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\">"
    "<w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
static const char docx_fn[] = X_HEAD "<w:footnotes xmlns:w=\"" X_W "\"><w:footnote w:id=\"1\"><w:p><w:r><w:t>* fewer than five"
    "</w:t></w:r></w:p></w:footnote></w:footnotes>";

/* A DOCX whose part (document, styles, numbering, footnotes by the first
 * byte) is the fuzz input. */
int foi_fuzz_docx(const uint8_t *data, size_t n)
{
    static const char *const names[] = { "[Content_Types].xml", "word/_rels/document.xml.rels", "word/document.xml",
                                         "word/styles.xml", "word/numbering.xml", "word/footnotes.xml" };
    const char *bodies[6] = { docx_ct, docx_rels, docx_doc, docx_styles, docx_num, docx_fn };
    size_t lens[6];
    for (int i = 0; i < 6; i++)
        lens[i] = strlen(bodies[i]);
    if (n) {
        int k = 2 + data[0] % 4;
        bodies[k] = (const char *)data + 1;
        lens[k] = n - 1;
    }
    size_t zn;
    unsigned char *z = make_zip(names, bodies, lens, 6, &zn);
    run_reader(foi_read_zip, "f.docx", z, zn);
    free(z);
    return 0;
}

/* An OpenDocument file whose content.xml is the fuzz input: a spreadsheet
 * or a text (the first byte's low bit). */
int foi_fuzz_ods(const uint8_t *data, size_t n)
{
    static const char *const names[] = { "mimetype", "content.xml" };
    const char *mt = n && (data[0] & 1) ? "application/vnd.oasis.opendocument.text"
                                        : "application/vnd.oasis.opendocument.spreadsheet";
    const char *bodies[2] = { mt, n ? (const char *)data + 1 : "" };
    size_t lens[2] = { strlen(mt), n ? n - 1 : 0 };
    size_t zn;
    unsigned char *z = make_zip(names, bodies, lens, 2, &zn);
    run_reader(foi_read_zip, "f.ods", z, zn);
    free(z);
    return 0;
}

/* Zip archives themselves (damaged directories, odd entries): the bytes as
 * they come. */
/* zip archive bytes as they come: the office readers, then the listing of a
 * plain archive's files (a disclosure pack, foi_zip_files) */
int foi_fuzz_zip(const uint8_t *data, size_t n)
{
    int r = run_reader(foi_read_zip, "f.xlsx", data, n);
    struct foi_arena a;
    foi_arena_init(&a, 0);
    struct foi_mime_part mp[65];
    struct foi_err err;
    foi_err_clear(&err);
    int k = foi_zip_files(&a, (const char *)data, n, NULL, mp, 65, &err);
    for (int i = 0; i < k; i++)
        if (mp[i].n && mp[i].bytes[mp[i].n] != '\0')
            abort();   /* a NUL after each file's bytes */
    foi_arena_release(&a);
    return r;
}

/* OLE2 compound files: the compound-file reader, the BIFF scan, freexl. */
/* OLE2 compound files through the dispatch: a workbook (foi_read_ole2) or an
 * Outlook message (read_msg.c) */
int foi_fuzz_xls(const uint8_t *data, size_t n) { return run_reader(foi_read_bytes, "f.xls", data, n); }

const struct foi_fuzz_target foi_fuzz_targets[] = {
    { "html", foi_fuzz_html },     { "csv", foi_fuzz_csv },     { "text", foi_fuzz_text },
    { "bytes", foi_fuzz_bytes },   { "period", foi_fuzz_period }, { "value", foi_fuzz_value },
    { "process", foi_fuzz_process }, { "serial", foi_fuzz_serial }, { "xlsx", foi_fuzz_xlsx },
    { "docx", foi_fuzz_docx },     { "ods", foi_fuzz_ods },     { "zip", foi_fuzz_zip },
    { "xls", foi_fuzz_xls },       { "pdf", foi_fuzz_pdf },     { NULL, NULL },
};

const struct foi_fuzz_target *foi_fuzz_find(const char *name)
{
    for (const struct foi_fuzz_target *t = foi_fuzz_targets; t->name; t++)
        if (!strcmp(t->name, name))
            return t;
    return NULL;
}
