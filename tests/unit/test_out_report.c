/* test_out_report.c: report.html is valid, self-contained and escaped: parsed
 * back with libxml2's HTML parser, coverage rows and funnel points counted,
 * hostile names checked (export/out_report.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>

#include "../../analyze/comparable.h"
#include "../../export/out_report.h"
#include "../../analyze/workforce.h"

#define EVIL_NAME "<script>alert(\"x\")</script> & 'Co'"
#define EVIL_FILE "evil/x\"><script>alert('f')</script> a&b.html"

static const char *const forces12[] = {
    "avon-and-somerset", "bedfordshire", "cambridgeshire", "cheshire", "cleveland", "cumbria",
    "derbyshire", "dorset", "durham", "essex", "gwent", "kent",
};

static void add_rec(struct foi_dataset *ds, const char *force, const char *name, const char *cat,
                    const char *outcome, enum foi_vstatus st, int64_t v, const char *src)
{
    struct foi_record r;
    memset(&r, 0, sizeof r);
    r.force_id = force;
    r.force_name = name;
    strcpy(r.period_start, "2022-04-01");
    strcpy(r.period_end, "2023-03-31");
    r.category = cat;
    r.measure = "allegations";
    r.subject = "officers";
    r.outcome = outcome;
    r.source_file = src;
    r.locator = "table 1 row 2 col 3";
    r.v.status = st;
    if (st == FOI_VS_REPORTED) {
        r.v.value = r.v.min = r.v.max = v;
        r.v.has_value = r.v.has_min = r.v.has_max = 1;
    }
    if (st == FOI_VS_REFUSED)
        strcpy(r.v.exemption, "s12");
    assert_int_equal(foi_dataset_add_record(ds, &r), 0);
}

static void add_src(struct foi_dataset *ds, const char *file, const char *force, const char *status)
{
    struct foi_source s;
    memset(&s, 0, sizeof s);
    s.source_file = file;
    s.source_sha256 = "00";
    s.format = "csv";
    s.parser = "generic";
    s.force_id = force;
    s.status = status;
    assert_int_equal(foi_dataset_add_source(ds, &s), 0);
}

struct fixture {
    const char *prefix;          /* report links (--link-prefix) */
    struct foi_dataset ds;
    struct foi_comparable cmp;
    struct foi_workforce *w;
    const char *expect[3];
};

/* Twelve forces give sexual_assault totals (a funnel with limits), three
 * give vawg (a plot without limits), two give other (no plot). Essex refused
 * vawg, Durham does not hold "other", Dorset answered part, Cumbria was asked
 * and is missing; "evil" has a hostile name and file. */
static void build(struct fixture *f)
{
    memset(f, 0, sizeof *f);
    foi_dataset_init(&f->ds);
    struct foi_dataset *ds = &f->ds;
    f->w = foi_workforce_new();
    assert_non_null(f->w);
    struct foi_date d = { 2023, 3, 31 };
    static char files[12][64];
    for (int i = 0; i < 12; i++) {
        const char *id = forces12[i];
        if (!strcmp(id, "cumbria"))
            id = "cumbria-x";   /* keep cumbria missing */
        snprintf(files[i], sizeof files[i], "%s/response %d.csv", id, i);
        assert_int_equal(foi_workforce_add(f->w, id, &d, 1000 + 250 * i), 0);
        add_src(ds, files[i], id, "parsed");
        add_rec(ds, id, id, "sexual_assault", "total", FOI_VS_REPORTED, i == 11 ? 60 : 5 + i % 3, files[i]);
        add_rec(ds, id, id, "sexual_assault", "dismissed", FOI_VS_REPORTED, 1, files[i]);
        if (i < 3)
            add_rec(ds, id, id, "vawg", "total", FOI_VS_REPORTED, 2 + i, files[i]);
        if (i >= 3 && i < 5)
            add_rec(ds, id, id, "other", "total", FOI_VS_REPORTED, 1, files[i]);
    }
    add_rec(ds, "essex", "essex", "vawg", "total", FOI_VS_REFUSED, 0, "essex/response 9.csv");
    add_rec(ds, "dorset", "dorset", "vawg", "total", FOI_VS_REFUSED, 0, "dorset/response 7.csv");
    add_src(ds, "durham/letter.txt", "durham-nh", "parsed");
    add_rec(ds, "durham-nh", "Durham NH", "other", "total", FOI_VS_NOT_HELD, 0, "durham/letter.txt");
    add_src(ds, EVIL_FILE, "evil", "partial");
    add_rec(ds, "evil", EVIL_NAME, "sexual_assault", "total", FOI_VS_REPORTED, 3, EVIL_FILE);
    assert_int_equal(foi_dataset_add_issue(ds, FOI_SEV_ERROR, "parse_error", EVIL_FILE, "line 1",
                                           "bad <b>bytes</b> in '%s'", EVIL_NAME), 0);
    f->expect[0] = "cumbria";
    f->expect[1] = "kent";
    ds->expect = f->expect;
    ds->nexpect = 2;
    ds->workforce = f->w;
    foi_dataset_sort(ds);
    struct foi_err err;
    foi_err_clear(&err);
    struct foi_issue_sink cmp_sink = foi_dataset_issue_sink(ds);   /* no_denominator issues join the dataset */
    assert_int_equal(foi_comparable_build(ds, &f->cmp, &cmp_sink, &err), 0);
}

static void release(struct fixture *f)
{
    foi_comparable_release(&f->cmp);
    foi_dataset_release(&f->ds);
    foi_workforce_free(f->w);
}

static char *render(struct fixture *f, size_t *len)
{
    struct foi_buf b;
    foi_buf_init(&b, 0);
    struct foi_export_ctx x = { &f->ds, &f->cmp, 1, f->prefix };
    struct foi_err err;
    foi_err_clear(&err);
    assert_int_equal(foi_report_render(&x, &b, &err), 0);
    *len = b.len;
    return foi_buf_detach(&b);
}

/* --- libxml2 error collection: libxml2 2.9's HTML parser predates inline SVG
 * and reports every SVG element as an unknown tag; anything else fails. */
static const char *const svg_tags[] = { "svg", "g", "line", "polyline", "circle", "text", "desc",
                                        "defs", "clippath", "rect", NULL };
static int html_errors;
static char first_error[256];

static void on_error(void *ctx, xmlErrorPtr e)
{
    (void)ctx;
    if (e->code == XML_HTML_UNKNOWN_TAG && e->str1) {
        for (int i = 0; svg_tags[i]; i++)
            if (!strcmp(e->str1, svg_tags[i]))
                return;
    }
    if (!html_errors++)
        snprintf(first_error, sizeof first_error, "line %d: %s", e->line, e->message ? e->message : "?");
}

static htmlDocPtr parse(const char *s, size_t n)
{
    html_errors = 0;
    first_error[0] = 0;
    xmlSetStructuredErrorFunc(NULL, on_error);
    htmlDocPtr doc = htmlReadMemory(s, (int)n, "report.html", "utf-8", HTML_PARSE_NONET);
    xmlSetStructuredErrorFunc(NULL, NULL);
    assert_non_null(doc);
    if (html_errors)
        fail_msg("%d HTML errors, first: %s", html_errors, first_error);
    return doc;
}

static xmlXPathObjectPtr xp(htmlDocPtr doc, const char *expr)
{
    xmlXPathContextPtr c = xmlXPathNewContext(doc);
    xmlXPathObjectPtr o = xmlXPathEvalExpression((const xmlChar *)expr, c);
    xmlXPathFreeContext(c);
    assert_non_null(o);
    return o;
}

static int xp_count(htmlDocPtr doc, const char *expr)
{
    xmlXPathObjectPtr o = xp(doc, expr);
    int n = o->nodesetval ? o->nodesetval->nodeNr : 0;
    xmlXPathFreeObject(o);
    return n;
}

static char *xp_string(htmlDocPtr doc, const char *expr)
{
    char buf[512];
    snprintf(buf, sizeof buf, "string(%s)", expr);
    xmlXPathObjectPtr o = xp(doc, buf);
    char *s = strdup(o->stringval ? (const char *)o->stringval : "");
    xmlXPathFreeObject(o);
    return s;
}

static void check_string(htmlDocPtr doc, const char *expr, const char *want)
{
    char *got = xp_string(doc, expr);
    if (strcmp(got, want))
        fail_msg("%s = '%s', want '%s'", expr, got, want);
    free(got);
}

static void test_valid_and_complete(void **state)
{
    (void)state;
    struct fixture f;
    build(&f);
    f.prefix = "../responses";
    size_t n;
    char *html = render(&f, &n);
    assert_int_equal(strncmp(html, "<!DOCTYPE html>\n<html lang=\"en\">", 32), 0);
    htmlDocPtr doc = parse(html, n);

    assert_int_equal(xp_count(doc, "/html/head/meta[@charset='utf-8']"), 1);
    assert_int_equal(xp_count(doc, "/html/head/meta[@name='viewport']"), 1);
    assert_int_equal(xp_count(doc, "/html/head/title"), 1);
    char *css = xp_string(doc, "/html/head/style");
    assert_non_null(strstr(css, "@media print"));
    assert_non_null(strstr(css, "overflow-x:auto"));
    free(css);

    /* coverage: 12 forces (cumbria-x stands in for one), cumbria asked and
     * missing, durham-nh, evil: 15 rows, each with its status */
    assert_int_equal(xp_count(doc, "//table[@id='coverage-table']/tbody/tr"), 15);
    static const struct { const char *force, *status; } st[] = {
        { "kent", "answered" }, { "cumbria", "missing" }, { "essex", "partial" },
        { "durham-nh", "not held" }, { "evil", "partial" }, { "cumbria-x", "answered" },
    };
    char q[256];
    for (size_t i = 0; i < sizeof st / sizeof st[0]; i++) {
        snprintf(q, sizeof q, "//table[@id='coverage-table']/tbody/tr[@data-force='%s']/@data-status", st[i].force);
        check_string(doc, q, st[i].status);
    }
    check_string(doc, "//table[@id='coverage-table']/tbody/tr[@data-force='essex']/td[2]/span", "partial (s12)");
    check_string(doc, "//table[@id='coverage-table']/tbody/tr[@data-force='cumbria']/td[4]", "");
    /* the source link, percent-encoded under the prefix */
    check_string(doc, "//table[@id='coverage-table']/tbody/tr[@data-force='kent']/td[5]/a/@href",
                 "../responses/kent/response%2011.csv");

    /* comparable table: one row per comparable row */
    assert_int_equal(xp_count(doc, "//table[@id='comparable-table']/tbody/tr"), (int)f.cmp.nrows);

    /* funnel plots: sexual_assault (13 forces incl. evil? no: evil has no
     * headcount) with limits, vawg with three forces and no limits */
    assert_int_equal(xp_count(doc, "//svg"), 2);
    assert_int_equal(xp_count(doc, "(//svg)[1]//circle"), 12);
    for (int i = 0; i < 12; i++) {
        const char *id = strcmp(forces12[i], "cumbria") ? forces12[i] : "cumbria-x";
        snprintf(q, sizeof q, "(//svg)[1]//circle[@data-force='%s']", id);
        assert_int_equal(xp_count(doc, q), 1);
    }
    assert_int_equal(xp_count(doc, "(//svg)[1]//polyline"), 4);        /* 95% and 99.8%, both sides */
    assert_int_equal(xp_count(doc, "(//svg)[2]//circle"), 3);
    assert_int_equal(xp_count(doc, "(//svg)[2]//polyline"), 0);        /* fewer than ten forces */
    assert_int_equal(xp_count(doc, "(//svg)[1]/title"), 1);
    assert_int_equal(xp_count(doc, "(//svg)[1][@role='img']"), 1);
    /* kent (60 of 3,750) is far above the target and named under the plot */
    assert_int_equal(xp_count(doc, "(//svg)[1]//circle[@data-force='kent'][@class='pt hi']"), 1);
    char *outl = xp_string(doc, "(//ul[@class='outliers'])[1]");
    assert_non_null(strstr(outl, "kent"));
    free(outl);

    /* each SVG is well-formed XML on its own */
    for (const char *p = html; (p = strstr(p, "<svg ")); p++) {
        const char *e = strstr(p, "</svg>");
        assert_non_null(e);
        xmlDocPtr x = xmlReadMemory(p, (int)(e + 6 - p), "svg.xml", "utf-8", XML_PARSE_NONET | XML_PARSE_NOERROR |
                                    XML_PARSE_NOWARNING);
        assert_non_null(x);
        xmlFreeDoc(x);
    }

    /* self-contained: nothing fetched, no script, only relative links */
    static const char *const banned[] = { "<script", "<link", "<img", "<iframe", " src=", "@import",
                                          "url(http", "javascript:", NULL };
    for (int i = 0; banned[i]; i++)
        if (strstr(html, banned[i]))
            fail_msg("report contains '%s'", banned[i]);
    xmlXPathObjectPtr hrefs = xp(doc, "//@href");
    for (int i = 0; hrefs->nodesetval && i < hrefs->nodesetval->nodeNr; i++) {
        xmlChar *h = xmlNodeGetContent(hrefs->nodesetval->nodeTab[i]);
        assert_false(strstr((const char *)h, "://"));
        assert_true(h[0] != '/');
        xmlFree(h);
    }
    xmlXPathFreeObject(hrefs);
    xmlFreeDoc(doc);

    /* deterministic: the exporter writes the same bytes as a second render */
    size_t n2;
    char *again = render(&f, &n2);
    assert_int_equal(n, n2);
    assert_memory_equal(html, again, n);
    char dir[] = "/tmp/foi-report-XXXXXX", path[64];
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/report.html", dir);
    struct foi_export_ctx x = { &f.ds, &f.cmp, 1, f.prefix };
    struct foi_err err;
    foi_err_clear(&err);
    assert_int_equal(foi_out_report_html(&x, path, &err), 0);
    FILE *fp = fopen(path, "rb");
    assert_non_null(fp);
    char *file = malloc(n + 1);
    assert_int_equal(fread(file, 1, n + 1, fp), n);
    fclose(fp);
    assert_memory_equal(file, html, n);
    free(file);
    unlink(path);
    rmdir(dir);
    foi_free(again);
    foi_free(html);
    f.prefix = NULL;
    release(&f);
}

/* A hostile force name and file name come back as the same text, never as markup. */
static void test_escaping(void **state)
{
    (void)state;
    struct fixture f;
    build(&f);
    size_t n;
    char *html = render(&f, &n);
    assert_null(strstr(html, "<script"));
    assert_null(strstr(html, "<b>bytes"));
    htmlDocPtr doc = parse(html, n);
    check_string(doc, "//table[@id='coverage-table']/tbody/tr[@data-force='evil']/th", EVIL_NAME);
    check_string(doc, "//table[@id='issues-table']/tbody/tr[td[2]/code='parse_error']/td[3]/a/code", EVIL_FILE);
    check_string(doc, "//table[@id='issues-table']/tbody/tr[td[2]/code='parse_error']/td[5]", "bad <b>bytes</b> in '" EVIL_NAME "'");
    /* without a prefix the link is the source path as given, percent-encoded */
    check_string(doc, "//table[@id='issues-table']/tbody/tr[td[2]/code='parse_error']/td[3]/a/@href",
                 "evil/x%22%3E%3Cscript%3Ealert%28%27f%27%29%3C/script%3E%20a%26b.html");
    xmlFreeDoc(doc);
    foi_free(html);

    /* an absolute prefix is refused: file names shown, not linked */
    f.prefix = "/home/someone/responses";
    html = render(&f, &n);
    assert_null(strstr(html, "/home/someone"));
    doc = parse(html, n);
    assert_int_equal(xp_count(doc, "//table[@id='issues-table']//a"), 0);
    check_string(doc, "//table[@id='issues-table']/tbody/tr[td[2]/code='parse_error']/td[3]/code", EVIL_FILE);
    xmlFreeDoc(doc);
    foi_free(html);
    f.prefix = NULL;
    release(&f);
}

/* An empty build still makes a valid page. */
/* Build ds's comparable table into cmp, render the page into b and parse it. */
static htmlDocPtr render_ds(struct foi_dataset *ds, struct foi_comparable *cmp, struct foi_buf *b)
{
    struct foi_err err;
    foi_err_clear(&err);
    struct foi_issue_sink cmp_sink = foi_dataset_issue_sink(ds);   /* no_denominator issues join the dataset */
    assert_int_equal(foi_comparable_build(ds, cmp, &cmp_sink, &err), 0);
    foi_buf_init(b, 0);
    struct foi_export_ctx x = { ds, cmp, 1, NULL };
    assert_int_equal(foi_report_render(&x, b, &err), 0);
    return parse(b->data, b->len);
}

static void release_ds(htmlDocPtr doc, struct foi_dataset *ds, struct foi_comparable *cmp, struct foi_buf *b)
{
    xmlFreeDoc(doc);
    foi_buf_release(b);
    foi_comparable_release(cmp);
    foi_dataset_release(ds);
}

static void test_empty(void **state)
{
    (void)state;
    struct foi_dataset ds;
    foi_dataset_init(&ds);
    struct foi_comparable cmp;
    struct foi_buf b;
    htmlDocPtr doc = render_ds(&ds, &cmp, &b);
    assert_int_equal(xp_count(doc, "//svg"), 0);
    assert_int_equal(xp_count(doc, "//table[@id='coverage-table']/tbody/tr"), 0);
    release_ds(doc, &ds, &cmp, &b);
}

/* Thousands of issues of one code: the page lists the first 200 of each
 * code, in order, and counts the rest (issues.csv has them all). */
static void test_issue_cap(void **state)
{
    (void)state;
    struct foi_dataset ds;
    foi_dataset_init(&ds);
    for (int i = 0; i < 250; i++)
        assert_int_equal(foi_dataset_add_issue(&ds, FOI_SEV_INFO, "duplicate", "a.csv", "", "dup %d", i), 0);
    for (int i = 0; i < 3; i++)
        assert_int_equal(foi_dataset_add_issue(&ds, FOI_SEV_WARNING, "conflict", "b.csv", "", "c %d", i), 0);
    struct foi_comparable cmp;
    struct foi_buf b;
    htmlDocPtr doc = render_ds(&ds, &cmp, &b);
    assert_int_equal(xp_count(doc, "//table[@id='issues-table']/tbody/tr[td[2]/code='duplicate']"), 200);
    assert_int_equal(xp_count(doc, "//table[@id='issues-table']/tbody/tr[td[2]/code='conflict']"), 3);
    check_string(doc, "(//table[@id='issues-table']/tbody/tr[td[2]/code='duplicate'])[200]/td[5]", "dup 199");
    check_string(doc, "//p[@id='issues-more']", "Not listed above, in issues.csv only: 50 more duplicate.");
    release_ds(doc, &ds, &cmp, &b);
}

/* Figures below the review threshold are listed, least sure first, with
 * why; above it they are not; past the cap they are counted and left to
 * records.csv. */
static void test_review(void **state)
{
    (void)state;
    struct foi_dataset ds;
    foi_dataset_init(&ds);
    double conf[] = { 0.95, 0.80, 0.55, 0.30, 0.59, 0.60 };
    for (size_t i = 0; i < sizeof conf / sizeof conf[0]; i++) {
        struct foi_record r;
        memset(&r, 0, sizeof r);
        r.force_id = "kent";
        r.category = i == 3 ? "other" : "sexual_assault";
        r.category_raw = i == 3 ? "Voyeurism" : "Sexual assault";
        r.measure = i == 3 ? "" : "allegations";
        r.subject = "officers";
        r.outcome = "total";
        r.source_file = "kent/a.csv";
        r.locator = "csv row 2 col 3";
        r.note = i == 2 ? "period from context file kent/foi-context.txt" : "";
        r.confidence = conf[i];
        if (i != 4)
            strcpy(r.period_start, "2022-04-01"), strcpy(r.period_end, "2023-03-31");
        r.v.status = FOI_VS_REPORTED;
        r.v.value = r.v.min = r.v.max = (int64_t)i;
        r.v.has_value = r.v.has_min = r.v.has_max = 1;
        assert_int_equal(foi_dataset_add_record(&ds, &r), 0);
    }
    struct foi_comparable cmp;
    struct foi_buf b;
    htmlDocPtr doc = render_ds(&ds, &cmp, &b);
    assert_int_equal(xp_count(doc, "//table[@id='review-table']/tbody/tr"), 3);
    check_string(doc, "//table[@id='review-table']/tbody/tr[1]/td[1]", "0.30");
    check_string(doc, "//table[@id='review-table']/tbody/tr[2]/td[1]", "0.55");
    check_string(doc, "//table[@id='review-table']/tbody/tr[3]/td[1]", "0.59");
    check_string(doc, "//table[@id='review-table']/tbody/tr[1]/td[11]",
                 "measure unknown; category \xe2\x80\x98Voyeurism\xe2\x80\x99 not in the taxonomy");
    check_string(doc, "//table[@id='review-table']/tbody/tr[2]/td[11]",
                 "period from context file kent/foi-context.txt");
    check_string(doc, "//table[@id='review-table']/tbody/tr[3]/td[11]", "no period");
    assert_int_equal(xp_count(doc, "//p[@id='review-more']"), 0);
    release_ds(doc, &ds, &cmp, &b);

    /* many: the first 300 listed, the rest counted */
    foi_dataset_init(&ds);
    for (int i = 0; i < 320; i++) {
        struct foi_record r;
        memset(&r, 0, sizeof r);
        r.force_id = "kent";
        r.category = "sexual_assault";
        r.measure = "allegations";
        r.subject = "officers";
        r.outcome = "total";
        r.source_file = "kent/a.csv";
        r.locator = "x";
        r.confidence = 0.5 - (i % 7) * 0.01;   /* 0.44 .. 0.50 */
        assert_int_equal(foi_dataset_add_record(&ds, &r), 0);
    }
    doc = render_ds(&ds, &cmp, &b);
    assert_int_equal(xp_count(doc, "//table[@id='review-table']/tbody/tr"), 300);
    check_string(doc, "//table[@id='review-table']/tbody/tr[1]/td[1]", "0.44");
    check_string(doc, "//table[@id='review-table']/tbody/tr[300]/td[1]", "0.50");
    /* the 20 left out are the surest: 46 records have 0.50, 26 of them listed */
    assert_int_equal(xp_count(doc, "//table[@id='review-table']/tbody/tr[td[1]='0.50']"), 26);
    check_string(doc, "//p[@id='review-more']", "20 more in records.csv (the rows whose confidence is below 0.60).");
    release_ds(doc, &ds, &cmp, &b);
}

/* Out of memory anywhere: a clean FOI_ENOMEM, nothing leaked. */
static void test_alloc_failures(void **state)
{
    (void)state;
    struct fixture f;
    build(&f);
    struct foi_export_ctx x = { &f.ds, &f.cmp, 1, f.prefix };
    int failed = 0;
    for (long n = 1; n < 500; n++) {
        struct foi_buf b;
        foi_buf_init(&b, 0);
        struct foi_err err;
        foi_err_clear(&err);
        foi_alloc_fail_after(n);
        int rc = foi_report_render(&x, &b, &err);
        foi_alloc_fail_after(0);
        foi_buf_release(&b);
        if (!rc)
            break;
        assert_int_equal(rc, FOI_ENOMEM);
        failed++;
    }
    assert_true(failed > 3);
    release(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_valid_and_complete),
        cmocka_unit_test(test_escaping),
        cmocka_unit_test(test_empty),
        cmocka_unit_test(test_issue_cap),
        cmocka_unit_test(test_review),
        cmocka_unit_test(test_alloc_failures),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    xmlCleanupParser();
    return rc;
}
